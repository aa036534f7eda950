// A multipart upload of a file on disk for Write-S3Object, with each part read straight from the file at its
// offset into a buffer its worker reuses. lib-storage (s3-upload.ts, still used for streams and in-memory
// content) only takes a stream, and cuts it into parts by copying and concatenating on the main thread; read
// this way the file costs one read per part and no copies, and the upload beats `aws s3 cp` (BENCHMARKS.md).
//
// The upload is all or nothing: any failure (a part, a read, the file changing size, Ctrl-C) stops the
// workers, aborts the multipart upload so no parts are left behind, and raises the first error.

import * as fs from 'node:fs';
import { callService, type SdkClient } from '../../src/aws/clients/index.js';
import type { RuntimeError } from '../../src/engine/errors.js';
import { invalidOperationError, type S3Call } from './s3-cmdlet-runtime.js';
import type { TransferProgress } from './s3-progress.js';

export interface FilePartsUpload {
  readonly path: string;
  readonly size: number;
  readonly partSize: number;
  /** Parts in flight at once. */
  readonly concurrency: number;
  readonly progress: TransferProgress;
}

type CompletedPart = Record<string, unknown> & { PartNumber: number; ETag: string };

// The per-part checksums S3 returns that CompleteMultipartUpload must repeat.
const PART_CHECKSUMS = ['ChecksumCRC32', 'ChecksumCRC32C', 'ChecksumCRC64NVME', 'ChecksumSHA1', 'ChecksumSHA256'] as const;

// What every part and the completion repeat of the object's request (the rest, such as the content type,
// metadata, ACL and tags, goes with CreateMultipartUpload only).
const PART_MEMBERS = ['Bucket', 'Key', 'ChecksumAlgorithm', 'SSECustomerAlgorithm', 'SSECustomerKey', 'SSECustomerKeyMD5', 'ExpectedBucketOwner', 'RequestPayer'] as const;

function partMembers(members: Record<string, unknown>): Record<string, unknown> {
  const picked: Record<string, unknown> = {};
  for (const name of PART_MEMBERS) if (members[name] !== undefined) picked[name] = members[name];
  return picked;
}

function fileChanged(path: string, commandClass: string): RuntimeError {
  return invalidOperationError(`The file '${path}' changed size while it was being uploaded; nothing was stored. Upload it again once nothing is writing to it.`, commandClass);
}

/** Uploads the file in parts; resolves once S3 has the whole object, rejects after aborting the upload otherwise. */
export async function uploadFileInParts(call: S3Call, members: Record<string, unknown>, upload: FilePartsUpload): Promise<void> {
  const client = call.client as unknown as SdkClient;
  // Workers stop at the first failure; Ctrl-C reaches the requests in flight through the cmdlet's signal.
  const stop = new AbortController();
  const onCancel = (): void => stop.abort();
  call.ctx.signal.addEventListener('abort', onCancel, { once: true });
  const handle = await fs.promises.open(upload.path, 'r');
  let uploadId: string | undefined;
  try {
    // $AWSHistory holds the upload as one request and one response, as it did when lib-storage sent it.
    call.recordRequest({ ...members, ContentLength: upload.size }, 'InitiateMultipartUpload');
    const options = { signal: call.ctx.signal, commandClass: call.commandClass };
    const createInput = await withChecksumAlgorithm(call, members);
    const created = await callService(client, new call.sdk.CreateMultipartUploadCommand(createInput as never), options);
    uploadId = created.UploadId;
    const parts = await sendParts(call, client, handle, { ...partMembers(createInput), UploadId: uploadId }, upload, stop);
    const completeInput = { ...partMembers(createInput), UploadId: uploadId, MultipartUpload: { Parts: parts } };
    const completed = await callService(client, new call.sdk.CompleteMultipartUploadCommand(completeInput as never), options);
    uploadId = undefined;
    call.recordResponse(completed, 'CompleteMultipartUpload');
  } finally {
    call.ctx.signal.removeEventListener('abort', onCancel);
    await handle.close();
    if (uploadId !== undefined) await abortUpload(call, client, members, uploadId);
  }
}

/**
 * The upload declares its parts' checksum algorithm up front (CRC32 unless -ChecksumAlgorithm says otherwise),
 * as lib-storage and the AWS CLI do, when the client computes request checksums by default: S3 then combines
 * the parts' checksums instead of computing a whole-object one when the upload completes.
 */
async function withChecksumAlgorithm(call: S3Call, members: Record<string, unknown>): Promise<Record<string, unknown>> {
  if (members.ChecksumAlgorithm !== undefined) return members;
  const config = call.client.config as { requestChecksumCalculation?: () => Promise<string> };
  const mode = await config.requestChecksumCalculation?.();
  return mode === 'WHEN_SUPPORTED' ? { ...members, ChecksumAlgorithm: 'CRC32' } : members;
}

async function sendParts(
  call: S3Call,
  client: SdkClient,
  handle: fs.promises.FileHandle,
  partInput: Record<string, unknown>,
  upload: FilePartsUpload,
  stop: AbortController,
): Promise<CompletedPart[]> {
  const { size, partSize } = upload;
  const count = Math.max(1, Math.ceil(size / partSize));
  const parts: CompletedPart[] = new Array<CompletedPart>(count);
  let next = 0;
  let sent = 0;
  let failure: unknown;
  const requestSignal = stop.signal;
  const worker = async (): Promise<void> => {
    // One buffer per worker, reused for every part it sends: the SDK is done with it when send resolves.
    const buffer = Buffer.allocUnsafe(Math.min(partSize, size));
    while (next < count && failure === undefined && !requestSignal.aborted) {
      const index = next++;
      const offset = index * partSize;
      const length = Math.min(partSize, size - offset);
      try {
        const { bytesRead } = await handle.read(buffer, 0, length, offset);
        if (bytesRead !== length) throw fileChanged(upload.path, call.commandClass);
        const output = await callService(
          client,
          new call.sdk.UploadPartCommand({ ...partInput, PartNumber: index + 1, Body: buffer.subarray(0, length), ContentLength: length } as never),
          { signal: requestSignal, commandClass: call.commandClass },
        );
        if (!output.ETag) throw new Error(`S3 returned no ETag for part ${index + 1}.`);
        const part: CompletedPart = { PartNumber: index + 1, ETag: output.ETag };
        for (const name of PART_CHECKSUMS) if (output[name]) part[name] = output[name];
        parts[index] = part;
        sent += length;
        upload.progress.update(sent, size);
      } catch (err) {
        failure ??= err;
        // The other workers' requests in flight are cancelled too.
        stop.abort();
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(upload.concurrency, count) }, worker));
  if (failure !== undefined) throw call.fail(failure);
  if (call.ctx.signal.aborted) throw call.fail(new DOMException('This operation was aborted', 'AbortError'));
  const { size: sizeNow } = await handle.stat();
  if (sizeNow !== size) throw fileChanged(upload.path, call.commandClass);
  return parts;
}

async function abortUpload(call: S3Call, client: SdkClient, members: Record<string, unknown>, uploadId: string): Promise<void> {
  const { Bucket, Key, ExpectedBucketOwner, RequestPayer } = partMembers(members);
  try {
    // Not under the cmdlet's signal: after Ctrl-C the abort must still reach S3.
    await callService(client, new call.sdk.AbortMultipartUploadCommand({ Bucket, Key, UploadId: uploadId, ExpectedBucketOwner, RequestPayer } as never), { commandClass: call.commandClass });
  } catch {
    // The upload's own error is the one to report; S3's lifecycle rules clean up an upload this could not abort.
  }
}
