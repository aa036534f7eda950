// Runs the real CLI (the built bin/awsps.js) as a child process, the way a user does.

import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export const ROOT = path.resolve(__dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'awsps.js');

export interface CliResult {
  stdout: string;
  stderr: string;
  code: number;
}

export function awsps(args: string[], options: { input?: string; cwd?: string; env?: Record<string, string> } = {}): CliResult {
  const spawnOptions: SpawnSyncOptions = {
    cwd: options.cwd ?? ROOT,
    input: options.input ?? '',
    env: { ...process.env, NO_COLOR: '1', ...options.env },
    encoding: 'utf8',
    timeout: 60_000,
  };
  const r = spawnSync(process.execPath, [BIN, ...args], spawnOptions);
  return { stdout: String(r.stdout ?? ''), stderr: String(r.stderr ?? ''), code: r.status ?? -1 };
}

/** Runs script text with -Command. */
export function run(script: string, options: { cwd?: string; env?: Record<string, string> } = {}): CliResult {
  return awsps(['-NoProfile', '-NonInteractive', '-Command', script], options);
}

/** Writes a .ps1 file in a fresh temporary folder and runs it with -File. */
export function runFile(script: string, args: string[] = [], name = 'script.ps1'): CliResult & { dir: string; file: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'awsps-test-'));
  const file = path.join(dir, name);
  fs.writeFileSync(file, script);
  return { ...awsps(['-NoProfile', '-NonInteractive', '-File', file, ...args], { cwd: dir }), dir, file };
}
