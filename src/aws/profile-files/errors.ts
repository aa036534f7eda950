// The one error type this library throws. Messages name the file (and line) but never echo a line's
// text or a value: a malformed line may well hold a secret key.

export type ProfileFileErrorReason = 'malformed' | 'io' | 'lock-timeout' | 'invalid-argument';

export class ProfileFileError extends Error {
  override readonly name = 'ProfileFileError';

  constructor(
    message: string,
    readonly reason: ProfileFileErrorReason,
    /** The file the error is about (absent for argument errors not tied to a file). */
    readonly filePath: string | null,
    /** 1-based line number for malformed-file errors, else null. */
    readonly lineNumber: number | null = null,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export function malformedFileError(filePath: string, lineNumber: number, problem: string): ProfileFileError {
  return new ProfileFileError(
    `The AWS profile file '${filePath}' is malformed at line ${lineNumber}: ${problem}`,
    'malformed',
    filePath,
    lineNumber,
  );
}

export function invalidArgumentError(message: string): ProfileFileError {
  return new ProfileFileError(message, 'invalid-argument', null);
}

/** The system error code (ENOENT, EACCES, ...) of a Node fs error, or null. */
export function systemErrorCode(err: unknown): string | null {
  if (typeof err === 'object' && err !== null && 'code' in err) {
    const code = (err as { code: unknown }).code;
    return typeof code === 'string' ? code : null;
  }
  return null;
}

export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
