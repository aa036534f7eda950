// Read-Host: reads a line from the user through the host; fails clearly when nobody can answer.

import type { CommandContext, CommandDefinition, ParameterDef } from '../../../src/pipeline/types.js';
import { makeErrorRecord, RuntimeError } from '../../../src/engine/errors.js';
import { SecureString } from '../../../src/objects/secure-string.js';
import { toStr } from '../../../src/engine/conversions.js';
import { switchParam } from './common/params.js';

/** The prompt text: the elements of -Prompt joined by spaces, empty ones skipped (ReadHostCommand does this). */
function promptText(prompt: unknown): string {
  if (prompt === undefined || prompt === null) return '';
  const parts = Array.isArray(prompt) ? prompt : [prompt];
  return parts
    .map((p) => (p === null || p === undefined ? '' : toStr(p)))
    .filter((s) => s !== '')
    .join(' ');
}

function nonInteractiveError(): RuntimeError {
  return new RuntimeError(
    makeErrorRecord('PowerShell is in NonInteractive mode. Read and Prompt functionality is not available.', {
      type: 'System.Management.Automation.PSInvalidOperationException',
      baseTypeNames: ['System.InvalidOperationException', 'System.SystemException', 'System.Exception'],
      id: 'System.Management.Automation.PSInvalidOperationException,Microsoft.PowerShell.Commands.ReadHostCommand',
      category: 'InvalidOperation',
    }),
  );
}

async function readHost(ctx: CommandContext): Promise<void> {
  const text = promptText(ctx.params.Prompt);
  const secure = switchParam(ctx, 'AsSecureString');
  const masked = secure || switchParam(ctx, 'MaskInput');
  const line = await ctx.host.readLine(text === '' ? '' : `${text}: `, masked);
  await ctx.write(secure ? new SecureString(line) : line);
}

const PARAMETERS: ParameterDef[] = [
  { name: 'Prompt', type: 'System.Object', position: 0, allowNull: true, valueFromRemainingArguments: true },
  { name: 'AsSecureString', type: 'switch', parameterSets: ['AsSecureString'] },
  { name: 'MaskInput', type: 'switch', parameterSets: ['AsString'] },
];

export const readHostCommand: CommandDefinition = {
  name: 'Read-Host',
  module: 'Microsoft.PowerShell.Utility',
  synopsis: 'Reads a line of input from the console.',
  defaultParameterSet: 'AsString',
  outputType: ['System.String', 'System.Security.SecureString'],
  parameters: PARAMETERS,
  create() {
    return {
      process(ctx) {
        if (!ctx.host.interactive) throw nonInteractiveError();
        return readHost(ctx);
      },
    };
  },
};
