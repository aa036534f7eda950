// A throw-away home directory with empty ~/.aws/config and ~/.aws/credentials, and this process's environment
// pointed at it and at the given endpoints (every other AWS_ variable removed, the credential cache cleared), for
// end-to-end tests of sign-in flows. childEnv() is the same environment for a child process (awsps, aws, python).

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { clearCredentialCache } from '../../src/aws/clients/credentials.js';

export interface IsolatedAwsHome {
  readonly home: string;
  readonly configFile: string;
  readonly credentialsFile: string;
  childEnv(): Record<string, string>;
  remove(): void;
}

/** `endpoints`: AWS_ENDPOINT_URL and the service-specific AWS_ENDPOINT_URL_<SERVICE> variables to set. */
export function isolatedAwsHome(prefix: string, endpoints: Record<string, string>): IsolatedAwsHome {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  fs.mkdirSync(path.join(home, '.aws'));
  const configFile = path.join(home, '.aws', 'config');
  const credentialsFile = path.join(home, '.aws', 'credentials');
  fs.writeFileSync(configFile, '');
  fs.writeFileSync(credentialsFile, '');
  const env: Record<string, string> = {
    HOME: home,
    USERPROFILE: home,
    AWS_CONFIG_FILE: configFile,
    AWS_SHARED_CREDENTIALS_FILE: credentialsFile,
    ...endpoints,
    AWS_REGION: 'us-east-1',
    AWS_DEFAULT_REGION: 'us-east-1',
    AWS_EC2_METADATA_DISABLED: 'true',
  };
  for (const key of Object.keys(process.env)) if (key.startsWith('AWS_')) delete process.env[key];
  Object.assign(process.env, env);
  clearCredentialCache();
  return {
    home,
    configFile,
    credentialsFile,
    childEnv: () => ({ ...env }),
    remove: () => fs.rmSync(home, { recursive: true, force: true }),
  };
}
