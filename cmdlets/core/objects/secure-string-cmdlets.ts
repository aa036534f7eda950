// ConvertTo-SecureString and ConvertFrom-SecureString (Microsoft.PowerShell.Security), as pwsh 7 behaves on
// Linux: see secure-string-crypto.ts for the formats. Parameter sets, positions and errors follow
// SecureStringCommands.cs; -Force is accepted and, as in 7.x, no longer required with -AsPlainText.

import type { CommandContext, CommandDefinition, ParameterDef } from '../../../src/pipeline/types.js';
import { makeErrorRecord, RuntimeError, type ErrorCategory } from '../../../src/engine/errors.js';
import { SecureString } from '../../../src/objects/secure-string.js';
import { switchParam } from './common/params.js';
import { SecureStringCryptoError, decrypt, encryptToPackage, protect, unpackage, unprotect, utf16Bytes } from './secure-string-crypto.js';
import { argumentInvalidMessage, argumentNullMessage } from './security-types.js';

const MODULE = 'Microsoft.PowerShell.Security';
const TO_CLASS = 'Microsoft.PowerShell.Commands.ConvertToSecureStringCommand';
const FROM_CLASS = 'Microsoft.PowerShell.Commands.ConvertFromSecureStringCommand';

const BASES: Record<string, string[]> = {
  'System.Management.Automation.PSArgumentException': ['System.ArgumentException', 'System.SystemException', 'System.Exception'],
  'System.Management.Automation.PSArgumentNullException': ['System.ArgumentNullException', 'System.ArgumentException', 'System.SystemException', 'System.Exception'],
  'System.ArgumentException': ['System.SystemException', 'System.Exception'],
  'System.Security.Cryptography.CryptographicException': ['System.SystemException', 'System.Exception'],
  'System.FormatException': ['System.SystemException', 'System.Exception'],
};

function record(message: string, type: string, id: string, category: ErrorCategory) {
  return makeErrorRecord(message, { type, baseTypeNames: BASES[type], id, category });
}

/** An exception thrown out of ProcessRecord: terminating, "<ErrorId>,<command class>". */
function terminating(message: string, type: string, errorId: string, commandClass: string, category: ErrorCategory): RuntimeError {
  return new RuntimeError(record(message, type, `${errorId},${commandClass}`, category));
}

/** The key of -SecureKey (its UTF-16 bytes) or -Key; undefined without one. */
function keyOf(ctx: CommandContext): Uint8Array | undefined {
  const secureKey = ctx.params.SecureKey;
  if (secureKey instanceof SecureString) return utf16Bytes(secureKey.reveal());
  const key = ctx.params.Key;
  return key instanceof Uint8Array ? key : undefined;
}

// ------------------------------------------------------------------------------------------------
// ConvertTo-SecureString

function importSecureString(ctx: CommandContext, text: string): SecureString {
  const key = keyOf(ctx);
  if (key !== undefined) {
    const { content, iv } = unpackage(text);
    return new SecureString(decrypt(content, key, iv));
  }
  if (!switchParam(ctx, 'AsPlainText')) return new SecureString(unprotect(text));
  return new SecureString(text);
}

function convertTo(ctx: CommandContext): void | Promise<void> {
  const text = ctx.params.String;
  if (text === null || text === undefined) {
    throw terminating(argumentNullMessage('String'), 'System.Management.Automation.PSArgumentNullException', 'ArgumentNull', TO_CLASS, 'InvalidArgument');
  }
  let imported: SecureString;
  try {
    imported = importSecureString(ctx, String(text));
  } catch (e) {
    if (!(e instanceof SecureStringCryptoError)) throw e;
    // ArgumentException and CryptographicException are reported and the next input is read; anything else ends the command.
    if (e.exceptionType === 'System.FormatException') throw terminating(e.message, e.exceptionType, e.exceptionType, TO_CLASS, 'NotSpecified');
    const id = e.exceptionType === 'System.Security.Cryptography.CryptographicException' ? 'ImportSecureString_InvalidArgument_CryptographicError' : 'ImportSecureString_InvalidArgument';
    ctx.writeError(record(e.message, e.exceptionType, `${id},${TO_CLASS}`, 'InvalidArgument'));
    return;
  }
  return ctx.write(imported);
}

const TO_PARAMETERS: ParameterDef[] = [
  { name: 'String', type: 'System.String', position: 0, mandatory: true, valueFromPipeline: true },
  { name: 'AsPlainText', type: 'switch', position: 1, parameterSets: ['PlainText'] },
  { name: 'Force', type: 'switch', position: 2, parameterSets: ['PlainText'] },
  { name: 'SecureKey', type: 'System.Security.SecureString', position: 1, parameterSets: ['Secure'] },
  { name: 'Key', type: 'System.Byte[]', parameterSets: ['Open'] },
];

export const convertToSecureStringCommand: CommandDefinition = {
  name: 'ConvertTo-SecureString',
  module: MODULE,
  synopsis: 'Converts plain text or encrypted strings to secure strings.',
  defaultParameterSet: 'Secure',
  outputType: ['System.Security.SecureString'],
  parameters: TO_PARAMETERS,
  create() {
    return { process: (ctx) => convertTo(ctx) };
  },
};

// ------------------------------------------------------------------------------------------------
// ConvertFrom-SecureString

function exportSecureString(ctx: CommandContext, secure: SecureString): string {
  const key = keyOf(ctx);
  if (key !== undefined) {
    try {
      return encryptToPackage(secure.reveal(), key);
    } catch (e) {
      if (e instanceof SecureStringCryptoError) throw terminating(e.message, e.exceptionType, 'Argument', FROM_CLASS, 'InvalidArgument');
      throw e;
    }
  }
  if (switchParam(ctx, 'AsPlainText')) return secure.reveal();
  return protect(secure.reveal());
}

function convertFrom(ctx: CommandContext): void | Promise<void> {
  const secure = ctx.params.SecureString;
  if (!(secure instanceof SecureString)) {
    throw terminating(argumentNullMessage('SecureString'), 'System.Management.Automation.PSArgumentNullException', 'ArgumentNull', FROM_CLASS, 'InvalidArgument');
  }
  if (secure.length === 0) {
    throw terminating(argumentInvalidMessage('SecureString'), 'System.Management.Automation.PSArgumentException', 'Argument', FROM_CLASS, 'InvalidArgument');
  }
  return ctx.write(exportSecureString(ctx, secure));
}

const FROM_PARAMETERS: ParameterDef[] = [
  { name: 'SecureString', type: 'System.Security.SecureString', position: 0, mandatory: true, valueFromPipeline: true },
  { name: 'SecureKey', type: 'System.Security.SecureString', position: 1, parameterSets: ['Secure'] },
  { name: 'Key', type: 'System.Byte[]', parameterSets: ['Open'] },
  { name: 'AsPlainText', type: 'switch', parameterSets: ['AsPlainText'] },
];

export const convertFromSecureStringCommand: CommandDefinition = {
  name: 'ConvertFrom-SecureString',
  module: MODULE,
  synopsis: 'Converts a secure string to an encrypted standard string.',
  defaultParameterSet: 'Secure',
  outputType: ['System.String'],
  parameters: FROM_PARAMETERS,
  create() {
    return { process: (ctx) => convertFrom(ctx) };
  },
};
