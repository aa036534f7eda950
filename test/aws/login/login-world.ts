// The world of a login end-to-end test: a private moto, the test AWS Sign-in service (whose session credentials
// moto's STS issues), a throw-away home directory (login token cache) with empty config and credentials files,
// and this process's environment pointing the SDK at all of them (AWS_ENDPOINT_URL_SIGNIN for sign-in,
// AWS_ENDPOINT_URL for everything else).

import * as path from 'node:path';
import { startMoto, type MotoServer } from '../../../src/local/moto.js';
import { isolatedAwsHome } from '../../support/isolated-aws-home.js';
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
  const aws = isolatedAwsHome('awsps-login-home-', { AWS_ENDPOINT_URL: moto.endpoint, AWS_ENDPOINT_URL_SIGNIN: server.endpoint });
  return {
    moto,
    server,
    home: aws.home,
    configFile: aws.configFile,
    credentialsFile: aws.credentialsFile,
    cacheDir: path.join(aws.home, '.aws', 'login', 'cache'),
    childEnv: aws.childEnv,
    async stop() {
      await server.stop();
      await moto.stop();
      aws.remove();
    },
  };
}
