// The service cmdlet base with real cmdlets (Get-S3Bucket, New-S3Bucket, Get-STSCallerIdentity) against a
// real moto over HTTP, run in-process through the engine.

import { describe, expect, it } from 'vitest';
import { defineServiceCmdlet } from '../../../src/aws/cmdlet/index.js';
import { createTestEngine } from '../../helpers/engine.js';
import { useMotoSession } from './moto-session.js';


// A paging cmdlet made with the same base (Get-S3ObjectV2's ListObjectsV2 iteration), to prove auto-iteration.
const getTestObjects = defineServiceCmdlet({
  name: 'Get-TestS3ObjectV2',
  module: 'AWS.Tools.S3',
  service: 's3',
  className: 'Amazon.PowerShell.Cmdlets.S3.GetS3ObjectV2Cmdlet',
  operation: 'ListObjectsV2',
  sdkCommand: 'ListObjectsV2Command',
  parameters: [
    { name: 'BucketName', type: 'System.String', position: 0, requestMember: 'Bucket' },
    { name: 'ContinuationToken', type: 'System.String', aliases: ['NextToken'], requestMember: 'ContinuationToken' },
    { name: 'MaxKey', type: 'System.Int32', aliases: ['MaxItems'], requestMember: 'MaxKeys' },
  ],
  select: 'S3Objects',
  responseType: 'Amazon.S3.Model.ListObjectsV2Response',
  outputType: ['Amazon.S3.Model.S3Object'],
  defaultRegion: 'us-east-1',
  paging: { startParameter: 'ContinuationToken', requestToken: 'ContinuationToken', responseToken: 'NextContinuationToken', pageSizeMember: 'MaxKeys' },
});

const session = useMotoSession();

function newEngine(): ReturnType<typeof createTestEngine> {
  return session.newEngine([getTestObjects]);
}

function awsCli(args: string[]): string {
  return session.awsCli(args);
}

describe('New-S3Bucket and Get-S3Bucket', () => {
  it('creates a bucket and lists it as an Amazon.S3.Model.S3Bucket with a Date CreationDate', async () => {
    const { run } = newEngine();
    const r = await run(
      [
        '$n = New-S3Bucket -BucketName demo-list',
        '"new: $($n.BucketName) $($n.GetType().FullName) $($n.CreationDate -is [datetime])"',
        '$b = Get-S3Bucket | Where-Object BucketName -eq demo-list',
        '"get: $($b.BucketName) $($b.CreationDate -is [datetime])"',
        '$b.pstypenames[0]',
        '($b | Get-Member -MemberType Property).Name -join ","',
      ].join('\n'),
    );
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(
      'new: demo-list Amazon.S3.Model.S3Bucket True\nget: demo-list True\nAmazon.S3.Model.S3Bucket\nBucketName,CreationDate\n',
    );
  });

  it('-BucketName (position 0) filters Get-S3Bucket to that bucket', async () => {
    const { run } = newEngine();
    const r = await run('New-S3Bucket demo-filter-a | Out-Null; New-S3Bucket demo-filter-b | Out-Null; (Get-S3Bucket demo-filter-b).BucketName; @(Get-S3Bucket nope).Count');
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('demo-filter-b\n0\n');
  });

  it('-Select * gives the ListBucketsResponse and -Select Buckets.BucketName the names', async () => {
    const { run } = newEngine();
    const r = await run(
      [
        'New-S3Bucket demo-select | Out-Null',
        '$r = Get-S3Bucket -Select *',
        '$r.GetType().FullName',
        '$r.HttpStatusCode.ToString()',
        '@($r.Buckets)[0].GetType().FullName',
        '(Get-S3Bucket -Select Buckets.BucketName) -contains "demo-select"',
        '(Get-S3Bucket -Select Buckets.BucketName)[0].GetType().FullName',
      ].join('\n'),
    );
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('Amazon.S3.Model.ListBucketsResponse\nOK\nAmazon.S3.Model.S3Bucket\nTrue\nSystem.String\n');
  });

  it('an invalid -Select is the AWS Tools ArgumentException', async () => {
    const { run } = newEngine();
    const r = await run("try { Get-S3Bucket -Select Nope } catch { $_.Exception.Message; $_.FullyQualifiedErrorId }");
    expect(r.stdout).toBe("Invalid value for -Select parameter. (Parameter 'Select')\nSystem.ArgumentException,Amazon.PowerShell.Cmdlets.S3.GetS3BucketCmdlet\n");
  });

  it('a -Region other than us-east-1 sets the location constraint', async () => {
    const { run } = newEngine();
    const r = await run('New-S3Bucket -BucketName demo-west -Region eu-west-1 | Out-Null; New-S3Bucket -BucketName demo-east | Out-Null');
    expect(r.stderr).toBe('');
    expect(JSON.parse(awsCli(['s3api', 'get-bucket-location', '--bucket', 'demo-west']))).toEqual({ LocationConstraint: 'eu-west-1' });
    expect(JSON.parse(awsCli(['s3api', 'get-bucket-location', '--bucket', 'demo-east'])).LocationConstraint ?? null).toBeNull();
  });

  it('-WhatIf describes the call and makes none', async () => {
    const { run } = newEngine();
    const r = await run('New-S3Bucket demo-whatif -WhatIf; @(Get-S3Bucket demo-whatif).Count');
    expect(r.stdout).toBe('What if: Performing the operation "New-S3Bucket (PutBucket)" on target "demo-whatif".\n0\n');
  });

  it('parameters awsps does not implement fail loudly', async () => {
    const { run } = newEngine();
    const r = await run("try { Get-S3Bucket -ClientConfig @{ ProxyHost = 'proxy' } } catch { $_.Exception.Message; $_.Exception.GetType().FullName }");
    expect(r.stdout).toBe('The ClientConfig property ProxyHost (Amazon.S3.AmazonS3Config) is not supported yet by awsps.\nSystem.NotSupportedException\n');
  });
});

