// The process environment of `awsps --local`: every AWS call goes to the local endpoint, signed with a
// throw-away identity, and the user's real ~/.aws files are never read or written (the SDK and the AWS
// CLI are pointed at empty files in a private temporary folder instead).

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { onProcessEnd } from './cleanup.js';

export const LOCAL_REGION = 'us-east-1';
export const LOCAL_ACCESS_KEY_ID = 'testing';
export const LOCAL_SECRET_ACCESS_KEY = 'testing';

/** Variables that would make the SDK take credentials, a profile or an endpoint from somewhere else. */
const FOREIGN_IDENTITY = [
  'AWS_SESSION_TOKEN',
  'AWS_SECURITY_TOKEN',
  'AWS_CREDENTIAL_EXPIRATION',
  'AWS_PROFILE',
  'AWS_DEFAULT_PROFILE',
  'AWS_ROLE_ARN',
  'AWS_ROLE_SESSION_NAME',
  'AWS_WEB_IDENTITY_TOKEN_FILE',
  'AWS_CONTAINER_CREDENTIALS_RELATIVE_URI',
  'AWS_CONTAINER_CREDENTIALS_FULL_URI',
  'AWS_CONTAINER_AUTHORIZATION_TOKEN',
  'AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE',
  'AWS_IGNORE_CONFIGURED_ENDPOINT_URLS',
];

export interface LocalEnvironmentOptions {
  /** Also drop per-service endpoints (AWS_ENDPOINT_URL_S3, ...): true when awsps started the emulator itself. */
  dropServiceEndpoints: boolean;
}

/**
 * Points env at endpoint with a throw-away identity. Returns the private folder holding the empty
 * credentials and config files; it is removed when the process ends.
 */
export function applyLocalAwsEnvironment(env: NodeJS.ProcessEnv, endpoint: string, options: LocalEnvironmentOptions): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'awsps-local-'));
  onProcessEnd(() => fs.rmSync(dir, { recursive: true, force: true }));
  const credentials = path.join(dir, 'credentials');
  const config = path.join(dir, 'config');
  fs.writeFileSync(credentials, '', { mode: 0o600 });
  fs.writeFileSync(config, '', { mode: 0o600 });

  for (const name of FOREIGN_IDENTITY) delete env[name];
  if (options.dropServiceEndpoints) {
    for (const name of Object.keys(env)) if (name.startsWith('AWS_ENDPOINT_URL_')) delete env[name];
  }
  env.AWS_ENDPOINT_URL = endpoint;
  env.AWS_ACCESS_KEY_ID = LOCAL_ACCESS_KEY_ID;
  env.AWS_SECRET_ACCESS_KEY = LOCAL_SECRET_ACCESS_KEY;
  env.AWS_REGION = LOCAL_REGION;
  env.AWS_DEFAULT_REGION = LOCAL_REGION;
  env.AWS_SHARED_CREDENTIALS_FILE = credentials;
  env.AWS_CONFIG_FILE = config;
  // No instance-metadata look-ups (they wait for a time-out outside EC2).
  env.AWS_EC2_METADATA_DISABLED = 'true';
  return dir;
}
