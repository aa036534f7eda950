// The world of an SSO end-to-end test: a private moto, the test IAM Identity Center (whose role credentials
// moto's STS issues, recorded so tests can search output for them), a throw-away home directory (token cache)
// and config/credentials files, and this process's environment pointing the SDK at all of them.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { startMoto, type MotoServer } from '../../../src/local/moto.js';
import { clearCredentialCache } from '../../../src/aws/clients/credentials.js';
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
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'awsps-sso-home-'));
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
    AWS_ENDPOINT_URL_SSO: server.endpoint,
    AWS_ENDPOINT_URL_SSO_OIDC: server.endpoint,
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
    issued,
    childEnv: () => ({ ...env }),
    async stop() {
      await server.stop();
      await moto.stop();
      fs.rmSync(home, { recursive: true, force: true });
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
