// Test helpers for the local AWS emulator (moto_server, see src/local/moto.ts). Every AWS test talks
// to a real moto over real HTTP.
//
// One moto per test run (it starts in about 0.6 s here): wire setupMoto as a vitest global set-up,
// next to the existing one, in vitest.config.ts:
//
//   // test/moto-global-setup.ts
//   export { setupMoto as default } from './support/moto.js';
//
//   // vitest.config.ts
//   globalSetup: ['test/global-setup.ts', 'test/moto-global-setup.ts'],
//
// A test file then reads the endpoint with motoEndpoint() and clears moto between tests:
//
//   beforeEach(() => resetMoto(motoEndpoint()));
//
// Mind that the one server is shared by test files running in parallel: resetMoto wipes the state of
// all of them. Files that reset must therefore not rely on state across tests of another file, or
// must give their resources unique names and not reset; a file that needs a private emulator can
// start one with startMoto() (from src/local/moto.ts) in beforeAll and stop() it in afterAll.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { inject } from 'vitest';
import { startMoto } from '../../src/local/moto.js';
import { httpRequest } from '../../src/local/http-request.js';

/** The environment variable that also carries the endpoint (to child processes and to workers). */
export const MOTO_ENDPOINT_VARIABLE = 'AWSPS_TEST_MOTO_ENDPOINT';

declare module 'vitest' {
  export interface ProvidedContext {
    motoEndpoint: string;
  }
}

/** What setupMoto needs of vitest's TestProject (given to a global set-up function). */
export interface ProvidingProject {
  provide(key: 'motoEndpoint', value: string): void;
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
