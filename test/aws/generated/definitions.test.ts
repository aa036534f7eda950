// Every generated cmdlet can be defined and bound: no two parameters (its own, the AWS common ones and
// PowerShell's common ones) share a name or alias, no two share a position in a parameter set, and at most
// one takes pipeline input by value per set and .NET type — the binder would otherwise reject or misroute arguments.

import { expect, it } from 'vitest';
import { readGeneratedJson } from '../../../src/aws/generated/data-files.js';
import type { GeneratedIndex, GeneratedServiceFile } from '../../../src/aws/generated/catalog-types.js';
import { generatedCommand } from '../../../src/aws/generated/command-provider.js';
import { COMMON_PARAMETERS } from '../../../src/pipeline/processor.js';

it('every generated cmdlet has distinct parameter names, aliases, positions and one pipeline parameter per set', () => {
  const index = readGeneratedJson<GeneratedIndex>('index.json');
  const problems: string[] = [];
  for (const entry of index.cmdlets) {
    const def = generatedCommand(entry.name);
    if (!def) {
      problems.push(`${entry.name}: not defined`);
      continue;
    }
    const names = new Map<string, string>();
    for (const p of [...def.parameters, ...COMMON_PARAMETERS]) {
      for (const n of [p.name, ...(p.aliases ?? [])]) {
        const owner = names.get(n.toLowerCase());
        if (owner !== undefined && owner !== p.name) problems.push(`${entry.name}: ${n} names both -${p.name} and -${owner}`);
        names.set(n.toLowerCase(), p.name);
      }
    }
    const spec = readGeneratedJson<GeneratedServiceFile>(`${entry.service}.json`).cmdlets.find((c) => c.name === entry.name);
    const dotNetType = (name: string): string => spec?.parameters.find((q) => q.name === name)?.type ?? '';
    const positions = new Map<string, string>();
    const pipeline = new Map<string, string>();
    for (const p of def.parameters) {
      for (const set of p.parameterSets ?? ['(all)']) {
        if (p.position !== undefined) {
          const key = `${set}:${p.position}`;
          if (positions.has(key)) problems.push(`${entry.name}: position ${p.position} in ${set}: -${p.name} and -${positions.get(key)}`);
          positions.set(key, p.name);
        }
        if (p.valueFromPipeline) {
          // PowerShell picks among pipeline parameters by the input's type; two of one type are ambiguous.
          const key = `${set}:${dotNetType(p.name)}`;
          if (pipeline.has(key)) problems.push(`${entry.name}: two pipeline parameters in ${set}: -${p.name} and -${pipeline.get(key)}`);
          pipeline.set(key, p.name);
        }
      }
    }
  }
  expect(index.cmdlets.length).toBeGreaterThan(1000);
  expect(problems).toEqual([]);
});
