// Remove-S3Object, Remove-S3Bucket, Copy-S3Object, Test-S3Bucket, Get-S3PreSignedURL, Get-S3MultipartUpload and
// Remove-S3MultipartUpload in-process against a private moto; the resulting state is read back with the AWS CLI.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { useMotoSession } from '../cmdlet/moto-session.js';

const session = useMotoSession();
let dir = '';
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'awsps-s3mg-'));
});

async function run(script: string): Promise<{ stdout: string; stderr: string }> {
  return session.newEngine().run(`Set-Location '${dir}'\n${script}`);
}

function cli(args: string[]): unknown {
  const out = session.awsCli(args);
  return out.trim() === '' ? null : JSON.parse(out);
}

function bucketWith(bucket: string, keys: string[], versioned = false): void {
  session.awsCli(['s3api', 'create-bucket', '--bucket', bucket]);
  if (versioned) session.awsCli(['s3api', 'put-bucket-versioning', '--bucket', bucket, '--versioning-configuration', 'Status=Enabled']);
  const file = path.join(dir, 'payload.txt');
  fs.writeFileSync(file, 'payload');
  for (const k of keys) session.awsCli(['s3api', 'put-object', '--bucket', bucket, '--key', k, '--body', file]);
}

function keysOf(bucket: string): string[] {
  const r = cli(['s3api', 'list-objects-v2', '--bucket', bucket]) as { Contents?: Array<{ Key: string }> };
  return (r.Contents ?? []).map((c) => c.Key);
}

describe('Remove-S3Object', () => {
  it('-Key deletes one object and writes the DeleteObjectResponse; -WhatIf deletes nothing', async () => {
    bucketWith('rm-one', ['a.txt', 'b.txt']);
    const r = await run(
      [
        'Remove-S3Object -BucketName rm-one -Key b.txt -WhatIf',
        '$r = Remove-S3Object -BucketName rm-one -Key a.txt -Force',
        '$r.GetType().FullName',
      ].join('\n'),
    );
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('What if: Performing the operation "Remove-S3Object (DeleteObjects)" on target "b.txt".\nAmazon.S3.Model.DeleteObjectResponse\n');
    expect(keysOf('rm-one')).toEqual(['b.txt']);
  });

  it('-KeyCollection deletes several keys in one DeleteObjects call and writes the DeletedObject values', async () => {
    bucketWith('rm-many', ['a', 'b', 'c']);
    const r = await run(`(Remove-S3Object -BucketName rm-many -KeyCollection a, c -Force | ForEach-Object { "$($_.GetType().FullName) $($_.Key)" }) -join ','; $AWSHistory.LastCommand.Responses.Count`);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('Amazon.S3.Model.DeletedObject a,Amazon.S3.Model.DeletedObject c\n1\n');
    expect(keysOf('rm-many')).toEqual(['b']);
  });

  it('-InputObject from Get-S3Object (piped) deletes those objects', async () => {
    bucketWith('rm-piped', ['logs/1', 'logs/2', 'keep']);
    const r = await run('Get-S3Object -BucketName rm-piped -KeyPrefix logs/ | Remove-S3Object -Force | Out-Null');
    expect(r.stderr).toBe('');
    expect(keysOf('rm-piped')).toEqual(['keep']);
  });

  it('-VersionId and -KeyAndVersionCollection delete specific versions', async () => {
    bucketWith('rm-versions', ['v.txt', 'v.txt', 'w.txt', 'w.txt'], true);
    const versions = (cli(['s3api', 'list-object-versions', '--bucket', 'rm-versions']) as { Versions: Array<{ Key: string; VersionId: string; IsLatest: boolean }> }).Versions;
    const oldV = versions.find((v) => v.Key === 'v.txt' && !v.IsLatest)!.VersionId;
    const oldW = versions.find((v) => v.Key === 'w.txt' && !v.IsLatest)!.VersionId;
    const r = await run(`Remove-S3Object rm-versions v.txt ${oldV} -Force | Out-Null; Remove-S3Object -BucketName rm-versions -KeyAndVersionCollection @{ Key = 'w.txt'; VersionId = '${oldW}' } -Force | Out-Null`);
    expect(r.stderr).toBe('');
    const left = (cli(['s3api', 'list-object-versions', '--bucket', 'rm-versions']) as { Versions: Array<{ VersionId: string }> }).Versions.map((v) => v.VersionId);
    expect(left).toHaveLength(2);
    expect(left).not.toContain(oldV);
    expect(left).not.toContain(oldW);
  });
});

