// Stand-ins for heavy built-in modules: nothing is loaded until the bundle really uses the module.

import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isDeferredBuiltin, lazyBuiltin } from '../../src/startup/lazy-builtins.js';

const root = path.resolve(__dirname, '..', '..');

function counting(real: object): { load: (id: string) => unknown; loads: string[] } {
  const loads: string[] = [];
  return { loads, load: (id: string) => (loads.push(id), real) };
}

describe('lazy built-in modules', () => {
  it('defers only the heavy modules, with or without the node: prefix', () => {
    for (const id of ['node:crypto', 'crypto', 'node:http', 'node:child_process', 'node:readline', 'node:fs/promises']) expect(isDeferredBuiltin(id)).toBe(true);
    for (const id of ['node:fs', 'node:path', 'node:os', 'node:stream', 'lodash']) expect(isDeferredBuiltin(id)).toBe(false);
  });

  it('loads the module on the first property access, once', () => {
    const real = { spawn: () => 'spawned', version: 3 };
    const { load, loads } = counting(real);
    const standIn = lazyBuiltin('test:first-access', load) as typeof real;
    expect(loads).toEqual([]);
    expect(standIn.spawn()).toBe('spawned');
    expect(standIn.version).toBe(3);
    expect(loads).toEqual(['test:first-access']);
  });

  it('gives the same stand-in for the same module', () => {
    const { load } = counting({});
    expect(lazyBuiltin('test:same', load)).toBe(lazyBuiltin('test:same', load));
  });

  it('supports a namespace import copying every property', () => {
    const real = { a: 1, b: () => 2 };
    const standIn = lazyBuiltin('test:namespace', counting(real).load);
    const copy: Record<string, unknown> = {};
    for (const key of Object.getOwnPropertyNames(standIn)) {
      const descriptor = Object.getOwnPropertyDescriptor(standIn, key);
      expect(descriptor?.configurable).toBe(true);
      Object.defineProperty(copy, key, { get: () => (standIn as Record<string, unknown>)[key], enumerable: true });
    }
    expect(Object.keys(copy)).toEqual(['a', 'b']);
    expect(copy.a).toBe(1);
    expect('b' in standIn).toBe(true);
  });

  it('a real start of the shell loads none of them (the built CLI, `-Command 1`)', () => {
    const probe = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'awsps-builtins-')), 'probe.cjs');
    fs.writeFileSync(
      probe,
      "process.on('exit', () => process.stderr.write(process.moduleLoadList.filter((m) => m.startsWith('NativeModule ')).map((m) => m.slice(13)).join(',')));",
    );
    const r = spawnSync(process.execPath, ['-r', probe, path.join(root, 'bin', 'awsps.js'), '-NoProfile', '-Command', '1'], { encoding: 'utf8' });
    expect(r.stdout).toBe('1\n');
    const loaded = r.stderr.split(',');
    for (const heavy of ['crypto', 'http', 'child_process', 'readline', 'fs/promises']) expect(loaded, heavy).not.toContain(heavy);
  });
});
