// An advisory lock around read-modify-write of a profile file: "<file>.lock" created with O_EXCL next to the
// file. A lock whose holder process is gone (same host) or that is older than staleMs is broken. The API is
// synchronous (waits with Atomics.wait) so callers need no async plumbing for a rare, short wait.

import * as fs from 'node:fs';
import * as os from 'node:os';
import { randomBytes } from 'node:crypto';
import { ProfileFileError, errorMessage, systemErrorCode } from './errors.js';

export interface FileLockOptions {
  /** Give up waiting after this long (default 30 s). */
  timeoutMs?: number;
  /** A lock older than this is considered abandoned (default 20 s). */
  staleMs?: number;
}

interface LockInfo {
  pid: number;
  host: string;
}

const sleepCell = new Int32Array(new SharedArrayBuffer(4));

function sleep(ms: number): void {
  Atomics.wait(sleepCell, 0, 0, ms);
}

/** Runs action while holding the lock for targetPath (whose directory must exist). */
export function withFileLock<T>(targetPath: string, action: () => T, options: FileLockOptions = {}): T {
  const lockPath = `${targetPath}.lock`;
  const token = acquire(lockPath, options.timeoutMs ?? 30_000, options.staleMs ?? 20_000);
  try {
    return action();
  } finally {
    release(lockPath, token);
  }
}

function acquire(lockPath: string, timeoutMs: number, staleMs: number): string {
  const content = JSON.stringify({ pid: process.pid, host: os.hostname(), nonce: randomBytes(8).toString('hex') });
  const deadline = Date.now() + timeoutMs;
  let delay = 2;
  for (;;) {
    let fd: number | null = null;
    try {
      fd = fs.openSync(lockPath, 'wx', 0o600);
      fs.writeFileSync(fd, content);
      return content;
    } catch (err) {
      if (systemErrorCode(err) !== 'EEXIST') {
        throw new ProfileFileError(`Could not create the lock file '${lockPath}': ${errorMessage(err)}`, 'io', lockPath, null, {
          cause: err,
        });
      }
    } finally {
      if (fd !== null) fs.closeSync(fd);
    }
    if (breakIfStale(lockPath, staleMs)) continue;
    if (Date.now() >= deadline) {
      throw new ProfileFileError(
        `Timed out after ${Math.round(timeoutMs / 1000)} s waiting for the lock file '${lockPath}'. If no other process is writing the file, delete the lock file.`,
        'lock-timeout',
        lockPath,
      );
    }
    sleep(delay + Math.random() * delay);
    delay = Math.min(delay * 2, 100);
  }
}

function release(lockPath: string, token: string): void {
  // Only remove the lock if it is still ours (someone may have broken it as stale).
  try {
    if (fs.readFileSync(lockPath, 'utf8') === token) fs.unlinkSync(lockPath);
  } catch (err) {
    if (systemErrorCode(err) !== 'ENOENT') throw err;
  }
}

/** Removes the lock if it is abandoned; true when the caller should retry at once. */
function breakIfStale(lockPath: string, staleMs: number): boolean {
  let content: string;
  let ageMs: number;
  try {
    content = fs.readFileSync(lockPath, 'utf8');
    ageMs = Date.now() - fs.statSync(lockPath).mtimeMs;
  } catch (err) {
    if (systemErrorCode(err) === 'ENOENT') return true;
    throw err;
  }
  const info = parseLockInfo(content);
  const holderGone = info !== null && info.host === os.hostname() && !processExists(info.pid);
  if (!holderGone && ageMs < staleMs) return false;
  // Move it aside atomically, then check we moved the lock we judged and not a fresh one created meanwhile.
  const aside = `${lockPath}.stale-${process.pid}-${randomBytes(4).toString('hex')}`;
  try {
    fs.renameSync(lockPath, aside);
  } catch (err) {
    if (systemErrorCode(err) === 'ENOENT') return true;
    throw err;
  }
  try {
    if (fs.readFileSync(aside, 'utf8') !== content) {
      try {
        fs.linkSync(aside, lockPath); // put the live lock back (fails if yet another one exists)
      } catch {
        // Another process holds a newer lock now; the one we moved aside will be released harmlessly.
      }
    }
  } finally {
    fs.rmSync(aside, { force: true });
  }
  return true;
}

function parseLockInfo(content: string): LockInfo | null {
  try {
    const parsed: unknown = JSON.parse(content);
    if (typeof parsed !== 'object' || parsed === null) return null;
    const { pid, host } = parsed as Record<string, unknown>;
    return typeof pid === 'number' && typeof host === 'string' ? { pid, host } : null;
  } catch {
    return null;
  }
}

function processExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return systemErrorCode(err) === 'EPERM';
  }
}
