// Write-S3Object and Read-S3Object in-process against a private moto, each result cross-checked with the
// AWS CLI (s3api) reading the same moto: keys, bodies, content types, ACLs, metadata, headers, tags, storage
// class, folder uploads and downloads, multipart uploads, versions, and the FileInfo items Read-S3Object writes.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { useMotoSession } from '../cmdlet/moto-session.js';

const BUCKET = 'hw-write-read';
const session = useMotoSession({
  setup: ({ awsCli }) => {
    awsCli(['s3api', 'create-bucket', '--bucket', BUCKET]);
  },
});

let dir = '';
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'awsps-s3hw-'));
});

async function run(script: string): Promise<{ stdout: string; stderr: string }> {
  const t = session.newEngine();
  return t.run(`Set-Location '${dir}'\n${script}`);
}

function head(key: string, bucket = BUCKET): Record<string, unknown> {
  return JSON.parse(session.awsCli(['s3api', 'head-object', '--bucket', bucket, '--key', key])) as Record<string, unknown>;
}

function body(key: string, bucket = BUCKET): string {
  const out = path.join(dir, `cli-${Math.random().toString(36).slice(2)}`);
  session.awsCli(['s3api', 'get-object', '--bucket', bucket, '--key', key, out]);
  return fs.readFileSync(out, 'utf8');
}

