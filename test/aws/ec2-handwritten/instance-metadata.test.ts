// Get-EC2InstanceMetadata in-process against a local IMDSv2 server (test/support/imds-server.ts): each
// well-known category reads the item the .NET SDK reads, -Path reads any item, -ListCategory needs no
// service, and off EC2 (nothing listening, a black-holed address, or metadata disabled) the errors are clear
// and quick.

import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTestEngine } from '../../helpers/engine.js';
import { startImdsServer, type ImdsServer } from '../../support/imds-server.js';
import { startBlackHole } from '../runtime/fake-imds.js';

const DOCUMENT = JSON.stringify({ accountId: '111122223333', region: 'eu-west-1', instanceId: 'i-0123456789abcdef0', availabilityZone: 'eu-west-1b' }, null, 2);
const MAC = '0e:49:61:0f:c3:11';
const MAC2 = '0e:49:61:0f:c3:22';

const ITEMS: Record<string, string> = {
  '/latest/meta-data/ami-id': 'ami-b2e756ca',
  '/latest/meta-data/ami-launch-index': '0',
  '/latest/meta-data/ami-manifest-path': '(unknown)',
  '/latest/meta-data/ancestor-ami-ids': 'ami-11111111\nami-22222222',
  '/latest/meta-data/block-device-mapping': 'ami\nroot',
  '/latest/meta-data/block-device-mapping/ami': '/dev/xvda',
  '/latest/meta-data/block-device-mapping/root': '/dev/xvda1',
  '/latest/meta-data/instance-id': 'i-0123456789abcdef0',
  '/latest/meta-data/instance-type': 't3.small',
  '/latest/meta-data/local-hostname': 'ip-10-0-0-171.eu-west-1.compute.internal',
  '/latest/meta-data/local-ipv4': '10.0.0.171',
  '/latest/meta-data/placement/availability-zone': 'eu-west-1b',
  '/latest/meta-data/product-codes': 'pc-1\npc-2',
  '/latest/meta-data/network/interfaces/macs': `${MAC}/\n${MAC2}/`,
  [`/latest/meta-data/network/interfaces/macs/${MAC}/public-hostname`]: 'ec2-203-0-113-25.eu-west-1.compute.amazonaws.com',
  [`/latest/meta-data/network/interfaces/macs/${MAC}/public-ipv4s`]: '203.0.113.25\n203.0.113.26',
  [`/latest/meta-data/network/interfaces/macs/${MAC2}/public-hostname`]: 'ec2-198-51-100-7.eu-west-1.compute.amazonaws.com',
  [`/latest/meta-data/network/interfaces/macs/${MAC2}/public-ipv4s`]: '198.51.100.7',
  '/latest/meta-data/public-keys/0/openssh-key': 'ssh-rsa AAAAB3Nza my-key',
  '/latest/meta-data/reservation-id': 'r-0abc',
  '/latest/meta-data/security-groups': 'default\nweb',
  '/latest/user-data': '#!/bin/bash\necho hello',
  '/latest/dynamic/fws/instance-monitoring': 'disabled',
  '/latest/dynamic/instance-identity/document': DOCUMENT,
  '/latest/dynamic/instance-identity/signature': 'c2lnbmF0dXJl',
  '/latest/dynamic/instance-identity/pkcs7': 'MIAGCSqGSIb3DQEHAqCAMIACAQExCzAJBgUrDgMCGgUAMIAGCSqGSIb3DQEHAaCAJIAEggHbewog',
};

let imds: ImdsServer;
const saved = { endpoint: process.env.AWS_EC2_METADATA_SERVICE_ENDPOINT, disabled: process.env.AWS_EC2_METADATA_DISABLED };

