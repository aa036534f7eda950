// The test IAM Identity Center answers like the real service: the SSO-OIDC calls through the JS SDK's own
// client (each error case arrives as the SDK's modeled exception), the portal calls through the AWS CLI
// (botocore, an independent client), approval only through an HTTP POST to the verification URL, and role
// credentials that moto's STS issued, so a signed call with them identifies as the permission set's role.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CreateTokenCommand,
  RegisterClientCommand,
  SSOOIDCClient,
  StartDeviceAuthorizationCommand,
} from '@aws-sdk/client-sso-oidc';
import { startMoto, type MotoServer } from '../../../src/local/moto.js';
import { DEFAULT_START_URL, DEVICE_CODE_GRANT, approveDevice, motoStsIssuer, reservedRoleName, startSsoServer, type SsoServer } from '../../support/sso-server/index.js';
import { runAwsCli } from './processes.js';

let moto: MotoServer;
let server: SsoServer;
let clockOffset = 0;
let oidc: SSOOIDCClient;

beforeAll(async () => {
  moto = await startMoto();
  server = await startSsoServer({ issueCredentials: motoStsIssuer(moto.endpoint), now: () => Date.now() + clockOffset });
  oidc = new SSOOIDCClient({ region: 'us-west-2', endpoint: server.endpoint });
});

afterAll(async () => {
  oidc?.destroy();
  await server?.stop();
  await moto?.stop();
});

async function register(): Promise<{ clientId: string; clientSecret: string }> {
  const r = await oidc.send(new RegisterClientCommand({ clientName: 'test', clientType: 'public', scopes: ['sso:account:access'] }));
  return { clientId: r.clientId!, clientSecret: r.clientSecret! };
}

async function startDevice(client: { clientId: string; clientSecret: string }) {
  return oidc.send(new StartDeviceAuthorizationCommand({ ...client, startUrl: DEFAULT_START_URL }));
}

async function errorOf(p: Promise<unknown>): Promise<{ name: string; error?: unknown; status?: number }> {
  try {
    await p;
  } catch (err) {
    const e = err as { name: string; error?: unknown; $metadata?: { httpStatusCode?: number } };
    return { name: e.name, error: e.error, status: e.$metadata?.httpStatusCode };
  }
  throw new Error('expected the call to fail');
}

describe('SSO-OIDC', () => {
  it('registers a public client with a secret and its expiry', async () => {
    const r = await oidc.send(new RegisterClientCommand({ clientName: 'awsps', clientType: 'public', scopes: ['sso:account:access'] }));
    expect(r.clientId).toMatch(/^cid-/);
    expect(r.clientSecret).toBeTruthy();
    expect(r.clientSecretExpiresAt! - r.clientIdIssuedAt!).toBe(90 * 24 * 3600);
    expect(await errorOf(oidc.send(new RegisterClientCommand({ clientName: 'x', clientType: 'confidential' })))).toMatchObject({
      name: 'InvalidClientMetadataException',
      error: 'invalid_client_metadata',
    });
  });

  it('starts a device authorization with a user code and the verification URL', async () => {
    const d = await startDevice(await register());
    expect(d.userCode).toMatch(/^[A-Z]{4}-[A-Z]{4}$/);
    expect(d.verificationUri).toBe(server.verificationUri);
    expect(d.verificationUriComplete).toBe(`${server.verificationUri}?user_code=${d.userCode}`);
    expect(d.expiresIn).toBe(600);
    expect(d.interval).toBe(1);
    expect(await errorOf(startDevice({ clientId: 'nope', clientSecret: 'nope' }))).toMatchObject({ name: 'InvalidClientException', status: 401 });
    const client = await register();
    expect(await errorOf(oidc.send(new StartDeviceAuthorizationCommand({ ...client, startUrl: 'https://other.awsapps.com/start' })))).toMatchObject({
      name: 'InvalidRequestException',
    });
  });

  it('answers authorization_pending, slow_down, then a token once the user approved at the verification URL', async () => {
    const client = await register();
    const d = await startDevice(client);
    const poll = () => oidc.send(new CreateTokenCommand({ ...client, grantType: DEVICE_CODE_GRANT, deviceCode: d.deviceCode }));
    expect(await errorOf(poll())).toMatchObject({ name: 'AuthorizationPendingException', error: 'authorization_pending', status: 400 });
    // Polling again at once is faster than the interval.
    expect(await errorOf(poll())).toMatchObject({ name: 'SlowDownException', error: 'slow_down' });
    expect(await approveDevice(server.verificationUri, d.userCode!)).toBe(200);
    const token = await poll();
    expect(token.tokenType).toBe('Bearer');
    expect(token.expiresIn).toBe(8 * 3600);
    expect(token.accessToken).toBeTruthy();
    expect(token.refreshToken).toBeTruthy();
    // A device code is redeemed once.
    expect(await errorOf(poll())).toMatchObject({ name: 'InvalidGrantException', error: 'invalid_grant' });
  });

  it('answers access_denied when the user declines, expired_token after the code expires, invalid_grant for an unknown code', async () => {
    const client = await register();
    const denied = await startDevice(client);
    expect(await approveDevice(server.verificationUri, denied.userCode!, { deny: true })).toBe(200);
    expect(await errorOf(oidc.send(new CreateTokenCommand({ ...client, grantType: DEVICE_CODE_GRANT, deviceCode: denied.deviceCode })))).toMatchObject({
      name: 'AccessDeniedException',
      error: 'access_denied',
    });

    const late = await startDevice(client);
    clockOffset = 601_000;
    try {
      expect(await errorOf(oidc.send(new CreateTokenCommand({ ...client, grantType: DEVICE_CODE_GRANT, deviceCode: late.deviceCode })))).toMatchObject({
        name: 'ExpiredTokenException',
        error: 'expired_token',
      });
      // Nor can the user approve it any more.
      expect(await approveDevice(server.verificationUri, late.userCode!)).toBe(400);
    } finally {
      clockOffset = 0;
    }

    expect(await errorOf(oidc.send(new CreateTokenCommand({ ...client, grantType: DEVICE_CODE_GRANT, deviceCode: 'dc-unknown' })))).toMatchObject({
      name: 'InvalidGrantException',
    });
    expect(await errorOf(oidc.send(new CreateTokenCommand({ ...client, grantType: 'password' })))).toMatchObject({ name: 'UnsupportedGrantTypeException' });
    expect(await errorOf(oidc.send(new CreateTokenCommand({ clientId: client.clientId, clientSecret: 'wrong', grantType: DEVICE_CODE_GRANT, deviceCode: late.deviceCode })))).toMatchObject({
      name: 'InvalidClientException',
    });
  });

  it('refreshes with the refresh token, which is then spent', async () => {
    const client = await register();
    const d = await startDevice(client);
    await approveDevice(server.verificationUri, d.userCode!);
    const first = await oidc.send(new CreateTokenCommand({ ...client, grantType: DEVICE_CODE_GRANT, deviceCode: d.deviceCode }));
    const refreshed = await oidc.send(new CreateTokenCommand({ ...client, grantType: 'refresh_token', refreshToken: first.refreshToken }));
    expect(refreshed.accessToken).not.toBe(first.accessToken);
    expect(refreshed.refreshToken).not.toBe(first.refreshToken);
    expect(await errorOf(oidc.send(new CreateTokenCommand({ ...client, grantType: 'refresh_token', refreshToken: first.refreshToken })))).toMatchObject({
      name: 'InvalidGrantException',
    });
  });
});

