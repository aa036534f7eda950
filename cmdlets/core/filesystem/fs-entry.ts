// One file-system item as the cmdlets see it: its path plus what lstat (and, for a symbolic link, stat of
// the target) reported. Like .NET's FileSystemInfo, a link to a directory counts as a directory.

import * as fs from 'node:fs';
import { lstatSync, readlinkSync, statSync, type Stats } from 'node:fs';
import { leafOf } from './paths.js';

export interface FsEntry {
  /** Absolute, normalized path. */
  path: string;
  name: string;
  /** lstat: the item itself (the link, for a symbolic link). */
  lstat: Stats;
  /** stat of a link's target (null when the link dangles); the same object as lstat for other items. */
  target: Stats | null;
  /** What a symbolic link points to, as stored in the link; null for other items. */
  linkTarget: string | null;
}

export function isContainer(entry: FsEntry): boolean {
  return (entry.target ?? entry.lstat).isDirectory();
}

/** Names starting with '.' are hidden, as .NET reports them on Unix. */
export function isHiddenName(name: string): boolean {
  return name.startsWith('.') && name !== '.' && name !== '..';
}

export function isHidden(entry: FsEntry): boolean {
  return isHiddenName(entry.name);
}

// The callback forms of lstat/stat/readlink: they are asynchronous like fs/promises but cost a fraction
// of its per-call overhead, which dominates a recursive walk over many thousands of entries.
function lstat(path: string): Promise<Stats> {
  return new Promise((resolve, reject) => fs.lstat(path, (err, st) => (err ? reject(err) : resolve(st))));
}

function stat(path: string): Promise<Stats> {
  return new Promise((resolve, reject) => fs.stat(path, (err, st) => (err ? reject(err) : resolve(st))));
}

function readlink(path: string): Promise<string> {
  return new Promise((resolve, reject) => fs.readlink(path, (err, link) => (err ? reject(err) : resolve(link))));
}

function isMissing(err: unknown): boolean {
  const code = (err as { code?: unknown }).code;
  return code === 'ENOENT' || code === 'ENOTDIR';
}

/** The entry at `path`, or null when nothing is there. Other errors (EACCES on a parent...) propagate. */
export async function getEntry(path: string): Promise<FsEntry | null> {
  let ls: Stats;
  try {
    ls = await lstat(path);
  } catch (err) {
    if (isMissing(err)) return null;
    throw err;
  }
  if (!ls.isSymbolicLink()) return { path, name: leafOf(path), lstat: ls, target: ls, linkTarget: null };
  const [target, link] = await Promise.all([stat(path).catch(() => null), readlink(path).catch(() => null)]);
  return { path, name: leafOf(path), lstat: ls, target, linkTarget: link };
}

/** Synchronous twin of getEntry, for lazily computed properties (Directory, Parent) that must return a value. */
export function getEntrySync(path: string): FsEntry | null {
  let ls: Stats;
  try {
    ls = lstatSync(path);
  } catch (err) {
    if (isMissing(err)) return null;
    throw err;
  }
  if (!ls.isSymbolicLink()) return { path, name: leafOf(path), lstat: ls, target: ls, linkTarget: null };
  let target: Stats | null = null;
  let link: string | null = null;
  try {
    target = statSync(path);
  } catch {
    target = null;
  }
  try {
    link = readlinkSync(path);
  } catch {
    link = null;
  }
  return { path, name: leafOf(path), lstat: ls, target, linkTarget: link };
}
