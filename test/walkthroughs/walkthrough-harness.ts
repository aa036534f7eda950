// Runs a user-guide walkthrough (a .ps1 file next to this one) through the real CLI against a private moto,
// the way a user runs a script, and gives the test the AWS CLI on the same moto as an independent witness.
//
// Each test file gets its own moto (test files run in parallel and moto state is global), its own temporary
// working folder, HOME and AWS credential/config files, so nothing from the machine leaks in.

import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { startMoto, type MotoServer } from '../../src/local/moto.js';
import { awsps, type CliResult } from '../helpers/cli.js';

export const WALKTHROUGH_DIR = __dirname;
export const ACCOUNT = '123456789012';

export interface Walkthrough {
  /** The moto endpoint (valid inside tests and hooks). */
  readonly endpoint: string;
  /** The temporary folder scripts run in (also HOME). */
  readonly dir: string;
  /** The environment the CLI runs with. */
  env(): Record<string, string>;
  /** Runs test/walkthroughs/<name> with -File in the working folder. */
  run(name: string, args?: string[]): CliResult;
  /** The AWS CLI on the same moto (JSON output, us-east-1 unless args name a region). */
  aws(args: string[]): string;
  /** The AWS CLI's JSON output, parsed. */
  awsJson<T>(args: string[]): T;
}

export interface WalkthroughOptions {
  /** Extra environment for moto itself (e.g. MOTO_AMIS_PATH). */
  motoEnv?: Record<string, string>;
}

/** Registers beforeAll/afterAll that start and stop the private moto and the temporary folder. */
export function useWalkthrough(options: WalkthroughOptions = {}): Walkthrough {
  let moto: MotoServer | undefined;
  let dir = '';
  const running = (): MotoServer => {
    if (!moto) throw new Error('moto is not running yet (use the walkthrough inside tests or hooks)');
    return moto;
  };
  const env = (): Record<string, string> => ({
    HOME: dir,
    AWS_ENDPOINT_URL: running().endpoint,
    AWS_ACCESS_KEY_ID: 'testing',
    AWS_SECRET_ACCESS_KEY: 'testing',
    AWS_SESSION_TOKEN: '',
    AWS_PROFILE: '',
    AWS_REGION: 'us-east-1',
    AWS_DEFAULT_REGION: 'us-east-1',
    AWS_SHARED_CREDENTIALS_FILE: path.join(dir, '.aws', 'credentials'),
    AWS_CONFIG_FILE: path.join(dir, '.aws', 'config'),
    AWS_EC2_METADATA_DISABLED: 'true',
  });
  const w: Walkthrough = {
    get endpoint() {
      return running().endpoint;
    },
    get dir() {
      return dir;
    },
    env,
    run(name, args = []) {
      const script = path.join(dir, name);
      fs.copyFileSync(path.join(WALKTHROUGH_DIR, name), script);
      return awsps(['-NoProfile', '-NonInteractive', '-File', script, ...args], { cwd: dir, env: env() });
    },
    aws(args) {
      const hasRegion = args.includes('--region');
      return execFileSync('aws', ['--endpoint-url', running().endpoint, '--output', 'json', ...(hasRegion ? [] : ['--region', 'us-east-1']), ...args], {
        encoding: 'utf8',
        env: cliEnv(env()),
      });
    },
    awsJson<T>(args: string[]): T {
      return JSON.parse(w.aws(args)) as T;
    },
  };
  beforeAll(async () => {
    dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'awsps-walkthrough-')));
    fs.mkdirSync(path.join(dir, '.aws'));
    fs.writeFileSync(path.join(dir, '.aws', 'credentials'), '');
    fs.writeFileSync(path.join(dir, '.aws', 'config'), '');
    moto = await startMoto({ env: { ...process.env, ...options.motoEnv } });
  });
  afterAll(async () => {
    await moto?.stop();
    if (dir !== '') fs.rmSync(dir, { recursive: true, force: true });
  });
  return w;
}

/** process.env with the walkthrough's variables; the empty ones (which the AWS CLI rejects) removed. */
function cliEnv(overrides: Record<string, string>): NodeJS.ProcessEnv {
  const merged: NodeJS.ProcessEnv = { ...process.env, ...overrides };
  for (const [k, v] of Object.entries(merged)) if (v === '') delete merged[k];
  return merged;
}

/** The text between two marker lines the scripts print ("== name =="), without the markers. */
export function section(stdout: string, name: string): string {
  const start = stdout.indexOf(`== ${name} ==\n`);
  if (start < 0) throw new Error(`no section "${name}" in:\n${stdout}`);
  const from = start + `== ${name} ==\n`.length;
  const next = stdout.indexOf('\n== ', from - 1);
  return next < 0 ? stdout.slice(from) : stdout.slice(from, next + 1);
}
