// An HTTP proxy in front of moto that forwards every request, except the ones a test chooses to fail: those get
// the S3 error the test names (after their body has been read, as S3 would). It also tells the test about each
// request as it arrives, so a test can act at a known point of a transfer (for example cancel it).

import * as http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ProxiedRequest {
  readonly method: string;
  /** Path and query, e.g. '/bucket/key?partNumber=3&uploadId=...'. */
  readonly url: string;
  readonly headers: http.IncomingHttpHeaders;
}

export interface S3Fault {
  readonly status: number;
  readonly code: string;
  readonly message: string;
}

export interface FaultyProxy {
  readonly endpoint: string;
  /** Every request seen so far, in arrival order. */
  readonly requests: readonly ProxiedRequest[];
  close(): Promise<void>;
}

export interface FaultyProxyOptions {
  /** The fault to answer a request with, or undefined to forward it. */
  readonly fault?: (request: ProxiedRequest) => S3Fault | undefined;
  /** Called as each request arrives, before it is forwarded or failed. */
  readonly onRequest?: (request: ProxiedRequest) => void;
}

function errorXml(fault: S3Fault): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${fault.code}</Code><Message>${fault.message}</Message><RequestId>faulty-proxy</RequestId></Error>`;
}

export async function startFaultyProxy(target: string, options: FaultyProxyOptions): Promise<FaultyProxy> {
  const upstream = new URL(target);
  const requests: ProxiedRequest[] = [];
  const server = http.createServer((req, res) => {
    const seen: ProxiedRequest = { method: req.method ?? 'GET', url: req.url ?? '/', headers: req.headers };
    requests.push(seen);
    options.onRequest?.(seen);
    const fault = options.fault?.(seen);
    if (fault) {
      req.resume();
      req.on('end', () => {
        res.writeHead(fault.status, { 'content-type': 'application/xml' });
        res.end(errorXml(fault));
      });
      return;
    }
    // This server already answered any `Expect: 100-continue`; moto gets the body straight away.
    const { expect: _expect, ...headers } = req.headers;
    const forwarded = http.request(
      { host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    forwarded.on('error', () => res.destroy());
    req.pipe(forwarded);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
