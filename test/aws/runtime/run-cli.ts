// Runs the built CLI with an environment made from scratch (no AWS variables of the machine or of the test
// process), so each test states exactly which credential and region sources exist.

import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ROOT, type CliResult } from '../../helpers/cli.js';

const BIN = path.join(ROOT, 'bin', 'awsps.js');

/** PATH/HOME and friends only, plus the metadata service switched off unless a test turns it on. */
export function baseEnv(extra: Record<string, string> = {}): Record<string, string> {
  const env: Record<string, string> = { NO_COLOR: '1', AWS_EC2_METADATA_DISABLED: 'true' };
  for (const key of ['PATH', 'HOME', 'TMPDIR', 'LANG', 'SYSTEMROOT']) {
    const v = process.env[key];
    if (v !== undefined) env[key] = v;
  }
  return { ...env, ...extra };
}

/** A fresh directory with empty credentials and config files, pointed at by the standard variables. */
export function awsFiles(credentials = '', config = ''): { dir: string; credentials: string; config: string; env: Record<string, string> } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'awsps-runtime-'));
  const credentialsFile = path.join(dir, 'credentials');
  const configFile = path.join(dir, 'config');
  fs.writeFileSync(credentialsFile, credentials);
  fs.writeFileSync(configFile, config);
  return { dir, credentials: credentialsFile, config: configFile, env: { AWS_SHARED_CREDENTIALS_FILE: credentialsFile, AWS_CONFIG_FILE: configFile } };
}

function argsFor(script: string, interactive: boolean): string[] {
  return interactive ? ['-NoProfile', '-Command', script] : ['-NoProfile', '-NonInteractive', '-Command', script];
}

/** awsps -NoProfile -NonInteractive -Command script, in exactly env. */
export function runScript(script: string, env: Record<string, string>, options: { input?: string; interactive?: boolean } = {}): CliResult {
  const r = spawnSync(process.execPath, [BIN, ...argsFor(script, options.interactive === true)], {
    cwd: ROOT,
    env,
    input: options.input ?? '',
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { stdout: String(r.stdout ?? ''), stderr: String(r.stderr ?? ''), code: r.status ?? -1 };
}

/** As runScript, without blocking the test process (needed when the test itself serves HTTP to the CLI). */
export function runScriptAsync(script: string, env: Record<string, string>, options: { input?: string; interactive?: boolean } = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...argsFor(script, options.interactive === true)], { cwd: ROOT, env });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ stdout, stderr, code: code ?? -1 }));
    child.stdin.end(options.input ?? '');
  });
}

/** A JS stack trace line: no error the user sees may carry one. */
export const STACK_LINE = /^\s+at .+\(.*:\d+:\d+\)$|^\s+at .+:\d+:\d+$/m;
