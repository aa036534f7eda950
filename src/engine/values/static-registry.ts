// The table of static members ([math]::PI, [datetime]::Now, [string]::Join(...)) keyed by .NET full name.
// Built-in types register here; other layers (the engine's [scriptblock]::Create, the AWS layer's
// [Amazon.RegionEndpoint]::USEast1) add theirs through registerStaticMember / registerStaticMethod.

import { registerKnownType } from '../type-resolution.js';
import { methodTable, type Call, type MethodDef } from '../methods/support.js';

export interface StaticTypeDef {
  properties: Map<string, { name: string; get: () => unknown }>;
  methods: Map<string, MethodDef<null>>;
}

const statics = new Map<string, StaticTypeDef>();

function typeDef(fullName: string): StaticTypeDef {
  const key = fullName.toLowerCase();
  let def = statics.get(key);
  if (!def) {
    def = { properties: new Map(), methods: new Map() };
    statics.set(key, def);
    registerKnownType(fullName);
  }
  return def;
}

/** Builds the statics of a family of types on first use (every AWS ConstantClass) instead of registering each up front. */
export type StaticTypeProvider = (fullName: string) => StaticTypeDef | undefined;
const providers: StaticTypeProvider[] = [];

export function registerStaticTypeProvider(provider: StaticTypeProvider): void {
  providers.push(provider);
}

export function staticTypeDef(fullName: string): StaticTypeDef | undefined {
  const key = fullName.toLowerCase();
  const def = statics.get(key);
  if (def || providers.length === 0) return def;
  for (const provide of providers) {
    const provided = provide(fullName);
    if (provided) {
      statics.set(key, provided);
      return provided;
    }
  }
  return undefined;
}

/** Adds (or replaces) a static property; the getter runs on every read ([datetime]::Now). */
export function registerStaticMember(typeFullName: string, name: string, get: () => unknown): void {
  typeDef(typeFullName).properties.set(name.toLowerCase(), { name, get });
}

/** Adds (or replaces) a static method accepting min..max arguments. */
export function registerStaticMethod(typeFullName: string, name: string, fn: (args: unknown[], call: Call) => unknown, min = 0, max = 99): void {
  typeDef(typeFullName).methods.set(name.toLowerCase(), { name, min, max, fn: (_self, call) => fn(call.args, call) });
}

/** Registers a whole type at once. */
export function defineStatics(
  typeFullName: string,
  properties: Record<string, () => unknown>,
  methods: Array<[string, number, number, (self: null, call: Call) => unknown]>,
): void {
  const def = typeDef(typeFullName);
  for (const [name, get] of Object.entries(properties)) def.properties.set(name.toLowerCase(), { name, get });
  for (const [k, m] of methodTable<null>(methods)) def.methods.set(k, m);
}
