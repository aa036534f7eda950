// The credential cmdlets end to end through the CLI, with HOME and the shared files in a temporary folder.
// Requires credentialCmdlets (cmdlets/common/credentials/index.ts) to be registered by the engine.

import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { awsps, type CliResult } from '../../helpers/cli.js';

const SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYzSECRET01';
const TOKEN = 'FwoGZXIvYXdzSESSIONTOKENzz99';
const OTHER_SECRET = 'otherSecretValue/abcdef0123456789';
const captured: string[] = [];

let home = '';
let credFile = '';
let configFile = '';

function ps(script: string): CliResult {
  const r = awsps(['-NoProfile', '-NonInteractive', '-Command', script], {
    env: { HOME: home, AWS_SHARED_CREDENTIALS_FILE: credFile, AWS_CONFIG_FILE: configFile, AWS_PROFILE: '', AWS_ACCESS_KEY_ID: '', AWS_SECRET_ACCESS_KEY: '' },
  });
  captured.push(r.stdout, r.stderr);
  return r;
}

const ORIGINAL = [
  '# keep this comment',
  '[existing]',
  'aws_access_key_id = AKIAEXISTING',
  `aws_secret_access_key = ${OTHER_SECRET}`,
  '',
  '; another comment',
  '[other]   ',
  'region=eu-west-1',
  '',
].join('\n');

beforeEach(() => {
  home = fs.mkdtempSync(path.join(os.tmpdir(), 'awsps-cred-'));
  credFile = path.join(home, 'aws', 'credentials');
  configFile = path.join(home, 'aws', 'config');
  fs.mkdirSync(path.dirname(credFile));
  fs.writeFileSync(credFile, ORIGINAL);
});

afterAll(() => {
  // Nothing any command printed may contain a secret used in these tests.
  const all = captured.join('\n');
  for (const s of [SECRET, TOKEN, OTHER_SECRET]) expect(all).not.toContain(s);
});

describe('Set-AWSCredential -StoreAs', () => {
  it('appends a basic profile, 0600, keeping the other profiles and comments byte for byte', () => {
    const r = ps(`Set-AWSCredential -StoreAs mine -AccessKey AKIAMINE -SecretKey '${SECRET}'`);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('');
    const text = fs.readFileSync(credFile, 'utf8');
    expect(text.startsWith(ORIGINAL)).toBe(true);
    expect(text.slice(ORIGINAL.length)).toBe(`\n[mine]\naws_access_key_id = AKIAMINE\naws_secret_access_key = ${SECRET}\n`);
    expect(fs.statSync(credFile).mode & 0o777).toBe(0o600);
  });

  it('writes a role profile botocore reads, and session keys', () => {
    const r = ps(
      `Set-AWSCredential -StoreAs src -AccessKey AKIASRC -SecretKey '${SECRET}' -SessionToken '${TOKEN}'; ` +
        `Set-AWSCredential -StoreAs role -SourceProfile src -RoleArn arn:aws:iam::123456789012:role/r -MfaSerial arn:aws:iam::123456789012:mfa/u -ExternalId ext-1 -RoleSessionName sess1`,
    );
    expect(r.stderr).toBe('');
    const py = [
      'import configparser, json, sys',
      'c = configparser.RawConfigParser(); c.read(sys.argv[1])',
      'print(json.dumps({s: dict(c[s]) for s in ("src", "role")}, sort_keys=True))',
    ].join('\n');
    const parsed = JSON.parse(execFileSync('python3', ['-c', py, credFile], { encoding: 'utf8' })) as Record<string, Record<string, string>>;
    expect(parsed.role).toEqual({
      role_arn: 'arn:aws:iam::123456789012:role/r',
      source_profile: 'src',
      mfa_serial: 'arn:aws:iam::123456789012:mfa/u',
      external_id: 'ext-1',
      role_session_name: 'sess1',
    });
    expect(parsed.src).toEqual({ aws_access_key_id: 'AKIASRC', aws_secret_access_key: SECRET, aws_session_token: TOKEN });
  });

  it('rejects role parameters without -StoreAs, and -Scope with -StoreAs', () => {
    const r = ps('Set-AWSCredential -SourceProfile existing -RoleArn arn:aws:iam::1:role/r');
    expect(r.stderr).toContain('can only be used with -StoreAs');
    const r2 = ps(`Set-AWSCredential -AccessKey a -SecretKey '${SECRET}' -StoreAs x -Scope Global`);
    expect(r2.stderr).toContain('Parameters Scope and StoreAs cannot be used together.');
    expect(fs.readFileSync(credFile, 'utf8')).toBe(ORIGINAL);
  });
});

