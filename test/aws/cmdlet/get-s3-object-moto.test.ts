// Get-S3Object (ListObjects V1) against a private moto over HTTP, run in-process through the engine:
// S3Object output with the .NET names, -KeyPrefix, auto-iteration on NextMarker and manual paging.

import { describe, expect, it } from 'vitest';
import { useMotoSession } from './moto-session.js';

const BUCKET = 'objects-demo';
const KEYS = ['a.txt', 'b.txt', 'logs/1.log', 'logs/2.log', 'z.txt'];

const session = useMotoSession({
  setup: ({ awsCli }) => {
    awsCli(['s3api', 'create-bucket', '--bucket', BUCKET]);
    for (const key of KEYS) awsCli(['s3api', 'put-object', '--bucket', BUCKET, '--key', key]);
  },
});

function run(script: string): Promise<{ stdout: string; stderr: string }> {
  return session.newEngine().run(script);
}

describe('Get-S3Object', () => {
  it('lists Amazon.S3.Model.S3Object objects with the .NET properties, BucketName filled', async () => {
    const r = await run(
      [
        `$o = Get-S3Object -BucketName ${BUCKET}`,
        '$o.Count',
        '$o[0].GetType().FullName',
        '($o[0] | Get-Member -MemberType Property).Name -join ","',
        '"$($o[0].BucketName) $($o[0].Key) $($o[0].Size) $($o[0].LastModified -is [datetime]) $($o[0].ETag.Length -gt 2) $($o[0].StorageClass)"',
        '($o.Key) -join ","',
      ].join('\n'),
    );
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(
      `5\nAmazon.S3.Model.S3Object\nBucketName,ETag,Key,LastModified,Owner,Size,StorageClass\n${BUCKET} a.txt 0 True True STANDARD\n${KEYS.join(',')}\n`,
    );
  });

  it('-KeyPrefix (and -Prefix, position 1) limit the listing', async () => {
    const r = await run(`(Get-S3Object -BucketName ${BUCKET} -KeyPrefix logs/).Key -join ","; (Get-S3Object ${BUCKET} z).Key`);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('logs/1.log,logs/2.log\nz.txt\n');
  });

  it('-Key returns the one object of that key', async () => {
    const r = await run(`(Get-S3Object -BucketName ${BUCKET} -Key a.txt).Key; @(Get-S3Object -BucketName ${BUCKET} -Key logs).Count`);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('a.txt\n0\n');
  });

  it('-Select * is the ListObjectsResponse; -Delimiter gives CommonPrefixes as strings', async () => {
    const r = await run(
      [
        `$r = Get-S3Object -BucketName ${BUCKET} -Delimiter / -Select *`,
        '$r.GetType().FullName',
        '$r.CommonPrefixes -join ","',
        '$r.IsTruncated',
        '@($r.S3Objects)[0].BucketName',
      ].join('\n'),
    );
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(`Amazon.S3.Model.ListObjectsResponse\nlogs/\nFalse\n${BUCKET}\n`);
  });

  it('-MaxKey 2 pages through everything', async () => {
    const r = await run(`(Get-S3Object -BucketName ${BUCKET} -MaxKey 2).Key -join ","; $AWSHistory.LastCommand.Responses.Count`);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(`${KEYS.join(',')}\n3\n`);
  });

  it('| Select-Object -First 1 with -MaxKey 2 makes exactly one call', async () => {
    const r = await run(`(Get-S3Object -BucketName ${BUCKET} -MaxKey 2 | Select-Object -First 1).Key; $AWSHistory.LastCommand.Responses.Count`);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('a.txt\n1\n');
  });

  // moto sends an opaque NextMarker even without -Delimiter; the last-key rule for real S3 is in test/aws/paging.
  it('manual paging with -Marker $null and $AWSHistory.LastServiceResponse.NextMarker', async () => {
    const r = await run(
      [
        '$all = @(); $marker = $null',
        'do {',
        `  $all += Get-S3Object -BucketName ${BUCKET} -Marker $marker -MaxKey 2`,
        '  $marker = $AWSHistory.LastServiceResponse.NextMarker',
        "  'page: ' + [bool]$marker",
        '} while ($marker)',
        '$all.Key -join ","',
      ].join('\n'),
    );
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(`page: True\npage: True\npage: False\n${KEYS.join(',')}\n`);
  });

  it('-PassThru writes the bucket name', async () => {
    const r = await run(`Get-S3Object -BucketName ${BUCKET} -PassThru`);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(`${BUCKET}\n`);
  });

  it('a missing bucket is a terminating AmazonS3Exception of GetS3ObjectCmdlet', async () => {
    const r = await run('try { Get-S3Object -BucketName no-such-bucket-y } catch { $_.Exception.Message; $_.FullyQualifiedErrorId }');
    expect(r.stdout).toBe('The specified bucket does not exist\nAmazon.S3.AmazonS3Exception,Amazon.PowerShell.Cmdlets.S3.GetS3ObjectCmdlet\n');
  });
});
