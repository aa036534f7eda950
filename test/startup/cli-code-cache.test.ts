// The built CLI with its compiled-code cache: the cache is made by the first run, used by the next,
// and whatever happens to it (corrupt, unwritable, switched off) the shell's output stays the same.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { run, type CliResult } from '../helpers/cli.js';

const temps: string[] = [];

function tempCacheHome(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'awsps-cache-test-'));
  temps.push(dir);
  return dir;
}

afterEach(() => {
  for (const dir of temps.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** Cache entries of the main bundle (small shared chunks that load at start-up get entries of their own too). */
function cacheEntries(cacheHome: string): string[] {
  const root = path.join(cacheHome, 'awsps', 'code-cache');
  if (!fs.existsSync(root)) return [];
  return fs
    .readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.v8cache') && path.basename(f).startsWith('cli.cjs.'))
    .map((f) => path.join(root, f));
}

function runWith(env: Record<string, string>, script = '1 + 1'): CliResult {
  return run(script, { env });
}

const expected: CliResult = { stdout: '2\n', stderr: '', code: 0 };

describe('code cache', () => {
  it('is written by the first run and used unchanged by the next', () => {
    const home = tempCacheHome();
    expect(runWith({ XDG_CACHE_HOME: home })).toEqual(expected);
    const entries = cacheEntries(home);
    expect(entries).toHaveLength(1);
    expect(path.basename(entries[0])).toMatch(/^cli\.cjs\.\d+\.\d+\.[0-9a-f]{8}\.v8cache$/);
    const written = fs.statSync(entries[0]).mtimeMs;

    expect(runWith({ XDG_CACHE_HOME: home })).toEqual(expected);
    expect(cacheEntries(home)).toEqual(entries);
    expect(fs.statSync(entries[0]).mtimeMs).toBe(written);
  });

  it('replaces a corrupt entry silently instead of crashing', () => {
    const home = tempCacheHome();
    runWith({ XDG_CACHE_HOME: home });
    const [entry] = cacheEntries(home);
    const data = fs.readFileSync(entry);
    // Damage the middle of the payload: the header stays valid, only the checksum can tell.
    for (let i = data.length >> 1; i < (data.length >> 1) + 64; i++) data[i] ^= 0x5a;
    fs.writeFileSync(entry, data);

    expect(runWith({ XDG_CACHE_HOME: home })).toEqual(expected);
    expect(fs.readFileSync(entry).equals(data)).toBe(false);
    expect(runWith({ XDG_CACHE_HOME: home })).toEqual(expected);
  });

  it('ignores a truncated or empty entry', () => {
    const home = tempCacheHome();
    runWith({ XDG_CACHE_HOME: home });
    const [entry] = cacheEntries(home);
    fs.writeFileSync(entry, fs.readFileSync(entry).subarray(0, 1000));
    expect(runWith({ XDG_CACHE_HOME: home })).toEqual(expected);
    fs.writeFileSync(entry, '');
    expect(runWith({ XDG_CACHE_HOME: home })).toEqual(expected);
    expect(fs.statSync(entry).size).toBeGreaterThan(1000);
  });

  it('runs normally when the cache folder cannot be created', () => {
    const file = path.join(tempCacheHome(), 'not-a-folder');
    fs.writeFileSync(file, '');
    expect(runWith({ XDG_CACHE_HOME: file })).toEqual(expected);
    expect(fs.readFileSync(file, 'utf8')).toBe('');
  });

  it('keeps entries made under other Node options apart', () => {
    const home = tempCacheHome();
    runWith({ XDG_CACHE_HOME: home });
    expect(runWith({ XDG_CACHE_HOME: home, NODE_OPTIONS: '--max-old-space-size=512' })).toEqual(expected);
    expect(cacheEntries(home)).toHaveLength(2);
  });

  it('is not used with AWSPS_NO_CODE_CACHE=1', () => {
    const home = tempCacheHome();
    expect(runWith({ XDG_CACHE_HOME: home, AWSPS_NO_CODE_CACHE: '1' })).toEqual(expected);
    expect(fs.existsSync(path.join(home, 'awsps'))).toBe(false);
  });

  it('is not used under --enable-source-maps, so that stack traces map to the sources', () => {
    const home = tempCacheHome();
    expect(runWith({ XDG_CACHE_HOME: home, NODE_OPTIONS: '--enable-source-maps' })).toEqual(expected);
    expect(fs.existsSync(path.join(home, 'awsps'))).toBe(false);
  });

  it('leaves exit codes and error output as they are', () => {
    const home = tempCacheHome();
    for (let i = 0; i < 2; i++) {
      const r = runWith({ XDG_CACHE_HOME: home }, "'out'; exit 3");
      expect(r).toEqual({ stdout: 'out\n', stderr: '', code: 3 });
    }
  });
});
