// Use-STSWebIdentityRole and Use-STSRoleWithSAML in-process against moto: they need no credentials, write
// what AWS Tools writes (AWSWebIdentityCredentials usable as -Credential; the AssumeRoleWithSAMLResponse), and
// keep the token, the assertion and the returned keys out of $AWSHistory and error text.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useMotoSession } from '../cmdlet/moto-session.js';
import { samlResponseXml } from '../../support/saml-idp/index.js';
import { redactSecrets } from '../../../src/aws/clients/index.js';

const session = useMotoSession();
const ROLE = 'arn:aws:iam::123456789012:role/web-role';
const SAML_ROLE = 'arn:aws:iam::123456789012:role/saml-role';
const SAML_PROVIDER = 'arn:aws:iam::123456789012:saml-provider/corp-idp';
const TOKEN = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhbGljZSJ9.web-identity-token-signature';

function assertion(user: string): string {
  return Buffer.from(samlResponseXml('https://idp.example.com/adfs', user, [{ roleArn: SAML_ROLE, principalArn: SAML_PROVIDER }], 1800)).toString('base64');
}

// These cmdlets are anonymous: no keys anywhere while they run.
let savedKeys: Record<string, string | undefined> = {};
beforeEach(() => {
  savedKeys = { id: process.env.AWS_ACCESS_KEY_ID, secret: process.env.AWS_SECRET_ACCESS_KEY };
  delete process.env.AWS_ACCESS_KEY_ID;
  delete process.env.AWS_SECRET_ACCESS_KEY;
});
afterEach(() => {
  if (savedKeys.id !== undefined) process.env.AWS_ACCESS_KEY_ID = savedKeys.id;
  if (savedKeys.secret !== undefined) process.env.AWS_SECRET_ACCESS_KEY = savedKeys.secret;
});

async function run(script: string): Promise<{ stdout: string; stderr: string }> {
  return session.newEngine().run(script);
}

describe('Use-STSWebIdentityRole', () => {
  it('writes an AWSWebIdentityCredentials (a SessionAWSCredentials whose only property is Expiration), with no credentials configured', async () => {
    const r = await run(
      [
        `$c = Use-STSWebIdentityRole -RoleArn ${ROLE} -RoleSessionName alice -WebIdentityToken '${TOKEN}'`,
        '$c.PSObject.TypeNames -join ","',
        '($c | Get-Member -MemberType Property).Name -join ","',
        '$c.Expiration.GetType().FullName',
        '$c.Expiration -gt (Get-Date)',
      ].join('\n'),
    );
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(
      'Amazon.PowerShell.Common.AWSWebIdentityCredentials,Amazon.Runtime.SessionAWSCredentials,Amazon.Runtime.AWSCredentials,System.Object\nExpiration\nSystem.DateTime\nTrue\n',
    );
  });

  it('the credentials it writes work with -Credential: the caller is the assumed role session', async () => {
    const r = await run(`$c = Use-STSWebIdentityRole ${ROLE} alice '${TOKEN}'\n(Get-STSCallerIdentity -Credential $c).Arn`);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('arn:aws:sts::123456789012:assumed-role/web-role/alice\n');
  });

  it("-Select '*' writes the AssumeRoleWithWebIdentityResponse; -Select '^RoleArn' the parameter; -Duration is sent", async () => {
    const r = await run(
      [
        `$r = Use-STSWebIdentityRole -RoleArn ${ROLE} -RoleSessionName bob -WebIdentityToken '${TOKEN}' -Duration 900 -Select '*'`,
        '$r.GetType().FullName',
        '$r.AssumedRoleUser.Arn',
        '$r.Credentials.GetType().FullName',
        '$r.Credentials.AccessKeyId.StartsWith("ASIA")',
        '[int]($r.Credentials.Expiration - (Get-Date)).TotalMinutes -le 15',
        `Use-STSWebIdentityRole -RoleArn ${ROLE} -RoleSessionName bob -WebIdentityToken '${TOKEN}' -Select '^RoleArn'`,
      ].join('\n'),
    );
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(
      [
        'Amazon.SecurityToken.Model.AssumeRoleWithWebIdentityResponse',
        'arn:aws:sts::123456789012:assumed-role/web-role/bob',
        'Amazon.SecurityToken.Model.Credentials',
        'True',
        'True',
        ROLE,
      ].join('\n') + '\n',
    );
  });

  it('is also Assume-STSWebIdentityRole, and takes no credential parameters', async () => {
    const ok = await run(`(Assume-STSWebIdentityRole -RoleArn ${ROLE} -RoleSessionName carol -WebIdentityToken '${TOKEN}').GetType().FullName`);
    expect(ok.stderr).toBe('');
    expect(ok.stdout).toBe('Amazon.PowerShell.Common.AWSWebIdentityCredentials\n');
    const refused = await run(`Use-STSWebIdentityRole -RoleArn ${ROLE} -RoleSessionName carol -WebIdentityToken '${TOKEN}' -ProfileName default`);
    expect(refused.stderr).toContain("A parameter cannot be found that matches parameter name 'ProfileName'.");
  });

  it('$AWSHistory keeps the request without the token and the response without the secret keys', async () => {
    const r = await run(
      [
        'Set-AWSHistoryConfiguration -RecordServiceRequests -WarningAction SilentlyContinue',
        `Use-STSWebIdentityRole -RoleArn ${ROLE} -RoleSessionName dave -WebIdentityToken '${TOKEN}' | Out-Null`,
        '$h = $AWSHistory.LastCommand',
        '$h.CmdletName',
        '$h.LastServiceRequest.GetType().FullName',
        '$h.LastServiceRequest.RoleArn',
        '$h.LastServiceRequest.WebIdentityToken',
        '$h.LastServiceResponse.Credentials.SecretAccessKey',
        '$h.LastServiceResponse.Credentials.SessionToken',
        '$h.LastServiceResponse.AssumedRoleUser.Arn',
      ].join('\n'),
    );
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(
      [
        'Use-STSWebIdentityRole',
        'Amazon.SecurityToken.Model.AssumeRoleWithWebIdentityRequest',
        ROLE,
        '*****',
        '*****',
        '*****',
        'arn:aws:sts::123456789012:assumed-role/web-role/dave',
      ].join('\n') + '\n',
    );
  });

  it('the token and the returned secret key are masked in any error text', async () => {
    const r = await run(`$r = Use-STSWebIdentityRole -RoleArn ${ROLE} -RoleSessionName erin -WebIdentityToken '${TOKEN}' -Select '*'; $r.Credentials.SecretAccessKey`);
    expect(r.stderr).toBe('');
    const secret = r.stdout.trim();
    expect(secret.length).toBeGreaterThan(8);
    expect(redactSecrets(`token ${TOKEN} key ${secret}`)).toBe('token **** key ****');
  });

  it('an unknown -Region is refused before any call', async () => {
    const r = await run(`Use-STSWebIdentityRole -RoleArn ${ROLE} -RoleSessionName x -WebIdentityToken '${TOKEN}' -Region mars-1`);
    expect(r.stderr).toContain('Unsupported Region value.');
    expect(r.stderr).not.toContain(TOKEN);
  });
});

