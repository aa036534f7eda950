// Gives a test file a clean AWS environment: temp credentials/config files, no credentials or endpoint
// variables from the machine, the metadata service disabled. Everything is restored afterwards.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const VARIABLES = [
  'AWS_ACCESS_KEY_ID',
  'AWS_SECRET_ACCESS_KEY',
  'AWS_SESSION_TOKEN',
  'AWS_PROFILE',
  'AWS_DEFAULT_PROFILE',
  'AWS_REGION',
  'AWS_DEFAULT_REGION',
  'AWS_ENDPOINT_URL',
  'AWS_ENDPOINT_URL_S3',
  'AWS_ENDPOINT_URL_STS',
  'AWS_SHARED_CREDENTIALS_FILE',
  'AWS_CONFIG_FILE',
  'AWS_EC2_METADATA_DISABLED',
  'AWS_EC2_METADATA_SERVICE_ENDPOINT',
  'AWS_CONTAINER_CREDENTIALS_RELATIVE_URI',
  'AWS_CONTAINER_CREDENTIALS_FULL_URI',
  'AWS_WEB_IDENTITY_TOKEN_FILE',
  'AWS_ROLE_ARN',
];

export interface AwsTestEnv {
  dir: string;
  credentialsFile: string;
  configFile: string;
  restore(): void;
}

export function isolateAwsEnv(): AwsTestEnv {
  const saved = new Map(VARIABLES.map((v) => [v, process.env[v]]));
  for (const v of VARIABLES) delete process.env[v];
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'awsps-clients-'));
  const credentialsFile = path.join(dir, 'credentials');
  const configFile = path.join(dir, 'config');
  fs.writeFileSync(credentialsFile, '');
  fs.writeFileSync(configFile, '');
  process.env.AWS_SHARED_CREDENTIALS_FILE = credentialsFile;
  process.env.AWS_CONFIG_FILE = configFile;
  process.env.AWS_EC2_METADATA_DISABLED = 'true';
  return {
    dir,
    credentialsFile,
    configFile,
    restore() {
      for (const [k, v] of saved) {
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