describe('access portal (through the AWS CLI)', () => {
  async function login(): Promise<string> {
    const client = await register();
    const d = await startDevice(client);
    await approveDevice(server.verificationUri, d.userCode!, { username: 'jane@example.com' });
    const t = await oidc.send(new CreateTokenCommand({ ...client, grantType: DEVICE_CODE_GRANT, deviceCode: d.deviceCode }));
    return t.accessToken!;
  }

  const env = () => ({ AWS_ENDPOINT_URL_SSO: server.endpoint, AWS_CONFIG_FILE: '/dev/null', AWS_SHARED_CREDENTIALS_FILE: '/dev/null' });
  const cli = async (args: string[], extraEnv: Record<string, string> = {}) => runAwsCli([...args, '--region', 'us-west-2', '--output', 'json'], { ...env(), ...extraEnv });

  it('lists accounts and roles with paging, issues moto credentials, and logs out', async () => {
    const token = await login();
    const accounts = await cli(['sso', 'list-accounts', '--access-token', token, '--page-size', '1']);
    expect(accounts.stderr).toBe('');
    expect(JSON.parse(accounts.stdout).accountList.map((a: { accountName: string }) => a.accountName)).toEqual(['Development', 'Production']);

    const roles = await cli(['sso', 'list-account-roles', '--access-token', token, '--account-id', '111122223333']);
    expect(JSON.parse(roles.stdout).roleList).toEqual([
      { roleName: 'SamplePermissionSet', accountId: '111122223333' },
      { roleName: 'ReadOnlyAccess', accountId: '111122223333' },
    ]);

    const creds = await cli(['sso', 'get-role-credentials', '--access-token', token, '--account-id', '111122223333', '--role-name', 'SamplePermissionSet']);
    const rc = JSON.parse(creds.stdout).roleCredentials as { accessKeyId: string; secretAccessKey: string; sessionToken: string; expiration: number };
    expect(rc.expiration).toBeGreaterThan(Date.now());

    // The keys are moto's: a signed call with them is the permission set's role, in the account, as the user.
    const who = await runAwsCli(['sts', 'get-caller-identity', '--output', 'json'], {
      AWS_ENDPOINT_URL: moto.endpoint,
      AWS_ACCESS_KEY_ID: rc.accessKeyId,
      AWS_SECRET_ACCESS_KEY: rc.secretAccessKey,
      AWS_SESSION_TOKEN: rc.sessionToken,
      AWS_DEFAULT_REGION: 'us-east-1',
      AWS_CONFIG_FILE: '/dev/null',
      AWS_SHARED_CREDENTIALS_FILE: '/dev/null',
    });
    expect(JSON.parse(who.stdout)).toMatchObject({
      Account: '111122223333',
      Arn: `arn:aws:sts::111122223333:assumed-role/${reservedRoleName('SamplePermissionSet')}/jane@example.com`,
    });

    const denied = await cli(['sso', 'get-role-credentials', '--access-token', token, '--account-id', '444455556666', '--role-name', 'SamplePermissionSet']);
    expect(denied.stderr).toContain('ResourceNotFoundException');

    expect((await cli(['sso', 'logout', '--access-token', token])).code).toBe(0);
    const after = await cli(['sso', 'list-accounts', '--access-token', token]);
    expect(after.stderr).toContain('UnauthorizedException');
  });
});
