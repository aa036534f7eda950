// startMoto against the real moto_server, and the way it fails when moto is missing or broken.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MotoNotFoundError, MotoStartError, startMoto, type MotoServer } from '../../src/local/moto.js';
import { motoEndpoint, motoEnv, resetMoto, setupMoto, MOTO_ENDPOINT_VARIABLE } from '../support/moto.js';
import { awsCli, pathWith, waitUntilClosed } from './helpers.js';

const INSTALL = 'Install it with: pip install "moto[server]"';

describe('startMoto', () => {
  let server: MotoServer;
  let logDir: string;

  beforeAll(async () => {
    logDir = fs.mkdtempSync(path.join(os.tmpdir(), 'awsps-moto-log-'));
    const started = Date.now();
    server = await startMoto({ logDir });
    process.stdout.write(`moto_server started in ${Date.now() - started} ms\n`);
  });

  afterAll(async () => {
    await server.stop();
  });

  it('serves on a loopback port the OS picked', () => {
    expect(server.endpoint).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(Number(new URL(server.endpoint).port)).toBeGreaterThan(0);
  });

  it('keeps state until reset', async () => {
    const env = motoEnv(server.endpoint);
    awsCli(['s3api', 'create-bucket', '--bucket', 'awsps-reset-test'], env);
    expect(awsCli(['s3api', 'list-buckets', '--query', 'Buckets[].Name', '--output', 'text'], env)).toBe('awsps-reset-test');
    await server.reset();
    expect(awsCli(['s3api', 'list-buckets', '--query', 'length(Buckets)', '--output', 'text'], env)).toBe('0');
  });

  it('writes its output to a log file, not to the terminal', () => {
    const logs = fs.readdirSync(logDir);
    expect(logs).toHaveLength(1);
    expect(fs.readFileSync(path.join(logDir, logs[0]), 'utf8')).toContain('Running on http://127.0.0.1:');
  });

  it('stops: the port closes, the process is gone and the log removed', async () => {
    const other = await startMoto({ logDir });
    await other.stop();
    await other.stop();
    expect(await waitUntilClosed(other.endpoint, 0)).toBe(true);
    expect(() => process.kill(other.pid, 0)).toThrow();
    expect(fs.readdirSync(logDir)).toHaveLength(1);
  });
});

describe('startMoto without a working moto', () => {
  it('says what to install when neither moto_server nor python is on PATH', async () => {
    const env = { ...process.env, PATH: pathWith({}) };
    const error = await startMoto({ env }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MotoNotFoundError);
    expect((error as Error).message).toBe(
      `--local needs moto, the local AWS emulator, and it is not installed (neither moto_server nor python3 was found on PATH). ${INSTALL}`,
    );
  });

  it('says what to install when python has no moto module', async () => {
    const dir = pathWith({ python3: `echo "ModuleNotFoundError: No module named 'moto'" >&2; exit 1` });
    const error = await startMoto({ env: { ...process.env, PATH: dir } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MotoNotFoundError);
    expect((error as Error).message).toBe(
      `--local needs moto, the local AWS emulator, and it is not installed (${dir}/python3 -m moto.server: No module named 'moto'). ${INSTALL}`,
    );
  });

  it('names the module moto_server lacks (moto installed without its server extras)', async () => {
    const dir = pathWith({ moto_server: `echo "ModuleNotFoundError: No module named 'flask'" >&2; exit 1` });
    const error = await startMoto({ env: { ...process.env, PATH: dir } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MotoNotFoundError);
    expect((error as Error).message).toContain(`${dir}/moto_server: No module named 'flask'`);
    expect((error as Error).message).toContain(INSTALL);
  });

  it('reports a crash with the path of the kept log', async () => {
    const logDir = fs.mkdtempSync(path.join(os.tmpdir(), 'awsps-moto-log-'));
    const dir = pathWith({ moto_server: 'echo "address already in use" >&2; exit 3' });
    const error = await startMoto({ env: { ...process.env, PATH: dir }, logDir }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MotoStartError);
    const [log] = fs.readdirSync(logDir);
    expect((error as Error).message).toBe(
      `The local AWS emulator failed to start: ${dir}/moto_server exited with code 3 before it started listening. Its log is in ${path.join(logDir, log)}`,
    );
    expect(fs.readFileSync(path.join(logDir, log), 'utf8')).toBe('address already in use\n');
  });

  it('gives up after the time-out and kills the silent child', async () => {
    const logDir = fs.mkdtempSync(path.join(os.tmpdir(), 'awsps-moto-log-'));
    const pidFile = path.join(logDir, 'child.pid');
    const dir = pathWith({ moto_server: `echo $$ > ${pidFile}; exec /bin/sleep 30` });
    const error = await startMoto({ env: { ...process.env, PATH: dir }, logDir, timeoutMs: 300 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MotoStartError);
    expect((error as Error).message).toMatch(/moto_server did not start listening in time\. Its log is in /);
    const pid = Number(fs.readFileSync(pidFile, 'utf8'));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(() => process.kill(pid, 0)).toThrow();
  });
});

describe('test support', () => {
  it('setupMoto publishes one endpoint, resetMoto clears it, the teardown stops it', async () => {
    const provided: Record<string, string> = {};
    const teardown = await setupMoto({ provide: (key, value) => (provided[key] = value) });
    const endpoint = motoEndpoint();
    expect(provided).toEqual({ motoEndpoint: endpoint });
    expect(process.env[MOTO_ENDPOINT_VARIABLE]).toBe(endpoint);
    const env = motoEnv(endpoint);
    awsCli(['s3api', 'create-bucket', '--bucket', 'awsps-support-test'], env);
    await resetMoto(endpoint);
    expect(awsCli(['s3api', 'list-buckets', '--query', 'length(Buckets)', '--output', 'text'], env)).toBe('0');
    await teardown();
    expect(process.env[MOTO_ENDPOINT_VARIABLE]).toBeUndefined();
    expect(await waitUntilClosed(endpoint)).toBe(true);
  });
});
