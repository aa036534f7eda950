// The parameters and the run shared by Invoke-WebRequest and Invoke-RestMethod (pwsh's WebRequestPSCmdlet):
// build and send the request, raise a failed status as pwsh does (unless -SkipHttpErrorCheck), set
// -StatusCodeVariable, and save the body with -OutFile (to a temporary name first, so a failed download
// never leaves a partial file under the name asked for); the cmdlet decides what it writes.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import type { CommandContext, ParameterDef } from '../../../src/pipeline/types.js';
import { toStr } from '../../../src/engine/conversions.js';
import { RuntimeError, makeErrorRecord } from '../../../src/engine/errors.js';
import { WEB_METHODS, decodeText, prepareRequest, sendRequest } from './web-request.js';
import { statusError, unsupportedParameterError, type WebCommand } from './web-errors.js';
import { WebAuthenticationTypeEnum, WebRequestMethodEnum } from './web-enums.js';

export const WEB_PARAMETERS: ParameterDef[] = [
  { name: 'Uri', type: 'System.Object', position: 0, mandatory: true },
  { name: 'Method', type: WebRequestMethodEnum.fullName, validateSet: WEB_METHODS, parameterSets: ['StandardMethod'] },
  { name: 'CustomMethod', type: 'System.String', aliases: ['CM'], mandatory: true, parameterSets: ['CustomMethod'] },
  { name: 'Headers', type: 'System.Collections.IDictionary' },
  { name: 'Body', type: 'System.Object', valueFromPipeline: true },
  { name: 'ContentType', type: 'System.String' },
  { name: 'InFile', type: 'System.String' },
  { name: 'OutFile', type: 'System.String' },
  { name: 'PassThru', type: 'switch' },
  { name: 'UserAgent', type: 'System.String' },
  { name: 'TimeoutSec', type: 'System.Int32' },
  { name: 'MaximumRedirection', type: 'System.Int32' },
  { name: 'MaximumRetryCount', type: 'System.Int32' },
  { name: 'RetryIntervalSec', type: 'System.Int32' },
  { name: 'SkipHttpErrorCheck', type: 'switch' },
  { name: 'StatusCodeVariable', type: 'System.String' },
  { name: 'Authentication', type: WebAuthenticationTypeEnum.fullName, validateSet: WebAuthenticationTypeEnum.members.map(([n]) => n) },
  { name: 'Credential', type: 'System.Management.Automation.PSCredential' },
  { name: 'Token', type: 'System.Security.SecureString' },
  { name: 'AllowUnencryptedAuthentication', type: 'switch' },
  // pwsh 6+ always parses this way; the switch is kept for Windows PowerShell scripts and has no effect there either.
  { name: 'UseBasicParsing', type: 'switch' },
  ...['WebSession', 'SessionVariable', 'Form', 'Proxy', 'ProxyCredential', 'ProxyUseDefaultCredentials', 'NoProxy', 'Certificate', 'CertificateThumbprint', 'SkipCertificateCheck', 'SslProtocol', 'SkipHeaderValidation', 'Resume', 'FollowRelLink', 'MaximumFollowRelLink', 'TransferEncoding', 'PreserveAuthorizationOnRedirect', 'PreserveHttpMethodOnRedirect', 'HttpVersion', 'UseDefaultCredentials', 'DisableKeepAlive', 'ConnectionTimeoutSeconds', 'OperationTimeoutSeconds', 'AllowInsecureRedirect', 'UnixSocket'].map(
    (name): ParameterDef => ({ name, type: 'System.Object' }),
  ),
];

/** Why each pwsh parameter awsps declares but does not implement is refused. */
const UNSUPPORTED: Readonly<Record<string, string>> = {
  WebSession: 'web sessions (cookies kept between calls) are not implemented; pass -Headers on each call.',
  SessionVariable: 'web sessions (cookies kept between calls) are not implemented; pass -Headers on each call.',
  Form: 'multipart form uploads are not implemented; send -Body with -ContentType.',
  Proxy: 'proxies are not implemented.',
  ProxyCredential: 'proxies are not implemented.',
  ProxyUseDefaultCredentials: 'proxies are not implemented.',
  NoProxy: 'proxies are not implemented.',
  Certificate: 'client certificates are not implemented.',
  CertificateThumbprint: 'client certificates are not implemented.',
  SkipCertificateCheck: 'certificate checks are always made; trust the certificate instead (NODE_EXTRA_CA_CERTS).',
  SslProtocol: 'the TLS version is negotiated by Node.',
  SkipHeaderValidation: 'headers are always validated.',
  Resume: 'resuming downloads is not implemented.',
  FollowRelLink: 'following Link headers is not implemented.',
  MaximumFollowRelLink: 'following Link headers is not implemented.',
  TransferEncoding: 'the transfer encoding is chosen by Node.',
  PreserveAuthorizationOnRedirect: 'the Authorization header is always dropped on a redirect.',
  PreserveHttpMethodOnRedirect: 'redirects change the method as .NET does by default.',
  HttpVersion: 'requests use HTTP/1.1.',
  UseDefaultCredentials: 'Windows (NTLM/Kerberos) authentication is not available.',
  DisableKeepAlive: 'connection reuse is managed by Node.',
  ConnectionTimeoutSeconds: 'use -TimeoutSec.',
  OperationTimeoutSeconds: 'use -TimeoutSec.',
  AllowInsecureRedirect: 'redirects from https to http are followed as .NET follows them.',
  UnixSocket: 'Unix sockets are not implemented.',
};

