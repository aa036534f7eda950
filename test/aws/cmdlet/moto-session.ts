// The worker's moto (emptied for this file, see test/support/moto.ts) for one test file of AWS cmdlets run
// in-process: testing keys and us-east-1 in an isolated environment, clients and credentials forgotten
// afterwards, $AWSHistory emptied before each test.

import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { workerMoto } from '../../support/moto.js';
import { clearClientCache, clearCredentialCache } from '../../../src/aws/clients/index.js';
import { awsHistoryState } from '../../../src/aws/history/session-history.js';
import { awsCmdlets } from '../../../cmdlets/aws/index.js';
import type { CommandDefinition } from '../../../src/pipeline/types.js';
import { createTestEngine } from '../../helpers/engine.js';
import { isolateAwsEnv, type AwsTestEnv } from '../clients/aws-env.js';

export interface MotoSession {
  /** The worker's moto (set once beforeAll has run). */
  readonly moto: { readonly endpoint: string };
  /** The AWS CLI against this moto, JSON output. */
  awsCli(args: string[]): string;
  /** An engine with the AWS cmdlets (and any extra ones) registered. */
  newEngine(extra?: CommandDefinition[]): ReturnType<typeof createTestEngine>;
}

/** Registers the hooks; with `endpointEnv: false` no AWS_ENDPOINT_URL is set (the test supplies the endpoint). */
export function useMotoSession(options: { endpointEnv?: boolean; setup?: (session: MotoSession) => void } = {}): MotoSession {
  let moto: { readonly endpoint: string } | undefined;
  let env: AwsTestEnv | undefined;
  const session: MotoSession = {
    get moto(): { readonly endpoint: string } {
      if (!moto) throw new Error('moto is not running yet (use the session inside tests or hooks)');
      return moto;
    },
    awsCli: (args) => execFileSync('aws', ['--endpoint-url', session.moto.endpoint, '--output', 'json', ...args], { encoding: 'utf8', env: process.env }),
    newEngine: (extra = []) => {
      const t = createTestEngine();
      t.engine.registerCommands([...awsCmdlets, ...extra]);
      return t;
    },
  };
  beforeAll(async () => {
    env = isolateAwsEnv();
    moto = await workerMoto();
    if (options.endpointEnv !== false) process.env.AWS_ENDPOINT_URL = moto.endpoint;
    process.env.AWS_ACCESS_KEY_ID = 'testing';
    process.env.AWS_SECRET_ACCESS_KEY = 'testing';
    process.env.AWS_REGION = 'us-east-1';
    options.setup?.(session);
  });
  afterAll(async () => {
    await clearClientCache();
    clearCredentialCache();
    env?.restore();
  });
  beforeEach(() => {
    awsHistoryState().reset();
    awsHistoryState().clear();
  });
  return session;
}
