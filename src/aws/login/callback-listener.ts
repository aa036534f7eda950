// The same-device flow's local redirect target: an HTTP listener on 127.0.0.1 (a free port) that waits for the
// browser's redirect to /oauth/callback, answers it with a page the user can close, and hands back the query's
// code, state and error. Other paths (a browser's favicon request) get 404 and the wait goes on.

import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { LoginError } from './errors.js';

export const CALLBACK_PATH = '/oauth/callback';

export interface CallbackResult {
  readonly code: string | null;
  readonly state: string | null;
  readonly error: string | null;
}

export interface CallbackListener {
  /** http://127.0.0.1:<port>/oauth/callback */
  readonly redirectUri: string;
  /** Resolves with the first redirect to the callback path; rejects when the signal aborts. */
  wait(signal: AbortSignal): Promise<CallbackResult>;
  close(): Promise<void>;
}

function page(title: string, cssClass: string, lines: string[]): string {
  return (
    '<!DOCTYPE html><html><head><title>AWS Authentication</title>' +
    '<style> body { font-family: Arial, sans-serif; text-align: center; padding: 50px; } .success { color: #28a745; } .error { color: #dc3545; } .hint { color: #545b64; }</style></head>' +
    `<body><h1 class='${cssClass}'>${title}</h1>${lines.map((l) => `<p>${l}</p>`).join('')}</body></html>`
  );
}

// AWS Tools' texts (HttpListenerUtils.SendHtmlResponse), with awsps named.
const APPROVED = page('Request approved', 'success', [
  'awsps has been given requested permissions.',
  "<span class='hint'>You can close this window and start using awsps.</span>",
]);

function denied(error: string): string {
  // Only an OAuth error code goes on the page: word characters, as AWS Tools checks before showing it.
  const shown = /^\w{1,300}$/.test(error) ? error : 'invalid_error_format';
  return page('Request denied', 'error', [shown, "<span class='hint'>You can close this window and re-start the authorization flow.</span>"]);
}

function respond(res: ServerResponse, status: number, html: string): void {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'content-length': Buffer.byteLength(html), connection: 'close' });
  res.end(html);
}

export async function startCallbackListener(): Promise<CallbackListener> {
  let deliver: ((r: CallbackResult) => void) | undefined;
  let received: CallbackResult | undefined;
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (req.method !== 'GET' || url.pathname !== CALLBACK_PATH || received !== undefined) {
      respond(res, 404, page('Not found', 'error', []));
      return;
    }
    const q = url.searchParams;
    received = { code: q.get('code'), state: q.get('state'), error: q.get('error') };
    respond(res, 200, received.error !== null ? denied(received.error) : APPROVED);
    deliver?.(received);
  });
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
  } catch (err) {
    throw new LoginError(
      `Error launching local HTTP listener (${err instanceof Error ? err.message : String(err)}). Try re-executing the cmdlet with -NoBrowser.`,
      'service',
    );
  }
  const port = (server.address() as AddressInfo).port;
  return {
    redirectUri: `http://127.0.0.1:${port}${CALLBACK_PATH}`,
    wait: (signal) =>
      new Promise<CallbackResult>((resolve, reject) => {
        if (received !== undefined) return resolve(received);
        const onAbort = () => reject(new LoginError('The login was cancelled.', 'cancelled'));
        if (signal.aborted) return onAbort();
        signal.addEventListener('abort', onAbort, { once: true });
        deliver = (r) => {
          signal.removeEventListener('abort', onAbort);
          resolve(r);
        };
      }),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
