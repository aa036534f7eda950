// IAM Identity Center from the shell, end to end: Initialize-AWSSSOConfiguration writes the profile and
// sso-session the seeds show and logs in through the test server (the "user" approves with an HTTP POST of
// the code printed on the console to the printed URL); the SSO profile then signs real calls on moto with
// credentials moto's STS issued; the already-logged-in path, refresh, expiry, logout, the legacy profile
// style, the error cases; and no token, secret or key appears in any output or in $AWSHistory.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_START_URL, approveDevice, reservedRoleName } from '../../support/sso-server/index.js';
import { forgetResolvedCredentials } from '../../../cmdlets/common/sso/forget-credentials.js';
import { tokenCachePath } from '../../../src/aws/sso/token-cache.js';
import { createPromptingShell, type PromptingShell } from '../../support/prompting-shell.js';
import { secretsOf, startSsoWorld, type SsoWorld } from './sso-env.js';

let world: SsoWorld;
let shell: PromptingShell;

beforeAll(async () => {
  world = await startSsoWorld();
  shell = createPromptingShell();
});

afterAll(async () => {
  await world?.stop();
});

const SESSION_FILE = () => tokenCachePath(DEFAULT_START_URL, 'my-sso-session');

/** Runs a command that logs in, acting as the user: reads the URL and code off the console and approves them. */
async function runWithApproval(script: string, options: { deny?: boolean } = {}) {
  const running = shell.run(script);
  const m = await shell.waitFor(/(https?:\/\/\S+)\s+Then enter the code:\s+([A-Z]{4}-[A-Z]{4})\n/);
  expect(await approveDevice(m[1]!, m[2]!, { deny: options.deny === true })).toBe(200);
  return running;
}

function cacheJson(file: string): Record<string, unknown> {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
}

