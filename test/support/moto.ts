// Test helpers for the local AWS emulator (moto_server, see src/local/moto.ts). Every AWS test talks
// to a real moto over real HTTP.
//
// The run's emulators start once, in the vitest global set-up (test/moto-global-setup.ts): one moto per
// test worker, since files run in parallel across workers but one after another within a worker. A test
// file takes its worker's moto with workerMoto(), which resets it (POST /moto-api/reset) so the file
// starts from an empty AWS; the global teardown stops them all. A file that needs an emulator configured
// otherwise (IAM authentication mode, extra AMIs) starts a private one with startMoto() from
// src/local/moto.ts.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { inject } from 'vitest';
import { startMoto } from '../../src/local/moto.js';
import { httpRequest } from '../../src/local/http-request.js';

/** The environment variable that also carries the endpoint (to child processes and to workers). */
export const MOTO_ENDPOINT_VARIABLE = 'AWSPS_TEST_MOTO_ENDPOINT';

/** The environment variable carrying the per-worker endpoints, comma-separated (to the workers). */
export const MOTO_POOL_VARIABLE = 'AWSPS_TEST_MOTO_POOL';

declare module 'vitest' {
  export interface ProvidedContext {
    motoEndpoint: string;
    motoPool: string;
  }
}

/** What setupMoto needs of vitest's TestProject (given to a global set-up function). */
export interface ProvidingProject {
  provide(key: 'motoEndpoint' | 'motoPool', value: string): void;
}

/**
 * A vitest global set-up: starts one moto for the run and publishes its endpoint with
 * project.provide('motoEndpoint', ...) and in process.env.AWSPS_TEST_MOTO_ENDPOINT. Returns the
 * teardown that stops it.
 */
export async function setupMoto(project?: ProvidingProject): Promise<() => Promise<void>> {
  const server = await startMoto();
  project?.provide('motoEndpoint', server.endpoint);
  process.env[MOTO_ENDPOINT_VARIABLE] = server.endpoint;
  return async () => {
    delete process.env[MOTO_ENDPOINT_VARIABLE];
    await server.stop();
  };
}

/** The endpoint published by setupMoto; a clear error when the global set-up is not wired. */
export function motoEndpoint(): string {
  const fromEnv = process.env[MOTO_ENDPOINT_VARIABLE];
  if (fromEnv !== undefined && fromEnv !== '') return fromEnv;
  let provided: string | undefined;
  try {
    provided = inject('motoEndpoint');
  } catch {
    provided = undefined;
  }
  if (provided !== undefined && provided !== '') return provided;
  throw new Error('No moto endpoint: add setupMoto to the globalSetup of vitest.config.ts (see test/support/moto.ts).');
}

/**
 * A vitest global set-up: one moto per test worker, published as a comma-separated list (provide('motoPool')
 * and AWSPS_TEST_MOTO_POOL). Returns the teardown that stops them.
 */
export async function setupMotoPool(workers: number, project?: ProvidingProject): Promise<() => Promise<void>> {
  const servers = await Promise.all(Array.from({ length: Math.max(1, workers) }, () => startMoto()));
  const list = servers.map((s) => s.endpoint).join(',');
  project?.provide('motoPool', list);
  process.env[MOTO_POOL_VARIABLE] = list;
  return async () => {
    delete process.env[MOTO_POOL_VARIABLE];
    await Promise.all(servers.map((s) => s.stop()));
  };
}

function poolEndpoints(): string[] {
  let list = process.env[MOTO_POOL_VARIABLE];
  if (list === undefined || list === '') {
    try {
      list = inject('motoPool');
    } catch {
      list = undefined;
    }
  }
  if (list === undefined || list === '') throw new Error('No moto pool: test/moto-global-setup.ts must be in the globalSetup of vitest.config.ts.');
  return list.split(',');
}

/**
 * This worker's moto, emptied for the calling test file (files of one worker run one after another, so the
 * reset never touches another file's state).
 */
export async function workerMoto(): Promise<{ endpoint: string }> {
  const endpoints = poolEndpoints();
  const worker = Number(process.env.VITEST_POOL_ID ?? '1');
  const endpoint = endpoints[(Number.isInteger(worker) && worker > 0 ? worker - 1 : 0) % endpoints.length];
  await resetMoto(endpoint);
  return { endpoint };
}

/** Forgets every AWS resource moto holds (all services, accounts and regions). */
export async function resetMoto(endpoint: string): Promise<void> {
  const r = await httpRequest('POST', `${endpoint}/moto-api/reset`, 10_000);
  if (r.status !== 200) throw new Error(`Resetting moto at ${endpoint} failed: HTTP ${r.status} ${r.body}`);
}

/**
 * The environment for running an AWS client (the AWS CLI, awsps without --local) against moto: the
 * endpoint, a throw-away identity, and empty credential/config files instead of the real ~/.aws ones.
 * (It is merged over process.env, which must not hold AWS_PROFILE or AWS_SESSION_TOKEN.)
 */
export function motoEnv(endpoint: string): Record<string, string> {
  return {
    AWS_ENDPOINT_URL: endpoint,
    AWS_ACCESS_KEY_ID: 'testing',
    AWS_SECRET_ACCESS_KEY: 'testing',
    AWS_REGION: 'us-east-1',
    AWS_DEFAULT_REGION: 'us-east-1',
    AWS_SHARED_CREDENTIALS_FILE: emptyAwsFile(),
    AWS_CONFIG_FILE: emptyAwsFile(),
    AWS_EC2_METADATA_DISABLED: 'true',
  };
}

let emptyFile: string | undefined;

function emptyAwsFile(): string {
  if (emptyFile === undefined || !fs.existsSync(emptyFile)) {
    emptyFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'awsps-test-aws-')), 'empty');
    fs.writeFileSync(emptyFile, '');
  }
  return emptyFile;
}