beforeAll(async () => {
  imds = await startImdsServer(ITEMS);
});
afterAll(async () => {
  await imds.close();
});
afterEach(() => {
  for (const [name, value] of [
    ['AWS_EC2_METADATA_SERVICE_ENDPOINT', saved.endpoint],
    ['AWS_EC2_METADATA_DISABLED', saved.disabled],
  ] as const) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

async function run(script: string, endpoint: string = imds.endpoint): Promise<{ stdout: string; stderr: string }> {
  process.env.AWS_EC2_METADATA_SERVICE_ENDPOINT = endpoint;
  delete process.env.AWS_EC2_METADATA_DISABLED;
  return createTestEngine().run(script);
}

describe('Get-EC2InstanceMetadata -Category', () => {
  it('reads each single-valued category from the item the .NET SDK reads', async () => {
    const cases: Array<[string, string]> = [
      ['AmiId', 'ami-b2e756ca'],
      ['LaunchIndex', '0'],
      ['ManifestPath', '(unknown)'],
      ['InstanceId', 'i-0123456789abcdef0'],
      ['InstanceType', 't3.small'],
      ['LocalHostname', 'ip-10-0-0-171.eu-west-1.compute.internal'],
      ['LocalIpv4', '10.0.0.171'],
      ['AvailabilityZone', 'eu-west-1b'],
      ['PublicKey', 'ssh-rsa AAAAB3Nza my-key'],
      ['ReservationId', 'r-0abc'],
      ['InstanceMonitoring', 'disabled'],
      ['IdentitySignature', 'c2lnbmF0dXJl'],
    ];
    const script = cases.map(([c]) => `"${c}=$(Get-EC2InstanceMetadata -Category ${c})"`).join('\n');
    const r = await run(script);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(cases.map(([c, v]) => `${c}=${v}`).join('\n') + '\n');
  });

  it('writes multi-line items (user data, the identity document) as one string', async () => {
    const r = await run('$u = Get-EC2InstanceMetadata -Category UserData; $u.GetType().FullName; $u\n(Get-EC2InstanceMetadata -Category IdentityDocument | ConvertFrom-Json).accountId');
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('System.String\n#!/bin/bash\necho hello\n111122223333\n');
  });

  it('enumerates list categories; several categories in one call write in order', async () => {
    const r = await run(
      [
        '(Get-EC2InstanceMetadata -Category AncestorAmiId) -join ","',
        '(Get-EC2InstanceMetadata -Category ProductCode) -join ","',
        '(Get-EC2InstanceMetadata -Category PublicIpv4) -join ","',
        '(Get-EC2InstanceMetadata -Category PublicHostname) -join ","',
        '(Get-EC2InstanceMetadata -Category InstanceId, amiid, InstanceType) -join ","',
      ].join('\n'),
    );
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(
      [
        'ami-11111111,ami-22222222',
        'pc-1,pc-2',
        '203.0.113.25,203.0.113.26,198.51.100.7',
        'ec2-203-0-113-25.eu-west-1.compute.amazonaws.com,ec2-198-51-100-7.eu-west-1.compute.amazonaws.com',
        'i-0123456789abcdef0,ami-b2e756ca,t3.small',
      ].join('\n') + '\n',
    );
  });

  it('SecurityGroup is written as one list object, BlockDeviceMapping as Key/Value pairs', async () => {
    const r = await run(
      [
        '@(Get-EC2InstanceMetadata -Category SecurityGroup).Count',
        '(Get-EC2InstanceMetadata -Category SecurityGroup) -join ","',
        'Get-EC2InstanceMetadata -Category BlockDeviceMapping | ForEach-Object { "$($_.Key)=$($_.Value)" }',
      ].join('\n'),
    );
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('1\ndefault,web\nami=/dev/xvda\nroot=/dev/xvda1\n');
  });

  it('Region is the RegionEndpoint of the identity document\'s region', async () => {
    const r = await run('$r = Get-EC2InstanceMetadata -Category Region; $r.GetType().FullName; $r.SystemName; $r.DisplayName; "$r"');
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('Amazon.RegionEndpoint\neu-west-1\nEurope (Ireland)\nEurope (Ireland) (eu-west-1)\n');
  });

  it('an item the instance does not have (KernelId on HVM) writes $null, as the .NET SDK returns null for a 404', async () => {
    const r = await run('$k = Get-EC2InstanceMetadata -Category KernelId; $null -eq $k; @(Get-EC2InstanceMetadata -Category RamdiskId).Count');
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('True\n1\n');
  });

  it('speaks IMDSv2: one token request per invocation, every GET carries the token (the server refuses others)', async () => {
    imds.requests.length = 0;
    const r = await run('Get-EC2InstanceMetadata -Category InstanceId, InstanceType');
    expect(r.stderr).toBe('');
    expect(imds.requests).toEqual(['PUT /latest/api/token', 'GET /latest/meta-data/instance-id', 'GET /latest/meta-data/instance-type']);
  });

  it('falls back to IMDSv1 when the service refuses the token request', async () => {
    const v1 = await startImdsServer(ITEMS, { v1Only: true });
    try {
      const r = await run('Get-EC2InstanceMetadata -Category InstanceId', v1.endpoint);
      expect(r.stderr).toBe('');
      expect(r.stdout).toBe('i-0123456789abcdef0\n');
    } finally {
      await v1.close();
    }
  });

  it('a name outside the enumeration is the binder\'s conversion error listing the categories', async () => {
    const r = await run('Get-EC2InstanceMetadata -Category Hostname');
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(
      'Cannot bind parameter \'Category\'. Cannot convert value "Hostname" to type "Amazon.PowerShell.Cmdlets.EC2.GetEC2InstanceMetadataCmdlet+MetadataCategory". Error: "Unable to match the identifier name Hostname to a valid enumerator name. Specify one of the following enumerator names and try again:',
    );
  });
});

describe('Get-EC2InstanceMetadata -Path and -ListCategory', () => {
  it('-Path reads items under /latest/meta-data, with or without the leading slash', async () => {
    const r = await run('Get-EC2InstanceMetadata -Path /instance-id, placement/availability-zone\nGet-EC2InstanceMetadata -Path /network/interfaces/macs');
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(`i-0123456789abcdef0\neu-west-1b\n${MAC}/\n${MAC2}/\n`);
  });

  it('-ListCategory writes the enumeration names without asking the service', async () => {
    imds.requests.length = 0;
    const r = await run('$c = Get-EC2InstanceMetadata -ListCategory; $c.Count; $c[0]; $c[-1]; $c[16]');
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('24\nAmiId\nIdentityPkcs7\nRegion\n');
    expect(imds.requests).toEqual([]);
  });
});

describe('Get-EC2InstanceMetadata off EC2', () => {
  it('a black-holed metadata address fails within about a second, once per invocation, each category a non-terminating ReadError', async () => {
    const hole = await startBlackHole();
    try {
      const started = Date.now();
      const r = await run(
        [
          '$e = $null',
          'Get-EC2InstanceMetadata -Category InstanceId, Region -ErrorVariable e -ErrorAction SilentlyContinue',
          '$e.Count',
          '$e[0].CategoryInfo.Category',
          '$e[0].FullyQualifiedErrorId.StartsWith("Failed to retrieve requested metadata. Error The EC2 instance metadata service at ")',
          '"$($e[0].TargetObject)"',
          "'after'",
        ].join('\n'),
        hole.endpoint,
      );
      const elapsed = Date.now() - started;
      expect(r.stderr).toBe('');
      expect(r.stdout).toBe('2\nReadError\nTrue\nInstanceId\nafter\n');
      expect(elapsed).toBeLessThan(3000);
      expect(hole.requests).toEqual(['connection']);
    } finally {
      await hole.close();
    }
  });

  it('the error names the endpoint and says metadata exists only on EC2', async () => {
    const hole = await startBlackHole();
    try {
      const r = await run('Get-EC2InstanceMetadata -Category AmiId', hole.endpoint);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain(
        `Get-EC2InstanceMetadata: The EC2 instance metadata service at ${hole.endpoint} did not answer (no answer within 1000 ms). Instance metadata is only available on an EC2 instance; elsewhere, set AWS_EC2_METADATA_SERVICE_ENDPOINT to a metadata service.`,
      );
    } finally {
      await hole.close();
    }
  });

  it('AWS_EC2_METADATA_DISABLED=true fails at once without a request; -Path errors are PathNotFound', async () => {
    imds.requests.length = 0;
    process.env.AWS_EC2_METADATA_SERVICE_ENDPOINT = imds.endpoint;
    process.env.AWS_EC2_METADATA_DISABLED = 'true';
    const r = await createTestEngine().run('$e = $null; Get-EC2InstanceMetadata -Path /instance-id -ErrorVariable e -ErrorAction SilentlyContinue; $e[0].FullyQualifiedErrorId; $e[0].CategoryInfo.Category; $e[0].Exception.Message');
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(
      'PathNotFound,Amazon.PowerShell.Cmdlets.EC2.GetEC2InstanceMetadataCmdlet\nInvalidArgument\nAccess to the EC2 instance metadata service is disabled (AWS_EC2_METADATA_DISABLED is true).\n',
    );
    expect(imds.requests).toEqual([]);
  });

  it('an HTTP error other than 404 is reported with its status', async () => {
    const r = await run('Get-EC2InstanceMetadata -Path /instance-id', imds.endpoint.replace(/\/?$/, '/nowhere'));
    // The token URL under a different prefix is unknown to the server (404 → IMDSv1), and GETs without a
    // token are refused with 401.
    expect(r.stderr).toContain('The EC2 instance metadata service answered /latest/meta-data/instance-id with HTTP status 401.');
  });
});
