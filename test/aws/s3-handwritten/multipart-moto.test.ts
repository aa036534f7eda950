// Large uploads: Write-S3Object goes multipart from the threshold on (parts in parallel, -PartSize honoured,
// the object intact), and a multipart upload whose source fails midway is aborted at S3 and raised as an error,
// never reported as success.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createHash, randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { useMotoSession } from '../cmdlet/moto-session.js';
import { getClient } from '../../../src/aws/clients/index.js';
import { awsHistoryState } from '../../../src/aws/history/session-history.js';
import { RuntimeError } from '../../../src/engine/errors.js';
import type { CommandContext } from '../../../src/pipeline/types.js';
import { S3Call, loadS3Sdk } from '../../../cmdlets/aws/s3-cmdlet-runtime.js';
import { uploadObject } from '../../../cmdlets/aws/s3-upload.js';

const BUCKET = 'hw-multipart';
const MiB = 1024 * 1024;
const session = useMotoSession({ setup: ({ awsCli }) => void awsCli(['s3api', 'create-bucket', '--bucket', BUCKET]) });
let dir = '';
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'awsps-s3mp-'));
});
afterEach(() => {
  delete process.env.AWSPS_S3_MULTIPART_THRESHOLD;
});

const md5 = (data: Uint8Array): string => createHash('md5').update(data).digest('hex');

describe('multipart Write-S3Object', () => {
  it('a file over the threshold goes up in -PartSize parts and arrives intact', async () => {
    const data = randomBytes(12 * MiB + 123);
    fs.writeFileSync(path.join(dir, 'big.bin'), data);
    process.env.AWSPS_S3_MULTIPART_THRESHOLD = '5MB';
    const r = await session.newEngine().run(`Set-Location '${dir}'; Write-S3Object -BucketName ${BUCKET} -File big.bin -PartSize 5MB -ConcurrentServiceRequest 3`);
    expect(r.stderr).toBe('');
    const head = JSON.parse(session.awsCli(['s3api', 'head-object', '--bucket', BUCKET, '--key', 'big.bin'])) as { ETag: string; ContentLength: number; ContentType: string };
    expect(head.ETag).toMatch(/-3"$/);
    expect(head.ContentLength).toBe(data.length);
    expect(head.ContentType).toBe('application/octet-stream');
    const back = path.join(dir, 'big.back');
    session.awsCli(['s3api', 'get-object', '--bucket', BUCKET, '--key', 'big.bin', back]);
    expect(md5(fs.readFileSync(back))).toBe(md5(data));
  });

  it('below the threshold it is a single PutObject (no part-count ETag)', async () => {
    fs.writeFileSync(path.join(dir, 'small.bin'), randomBytes(6 * MiB));
    const r = await session.newEngine().run(`Set-Location '${dir}'; Write-S3Object -BucketName ${BUCKET} -File small.bin -PartSize 5MB`);
    expect(r.stderr).toBe('');
    const head = JSON.parse(session.awsCli(['s3api', 'head-object', '--bucket', BUCKET, '--key', 'small.bin'])) as { ETag: string };
    expect(head.ETag).not.toContain('-');
  });

  it('Read-S3Object streams the big object back byte for byte', async () => {
    const r = await session.newEngine().run(`Set-Location '${dir}'; (Read-S3Object -BucketName ${BUCKET} -Key big.bin -File big.read).Length`);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(`${12 * MiB + 123}\n`);
    expect(md5(fs.readFileSync(path.join(dir, 'big.read')))).toBe(md5(fs.readFileSync(path.join(dir, 'big.bin'))));
  });

  it('a source that fails after some parts: the upload is aborted at S3 and the error is raised', async () => {
    const client = await getClient('s3', { region: 'us-east-1', credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' }, endpoint: session.moto.endpoint, forcePathStyle: true });
    const sdk = await loadS3Sdk();
    const controller = new AbortController();
    const ctx = { signal: controller.signal, session: { getVariable: () => null } } as unknown as CommandContext;
    const call = new S3Call(ctx, 'Amazon.PowerShell.Cmdlets.S3.WriteS3ObjectCmdlet', 'us-east-1', client, sdk, awsHistoryState().startCmdlet('Write-S3Object'), undefined);
    let sent = 0;
    const failing = new Readable({
      read() {
        if (sent >= 3) {
          this.destroy(new Error('disk read failed'));
          return;
        }
        sent++;
        this.push(randomBytes(5 * MiB));
      },
    });
    const attempt = uploadObject(call, { Bucket: BUCKET, Key: 'broken.bin' }, { kind: 'stream', stream: failing }, { threshold: 0, partSize: 5 * MiB, concurrency: 2, contentMd5: false, label: 'broken.bin' });
    await expect(attempt).rejects.toThrow('disk read failed');
    const uploads = JSON.parse(session.awsCli(['s3api', 'list-multipart-uploads', '--bucket', BUCKET]) || '{}') as { Uploads?: unknown[] };
    expect(uploads.Uploads ?? []).toEqual([]);
    expect(() => session.awsCli(['s3api', 'head-object', '--bucket', BUCKET, '--key', 'broken.bin'])).toThrow();
    // The cmdlet turns it into a PowerShell error record, not a JS stack.
    expect(call.fail(new Error('disk read failed'))).toBeInstanceOf(RuntimeError);
  });
});
