// [Amazon.RegionEndpoint] as scripts for the AWS Tools use it: the static members, GetBySystemName, ToString as
// aws-sdk-net prints it, and -Region / Get-AWSRegion taking an endpoint as its SystemName.

import { describe, expect, it } from 'vitest';
import { createTestEngine } from '../../helpers/engine.js';
import { run as cli } from '../../helpers/cli.js';
import { regionEndpointBySystemName, regionEndpointMemberName, resolveRegion, allRegions } from '../../../src/aws/regions/index.js';
import { MemorySession } from '../../cmdlets/objects/context.js';

describe('[Amazon.RegionEndpoint]', () => {
  it('names its static members as the SDK does', () => {
    expect(regionEndpointMemberName('us-west-2')).toBe('USWest2');
    expect(regionEndpointMemberName('ap-northeast-1')).toBe('APNortheast1');
    expect(regionEndpointMemberName('us-gov-west-1')).toBe('USGovCloudWest1');
    expect(regionEndpointMemberName('cn-northwest-1')).toBe('CNNorthWest1');
    expect(regionEndpointMemberName('il-central-1')).toBe('ILCentral1');
  });

  it('has an endpoint for every known region, one object per region', async () => {
    const { run } = createTestEngine();
    const members = allRegions().map((r) => `[Amazon.RegionEndpoint]::${regionEndpointMemberName(r.systemName)}.SystemName`);
    const r = await run(`${members.join('; ')}; [Amazon.RegionEndpoint]::USWest2 -eq [Amazon.RegionEndpoint]::GetBySystemName('us-west-2'); @([Amazon.RegionEndpoint]::EnumerableAllRegions).Count`);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(`${allRegions().map((x) => x.systemName).join('\n')}\nTrue\n${allRegions().length}\n`);
  });

  it('shows its properties, and ToString() is "DisplayName (SystemName)"', async () => {
    const { run } = createTestEngine();
    const r = await run("[Amazon.RegionEndpoint]::USWest2; \"$([Amazon.RegionEndpoint]::EUWest1)\"; [Amazon.RegionEndpoint]::GetBySystemName('xx-moon-1').ToString(); [Amazon.RegionEndpoint]::CNNorth1.PartitionDnsSuffix");
    expect(r.stdout).toBe(
      [
        '',
        'SystemName         : us-west-2',
        'OriginalSystemName : us-west-2',
        'DisplayName        : US West (Oregon)',
        'PartitionName      : aws',
        'PartitionDnsSuffix : amazonaws.com',
        '',
        'Europe (Ireland) (eu-west-1)',
        'Unknown (xx-moon-1)',
        'amazonaws.com.cn',
        '',
      ].join('\n'),
    );
  });

  it('GetBySystemName needs its argument', async () => {
    const { run } = createTestEngine();
    expect((await run('[Amazon.RegionEndpoint]::GetBySystemName()')).stderr).toBe('MethodException: Cannot find an overload for "GetBySystemName" and the argument count: "0".\n');
  });

  it('-Region takes an endpoint as its SystemName', () => {
    const session = new MemorySession();
    expect(resolveRegion(session, regionEndpointBySystemName('eu-central-1'), 'Cls')).toEqual({ systemName: 'eu-central-1', source: 'String' });
    expect(() => resolveRegion(session, regionEndpointBySystemName('xx-moon-1'), 'Cls')).toThrow(/Unsupported Region value/);
  });

  it('Set-DefaultAWSRegion -Region and Get-AWSRegion (by property name) take an endpoint (CLI)', () => {
    const r = cli('Set-DefaultAWSRegion -Region ([Amazon.RegionEndpoint]::USWest2); $StoredAWSRegion; ([Amazon.RegionEndpoint]::EUWest1 | Get-AWSRegion).Name', { env: { AWS_REGION: '' } });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('us-west-2\nEurope (Ireland)\n');
  });

  it('a client config RegionEndpoint property converts names and endpoints, and rejects unknown names', async () => {
    const { run } = createTestEngine();
    const r = await run(
      "$c = New-Object Amazon.S3.AmazonS3Config; $c.RegionEndpoint = 'eu-west-1'; $c.RegionEndpoint.SystemName; $c.RegionEndpoint = [Amazon.RegionEndpoint]::APSoutheast2; $c.RegionEndpoint.DisplayName; $c.RegionEndpoint = 'mars-1'",
    );
    expect(r.stdout).toBe('eu-west-1\nAsia Pacific (Sydney)\n');
    expect(r.stderr).toContain('Cannot convert the "mars-1" value of type "System.String" to type "Amazon.RegionEndpoint".');
  });
});