describe('Use-STSRoleWithSAML', () => {
  it('writes the AssumeRoleWithSAMLResponse for a base64 assertion (-Force skips the confirmation)', async () => {
    const r = await run(
      [
        `$r = Use-STSRoleWithSAML -RoleArn ${SAML_ROLE} -PrincipalArn ${SAML_PROVIDER} -SAMLAssertion '${assertion('alice@example.com')}' -Force`,
        '$r.GetType().FullName',
        '$r.AssumedRoleUser.Arn',
        '$r.Credentials.AccessKeyId.StartsWith("ASIA")',
        '$r.Credentials.Expiration.GetType().FullName',
      ].join('\n'),
    );
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(
      [
        'Amazon.SecurityToken.Model.AssumeRoleWithSAMLResponse',
        'arn:aws:sts::123456789012:assumed-role/saml-role/alice@example.com',
        'True',
        'System.DateTime',
      ].join('\n') + '\n',
    );
  });

  it('takes its parameters by position; -Select Credentials writes the Credentials', async () => {
    const r = await run(`(Use-STSRoleWithSAML ${SAML_ROLE} ${SAML_PROVIDER} '${assertion('bob')}' -Force -Select Credentials).GetType().FullName`);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('Amazon.SecurityToken.Model.Credentials\n');
  });

  it('-WhatIf describes the call on the role and makes none', async () => {
    const r = await run(`Use-STSRoleWithSAML -RoleArn ${SAML_ROLE} -PrincipalArn ${SAML_PROVIDER} -SAMLAssertion '${assertion('carol')}' -WhatIf; $null -eq $AWSHistory.LastCommand`);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(`What if: Performing the operation "Use-STSRoleWithSAML (AssumeRoleWithSAML)" on target "${SAML_ROLE}".\nTrue\n`);
  });

  it('$AWSHistory keeps the request without the assertion', async () => {
    const r = await run(
      [
        'Set-AWSHistoryConfiguration -RecordServiceRequests -WarningAction SilentlyContinue',
        `Use-STSRoleWithSAML -RoleArn ${SAML_ROLE} -PrincipalArn ${SAML_PROVIDER} -SAMLAssertion '${assertion('dave')}' -Force | Out-Null`,
        '$AWSHistory.LastCommand.LastServiceRequest.SAMLAssertion',
        '$AWSHistory.LastCommand.LastServiceRequest.PrincipalArn',
        '$AWSHistory.LastCommand.LastServiceResponse.Credentials.SecretAccessKey',
      ].join('\n'),
    );
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(`*****\n${SAML_PROVIDER}\n*****\n`);
  });
});
