// PowerShell's error model: an ErrorRecord describes what failed and where; a terminating error is a
// RuntimeError (a JS exception carrying the record); non-terminating errors are written to the error stream.

export interface ScriptPosition {
  /** Script file path, or undefined for interactive/-Command input. */
  file?: string;
  /** 1-based line and column. */
  line: number;
  column: number;
  /** Text of the line, for the error display. */
  lineText: string;
  /** Length of the offending extent on that line (for the ~~~ underline). */
  length?: number;
}

export interface ExceptionInfo {
  /** .NET exception type, e.g. System.Management.Automation.RuntimeException. */
  typeName: string;
  message: string;
  /** Extra type names this exception also is (base classes), most specific first after typeName. */
  baseTypeNames?: string[];
  innerException?: ExceptionInfo;
  /** Extra properties (AWS ErrorCode, StatusCode, RequestId, ...). */
  data?: Record<string, unknown>;
  /** Set for errors raised by a throw statement (the error view labels them Exception:). */
  wasThrownFromThrowStatement?: boolean;
}

export type ErrorCategory =
  | 'NotSpecified'
  | 'InvalidArgument'
  | 'InvalidData'
  | 'InvalidOperation'
  | 'InvalidType'
  | 'ObjectNotFound'
  | 'PermissionDenied'
  | 'ResourceUnavailable'
  | 'ParserError'
  | 'OperationStopped'
  | 'WriteError'
  | 'ReadError'
  | 'SyntaxError'
  | 'InvalidResult'
  | 'ResourceExists'
  | 'NotImplemented'
  | 'MetadataError'
  | 'ConnectionError'
  | 'AuthenticationError'
  | 'SecurityError'
  | 'LimitsExceeded'
  | 'OperationTimeout'
  | 'CloseError'
  | 'OpenError';

export class ErrorRecord {
  exception: ExceptionInfo;
  fullyQualifiedErrorId: string;
  category: ErrorCategory;
  targetObject: unknown;
  /** Command that wrote the error, e.g. Get-Item; shown as the message prefix. */
  commandName?: string;
  position?: ScriptPosition;
  /** Script stack trace, innermost first, for $_.ScriptStackTrace. */
  scriptStackTrace?: string;
  /** $_.ErrorDetails.Message: shown in place of the exception's message (a web response's body, for example). */
  errorDetails?: string;

  constructor(
    exception: ExceptionInfo,
    fullyQualifiedErrorId: string,
    category: ErrorCategory = 'NotSpecified',
    targetObject: unknown = null,
  ) {
    this.exception = exception;
    this.fullyQualifiedErrorId = fullyQualifiedErrorId;
    this.category = category;
    this.targetObject = targetObject;
  }

  get message(): string {
    return this.exception.message;
  }

  toString(): string {
    return this.errorDetails ?? this.exception.message;
  }
}

export interface ErrorOptions {
  /** Exception type name; default System.Management.Automation.RuntimeException. */
  type?: string;
  id?: string;
  category?: ErrorCategory;
  target?: unknown;
  data?: Record<string, unknown>;
  baseTypeNames?: string[];
}

export function makeErrorRecord(message: string, options: ErrorOptions = {}): ErrorRecord {
  const typeName = options.type ?? 'System.Management.Automation.RuntimeException';
  return new ErrorRecord(
    { typeName, message, data: options.data, baseTypeNames: options.baseTypeNames },
    options.id ?? 'RuntimeException',
    options.category ?? 'NotSpecified',
    options.target ?? null,
  );
}

/** A terminating error: unwinds to the nearest try/catch or trap, or ends the script. */
export class RuntimeError extends Error {
  readonly record: ErrorRecord;
  /**
   * True for errors that end the whole script unless caught (throw, -ErrorAction Stop). Others end only
   * the statement they happen in, as in PowerShell.
   */
  scriptTerminating: boolean;
  constructor(record: ErrorRecord, scriptTerminating = false) {
    super(record.exception.message);
    this.name = 'RuntimeError';
    this.record = record;
    this.scriptTerminating = scriptTerminating;
  }
}

/** Throws a terminating error with the given message. */
export function fail(message: string, options: ErrorOptions = {}): never {
  throw new RuntimeError(makeErrorRecord(message, options));
}

/** Errors raised by conversions, e.g. Cannot convert value "abc" to type "System.Int32". */
export function conversionError(value: unknown, valueText: string, typeName: string, detail?: string): RuntimeError {
  const msg = `Cannot convert value "${valueText}" to type "${typeName}".${detail ? ` Error: "${detail}"` : ''}`;
  return new RuntimeError(
    makeErrorRecord(msg, {
      type: 'System.Management.Automation.PSInvalidCastException',
      id: 'InvalidCastFromStringToInteger',
      category: 'InvalidArgument',
      target: value,
      baseTypeNames: ['System.Management.Automation.RuntimeException', 'System.SystemException', 'System.Exception'],
    }),
  );
}
