// What Invoke-WebRequest and Invoke-RestMethod send, and the sending: the request built from the cmdlet's
// parameters (method, headers, body, authentication) as pwsh's WebRequestPSCmdlet builds it, then Node's fetch
// with redirects followed here (so -MaximumRedirection counts them and a redirect drops the Authorization
// header, as .NET does), -TimeoutSec, -MaximumRetryCount and Ctrl-C.

import * as fs from 'node:fs';
import type { CommandContext } from '../../../src/pipeline/types.js';
import { PSHashtable } from '../../../src/objects/hashtable.js';
import { PSCredential } from '../../../src/objects/ps-credential.js';
import { SecureString } from '../../../src/objects/secure-string.js';
import { PS_VERSION } from '../../../src/engine/automatic-variables.js';
import { toStr } from '../../../src/engine/conversions.js';
import { connectionError, timeoutError, validationError, type WebCommand } from './web-errors.js';

export interface PreparedRequest {
  readonly url: URL;
  readonly method: string;
  readonly headers: Record<string, string>;
  readonly body: Uint8Array | undefined;
}

export const WEB_METHODS = ['Default', 'Get', 'Head', 'Post', 'Put', 'Delete', 'Trace', 'Options', 'Merge', 'Patch'];

/** pwsh's PSUserAgent.UserAgent on Linux. */
const USER_AGENT = `Mozilla/5.0 (Linux; Linux x86_64; en-US) PowerShell/${PS_VERSION}`;

/** -Uri as pwsh's PrepareUri takes it: a host name without a scheme is http://; only http and https are sent. */
export function requestUrl(value: unknown, command: WebCommand): URL {
  const text = toStr(value).trim();
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `http://${text}`);
  } catch {
    throw validationError(`Cannot bind parameter 'Uri'. Cannot convert value "${text}" to type "System.Uri". Error: "Invalid URI: The hostname could not be parsed."`, 'CannotConvertArgumentNoMessage', command, 'InvalidArgument');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw validationError(`Only 'http' and 'https' schemes are allowed. (Parameter 'requestUri')`, 'WebCmdletSchemeNotSupportedException', command, 'InvalidArgument', 'System.ArgumentException');
  }
  return url;
}

function methodOf(ctx: CommandContext): string {
  const custom = ctx.params.CustomMethod;
  if (typeof custom === 'string' && custom !== '') return custom.toUpperCase();
  const named = toStr(ctx.params.Method ?? 'Default');
  return named.toLowerCase() === 'default' ? 'GET' : named.toUpperCase();
}

/** A hashtable body: a query string for GET, form fields (x-www-form-urlencoded) otherwise. */
function formEncoded(table: PSHashtable): string {
  const parts: string[] = [];
  for (const { key, value } of table.entries()) {
    const k = encodeURIComponent(toStr(key));
    const values = Array.isArray(value) ? value : [value];
    for (const v of values) parts.push(`${k}=${encodeURIComponent(v === null || v === undefined ? '' : toStr(v))}`);
  }
  return parts.join('&');
}

function bodyBytes(body: unknown): Uint8Array {
  if (body instanceof Uint8Array) return body;
  if (Array.isArray(body) && body.every((b) => typeof b === 'number')) return Uint8Array.from(body as number[]);
  return Buffer.from(toStr(body), 'utf8');
}

function secret(value: unknown): string {
  return value instanceof SecureString ? value.reveal() : toStr(value);
}

/** The Authorization header -Authentication asks for, after pwsh's checks (never over plain HTTP unless allowed). */
function authorization(ctx: CommandContext, url: URL, command: WebCommand): string | undefined {
  const kind = toStr(ctx.params.Authentication ?? 'None').toLowerCase();
  const credential = ctx.params.Credential;
  const token = ctx.params.Token;
  if (kind === 'none') {
    if (credential !== undefined && credential !== null) {
      throw validationError('-Credential is sent only with -Authentication Basic: awsps does not negotiate Windows (NTLM/Kerberos) authentication. Add -Authentication Basic.', 'WebCmdletCredentialNotSupportedException', command, 'InvalidArgument');
    }
    return undefined;
  }
  if (url.protocol !== 'https:' && ctx.params.AllowUnencryptedAuthentication !== true) {
    throw validationError(
      'The cmdlet cannot protect plain text secrets sent over unencrypted connections. To suppress this warning and send plain text secrets over unencrypted networks, reissue the command specifying the AllowUnencryptedAuthentication parameter.',
      'WebCmdletAllowUnencryptedAuthenticationRequiredException',
      command,
      'InvalidArgument',
    );
  }
  if (kind === 'basic') {
    if (!(credential instanceof PSCredential)) {
      throw validationError('The cmdlet requires a -Credential when -Authentication is Basic.', 'WebCmdletAuthenticationCredentialNotSuppliedException', command, 'InvalidArgument');
    }
    const pair = `${credential.userName ?? ''}:${credential.password ? credential.password.reveal() : ''}`;
    return `Basic ${Buffer.from(pair, 'utf8').toString('base64')}`;
  }
  if (token === undefined || token === null) {
    throw validationError(`The cmdlet requires a -Token when -Authentication is ${kind === 'oauth' ? 'OAuth' : 'Bearer'}.`, 'WebCmdletAuthenticationTokenNotSuppliedException', command, 'InvalidArgument');
  }
  return `Bearer ${secret(token)}`;
}

