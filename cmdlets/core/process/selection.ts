// ProcessBaseCommand.MatchingProcesses: the processes named by -Name (wildcards), -Id or -InputObject, each once,
// sorted by name then id; a name without wildcards or an id that matches nothing is a non-terminating error.

import type { CommandContext } from '../../../src/pipeline/types.js';
import { ProcessorContext } from '../../../src/pipeline/processor.js';
import { toStr } from '../../../src/engine/conversions.js';
import { hasWildcard, wildcardMatcher } from '../filesystem/wildcard.js';
import { listPids } from './proc-fs.js';
import { ProcessHandle } from './process-handle.js';
import { handleOf, processObject, type StopSignalSource } from './process-object.js';
import { noProcessWithId, noProcessWithName } from './errors.js';

export function stopSignalOf(ctx: CommandContext): StopSignalSource {
  const engine = ctx instanceof ProcessorContext ? ctx.engine : undefined;
  return () => engine?.stopSignal;
}

function allProcesses(): ProcessHandle[] {
  const out: ProcessHandle[] = [];
  for (const pid of listPids()) {
    const h = ProcessHandle.fromPid(pid);
    if (h) out.push(h);
  }
  return out;
}

function asList(value: unknown): unknown[] {
  if (value === null || value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

/** The handles the parameters select, in pwsh's order; writes the not-found errors. */
export function matchingProcesses(ctx: CommandContext, commandType: string): ProcessHandle[] {
  const found = new Map<number, ProcessHandle>();
  const add = (h: ProcessHandle): void => {
    if (!found.has(h.id)) found.set(h.id, h);
  };
  if (ctx.isBound('InputObject')) {
    for (const item of asList(ctx.params.InputObject)) {
      const h = handleOf(item);
      if (h) add(h);
    }
  } else if (ctx.isBound('Id')) {
    for (const raw of asList(ctx.params.Id)) {
      const id = Number(raw);
      const h = ProcessHandle.fromPid(id);
      if (h) add(h);
      else ctx.writeError(noProcessWithId(id, commandType));
    }
  } else {
    const all = allProcesses();
    const names = ctx.isBound('Name') ? asList(ctx.params.Name).map((n) => toStr(n)) : undefined;
    if (!names) all.forEach(add);
    for (const pattern of names ?? []) {
      const matches = wildcardMatcher(pattern);
      let any = false;
      for (const h of all) {
        if (!matches(h.name)) continue;
        any = true;
        add(h);
      }
      if (!any && !hasWildcard(pattern)) ctx.writeError(noProcessWithName(pattern, commandType));
    }
  }
  return [...found.values()].sort((a, b) => {
    const byName = a.name.toLowerCase() < b.name.toLowerCase() ? -1 : a.name.toLowerCase() > b.name.toLowerCase() ? 1 : 0;
    return byName !== 0 ? byName : a.id - b.id;
  });
}

/** The object to write for a handle: the input object itself when it came in, so its identity is kept. */
export function objectFor(ctx: CommandContext, handle: ProcessHandle): unknown {
  if (ctx.isBound('InputObject')) {
    for (const item of asList(ctx.params.InputObject)) if (handleOf(item) === handle) return item;
  }
  return processObject(handle, stopSignalOf(ctx));
}
