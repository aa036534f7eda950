// Where the code cache of a build lives and what its files are called.
//
//   <user cache>/awsps/code-cache/<build hash>-v8-<V8 version>-<arch>/<script>.<size>.<mtime µs>.<options tag>.v8cache
//
// The build hash (dist/manifest.json) is a content hash of all scripts. Size and mtime catch a script
// changed after the build (V8 itself only compares the source length). The options tag hashes the Node
// options: V8 rejects data made under other flags, and two ways of running awsps should not keep
// replacing each other's entries.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export interface BuildManifest {
  /** The entry script, relative to dist/. */
  entry: string;
  /** Content hash of every script of the build. */
  build: string;
}

/** Build folders kept in the cache (other installed versions, recent rebuilds); older ones are removed. */
const KEPT_BUILDS = 4;

export function readManifest(distDir: string): BuildManifest | undefined {
  try {
    const m: unknown = JSON.parse(fs.readFileSync(path.join(distDir, 'manifest.json'), 'utf8'));
    if (typeof m !== 'object' || m === null) return undefined;
    const { entry, build } = m as Record<string, unknown>;
    if (typeof entry !== 'string' || typeof build !== 'string' || !/^[0-9a-f]+$/.test(build)) return undefined;
    return { entry, build };
  } catch {
    return undefined;
  }
}

/** The per-user cache folder of awsps, or undefined when there is no usable home folder. */
export function userCacheRoot(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, home: () => string = os.homedir): string | undefined {
  const xdg = env.XDG_CACHE_HOME;
  if (platform !== 'win32' && xdg !== undefined && path.isAbsolute(xdg)) return path.join(xdg, 'awsps');
  const localAppData = env.LOCALAPPDATA;
  if (platform === 'win32' && localAppData !== undefined && path.win32.isAbsolute(localAppData)) {
    return path.win32.join(localAppData, 'awsps', 'Cache');
  }
  let dir: string;
  try {
    dir = home();
  } catch {
    return undefined;
  }
  if (platform === 'win32') return path.win32.isAbsolute(dir) ? path.win32.join(dir, 'AppData', 'Local', 'awsps', 'Cache') : undefined;
  if (!path.isAbsolute(dir)) return undefined;
  if (platform === 'darwin') return path.join(dir, 'Library', 'Caches', 'awsps');
  return path.join(dir, '.cache', 'awsps');
}

/** The folder of one build's cache for this V8 (data from another V8 would be rejected anyway). */
export function buildCacheDir(root: string, manifest: BuildManifest): string {
  return path.join(root, 'code-cache', `${manifest.build}-v8-${process.versions.v8}-${process.arch}`);
}

/** A short stable tag of the Node options this process runs with. */
export function nodeOptionsTag(execArgv: readonly string[] = process.execArgv, nodeOptions: string | undefined = process.env.NODE_OPTIONS): string {
  return fnv1a(`${execArgv.join(' ')}|${nodeOptions ?? ''}`);
}

/** The cache file name of a script with the given size and mtime. */
export function cacheEntryName(script: string, stat: { size: number; mtimeMs: number }, optionsTag: string = nodeOptionsTag()): string {
  return `${path.basename(script)}.${stat.size}.${Math.round(stat.mtimeMs * 1000)}.${optionsTag}.v8cache`;
}

/** Entries kept per script and options in a build folder (copies of one build differ only in mtime). */
const KEPT_COPIES = 3;

const ENTRY_NAME = /^(.+)\.\d+\.\d+\.([0-9a-f]{8})\.v8cache$/;

/**
 * Keeps the newest few entries of the same script and options in a build folder. The others belong to
 * earlier copies of the same build (a rebuild with unchanged sources has a new mtime); a few are kept
 * because several copies may be in use at once (two checkouts), and they must not evict each other.
 */
export function pruneStaleEntries(dir: string, current: string): void {
  const parts = ENTRY_NAME.exec(current);
  if (parts === null) return;
  try {
    const siblings = fs
      .readdirSync(dir)
      .filter((name) => {
        const other = ENTRY_NAME.exec(name);
        return name !== current && other !== null && other[1] === parts[1] && other[2] === parts[2];
      })
      .map((name) => ({ name, time: fs.statSync(path.join(dir, name)).mtimeMs }))
      .sort((a, b) => b.time - a.time);
    for (const old of siblings.slice(KEPT_COPIES - 1)) fs.rmSync(path.join(dir, old.name), { force: true });
  } catch {
    // Best effort, like all of the cache.
  }
}

/** Removes all but the most recently written build folders, so that rebuilds and upgrades don't pile up. */
export function pruneOldBuilds(codeCacheDir: string, current: string): void {
  try {
    const builds = fs
      .readdirSync(codeCacheDir)
      .filter((name) => name !== current)
      .map((name) => ({ name, time: fs.statSync(path.join(codeCacheDir, name)).mtimeMs }))
      .sort((a, b) => b.time - a.time);
    for (const old of builds.slice(KEPT_BUILDS - 1)) fs.rmSync(path.join(codeCacheDir, old.name), { recursive: true, force: true });
  } catch {
    // Another awsps may be pruning at the same time; leftovers go next time.
  }
}

/** FNV-1a (32 bits) as 8 hex digits; node:crypto would cost more to load than this saves. */
function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}
