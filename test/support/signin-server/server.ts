// A small, faithful AWS Sign-in service for tests, on one local HTTP port: the authorization page
// (/v1/authorize, with a consent form whose approval is an HTTP POST, then a redirect to the client's
// redirect URI with code and state), the cross-device confirmation page (/v1/sessions/confirmation, showing the
// base64 verification code) and the token endpoint (POST /v1/token, CreateOAuth2Token of the SDK's signin
// model, restJson1, every request DPoP-checked). Point the SDKs at it with AWS_ENDPOINT_URL_SIGNIN.

import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { escapeHtml, parseForm, readBody, sendHtml, sendJson } from '../sso-server/http-util.js';
import { DpopError, DpopVerifier } from './dpop-check.js';
import { randomSessionIssuer, type ConsoleIdentity, type SessionIssuer } from './issuers.js';
import { CONFIRMATION_PATH, SigninError, SigninService } from './service.js';

export interface SigninServerOptions {
  identity?: ConsoleIdentity;
  issueCredentials?: SessionIssuer;
  /** The access credentials' lifetime (the real service: 900 seconds). */
  accessTokenLifetimeSeconds?: number;
  /** How long refresh works (the real service: the console session's 12 hours). */
  sessionLifetimeSeconds?: number;
  now?: () => number;
}

export interface SigninServer {
  /** http://127.0.0.1:<port> */
  readonly endpoint: string;
  readonly service: SigninService;
  /** Every request served: method and path, without the query. */
  readonly requests: string[];
  /** DPoP failures the token endpoint answered, with their reasons. */
  readonly dpopFailures: string[];
  stop(): Promise<void>;
}

export const DEFAULT_IDENTITY: ConsoleIdentity = { accountId: '123456789012', roleName: 'Admin', sessionName: 'admin' };

function consentPage(requestId: string, clientId: string): string {
  return `<!doctype html><html><head><title>Allow access</title></head><body>
<h1>Allow ${escapeHtml(clientId.endsWith('cross-device') ? 'a remote device' : 'this device')} to use your console credentials?</h1>
<form method="post" action="/v1/authorize/consent">
<input type="hidden" name="request_id" value="${escapeHtml(requestId)}">
<button name="decision" value="allow">Allow</button>
<button name="decision" value="deny">Cancel</button>
</form></body></html>`;
}

function confirmationPage(verificationCode: string): string {
  return `<!doctype html><html><head><title>Authorization code</title></head><body>
<h1>Enter this code in your terminal</h1>
<pre id="verification-code">${escapeHtml(verificationCode)}</pre>
</body></html>`;
}

function sendSigninError(res: http.ServerResponse, err: SigninError): void {
  sendJson(res, err.status, { error: err.error, message: err.message }, { 'x-amzn-errortype': err.shape });
}

function jsonObject(text: string): Record<string, unknown> {
  const value: unknown = JSON.parse(text);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error('not an object');
  return value as Record<string, unknown>;
}

export async function startSigninServer(options: SigninServerOptions = {}): Promise<SigninServer> {
  let endpoint = '';
  const now = options.now ?? Date.now;
  const service = new SigninService({
    endpoint: () => endpoint,
    identity: options.identity ?? DEFAULT_IDENTITY,
    issue: options.issueCredentials ?? randomSessionIssuer,
    accessTokenLifetimeSeconds: options.accessTokenLifetimeSeconds ?? 900,
    sessionLifetimeSeconds: options.sessionLifetimeSeconds ?? 12 * 3600,
    now,
  });
  const dpop = new DpopVerifier(now);
  const requests: string[] = [];
  const dpopFailures: string[] = [];

  async function token(req: http.IncomingMessage, body: string, res: http.ServerResponse): Promise<void> {
    let jkt: string;
    try {
      const header = req.headers.dpop;
      jkt = dpop.verify(Array.isArray(header) ? header[0] : header, req.method ?? '', `${endpoint}/v1/token`);
    } catch (err) {
      if (!(err instanceof DpopError)) throw err;
      dpopFailures.push(err.message);
      return sendSigninError(res, new SigninError(400, 'ValidationException', 'invalid_request', `Invalid DPoP proof: ${err.message}`));
    }
    let input: Record<string, unknown>;
    try {
      input = jsonObject(body);
    } catch {
      return sendSigninError(res, new SigninError(400, 'ValidationException', 'invalid_request', 'Malformed request body'));
    }
    sendJson(res, 200, await service.createToken(input, jkt));
  }

  async function route(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const key = `${req.method ?? 'GET'} ${url.pathname}`;
    requests.push(key);
    const body = await readBody(req);
    res.setHeader('x-amzn-requestid', crypto.randomUUID());
    switch (key) {
      case 'GET /v1/authorize': {
        let requestId: string;
        let clientId: string;
        try {
          ({ id: requestId, clientId } = service.authorize(url.searchParams));
        } catch (err) {
          return sendHtml(res, 400, `<!doctype html><html><body><h1>400 Bad Request</h1><p>${escapeHtml(err instanceof Error ? err.message : String(err))}</p></body></html>`);
        }
        return sendHtml(res, 200, consentPage(requestId, clientId));
      }
      case 'POST /v1/authorize/consent': {
        const form = parseForm(body);
        let location: string;
        try {
          location = service.decide(form.get('request_id') ?? '', form.get('decision') === 'allow');
        } catch (err) {
          return sendHtml(res, 400, `<!doctype html><html><body><p>${escapeHtml(err instanceof Error ? err.message : String(err))}</p></body></html>`);
        }
        res.writeHead(302, { location, 'content-length': '0' });
        res.end();
        return;
      }
      case `GET ${CONFIRMATION_PATH}`: {
        const code = url.searchParams.get('code');
        const state = url.searchParams.get('state');
        if (url.searchParams.get('error') !== null) return sendHtml(res, 200, '<!doctype html><html><body><h1>Request denied</h1></body></html>');
        if (code === null || state === null || !service.isCrossDeviceCode(code)) return sendHtml(res, 400, '<!doctype html><html><body><h1>Invalid request</h1></body></html>');
        const params = new URLSearchParams({ code, state });
        return sendHtml(res, 200, confirmationPage(Buffer.from(params.toString(), 'utf8').toString('base64')));
      }
      case 'POST /v1/token':
        return token(req, body, res);
      default:
        sendJson(res, 404, { message: `No route for ${key}` }, { 'x-amzn-errortype': 'ResourceNotFoundException' });
    }
  }

  const server = http.createServer((req, res) => {
    route(req, res).catch((err: unknown) => {
      if (err instanceof SigninError) return sendSigninError(res, err);
      sendSigninError(res, new SigninError(500, 'InternalServerException', 'server_error', err instanceof Error ? err.message : String(err)));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    endpoint,
    service,
    requests,
    dpopFailures,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