describe('Get-AWSCredential', () => {
  it('-ListProfileDetail shows name, store type and location', () => {
    const r = ps('Get-AWSCredential -ListProfileDetail');
    expect(r.stderr).toBe('');
    const w = Math.max('ProfileLocation'.length, credFile.length);
    expect(r.stdout).toBe(
      [
        '',
        `ProfileName StoreTypeName         ${'ProfileLocation'.padEnd(w).trimEnd()}`,
        `----------- -------------         ${'---------------'}`,
        `existing    SharedCredentialsFile ${credFile}`,
        `other       SharedCredentialsFile ${credFile}`,
        '',
        '',
      ].join('\n'),
    );
  });

  it('shows a role profile as the AWS Tools do, without any secret', () => {
    ps('Set-AWSCredential -StoreAs role -SourceProfile existing -RoleArn arn:aws:iam::123456789012:role/role-i-want-to-assume');
    const r = ps('Get-AWSCredential -ProfileName role | Format-List; (Get-AWSCredential -ProfileName role) | ConvertTo-Json -Depth 5');
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/SourceCredentials : Amazon\.Runtime\.BasicAWSCredentials\nRoleArn           : arn:aws:iam::123456789012:role\/role-i-want-to-assume\nRoleSessionName   : aws-dotnet-sdk-session-\d+\nOptions           : Amazon\.Runtime\.AssumeRoleAWSCredentialsOptions/);
    expect(r.stdout).not.toContain('AKIAEXISTING');
  });

  it('a basic profile has no properties at all', () => {
    const r = ps('$c = Get-AWSCredential existing; $c.GetType().FullName; @($c.PSObject.Properties).Count; "$c"');
    expect(r.stdout).toBe('Amazon.Runtime.BasicAWSCredentials\n0\nAmazon.Runtime.BasicAWSCredentials\n');
  });
});

describe('session credentials', () => {
  it('Set-AWSCredential -ProfileName sets $StoredAWSCredentials; Clear-AWSCredential clears it', () => {
    const r = ps('Set-AWSCredential -ProfileName existing; $StoredAWSCredentials.Name; Get-AWSCredential; Clear-AWSCredential; $null -eq $StoredAWSCredentials');
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('existing\nAmazon.Runtime.BasicAWSCredentials\nTrue\n');
  });

  it('an unknown profile is an error naming it and the files searched', () => {
    const r = ps('Set-AWSCredential -ProfileName nosuch');
    expect(r.stderr).toContain(`The credential profile 'nosuch' was not found in '${credFile}' or '${configFile}'.`);
  });

  it('a malformed file is an error with its path and line', () => {
    fs.writeFileSync(credFile, '[ok]\naws_access_key_id=a\n[broken\n');
    const r = ps('Set-AWSCredential -ProfileName ok');
    expect(r.stderr).toContain(`The AWS profile file '${credFile}' is malformed at line 3`);
  });
});

describe('Remove-AWSCredentialProfile', () => {
  it('-Force removes exactly that profile', () => {
    const r = ps('Remove-AWSCredentialProfile -ProfileName existing -Force');
    expect(r.stderr).toBe('');
    expect(fs.readFileSync(credFile, 'utf8')).toBe('# keep this comment\n; another comment\n[other]   \nregion=eu-west-1\n');
  });

  it('without -Force on a non-interactive host fails like pwsh instead of prompting, and keeps the profile', () => {
    const r = ps('Remove-AWSCredentialProfile existing');
    expect(r.stderr).toContain('PowerShell is in NonInteractive mode. Read and Prompt functionality is not available.');
    expect(fs.readFileSync(credFile, 'utf8')).toBe(ORIGINAL);
    const r2 = ps('Remove-AWSCredentialProfile existing -Confirm:$false');
    expect(r2.stderr).toBe('');
    expect(fs.readFileSync(credFile, 'utf8')).not.toContain('[existing]');
  });

  it('an unknown profile is an error', () => {
    const r = ps('Remove-AWSCredentialProfile -ProfileName nosuch -Force');
    expect(r.stderr).toContain("The CredentialProfile 'nosuch' does not exist.");
  });
});

describe('Initialize-/Clear-AWSDefaultConfiguration', () => {
  it('stores the default profile and region and sets the shell defaults', () => {
    const r = ps(`Initialize-AWSDefaultConfiguration -AccessKey AKIADEF -SecretKey '${SECRET}' -Region us-west-2; $StoredAWSRegion; $StoredAWSCredentials.Credentials.GetType().Name`);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('us-west-2\nBasicAWSCredentials\n');
    expect(fs.readFileSync(credFile, 'utf8')).toContain(`[default]\naws_access_key_id = AKIADEF\naws_secret_access_key = ${SECRET}\n`);
    expect(fs.readFileSync(configFile, 'utf8')).toBe('[default]\nregion=us-west-2\n');
    const c = ps('Clear-AWSDefaultConfiguration; Get-AWSCredential -ListProfileDetail | ForEach-Object ProfileName');
    expect(c.stdout).toBe('existing\nother\n');
  });
});
