// `awsps --local` end to end: the built CLI starts moto, points the AWS environment at it, and leaves
// nothing running (and nothing changed in ~/.aws) when it ends.

import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { awsps, ROOT } from '../helpers/cli.js';
import { pathWith, waitUntilClosed } from './helpers.js';

const LOOPBACK_URL = /^http:\/\/127\.0\.0\.1:\d+$/;

function local(script: string, env: Record<string, string> = {}) {
  return awsps(['--local', '-NoProfile', '-NonInteractive', '-Command', script], { env });
}

describe('awsps --local', () => {
  it('starts moto, exposes its endpoint and stops it when the command ends', async () => {
    const r = local('$env:AWS_ENDPOINT_URL');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const endpoint = r.stdout.trimEnd();
    expect(endpoint).toMatch(LOOPBACK_URL);
    expect(r.stdout).toBe(`${endpoint}\n`);
    expect(await waitUntilClosed(endpoint)).toBe(true);
  });

  it('sets a throw-away identity and the region', () => {
    const r = local(
      '$env:AWS_ACCESS_KEY_ID; $env:AWS_SECRET_ACCESS_KEY; $env:AWS_REGION; $env:AWS_DEFAULT_REGION; $null -eq $env:AWS_SESSION_TOKEN; $null -eq $env:AWS_PROFILE',
      { AWS_SESSION_TOKEN: 'real-token', AWS_PROFILE: 'production' },
    );
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('testing\ntesting\nus-east-1\nus-east-1\nTrue\nTrue\n');
  });

  it('lets AWS clients started from the shell use the emulator', () => {
    const r = local("aws s3api create-bucket --bucket awsps-local-e2e | Out-Null; aws s3api list-buckets --query 'Buckets[].Name' --output text");
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('awsps-local-e2e\n');
  });

  it('never reads or writes the real ~/.aws files', () => {
    const home = fs.mkdtempSync(path.join(os.tmpdir(), 'awsps-home-'));
    fs.mkdirSync(path.join(home, '.aws'));
    const credentials = path.join(home, '.aws', 'credentials');
    const config = path.join(home, '.aws', 'config');
    fs.writeFileSync(credentials, '[default]\naws_access_key_id = AKIAREALKEY\naws_secret_access_key = real-secret\n');
    fs.writeFileSync(config, '[default]\nregion = eu-west-3\n');
    const before = [credentials, config].map((f) => ({ bytes: fs.readFileSync(f), mtimeMs: fs.statSync(f).mtimeMs }));

    const r = local(
      "$env:AWS_SHARED_CREDENTIALS_FILE; $env:AWS_CONFIG_FILE; aws configure list | Out-Null; aws s3api create-bucket --bucket awsps-home-test | Out-Null; aws configure get region",
      { HOME: home, USERPROFILE: home, XDG_CACHE_HOME: path.join(home, '.cache') },
    );
    expect(r.stderr).toBe('');
    const [credentialsFile, configFile, region] = r.stdout.trimEnd().split('\n');
    for (const file of [credentialsFile, configFile]) {
      expect(path.isAbsolute(file)).toBe(true);
      expect(file.startsWith(home)).toBe(false);
      // The private folder is removed when awsps ends.
      expect(fs.existsSync(path.dirname(file))).toBe(false);
    }
    // The region comes from the environment, not from the real config file.
    expect(region).toBeUndefined();
    [credentials, config].forEach((f, i) => {
      expect(fs.readFileSync(f)).toEqual(before[i].bytes);
      expect(fs.statSync(f).mtimeMs).toBe(before[i].mtimeMs);
    });
    expect(fs.readdirSync(path.join(home, '.aws')).sort()).toEqual(['config', 'credentials']);
  });

  it('uses an AWS_ENDPOINT_URL that is already set, without starting moto', () => {
    const r = local('$env:AWS_ENDPOINT_URL; $env:AWS_ACCESS_KEY_ID', { AWS_ENDPOINT_URL: 'http://localhost:4566', PATH: pathWith({}) });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('http://localhost:4566\ntesting\n');
  });

  it('says what to install when moto is missing', () => {
    const r = local('"never runs"', { PATH: pathWith({}) });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'awsps: --local needs moto, the local AWS emulator, and it is not installed (neither moto_server nor python3 was found on PATH). Install it with: pip install "moto[server]"\n',
    );
  });

  it('works with -File too', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'awsps-local-file-'));
    const file = path.join(dir, 'endpoint.ps1');
    fs.writeFileSync(file, 'param($Prefix) "$Prefix $env:AWS_ENDPOINT_URL"\n');
    const r = awsps(['--local', '-NoProfile', '-File', file, 'at']);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^at http:\/\/127\.0\.0\.1:\d+\n$/);
  });

  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it(`stops moto when awsps is ended by ${signal}`, async () => {
      const child = spawn(process.execPath, [path.join(ROOT, 'bin', 'awsps.js'), '--local', '-NoProfile', '-Command', '$env:AWS_ENDPOINT_URL; Start-Sleep 30'], {
        cwd: ROOT,
        env: { ...process.env, NO_COLOR: '1' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stdout = '';
      const endpoint = await new Promise<string>((resolve, reject) => {
        child.stdout.on('data', (chunk: Buffer) => {
          stdout += chunk.toString('utf8');
          if (stdout.includes('\n')) resolve(stdout.trimEnd());
        });
        child.once('exit', () => reject(new Error(`awsps ended early: ${stdout}`)));
      });
      expect(endpoint).toMatch(LOOPBACK_URL);
      const ended = new Promise<NodeJS.Signals | null>((resolve) => child.once('exit', (_code, s) => resolve(s)));
      child.kill(signal);
      expect(await ended).toBe(signal);
      expect(await waitUntilClosed(endpoint)).toBe(true);
    });
  }
});
