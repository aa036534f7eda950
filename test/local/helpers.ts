// Shared by the tests of the local emulator.

import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';

/** True once nothing listens on the endpoint's port (polls, since a stopped server exits asynchronously). */
export async function waitUntilClosed(endpoint: string, timeoutMs = 5000): Promise<boolean> {
  const port = Number(new URL(endpoint).port);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (!(await accepts(port))) return true;
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** Runs the AWS CLI v1 against endpoint with a dummy identity; returns its trimmed stdout. */
export function awsCli(args: string[], env: Record<string, string>): string {
  const r = spawnSync('aws', args, { env: { ...process.env, ...env }, encoding: 'utf8', timeout: 60_000 });
  if (r.status !== 0) throw new Error(`aws ${args.join(' ')} failed (${String(r.status)}): ${r.stderr}`);
  return r.stdout.trim();
}

/** A fresh folder holding only the given executable shell scripts, to serve as PATH. */
export function pathWith(scripts: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'awsps-path-'));
  for (const [name, body] of Object.entries(scripts)) fs.writeFileSync(path.join(dir, name), `#!/bin/sh\n${body}\n`, { mode: 0o755 });
  return dir;
}
