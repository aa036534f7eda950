// -ClientConfig AuthenticationRegion (the SDK's signingRegion) and UseHttp (http for an endpoint the shell did
// not get explicitly), mapped and then observed on the wire: the SigV4 credential scope moto received, and an
// https AWS_ENDPOINT_URL (which the plain-http emulator cannot answer) reached over http.

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { PSHashtable } from '../../../src/objects/hashtable.js';
import { startMoto, type MotoServer } from '../../../src/local/moto.js';
import { clientConfigSettings } from '../../../src/aws/cmdlet/client-config.js';
import { startRecordingProxy, type RecordingProxy } from './recording-proxy.js';
import { awsFiles, baseEnv, runScriptAsync } from './run-cli.js';

const S3_CLASS = 'Amazon.PowerShell.Cmdlets.S3.GetS3BucketCmdlet';
const KEYS = { AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE', AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' };

function settings(record: Record<string, unknown>): ReturnType<typeof clientConfigSettings> {
  return clientConfigSettings(PSHashtable.from(Object.entries(record)), 's3', S3_CLASS);
}

describe('ClientConfig mapping', () => {
  it('AuthenticationRegion becomes the signing region; $null and empty leave it unset', () => {
    expect(settings({ AuthenticationRegion: 'eu-central-1' })).toEqual({ signingRegion: 'eu-central-1' });
    expect(settings({ authenticationregion: null })).toEqual({});
    expect(settings({ AuthenticationRegion: '' })).toEqual({});
  });

  it('UseHttp is a boolean setting (PowerShell conversion), kept next to a ServiceURL', () => {
    expect(settings({ UseHttp: true })).toEqual({ useHttp: true });
    expect(settings({ UseHttp: 0 })).toEqual({ useHttp: false });
    expect(settings({ UseHttp: true, ServiceURL: 'https://localhost:1' })).toEqual({ useHttp: true, endpoint: 'https://localhost:1' });
  });
});

describe('ClientConfig on the wire (moto behind a recording proxy)', () => {
  let moto: MotoServer;
  let proxy: RecordingProxy;

  beforeAll(async () => {
    moto = await startMoto();
    proxy = await startRecordingProxy(moto.endpoint);
  });

  afterAll(async () => {
    await proxy?.close();
    await moto?.stop();
  });

  beforeEach(() => {
    proxy.requests.length = 0;
  });

  function env(endpoint: string): Record<string, string> {
    return baseEnv({ AWS_ENDPOINT_URL: endpoint, AWS_REGION: 'us-east-1', ...KEYS, ...awsFiles().env });
  }

  function signedRegions(): string[] {
    return proxy.requests.map((r) => /Credential=[^/]+\/\d{8}\/([^/]+)\//.exec(String(r.headers.authorization))?.[1] ?? '?');
  }

  it('AuthenticationRegion signs for that region while the client region stays', async () => {
    const r = await runScriptAsync(
      "(Get-STSCallerIdentity -ClientConfig @{ AuthenticationRegion = 'eu-central-1' }).Account; (Get-STSCallerIdentity).Account",
      env(proxy.endpoint),
    );
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('123456789012\n123456789012\n');
    expect(signedRegions()).toEqual(['eu-central-1', 'us-east-1']);
  });

  it('UseHttp turns an https AWS_ENDPOINT_URL into http; without it the https endpoint is used (and fails here)', async () => {
    const https = proxy.endpoint.replace('http://', 'https://');
    const withHttp = await runScriptAsync(
      '(Get-STSCallerIdentity -ClientConfig @{ UseHttp = $true }).Account; (Get-S3Bucket -ClientConfig @{ UseHttp = $true } | Measure-Object).Count',
      env(https),
    );
    expect(withHttp.stderr).toBe('');
    expect(withHttp.stdout).toBe('123456789012\n0\n');
    expect(proxy.requests.map((q) => q.method)).toEqual(['POST', 'GET']);

    proxy.requests.length = 0;
    const without = await runScriptAsync('try { Get-STSCallerIdentity -ErrorAction Stop } catch { $_.Exception.GetType().FullName }', env(https));
    expect(without.stdout).toBe('Amazon.Runtime.AmazonClientException\n');
    expect(proxy.requests).toEqual([]);
  });

  it('UseHttp leaves an explicit -EndpointUrl as it is (as .NET leaves a ServiceURL)', async () => {
    const https = proxy.endpoint.replace('http://', 'https://');
    const r = await runScriptAsync(
      `try { Get-STSCallerIdentity -EndpointUrl ${https} -ClientConfig @{ UseHttp = $true } -ErrorAction Stop } catch { 'refused' }`,
      env(proxy.endpoint),
    );
    expect(r.stdout).toBe('refused\n');
    expect(proxy.requests).toEqual([]);
  });
});
