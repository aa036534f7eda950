// Multipart uploads of files (each part read at its offset and sent by Write-S3Object itself): everything the
// object's request carries reaches the object, and every way the upload can fail midway (S3 refusing a part,
// the file shrinking, Ctrl-C) aborts the upload at S3, leaves no object behind and raises the error.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createHash, randomBytes } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { useMotoSession } from '../cmdlet/moto-session.js';
import { startFaultyProxy, type FaultyProxy, type ProxiedRequest, type S3Fault } from '../../support/faulty-proxy.js';
import { getClient } from '../../../src/aws/clients/index.js';
import { awsHistoryState } from '../../../src/aws/history/session-history.js';
import { RuntimeError } from '../../../src/engine/errors.js';
import type { CommandContext } from '../../../src/pipeline/types.js';
import { S3Call, loadS3Sdk } from '../../../cmdlets/aws/s3-cmdlet-runtime.js';
import { uploadObject, type UploadOptions } from '../../../cmdlets/aws/s3-upload.js';

const BUCKET = 'hw-multipart-file';
const MiB = 1024 * 1024;
const session = useMotoSession({ setup: ({ awsCli }) => void awsCli(['s3api', 'create-bucket', '--bucket', BUCKET]) });
let dir = '';
let proxy: FaultyProxy | undefined;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'awsps-s3mpf-'));
  process.env.AWSPS_S3_MULTIPART_THRESHOLD = '5MB';
});
afterAll(() => {
  delete process.env.AWSPS_S3_MULTIPART_THRESHOLD;
  fs.rmSync(dir, { recursive: true, force: true });
});
afterEach(async () => {
  await proxy?.close();
  proxy = undefined;
});

const md5 = (data: Uint8Array): string => createHash('md5').update(data).digest('hex');
const partNumber = (r: ProxiedRequest): number => Number(new URL(r.url, 'http://x').searchParams.get('partNumber') ?? 0);

function bigFile(name: string, size: number): { file: string; data: Buffer } {
  const data = randomBytes(size);
  const file = path.join(dir, name);
  fs.writeFileSync(file, data);
  return { file, data };
}

function openUploads(): unknown[] {
  const listed = JSON.parse(session.awsCli(['s3api', 'list-multipart-uploads', '--bucket', BUCKET]) || '{}') as { Uploads?: unknown[] };
  return listed.Uploads ?? [];
}

function objectExists(key: string): boolean {
  try {
    session.awsCli(['s3api', 'head-object', '--bucket', BUCKET, '--key', key]);
    return true;
  } catch {
    return false;
  }
}

