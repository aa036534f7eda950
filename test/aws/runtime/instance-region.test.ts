// The region from EC2 instance metadata (IMDSv2), the last region source: used only when nothing else gives a
// region and the service has no default; one short attempt, so without a metadata service the "No region"
// error still comes at once; AWS_EC2_METADATA_DISABLED and AWS_EC2_METADATA_SERVICE_ENDPOINT are honoured.
// The region actually used is read from the SigV4 credential scope of the request moto received.

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startMoto, type MotoServer } from '../../../src/local/moto.js';
import { fetchInstanceRegion, instanceMetadataEndpoint } from '../../../src/aws/regions/index.js';
import { startBlackHole, startFakeImds, type FakeImds } from './fake-imds.js';
import { startRecordingProxy, type RecordingProxy } from './recording-proxy.js';
import { awsFiles, baseEnv, runScriptAsync } from './run-cli.js';

const NO_REGION = 'No region specified or obtained from persisted/shell defaults.';
const KEYS = { AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE', AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' };

let moto: MotoServer;
let proxy: RecordingProxy;
let imds: FakeImds;

beforeAll(async () => {
  moto = await startMoto();
  proxy = await startRecordingProxy(moto.endpoint);
  imds = await startFakeImds('eu-west-3');
});

afterAll(async () => {
  await imds?.close();
  await proxy?.close();
  await moto?.stop();
});

beforeEach(() => {
  proxy.requests.length = 0;
  imds.requests.length = 0;
});

/** Metadata enabled (unlike baseEnv's default), no region variable, keys from the environment. */
function env(extra: Record<string, string> = {}): Record<string, string> {
  const e = baseEnv({ AWS_ENDPOINT_URL: proxy.endpoint, ...awsFiles().env, ...KEYS, ...extra });
  if (extra.AWS_EC2_METADATA_DISABLED === undefined) delete e.AWS_EC2_METADATA_DISABLED;
  return e;
}

/** The regions in the SigV4 credential scopes of the requests moto received. */
function signedRegions(): string[] {
  return proxy.requests.map((r) => /Credential=[^/]+\/\d{8}\/([^/]+)\//.exec(String(r.headers.authorization))?.[1] ?? '?');
}

describe('region from EC2 instance metadata (IMDSv2)', () => {
  it('is used when no other source has a region, through the token handshake, asked once per session', async () => {
    const r = await runScriptAsync('(Get-STSCallerIdentity).Account; (Get-STSCallerIdentity).Account', env({ AWS_EC2_METADATA_SERVICE_ENDPOINT: imds.endpoint }));
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('123456789012\n123456789012\n');
    expect(signedRegions()).toEqual(['eu-west-3', 'eu-west-3']);
    expect(imds.requests).toEqual(['PUT /latest/api/token', 'GET /latest/meta-data/placement/region']);
  });

  it('comes after AWS_REGION and AWS_DEFAULT_REGION, -Region and the shell default: then it is not asked', async () => {
    const script = '(Get-STSCallerIdentity).Account; (Get-STSCallerIdentity -Region ap-south-1).Account';
    await runScriptAsync(script, env({ AWS_EC2_METADATA_SERVICE_ENDPOINT: imds.endpoint, AWS_REGION: 'us-west-2' }));
    await runScriptAsync(script, env({ AWS_EC2_METADATA_SERVICE_ENDPOINT: imds.endpoint, AWS_DEFAULT_REGION: 'ca-central-1' }));
    await runScriptAsync('Set-DefaultAWSRegion sa-east-1; (Get-STSCallerIdentity).Account', env({ AWS_EC2_METADATA_SERVICE_ENDPOINT: imds.endpoint }));
    expect(signedRegions()).toEqual(['us-west-2', 'ap-south-1', 'ca-central-1', 'ap-south-1', 'sa-east-1']);
    expect(imds.requests).toEqual([]);
  });

  it('is not asked for a service with a default region (S3 uses us-east-1)', async () => {
    const r = await runScriptAsync('(Get-S3Bucket | Measure-Object).Count', env({ AWS_EC2_METADATA_SERVICE_ENDPOINT: imds.endpoint }));
    expect(r.stderr).toBe('');
    expect(signedRegions()).toEqual(['us-east-1']);
    expect(imds.requests).toEqual([]);
  });

  it('AWS_EC2_METADATA_DISABLED=true: never asked, the no-region error', async () => {
    const r = await runScriptAsync('Get-STSCallerIdentity', env({ AWS_EC2_METADATA_SERVICE_ENDPOINT: imds.endpoint, AWS_EC2_METADATA_DISABLED: 'true' }));
    expect(r.stderr).toBe(`Get-STSCallerIdentity: ${NO_REGION}\n`);
    expect(imds.requests).toEqual([]);
    expect(proxy.requests).toEqual([]);
  });

  it('a metadata service that never answers: the no-region error within 3 seconds, not a long probe', async () => {
    const hole = await startBlackHole();
    try {
      const started = Date.now();
      const r = await runScriptAsync('Get-STSCallerIdentity', env({ AWS_EC2_METADATA_SERVICE_ENDPOINT: hole.endpoint }));
      const elapsed = Date.now() - started;
      expect(r.stderr).toBe(`Get-STSCallerIdentity: ${NO_REGION}\n`);
      expect(hole.requests.length).toBe(1);
      expect(elapsed).toBeLessThan(3000);
    } finally {
      await hole.close();
    }
  });

  it('the default metadata address (nothing there off EC2): the no-region error within 3 seconds', async () => {
    const started = Date.now();
    const r = await runScriptAsync('Get-STSCallerIdentity', env());
    expect(r.stderr).toBe(`Get-STSCallerIdentity: ${NO_REGION}\n`);
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('endpoint selection follows the SDK variables', async () => {
    expect(instanceMetadataEndpoint({})).toBe('http://169.254.169.254');
    expect(instanceMetadataEndpoint({ AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE: 'IPv6' })).toBe('http://[fd00:ec2::254]');
    expect(instanceMetadataEndpoint({ AWS_EC2_METADATA_SERVICE_ENDPOINT: 'http://10.0.0.1:8080/' })).toBe('http://10.0.0.1:8080');
    expect(instanceMetadataEndpoint({ AWS_EC2_METADATA_DISABLED: 'TRUE', AWS_EC2_METADATA_SERVICE_ENDPOINT: 'http://x' })).toBeUndefined();
    expect(await fetchInstanceRegion(imds.endpoint)).toBe('eu-west-3');
  });
});
