// Per-runspace state kept by cmdlets (the seeded Get-Random generator, variable options). ctx.session
// is a fresh view on every access, so it cannot key such state; the host lives as long as the engine
// (one runspace per process), so it does.

import type { CommandContext, HostApi } from '../../../../src/pipeline/types.js';

const states = new WeakMap<HostApi, Map<string, unknown>>();

function table(ctx: CommandContext): Map<string, unknown> {
  let m = states.get(ctx.host);
  if (!m) {
    m = new Map();
    states.set(ctx.host, m);
  }
  return m;
}

/** The runspace's value under `key`, created on first use. */
export function runspaceState<T>(ctx: CommandContext, key: string, create: () => T): T {
  const m = table(ctx);
  if (!m.has(key)) m.set(key, create());
  return m.get(key) as T;
}

/** Replaces the runspace's value under `key`. */
export function setRunspaceState<T>(ctx: CommandContext, key: string, value: T): void {
  table(ctx).set(key, value);
}
