// The user guide's credential profile examples (credential-profiles.ps1) end to end: profiles written into
// the temporary AWS_SHARED_CREDENTIALS_FILE and a custom -ProfileLocation, the role profile, listing and
// removing, each file checked as the AWS CLI's configure command reads it.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { section, useWalkthrough } from './walkthrough-harness.js';

const w = useWalkthrough();
let out = '';
let err = '';

beforeAll(() => {
  const r = w.run('credential-profiles.ps1');
  out = r.stdout;
  err = r.stderr;
});

/** A profile setting as the AWS CLI reads it from the walkthrough's shared files ('' when there is none). */
function cliSetting(profile: string, name: string): string {
  try {
    return w.aws(['configure', 'get', name, '--profile', profile]).trim();
  } catch {
    return '';
  }
}

describe('credential profile walkthrough', () => {
  it('runs without errors', () => {
    expect(err).toBe('');
  });

  it('Set-AWSCredential -StoreAs writes the profile into the shared credentials file', () => {
    expect(section(out, 'add')).toBe('\nProfileName  StoreTypeName\n-----------  -------------\nMyNewProfile SharedCredentialsFile\n\n');
  });

  it('writes and reads profiles in the default and a custom credentials file (the Linux examples)', () => {
    expect(section(out, 'linux')).toBe(
      [
        '',
        'Credentials                        Name          Source',
        '-----------                        ----          ------',
        'Amazon.Runtime.BasicAWSCredentials myProfileName Profile',
        '[myProfileName]|aws_access_key_id=akey|aws_secret_access_key=skey',
        '',
      ].join('\n'),
    );
    expect(fs.readFileSync(path.join(w.dir, 'mycustompath', 'mycredentials'), 'utf8')).toBe('[myProfileName]\naws_access_key_id=akey\naws_secret_access_key=skey\n');
    expect(cliSetting('myProfileName', 'aws_access_key_id')).toBe('akey');
  });

  it('stores a role profile that Get-AWSCredential turns into AssumeRoleAWSCredentials', () => {
    // The open table of $StoredAWSCredentials ends (a blank line) before the list starts.
    expect(section(out, 'role profile')).toBe(
      [
        '',
        '',
        'SourceCredentials : Amazon.Runtime.BasicAWSCredentials',
        'RoleArn           : arn:aws:iam::123456789012:role/role-i-want-to-assume',
        'Options           : Amazon.Runtime.AssumeRoleAWSCredentialsOptions',
        '',
        '',
      ].join('\n'),
    );
    expect(cliSetting('my_role_profile', 'role_arn')).toBe('arn:aws:iam::123456789012:role/role-i-want-to-assume');
    expect(cliSetting('my_role_profile', 'source_profile')).toBe('my_source_profile');
  });

  it('the guide\'s -ProfileName/-AccessKey mix is a parameter set error; -StoreAs writes the file Get-Content shows', () => {
    expect(section(out, 'save to file')).toBe(
      [
        'Parameter set cannot be resolved using the specified named parameters. One or more parameters issued cannot be used together or an insufficient number of parameters were provided.',
        '[basic_profile]',
        'aws_access_key_id=access_key2',
        'aws_secret_access_key=secret_key2',
        '',
      ].join('\n'),
    );
  });

  it('Remove-AWSCredentialProfile deletes the profile from the file', () => {
    expect(section(out, 'remove')).toBe(
      '\nProfileName       StoreTypeName\n-----------       -------------\nmyProfileName     SharedCredentialsFile\nmy_source_profile SharedCredentialsFile\nmy_role_profile   SharedCredentialsFile\n\n',
    );
    const credentials = fs.readFileSync(path.join(w.dir, '.aws', 'credentials'), 'utf8');
    expect(credentials).not.toContain('MyNewProfile');
    expect(cliSetting('MyNewProfile', 'aws_access_key_id')).toBe('');
  });
});
