// Get-Credential: asks for a user name and a masked password the way pwsh's console host does on Linux
// (ConsoleHostUserInterface.PromptForCredential): a blank line, the caption, the message, "User: " unless a
// user name was given, "Password for user X: " with masked input, then a blank line. A host that cannot prompt
// (-NonInteractive, stdin not a terminal) makes it the NonInteractive-mode error, as Read-Host does.

import type { CommandContext, CommandDefinition, HostApi, ParameterDef } from '../../../src/pipeline/types.js';
import { makeErrorRecord, RuntimeError } from '../../../src/engine/errors.js';
import { SecureString } from '../../../src/objects/secure-string.js';
import { PSCredential } from '../../../src/objects/ps-credential.js';

const COMMAND_CLASS = 'Microsoft.PowerShell.Commands.GetCredentialCommand';
const CREDENTIAL_SET = 'CredentialSet';
const MESSAGE_SET = 'MessageSet';

/** UtilsStrings / CredentialAttributeStrings: the same caption and message for Get-Credential and [Credential()]. */
export const DEFAULT_CAPTION = 'PowerShell credential request';
export const DEFAULT_MESSAGE = 'Enter your credentials.';

export interface CredentialPrompt {
  caption: string | null;
  message: string | null;
  userName: string | null;
}

function nonInteractiveError(): RuntimeError {
  return new RuntimeError(
    makeErrorRecord('PowerShell is in NonInteractive mode. Read and Prompt functionality is not available.', {
      type: 'System.Management.Automation.PSInvalidOperationException',
      baseTypeNames: ['System.InvalidOperationException', 'System.SystemException', 'System.Exception'],
      id: `System.Management.Automation.PSInvalidOperationException,${COMMAND_CLASS}`,
      category: 'InvalidOperation',
    }),
  );
}

/** PromptForCredential: the caption and message lead the first question; an empty user name is asked again. */
export async function promptForCredential(host: Pick<HostApi, 'interactive' | 'readLine' | 'writeOut'>, prompt: CredentialPrompt): Promise<PSCredential> {
  if (!host.interactive) throw nonInteractiveError();
  let header = '';
  if (prompt.caption) header += `\n${prompt.caption}\n`;
  if (prompt.message) header += `${prompt.message}\n`;
  let userName = prompt.userName ?? '';
  while (userName === '') {
    userName = await host.readLine(`${header}User: `);
    header = '';
  }
  const password = await host.readLine(`${header}Password for user ${userName}: `, true);
  host.writeOut('\n');
  return new PSCredential(userName, new SecureString(password));
}

function validationError(parameter: string): RuntimeError {
  return new RuntimeError(
    makeErrorRecord(`Cannot validate argument on parameter '${parameter}'. The argument is null or empty. Provide an argument that is not null or empty, and then try the command again.`, {
      type: 'System.Management.Automation.ParameterBindingValidationException',
      baseTypeNames: ['System.Management.Automation.ParameterBindingException', 'System.Management.Automation.RuntimeException', 'System.SystemException', 'System.Exception'],
      id: `ParameterArgumentValidationError,${COMMAND_CLASS}`,
      category: 'InvalidData',
    }),
  );
}

/** [ValidateNotNullOrEmpty] on -Message, -UserName and -Title: the value when bound, else the default. */
function notEmptyParam(ctx: CommandContext, name: string, fallback: string | null): string | null {
  if (!ctx.isBound(name)) return fallback;
  const v = ctx.params[name];
  if (v === null || v === undefined || v === '') throw validationError(name);
  return String(v);
}

/**
 * -Credential goes through [Credential()]: a PSCredential is taken as it is, a string is the user name to ask a
 * password for, $null asks for both; anything else fails the transformation (PSArgumentException("userName")).
 */
function credentialArgument(value: unknown): PSCredential | CredentialPrompt {
  if (value instanceof PSCredential) return value;
  if (value === null || value === undefined || typeof value === 'string') return { caption: DEFAULT_CAPTION, message: DEFAULT_MESSAGE, userName: value ?? null };
  throw new RuntimeError(
    makeErrorRecord("Cannot process argument transformation on parameter 'Credential'. userName", {
      type: 'System.Management.Automation.ParameterBindingArgumentTransformationException',
      baseTypeNames: ['System.Management.Automation.ParameterBindingException', 'System.Management.Automation.RuntimeException', 'System.SystemException', 'System.Exception'],
      id: `ParameterArgumentTransformationError,${COMMAND_CLASS}`,
      category: 'InvalidData',
    }),
  );
}

async function getCredential(ctx: CommandContext): Promise<void> {
  let prompt: CredentialPrompt;
  if (ctx.parameterSetName === MESSAGE_SET) {
    prompt = {
      caption: notEmptyParam(ctx, 'Title', DEFAULT_CAPTION),
      message: notEmptyParam(ctx, 'Message', DEFAULT_MESSAGE),
      userName: notEmptyParam(ctx, 'UserName', null),
    };
  } else if (ctx.isBound('Credential')) {
    const given = credentialArgument(ctx.params.Credential);
    if (given instanceof PSCredential) return ctx.write(given);
    prompt = given;
  } else {
    prompt = { caption: DEFAULT_CAPTION, message: DEFAULT_MESSAGE, userName: null };
  }
  await ctx.write(await promptForCredential(ctx.host, prompt));
}

const PARAMETERS: ParameterDef[] = [
  { name: 'Credential', type: 'System.Object', position: 0, parameterSets: [CREDENTIAL_SET] },
  { name: 'Message', type: 'System.String', parameterSets: [MESSAGE_SET] },
  { name: 'UserName', type: 'System.String', position: 0, parameterSets: [MESSAGE_SET] },
  { name: 'Title', type: 'System.String', parameterSets: [MESSAGE_SET] },
];

export const getCredentialCommand: CommandDefinition = {
  name: 'Get-Credential',
  module: 'Microsoft.PowerShell.Security',
  synopsis: 'Gets a credential object based on a user name and password.',
  defaultParameterSet: CREDENTIAL_SET,
  outputType: ['System.Management.Automation.PSCredential'],
  parameters: PARAMETERS,
  create() {
    return { process: (ctx) => getCredential(ctx) };
  },
};
