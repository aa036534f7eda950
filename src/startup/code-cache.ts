// Loads the bundled shell (dist/*.cjs) with V8's code cache, so that a start skips compiling ~1 MB of
// JavaScript. Node 20 has no compile cache for ES modules (module.enableCompileCache came with Node 22),
// so tools/build.mjs emits CommonJS scripts and this loader runs them through vm.Script with cachedData.
//
// Missing or rejected cache entries are written when the process exits, so that the functions compiled
// lazily during that run are included. Every cache failure (no home folder, read-only disk, corrupt or
// foreign data) silently degrades to compiling as usual. cache-location.ts says where entries live.
//
// V8 only verifies a code cache's checksum under --verify-snapshot-checksum, and deserialising corrupt
// data aborts the whole process, so the flag is switched on around our compile and serialise calls. It is
// switched off again right after: the flag changes V8's flag hash, and while it differs Node's built-in
// modules can't use their embedded code cache either (loading them takes twice as long).
//
// AWSPS_NO_CODE_CACHE=1 loads without the cache. Under --enable-source-maps the scripts are loaded by
// Node's own require(), which maps stack traces back to the TypeScript sources. On a V8 this loader
// was not made for (the flag could be missing), Node's own compile cache is used where it exists (22+).

import * as fs from 'node:fs';
import Module, { createRequire } from 'node:module';
import * as path from 'node:path';
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import { buildCacheDir, cacheEntryName, pruneOldBuilds, pruneStaleEntries, readManifest, userCacheRoot } from './cache-location.js';
import { isDeferredBuiltin, lazyBuiltin } from './lazy-builtins.js';

/** The CommonJS module object a script sees (the parts esbuild's CommonJS output and lodash use). */
interface ScriptModule {
  id: string;
  filename: string;
  exports: unknown;
  loaded: boolean;
  require: (id: string) => unknown;
}

type ModuleFunction = (this: unknown, exports: unknown, require: (id: string) => unknown, module: ScriptModule, filename: string, dirname: string) => void;

interface PendingEntry {
  script: vm.Script;
  file: string;
}

/** Runs the scripts of one build, each compiled with (and later saving) its code cache. */
export class CodeCacheLoader {
  private readonly modules = new Map<string, ScriptModule>();
  private readonly pending: PendingEntry[] = [];
  private readonly nodeRequire: NodeJS.Require;

  /** cacheDir undefined: compile without a cache (there is no usable cache folder). */
  constructor(
    distDir: string,
    private readonly cacheDir: string | undefined,
  ) {
    this.nodeRequire = createRequire(path.join(distDir, 'startup.cjs'));
  }

  /** Saves the cache when the process exits, after this run's lazily compiled functions exist. */
  saveOnExit(): this {
    if (this.cacheDir !== undefined) process.once('exit', () => this.save());
    return this;
  }

  /** Runs the script at file once and returns its exports, as require() would. */
  load(file: string): unknown {
    const known = this.modules.get(file);
    if (known !== undefined) return known.exports;
    const { source, entry } = this.readScript(file);
    const cachedData = entry === undefined ? undefined : readIfPresent(entry);
    // Node's CommonJS wrapper, on the script's first line so that positions in the script stay the same.
    const compile = (): vm.Script =>
      new vm.Script(`(function (exports, require, module, __filename, __dirname) { ${source}\n})`, { filename: file, cachedData });
    const script = cachedData === undefined ? compile() : withChecksums(compile);
    if (entry !== undefined && (cachedData === undefined || script.cachedDataRejected === true)) this.pending.push({ script, file: entry });
    const dirname = path.dirname(file);
    const requireFromScript = (id: string): unknown => this.require(id, dirname);
    const mod: ScriptModule = { id: file, filename: file, exports: {}, loaded: false, require: requireFromScript };
    this.modules.set(file, mod);
    const run = script.runInThisContext() as ModuleFunction;
    run.call(mod.exports, mod.exports, requireFromScript, mod, file, dirname);
    mod.loaded = true;
    return mod.exports;
  }

  private require(id: string, fromDir: string): unknown {
    if (id.startsWith('./') || id.startsWith('../')) return this.load(path.resolve(fromDir, id));
    if (isDeferredBuiltin(id)) return lazyBuiltin(id, this.nodeRequire);
    return this.nodeRequire(id);
  }