function intParam(ctx: CommandContext, name: string, fallback: number): number {
  const v = ctx.params[name];
  return typeof v === 'number' ? v : fallback;
}

/** pwsh's [ValidateRange] on the numeric parameters, with its message. */
function rangeCheck(ctx: CommandContext, name: string, min: number, command: WebCommand): void {
  const v = ctx.params[name];
  if (typeof v !== 'number' || v >= min) return;
  const record = makeErrorRecord(
    `Cannot validate argument on parameter '${name}'. The ${v} argument is less than the minimum allowed range of ${min}. Supply an argument that is greater than or equal to ${min} and then try the command again.`,
    { type: 'System.Management.Automation.ParameterBindingValidationException', id: `ParameterArgumentValidationError,${command.className}`, category: 'InvalidData' },
  );
  record.commandName = command.name;
  throw new RuntimeError(record);
}

export interface WebOutcome {
  readonly response: Response;
  /** The body, unless -OutFile took it (then it is on disk and nothing else reads it). */
  readonly bytes: Uint8Array | undefined;
}

/** Sends the request the parameters describe and handles what every web cmdlet handles the same way. */
export async function runWebRequest(ctx: CommandContext, command: WebCommand): Promise<WebOutcome> {
  for (const name of Object.keys(UNSUPPORTED)) {
    if (ctx.isBound(name)) throw unsupportedParameterError(name, UNSUPPORTED[name]!, command);
  }
  rangeCheck(ctx, 'TimeoutSec', 0, command);
  rangeCheck(ctx, 'MaximumRedirection', 0, command);
  rangeCheck(ctx, 'MaximumRetryCount', 0, command);
  rangeCheck(ctx, 'RetryIntervalSec', 1, command);
  const request = await prepareRequest(ctx, command);
  const response = await sendRequest(
    ctx,
    request,
    {
      timeoutSec: intParam(ctx, 'TimeoutSec', 0),
      maximumRedirection: intParam(ctx, 'MaximumRedirection', 5),
      maximumRetryCount: intParam(ctx, 'MaximumRetryCount', 0),
      retryIntervalSec: intParam(ctx, 'RetryIntervalSec', 5),
    },
    command,
  );
  const statusVariable = ctx.params.StatusCodeVariable;
  if (typeof statusVariable === 'string' && statusVariable !== '') ctx.session.setVariable(statusVariable, response.status);
  if (!response.ok && ctx.params.SkipHttpErrorCheck !== true) {
    const body = decodeText(new Uint8Array(await response.arrayBuffer()), response.headers.get('content-type'));
    throw statusError(response, body, command);
  }
  const outFile = ctx.params.OutFile;
  if (typeof outFile === 'string' && outFile !== '') {
    await saveBody(response, ctx.session.resolvePath(outFile));
    return { response, bytes: undefined };
  }
  return { response, bytes: new Uint8Array(await response.arrayBuffer()) };
}

/** Streams the body to a temporary file beside the target and renames it once complete. */
async function saveBody(response: Response, target: string): Promise<void> {
  const partial = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.partial`);
  try {
    const source = response.body ? Readable.fromWeb(response.body as NodeReadableStream<Uint8Array>) : Readable.from([]);
    await pipeline(source, fs.createWriteStream(partial));
    await fs.promises.rename(partial, target);
  } catch (err) {
    await fs.promises.rm(partial, { force: true });
    throw err;
  }
}

export function wantsOutput(ctx: CommandContext): boolean {
  const outFile = ctx.params.OutFile;
  return typeof outFile !== 'string' || outFile === '' || ctx.params.PassThru === true;
}

export function uriText(ctx: CommandContext): string {
  return toStr(ctx.params.Uri);
}
