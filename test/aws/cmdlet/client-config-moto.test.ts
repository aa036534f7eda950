// -ClientConfig on real service cmdlets against a real moto, with no AWS_ENDPOINT_URL: the endpoint comes
// from the config's ServiceURL (or -EndpointUrl, which wins), the region from -Region before RegionEndpoint.

import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { createTestEngine } from '../../helpers/engine.js';
import { useMotoSession } from './moto-session.js';

/** moto's address by host name (not IP), so virtual-hosted addressing would be visible. */
let motoByName: string;

const session = useMotoSession({
  endpointEnv: false,
  setup: ({ moto }) => {
    const url = new URL(session.moto.endpoint);
    url.hostname = 'localhost';
    motoByName = url.origin;
  },
});

function newEngine(): ReturnType<typeof createTestEngine> {
  return session.newEngine();
}

function bucketLocation(bucket: string): string | null {
  const out = execFileSync('aws', ['--endpoint-url', session.moto.endpoint, '--output', 'json', 's3api', 'get-bucket-location', '--bucket', bucket], {
    encoding: 'utf8',
    env: process.env,
  });
  return (JSON.parse(out) as { LocationConstraint?: string | null }).LocationConstraint ?? null;
}

describe('-ClientConfig against moto', () => {
  it('ServiceURL sends the call to moto with no AWS_ENDPOINT_URL set', async () => {
    expect(process.env.AWS_ENDPOINT_URL).toBeUndefined();
    const { run } = newEngine();
    const r = await run(
      [
        `$cc = @{ ServiceURL = '${session.moto.endpoint}' }`,
        'New-S3Bucket -BucketName cc-service-url -ClientConfig $cc | Out-Null',
        '(Get-S3Bucket -ClientConfig $cc).BucketName -contains "cc-service-url"',
      ].join('\n'),
    );
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('True\n');
  });

  it('the documented splatting example binds (ForcePathStyle and a TimeSpan Timeout)', async () => {
    const { run } = newEngine();
    const r = await run(
      [
        `$params = @{ ClientConfig = @{ ServiceURL = '${motoByName}'; ForcePathStyle = $true; Timeout = [TimeSpan]::FromMilliseconds(150000); MaxErrorRetry = 2 }; BucketName = 'cc-splat' }`,
        'New-S3Bucket @params | Out-Null',
        "(Get-S3Bucket -ClientConfig $params.ClientConfig -BucketName cc-splat).BucketName",
      ].join('\n'),
    );
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('cc-splat\n');
  });

  it('ForcePathStyle = $false is honoured: the bucket goes into the host name', async () => {
    const { run } = newEngine();
    const r = await run(`try { New-S3Bucket -BucketName cc-virtual -ClientConfig @{ ServiceURL = '${motoByName}'; ForcePathStyle = $false } } catch { $_.Exception.Message }`);
    expect(r.stdout).toContain('cc-virtual.localhost');
  });

  it('-EndpointUrl beats the ServiceURL', async () => {
    const { run } = newEngine();
    const r = await run(`(Get-S3Bucket -EndpointUrl '${session.moto.endpoint}' -ClientConfig @{ ServiceURL = 'http://localhost:1' }).BucketName -contains 'cc-service-url'`);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('True\n');
  });

  it('RegionEndpoint beats the session default, and -Region beats RegionEndpoint', async () => {
    const { run } = newEngine();
    const r = await run(
      [
        'Set-DefaultAWSRegion -Region us-west-2',
        `New-S3Bucket -BucketName cc-config-region -ClientConfig @{ ServiceURL = '${session.moto.endpoint}'; RegionEndpoint = 'eu-west-1' } | Out-Null`,
        `New-S3Bucket -BucketName cc-param-region -Region eu-central-1 -ClientConfig @{ ServiceURL = '${session.moto.endpoint}'; RegionEndpoint = 'eu-west-1' } | Out-Null`,
      ].join('\n'),
    );
    expect(r.stderr).toBe('');
    expect(bucketLocation('cc-config-region')).toBe('eu-west-1');
    expect(bucketLocation('cc-param-region')).toBe('eu-central-1');
  });

  it('an unknown property is the binding error AWS Tools documents', async () => {
    const { run } = newEngine();
    const r = await run(
      `try { Get-S3Bucket -ClientConfig @{ ForcePathStyle = $true; UndefinedProperty = 'Value' } } catch { $_.Exception.Message; $_.Exception.GetType().FullName; $_.FullyQualifiedErrorId }`,
    );
    expect(r.stdout).toBe(
      [
        `Cannot bind parameter 'ClientConfig'. Cannot create object of type "Amazon.S3.AmazonS3Config". The UndefinedProperty property was not found for the Amazon.S3.AmazonS3Config object.`,
        'System.Management.Automation.ParameterBindingException',
        'CannotConvertArgumentNoMessage,Amazon.PowerShell.Cmdlets.S3.GetS3BucketCmdlet',
        '',
      ].join('\n'),
    );
  });

  it('a value of the wrong type is a binding error naming the conversion', async () => {
    const { run } = newEngine();
    const r = await run(`try { Get-S3Bucket -ClientConfig @{ MaxErrorRetry = 'abc' } } catch { $_.Exception.Message }`);
    expect(r.stdout).toBe(
      `Cannot bind parameter 'ClientConfig'. Cannot create object of type "Amazon.S3.AmazonS3Config". Cannot convert value "abc" to type "System.Int32". Error: "Input string was not in a correct format."\n`,
    );
  });

  it('each service has its own config class', async () => {
    const { run } = newEngine();
    const r = await run(`try { Get-STSCallerIdentity -ClientConfig @{ ForcePathStyle = $true } } catch { $_.Exception.Message }`);
    expect(r.stdout).toBe(
      `Cannot bind parameter 'ClientConfig'. Cannot create object of type "Amazon.SecurityToken.AmazonSecurityTokenServiceConfig". The ForcePathStyle property was not found for the Amazon.SecurityToken.AmazonSecurityTokenServiceConfig object.\n`,
    );
  });
});
