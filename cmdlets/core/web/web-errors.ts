// The errors of Invoke-WebRequest and Invoke-RestMethod as pwsh words them: a failed status is an
// HttpResponseException whose ErrorDetails carry the response body (what the console shows), a connection
// failure an HttpRequestException, a timeout the HttpClient.Timeout message.

import { RuntimeError, makeErrorRecord, type ErrorCategory } from '../../../src/engine/errors.js';
import { PSObject } from '../../../src/objects/psobject.js';
import { httpStatusCode } from '../../../src/objects/http-status-code.js';

/** The cmdlet an error names (its class closes the FullyQualifiedErrorId). */
export interface WebCommand {
  readonly name: string;
  readonly className: string;
}

export function validationError(message: string, id: string, command: WebCommand, category: ErrorCategory, type = 'System.Management.Automation.ValidationMetadataException'): RuntimeError {
  const record = makeErrorRecord(message, { type, id: `${id},${command.className}`, category, baseTypeNames: ['System.SystemException', 'System.Exception'] });
  record.commandName = command.name;
  return new RuntimeError(record);
}

/** The response as the exception's Response property shows it (StatusCode as the HttpStatusCode enum). */
function responseObject(response: Response): PSObject {
  const o = new PSObject(['System.Net.Http.HttpResponseMessage', 'System.Object']);
  o.addNote('StatusCode', httpStatusCode(response.status), 'Property');
  o.addNote('ReasonPhrase', response.statusText, 'Property');
  o.addNote('IsSuccessStatusCode', response.ok, 'Property');
  o.addNote('RequestMessage', null, 'Property');
  return o;
}

/** pwsh's FormatErrorMessage: JSON bodies indented, anything else with its HTML tags removed. */
function errorDetails(body: string, contentType: string | null): string {
  if (/json/i.test(contentType ?? '')) {
    try {
      return JSON.stringify(JSON.parse(body), null, 2);
    } catch {
      // Not JSON after all: shown as text below.
    }
  }
  return body.replace(/<[^>]*>/g, '');
}

export function statusError(response: Response, body: string, command: WebCommand): RuntimeError {
  const record = makeErrorRecord(`Response status code does not indicate success: ${response.status} (${response.statusText}).`, {
    type: 'Microsoft.PowerShell.Commands.HttpResponseException',
    id: `WebCmdletWebResponseException,${command.className}`,
    category: 'InvalidOperation',
    baseTypeNames: ['System.Net.Http.HttpRequestException', 'System.Exception'],
    data: { Response: responseObject(response), StatusCode: httpStatusCode(response.status) },
  });
  const details = errorDetails(body, response.headers.get('content-type'));
  if (details !== '') record.errorDetails = details;
  record.commandName = command.name;
  return new RuntimeError(record);
}

interface NodeNetworkError {
  code?: string;
  message?: string;
  cause?: NodeNetworkError;
}

/** .NET's wording of a socket failure, e.g. "Connection refused (127.0.0.1:1)". */
function networkMessage(err: unknown, url: URL): string {
  const cause = (err as NodeNetworkError).cause ?? (err as NodeNetworkError);
  const where = `(${url.hostname}:${url.port || (url.protocol === 'https:' ? '443' : '80')})`;
  switch (cause.code) {
    case 'ECONNREFUSED':
      return `Connection refused ${where}`;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `Name or service not known ${where}`;
    case 'ECONNRESET':
      return `Connection reset by peer ${where}`;
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return `No route to host ${where}`;
    default:
      // Node's fetch refuses the ports browsers block (1, 22, 25, 6000, ...) before connecting.
      if (cause.message === 'bad port') return `awsps cannot send HTTP requests to port ${url.port}: Node's fetch refuses the ports browsers block ${where}`;
      return `${cause.message ?? 'The connection failed'} ${where}`;
  }
}

export function connectionError(err: unknown, url: URL, command: WebCommand): RuntimeError {
  const record = makeErrorRecord(networkMessage(err, url), {
    type: 'System.Net.Http.HttpRequestException',
    id: `WebCmdletWebResponseException,${command.className}`,
    category: 'InvalidOperation',
    baseTypeNames: ['System.Exception'],
  });
  record.commandName = command.name;
  return new RuntimeError(record);
}

export function timeoutError(seconds: number, command: WebCommand): RuntimeError {
  const record = makeErrorRecord(`The request was canceled due to the configured HttpClient.Timeout of ${seconds} seconds elapsing.`, {
    type: 'System.TimeoutException',
    id: `System.Threading.Tasks.TaskCanceledException,${command.className}`,
    category: 'OperationTimeout',
    baseTypeNames: ['System.SystemException', 'System.Exception'],
  });
  record.commandName = command.name;
  return new RuntimeError(record);
}

/** A parameter of pwsh's web cmdlets that awsps does not implement: refused by name rather than ignored. */
export function unsupportedParameterError(parameter: string, why: string, command: WebCommand): RuntimeError {
  return validationError(`${command.name} -${parameter} is not supported by awsps: ${why}`, 'WebCmdletParameterNotSupported', command, 'NotImplemented', 'System.NotSupportedException');
}
