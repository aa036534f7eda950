// Writing a profile file so that readers see either the old or the new content, never a torn one: write a
// temp file in the same directory, fsync it, rename it over the target. The file is always mode 0600, a
// missing directory is created 0700, and a symlinked file is replaced at its target (the link stays).

import * as fs from 'node:fs';
import * as path from 'node:path';
import { randomBytes } from 'node:crypto';
import { ProfileFileError, errorMessage, systemErrorCode } from './errors.js';

export const PROFILE_FILE_MODE = 0o600;
export const PROFILE_DIRECTORY_MODE = 0o700;

/** The file a write to p really changes: p with symlinks followed, even a dangling last link. */
export function resolveWriteTarget(p: string): string {
  let current = path.resolve(p);
  for (let hops = 0; hops < 40; hops++) {
    let stat: fs.Stats;
    try {
      stat = fs.lstatSync(current);
    } catch (err) {
      if (systemErrorCode(err) === 'ENOENT') return current;
      throw ioError(`Could not inspect '${current}'`, current, err);
    }
    if (!stat.isSymbolicLink()) return current;
    current = path.resolve(path.dirname(current), fs.readlinkSync(current));
  }
  throw new ProfileFileError(`Too many levels of symbolic links at '${p}'.`, 'io', p);
}

/** Creates dir (and missing parents) with mode 0700; existing directories are left as they are. */
export function ensureDirectory(dir: string): void {
  let firstCreated: string | undefined;
  try {
    firstCreated = fs.mkdirSync(dir, { recursive: true, mode: PROFILE_DIRECTORY_MODE });
  } catch (err) {
    throw ioError(`Could not create the directory '${dir}'`, dir, err);
  }
  if (firstCreated === undefined) return;
  // mkdir's mode is reduced by the umask: set it explicitly on each directory we created.
  for (let d = dir; ; d = path.dirname(d)) {
    fs.chmodSync(d, PROFILE_DIRECTORY_MODE);
    if (d === firstCreated || path.dirname(d) === d) break;
  }
}

/** Atomically replaces target (already symlink-resolved, directory existing) with data, mode 0600. */
export function writeFileAtomic(target: string, data: Uint8Array): void {
  const dir = path.dirname(target);
  const temp = path.join(dir, `.${path.basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  let fd: number | null = null;
  try {
    fd = fs.openSync(temp, 'wx', PROFILE_FILE_MODE);
    fs.fchmodSync(fd, PROFILE_FILE_MODE);
    let offset = 0;
    while (offset < data.length) offset += fs.writeSync(fd, data, offset, data.length - offset);
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = null;
    fs.renameSync(temp, target);
  } catch (err) {
    if (fd !== null) closeQuietly(fd);
    removeQuietly(temp);
    throw ioError(`Could not write '${target}'; the file was left unchanged`, target, err);
  }
  syncDirectory(dir);
}

/** Makes the rename durable; some platforms/file systems cannot fsync a directory, which is harmless. */
function syncDirectory(dir: string): void {
  let fd: number | null = null;
  try {
    fd = fs.openSync(dir, 'r');
    fs.fsyncSync(fd);
  } catch {
    // best effort
  } finally {
    if (fd !== null) closeQuietly(fd);
  }
}

function closeQuietly(fd: number): void {
  try {
    fs.closeSync(fd);
  } catch {
    // already failing; the original error is the one to report
  }
}

function removeQuietly(file: string): void {
  try {
    fs.rmSync(file, { force: true });
  } catch {
    // already failing; the original error is the one to report
  }
}

function ioError(what: string, filePath: string, err: unknown): ProfileFileError {
  return new ProfileFileError(`${what}: ${errorMessage(err)}`, 'io', filePath, null, { cause: err });
}