/** The request the parameters describe (validated as pwsh validates them). */
export async function prepareRequest(ctx: CommandContext, command: WebCommand): Promise<PreparedRequest> {
  let url = requestUrl(ctx.params.Uri, command);
  const method = methodOf(ctx);
  const headers: Record<string, string> = { 'user-agent': USER_AGENT };
  const given = ctx.params.Headers;
  if (given instanceof PSHashtable) {
    for (const { key: name, value } of given.entries()) headers[toStr(name).toLowerCase()] = Array.isArray(value) ? value.map(toStr).join(', ') : toStr(value);
  }
  if (typeof ctx.params.UserAgent === 'string') headers['user-agent'] = ctx.params.UserAgent;
  const auth = authorization(ctx, url, command);
  if (auth !== undefined) headers.authorization = auth;

  const bodyParam = ctx.params.Body;
  const inFile = ctx.params.InFile;
  if (bodyParam !== undefined && bodyParam !== null && inFile !== undefined && inFile !== null) {
    throw validationError('The cmdlet cannot run because the following conflicting parameters are specified: Body and InFile. Specify either Body or Infile, then retry.', 'WebCmdletBodyConflictException', command, 'InvalidArgument');
  }
  let body: Uint8Array | undefined;
  if (bodyParam instanceof PSHashtable && method === 'GET') {
    // pwsh adds a GET's hashtable body to the query string.
    const query = formEncoded(bodyParam);
    if (query !== '') {
      url = new URL(url.href);
      url.search = url.search ? `${url.search}&${query}` : `?${query}`;
    }
  } else if (bodyParam instanceof PSHashtable) {
    body = Buffer.from(formEncoded(bodyParam), 'utf8');
  } else if (bodyParam !== undefined && bodyParam !== null) {
    body = bodyBytes(bodyParam);
  } else if (inFile !== undefined && inFile !== null) {
    const file = ctx.session.resolvePath(toStr(inFile));
    try {
      body = await fs.promises.readFile(file);
    } catch {
      throw validationError(`Cannot find path '${file}' because it does not exist.`, 'PathNotFound', command, 'ObjectNotFound', 'System.Management.Automation.ItemNotFoundException');
    }
  }
  const contentType = ctx.params.ContentType;
  if (typeof contentType === 'string' && contentType !== '') headers['content-type'] = contentType;
  // pwsh's default for a POST that sends something without saying what.
  else if (body !== undefined && method === 'POST') headers['content-type'] = 'application/x-www-form-urlencoded';
  return { url, method, headers, body };
}

export interface SendOptions {
  readonly maximumRedirection: number;
  readonly timeoutSec: number;
  readonly maximumRetryCount: number;
  readonly retryIntervalSec: number;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

function shouldRetry(status: number): boolean {
  return status === 304 || (status >= 400 && status <= 599);
}

function delay(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * Sends the request, following redirects (at most -MaximumRedirection: the last redirect response is returned
 * when they run out, as .NET's handler does) and retrying failed statuses -MaximumRetryCount times.
 */
export async function sendRequest(ctx: CommandContext, request: PreparedRequest, options: SendOptions, command: WebCommand): Promise<Response> {
  const signals = [ctx.signal];
  if (options.timeoutSec > 0) signals.push(AbortSignal.timeout(options.timeoutSec * 1000));
  const signal = AbortSignal.any(signals);
  for (let attempt = 0; ; attempt++) {
    const response = await followRedirects(request, options.maximumRedirection, signal, options, command, ctx.signal);
    if (attempt >= options.maximumRetryCount || !shouldRetry(response.status)) return response;
    await response.body?.cancel();
    ctx.writeVerbose(`Retrying after interval of ${options.retryIntervalSec} seconds. Status code for previous attempt: ${response.statusText || response.status}`);
    await delay(options.retryIntervalSec * 1000, signal);
  }
}

async function followRedirects(request: PreparedRequest, maximum: number, signal: AbortSignal, options: SendOptions, command: WebCommand, cancel: AbortSignal): Promise<Response> {
  let { url, method, body } = request;
  const headers = { ...request.headers };
  for (let hop = 0; ; hop++) {
    let response: Response;
    try {
      response = await fetch(url, { method, headers, body, redirect: 'manual', signal });
    } catch (err) {
      if (cancel.aborted) throw err;
      if (signal.aborted) throw timeoutError(options.timeoutSec, command);
      throw connectionError(err, url, command);
    }
    const location = response.headers.get('location');
    if (!REDIRECTS.has(response.status) || location === null || hop >= maximum) return response;
    await response.body?.cancel();
    url = new URL(location, url);
    // .NET turns a redirected POST into a GET for 301/302 and everything but HEAD into a GET for 303.
    if ((response.status === 303 && method !== 'HEAD') || ((response.status === 301 || response.status === 302) && method === 'POST')) {
      method = 'GET';
      body = undefined;
      delete headers['content-type'];
    }
    delete headers.authorization;
  }
}

/** Whether a response's content is text (pwsh's ContentHelper.IsText): text/*, XML, JSON and JavaScript types. */
export function isTextContent(contentType: string | null): boolean {
  if (contentType === null) return false;
  const type = contentType.split(';')[0]!.trim().toLowerCase();
  return type.startsWith('text/') || /[/+](xml|json)$/.test(type) || /javascript|ecmascript/.test(type) || type === 'application/x-www-form-urlencoded';
}

/** The response body as text: the charset the response names, UTF-8 otherwise. */
export function decodeText(bytes: Uint8Array, contentType: string | null): string {
  const charset = /charset\s*=\s*"?([\w-]+)/i.exec(contentType ?? '')?.[1];
  try {
    return new TextDecoder(charset ?? 'utf-8').decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}
