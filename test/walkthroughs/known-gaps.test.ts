// What the walkthroughs need that awsps does not do yet, each a minimal repro of a reported bug. They are
// expected to fail (it.fails); when one starts passing, the bug is fixed: drop its .fails.

import { describe, expect, it } from 'vitest';
import { awsps, run } from '../helpers/cli.js';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const NO_AWS = { AWS_EC2_METADATA_DISABLED: 'true', AWS_ACCESS_KEY_ID: 'testing', AWS_SECRET_ACCESS_KEY: 'testing', AWS_REGION: 'us-east-1' };

describe('known gaps met by the walkthroughs', () => {
  it('Select-String filters Get-Command output (the guide\'s "Get-Command -Module ... | Select-String region")', () => {
    const r = run("Get-Command -Module AWS.Tools.Common | Select-String region | ForEach-Object { $_.ToString() }", { env: NO_AWS });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('Clear-DefaultAWSRegion\nGet-AWSRegion\nGet-DefaultAWSRegion\nSet-DefaultAWSRegion\n');
  });

  it('New-Object -TypeName Amazon.S3.AmazonS3Config (the guide\'s ClientConfig object)', () => {
    const r = run('Import-Module AWS.Tools.S3; $c = New-Object -TypeName Amazon.S3.AmazonS3Config; $c.ForcePathStyle = $true; $c.ForcePathStyle', { env: NO_AWS });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('True\n');
  });

  it('AWSCredentials.GetCredentials() returns the ImmutableCredentials', () => {
    const r = run("(New-AWSCredential -AccessKey akey -SecretKey skey).GetCredentials().AccessKey", { env: NO_AWS });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('akey\n');
  });

  it('a ConstantClass member keeps .Value ($instance.State.Name.Value)', () => {
    const r = run("$s = New-Object Amazon.EC2.Model.InstanceState; $s.Name = 'running'; $s.Name.Value", { env: NO_AWS });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('running\n');
  });

  it('[pscustomobject]@{PSTypeName=...} sets the type name instead of adding a property', () => {
    const r = run("([pscustomobject]@{PSTypeName='A'; x=1}).pstypenames[0]; ([pscustomobject]@{PSTypeName='A'; x=1}).psobject.Properties.Name", { env: NO_AWS });
    expect(r.stdout).toBe('A\nx\n');
  });

  it('-File and -Command format a script\'s output alike (one pipeline to Out-Default, as pwsh)', () => {
    const script = "$a = [pscustomobject]@{PSTypeName='A'; x=1; y=2}\n$a\n[pscustomobject]@{PSTypeName='B'; z=3}\n";
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'awsps-gap-'));
    const file = path.join(dir, 'r.ps1');
    fs.writeFileSync(file, script);
    const viaFile = awsps(['-NoProfile', '-NonInteractive', '-File', file], { env: NO_AWS });
    const viaCommand = run(script, { env: NO_AWS });
    expect(viaFile.stdout).toBe(viaCommand.stdout);
  });
});
