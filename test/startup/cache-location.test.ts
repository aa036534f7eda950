// Where the code cache lives, how its entries are named and how old ones are cleared away.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildCacheDir, cacheEntryName, nodeOptionsTag, pruneOldBuilds, pruneStaleEntries, readManifest, userCacheRoot } from '../../src/startup/cache-location.js';

const temps: string[] = [];

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'awsps-cache-location-'));
  temps.push(dir);
  return dir;
}

afterEach(() => {
  for (const dir of temps.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** Creates files (or folders) with ascending mtimes, oldest first. */
function createAged(dir: string, names: string[], folders = false): void {
  names.forEach((name, i) => {
    const full = path.join(dir, name);
    if (folders) fs.mkdirSync(full);
    else fs.writeFileSync(full, '');
    const time = new Date(Date.UTC(2024, 0, 1 + i));
    fs.utimesSync(full, time, time);
  });
}

describe('userCacheRoot', () => {
  const home = () => '/home/ann';

  it('follows XDG_CACHE_HOME when it is absolute', () => {
    expect(userCacheRoot({ XDG_CACHE_HOME: '/var/cache/ann' }, 'linux', home)).toBe('/var/cache/ann/awsps');
    expect(userCacheRoot({ XDG_CACHE_HOME: 'relative/cache' }, 'linux', home)).toBe('/home/ann/.cache/awsps');
  });

  it('uses each platform’s usual folder', () => {
    expect(userCacheRoot({}, 'linux', home)).toBe('/home/ann/.cache/awsps');
    expect(userCacheRoot({}, 'darwin', home)).toBe('/home/ann/Library/Caches/awsps');
    expect(userCacheRoot({ LOCALAPPDATA: 'C:\\Users\\ann\\AppData\\Local' }, 'win32', home)).toBe('C:\\Users\\ann\\AppData\\Local\\awsps\\Cache');
    expect(userCacheRoot({}, 'win32', () => 'C:\\Users\\ann')).toBe('C:\\Users\\ann\\AppData\\Local\\awsps\\Cache');
  });

  it('gives up without a usable home folder', () => {
    expect(
      userCacheRoot({}, 'linux', () => {
        throw new Error('no home');
      }),
    ).toBeUndefined();
    expect(userCacheRoot({}, 'linux', () => '')).toBeUndefined();
  });
});

describe('entry names', () => {
  it('name the build, the V8 and the architecture in the folder', () => {
    const dir = buildCacheDir('/c/awsps', { entry: 'cli.cjs', build: 'abc123' });
    expect(dir).toBe(`/c/awsps/code-cache/abc123-v8-${process.versions.v8}-${process.arch}`);
  });

  it('name the script, its size and mtime, and the Node options', () => {
    expect(cacheEntryName('/x/dist/cli.cjs', { size: 1234, mtimeMs: 1700000000000.5 }, '0123abcd')).toBe('cli.cjs.1234.1700000000000500.0123abcd.v8cache');
  });

  it('tag different Node options differently', () => {
    expect(nodeOptionsTag([], undefined)).toMatch(/^[0-9a-f]{8}$/);
    expect(nodeOptionsTag([], undefined)).toBe(nodeOptionsTag([], ''));
    expect(nodeOptionsTag(['--stack-size=2000'], undefined)).not.toBe(nodeOptionsTag([], undefined));
    expect(nodeOptionsTag([], '--max-old-space-size=512')).not.toBe(nodeOptionsTag([], undefined));
  });
});

describe('readManifest', () => {
  it('reads the entry and build hash', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'manifest.json'), '{"entry":"cli.cjs","build":"0f1e"}');
    expect(readManifest(dir)).toEqual({ entry: 'cli.cjs', build: '0f1e' });
  });

  it('rejects a missing or malformed manifest', () => {
    const dir = tempDir();
    expect(readManifest(dir)).toBeUndefined();
    for (const text of ['{', 'null', '{"entry":"cli.cjs"}', '{"entry":"cli.cjs","build":"../x"}']) {
      fs.writeFileSync(path.join(dir, 'manifest.json'), text);
      expect(readManifest(dir)).toBeUndefined();
    }
  });
});

describe('pruning', () => {
  it('keeps the newest three copies of a script’s entry and leaves other scripts and options alone', () => {
    const dir = tempDir();
    const copies = [1, 2, 3, 4, 5].map((n) => `cli.cjs.100.${n}.aaaaaaaa.v8cache`);
    createAged(dir, [...copies, 'cli.cjs.100.0.bbbbbbbb.v8cache', 'chunk-x.cjs.100.0.aaaaaaaa.v8cache']);
    pruneStaleEntries(dir, copies[4]);
    expect(fs.readdirSync(dir).sort()).toEqual(['chunk-x.cjs.100.0.aaaaaaaa.v8cache', 'cli.cjs.100.0.bbbbbbbb.v8cache', ...copies.slice(2)].sort());
  });

  it('keeps the four most recent build folders', () => {
    const dir = tempDir();
    createAged(dir, ['b1', 'b2', 'b3', 'b4', 'b5', 'b6'], true);
    pruneOldBuilds(dir, 'b1');
    expect(fs.readdirSync(dir).sort()).toEqual(['b1', 'b4', 'b5', 'b6']);
  });
});
