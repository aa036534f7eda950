// Downloads one S3 object to a local file for Read-S3Object and Copy-S3Object: the body is streamed to a
// temporary file next to the target (memory stays flat for any size) and renamed into place only once it is
// complete, so a failed or interrupted download never leaves a partial file under the target name. The
// result is the file's System.IO.FileInfo item, as Get-Item returns it.

import * as fs from 'node:fs';
import * as nodePath from 'node:path';
import { randomBytes } from 'node:crypto';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { PSObject } from '../../src/objects/psobject.js';
import { makeFileSystemItem } from '../core/filesystem/items.js';
import { getEntrySync } from '../core/filesystem/fs-entry.js';
import { fileSystemError, type S3Call } from './s3-cmdlet-runtime.js';
import { transferProgress } from './s3-progress.js';

/** The GetObject input (Bucket, Key and any of VersionId, IfModifiedSince, SSE-C members, ChecksumMode). */
export type GetObjectMembers = Record<string, unknown> & { Bucket: string; Key: string };

function temporaryPathFor(target: string): string {
  return nodePath.join(nodePath.dirname(target), `.${nodePath.basename(target)}.${randomBytes(6).toString('hex')}.awsps-download`);
}

/** The FileInfo / DirectoryInfo item of a path that exists. */
export function fileSystemItem(path: string): PSObject {
  const entry = getEntrySync(path);
  if (!entry) throw new Error(`${path} vanished after it was written`);
  return makeFileSystemItem(entry);
}

function isReadable(body: unknown): body is Readable {
  return typeof body === 'object' && body !== null && typeof (body as Readable).pipe === 'function';
}

/** Streams one object to `target` (creating its folder); resolves once the complete file is in place. */
export async function downloadToFile(call: S3Call, input: GetObjectMembers, target: string): Promise<void> {
  const dir = nodePath.dirname(target);
  try {
    fs.mkdirSync(dir, { recursive: true });
  } catch (err) {
    throw fileSystemError(err, dir, call.commandClass);
  }
  const output = await call.send(new call.sdk.GetObjectCommand(input), 'GetObject');
  const body = output.Body;
  const temp = temporaryPathFor(target);
  const total = output.ContentLength ?? 0;
  const progress = transferProgress(call.ctx, 'Downloading', `File ${input.Key}`);
  let done = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _enc, cb) {
      done += chunk.length;
      progress.update(done, total);
      cb(null, chunk);
    },
  });
  try {
    if (!isReadable(body)) throw new Error(`The GetObject response for '${input.Key}' has no body stream.`);
    let writeError: unknown;
    const sink = fs.createWriteStream(temp, { flags: 'wx' });
    sink.once('error', (e) => (writeError = e));
    try {
      await pipeline(body, counter, sink, { signal: call.ctx.signal });
    } catch (err) {
      throw writeError !== undefined ? fileSystemError(writeError, target, call.commandClass) : err;
    }
    if (total > 0 && done !== total) throw new Error(`The download of '${input.Key}' ended after ${done} of ${total} bytes.`);
    try {
      fs.renameSync(temp, target);
    } catch (err) {
      throw fileSystemError(err, target, call.commandClass);
    }
  } catch (err) {
    fs.rmSync(temp, { force: true });
    if (isReadable(body)) body.destroy();
    throw call.fail(err);
  } finally {
    progress.end();
  }
}