  /**
   * Reads a script and names its cache entry after the size and mtime of the very text read: a script
   * that changes while it is read gets no entry, so no entry can hold code compiled from other text.
   */
  private readScript(file: string): { source: string; entry: string | undefined } {
    const fd = fs.openSync(file, 'r');
    try {
      const before = fs.fstatSync(fd);
      const source = fs.readFileSync(fd, 'utf8');
      if (this.cacheDir === undefined) return { source, entry: undefined };
      const after = fs.fstatSync(fd);
      const unchanged = before.size === after.size && before.mtimeMs === after.mtimeMs;
      return { source, entry: unchanged ? path.join(this.cacheDir, cacheEntryName(file, after)) : undefined };
    } finally {
      fs.closeSync(fd);
    }
  }

  /**
   * Writes the entries that were missing or rejected, each atomically (a reader sees a whole file or
   * none), and returns their paths. Runs when the process exits.
   */
  save(): string[] {
    const written: string[] = [];
    const pending = this.pending.splice(0);
    if (pending.length === 0 || this.cacheDir === undefined) return written;
    let created: string | undefined;
    try {
      created = fs.mkdirSync(this.cacheDir, { recursive: true });
    } catch {
      return written;
    }
    for (const { script, file } of pending) {
      const temp = `${file}.${process.pid}.tmp`;
      try {
        fs.writeFileSync(temp, withChecksums(() => script.createCachedData()));
        fs.renameSync(temp, file);
        written.push(file);
        pruneStaleEntries(this.cacheDir, path.basename(file));
      } catch {
        removeQuietly(temp);
      }
    }
    if (created !== undefined) pruneOldBuilds(path.dirname(this.cacheDir), path.basename(this.cacheDir));
    return written;
  }
}

/** V8 majors known to have --verify-snapshot-checksum (an unknown flag would be reported on stderr). */
const CHECKSUM_FLAG_V8 = /^1[1-3]\./;

const CHECKSUM_FLAG = 'verify-snapshot-checksum';

/** Whoever runs awsps with the flag keeps it. */
function checksumsRequested(): boolean {
  const options = `${process.execArgv.join(' ')} ${process.env.NODE_OPTIONS ?? ''}`.replaceAll('_', '-');
  return options.includes(`--${CHECKSUM_FLAG}`);
}

function withChecksums<T>(work: () => T): T {
  v8.setFlagsFromString(`--${CHECKSUM_FLAG}`);
  try {
    return work();
  } finally {
    if (!checksumsRequested()) v8.setFlagsFromString(`--no-${CHECKSUM_FLAG}`);
  }
}

function readIfPresent(file: string): Buffer | undefined {
  try {
    return fs.readFileSync(file);
  } catch {
    return undefined;
  }
}

function removeQuietly(file: string): void {
  try {
    fs.rmSync(file, { force: true });
  } catch {
    // The cache is only an optimisation: a leftover temporary file does no harm.
  }
}

/** Starts the shell built into distDir (the folder of this script once built). */
export function start(distDir: string): void {
  const manifest = readManifest(distDir);
  const entry = path.join(distDir, manifest?.entry ?? 'cli.cjs');
  // No manifest means an interrupted build: trust no cache.
  if (manifest === undefined || process.env.AWSPS_NO_CODE_CACHE === '1' || process.sourceMapsEnabled === true) {
    createRequire(entry)(entry);
    return;
  }
  const root = userCacheRoot();
  if (!CHECKSUM_FLAG_V8.test(process.versions.v8)) {
    if (root !== undefined) enableNodeCompileCache(path.join(root, 'node-compile-cache'));
    createRequire(entry)(entry);
    return;
  }
  new CodeCacheLoader(distDir, root === undefined ? undefined : buildCacheDir(root, manifest)).saveOnExit().load(entry);
}

/** Node 22.1+ caches compiled CommonJS itself (with its own integrity checks); older Nodes lack it. */
function enableNodeCompileCache(dir: string): void {
  const enable = (Module as { enableCompileCache?: (dir: string) => unknown }).enableCompileCache;
  if (typeof enable !== 'function') return;
  try {
    enable(dir);
  } catch {
    // Compiling without a cache is only slower.
  }
}