describe('Write-S3Object', () => {
  it('-File uploads under the file name when -Key is absent, content type from the extension, writes nothing', async () => {
    fs.writeFileSync(path.join(dir, 'index.html'), '<html>hi</html>\n');
    const r = await run(`Write-S3Object -BucketName ${BUCKET} -File index.html; 'done'`);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('done\n');
    expect(head('index.html').ContentType).toBe('text/html');
    expect(body('index.html')).toBe('<html>hi</html>\n');
  });

  it('-Key names the object; -CannedACLName public-read grants AllUsers READ, NoACL sends none', async () => {
    fs.writeFileSync(path.join(dir, 'error.html'), '<html>err</html>\n');
    const r = await run(
      [
        `Write-S3Object -BucketName ${BUCKET} -File error.html -Key site/error.html -CannedACLName public-read`,
        `Write-S3Object -BucketName ${BUCKET} -File error.html -Key site/private.html -CannedACLName NoACL`,
      ].join('\n'),
    );
    expect(r.stderr).toBe('');
    const acl = JSON.parse(session.awsCli(['s3api', 'get-object-acl', '--bucket', BUCKET, '--key', 'site/error.html'])) as { Grants: Array<{ Grantee: { URI?: string }; Permission: string }> };
    expect(acl.Grants.some((g) => g.Grantee.URI === 'http://acs.amazonaws.com/groups/global/AllUsers' && g.Permission === 'READ')).toBe(true);
    const priv = JSON.parse(session.awsCli(['s3api', 'get-object-acl', '--bucket', BUCKET, '--key', 'site/private.html'])) as { Grants: Array<{ Grantee: { URI?: string } }> };
    expect(priv.Grants.some((g) => g.Grantee.URI !== undefined)).toBe(false);
  });

  it('-Content with a here-string uploads the text; the key extension gives the content type', async () => {
    const r = await run(`Write-S3Object ${BUCKET} -Key myobject.txt -Content @"\nline 1\nline 2\nline 3\n"@`);
    expect(r.stderr).toBe('');
    expect(body('myobject.txt')).toBe('line 1\nline 2\nline 3');
    expect(head('myobject.txt').ContentType).toBe('text/plain');
  });

  it('-Text (alias), -ContentType, -Metadata, -HeaderCollection, -TagSet and -StorageClass reach the object', async () => {
    const r = await run(
      `Write-S3Object -BucketName ${BUCKET} -Key data.bin -Text '{"a":1}' -ContentType application/json -Metadata @{ owner = 'me'; 'x-amz-meta-team' = 'blue' } ` +
        `-HeaderCollection @{ 'Cache-Control' = 'max-age=60'; 'Content-Disposition' = 'attachment' } -TagSet @{ Key = 'env'; Value = 'test' }, @{ Key = 'tier'; Value = 'a b' } -StorageClass REDUCED_REDUNDANCY`,
    );
    expect(r.stderr).toBe('');
    const h = head('data.bin');
    expect(h.ContentType).toBe('application/json');
    expect(h.Metadata).toEqual({ owner: 'me', team: 'blue' });
    expect(h.CacheControl).toBe('max-age=60');
    expect(h.ContentDisposition).toBe('attachment');
    expect(h.StorageClass).toBe('REDUCED_REDUNDANCY');
    const tags = JSON.parse(session.awsCli(['s3api', 'get-object-tagging', '--bucket', BUCKET, '--key', 'data.bin'])) as { TagSet: unknown[] };
    expect(tags.TagSet).toEqual([
      { Key: 'env', Value: 'test' },
      { Key: 'tier', Value: 'a b' },
    ]);
  });

  it('-ServerSideEncryption AES256 is applied', async () => {
    const r = await run(`Write-S3Object -BucketName ${BUCKET} -Key enc.txt -Content secret -ServerSideEncryption AES256`);
    expect(r.stderr).toBe('');
    expect(head('enc.txt').ServerSideEncryption).toBe('AES256');
  });

  it('-Stream takes text, lines and bytes', async () => {
    const r = await run(
      [
        `Write-S3Object -BucketName ${BUCKET} -Key s1.txt -Stream 'streamed'`,
        `Write-S3Object -BucketName ${BUCKET} -Key s2.txt -Stream @('a','b')`,
        `Write-S3Object -BucketName ${BUCKET} -Key s3.bin -Stream ([byte[]](104,105))`,
      ].join('\n'),
    );
    expect(r.stderr).toBe('');
    expect(body('s1.txt')).toBe('streamed');
    expect(body('s2.txt')).toBe('a\nb');
    expect(body('s3.bin')).toBe('hi');
  });

  it('-Folder -KeyPrefix -Recurse -SearchPattern uploads the matching files, mirroring sub-folders', async () => {
    const root = path.join(dir, 'site');
    fs.mkdirSync(path.join(root, 'css'), { recursive: true });
    fs.writeFileSync(path.join(root, 'a.html'), 'A');
    fs.writeFileSync(path.join(root, 'b.txt'), 'B');
    fs.writeFileSync(path.join(root, 'css', 'c.html'), 'C');
    const r = await run(
      [
        `Write-S3Object -BucketName ${BUCKET} -Folder site -KeyPrefix web -Recurse -SearchPattern *.html -Verbose`,
        `Write-S3Object -BucketName ${BUCKET} -Folder site -KeyPrefix / `,
      ].join('\n'),
    );
    // -Verbose also shows ShouldProcess's line, as pwsh's MshCommandRuntime writes it when no confirmation is asked.
    expect(r.stderr).toBe(
      `VERBOSE: Performing the operation "Write-S3Object (PutObject)" on target "${BUCKET}".\nVERBOSE: Uploaded 2 object(s) to bucket '${BUCKET}' from '${root}' with keyprefix 'web'\n`,
    );
    const keys = (JSON.parse(session.awsCli(['s3api', 'list-objects-v2', '--bucket', BUCKET, '--prefix', 'web/'])) as { Contents: Array<{ Key: string }> }).Contents.map((c) => c.Key);
    expect(keys).toEqual(['web/a.html', 'web/css/c.html']);
    expect(head('web/css/c.html').ContentType).toBe('text/html');
    expect(body('b.txt')).toBe('B');
    expect(() => head('css/c.html')).toThrow();
  });

  it('a missing file is a FileNotFoundException naming the path', async () => {
    const r = await run(`try { Write-S3Object -BucketName ${BUCKET} -File nope.txt } catch { $_.Exception.GetType().FullName; $_.Exception.Message; $_.FullyQualifiedErrorId }`);
    expect(r.stdout).toBe(
      `System.IO.FileNotFoundException\nCould not find file '${path.join(dir, 'nope.txt')}'.\nSystem.IO.FileNotFoundException,Amazon.PowerShell.Cmdlets.S3.WriteS3ObjectCmdlet\n`,
    );
  });

  it('a service error (no such bucket) is the AmazonS3Exception, with no stack trace', async () => {
    const r = await run(`Write-S3Object -BucketName no-such-bucket-hw -Key k -Content x`);
    expect(r.stderr).toContain('     | The specified bucket does not exist\n');
    expect(r.stderr).not.toMatch(/\bat .*\.js:\d+/);
    const caught = await run(`try { Write-S3Object -BucketName no-such-bucket-hw -Key k -Content x } catch { $_.Exception.GetType().FullName; $_.Exception.ErrorCode; $_.FullyQualifiedErrorId }`);
    expect(caught.stdout).toBe('Amazon.S3.AmazonS3Exception\nNoSuchBucket\nAmazon.S3.AmazonS3Exception,Amazon.PowerShell.Cmdlets.S3.WriteS3ObjectCmdlet\n');
  });

  it('-PartSize outside 5 MiB..5 GiB is refused before anything is sent', async () => {
    const r = await run(`try { Write-S3Object -BucketName ${BUCKET} -Key k -Content x -PartSize 1MB } catch { $_.Exception.Message }`);
    expect(r.stdout).toBe("PartSize must be between 5242880 and 5368709120 (bytes). (Parameter 'PartSize')\n");
  });
});

