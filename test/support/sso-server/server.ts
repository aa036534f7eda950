// A small, faithful IAM Identity Center for tests: the SSO-OIDC API, the access portal API and the device
// verification page on one local HTTP port. Point the SDKs at it with AWS_ENDPOINT_URL_SSO_OIDC and
// AWS_ENDPOINT_URL_SSO (both the JS SDK and botocore read them). A user "approves" a login the way a browser
// would: an HTTP POST of the user code to the verification URL (approveDevice below does exactly that).

import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ServiceError, escapeHtml, parseForm, parseJsonObject, readBody, sendError, sendHtml, sendJson } from './http-util.js';
import { OidcService, newRequestId, type OidcOptions } from './oidc.js';
import { PortalService, type CredentialIssuer, type PortalAccount } from './portal.js';
import { randomIssuer } from './issuers.js';

export interface SsoServerOptions extends Partial<Omit<OidcOptions, 'verificationUri' | 'startUrls'>> {
  startUrls?: readonly string[];
  accounts?: readonly PortalAccount[];
  issueCredentials?: CredentialIssuer;
}

export interface SsoServer {
  /** http://127.0.0.1:<port>: the SSO-OIDC and portal endpoint. */
  readonly endpoint: string;
  readonly verificationUri: string;
  readonly oidc: OidcService;
  readonly portal: PortalService;
  /** Every request line served (method and path without the query), for assertions. */
  readonly requests: string[];
  stop(): Promise<void>;
}

export const DEFAULT_START_URL = 'https://provided-domain.awsapps.com/start';

export const DEFAULT_ACCOUNTS: readonly PortalAccount[] = [
  { accountId: '111122223333', accountName: 'Development', emailAddress: 'dev@example.com', roles: ['SamplePermissionSet', 'ReadOnlyAccess'] },
  { accountId: '444455556666', accountName: 'Production', emailAddress: 'prod@example.com', roles: ['ReadOnlyAccess'] },
];

function verificationPage(userCode: string, message: string): string {
  return `<!doctype html><html><head><title>Authorize request</title></head><body>
<h1>Authorize request</h1><p>${escapeHtml(message)}</p>
<form method="post" action="/verify">
<label>Code <input name="user_code" value="${escapeHtml(userCode)}"></label>
<label>User <input name="username" value="user@example.com"></label>
<button name="decision" value="allow">Allow access</button>
<button name="decision" value="deny">Deny access</button>
</form></body></html>`;
}

export async function startSsoServer(options: SsoServerOptions = {}): Promise<SsoServer> {
  let endpoint = '';
  const oidc = new OidcService({
    deviceCodeLifetimeSeconds: options.deviceCodeLifetimeSeconds ?? 600,
    intervalSeconds: options.intervalSeconds ?? 1,
    accessTokenLifetimeSeconds: options.accessTokenLifetimeSeconds ?? 8 * 3600,
    registrationLifetimeSeconds: options.registrationLifetimeSeconds ?? 90 * 24 * 3600,
    startUrls: options.startUrls ?? [DEFAULT_START_URL],
    verificationUri: () => `${endpoint}/verify`,
    now: options.now ?? Date.now,
  });
  const portal = new PortalService(oidc, options.accounts ?? DEFAULT_ACCOUNTS, options.issueCredentials ?? randomIssuer());
  const requests: string[] = [];

  async function route(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const key = `${req.method ?? 'GET'} ${url.pathname}`;
    requests.push(key);
    const body = await readBody(req);
    res.setHeader('x-amzn-requestid', newRequestId());
    switch (key) {
      case 'POST /client/register':
        return sendJson(res, 200, oidc.registerClient(parseJsonObject(body, true)));
      case 'POST /device_authorization':
        return sendJson(res, 200, oidc.startDeviceAuthorization(parseJsonObject(body, true)));
      case 'POST /token':
        return sendJson(res, 200, oidc.createToken(parseJsonObject(body, true)));
      case 'GET /assignment/accounts':
        return sendJson(res, 200, portal.listAccounts(req.headers, url.searchParams));
      case 'GET /assignment/roles':
        return sendJson(res, 200, portal.listAccountRoles(req.headers, url.searchParams));
      case 'GET /federation/credentials':
        return sendJson(res, 200, await portal.getRoleCredentials(req.headers, url.searchParams));
      case 'POST /logout':
        portal.logout(req.headers);
        res.writeHead(200, { 'content-length': '0' });
        res.end();
        return;
      case 'GET /verify':
        return sendHtml(res, 200, verificationPage(url.searchParams.get('user_code') ?? '', 'Confirm that this code matches the one shown by your tool.'));
      case 'POST /verify': {
        const form = parseForm(body);
        const allow = form.get('decision') !== 'deny';
        const ok = oidc.decide(form.get('user_code') ?? '', allow, form.get('username') || 'user@example.com');
        if (!ok) return sendHtml(res, 400, verificationPage('', 'The code is invalid or has expired.'));
        return sendHtml(res, 200, `<!doctype html><html><body><h1>${allow ? 'Request approved' : 'Request denied'}</h1></body></html>`);
      }
      default:
        throw new ServiceError(404, 'ResourceNotFoundException', `No route for ${key}`);
    }
  }

  const server = http.createServer((req, res) => {
    route(req, res).catch((err: unknown) => {
      if (err instanceof ServiceError) return sendError(res, err);
      sendError(res, new ServiceError(500, 'InternalServerException', err instanceof Error ? err.message : String(err), 'server_error'));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    endpoint,
    verificationUri: `${endpoint}/verify`,
    oidc,
    portal,
    requests,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** What a user does in the browser: submits the user code (and a decision) to the verification URL. */
export async function approveDevice(verificationUri: string, userCode: string, options: { deny?: boolean; username?: string } = {}): Promise<number> {
  const form = new URLSearchParams({ user_code: userCode, decision: options.deny === true ? 'deny' : 'allow', username: options.username ?? 'user@example.com' });
  const res = await fetch(verificationUri.split('?')[0]!, { method: 'POST', body: form, headers: { 'content-type': 'application/x-www-form-urlencoded' } });
  await res.text();
  return res.status;
}
