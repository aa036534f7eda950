// A SAML role profile used in a later session (no password in memory): it asks on the terminal, as the AWS
// Tools' credential callback does through PromptForCredential — caption, message, "User: " only when the
// profile stores no user, "Password for user X: " with masked input — signs in at the test identity provider,
// and assumes the role on moto. A refused password is asked again (twice at most); a shell that cannot prompt
// gets an error naming the profile and what to do. No password shows in output, errors, $AWSHistory or files.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startMoto, type MotoServer } from '../../../src/local/moto.js';
import { startSamlIdp, type SamlIdp } from '../../support/saml-idp/index.js';
import { forgetResolvedCredentials } from '../../../cmdlets/common/sso/forget-credentials.js';
import { forgetNetworkCredentials } from '../../../src/aws/saml/saml-session.js';
import { createPromptingShell, type PromptingShell } from '../../support/prompting-shell.js';

const BOB_PASSWORD = 'B0b-Secret-Pw!';
const WRONG_PASSWORDS = ['Wr0ng-Guess-One', 'Wr0ng-Guess-Two', 'Wr0ng-Guess-Three'];
const PRINCIPAL = 'arn:aws:iam::123456789012:saml-provider/ADFS';
const DEV = 'arn:aws:iam::123456789012:role/ADFS-Dev';
const BOB_ARN = 'arn:aws:sts::123456789012:assumed-role/ADFS-Dev/bob\n';
const CAPTION = '\nAuthenticating for AWS Role Credentials\n';
const firstMessage = (profile: string) => `Enter your credentials to authenticate and obtain AWS role credentials for the profile '${profile}'\n`;
const passwordPrompt = (user: string) => ({ prompt: `Password for user ${user}: `, masked: true });

let moto: MotoServer;
let basicIdp: SamlIdp;
let formIdp: SamlIdp;
let home: string;
let configFile: string;
let terminal: PromptingShell;
let script: PromptingShell;
const transcripts: string[] = [];

/** A new shell session: nothing remembered in memory, fresh engines. */
async function newSession(): Promise<void> {
  if (terminal !== undefined) transcripts.push(terminal.transcript(), script.transcript());
  forgetNetworkCredentials();
  await forgetResolvedCredentials();
  terminal = createPromptingShell({ interactive: true });
  script = createPromptingShell({ interactive: false });
}

beforeAll(async () => {
  moto = await startMoto();
  const users = { bob: { password: BOB_PASSWORD, roles: [{ roleArn: DEV, principalArn: PRINCIPAL }] } };
  // Two-minute credentials: inside the refresh window, so every use signs in again (what expiry causes).
  basicIdp = await startSamlIdp({ mode: 'basic', users, sessionDurationSeconds: 120 });
  formIdp = await startSamlIdp({ mode: 'form', users, sessionDurationSeconds: 120 });
  home = fs.mkdtempSync(path.join(os.tmpdir(), 'awsps-saml-prompt-'));
  fs.mkdirSync(path.join(home, '.aws'));
  configFile = path.join(home, '.aws', 'config');
  // NoUser: a role profile with no stored user identity (the user name is asked too).
  fs.writeFileSync(
    configFile,
    `[default]\nregion = us-east-1\n\n[profile NoUser]\nsaml_endpoint_name = ADFS-Forms\nsaml_role_arn = ${DEV}\nsaml_principal_arn = ${PRINCIPAL}\n`,
  );
  for (const key of Object.keys(process.env)) if (key.startsWith('AWS_')) delete process.env[key];
  Object.assign(process.env, {
    HOME: home,
    AWS_CONFIG_FILE: configFile,
    AWS_SHARED_CREDENTIALS_FILE: path.join(home, '.aws', 'credentials'),
    AWS_ENDPOINT_URL: moto.endpoint,
    AWS_REGION: 'us-east-1',
    AWS_EC2_METADATA_DISABLED: 'true',
  });
  await newSession();
  // The first session: endpoints and a role profile for bob, stored with his password given once.
  const setup = await script.run(
    `Set-AWSSamlEndpoint -Endpoint '${basicIdp.endpoint}' -StoreAs ADFS-Demo -AuthenticationType Basic | Out-Null; ` +
      `Set-AWSSamlEndpoint -Endpoint '${formIdp.endpoint}' -StoreAs ADFS-Forms -AuthenticationType Basic | Out-Null; ` +
      `Set-AWSSamlRoleProfile -EndpointName ADFS-Demo -NetworkCredential ([pscustomobject]@{ UserName = 'bob'; Password = '${BOB_PASSWORD}' }) -StoreAs BobDev`,
  );
  expect(setup.stderr).toBe('');
  expect(setup.stdout).toBe('BobDev\n');
});

beforeEach(newSession);

afterAll(async () => {
  await basicIdp?.stop();
  await formIdp?.stop();
  await moto?.stop();
  if (home) fs.rmSync(home, { recursive: true, force: true });
});

