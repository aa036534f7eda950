// The region cmdlets through the real CLI. They need the cmdlets registered with the engine at start-up
// (regionCmdlets from cmdlets/common/regions/index.ts).

import { describe, expect, it } from 'vitest';
import { run } from '../../helpers/cli.js';

const env = { AWS_REGION: '' };

describe('region cmdlets (CLI)', () => {
  it('Set-DefaultAWSRegion then Get-DefaultAWSRegion prints the documented table', () => {
    const r = run('Set-DefaultAWSRegion -Region us-west-2; Get-DefaultAWSRegion', { env });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(['', 'Region    Name             IsShellDefault', '------    ----             --------------', 'us-west-2 US West (Oregon) True', '', ''].join('\n'));
    expect(r.code).toBe(0);
  });

  it('Get-AWSRegion marks the shell default and Clear-DefaultAWSRegion clears it', () => {
    const r = run("Set-DefaultAWSRegion us-west-2; (Get-AWSRegion | Where-Object IsShellDefault).Name; Clear-DefaultAWSRegion; @(Get-AWSRegion | Where-Object IsShellDefault).Count; $null -eq $StoredAWSRegion", { env });
    expect(r.stdout).toBe('US West (Oregon)\n0\nTrue\n');
  });

  it('Get-AWSRegion lists public regions with display names', () => {
    const r = run('Get-AWSRegion | Out-String -Width 200', { env });
    const lines = r.stdout.split('\n');
    expect(lines[1]).toBe('Region         Name                       IsShellDefault');
    expect(lines).toContain('us-east-1      US East (N. Virginia)      False');
    expect(lines).toContain('ap-east-1      Asia Pacific (Hong Kong)   False');
    expect(r.stdout).not.toContain('cn-north-1');
    const all = run('(Get-AWSRegion -IncludeChina -IncludeGovCloud).Region -join " "', { env });
    expect(all.stdout).toContain('cn-north-1 cn-northwest-1');
    expect(all.stdout).toContain('us-gov-east-1 us-gov-west-1');
  });

  it('an unknown region is an error that lists the supported values', () => {
    const r = run('Set-DefaultAWSRegion -Region moon-1', { env });
    expect(r.stderr).toContain("Set-DefaultAWSRegion: Specified argument was out of the range of valid values. (Parameter 'Unsupported Region value. Supported values: af-south-1,ap-east-1,");
    expect(r.stderr).toContain(',us-west-1,us-west-2');
  });

  it('falls back to AWS_REGION when -Region is omitted', () => {
    const r = run('Set-DefaultAWSRegion; (Get-DefaultAWSRegion).Name', { env: { AWS_REGION: 'eu-west-3' } });
    expect(r.stdout).toBe('Europe (Paris)\n');
  });
});