describe('errors', () => {
  it('a missing bucket is a terminating AmazonS3Exception', async () => {
    const { run } = newEngine();
    const r = await run(
      "try { Get-TestS3ObjectV2 -BucketName no-such-bucket-x; 'not reached' } catch { $_.Exception.Message; $_.Exception.GetType().FullName; $_.FullyQualifiedErrorId }",
    );
    expect(r.stdout).toBe(
      'The specified bucket does not exist\nAmazon.S3.AmazonS3Exception\nAmazon.S3.AmazonS3Exception,Amazon.PowerShell.Cmdlets.S3.GetS3ObjectV2Cmdlet\n',
    );
  });

  it('an existing bucket name is the service error', async () => {
    const { run } = newEngine();
    const r = await run("New-S3Bucket demo-twice -Region eu-west-1 | Out-Null; try { New-S3Bucket demo-twice -Region eu-west-1 } catch { $_.Exception.GetType().FullName }");
    expect(r.stdout).toBe('Amazon.S3.AmazonS3Exception\n');
  });
});

describe('Get-STSCallerIdentity', () => {
  it('returns the caller identity response with the account', async () => {
    const { run } = newEngine();
    const r = await run('$i = Get-STSCallerIdentity; $i.Account; $i.GetType().FullName; $i.Arn -like "arn:aws:*"');
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('123456789012\nAmazon.SecurityToken.Model.GetCallerIdentityResponse\nTrue\n');
  });

  it('without any region source fails as AWS Tools does (STS has no default region)', async () => {
    const { run } = newEngine();
    delete process.env.AWS_REGION;
    try {
      const r = await run('try { Get-STSCallerIdentity } catch { $_.Exception.Message }; (Get-STSCallerIdentity -Region eu-west-1).Account');
      expect(r.stdout).toBe('No region specified or obtained from persisted/shell defaults.\n123456789012\n');
    } finally {
      process.env.AWS_REGION = 'us-east-1';
    }
  });

  it('uses explicit -AccessKey/-SecretKey', async () => {
    const { run } = newEngine();
    const r = await run('(Get-STSCallerIdentity -AccessKey AKIAIOSFODNN7EXAMPLE -SecretKey wJalrXUtnFEMIK7MDENGbPxRfiCYEXAMPLEKEY).Account');
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^\d{12}\n$/);
  });
});

describe('$AWSHistory and paging', () => {
  it('records the cmdlet and its response', async () => {
    const { run } = newEngine();
    const r = await run('Get-STSCallerIdentity | Out-Null; $AWSHistory.LastCommand.CmdletName; $AWSHistory.LastServiceResponse.Account; $AWSHistory.LastCommand.EmittedObjectsCount');
    expect(r.stdout).toBe('Get-STSCallerIdentity\n123456789012\n1\n');
  });

  it('Get-S3Bucket | Select-Object -First 1 makes one call', async () => {
    const { run } = newEngine();
    const r = await run('New-S3Bucket demo-first | Out-Null; New-S3Bucket demo-first-2 | Out-Null; @(Get-S3Bucket | Select-Object -First 1).Count; $AWSHistory.LastCommand.CmdletName; $AWSHistory.LastCommand.Responses.Count');
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('1\nGet-S3Bucket\n1\n');
  });

  it('auto-iterates every page, and stops requesting pages when downstream stops', async () => {
    const { run } = newEngine();
    const setup = "New-S3Bucket demo-pages | Out-Null";
    await run(setup);
    for (const key of ['a', 'b', 'c']) awsCli(['s3api', 'put-object', '--bucket', 'demo-pages', '--key', key]);
    const all = await run('(Get-TestS3ObjectV2 demo-pages -MaxKey 1).Key -join ","; $AWSHistory.LastCommand.Responses.Count');
    expect(all.stderr).toBe('');
    expect(all.stdout).toBe('a,b,c\n3\n');
    const first = await run('(Get-TestS3ObjectV2 demo-pages -MaxKey 1 | Select-Object -First 1).Key; $AWSHistory.LastCommand.Responses.Count');
    expect(first.stdout).toBe('a\n1\n');
    const manual = await run('(Get-TestS3ObjectV2 demo-pages -MaxKey 1 -NoAutoIteration).Key; $AWSHistory.LastServiceResponse.NextContinuationToken -ne $null');
    expect(manual.stdout).toBe('a\nTrue\n');
  });
});
