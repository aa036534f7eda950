// Small local stand-ins for the EC2 instance metadata service: one that speaks IMDSv2 (a token from PUT
// /latest/api/token, required by GET /latest/meta-data/placement/region), and one that accepts connections
// and never answers (a black-holed metadata address).

import * as http from 'node:http';
import * as net from 'node:net';
import type { AddressInfo } from 'node:net';

export interface FakeImds {
  readonly endpoint: string;
  /** "METHOD path" of each request received. */
  readonly requests: string[];
  close(): Promise<void>;
}

const TOKEN = 'imds-session-token';

export async function startFakeImds(region: string): Promise<FakeImds> {
  const requests: string[] = [];
  const server = http.createServer((req, res) => {
    requests.push(`${req.method ?? ''} ${req.url ?? ''}`);
    if (req.method === 'PUT' && req.url === '/latest/api/token' && req.headers['x-aws-ec2-metadata-token-ttl-seconds'] !== undefined) {
      res.end(TOKEN);
    } else if (req.method === 'GET' && req.url === '/latest/meta-data/placement/region') {
      if (req.headers['x-aws-ec2-metadata-token'] !== TOKEN) {
        res.writeHead(401).end();
        return;
      }
      res.end(region);
    } else {
      res.writeHead(404).end();
    }
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

export async function startBlackHole(): Promise<FakeImds> {
  const sockets: net.Socket[] = [];
  const requests: string[] = [];
  const server = net.createServer((socket) => {
    requests.push('connection');
    sockets.push(socket);
    socket.on('error', () => undefined);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
