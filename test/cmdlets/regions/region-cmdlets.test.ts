// The region cmdlets in this process (registered here directly), with exact output where the AWS Tools
// documentation shows it.

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createTestEngine } from '../../helpers/engine.js';
import { regionCmdlets } from '../../../cmdlets/common/regions/index.js';
import { regionSystemNames } from '../../../src/aws/regions/region-data.js';

function engineWithRegions(): ReturnType<typeof createTestEngine> {
  const t = createTestEngine();
  t.engine.registerCommands(regionCmdlets);
  return t;
}

beforeEach(() => {
  vi.stubEnv('AWS_REGION', '');
});
afterEach(() => {
  vi.unstubAllEnvs();
});

describe('Set-/Get-/Clear-DefaultAWSRegion', () => {
  it('shows the default region as the documentation does', async () => {
    const t = engineWithRegions();
    const r = await t.run('Set-DefaultAWSRegion -Region us-west-2; Get-DefaultAWSRegion');
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(
      ['', 'Region    Name             IsShellDefault', '------    ----             --------------', 'us-west-2 US West (Oregon) True', '', ''].join('\n'),
    );
  });

  it('stores the system name in $StoredAWSRegion and writes nothing', async () => {
    const t = engineWithRegions();
    const r = await t.run('$o = Set-DefaultAWSRegion eu-west-1; $null -eq $o; $StoredAWSRegion; $StoredAWSRegion.GetType().FullName');
    expect(r.stdout).toBe('True\neu-west-1\nSystem.String\n');
  });

  it('takes the region by position, from the pipeline, or as an AWSRegion object', async () => {
    const t = engineWithRegions();
    expect((await t.run("'ap-south-1' | Set-DefaultAWSRegion; $StoredAWSRegion")).stdout).toBe('ap-south-1\n');
    expect((await t.run('Get-AWSRegion ca-central-1 | Set-DefaultAWSRegion; $StoredAWSRegion')).stdout).toBe('ca-central-1\n');
    expect((await t.run('Set-DefaultAWSRegion (Get-AWSRegion sa-east-1); $StoredAWSRegion')).stdout).toBe('sa-east-1\n');
    expect((await t.run('Set-DefaultAWSRegion -RegionToCall US-EAST-2; $StoredAWSRegion')).stdout).toBe('us-east-2\n');
  });

  it('binds a piped object to -Region by value, so only an AWSRegion or a string works', async () => {
    // -Region is [object] and takes pipeline input by value first, as in AWS Tools: the whole object binds.
    const t = engineWithRegions();
    const r = await t.run("[pscustomobject]@{ Region = 'me-south-1' } | Set-DefaultAWSRegion; $null -eq $StoredAWSRegion");
    expect(r.stderr).toContain(
      'Set-DefaultAWSRegion: Unsupported parameter type; Region must be a string containing the system name for a region, or an AWSRegion instance',
    );
    expect(r.stdout).toBe('True\n');
  });

  it('rejects an unknown region with the supported values', async () => {
    const t = engineWithRegions();
    const r = await t.run("Set-DefaultAWSRegion -Region mars-1; 'after'; $null -eq $StoredAWSRegion");
    expect(r.stderr).toContain(
      `Set-DefaultAWSRegion: Specified argument was out of the range of valid values. (Parameter 'Unsupported Region value. Supported values: ${regionSystemNames().join(',')}')`,
    );
    expect(r.stdout).toBe('after\nTrue\n');
    const id = await t.run("try { Set-DefaultAWSRegion mars-1 } catch [System.ArgumentException] { $_.FullyQualifiedErrorId }");
    expect(id.stdout).toBe('System.ArgumentOutOfRangeException,Amazon.PowerShell.Common.SetDefaultRegionCmdlet\n');
  });

  it('without -Region falls back to the shell default, then AWS_REGION, else fails', async () => {
    const t = engineWithRegions();
    const none = await t.run('Set-DefaultAWSRegion');
    expect(none.stderr).toContain('Set-DefaultAWSRegion: No region specified or obtained from persisted/shell defaults.');
    vi.stubEnv('AWS_REGION', 'eu-south-1');
    expect((await t.run('Set-DefaultAWSRegion; $StoredAWSRegion')).stdout).toBe('eu-south-1\n');
  });

  it('sets the caller scope by default and another scope with -Scope', async () => {
    const t = engineWithRegions();
    const r = await t.run(
      "function f { Set-DefaultAWSRegion us-east-2; \"in f: $StoredAWSRegion\" }; f; \"after f: [$StoredAWSRegion]\"; function g { Set-DefaultAWSRegion us-east-2 -Scope Global }; g; \"after g: [$StoredAWSRegion]\"",
    );
    expect(r.stdout).toBe('in f: us-east-2\nafter f: []\nafter g: [us-east-2]\n');
    const bad = await t.run('Set-DefaultAWSRegion us-east-1 -Scope Nowhere');
    expect(bad.stderr).toContain('Cannot convert value "Nowhere" to type "Amazon.PowerShell.Common.VariableScope"');
  });

  it('Clear-DefaultAWSRegion sets $StoredAWSRegion to $null; Get-DefaultAWSRegion then writes nothing', async () => {
    const t = engineWithRegions();
    const r = await t.run('Set-DefaultAWSRegion us-west-1; Clear-DefaultAWSRegion; (Get-Variable StoredAWSRegion).Value -eq $null; @(Get-DefaultAWSRegion).Count');
    expect(r.stdout).toBe('True\n0\n');
  });

  it('Get-DefaultAWSRegion returns an AWSRegion object', async () => {
    const t = engineWithRegions();
    const r = await t.run(
      "Set-DefaultAWSRegion eu-west-2; $d = Get-DefaultAWSRegion; $d.PSObject.TypeNames[0]; $d.Region; $d.Name; $d.IsShellDefault; \"$d\"; $StoredAWSRegion = 'xx-test-9'; (Get-DefaultAWSRegion).Name",
    );
    expect(r.stdout).toBe('Amazon.PowerShell.Common.AWSRegion\neu-west-2\nEurope (London)\nTrue\neu-west-2\nUnknown\n');
  });
});

