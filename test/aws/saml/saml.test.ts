// SAML federation end to end with the test identity provider and moto: Set-AWSSamlEndpoint stores the endpoint,
// Set-AWSSamlRoleProfile signs in (Basic, or the provider's sign-in form), offers the "Select Role" choice when
// the assertion grants several roles, stores one or all role profiles; a role profile then assumes its role
// with AssumeRoleWithSAML on moto and signs real calls, signing in again when the credentials near expiry.
// Windows-integrated authentication fails clearly; no password or assertion shows anywhere.
// moto's AssumeRoleWithSAML reads the role from the assertion's first Role value and files the session under
// its default account: the users whose credentials are used have one role, in account 123456789012.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMoto, type MotoServer } from '../../../src/local/moto.js';
import { startSamlIdp, type SamlIdp } from '../../support/saml-idp/index.js';
import { forgetResolvedCredentials } from '../../../cmdlets/common/sso/forget-credentials.js';
import { createPromptingShell, type PromptingShell } from '../../support/prompting-shell.js';

const ALICE_PASSWORD = 'Al1ce-Secret-Pw!';
const BOB_PASSWORD = 'B0b-Secret-Pw!';
const PRINCIPAL = 'arn:aws:iam::123456789012:saml-provider/ADFS';
const DEV = 'arn:aws:iam::123456789012:role/ADFS-Dev';
const PROD = 'arn:aws:iam::123456789012:role/ADFS-Production';

let moto: MotoServer;
let basicIdp: SamlIdp;
let formIdp: SamlIdp;
let home: string;
let configFile: string;
let shell: PromptingShell;
let interactive: PromptingShell;

beforeAll(async () => {
  moto = await startMoto();
  const users = {
    alice: { password: ALICE_PASSWORD, roles: [{ roleArn: DEV, principalArn: PRINCIPAL }, { roleArn: PROD, principalArn: PRINCIPAL }] },
    bob: { password: BOB_PASSWORD, roles: [{ roleArn: DEV, principalArn: PRINCIPAL }] },
  };
  // Two-minute credentials: inside the refresh window, so every use signs in again (what expiry causes).
  basicIdp = await startSamlIdp({ mode: 'basic', users, sessionDurationSeconds: 120 });
  formIdp = await startSamlIdp({ mode: 'form', users });
  home = fs.mkdtempSync(path.join(os.tmpdir(), 'awsps-saml-home-'));
  fs.mkdirSync(path.join(home, '.aws'));
  configFile = path.join(home, '.aws', 'config');
  fs.writeFileSync(configFile, '[default]\nregion = us-east-1\n');
  for (const key of Object.keys(process.env)) if (key.startsWith('AWS_')) delete process.env[key];
  Object.assign(process.env, {
    HOME: home,
    AWS_CONFIG_FILE: configFile,
    AWS_SHARED_CREDENTIALS_FILE: path.join(home, '.aws', 'credentials'),
    AWS_ENDPOINT_URL: moto.endpoint,
    AWS_REGION: 'us-east-1',
    AWS_EC2_METADATA_DISABLED: 'true',
  });
  await forgetResolvedCredentials();
  shell = createPromptingShell();
  interactive = createPromptingShell({ interactive: true });
});

afterAll(async () => {
  await basicIdp?.stop();
  await formIdp?.stop();
  await moto?.stop();
  if (home) fs.rmSync(home, { recursive: true, force: true });
});

const cred = (user: string, password: string) => `([pscustomobject]@{ UserName = '${user}'; Password = '${password}' })`;

