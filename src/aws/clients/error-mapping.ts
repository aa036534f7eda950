// Turns what the AWS SDK throws into the ErrorRecord AWS Tools would show: a service error becomes the
// service's .NET exception (Amazon.S3.AmazonS3Exception, ...) carrying ErrorCode/StatusCode/RequestId; network,
// timeout, cancellation and credential failures get the .NET types such failures have there. No message
// carries a secret.

import { ErrorRecord, makeErrorRecord, type ErrorCategory } from '../../engine/errors.js';
import { httpStatusCode } from './http-status-code.js';
import { redactSecrets } from './secret-redaction.js';
import { SERVICE_INFO, type ServiceName } from './services.js';

export const SERVICE_EXCEPTION_BASES = ['Amazon.Runtime.AmazonServiceException', 'System.Exception'];
const CLIENT_EXCEPTION = 'Amazon.Runtime.AmazonClientException';
const GENERIC_SERVICE_EXCEPTION = 'Amazon.Runtime.AmazonServiceException';

export interface ErrorContext {
  /** The service called (from the client); unknown services map to AmazonServiceException. */
  service?: ServiceName;
  /** The cmdlet's .NET class, e.g. Amazon.PowerShell.Cmdlets.S3.GetS3BucketLocationCmdlet. */
  commandClass?: string;
  /** Set when the caller's AbortSignal fired. */
  aborted?: boolean;
}

interface SdkServiceError {
  name: string;
  message: string;
  $fault: 'client' | 'server';
  $metadata?: { httpStatusCode?: number; requestId?: string; extendedRequestId?: string };
  Code?: unknown;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** SDK ServiceException instances (modeled or not) carry $fault; retry middleware adds $metadata to any error. */
function isServiceError(err: unknown): err is SdkServiceError {
  return isRecord(err) && (err.$fault === 'client' || err.$fault === 'server') && typeof err.name === 'string';
}

function stringField(err: Record<string, unknown>, key: string): string | undefined {
  const v = err[key];
  return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined;
}

function record(message: string, type: string, bases: string[], category: ErrorCategory, ctx: ErrorContext, data?: Record<string, unknown>): ErrorRecord {
  return makeErrorRecord(redactSecrets(message), {
    type,
    id: ctx.commandClass ? `${type},${ctx.commandClass}` : type,
    category,
    baseTypeNames: bases,
    data,
  });
}

function serviceErrorRecord(err: SdkServiceError, ctx: ErrorContext): ErrorRecord {
  const type = ctx.service ? SERVICE_INFO[ctx.service].exceptionType : GENERIC_SERVICE_EXCEPTION;
  const bases = type === GENERIC_SERVICE_EXCEPTION ? ['System.Exception'] : SERVICE_EXCEPTION_BASES;
  const code = typeof err.Code === 'string' ? err.Code : err.name;
  // Bodiless responses (S3 HEAD) leave the SDK with no message but the code or "UnknownError".
  const message = err.message && err.message !== 'UnknownError' ? err.message : code;
  const data: Record<string, unknown> = {
    ErrorCode: code,
    ErrorType: err.$fault === 'client' ? 'Sender' : 'Receiver',
    StatusCode: err.$metadata?.httpStatusCode !== undefined ? httpStatusCode(err.$metadata.httpStatusCode) : null,
    RequestId: err.$metadata?.requestId ?? null,
  };
  if (err.$metadata?.extendedRequestId) data.AmzId2 = err.$metadata.extendedRequestId;
  return record(message, type, bases, 'NotSpecified', ctx, data);
}

const NETWORK_MESSAGES: Record<string, (e: Record<string, unknown>) => string> = {
  ECONNREFUSED: (e) => `Connection refused (${stringField(e, 'address') ?? '?'}:${stringField(e, 'port') ?? '?'})`,
  ECONNRESET: () => 'Connection reset by peer',
  ENOTFOUND: (e) => `Name or service not known (${stringField(e, 'hostname') ?? '?'})`,
  EAI_AGAIN: (e) => `Resource temporarily unavailable (${stringField(e, 'hostname') ?? '?'})`,
  EHOSTUNREACH: () => 'No route to host',
  ENETUNREACH: () => 'Network is unreachable',
  EPIPE: () => 'Broken pipe',
};

const TIMEOUT_CODES = new Set(['ETIMEDOUT', 'TimeoutError', 'RequestTimeout', 'ESOCKETTIMEDOUT']);
const CREDENTIAL_ERROR_NAMES = new Set(['CredentialsProviderError', 'ProviderError', 'TokenProviderError']);

/** The ErrorRecord for anything an SDK call threw. */
export function sdkErrorToRecord(err: unknown, ctx: ErrorContext = {}): ErrorRecord {
  if (isServiceError(err)) return serviceErrorRecord(err, ctx);
  const e: Record<string, unknown> = isRecord(err) ? err : {};
  const name = stringField(e, 'name') ?? '';
  const code = stringField(e, 'code') ?? '';
  const rawMessage = err instanceof Error ? err.message : String(err);
  if (ctx.aborted || name === 'AbortError') {
    return record('The operation was canceled.', 'System.OperationCanceledException', ['System.SystemException', 'System.Exception'], 'OperationStopped', ctx);
  }
  if (TIMEOUT_CODES.has(code) || TIMEOUT_CODES.has(name)) {
    return record(
      'The request timed out before the service answered.',
      'System.TimeoutException',
      ['System.SystemException', 'System.Exception'],
      'OperationTimeout',
      ctx,
    );
  }
  const network = NETWORK_MESSAGES[code];
  if (network) return record(network(e), 'System.Net.Http.HttpRequestException', ['System.Exception'], 'ConnectionError', ctx, { ErrorCode: code });
  if (CREDENTIAL_ERROR_NAMES.has(name)) {
    return record(`Unable to get credentials: ${rawMessage}`, CLIENT_EXCEPTION, ['System.Exception'], 'AuthenticationError', ctx);
  }
  return record(rawMessage, CLIENT_EXCEPTION, ['System.Exception'], 'NotSpecified', ctx);
}
