// A minimal SessionStateApi holding variables in scopes, for the region helpers' unit tests.

import type { CommandDefinition, SessionStateApi } from '../../../src/pipeline/types.js';

export interface FakeSession extends SessionStateApi {
  /** Values set per scope name ('local' when no scope was given). */
  readonly scopes: Map<string, Map<string, unknown>>;
}

export function fakeSession(): FakeSession {
  const scopes = new Map<string, Map<string, unknown>>([['local', new Map()]]);
  const scopeOf = (scope?: string): Map<string, unknown> => {
    const key = (scope ?? 'local').toLowerCase();
    let s = scopes.get(key);
    if (!s) scopes.set(key, (s = new Map()));
    return s;
  };
  const lookup = (name: string): unknown => {
    for (const key of ['local', 'script', 'global']) {
      const s = scopes.get(key);
      if (s?.has(name.toLowerCase())) return s.get(name.toLowerCase());
    }
    return null;
  };
  return {
    scopes,
    getVariable: lookup,
    hasVariable: (name) => [...scopes.values()].some((s) => s.has(name.toLowerCase())),
    setVariable: (name, value, scope) => void scopeOf(scope).set(name.toLowerCase(), value),
    removeVariable: (name, scope) => scopeOf(scope).delete(name.toLowerCase()),
    listVariables: () => new Map(),
    cwd: '/',
    resolvePath: (p) => p,
    getCommand: (): CommandDefinition | undefined => undefined,
    listCommands: () => [],
    listAliases: () => new Map(),
    setAlias: () => undefined,
  };
}