describe('a SAML role profile in a later session', () => {
  it('asks for the stored user\'s password with masked input, then signs in and assumes the role', async () => {
    terminal.answer(BOB_PASSWORD);
    const signInsBefore = basicIdp.signIns.length;
    const r = await terminal.run('(Get-STSCallerIdentity -ProfileName BobDev).Arn');
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(`${CAPTION}${firstMessage('BobDev')}\n${BOB_ARN}`);
    // One prompt, though the two-minute credentials make the call sign in more than once.
    expect(terminal.prompts).toEqual([passwordPrompt('bob')]);
    expect(basicIdp.signIns.length).toBeGreaterThan(signInsBefore);
  });

  it('asks once per session: the next re-authentication uses the password typed, from memory', async () => {
    terminal.answer(BOB_PASSWORD);
    expect((await terminal.run('(Get-STSCallerIdentity -ProfileName BobDev).Arn')).stdout.endsWith(BOB_ARN)).toBe(true);
    const signInsBefore = basicIdp.signIns.length;
    const again = await terminal.run('(Get-STSCallerIdentity -ProfileName BobDev).Arn; New-S3Bucket -BucketName saml-prompt-bucket -ProfileName BobDev | Out-Null');
    expect(again.stderr).toBe('');
    expect(again.stdout).toBe(BOB_ARN);
    expect(terminal.prompts).toEqual([]);
    expect(basicIdp.signIns.length).toBeGreaterThan(signInsBefore);
  });

  it('asks for the user name (again while empty) when the profile stores none, and the password again after a refusal', async () => {
    terminal.answer('', 'bob', WRONG_PASSWORDS[0]!, BOB_PASSWORD);
    const r = await terminal.run('(Get-STSCallerIdentity -ProfileName NoUser).Arn');
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(
      `${CAPTION}${firstMessage('NoUser')}\n${CAPTION}Authentication failed. Enter the password for 'bob' to try again.\n\n${BOB_ARN}`,
    );
    expect(terminal.prompts).toEqual([
      { prompt: 'User: ', masked: false },
      { prompt: 'User: ', masked: false },
      passwordPrompt('bob'),
      passwordPrompt('bob'),
    ]);
    expect(formIdp.signIns.at(-1)).toBe('bob');
  });

  it('gives up after the third refused password with the identity provider\'s refusal', async () => {
    terminal.answer(...WRONG_PASSWORDS);
    const r = await terminal.run('Get-STSCallerIdentity -ProfileName BobDev');
    expect(r.stderr).toContain("rejected the credentials of 'bob' (HTTP 401).");
    expect(terminal.prompts).toEqual([passwordPrompt('bob'), passwordPrompt('bob'), passwordPrompt('bob')]);
    expect(r.stdout.split("Authentication failed. Enter the password for 'bob' to try again.").length).toBe(3);
    // Nothing was remembered: the next use asks again.
    terminal.answer(BOB_PASSWORD);
    expect((await terminal.run('(Get-STSCallerIdentity -ProfileName BobDev).Arn')).stdout.endsWith(BOB_ARN)).toBe(true);
    expect(terminal.prompts).toEqual([passwordPrompt('bob')]);
  });

  it('fails with an error naming the profile and what to do when the shell cannot prompt', async () => {
    const r = await script.run('Get-STSCallerIdentity -ProfileName BobDev');
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(
      "The role profile 'BobDev' needs the password of 'bob' for the SAML endpoint 'ADFS-Demo' to sign in again, and the shell cannot prompt for it (non-interactive). " +
        'Run the command in an interactive shell, or first run Set-AWSSamlRoleProfile -EndpointName ADFS-Demo -NetworkCredential (Get-Credential) -StoreAs BobDev in this session.',
    );
    const noUser = await script.run('Get-STSCallerIdentity -ProfileName NoUser');
    expect(noUser.stderr).toContain("The role profile 'NoUser' needs a user name and password for the SAML endpoint 'ADFS-Forms' to sign in again");
    expect(script.prompts).toEqual([]);
    const type = await script.run('try { Get-STSCallerIdentity -ProfileName BobDev } catch { $_.Exception.GetType().FullName; $_.CategoryInfo.Category }');
    expect(type.stdout).toBe('Amazon.Runtime.FederatedAuthenticationFailureException\nAuthenticationError\n');
  });

  it('never shows or stores a typed password: not in output, errors, $Error, $AWSHistory or any file', async () => {
    terminal.answer(WRONG_PASSWORDS[0]!, BOB_PASSWORD);
    const used = await terminal.run('(Get-STSCallerIdentity -ProfileName BobDev).Arn; Get-S3Bucket -ProfileName BobDev | Out-Null');
    expect(used.stderr).toBe('');
    const state = await terminal.run('$Error | Out-String; $AWSHistory | ConvertTo-Json -Depth 8');
    transcripts.push(terminal.transcript(), script.transcript(), state.stdout, state.stderr);
    const files: string[] = [];
    const walk = (dir: string): void => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else files.push(fs.readFileSync(full, 'utf8'));
      }
    };
    walk(home);
    const everything = transcripts.join('\n') + files.join('\n');
    expect(everything).toContain("Password for user bob: ");
    for (const secret of [BOB_PASSWORD, ...WRONG_PASSWORDS]) expect(everything.includes(secret)).toBe(false);
  });
});