describe('Remove-S3Bucket', () => {
  it('deletes an empty bucket and writes the DeleteBucketResponse; a non-empty one fails with S3\'s error', async () => {
    bucketWith('rb-empty', []);
    bucketWith('rb-full', ['x']);
    const r = await run(`(Remove-S3Bucket -BucketName rb-empty -Force).GetType().FullName; try { Remove-S3Bucket rb-full -Force } catch { $_.Exception.ErrorCode }`);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('Amazon.S3.Model.DeleteBucketResponse\nBucketNotEmpty\n');
  });

  it('-DeleteBucketContent removes every object version and delete marker, then the bucket', async () => {
    bucketWith('rb-versions', ['a', 'a', 'b']);
    session.awsCli(['s3api', 'put-bucket-versioning', '--bucket', 'rb-versions', '--versioning-configuration', 'Status=Enabled']);
    bucketWithMore('rb-versions');
    const r = await run('Remove-S3Bucket -BucketName rb-versions -DeleteBucketContent -Force; Test-S3Bucket rb-versions');
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('False\n');
    const buckets = (cli(['s3api', 'list-buckets']) as { Buckets: Array<{ Name: string }> }).Buckets.map((b) => b.Name);
    expect(buckets).not.toContain('rb-versions');
  });
});

function bucketWithMore(bucket: string): void {
  const file = path.join(dir, 'payload2.txt');
  fs.writeFileSync(file, 'v2');
  session.awsCli(['s3api', 'put-object', '--bucket', bucket, '--key', 'a', '--body', file]);
  session.awsCli(['s3api', 'delete-object', '--bucket', bucket, '--key', 'b']);
}

describe('Copy-S3Object', () => {
  it('copies within and across buckets, writing the destination S3Object', async () => {
    bucketWith('cp-src', ['docs/a.txt']);
    bucketWith('cp-dst', []);
    const r = await run(
      [
        '$o = Copy-S3Object -BucketName cp-src -Key docs/a.txt -DestinationKey docs/b.txt',
        '"$($o.GetType().FullName) $($o.BucketName) $($o.Key) $($o.Size)"',
        '$o = Copy-S3Object -BucketName cp-src -Key docs/a.txt -DestinationBucket cp-dst -DestinationKey copy.txt',
        '"$($o.BucketName) $($o.Key)"',
      ].join('\n'),
    );
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('Amazon.S3.Model.S3Object cp-src docs/b.txt 7\ncp-dst copy.txt\n');
    expect(keysOf('cp-src')).toEqual(['docs/a.txt', 'docs/b.txt']);
    expect(keysOf('cp-dst')).toEqual(['copy.txt']);
  });

  it('-MetadataDirective REPLACE with -ContentType and -Metadata replaces them; COPY keeps the source metadata', async () => {
    bucketWith('cp-meta', []);
    session.awsCli(['s3api', 'put-object', '--bucket', 'cp-meta', '--key', 'src.txt', '--body', path.join(dir, 'payload.txt'), '--content-type', 'text/plain', '--metadata', 'origin=source']);
    const r = await run(
      [
        'Copy-S3Object cp-meta src.txt replaced.txt -MetadataDirective REPLACE -ContentType application/json -Metadata @{ origin = "copy" } | Out-Null',
        'Copy-S3Object cp-meta src.txt copied.txt -MetadataDirective COPY | Out-Null',
      ].join('\n'),
    );
    expect(r.stderr).toBe('');
    const replaced = cli(['s3api', 'head-object', '--bucket', 'cp-meta', '--key', 'replaced.txt']) as { ContentType: string; Metadata: unknown };
    expect(replaced.ContentType).toBe('application/json');
    expect(replaced.Metadata).toEqual({ origin: 'copy' });
    const copied = cli(['s3api', 'head-object', '--bucket', 'cp-meta', '--key', 'copied.txt']) as { ContentType: string; Metadata: unknown };
    expect(copied.ContentType).toBe('text/plain');
    expect(copied.Metadata).toEqual({ origin: 'source' });
  });

  it('copies an object to a local file (FileInfo) and a prefix to a local folder (DirectoryInfo)', async () => {
    bucketWith('cp-local', ['tree/x.txt', 'tree/y/z.txt']);
    const r = await run(
      [
        '$f = Copy-S3Object -BucketName cp-local -Key tree/x.txt -LocalFile local/x.txt',
        '"$($f.GetType().FullName) $($f.Name) $($f.Length)"',
        '$d = Copy-S3Object -BucketName cp-local -KeyPrefix tree -LocalFolder localtree',
        '"$($d.GetType().FullName) $($d.Name)"',
        'Get-Content localtree/y/z.txt',
      ].join('\n'),
    );
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('System.IO.FileInfo x.txt 7\nSystem.IO.DirectoryInfo localtree\npayload\n');
  });
});

