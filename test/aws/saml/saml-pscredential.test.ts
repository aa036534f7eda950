// Set-AWSSamlRoleProfile -NetworkCredential with what the AWS Tools' SAML guide passes: a PSCredential from
// [pscredential]::new / New-Object, or straight from Get-Credential, against the test identity provider.
// The password never shows.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSamlIdp, type SamlIdp } from '../../support/saml-idp/index.js';
import { createPromptingShell, type PromptingShell } from '../../support/prompting-shell.js';

const PASSWORD = 'Al1ce-Secret-Pw!';
const PRINCIPAL = 'arn:aws:iam::123456789012:saml-provider/ADFS';
const DEV = 'arn:aws:iam::123456789012:role/ADFS-Dev';

let idp: SamlIdp;
let home: string;
let configFile: string;
let shell: PromptingShell;

beforeAll(async () => {
  idp = await startSamlIdp({ mode: 'basic', users: { alice: { password: PASSWORD, roles: [{ roleArn: DEV, principalArn: PRINCIPAL }] } } });
  home = fs.mkdtempSync(path.join(os.tmpdir(), 'awsps-saml-cred-'));
  fs.mkdirSync(path.join(home, '.aws'));
  configFile = path.join(home, '.aws', 'config');
  fs.writeFileSync(configFile, '[default]\nregion = us-east-1\n');
  for (const key of Object.keys(process.env)) if (key.startsWith('AWS_')) delete process.env[key];
  Object.assign(process.env, { HOME: home, AWS_CONFIG_FILE: configFile, AWS_SHARED_CREDENTIALS_FILE: path.join(home, '.aws', 'credentials'), AWS_EC2_METADATA_DISABLED: 'true' });
  shell = createPromptingShell({ interactive: true });
  await shell.run(`Set-AWSSamlEndpoint -Endpoint '${idp.endpoint}' -StoreAs ADFS-Demo -AuthenticationType Basic | Out-Null`);
});

afterAll(async () => {
  await idp?.stop();
  if (home) fs.rmSync(home, { recursive: true, force: true });
});

describe('Set-AWSSamlRoleProfile -NetworkCredential', () => {
  it('takes a PSCredential built from ConvertTo-SecureString', async () => {
    const r = await shell.run(
      `$pw = ConvertTo-SecureString '${PASSWORD}' -AsPlainText -Force; $cred = New-Object System.Management.Automation.PSCredential -ArgumentList 'alice', $pw; ` +
        'Set-AWSSamlRoleProfile -EndpointName ADFS-Demo -NetworkCredential $cred -StoreAs FromNewObject',
    );
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('FromNewObject\n');
    expect(fs.readFileSync(configFile, 'utf8')).toContain(`[profile FromNewObject]\nsaml_endpoint_name = ADFS-Demo\nsaml_role_arn = ${DEV}\nsaml_principal_arn = ${PRINCIPAL}\nsaml_user_identity = alice\n`);
  });

  it('takes Get-Credential directly (the guide: -NetworkCredential (Get-Credential))', async () => {
    shell.answer(PASSWORD);
    const r = await shell.run('Set-AWSSamlRoleProfile -EndpointName ADFS-Demo -NetworkCredential (Get-Credential -UserName alice) -StoreAs FromPrompt');
    expect(shell.prompts.at(-1)?.prompt).toBe('\nPowerShell credential request\nEnter your credentials.\nPassword for user alice: ');
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('\nFromPrompt\n');
    expect(shell.transcript()).not.toContain(PASSWORD);
  });

  it('a wrong password in a PSCredential is the provider refusing the sign-in', async () => {
    const r = await shell.run("Set-AWSSamlRoleProfile -EndpointName ADFS-Demo -NetworkCredential ([pscredential]::new('alice', (ConvertTo-SecureString 'nope' -AsPlainText))) -StoreAs Nope");
    expect(r.stderr).toContain("rejected the credentials of 'alice' (HTTP 401).");
  });

  it('rejects a value that is no credential', async () => {
    const r = await shell.run('Set-AWSSamlRoleProfile -EndpointName ADFS-Demo -NetworkCredential 42 -StoreAs Nope');
    expect(r.stderr).toContain('-NetworkCredential must be a PSCredential with a UserName and a Password.');
  });
});
