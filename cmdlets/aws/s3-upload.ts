// Sends one object to S3 for Write-S3Object: below the multipart threshold a single PutObject; from it on a
// multipart upload with parts sent in parallel: files part by part from their offsets (s3-file-parts.ts, faster
// than cutting a file stream), streams and in-memory content through @aws-sdk/lib-storage. A failed multipart
// upload is aborted (lib-storage's leavePartsOnError=false) and the failure is raised, never reported as success.
//
// Threshold and part size: -PartSize (5 MiB to 5 GiB), $env:AWSPS_S3_MULTIPART_THRESHOLD / _PART_SIZE
// (bytes or "16MB"); defaults are the .NET TransferUtility's 16 MiB threshold and 10 parts in flight, and
// 8 MiB parts (as the AWS CLI; grown so a file never needs more than 10,000 parts).

import * as fs from 'node:fs';
import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import { packageExports } from '../../src/aws/clients/services.js';
import type { S3Call } from './s3-cmdlet-runtime.js';
import { argumentError } from './s3-cmdlet-runtime.js';
import { transferProgress } from './s3-progress.js';
import { uploadFileInParts } from './s3-file-parts.js';

export const MIN_PART_SIZE = 5 * 1024 * 1024;
export const MAX_PART_SIZE = 5 * 1024 * 1024 * 1024;
const MAX_PARTS = 10_000;
const DEFAULT_THRESHOLD = 16 * 1024 * 1024;
const DEFAULT_PART_SIZE = 8 * 1024 * 1024;
const DEFAULT_CONCURRENCY = 10;

/** What is uploaded: a file on disk (streamed), bytes in memory, or a stream of unknown length. */
export type UploadBody =
  | { readonly kind: 'file'; readonly path: string; readonly size: number }
  | { readonly kind: 'bytes'; readonly data: Uint8Array }
  | { readonly kind: 'stream'; readonly stream: Readable };

export interface UploadOptions {
  /** Bytes from which a multipart upload is used. */
  readonly threshold: number;
  readonly partSize: number;
  /** Parts in flight at once. */
  readonly concurrency: number;
  /** Compute Content-MD5 (single-part uploads only). */
  readonly contentMd5: boolean;
  /** The name the progress line shows. */
  readonly label: string;
}

const SIZE_UNITS: Readonly<Record<string, number>> = { '': 1, b: 1, byte: 1, bytes: 1, kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3, tb: 1024 ** 4 };

/** AWS Tools' FileSize: a byte count, or a number with a unit ("6291456bytes", "15.12MB", "15.12 MB"). */
export function parseFileSize(value: unknown): number | undefined {
  if (typeof value === 'number') return Math.floor(value);
  const m = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(String(value));
  if (!m) return undefined;
  const unit = SIZE_UNITS[m[2].toLowerCase()];
  return unit === undefined ? undefined : Math.floor(Number(m[1]) * unit);
}

function envSize(name: string, commandClass: string): number | undefined {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return undefined;
  const size = parseFileSize(raw);
  if (size === undefined || size < 0) throw argumentError(`$env:${name} must be a size in bytes or with a unit (KB, MB, GB), not '${raw}'.`, undefined, commandClass);
  return size;
}

/** The transfer settings of a Write-S3Object invocation (validated as AWS Tools does). */
export function uploadOptions(params: Record<string, unknown>, commandClass: string, label: string): UploadOptions {
  let partSize = envSize('AWSPS_S3_MULTIPART_PART_SIZE', commandClass) ?? DEFAULT_PART_SIZE;
  if (params.PartSize !== null && params.PartSize !== undefined) {
    const size = parseFileSize(params.PartSize);
    if (size === undefined) throw argumentError(`Cannot convert '${String(params.PartSize)}' to a file size: use a byte count or a number with a unit (for example 16MB).`, 'PartSize', commandClass);
    partSize = size;
  }
  if (partSize < MIN_PART_SIZE || partSize > MAX_PART_SIZE) throw argumentError(`PartSize must be between ${MIN_PART_SIZE} and ${MAX_PART_SIZE} (bytes).`, 'PartSize', commandClass);
  let concurrency = DEFAULT_CONCURRENCY;
  const requested = params.ConcurrentServiceRequest;
  if (typeof requested === 'number') {
    if (requested <= 0) throw argumentError('ConcurrentServiceRequests should be set to a positive integer value.', 'ConcurrentServiceRequests', commandClass);
    concurrency = requested;
  }
  return {
    threshold: envSize('AWSPS_S3_MULTIPART_THRESHOLD', commandClass) ?? DEFAULT_THRESHOLD,
    partSize,
    concurrency,
    contentMd5: params.CalculateContentMD5Header === true,
    label,
  };
}

