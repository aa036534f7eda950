// Error records for the credential cmdlets: ArgumentException as the AWS Tools throw it, and the profile
// library's file errors (which carry the file and line). Messages never contain key values.

import { RuntimeError, makeErrorRecord } from '../../../src/engine/errors.js';
import { ProfileFileError } from '../../../src/aws/profile-files/index.js';
import { CredentialStoreError } from '../../../src/aws/credential-store/index.js';
import { NS } from './parameters.js';

export function argumentError(message: string, cmdletClass: string, target: unknown = null): RuntimeError {
  return new RuntimeError(
    makeErrorRecord(message, {
      type: 'System.ArgumentException',
      id: `ArgumentException,${NS}.${cmdletClass}`,
      category: 'InvalidArgument',
      target,
      baseTypeNames: ['System.SystemException', 'System.Exception'],
    }),
  );
}

/** Turns a profile-library or credential-store failure into a terminating error record; rethrows anything else. */
export function toRuntimeError(err: unknown, cmdletClass: string): unknown {
  if (err instanceof CredentialStoreError) return argumentError(err.message, cmdletClass);
  if (err instanceof ProfileFileError) {
    const malformed = err.reason === 'malformed';
    return new RuntimeError(
      makeErrorRecord(err.message, {
        type: malformed ? 'System.IO.InvalidDataException' : err.reason === 'invalid-argument' ? 'System.ArgumentException' : 'System.IO.IOException',
        id: `${malformed ? 'InvalidDataException' : err.reason === 'invalid-argument' ? 'ArgumentException' : 'IOException'},${NS}.${cmdletClass}`,
        category: malformed ? 'InvalidData' : err.reason === 'invalid-argument' ? 'InvalidArgument' : 'WriteError',
        target: err.filePath,
        baseTypeNames: ['System.SystemException', 'System.Exception'],
      }),
    );
  }
  return err;
}

/** Runs fn, converting store errors to PowerShell errors. */
export function withStoreErrors<T>(cmdletClass: string, fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    throw toRuntimeError(err, cmdletClass);
  }
}
