// Defines generated cmdlets on first use: the engine asks for a name it does not know; the generated index
// (read once, on the first such name) says whether it is a generated cmdlet or one of its auto-loaded aliases,
// and only then is that service's spec file read. Nothing here loads an SDK package.

import type { CommandDefinition } from '../../pipeline/types.js';
import type { GeneratedIndex, GeneratedIndexEntry, GeneratedServiceFile } from './catalog-types.js';
import { readGeneratedJson } from './data-files.js';
import { defineGeneratedCmdlet } from './generated-cmdlet.js';

interface IndexLookup {
  readonly cmdlets: ReadonlyMap<string, GeneratedIndexEntry>;
  readonly aliases: ReadonlyMap<string, string>;
}

let lookup: IndexLookup | undefined;

function indexLookup(): IndexLookup {
  if (lookup) return lookup;
  const index = readGeneratedJson<GeneratedIndex>('index.json');
  lookup = {
    cmdlets: new Map(index.cmdlets.map((c) => [c.name.toLowerCase(), c])),
    aliases: new Map(Object.entries(index.aliases).map(([alias, cmdlet]) => [alias.toLowerCase(), cmdlet])),
  };
  return lookup;
}

/** A generated cmdlet's definition by cmdlet name or auto-loaded alias; undefined for any other name. */
export function generatedCommand(name: string): CommandDefinition | undefined {
  // Names of generated cmdlets always have a verb and a noun; anything else never reads the index.
  if (!name.includes('-')) return undefined;
  const { cmdlets, aliases } = indexLookup();
  const lower = name.toLowerCase();
  const entry = cmdlets.get(lower) ?? cmdlets.get(aliases.get(lower)?.toLowerCase() ?? '');
  if (!entry) return undefined;
  const file = readGeneratedJson<GeneratedServiceFile>(`${entry.service}.json`);
  const spec = file.cmdlets.find((c) => c.name === entry.name);
  if (!spec) return undefined;
  return defineGeneratedCmdlet(spec, entry.service, file.module);
}

/** The auto-loaded aliases of generated cmdlets (alias → cmdlet), for Get-Alias and completion. */
export function generatedAliases(): ReadonlyMap<string, string> {
  return indexLookup().aliases;
}
