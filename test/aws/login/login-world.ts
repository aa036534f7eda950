// The world of a login end-to-end test: a private moto, the test AWS Sign-in service (whose session credentials
// moto's STS issues), a throw-away home directory (login token cache) with empty config and credentials files,
// and this process's environment pointing the SDK at all of them (AWS_ENDPOINT_URL_SIGNIN for sign-in,
// AWS_ENDPOINT_URL for everything else).

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { startMoto, type MotoServer } from '../../../src/local/moto.js';
import { clearCredentialCache } from '../../../src/aws/clients/credentials.js';
import { motoSessionIssuer, startSigninServer, type SigninServer, type SigninServerOptions } from '../../support/signin-server/index.js';

export interface LoginWorld {
  readonly moto: MotoServer;
  readonly server: SigninServer;
  readonly home: string;
  readonly configFile: string;
  readonly credentialsFile: string;
  readonly cacheDir: string;
  /** The environment a child process (awsps) needs to see the same world. */
  childEnv(): Record<string, string>;
  stop(): Promise<void>;
}

export async function startLoginWorld(options: SigninServerOptions = {}): Promise<LoginWorld> {
  const moto = await startMoto();
  const server = await startSigninServer({ issueCredentials: motoSessionIssuer(moto.endpoint), ...options });
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'awsps-login-home-'));
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
    AWS_ENDPOINT_URL: moto.endpoint,
    AWS_ENDPOINT_URL_SIGNIN: server.endpoint,
    AWS_REGION: 'us-east-1',
    AWS_DEFAULT_REGION: 'us-east-1',
    AWS_EC2_METADATA_DISABLED: 'true',
  };
  for (const key of Object.keys(process.env)) if (key.startsWith('AWS_')) delete process.env[key];
  Object.assign(process.env, env);
  clearCredentialCache();
  return {
    moto,
    server,
    home,
    configFile,
    credentialsFile,
    cacheDir: path.join(home, '.aws', 'login', 'cache'),
    childEnv: () => ({ ...env }),
    async stop() {
      await server.stop();
      await moto.stop();
      fs.rmSync(home, { recursive: true, force: true });
    },
  };
}