describe('Get-AWSRegion', () => {
  it('lists the public regions sorted, marking the shell default', async () => {
    const t = engineWithRegions();
    const r = await t.run('Set-DefaultAWSRegion us-west-2; Get-AWSRegion');
    const lines = r.stdout.split('\n');
    expect(lines.slice(0, 4)).toEqual(['', 'Region         Name                       IsShellDefault', '------         ----                       --------------', 'af-south-1     Africa (Cape Town)         False']);
    expect(lines).toContain('ap-northeast-1 Asia Pacific (Tokyo)       False');
    expect(lines).toContain('us-east-2      US East (Ohio)             False');
    expect(lines).toContain('us-west-1      US West (N. California)    False');
    expect(lines).toContain('us-west-2      US West (Oregon)           True');
    expect(r.stdout).not.toMatch(/cn-|us-gov-/);
  });

  it('sizes columns from the data, as in the documentation', async () => {
    const t = engineWithRegions();
    const r = await t.run("'ap-east-1', 'ap-northeast-1', 'us-west-2' | Get-AWSRegion");
    expect(r.stdout).toBe(
      [
        '',
        'Region         Name                     IsShellDefault',
        '------         ----                     --------------',
        'ap-east-1      Asia Pacific (Hong Kong) False',
        'ap-northeast-1 Asia Pacific (Tokyo)     False',
        'us-west-2      US West (Oregon)         False',
        '',
        '',
      ].join('\n'),
    );
  });

  it('adds China with -IncludeChina and GovCloud with -IncludeGovCloud; -GovCloudOnly lists only those', async () => {
    const t = engineWithRegions();
    const count = async (args: string): Promise<string> => (await t.run(`@(Get-AWSRegion ${args}).Count`)).stdout.trim();
    const publicCount = Number(await count(''));
    expect(Number(await count('-IncludeChina'))).toBe(publicCount + 2);
    expect(Number(await count('-IncludeGovCloud'))).toBe(publicCount + 2);
    expect(Number(await count('-IncludeChina -IncludeGovCloud'))).toBe(regionSystemNames().length);
    expect((await t.run('(Get-AWSRegion -GovCloudOnly).Region -join ","')).stdout).toBe('us-gov-east-1,us-gov-west-1\n');
    expect((await t.run("(Get-AWSRegion -IncludeChina | Where-Object Region -like 'cn-*').Name -join '; '")).stdout).toBe('China (Beijing); China (Ningxia)\n');
  });

  it('returns one region by -SystemName, including China and GovCloud ones', async () => {
    const t = engineWithRegions();
    const r = await t.run("(Get-AWSRegion -SystemName cn-north-1).Name; (Get-AWSRegion us-gov-west-1).Name; (Get-AWSRegion US-EAST-1).Region");
    expect(r.stdout).toBe('China (Beijing)\nAWS GovCloud (US-West)\nus-east-1\n');
  });

  it('fails on an unknown system name', async () => {
    const t = engineWithRegions();
    const r = await t.run("try { Get-AWSRegion nowhere-1 } catch { $_.Exception.Message; $_.FullyQualifiedErrorId; $_.CategoryInfo.Category; $_.TargetObject }");
    expect(r.stdout).toBe('Unrecognized region system name\nArgumentException,Amazon.PowerShell.Common.GetRegionCmdlet\nInvalidArgument\nnowhere-1\n');
  });

  it('reports IsShellDefault live and passes regions to -Region by pipeline', async () => {
    const t = engineWithRegions();
    const r = await t.run('$all = Get-AWSRegion; Set-DefaultAWSRegion eu-north-1; ($all | Where-Object IsShellDefault).Region');
    expect(r.stdout).toBe('eu-north-1\n');
  });

  it('is part of AWS.Tools.Common', async () => {
    const t = engineWithRegions();
    const r = await t.run("(Get-Command Get-AWSRegion, Set-DefaultAWSRegion, Get-DefaultAWSRegion, Clear-DefaultAWSRegion).ModuleName | Sort-Object -Unique");
    expect(r.stdout).toBe('AWS.Tools.Common\n');
  });
});
