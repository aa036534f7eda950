// Where an archive entry lands when expanded into a directory (ExpandArchiveHelper): the entry name joined
// to the destination ('\' counts as '/', as Join-Path treats it on Unix, and a leading '/' does not make it
// absolute), '.' and '..' resolved, and each segment trimmed of surrounding whitespace as the module does
// before extracting. A name whose result leaves the destination is refused (zip-slip).

import * as nodePath from 'node:path';

export type EntryTarget = { ok: true; path: string; directory: boolean } | { ok: false };

/** `destination` is absolute and normalized, without a trailing '/' (unless it is '/'). */
export function entryTarget(destination: string, entryName: string): EntryTarget {
  const base = destination.endsWith('/') ? destination : `${destination}/`;
  const relative = entryName.replace(/\\/g, '/');
  const directory = relative.endsWith('/');
  const trimmed = relative
    .split('/')
    .map((segment) => segment.trim())
    .join('/');
  const joined = nodePath.posix.normalize(base + trimmed.replace(/^\/+/, ''));
  const path = directory ? joined : joined.replace(/\/+$/, '');
  if (!path.startsWith(base) || path === base) return { ok: false };
  return { ok: true, path, directory };
}
