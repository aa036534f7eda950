// CodeCacheLoader on small hand-written scripts shaped like the build's output (CommonJS, chunks
// required by relative path, deferred chunks required from a promise).

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CodeCacheLoader } from '../../src/startup/code-cache.js';

let dist: string;
let cacheDir: string;

interface Entry {
  value: number;
  strict: boolean;
  file: string;
  dir: string;
  sameChunk: () => boolean;
  later: () => Promise<{ name: string }>;
  crypto: { randomUUID: () => string };
  loadsOfA: () => number;
}

const scripts: Record<string, string> = {
  'cli.cjs': `"use strict";
const a = require('./chunk-a.cjs');
exports.value = a.twice(21);
exports.strict = (function () { return this === undefined; })();
exports.file = __filename;
exports.dir = __dirname;
exports.sameChunk = () => require('./chunk-a.cjs') === a;
exports.later = () => Promise.resolve().then(() => require('./chunk-b.cjs'));
exports.crypto = require('node:crypto');
exports.loadsOfA = () => globalThis.__awspsTestLoadsOfA;
`,
  'chunk-a.cjs': `"use strict";
globalThis.__awspsTestLoadsOfA = (globalThis.__awspsTestLoadsOfA ?? 0) + 1;
exports.twice = (n) => n * 2;
`,
  'chunk-b.cjs': `"use strict";
module.exports = { name: 'b' };
`,
};

beforeEach(() => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'awsps-loader-test-'));
  dist = path.join(root, 'dist');
  cacheDir = path.join(root, 'cache', 'build');
  fs.mkdirSync(dist);
  for (const [name, text] of Object.entries(scripts)) fs.writeFileSync(path.join(dist, name), text);
  delete (globalThis as { __awspsTestLoadsOfA?: number }).__awspsTestLoadsOfA;
});

afterEach(() => {
  fs.rmSync(path.dirname(dist), { recursive: true, force: true });
});

function loadEntry(loader: CodeCacheLoader): Entry {
  return loader.load(path.join(dist, 'cli.cjs')) as Entry;
}

describe('CodeCacheLoader', () => {
  it('runs scripts as CommonJS modules, each once', () => {
    const entry = loadEntry(new CodeCacheLoader(dist, undefined));
    expect(entry.value).toBe(42);
    expect(entry.strict).toBe(true);
    expect(entry.file).toBe(path.join(dist, 'cli.cjs'));
    expect(entry.dir).toBe(dist);
    expect(entry.sameChunk()).toBe(true);
    expect(entry.loadsOfA()).toBe(1);
  });

  it('loads a deferred chunk when it is asked for', async () => {
    const entry = loadEntry(new CodeCacheLoader(dist, undefined));
    expect(await entry.later()).toEqual({ name: 'b' });
  });

  it('hands out heavy built-in modules that load on first use', () => {
    const entry = loadEntry(new CodeCacheLoader(dist, undefined));
    expect(entry.crypto.randomUUID()).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('saves an entry per script it ran, which the next loader accepts', async () => {
    const first = new CodeCacheLoader(dist, cacheDir);
    await loadEntry(first).later();
    const written = first.save().map((f) => path.basename(f).split('.').slice(0, 2).join('.'));
    expect(written.sort()).toEqual(['chunk-a.cjs', 'chunk-b.cjs', 'cli.cjs']);

    const second = new CodeCacheLoader(dist, cacheDir);
    await loadEntry(second).later();
    expect(second.save()).toEqual([]);
  });

  it('makes a new entry for a script changed after its entry was saved', () => {
    const first = new CodeCacheLoader(dist, cacheDir);
    loadEntry(first);
    first.save();
    fs.writeFileSync(path.join(dist, 'chunk-a.cjs'), scripts['chunk-a.cjs'].replace('n * 2', '2 * n'));

    const second = new CodeCacheLoader(dist, cacheDir);
    expect(loadEntry(second).value).toBe(42);
    expect(second.save().map((f) => path.basename(f).split('.')[0])).toEqual(['chunk-a']);
    // The old chunk-a entry may belong to another copy of the build still in use: it is kept (a few are).
    expect(fs.readdirSync(cacheDir).filter((f) => f.startsWith('chunk-a.'))).toHaveLength(2);
  });

  it('writes nothing without a cache folder', () => {
    const loader = new CodeCacheLoader(dist, undefined);
    loadEntry(loader);
    expect(loader.save()).toEqual([]);
    expect(fs.existsSync(path.dirname(cacheDir))).toBe(false);
  });
});
