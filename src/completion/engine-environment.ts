// The completion environment of a live session: the engine's registered commands, functions, aliases
// and variables, plus the generated AWS cmdlets read from their JSON index (no SDK package, and a
// generated cmdlet is not defined just because it was completed).

import * as os from 'node:os';
import type { Engine } from '../engine/engine.js';
import type { Scope } from '../engine/scope.js';
import type { CommandDefinition, ParameterDef } from '../pipeline/types.js';
import { COMMON_PARAMETERS, SHOULD_PROCESS_PARAMETERS } from '../pipeline/processor.js';
import { cmdletSpec, generatedIndex } from '../aws/generated/catalog.js';
import type { GeneratedCmdletSpec } from '../aws/generated/catalog-types.js';
import { commonServiceParameters } from '../aws/cmdlet/common-parameters.js';
import { regionSystemNames } from '../aws/regions/index.js';
import { profileNames } from './profile-names.js';
import type { CompletionCommand, CompletionEnvironment, CompletionParameter } from './types.js';

function fromDef(def: CommandDefinition): CompletionCommand {
  return {
    name: def.name,
    parameters: def.parameters.map((p) => ({ name: p.name, aliases: p.aliases, type: p.type, values: p.validateSet ?? p.completionValues, hidden: p.hidden })),
  };
}

function paramOf(p: ParameterDef): CompletionParameter {
  return { name: p.name, aliases: p.aliases, type: p.type, values: p.validateSet ?? p.completionValues };
}

/** A generated cmdlet's parameters as defineGeneratedCmdlet would declare them, from its spec alone. */
function fromSpec(spec: GeneratedCmdletSpec): CompletionCommand {
  const own: CompletionParameter[] = spec.parameters.map((p) => ({ name: p.name, aliases: p.aliases, type: p.type, values: p.enumValues }));
  const extra: CompletionParameter[] = [{ name: 'Select', type: 'System.String' }];
  if (spec.passThruParameter) extra.push({ name: 'PassThru', type: 'switch' });
  if (spec.paging) extra.push({ name: 'NoAutoIteration', type: 'switch' });
  if (spec.hasForce) extra.push({ name: 'Force', type: 'switch' });
  const common = COMMON_PARAMETERS.map(paramOf);
  const should = spec.confirmImpact ? SHOULD_PROCESS_PARAMETERS.map(paramOf) : [];
  return { name: spec.name, parameters: [...own, ...extra, ...commonServiceParameters().map(paramOf), ...common, ...should] };
}

function functionsOf(scope: Scope): CommandDefinition[] {
  const out: CommandDefinition[] = [];
  for (let s: Scope | undefined = scope; s; s = s.parent) out.push(...s.functions.values());
  return out;
}

/** Variables an AWS Tools session always has once the module is imported. */
const AWS_MODULE_VARIABLES = ['AWSHistory'];

export function engineCompletionEnvironment(engine: Engine): CompletionEnvironment {
  const scope = engine.global;
  const registered = (name: string): CommandDefinition | undefined => {
    const lower = name.toLowerCase();
    const fn = scope.lookupFunction(lower);
    if (fn) return fn;
    const target = engine.aliases.get(lower);
    return engine.cmdlets.get((target ?? name).toLowerCase()) ?? (target ? scope.lookupFunction(target.toLowerCase()) : undefined);
  };
  return {
    get cwd() {
      return engine.cwd;
    },
    home: os.homedir(),
    *commandNames() {
      for (const def of engine.cmdlets.values()) yield def.name;
      for (const def of functionsOf(scope)) yield def.name;
      yield* engine.aliases.keys();
      const index = generatedIndex();
      if (index) {
        for (const c of index.cmdlets) yield c.name;
        yield* Object.keys(index.aliases);
      }
    },
    command(name) {
      const def = registered(name);
      if (def) return fromDef(def);
      const index = generatedIndex();
      const target = index?.aliases[Object.keys(index.aliases).find((a) => a.toLowerCase() === name.toLowerCase()) ?? ''] ?? name;
      const spec = cmdletSpec(target);
      return spec ? fromSpec(spec) : undefined;
    },
    *variableNames() {
      for (let s: Scope | undefined = scope; s; s = s.parent) for (const v of s.variables.values()) yield v.name;
      yield* AWS_MODULE_VARIABLES;
      for (const k of Object.keys(process.env)) yield `env:${k}`;
    },
    variableValue(name) {
      const slot = scope.lookup(name.toLowerCase());
      return slot ? slot.value : undefined;
    },
    wellKnownValues(parameter) {
      const lower = parameter.toLowerCase();
      if (lower === 'region' || lower === 'regiontocall') return regionSystemNames();
      if (lower === 'profilename' || lower === 'storedcredentials' || lower === 'awsprofilename') return profileNames();
      return undefined;
    },
  };
}
