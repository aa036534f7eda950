// The world of an SSO end-to-end test: a private moto, the test IAM Identity Center (whose role credentials
// moto's STS issues, recorded so tests can search output for them), a throw-away home directory (token cache)
// and config/credentials files, and this process's environment pointing the SDK at all of them.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { startMoto, type MotoServer } from '../../../src/local/moto.js';
import { isolatedAwsHome } from '../../support/isolated-aws-home.js';
import { motoStsIssuer, startSsoServer, type RoleCredentials, type SsoServer, type SsoServerOptions } from '../../support/sso-server/index.js';

export interface SsoWorld {
  readonly moto: MotoServer;
  readonly server: SsoServer;
  readonly home: string;
  readonly configFile: string;
  readonly credentialsFile: string;
  /** Every role credential the portal handed out. */
  readonly issued: RoleCredentials[];
  /** The environment a child process (python, aws) needs to see the same world. */
  childEnv(): Record<string, string>;
  stop(): Promise<void>;
}

export async function startSsoWorld(options: SsoServerOptions = {}): Promise<SsoWorld> {
  const moto = await startMoto();
  const issued: RoleCredentials[] = [];
  const mint = motoStsIssuer(moto.endpoint);
  const server = await startSsoServer({
    ...options,
    issueCredentials: async (request) => {
      const c = await mint(request);
      issued.push(c);
      return c;
    },
  });
  const aws = isolatedAwsHome('awsps-sso-home-', {
    AWS_ENDPOINT_URL: moto.endpoint,
    AWS_ENDPOINT_URL_SSO: server.endpoint,
    AWS_ENDPOINT_URL_SSO_OIDC: server.endpoint,
  });
  return {
    moto,
    server,
    home: aws.home,
    configFile: aws.configFile,
    credentialsFile: aws.credentialsFile,
    issued,
    childEnv: aws.childEnv,
    async stop() {
      await server.stop();
      await moto.stop();
      aws.remove();
    },
  };
}

/** Every secret the world has seen: tokens and client secrets in the cache, and the issued keys. */
export function secretsOf(world: SsoWorld): string[] {
  const secrets: string[] = [];
  const dir = path.join(world.home, '.aws', 'sso', 'cache');
  if (fs.existsSync(dir)) {
    for (const name of fs.readdirSync(dir)) {
      const o = JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8')) as Record<string, unknown>;
      for (const key of ['accessToken', 'refreshToken', 'clientSecret']) if (typeof o[key] === 'string') secrets.push(o[key] as string);
    }
  }
  for (const token of world.server.oidc.tokens.values()) secrets.push(token.accessToken, token.refreshToken);
  for (const client of world.server.oidc.clients.values()) secrets.push(client.clientSecret);
  for (const c of world.issued) secrets.push(c.secretAccessKey, c.sessionToken);
  return secrets;
}