describe('Set-AWSSamlEndpoint', () => {
  it('stores the endpoint and returns its name; Kerberos is the default authentication type', async () => {
    const r = await shell.run(`$epName = Set-AWSSamlEndpoint -Endpoint '${basicIdp.endpoint}' -StoreAs ADFS-Demo -AuthenticationType Basic; $epName`);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('ADFS-Demo\n');
    await shell.run(`Set-AWSSamlEndpoint -Endpoint '${formIdp.endpoint}' -StoreAs ADFS-Forms -AuthenticationType basic | Out-Null`);
    await shell.run(`Set-AWSSamlEndpoint -Endpoint '${basicIdp.endpoint}' -StoreAs ADFS-Kerberos | Out-Null`);
    expect(fs.readFileSync(path.join(home, '.aws', 'awsps', 'saml_endpoints'), 'utf8')).toBe(
      `[ADFS-Demo]\nendpoint=${basicIdp.endpoint}\nauthentication_type=Basic\n\n[ADFS-Forms]\nendpoint=${formIdp.endpoint}\nauthentication_type=Basic\n\n[ADFS-Kerberos]\nendpoint=${basicIdp.endpoint}\nauthentication_type=Kerberos\n`,
    );
    const bad = await shell.run(`Set-AWSSamlEndpoint -Endpoint '${basicIdp.endpoint}' -StoreAs X -AuthenticationType Form`);
    expect(bad.stderr).toContain("'Form' is not a valid authentication type. Valid values are: Basic, Digest, Kerberos, Negotiate, NTLM.");
  });
});

describe('Set-AWSSamlRoleProfile', () => {
  it('prompts "Select Role" when the assertion grants several roles and stores the chosen one', async () => {
    interactive.answer('?', '2');
    const r = await interactive.run(`Set-AWSSamlRoleProfile -EndpointName ADFS-Demo -NetworkCredential ${cred('alice', ALICE_PASSWORD)} -StoreAs SAMLDemoProfile`);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('\nSelect Role\nSelect the role to be assumed when this profile is active\n');
    expect(r.stdout).toContain(`1 - ADFS-Dev - ${DEV} (${PRINCIPAL})\n2 - ADFS-Production - ${PROD} (${PRINCIPAL})\n`);
    expect(r.stdout.endsWith('SAMLDemoProfile\n')).toBe(true);
    expect(interactive.prompts.map((p) => p.prompt)).toEqual(Array(2).fill('[1] 1 - ADFS-Dev  [2] 2 - ADFS-Production  [?] Help (default is "1"): '));
    expect(fs.readFileSync(configFile, 'utf8')).toContain(
      `[profile SAMLDemoProfile]\nsaml_endpoint_name = ADFS-Demo\nsaml_role_arn = ${PROD}\nsaml_principal_arn = ${PRINCIPAL}\nsaml_user_identity = alice\n`,
    );
  });

  it('takes a granted -RoleARN without asking, and stores every role with -StoreAllRoles', async () => {
    const r = await shell.run(`'ADFS-Demo' | Set-AWSSamlRoleProfile -NetworkCredential ${cred('alice', ALICE_PASSWORD)} -PrincipalARN '${PRINCIPAL}' -RoleARN '${DEV}' -StoreAs SAMLDemoProfile1`);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('SAMLDemoProfile1\n');
    const all = await shell.run(`Set-AWSSamlRoleProfile -EndpointName ADFS-Demo -NetworkCredential ${cred('alice', ALICE_PASSWORD)} -StoreAllRoles`);
    expect(all.stdout).toBe('ADFS-Dev\nADFS-Production\n');
    expect(fs.readFileSync(configFile, 'utf8')).toContain(`[profile ADFS-Production]\nsaml_endpoint_name = ADFS-Demo\nsaml_role_arn = ${PROD}\n`);
  });

  it('cannot choose for the user when the shell cannot prompt', async () => {
    const r = await shell.run(`Set-AWSSamlRoleProfile -EndpointName ADFS-Demo -NetworkCredential ${cred('alice', ALICE_PASSWORD)} -StoreAs Nope`);
    expect(r.stderr).toContain('The SAML assertion grants 2 roles and the shell cannot prompt for a choice (non-interactive). Pass -RoleARN (and -PrincipalARN) or -StoreAllRoles.');
  });

  it('reports a refused sign-in, Windows-integrated authentication and unknown endpoints clearly', async () => {
    const wrong = await shell.run(`Set-AWSSamlRoleProfile -EndpointName ADFS-Demo -NetworkCredential ${cred('alice', 'not-the-password')} -StoreAllRoles`);
    expect(wrong.stderr).toContain("rejected the credentials of 'alice' (HTTP 401).");
    const wrongForm = await shell.run(`Set-AWSSamlRoleProfile -EndpointName ADFS-Forms -NetworkCredential ${cred('alice', 'not-the-password')} -StoreAllRoles`);
    expect(wrongForm.stderr).toContain("rejected the credentials of 'alice' (it showed its sign-in form again).");
    const kerberos = await shell.run('Set-AWSSamlRoleProfile -EndpointName ADFS-Kerberos -StoreAllRoles');
    expect(kerberos.stderr).toContain(
      "The SAML endpoint 'ADFS-Kerberos' uses Kerberos authentication, which is Windows-integrated authentication and is not supported on this platform.",
    );
    const unknown = await shell.run('Set-AWSSamlRoleProfile -EndpointName Nowhere -StoreAllRoles');
    expect(unknown.stderr).toContain("The SAML endpoint 'Nowhere' is not defined. Run Set-AWSSamlEndpoint -StoreAs Nowhere first.");
  });
});

