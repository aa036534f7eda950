// AWSCredentials.GetCredentials(): the ImmutableCredentials (AccessKey, SecretKey, Token, UseToken) of a credentials
// object, as the .NET SDK returns them. Basic/session keys at once; a role profile's credentials are resolved
// (AssumeRole on moto), as a service call would resolve them.

import * as fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useMotoSession } from '../cmdlet/moto-session.js';
import { credentialCmdlets } from '../../../cmdlets/common/credentials/index.js';

const session = useMotoSession();

async function ps(script: string): Promise<{ stdout: string; stderr: string }> {
  return session.newEngine(credentialCmdlets).run(script);
}

describe('GetCredentials()', () => {
  it('basic credentials: the keys, an empty Token, UseToken False', async () => {
    const r = await ps(
      [
        '$c = (New-AWSCredential -AccessKey akey -SecretKey skey).GetCredentials()',
        '$c.GetType().FullName',
        '$c.AccessKey; $c.SecretKey',
        '$c.Token -eq [string]::Empty',
        '$c.UseToken',
      ].join('\n'),
    );
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('Amazon.Runtime.ImmutableCredentials\nakey\nskey\nTrue\nFalse\n');
  });

  it('session credentials carry the token; the object prints as a table the user asked for', async () => {
    const r = await ps('(New-AWSCredential -AccessKey akey -SecretKey skey -SessionToken tok).GetCredentials()');
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('\nAccessKey SecretKey Token UseToken\n--------- --------- ----- --------\nakey      skey      tok       True\n\n');
  });

  it('the credentials object itself still shows no secret', async () => {
    const r = await ps('$c = New-AWSCredential -AccessKey akey -SecretKey skeysecret; $c | Format-List | Out-String; $c | ConvertTo-Json -Compress');
    expect(r.stderr).toBe('');
    expect(r.stdout).not.toContain('skeysecret');
  });

  it('Get-Member lists the method', async () => {
    const r = await ps("New-AWSCredential -AccessKey akey -SecretKey skey | Get-Member -Name GetCredentials | ForEach-Object Definition");
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('Amazon.Runtime.ImmutableCredentials GetCredentials()\n');
  });

  it('is a method: wrong argument counts fail as .NET overloads do', async () => {
    const r = await ps('(New-AWSCredential -AccessKey akey -SecretKey skey).GetCredentials(1)');
    expect(r.stderr).toContain('Cannot find an overload for "GetCredentials" and the argument count: "1".');
  });

  it('a role profile is resolved through AssumeRole (moto): temporary keys with a token', async () => {
    fs.writeFileSync(
      process.env.AWS_SHARED_CREDENTIALS_FILE!,
      '[base]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n\n[role]\nrole_arn = arn:aws:iam::123456789012:role/admin\nsource_profile = base\n',
    );
    const r = await ps(
      [
        '$c = Get-AWSCredential -ProfileName role',
        '$c.GetType().FullName',
        '$k = $c.GetCredentials()',
        '$k.GetType().FullName',
        '$k.AccessKey -ne "AKIAIOSFODNN7EXAMPLE" -and $k.AccessKey.Length -gt 0',
        '$k.UseToken',
        '$k.Token.Length -gt 0',
      ].join('\n'),
    );
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('Amazon.Runtime.AssumeRoleAWSCredentials\nAmazon.Runtime.ImmutableCredentials\nTrue\nTrue\nTrue\n');
  });

  it('a credentials object that cannot be resolved: the method error, without the secret', async () => {
    fs.writeFileSync(
      process.env.AWS_SHARED_CREDENTIALS_FILE!,
      '[proc]\ncredential_process = /nonexistent/awsps-credential-helper --secret s3cr3tvalue\n',
    );
    const r = await ps('(Get-AWSCredential -ProfileName proc).GetCredentials()');
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('Exception calling "GetCredentials" with "0" argument(s):');
  });
});
