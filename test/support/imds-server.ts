// A local EC2 instance metadata service for tests: serves a fixed tree of items (path → body) under IMDSv2
// rules (PUT /latest/api/token with a TTL header returns a token; every GET must carry it, else 401), or,
// with v1Only, refuses the token request (405) and serves GETs without one. Unknown paths are 404.

import * as http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ImdsServer {
  readonly endpoint: string;
  /** "METHOD path" of each request received. */
  readonly requests: string[];
  close(): Promise<void>;
}

export interface ImdsServerOptions {
  /** Answer like an IMDSv1-only service: the token request is refused, GETs need no token. */
  v1Only?: boolean;
}

export const IMDS_TEST_TOKEN = 'imds-test-token-4f1c';

export async function startImdsServer(items: Readonly<Record<string, string>>, options: ImdsServerOptions = {}): Promise<ImdsServer> {
  const requests: string[] = [];
  const server = http.createServer((req, res) => {
    const url = req.url ?? '';
    requests.push(`${req.method ?? ''} ${url}`);
    if (req.method === 'PUT' && url === '/latest/api/token') {
      if (options.v1Only) res.writeHead(405).end();
      else if (req.headers['x-aws-ec2-metadata-token-ttl-seconds'] === undefined) res.writeHead(400).end();
      else res.end(IMDS_TEST_TOKEN);
      return;
    }
    if (req.method !== 'GET') {
      res.writeHead(405).end();
      return;
    }
    if (!options.v1Only && req.headers['x-aws-ec2-metadata-token'] !== IMDS_TEST_TOKEN) {
      res.writeHead(401).end();
      return;
    }
    const body = items[url];
    if (body === undefined) res.writeHead(404).end();
    else res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