describe('Read-S3Object', () => {
  it('-Key -File writes the file and returns its FileInfo item', async () => {
    session.awsCli(['s3api', 'put-object', '--bucket', BUCKET, '--key', 'docs/read-me.txt', '--body', writeTemp('read me\n')]);
    const r = await run(
      [
        `$f = Read-S3Object -BucketName ${BUCKET} -Key docs/read-me.txt -File out/read.txt`,
        '$f.GetType().FullName',
        '$f.FullName',
        '$f.Length',
        'Get-Content out/read.txt',
        '(Get-ChildItem out -Force).Name -join ","',
      ].join('\n'),
    );
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(`System.IO.FileInfo\n${path.join(dir, 'out', 'read.txt')}\n8\nread me\nread.txt\n`);
  });

  it('-KeyPrefix -Folder downloads the hierarchy and returns the DirectoryInfo', async () => {
    for (const k of ['tree/a.txt', 'tree/sub/b.txt', 'treehouse.txt']) session.awsCli(['s3api', 'put-object', '--bucket', BUCKET, '--key', k, '--body', writeTemp(k)]);
    const r = await run(`$d = Read-S3Object -BucketName ${BUCKET} -KeyPrefix tree -Folder dl; $d.GetType().FullName; (Get-ChildItem dl -Recurse -File | ForEach-Object { $_.FullName.Substring($d.FullName.Length + 1) }) -join ','`);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('System.IO.DirectoryInfo\na.txt,sub/b.txt\n');
    expect(fs.readFileSync(path.join(dir, 'dl', 'sub', 'b.txt'), 'utf8')).toBe('tree/sub/b.txt');
  });

  it('-Version reads an older version', async () => {
    session.awsCli(['s3api', 'create-bucket', '--bucket', 'hw-versions']);
    session.awsCli(['s3api', 'put-bucket-versioning', '--bucket', 'hw-versions', '--versioning-configuration', 'Status=Enabled']);
    const v1 = (JSON.parse(session.awsCli(['s3api', 'put-object', '--bucket', 'hw-versions', '--key', 'v.txt', '--body', writeTemp('one')])) as { VersionId: string }).VersionId;
    session.awsCli(['s3api', 'put-object', '--bucket', 'hw-versions', '--key', 'v.txt', '--body', writeTemp('two')]);
    const r = await run(`Read-S3Object hw-versions v.txt old.txt ${v1} | Out-Null; Get-Content old.txt; Read-S3Object hw-versions v.txt new.txt | Out-Null; Get-Content new.txt`);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('one\ntwo\n');
  });

  it('an S3Object from Get-S3Object downloads into -Folder under its key', async () => {
    const r = await run(`Get-S3Object -BucketName ${BUCKET} -KeyPrefix tree/sub | Read-S3Object -Folder piped | ForEach-Object { $_.Name }`);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('b.txt\n');
    expect(fs.readFileSync(path.join(dir, 'piped', 'tree', 'sub', 'b.txt'), 'utf8')).toBe('tree/sub/b.txt');
  });

  it('a failed download (no such key) leaves no file, partial or final, and says what was missing', async () => {
    const r = await run(`Read-S3Object -BucketName ${BUCKET} -Key missing.txt -File fail/missing.txt`);
    expect(r.stderr).toContain('     | The specified key does not exist.\n');
    expect(fs.existsSync(path.join(dir, 'fail', 'missing.txt'))).toBe(false);
    expect(fs.readdirSync(path.join(dir, 'fail'))).toEqual([]);
  });

  it('-UtcModifiedSinceDate in the future fails (304) without touching an existing file', async () => {
    fs.writeFileSync(path.join(dir, 'keep.txt'), 'original');
    const r = await run(`Read-S3Object -BucketName ${BUCKET} -Key docs/read-me.txt -File keep.txt -UtcModifiedSinceDate ([datetime]::UtcNow.AddDays(1))`);
    expect(r.stderr).toMatch(/^Read-S3Object: /);
    expect(fs.readFileSync(path.join(dir, 'keep.txt'), 'utf8')).toBe('original');
    expect(fs.readdirSync(dir).filter((n) => n.includes('awsps-download'))).toEqual([]);
  });
});

function writeTemp(text: string): string {
  const p = path.join(dir, `tmp-${Math.random().toString(36).slice(2)}`);
  fs.writeFileSync(p, text);
  return p;
}
