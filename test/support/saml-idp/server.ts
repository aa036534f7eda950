// A small SAML identity provider for tests, shaped like AD FS's IdP-initiated sign-on page
// (/adfs/ls/IdpInitiatedSignOn.aspx?loginToRp=urn:amazon:webservices). Two ways in, as the endpoint is set up:
//   - 'basic': HTTP Basic authentication on the GET (401 with a Basic challenge otherwise);
//   - 'form': a sign-in form (UserName, Password, hidden AuthMethod) posted back to the page, with the
//     pending request kept in a cookie; a wrong password shows the form again.
// A signed-in user gets the self-posting page with the base64 SAMLResponse granting the user's roles.

import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import { samlPostPage, samlResponseXml, type GrantedRole } from './assertion.js';

export interface IdpUser {
  readonly password: string;
  readonly roles: readonly GrantedRole[];
}

export interface SamlIdpOptions {
  readonly mode: 'basic' | 'form';
  readonly users: Readonly<Record<string, IdpUser>>;
  /** The SessionDuration attribute (seconds). */
  readonly sessionDurationSeconds?: number;
}

export interface SamlIdp {
  readonly endpoint: string;
  /** Successful sign-ins, by user. */
  readonly signIns: string[];
  stop(): Promise<void>;
}

export const SIGN_ON_PATH = '/adfs/ls/IdpInitiatedSignOn.aspx';

function loginForm(message: string): string {
  return `<!doctype html><html><body><h1>Sign in</h1><p>${message}</p>
<form method="post" id="loginForm" autocomplete="off" action="${SIGN_ON_PATH}?loginToRp=urn:amazon:webservices">
<input id="userNameInput" name="UserName" type="email" value="" />
<input id="passwordInput" name="Password" type="password" />
<input id="optionForms" type="hidden" name="AuthMethod" value="FormsAuthentication" />
<input id="kmsiInput" type="checkbox" name="Kmsi" value="true" />
<span id="submitButton" class="submit" role="button">Sign in</span>
</form></body></html>`;
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (c: string) => (body += c));
    req.on('end', () => resolve(body));
    req.on('error', reject);
  });
}

export async function startSamlIdp(options: SamlIdpOptions): Promise<SamlIdp> {
  const signIns: string[] = [];
  const pending = new Set<string>();
  let origin = '';

  function check(user: string | null, password: string | null): IdpUser | undefined {
    const found = user === null ? undefined : options.users[user];
    return found !== undefined && found.password === password ? found : undefined;
  }

  function grant(res: http.ServerResponse, user: string, found: IdpUser): void {
    signIns.push(user);
    const xml = samlResponseXml(`${origin}/adfs/services/trust`, user, found.roles, options.sessionDurationSeconds ?? 3600);
    const page = samlPostPage(Buffer.from(xml, 'utf8').toString('base64'));
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(page);
  }

  async function route(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname !== SIGN_ON_PATH || url.searchParams.get('loginToRp') !== 'urn:amazon:webservices') {
      res.writeHead(404).end();
      return;
    }
    if (options.mode === 'basic') {
      const auth = req.headers.authorization ?? '';
      const decoded = auth.startsWith('Basic ') ? Buffer.from(auth.slice(6), 'base64').toString('utf8') : '';
      const colon = decoded.indexOf(':');
      const user = colon > 0 ? decoded.slice(0, colon) : null;
      const found = check(user, colon > 0 ? decoded.slice(colon + 1) : null);
      if (user === null || found === undefined) {
        res.writeHead(401, { 'www-authenticate': 'Basic realm="adfs"', 'content-type': 'text/html' }).end('<html><body>401 Unauthorized</body></html>');
        return;
      }
      grant(res, user, found);
      return;
    }
    if (req.method === 'GET') {
      const request = randomBytes(12).toString('hex');
      pending.add(request);
      res.writeHead(200, { 'content-type': 'text/html', 'set-cookie': `MSISSamlRequest=${request}; path=/adfs; HttpOnly` });
      res.end(loginForm('Sign in with your organizational account'));
      return;
    }
    const cookie = /MSISSamlRequest=([0-9a-f]+)/.exec(req.headers.cookie ?? '')?.[1];
    const form = new URLSearchParams(await readBody(req));
    if (cookie === undefined || !pending.has(cookie) || form.get('AuthMethod') !== 'FormsAuthentication') {
      res.writeHead(400, { 'content-type': 'text/html' }).end('<html><body>Bad request</body></html>');
      return;
    }
    const user = form.get('UserName');
    const found = check(user, form.get('Password'));
    if (user === null || found === undefined) {
      res.writeHead(200, { 'content-type': 'text/html' }).end(loginForm('Incorrect user ID or password.'));
      return;
    }
    pending.delete(cookie);
    grant(res, user, found);
  }

  const server = http.createServer((req, res) => {
    route(req, res).catch(() => res.writeHead(500).end());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    endpoint: `${origin}${SIGN_ON_PATH}?loginToRp=urn:amazon:webservices`,
    signIns,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