describe('Initialize-AWSSSOConfiguration and Invoke-AWSSSOLogin', () => {
  it('writes the profile and sso-session, logs in through the verification URL, and caches the token', async () => {
    fs.writeFileSync(world.configFile, '# my settings\n[default]\nregion = us-east-1\n');
    const r = await runWithApproval(
      "$params = @{ ProfileName = 'my-sso-profile'; AccountId = '111122223333'; RoleName = 'SamplePermissionSet'; SessionName = 'my-sso-session'; StartUrl = 'https://provided-domain.awsapps.com/start'; SSORegion = 'us-west-2'; RegistrationScopes = 'sso:account:access' }; Initialize-AWSSSOConfiguration @params",
    );
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('Open the following URL in a browser on any device to authorize this request:');
    expect(r.stdout).toContain('Successfully logged into Start URL: https://provided-domain.awsapps.com/start');
    expect(fs.readFileSync(world.configFile, 'utf8')).toBe(
      '# my settings\n[default]\nregion = us-east-1\n\n' +
        '[sso-session my-sso-session]\nsso_region = us-west-2\nsso_registration_scopes = sso:account:access\nsso_start_url = https://provided-domain.awsapps.com/start\n\n' +
        '[profile my-sso-profile]\nsso_account_id = 111122223333\nsso_role_name = SamplePermissionSet\nsso_session = my-sso-session\n',
    );
    const token = cacheJson(SESSION_FILE());
    expect(Object.keys(token).sort()).toEqual(['accessToken', 'clientId', 'clientSecret', 'expiresAt', 'refreshToken', 'region', 'registrationExpiresAt', 'startUrl']);
    expect(token).toMatchObject({ startUrl: DEFAULT_START_URL, region: 'us-west-2' });
    expect(token.expiresAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(fs.statSync(SESSION_FILE()).mode & 0o777).toBe(0o600);
    // The registration was requested with the session's scopes.
    expect([...world.server.oidc.clients.values()].at(-1)?.scopes).toEqual(['sso:account:access']);
  });

  it('resolves the SSO profile to the permission set and signs S3 calls on moto with its credentials', async () => {
    const who = await shell.run('$id = Get-STSCallerIdentity -ProfileName my-sso-profile; $id.Account; $id.Arn');
    expect(who.stderr).toBe('');
    expect(who.stdout).toBe(`111122223333\narn:aws:sts::111122223333:assumed-role/${reservedRoleName('SamplePermissionSet')}/user@example.com\n`);
    const s3 = await shell.run("New-S3Bucket -BucketName sso-bucket -ProfileName my-sso-profile | Out-Null; (Get-S3Bucket -ProfileName my-sso-profile).BucketName");
    expect(s3.stderr).toBe('');
    expect(s3.stdout).toBe('sso-bucket\n');
    // The role credentials are cached: one GetRoleCredentials for all those calls.
    expect(world.server.portal.issued).toHaveLength(1);
    // Set-AWSCredential with the SSO profile makes it the shell's credentials.
    const shellCreds = await shell.run('Set-AWSCredential -ProfileName my-sso-profile; (Get-STSCallerIdentity).Account; Clear-AWSCredential');
    expect(shellCreds.stderr).toBe('');
    expect(shellCreds.stdout).toBe('111122223333\n');
  });

  it('says the user is already logged in when the cached token is valid', async () => {
    const before = world.server.oidc.devices.size;
    const r = await shell.run('Invoke-AWSSSOLogin -ProfileName my-sso-profile');
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe("You are already logged in to the SSO session 'my-sso-session' (https://provided-domain.awsapps.com/start).\n");
    expect(world.server.oidc.devices.size).toBe(before);
  });

  it('refreshes an expired token with its refresh token, and reuses the cached client registration for a new login', async () => {
    const token = cacheJson(SESSION_FILE());
    fs.writeFileSync(SESSION_FILE(), JSON.stringify({ ...token, expiresAt: '2020-01-01T00:00:00Z' }));
    const r = await shell.run('Invoke-AWSSSOLogin -ProfileName my-sso-profile');
    expect(r.stdout).toBe("Refreshed the SSO token of the SSO session 'my-sso-session' (https://provided-domain.awsapps.com/start).\n");
    const refreshed = cacheJson(SESSION_FILE());
    expect(refreshed.accessToken).not.toBe(token.accessToken);
    expect(Date.parse(refreshed.expiresAt as string)).toBeGreaterThan(Date.now());

    // A credential lookup refreshes too (once the role credentials it cached are gone, as in a new shell).
    await forgetResolvedCredentials();
    fs.writeFileSync(SESSION_FILE(), JSON.stringify({ ...refreshed, expiresAt: '2020-01-01T00:00:00Z' }));
    const who = await shell.run('(Get-STSCallerIdentity -ProfileName my-sso-profile -Region us-east-1).Account');
    expect(who.stderr).toBe('');
    expect(world.server.oidc.calls.filter((c) => c.grantType === 'refresh_token' && c.result === 'ok')).toHaveLength(2);

    const clients = world.server.oidc.clients.size;
    const forced = await runWithApproval('Invoke-AWSSSOLogin -ProfileName my-sso-profile -Force');
    expect(forced.stdout).toContain('Successfully logged into Start URL');
    expect(world.server.oidc.clients.size).toBe(clients);
  });

  it('tells the user to run Invoke-AWSSSOLogin when the token expired and cannot be refreshed, or is missing', async () => {
    const token = cacheJson(SESSION_FILE());
    fs.writeFileSync(SESSION_FILE(), JSON.stringify({ ...token, expiresAt: '2020-01-01T00:00:00Z', refreshToken: undefined }));
    // Role credentials already obtained stay usable until they expire: start from a new shell's state.
    await forgetResolvedCredentials();
    const r = await shell.run('Get-S3Bucket -ProfileName my-sso-profile');
    expect(r.stderr).toContain(
      "The SSO session 'my-sso-session' of the profile 'my-sso-profile' has expired. Run Invoke-AWSSSOLogin -ProfileName my-sso-profile to sign in again.",
    );
    fs.unlinkSync(SESSION_FILE());
    await forgetResolvedCredentials();
    const missing = await shell.run('Get-S3Bucket -ProfileName my-sso-profile');
    expect(missing.stderr).toContain(
      "The SSO session 'my-sso-session' of the profile 'my-sso-profile' has no valid token. Run Invoke-AWSSSOLogin -ProfileName my-sso-profile to sign in again.",
    );
  });

  it('fails clearly when the user denies the request', async () => {
    const r = await runWithApproval('Invoke-AWSSSOLogin -ProfileName my-sso-profile', { deny: true });
    expect(r.stderr).toContain('The SSO authorization request was denied.');
    expect(fs.existsSync(SESSION_FILE())).toBe(false);
  });

  it('logs out: the portal session ends and the cached token is removed', async () => {
    await runWithApproval('Invoke-AWSSSOLogin -SessionName my-sso-session');
    const accessToken = cacheJson(SESSION_FILE()).accessToken as string;
    const r = await shell.run('Invoke-AWSSSOLogout -ProfileName my-sso-profile');
    expect(r.stderr).toBe('');
    expect(fs.existsSync(SESSION_FILE())).toBe(false);
    expect(world.server.oidc.liveToken(accessToken)).toBeUndefined();
    // Without -ProfileName every cached token goes, but not the client registration.
    await runWithApproval('Invoke-AWSSSOLogin -ProfileName my-sso-profile');
    await shell.run('Invoke-AWSSSOLogout');
    const left = fs.readdirSync(path.dirname(SESSION_FILE())).map((f) => cacheJson(path.join(path.dirname(SESSION_FILE()), f)));
    expect(left.every((o) => !('accessToken' in o))).toBe(true);
    expect(left.length).toBeGreaterThan(0);
  });

  it('logs in and resolves a legacy profile (sso_start_url in the profile), caching the token by start URL', async () => {
    fs.appendFileSync(
      world.configFile,
      '\n[profile legacy]\nsso_start_url = https://provided-domain.awsapps.com/start\nsso_region = us-west-2\nsso_account_id = 444455556666\nsso_role_name = ReadOnlyAccess\n',
    );
    await runWithApproval('Invoke-AWSSSOLogin legacy');
    const legacyFile = tokenCachePath(DEFAULT_START_URL, null);
    expect(Object.keys(cacheJson(legacyFile)).sort()).toEqual(['accessToken', 'expiresAt', 'region', 'startUrl']);
    const who = await shell.run('(Get-STSCallerIdentity -ProfileName legacy).Arn');
    expect(who.stderr).toBe('');
    expect(who.stdout).toBe(`arn:aws:sts::444455556666:assumed-role/${reservedRoleName('ReadOnlyAccess')}/user@example.com\n`);
  });

  it('reports what is missing', async () => {
    const none = await shell.run('Invoke-AWSSSOLogin');
    expect(none.stderr).toContain('Either ProfileName or SessionName or a default profile with SSO configuration is required.');
    const unknown = await shell.run('Invoke-AWSSSOLogin -ProfileName nosuch');
    expect(unknown.stderr).toContain("The profile 'nosuch' was not found in");
    const notSso = await shell.run('Invoke-AWSSSOLogin -ProfileName default');
    expect(notSso.stderr).toContain("The profile 'default' has no SSO configuration (sso_session or sso_start_url).");
    const noPrompt = await shell.run("Initialize-AWSSSOConfiguration -ProfileName p -SessionName s -StartUrl https://x.awsapps.com/start -SSORegion us-east-1 -AccountId 1");
    expect(noPrompt.stderr).toContain('A value for -RoleName is required and the shell cannot prompt for it (non-interactive). Pass -RoleName.');
  });

  it('never shows a token, client secret or key in any output or in $AWSHistory', async () => {
    await shell.run('$AWSHistory | Format-List * | Out-String -Width 500; $AWSHistory.Commands | ForEach-Object { $_ | Format-List * | Out-String -Width 500 }');
    const everything = shell.transcript();
    const secrets = secretsOf(world);
    expect(secrets.length).toBeGreaterThan(5);
    for (const secret of secrets) expect(everything.includes(secret), 'a secret appeared in the output').toBe(false);
  });
});

describe('Initialize-AWSSSOConfiguration prompts', () => {
  it('asks for every value not given, then logs in', async () => {
    const interactive = createPromptingShell({ interactive: true });
    interactive.answer('prompted', 'prompted-session', 'https://provided-domain.awsapps.com/start', 'us-west-2', '111122223333', 'SamplePermissionSet');
    const running = interactive.run('Initialize-AWSSSOConfiguration');
    const m = await interactive.waitFor(/(https?:\/\/\S+)\s+Then enter the code:\s+([A-Z]{4}-[A-Z]{4})\n/);
    await approveDevice(m[1]!, m[2]!);
    const r = await running;
    expect(r.stderr).toBe('');
    expect(interactive.prompts.map((p) => p.prompt)).toEqual(['Profile name: ', 'SSO session name: ', 'SSO start URL: ', 'SSO region: ', 'AWS account ID: ', 'Role (permission set) name: ']);
    expect(fs.readFileSync(world.configFile, 'utf8')).toContain('[profile prompted]\nsso_account_id = 111122223333\nsso_role_name = SamplePermissionSet\nsso_session = prompted-session\n');
  });
});