/** A Write-S3Object call made directly (no engine), so the test holds its cancel signal. */
async function directCall(endpoint: string, controller: AbortController): Promise<S3Call> {
  const client = await getClient('s3', { region: 'us-east-1', credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' }, endpoint, forcePathStyle: true });
  const ctx = { signal: controller.signal, session: { getVariable: () => null } } as unknown as CommandContext;
  return new S3Call(ctx, 'Amazon.PowerShell.Cmdlets.S3.WriteS3ObjectCmdlet', 'us-east-1', client, await loadS3Sdk(), awsHistoryState().startCmdlet('Write-S3Object'), undefined);
}

const FIVE_MIB_PARTS: UploadOptions = { threshold: 0, partSize: 5 * MiB, concurrency: 2, contentMd5: false, label: 'file' };

describe('multipart Write-S3Object -File', () => {
  it('content type, metadata, tags, storage class and the checksum algorithm reach the object', async () => {
    const { file, data } = bigFile('described.bin', 11 * MiB + 7);
    const r = await session
      .newEngine()
      .run(
        `Write-S3Object -BucketName ${BUCKET} -File '${file}' -Key described.json -ContentType application/json -PartSize 5MB -Metadata @{ owner = 'me' } ` +
          `-TagSet @{ Key = 'env'; Value = 'test' } -StorageClass STANDARD_IA -ChecksumAlgorithm SHA256 -HeaderCollection @{ 'Cache-Control' = 'max-age=60' }`,
      );
    expect(r.stderr).toBe('');
    const head = JSON.parse(session.awsCli(['s3api', 'head-object', '--bucket', BUCKET, '--key', 'described.json', '--checksum-mode', 'ENABLED'])) as Record<string, unknown>;
    expect(head.ETag).toMatch(/-3"$/);
    expect(head.ContentLength).toBe(data.length);
    expect(head.ContentType).toBe('application/json');
    expect(head.CacheControl).toBe('max-age=60');
    expect(head.Metadata).toEqual({ owner: 'me' });
    expect(head.StorageClass).toBe('STANDARD_IA');
    expect(head.ChecksumSHA256).toEqual(expect.any(String));
    expect(head.ChecksumCRC32).toBeUndefined();
    const tags = JSON.parse(session.awsCli(['s3api', 'get-object-tagging', '--bucket', BUCKET, '--key', 'described.json'])) as { TagSet: unknown[] };
    expect(tags.TagSet).toEqual([{ Key: 'env', Value: 'test' }]);
    const back = path.join(dir, 'described.back');
    session.awsCli(['s3api', 'get-object', '--bucket', BUCKET, '--key', 'described.json', back]);
    expect(md5(fs.readFileSync(back))).toBe(md5(data));
  });

  it('the upload declares CRC32 checksums by default, and $AWSHistory holds the upload as one request and one response', async () => {
    const { file } = bigFile('crc.bin', 10 * MiB + 1);
    const r = await session
      .newEngine()
      .run(
        `Set-AWSHistoryConfiguration -RecordServiceRequests -WarningAction SilentlyContinue; Write-S3Object -BucketName ${BUCKET} -File '${file}' -PartSize 5MB; ` +
          `$h = $AWSHistory.LastCommand; $h.Requests.Count; $h.LastServiceRequest.GetType().FullName; $h.Responses.Count; $h.LastServiceResponse.GetType().FullName`,
      );
    expect(r.stderr).toBe('');
    expect(r.stdout.trim().split('\n')).toEqual(['1', 'Amazon.S3.Model.InitiateMultipartUploadRequest', '1', 'Amazon.S3.Model.CompleteMultipartUploadResponse']);
    const head = JSON.parse(session.awsCli(['s3api', 'head-object', '--bucket', BUCKET, '--key', 'crc.bin', '--checksum-mode', 'ENABLED'])) as Record<string, unknown>;
    // Declared at CreateMultipartUpload (without it S3 falls back to a whole-object CRC64NVME).
    expect(head.ChecksumCRC32).toEqual(expect.any(String));
    expect(head.ChecksumCRC64NVME).toBeUndefined();
  });

  it('SSE-C: every part and the completion carry the customer key (moto does not check it; the requests are)', async () => {
    proxy = await startFaultyProxy(session.moto.endpoint, {});
    const { file } = bigFile('ssec.bin', 11 * MiB);
    const key = randomBytes(32).toString('base64');
    const r = await session
      .newEngine()
      .run(
        `Write-S3Object -BucketName ${BUCKET} -File '${file}' -PartSize 5MB -EndpointUrl ${proxy.endpoint} -ServerSideEncryptionCustomerMethod AES256 -ServerSideEncryptionCustomerProvidedKey '${key}'; ` +
          `$AWSHistory.LastCommand.LastServiceResponse | ConvertTo-Json -Depth 5`,
      );
    expect(r.stderr).toBe('');
    expect(r.stdout).not.toContain(key);
    const upload = proxy.requests.filter((req) => req.url.includes('uploadId=') || req.url.includes('?uploads'));
    expect(upload.map((req) => (req.url.includes('partNumber=') ? 'part' : req.method))).toEqual(['POST', 'part', 'part', 'part', 'POST']);
    for (const req of upload) {
      expect(req.headers['x-amz-server-side-encryption-customer-algorithm']).toBe('AES256');
      expect(req.headers['x-amz-server-side-encryption-customer-key']).toBe(key);
    }
  });

  it('S3 refusing a part: the upload is aborted, no object is left, and S3 error is the error shown', async () => {
    const fault: S3Fault = { status: 403, code: 'AccessDenied', message: 'Part uploads are denied for this test' };
    proxy = await startFaultyProxy(session.moto.endpoint, { fault: (req) => (partNumber(req) === 2 ? fault : undefined) });
    const { file } = bigFile('refused.bin', 16 * MiB);
    const r = await session
      .newEngine()
      .run(`Write-S3Object -BucketName ${BUCKET} -File '${file}' -PartSize 5MB -EndpointUrl ${proxy.endpoint}; 'after'`);
    expect(r.stderr).toContain('Part uploads are denied for this test');
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stdout).toBe('after\n');
    expect(proxy.requests.some((req) => req.method === 'DELETE' && req.url.includes('uploadId='))).toBe(true);
    expect(openUploads()).toEqual([]);
    expect(objectExists('refused.bin')).toBe(false);
  });

  it('a file that shrinks during the upload: aborted, nothing stored, a clear error naming the file', async () => {
    const controller = new AbortController();
    const call = await directCall(session.moto.endpoint, controller);
    const { file } = bigFile('shrunk.bin', 12 * MiB);
    // The size the upload was planned with is larger than what the file holds when its parts are read.
    const attempt = uploadObject(call, { Bucket: BUCKET, Key: 'shrunk.bin' }, { kind: 'file', path: file, size: 17 * MiB }, FIVE_MIB_PARTS);
    await expect(attempt).rejects.toBeInstanceOf(RuntimeError);
    await expect(attempt).rejects.toThrow(`The file '${file}' changed size while it was being uploaded; nothing was stored.`);
    expect(openUploads()).toEqual([]);
    expect(objectExists('shrunk.bin')).toBe(false);
  });

  it('a file that grows during the upload is refused the same way', async () => {
    const controller = new AbortController();
    const call = await directCall(session.moto.endpoint, controller);
    const { file } = bigFile('grown.bin', 12 * MiB);
    const attempt = uploadObject(call, { Bucket: BUCKET, Key: 'grown.bin' }, { kind: 'file', path: file, size: 10 * MiB }, FIVE_MIB_PARTS);
    await expect(attempt).rejects.toThrow('changed size while it was being uploaded');
    expect(openUploads()).toEqual([]);
    expect(objectExists('grown.bin')).toBe(false);
  });

  it('Ctrl-C during the parts: the requests in flight stop, the upload is aborted at S3, nothing is stored', async () => {
    const controller = new AbortController();
    proxy = await startFaultyProxy(session.moto.endpoint, { onRequest: (req) => void (partNumber(req) === 2 && controller.abort()) });
    const call = await directCall(proxy.endpoint, controller);
    const { file } = bigFile('cancelled.bin', 20 * MiB);
    const attempt = uploadObject(call, { Bucket: BUCKET, Key: 'cancelled.bin' }, { kind: 'file', path: file, size: 20 * MiB }, { ...FIVE_MIB_PARTS, concurrency: 1 });
    await expect(attempt).rejects.toBeInstanceOf(RuntimeError);
    // Part 2 was the last one asked for: the worker stopped instead of going on to parts 3 and 4.
    expect(Math.max(...proxy.requests.map(partNumber))).toBe(2);
    expect(proxy.requests.at(-1)?.method).toBe('DELETE');
    expect(openUploads()).toEqual([]);
    expect(objectExists('cancelled.bin')).toBe(false);
  });
});
