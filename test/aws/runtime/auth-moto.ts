// A private moto in IAM authentication mode (INITIAL_NO_AUTH_ACTION_COUNT): the first requests are free, which
// is just enough to create an IAM user with an allow-all policy and an access key through the AWS CLI; from
// then on moto checks every request's SigV4 signature against that user's secret.

import { execFileSync } from 'node:child_process';
import { startMoto, type MotoServer } from '../../../src/local/moto.js';

/** create-user, put-user-policy, create-access-key: the requests moto lets through unsigned. */
const SETUP_REQUESTS = 3;

export interface AuthMoto {
  readonly server: MotoServer;
  readonly endpoint: string;
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly userArn: string;
}

function iam(endpoint: string, args: string[]): string {
  return execFileSync('aws', ['--endpoint-url', endpoint, '--output', 'json', 'iam', ...args], {
    encoding: 'utf8',
    env: awsCliEnv(),
  });
}

/** The machine's environment without any AWS setting, plus throw-away keys (moto ignores them while unauthenticated). */
function awsCliEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith('AWS_')) env[k] = v;
  return { ...env, AWS_ACCESS_KEY_ID: 'testing', AWS_SECRET_ACCESS_KEY: 'testing', AWS_DEFAULT_REGION: 'us-east-1', AWS_SHARED_CREDENTIALS_FILE: '/dev/null', AWS_CONFIG_FILE: '/dev/null' };
}

interface AccessKeyOutput {
  AccessKey: { AccessKeyId: string; SecretAccessKey: string };
}

/** Starts the authenticating moto and creates the user `alice` whose keys sign the tests' requests. */
export async function startAuthMoto(): Promise<AuthMoto> {
  const server = await startMoto({ env: { ...process.env, INITIAL_NO_AUTH_ACTION_COUNT: String(SETUP_REQUESTS) } });
  const endpoint = server.endpoint;
  iam(endpoint, ['create-user', '--user-name', 'alice']);
  iam(endpoint, [
    'put-user-policy',
    '--user-name',
    'alice',
    '--policy-name',
    'everything',
    '--policy-document',
    JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] }),
  ]);
  const key = (JSON.parse(iam(endpoint, ['create-access-key', '--user-name', 'alice'])) as AccessKeyOutput).AccessKey;
  return { server, endpoint, accessKeyId: key.AccessKeyId, secretAccessKey: key.SecretAccessKey, userArn: 'arn:aws:iam::123456789012:user/alice' };
}