describe('Test-S3Bucket', () => {
  it('is True for an existing bucket and False for a missing one', async () => {
    bucketWith('tb-exists', []);
    const r = await run('Test-S3Bucket -BucketName tb-exists; Test-S3Bucket tb-missing-bucket; (Test-S3Bucket tb-exists).GetType().FullName');
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('True\nFalse\nSystem.Boolean\n');
  });
});

describe('Get-S3PreSignedURL', () => {
  it('gives a URL that fetch() reads the object from without credentials, and one that PUT uploads to', async () => {
    bucketWith('ps-bucket', ['hello.txt']);
    const r = await run(
      [
        "Get-S3PreSignedURL -BucketName ps-bucket -Key hello.txt -Expire (Get-Date).AddMinutes(10)",
        "Get-S3PreSignedURL -BucketName ps-bucket -Key put.txt -Expire (Get-Date).AddMinutes(10) -Verb PUT",
      ].join('\n'),
    );
    expect(r.stderr).toBe('');
    const [getUrl, putUrl] = r.stdout.trim().split('\n');
    expect(getUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/ps-bucket\/hello\.txt\?.*X-Amz-Signature=/);
    expect(getUrl).toContain('X-Amz-Expires=');
    const got = await fetch(getUrl);
    expect(got.status).toBe(200);
    expect(await got.text()).toBe('payload');
    const put = await fetch(putUrl, { method: 'PUT', body: 'uploaded' });
    expect(put.status).toBe(200);
    expect(keysOf('ps-bucket')).toEqual(['hello.txt', 'put.txt']);
  });

  it('without -Expire it says what to give', async () => {
    const r = await run("try { Get-S3PreSignedURL -BucketName ps-bucket -Key hello.txt } catch { $_.Exception.GetType().FullName; $_.Exception.Message }");
    expect(r.stdout).toBe(
      'System.InvalidOperationException\nThe Expires specified is null! Give -Expire, the date and time the URL stops working (for example (Get-Date).AddHours(1)).\n',
    );
  });
});

describe('Get-S3MultipartUpload / Remove-S3MultipartUpload', () => {
  it('lists uploads in progress as MultipartUpload objects and aborts the ones started before a date', async () => {
    bucketWith('mp-bucket', []);
    const upload = cli(['s3api', 'create-multipart-upload', '--bucket', 'mp-bucket', '--key', 'big.bin']) as { UploadId: string };
    const r = await run(
      [
        '$u = Get-S3MultipartUpload -BucketName mp-bucket',
        '"$($u.GetType().FullName) $($u.Key) $($u.UploadId)"',
        // moto reports every upload as initiated on 2010-11-10.
        "Remove-S3MultipartUpload -BucketName mp-bucket -InitiatedDate ([datetime]'2010-01-01') -Force",
        '@(Get-S3MultipartUpload mp-bucket).Count',
        'Remove-S3MultipartUpload -BucketName mp-bucket -DaysBefore 1 -Force',
        '@(Get-S3MultipartUpload mp-bucket).Count',
      ].join('\n'),
    );
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(`Amazon.S3.Model.MultipartUpload big.bin ${upload.UploadId}\n1\n0\n`);
    const left = cli(['s3api', 'list-multipart-uploads', '--bucket', 'mp-bucket']) as { Uploads?: unknown[] } | null;
    expect(left?.Uploads ?? []).toEqual([]);
  });
});