function bodySize(body: UploadBody): number | undefined {
  return body.kind === 'file' ? body.size : body.kind === 'bytes' ? body.data.byteLength : undefined;
}

/** Uploads one object; resolves once S3 has the whole object, rejects (after aborting any multipart upload) otherwise. */
export async function uploadObject(call: S3Call, members: Record<string, unknown>, body: UploadBody, options: UploadOptions): Promise<void> {
  const size = bodySize(body);
  if (size !== undefined && size < options.threshold) {
    await putSingle(call, members, body, options);
    return;
  }
  if (options.contentMd5) {
    throw argumentError(
      `-CalculateContentMD5Header applies to single-part uploads; '${options.label}' goes up in parts (each part is checksummed by the SDK). Leave it out, or raise $env:AWSPS_S3_MULTIPART_THRESHOLD above the size.`,
      'CalculateContentMD5Header',
      call.commandClass,
    );
  }
  await putMultipart(call, members, body, options);
}

async function putSingle(call: S3Call, members: Record<string, unknown>, body: UploadBody, options: UploadOptions): Promise<void> {
  const data = body.kind === 'bytes' ? body.data : body.kind === 'file' ? await fs.promises.readFile(body.path) : await readAll(body.stream);
  const input: Record<string, unknown> = { ...members, Body: data, ContentLength: data.byteLength };
  if (options.contentMd5) input.ContentMD5 = createHash('md5').update(data).digest('base64');
  const progress = transferProgress(call.ctx, 'Uploading', `File ${options.label}`);
  progress.update(0, data.byteLength);
  try {
    await call.send(new call.sdk.PutObjectCommand(input as never), 'PutObject');
    progress.update(data.byteLength, data.byteLength);
  } finally {
    progress.end();
  }
}

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks);
}

interface LibStorage {
  Upload: new (options: {
    client: unknown;
    params: Record<string, unknown>;
    queueSize?: number;
    partSize?: number;
    leavePartsOnError?: boolean;
  }) => {
    on(event: 'httpUploadProgress', listener: (p: { loaded?: number; total?: number }) => void): unknown;
    done(): Promise<unknown>;
    abort(): Promise<void>;
  };
}

let libStorage: Promise<LibStorage> | undefined;

function loadLibStorage(): Promise<LibStorage> {
  libStorage ??= import('@aws-sdk/lib-storage').then((m) => packageExports(m as unknown as LibStorage | { default: LibStorage }));
  libStorage.catch(() => {
    libStorage = undefined;
  });
  return libStorage;
}

async function putMultipart(call: S3Call, members: Record<string, unknown>, body: UploadBody, options: UploadOptions): Promise<void> {
  const size = bodySize(body);
  // Never more than 10,000 parts: larger files get larger parts.
  const partSize = size === undefined ? options.partSize : Math.max(options.partSize, Math.ceil(size / MAX_PARTS));
  if (body.kind === 'file') {
    const progress = transferProgress(call.ctx, 'Uploading', `File ${options.label}`);
    try {
      await uploadFileInParts(call, members, { path: body.path, size: body.size, partSize, concurrency: options.concurrency, progress });
    } finally {
      progress.end();
    }
    return;
  }
  const { Upload } = await loadLibStorage();
  const source = body.kind === 'bytes' ? body.data : body.stream;
  const params: Record<string, unknown> = { ...members, Body: source };
  if (size !== undefined) params.ContentLength = size;
  call.recordRequest(params, 'InitiateMultipartUpload');
  const upload = new Upload({ client: call.client, params, queueSize: options.concurrency, partSize, leavePartsOnError: false });
  const progress = transferProgress(call.ctx, 'Uploading', `File ${options.label}`);
  upload.on('httpUploadProgress', (p) => progress.update(p.loaded ?? 0, p.total ?? size ?? 0));
  const onAbort = (): void => void upload.abort();
  call.ctx.signal.addEventListener('abort', onAbort, { once: true });
  let sourceError: unknown;
  if (source instanceof Object && 'once' in source && typeof source.once === 'function') {
    (source as Readable).once('error', (e: unknown) => (sourceError = e));
  }
  try {
    const result = await upload.done();
    call.recordResponse(result, 'CompleteMultipartUpload');
  } catch (err) {
    throw sourceError ?? err;
  } finally {
    call.ctx.signal.removeEventListener('abort', onAbort);
    progress.end();
  }
}
