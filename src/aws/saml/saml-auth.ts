// Signing in at the identity provider's endpoint to get a SAML assertion, as the AWS Tools do: Basic
// authentication (an Authorization header), and when the provider answers with a sign-in form instead (AD FS
// forms authentication), a post of that form with the user name and password filled in. Kerberos, NTLM and
// Negotiate are Windows-integrated authentication: they fail with a clear message. A password is only ever
// sent over HTTPS (or to this machine's loopback address, which never leaves it).

import { redactSecrets, rememberSecret } from '../clients/secret-redaction.js';
import { samlResponseOf } from './saml-assertion.js';
import type { SamlEndpoint } from './saml-profiles.js';

export interface NetworkCredential {
  readonly userName: string;
  readonly password: string;
}

export class SamlError extends Error {
  override readonly name = 'SamlError';
  constructor(
    message: string,
    /** 'rejected': the identity provider refused the user name or password (asking again may help). */
    readonly reason: 'unsupported' | 'config' | 'authentication' | 'rejected' | 'no-assertion' | 'role',
  ) {
    super(message);
  }
}

const TIMEOUT_MS = 30_000;

function requireSafeTransport(url: URL): void {
  if (url.protocol === 'https:') return;
  const loopback = url.hostname === 'localhost' || url.hostname === '127.0.0.1' || url.hostname === '[::1]';
  if (url.protocol === 'http:' && loopback) return;
  throw new SamlError(`The SAML endpoint '${url.origin}' does not use HTTPS: credentials are only sent over HTTPS.`, 'config');
}

/** Cookies the provider sets along the way (AD FS keeps its sign-in state in them). */
class CookieJar {
  private readonly cookies = new Map<string, string>();
  take(res: Response): void {
    for (const line of res.headers.getSetCookie()) {
      const pair = line.split(';')[0] ?? '';
      const eq = pair.indexOf('=');
      if (eq > 0) this.cookies.set(pair.slice(0, eq).trim(), pair.slice(eq + 1).trim());
    }
  }
  header(): Record<string, string> {
    return this.cookies.size === 0 ? {} : { cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ') };
  }
}

interface LoginForm {
  action: URL;
  fields: URLSearchParams;
}

function attr(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`, 'i').exec(tag);
  return m === null ? undefined : (m[1] ?? m[2] ?? '').replace(/&amp;/g, '&');
}

/** The page's form that asks for a password, with the user's values filled in. */
function loginFormOf(html: string, base: URL, credential: NetworkCredential): LoginForm | undefined {
  for (const form of html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/gi)) {
    const inputs = form[2]!.match(/<input\b[^>]*>/gi) ?? [];
    if (!inputs.some((i) => (attr(i, 'type') ?? '').toLowerCase() === 'password')) continue;
    const fields = new URLSearchParams();
    let userFilled = false;
    for (const input of inputs) {
      const name = attr(input, 'name');
      if (name === undefined) continue;
      const type = (attr(input, 'type') ?? 'text').toLowerCase();
      if (type === 'password') fields.set(name, credential.password);
      else if (!userFilled && (type === 'text' || type === 'email') && /user|login|email|name/i.test(name)) {
        fields.set(name, credential.userName);
        userFilled = true;
      } else if (type !== 'submit' && type !== 'button' && type !== 'checkbox') fields.set(name, attr(input, 'value') ?? '');
    }
    return { action: new URL(attr(form[1]!, 'action') ?? base.href, base), fields };
  }
  return undefined;
}

async function request(url: URL, init: RequestInit, jar: CookieJar): Promise<{ res: Response; body: string }> {
  let res: Response;
  try {
    res = await fetch(url, { ...init, headers: { ...(init.headers as Record<string, string>), ...jar.header() }, signal: AbortSignal.timeout(TIMEOUT_MS) });
  } catch (err) {
    throw new SamlError(`Could not reach the SAML endpoint '${url.origin}': ${err instanceof Error ? err.message : String(err)}`, 'authentication');
  }
  jar.take(res);
  return { res, body: await res.text() };
}

/** Signs in and returns the SAML assertion (base64). */
export async function authenticate(endpoint: SamlEndpoint, credential: NetworkCredential | null): Promise<string> {
  const type = endpoint.authenticationType;
  if (type === 'Kerberos' || type === 'NTLM' || type === 'Negotiate') {
    throw new SamlError(
      `The SAML endpoint '${endpoint.name}' uses ${type} authentication, which is Windows-integrated authentication and is not supported on this platform. Use Set-AWSSamlEndpoint -AuthenticationType Basic with -NetworkCredential.`,
      'unsupported',
    );
  }
  if (type === 'Digest') {
    throw new SamlError(`The SAML endpoint '${endpoint.name}' uses Digest authentication, which is not supported on this platform. Use -AuthenticationType Basic.`, 'unsupported');
  }
  if (credential === null) {
    throw new SamlError(`The SAML endpoint '${endpoint.name}' uses Basic authentication: supply the user's credentials with -NetworkCredential.`, 'authentication');
  }
  rememberSecret(credential.password);
  const url = new URL(endpoint.endpoint);
  requireSafeTransport(url);
  const jar = new CookieJar();
  const basic = Buffer.from(`${credential.userName}:${credential.password}`, 'utf8').toString('base64');
  let { res, body } = await request(url, { method: 'GET', headers: { authorization: `Basic ${basic}` } }, jar);
  let assertion = res.ok ? samlResponseOf(body) : undefined;
  if (assertion === undefined && res.ok) {
    const form = loginFormOf(body, new URL(res.url || url.href), credential);
    if (form !== undefined) {
      requireSafeTransport(form.action);
      ({ res, body } = await request(form.action, { method: 'POST', body: form.fields, headers: { 'content-type': 'application/x-www-form-urlencoded' } }, jar));
      assertion = res.ok ? samlResponseOf(body) : undefined;
      // A sign-in form again instead of an assertion is how a forms sign-in says "wrong user name or password".
      if (assertion === undefined && res.ok && loginFormOf(body, form.action, credential) !== undefined) {
        throw new SamlError(`The identity provider at '${url.origin}' rejected the credentials of '${credential.userName}' (it showed its sign-in form again).`, 'rejected');
      }
    }
  }
  if (res.status === 401 || res.status === 403) {
    throw new SamlError(`The identity provider at '${url.origin}' rejected the credentials of '${credential.userName}' (HTTP ${res.status}).`, 'rejected');
  }
  if (assertion === undefined) {
    throw new SamlError(
      redactSecrets(`The identity provider at '${url.origin}' answered HTTP ${res.status} without a SAML assertion (wrong endpoint, or the credentials were not accepted).`),
      'no-assertion',
    );
  }
  return assertion;
}