describe('using SAML role profiles', () => {
  it('assumes the role with AssumeRoleWithSAML on moto and signs calls, signing in again as the credentials near expiry', async () => {
    const stored = await shell.run(`Set-AWSSamlRoleProfile -EndpointName ADFS-Demo -NetworkCredential ${cred('bob', BOB_PASSWORD)} -StoreAs BobDev`);
    expect(stored.stdout).toBe('BobDev\n');
    const before = basicIdp.signIns.length;
    const who = await shell.run("(Get-STSCallerIdentity -ProfileName BobDev).Arn; New-S3Bucket -BucketName saml-bucket -ProfileName BobDev | Out-Null; (Get-S3Bucket -ProfileName BobDev).BucketName");
    expect(who.stderr).toBe('');
    expect(who.stdout).toBe('arn:aws:sts::123456789012:assumed-role/ADFS-Dev/bob\nsaml-bucket\n');
    expect(basicIdp.signIns.length).toBeGreaterThan(before + 1);
    const viaShell = await shell.run('Set-AWSCredential -ProfileName BobDev; (Get-STSCallerIdentity).Arn; Clear-AWSCredential');
    expect(viaShell.stdout).toBe('arn:aws:sts::123456789012:assumed-role/ADFS-Dev/bob\n');
  });

  it('signs in through the provider\'s form', async () => {
    const stored = await shell.run(`Set-AWSSamlRoleProfile -EndpointName ADFS-Forms -NetworkCredential ${cred('bob', BOB_PASSWORD)} -StoreAs BobForms`);
    expect(stored.stderr).toBe('');
    const who = await shell.run('(Get-STSCallerIdentity -ProfileName BobForms).Arn');
    expect(who.stdout).toBe('arn:aws:sts::123456789012:assumed-role/ADFS-Dev/bob\n');
    expect(formIdp.signIns).toContain('bob');
  });

  it('says how to give the password when the session has none for the profile and cannot prompt', async () => {
    const fresh = fs.readFileSync(configFile, 'utf8').replace('saml_user_identity = bob', 'saml_user_identity = carol');
    fs.writeFileSync(configFile, fresh);
    await forgetResolvedCredentials();
    const r = await shell.run('Get-STSCallerIdentity -ProfileName BobDev');
    expect(r.stderr).toContain(
      "The role profile 'BobDev' needs the password of 'carol' for the SAML endpoint 'ADFS-Demo' to sign in again, and the shell cannot prompt for it (non-interactive).",
    );
  });

  it('never shows a password or assertion', () => {
    const everything = shell.transcript() + interactive.transcript();
    for (const secret of [ALICE_PASSWORD, BOB_PASSWORD]) expect(everything.includes(secret)).toBe(false);
    expect(everything).not.toMatch(/PHNhbWxwOlJlc3BvbnNl/);
  });
});
