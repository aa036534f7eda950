// What Compress-Archive puts in the archive for its resolved paths (CompressArchiveHelper): every directory
// first, walked as Get-ChildItem -Recurse sees it (hidden dot names skipped), its entries named relative to
// its parent so the directory itself is the top-level folder, a subdirectory holding no files added as an
// explicit 'dir/' entry; then the plain files, each under its own name.

import { readdir } from 'node:fs/promises';
import { getEntry, isContainer, isHiddenName, type FsEntry } from '../filesystem/fs-entry.js';
import { compareNames } from '../filesystem/resolve.js';
import { joinPath, leafOf, parentOf } from '../filesystem/paths.js';

export interface PlannedEntry {
  /** FullName in the archive ('/'-separated; directories end with '/'). */
  name: string;
  /** The file or directory on disk. */
  source: string;
  directory: boolean;
}

async function children(dir: string): Promise<FsEntry[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return [];
  }
  const entries = await Promise.all(names.sort(compareNames).map((n) => getEntry(joinPath(dir, n)).catch(() => null)));
  return entries.filter((e): e is FsEntry => e !== null);
}

/** DirectoryInfo.GetFiles() is empty: no non-directory entry at all (hidden ones count). */
async function holdsNoFiles(dir: string): Promise<boolean> {
  const all = await children(dir);
  return all.every((e) => isContainer(e));
}

async function walk(dir: string, rootParent: string, skip: ReadonlySet<string>, out: PlannedEntry[]): Promise<void> {
  const prefix = rootParent === '/' ? '/' : `${rootParent}/`;
  const items = (await children(dir)).filter((e) => !isHiddenName(e.name) && !skip.has(e.path));
  const subdirectories: FsEntry[] = [];
  for (const item of items) {
    const relative = item.path.slice(prefix.length);
    if (!isContainer(item)) {
      out.push({ name: relative, source: item.path, directory: false });
      continue;
    }
    if (await holdsNoFiles(item.path)) out.push({ name: `${relative}/`, source: item.path, directory: true });
    // Get-ChildItem -Recurse does not descend through symbolic links.
    if (!item.lstat.isSymbolicLink()) subdirectories.push(item);
  }
  for (const sub of subdirectories) await walk(sub.path, rootParent, skip, out);
}

/** The entries for the resolved source paths, in the order the module adds them. */
export async function planEntries(paths: readonly string[], skip: ReadonlySet<string>): Promise<PlannedEntry[]> {
  const files: string[] = [];
  const directories: string[] = [];
  for (const path of paths) {
    const entry = await getEntry(path).catch(() => null);
    if (entry && isContainer(entry)) directories.push(path);
    else files.push(path);
  }
  const planned: PlannedEntry[] = [];
  for (const dir of directories) await walk(dir, parentOf(dir) || '/', skip, planned);
  for (const file of files) planned.push({ name: leafOf(file), source: file, directory: false });
  return planned;
}
