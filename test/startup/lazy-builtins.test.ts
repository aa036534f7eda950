// Stand-ins for heavy built-in modules: nothing is loaded until the bundle really uses the module.

import { describe, expect, it } from 'vitest';
import { isDeferredBuiltin, lazyBuiltin } from '../../src/startup/lazy-builtins.js';

function counting(real: object): { load: (id: string) => unknown; loads: string[] } {
  const loads: string[] = [];
  return { loads, load: (id: string) => (loads.push(id), real) };
}

describe('lazy built-in modules', () => {
  it('defers only the heavy modules, with or without the node: prefix', () => {
    for (const id of ['node:crypto', 'crypto', 'node:child_process', 'node:readline', 'node:fs/promises']) expect(isDeferredBuiltin(id)).toBe(true);
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
});
