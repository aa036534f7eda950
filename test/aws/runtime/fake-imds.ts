// Small local stand-ins for the EC2 instance metadata service: one that speaks IMDSv2 (a token from PUT
// /latest/api/token, required by GET /latest/meta-data/placement/region), and one that accepts connections
// and never answers (a black-holed metadata address).

import * as net from 'node:net';
import type { AddressInfo } from 'node:net';
import { startImdsServer, type ImdsServer } from '../../support/imds-server.js';

export type FakeImds = ImdsServer;

/** An IMDSv2 service that knows only the instance's region. */
export function startFakeImds(region: string): Promise<FakeImds> {
  return startImdsServer({ '/latest/meta-data/placement/region': region });
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
