// The terminating errors of credential resolution, shaped as AWS Tools raises them.

import { RuntimeError, makeErrorRecord } from '../../engine/errors.js';

export const NO_CREDENTIALS_MESSAGE = 'No credentials specified or obtained from persisted/shell defaults.';

const SYSTEM_EXCEPTION_BASES = ['System.SystemException', 'System.Exception'];

/** "<exception>,<cmdlet class>" when the cmdlet's .NET class is known, else the bare exception name. */
function errorId(exceptionName: string, commandClass: string | undefined): string {
  return commandClass ? `${exceptionName},${commandClass}` : exceptionName;
}

/** AWS Tools' ThrowExecutionError: an InvalidOperationException. */
export function noCredentialsError(commandClass?: string): RuntimeError {
  return new RuntimeError(
    makeErrorRecord(NO_CREDENTIALS_MESSAGE, {
      type: 'System.InvalidOperationException',
      id: errorId('InvalidOperationException', commandClass),
      category: 'InvalidOperation',
      baseTypeNames: SYSTEM_EXCEPTION_BASES,
    }),
  );
}

export function profileNotFoundText(profileName: string, searchedFiles: readonly string[]): string {
  const files = searchedFiles.map((f) => `'${f}'`).join(' or ');
  return `The credential profile '${profileName}' was not found in ${files}.`;
}

/** -ProfileName names a profile that no searched file holds: there is no fall-back to other sources. */
export function profileNotFoundError(profileName: string, searchedFiles: readonly string[], commandClass?: string): RuntimeError {
  return new RuntimeError(
    makeErrorRecord(profileNotFoundText(profileName, searchedFiles), {
      type: 'System.ArgumentException',
      id: errorId('ArgumentException', commandClass),
      category: 'InvalidArgument',
      target: profileName,
      baseTypeNames: SYSTEM_EXCEPTION_BASES,
    }),
  );
}

/** A profile file that cannot be read or parsed (its own message names the file, never a value). */
export function profileFileUnreadableError(message: string, commandClass?: string): RuntimeError {
  return new RuntimeError(
    makeErrorRecord(message, {
      type: 'System.IO.IOException',
      id: errorId('IOException', commandClass),
      category: 'ReadError',
      baseTypeNames: SYSTEM_EXCEPTION_BASES,
    }),
  );
}

/** "a -> b -> a": a role profile whose source_profile chain comes back to a profile it already passed. */
export function profileCycleText(chain: readonly string[]): string {
  return `The credential profile '${chain[0]}' has a source_profile cycle: ${chain.join(' -> ')}.`;
}

export function profileCycleError(chain: readonly string[], commandClass?: string): RuntimeError {
  return new RuntimeError(
    makeErrorRecord(profileCycleText(chain), {
      type: 'System.InvalidOperationException',
      id: errorId('InvalidOperationException', commandClass),
      category: 'InvalidData',
      target: chain[0],
      baseTypeNames: SYSTEM_EXCEPTION_BASES,
    }),
  );
}
