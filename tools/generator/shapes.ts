// Generator step: the .NET SDK model types of each service (cmdlets/generated/shapes/<svc>.json). Every
// operation's input and output schema is walked, and every structure is described as the .NET SDK names it:
// <namespace>.Model.<Shape>, operation types <Operation>Request / <Operation>Response, properties with the
// first letter capitalised and sorted by name (the .NET generator's order), with their types. Where the .NET
// SDK differs from these rules, shapes/overrides.ts says so.

import { NormalizedSchema } from '@smithy/core/schema';
import type { GeneratorContext, ServiceSource } from './context.js';
import type { MemberEntry, ShapeFile, TypeEntry } from '../../src/aws/model/shape-file.js';
import { readDeclaredMembers, innermostTypeName, type DeclaredMembers } from './shapes/dts-members.js';
import { NumericKinds } from './shapes/numeric-kinds.js';
import { DOTNET_OVERRIDES, type ServiceOverrides } from './shapes/overrides.js';

/** The operation schema a command instance carries: [9, namespace, name, traits, input, output]. */
type OperationSchema = readonly [number, string, string, unknown, unknown, unknown];

interface CommandClass {
  new (input: object): { readonly schema?: unknown };
}

function isCommandClass(name: string, value: unknown): value is CommandClass {
  return name.endsWith('Command') && typeof value === 'function';
}

/** The service's operations, sorted by name: operation name → its schema. */
export function operationSchemas(source: ServiceSource): ReadonlyArray<readonly [string, OperationSchema]> {
  const out: Array<readonly [string, OperationSchema]> = [];
  for (const [name, value] of Object.entries(source.sdk)) {
    if (!isCommandClass(name, value)) continue;
    const schema = new value({}).schema;
    if (Array.isArray(schema) && schema[0] === 9) out.push([schema[2] as string, schema as unknown as OperationSchema]);
  }
  return out.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

const capitalize = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** .NET's OrderBy(PropertyName): culture-aware, case-insensitive first. */
const byDotNetName = (a: MemberEntry, b: MemberEntry): number => a[0].localeCompare(b[0], 'en');

/** The shape name without the Smithy namespace: 'com.amazonaws.ec2#Filter' → 'Filter'. */
function shapeName(schema: NormalizedSchema): string {
  const full = schema.getName(true) ?? '';
  return full.slice(full.indexOf('#') + 1);
}

/** Walks one service's schemas into its shapes file. */
class ShapeWalker {
  readonly types = new Map<string, TypeEntry>();
  readonly enums = new Map<string, readonly string[]>();
  private readonly declared: DeclaredMembers;
  private readonly numbers: NumericKinds;
  private readonly overrides: ServiceOverrides;
  /** Numeric members whose precision no model told (reported, typed Double). */
  readonly unknownNumbers: string[] = [];

  constructor(private readonly source: ServiceSource) {
    this.declared = readDeclaredMembers(source.packageDir);
    this.numbers = new NumericKinds(source.service);
    this.overrides = DOTNET_OVERRIDES[source.service] ?? {};
  }

  /** The .NET short type name of a structure shape. */
  typeName(name: string): string {
    return this.overrides.typeNames?.[name] ?? capitalize(name);
  }

  addOperation(jsOperation: string, schema: OperationSchema): void {
    const operation = this.overrides.operations?.[jsOperation] ?? jsOperation;
    if (this.types.has(`${operation}Request`)) return;
    const input = NormalizedSchema.of(schema[4] as never);
    const output = NormalizedSchema.of(schema[5] as never);
    this.describe(`${operation}Request`, input, 'request');
    const outName = shapeName(output);
    // A response whose output shape is a shared model type (EC2 RunInstances → Reservation, CreateKeyPair →
    // KeyPair) wraps it in a property named after the shape, as the .NET generator does.
    const ownOutput = !output.isStructSchema() || outName === 'Unit' || /(Result|Output|Response)$/.test(outName);
    if (ownOutput) this.describe(`${operation}Response`, output, 'response');
    else {
      const wrapped = this.describe(this.typeName(outName), output, 'model');
      const property = this.overrides.responseWrappers?.[jsOperation] ?? wrapped;
      this.types.set(`${operation}Response`, { r: 1, m: [[property, `struct:${wrapped}`, '']] });
    }
  }

  /** Describes a structure under a .NET name (once) and returns the name. */
  private describe(dotNetName: string, schema: NormalizedSchema, role: 'request' | 'response' | 'model'): string {
    if (this.types.has(dotNetName)) return dotNetName;
    // Claim the name first: structures can be recursive.
    this.types.set(dotNetName, { m: [] });
    const jsShape = shapeName(schema);
    const declared = this.declared.get(jsShape) ?? this.declared.get(`_${jsShape}`);
    const members: MemberEntry[] = [];
    if (schema.isStructSchema()) {
      for (const [jsName, member] of schema.structIterator()) {
        const kind = this.kindOf(member, jsShape, jsName, declared?.get(jsName), []);
        const renamed = role === 'request' ? this.overrides.requestMembers?.[jsName] : undefined;
        const name = renamed ?? capitalize(jsName);
        members.push(name === jsName ? [name, kind] : [name, kind, jsName]);
      }
    }
    const entry: TypeEntry = { m: this.applyOverride(dotNetName, members) };
    this.types.set(dotNetName, role === 'request' ? { ...entry, q: 1 } : role === 'response' ? { ...entry, r: 1 } : entry);
    return dotNetName;
  }

  private applyOverride(dotNetName: string, generated: MemberEntry[]): MemberEntry[] {
    const o = this.overrides.types?.[dotNetName];
    if (o?.members) return [...o.members];
    let members = generated;
    if (o?.drop) members = members.filter((m) => !o.drop!.includes(m[2] ?? m[0]));
    if (o?.rename) {
      members = members.map((m): MemberEntry => {
        const js = m[2] ?? m[0];
        const to = o.rename![js];
        return to === undefined ? m : [to, m[1], js];
      });
    }
    if (o?.add) members = [...members, ...o.add];
    members.sort(byDotNetName);
    return o?.append ? [...members, ...o.append] : members;
  }

  /** The kind of a structure member (see MemberKind). */
  kindOfMember(schema: NormalizedSchema, parent: string, member: string, declaredType: string | undefined): string {
    return this.kindOf(schema, parent, member, declaredType, []);
  }

  /** A member's kind (see MemberKind); `steps` leads from the structure member into list elements / map values. */
  private kindOf(schema: NormalizedSchema, parent: string, member: string, declaredType: string | undefined, steps: Array<'member' | 'value'>): string {
    if (schema.isListSchema()) return `list:${this.kindOf(schema.getValueSchema(), parent, member, declaredType, [...steps, 'member'])}`;
    if (schema.isMapSchema()) return `map:${this.kindOf(schema.getValueSchema(), parent, member, declaredType, [...steps, 'value'])}`;
    if (schema.isStructSchema() || schema.isUnionSchema()) return `struct:${this.describe(this.typeName(shapeName(schema)), schema, 'model')}`;
    if (schema.isBlobSchema()) return 'blob';
    if (schema.isTimestampSchema()) return 'timestamp';
    if (schema.isBooleanSchema()) return 'bool';
    if (schema.isBigIntegerSchema()) return 'long';
    if (schema.isBigDecimalSchema()) return 'double';
    if (schema.isDocumentSchema()) return 'document';
    if (schema.isNumericSchema()) {
      const kind = this.numbers.kindOf(parent, member, steps) ?? (steps.length === 0 ? this.numbers.kindByName(member) : undefined);
      if (kind) return kind;
      this.unknownNumbers.push(`${parent}.${member}${steps.length ? `(${steps.join(".")})` : ""}`);
      return 'double';
    }
    if (schema.isStringSchema() && declaredType !== undefined) {
      const enumName = innermostTypeName(declaredType, steps.length);
      const values = this.enumValues(enumName);
      if (values) {
        // The SDK exports an enum whose name clashes with another export as _Name (_InstanceType); .NET's class is Name.
        const dotNetName = enumName.replace(/^_/, '');
        this.enums.set(dotNetName, values);
        return `enum:${dotNetName}`;
      }
    }
    return 'string';
  }

  /** An enum the SDK exports as a constant object of its values. */
  private enumValues(name: string): readonly string[] | undefined {
    if (!/^\w+$/.test(name) || name === 'string') return undefined;
    const value = this.source.sdk[name];
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
    const values = Object.values(value as Record<string, unknown>);
    return values.length > 0 && values.every((v) => typeof v === 'string') ? (values as string[]) : undefined;
  }

  /** Adds the .NET SDK's <Name>Utc twin of each timestamp property of the types requests use. */
  addUtcTwins(): void {
    if (!this.overrides.utcTwins) return;
    const seen = new Set<string>();
    const pending = [...this.types].filter(([, e]) => e.q === 1).map(([n]) => n);
    while (pending.length > 0) {
      const name = pending.pop()!;
      if (seen.has(name)) continue;
      seen.add(name);
      for (const [, kind] of this.types.get(name)!.m) {
        const struct = /struct:(\w+)$/.exec(kind);
        if (struct) pending.push(struct[1]!);
      }
    }
    for (const name of [...seen].sort()) {
      const entry = this.types.get(name)!;
      if (this.overrides.types?.[name]?.members || !entry.m.some((m) => m[1] === 'timestamp')) continue;
      const members: MemberEntry[] = [];
      for (const m of entry.m) {
        members.push(m);
        if (m[1] === 'timestamp' && !entry.m.some((o) => o[0] === `${m[0]}Utc`)) members.push([`${m[0]}Utc`, 'timestamp', m[2] ?? m[0]]);
      }
      this.types.set(name, { ...entry, m: members.sort(byDotNetName) });
    }
  }

  /** Every struct:X a member refers to must be described (overrides can name types). */
  check(): string[] {
    const problems: string[] = [];
    for (const [name, entry] of this.types) {
      const names = entry.m.map((m) => m[0].toLowerCase());
      if (new Set(names).size !== names.length) problems.push(`${name} has two properties of the same name`);
      for (const [member, kind] of entry.m) {
        const struct = /struct:(\w+)$/.exec(kind);
        if (struct && !this.types.has(struct[1]!)) problems.push(`${name}.${member} refers to an undescribed type ${struct[1]}`);
      }
    }
    return problems;
  }
}

const ASSEMBLY: Readonly<Record<string, string>> = {
  'Amazon.S3': 'AWSSDK.S3',
  'Amazon.EC2': 'AWSSDK.EC2',
  'Amazon.SQS': 'AWSSDK.SQS',
  'Amazon.SimpleNotificationService': 'AWSSDK.SimpleNotificationService',
  'Amazon.CloudWatch': 'AWSSDK.CloudWatch',
  'Amazon.SecurityToken': 'AWSSDK.SecurityToken',
  'Amazon.SSOOIDC': 'AWSSDK.SSOOIDC',
};

function sortedRecord<T>(map: ReadonlyMap<string, T>): Record<string, T> {
  const out: Record<string, T> = {};
  for (const key of [...map.keys()].sort()) out[key] = map.get(key)!;
  return out;
}

/** One service's shapes file. */
export function serviceShapes(source: ServiceSource): ShapeFile {
  const walker = new ShapeWalker(source);
  for (const [operation, schema] of operationSchemas(source)) walker.addOperation(operation, schema);
  walker.addUtcTwins();
  const problems = walker.check();
  if (problems.length > 0) throw new Error(`shapes for ${source.service}:\n${problems.join('\n')}`);
  if (walker.unknownNumbers.length > 0) {
    process.stderr.write(`shapes: ${source.service}: ${walker.unknownNumbers.length} numeric members that botocore's models (newer or missing) do not type, typed as Double: ${walker.unknownNumbers.slice(0, 8).join(", ")}\n`);
  }
  return {
    namespace: source.dotNetNamespace,
    assembly: ASSEMBLY[source.dotNetNamespace] ?? `AWSSDK.${source.dotNetNamespace.replace(/^Amazon\./, '')}`,
    types: sortedRecord(walker.types),
    enums: sortedRecord(walker.enums),
  };
}

/** The generator step: 'shapes/<svc>.json' → its content, for every service. */
export function generateShapeFiles(ctx: GeneratorContext): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const source of ctx.services) out[`shapes/${source.service}.json`] = serviceShapes(source);
  return out;
}

// ------------------------------------------------------------------------------------------------------------
// Parameter types

/** A member kind's .NET type as a cmdlet parameter declares it (the binder needs no Nullable '?'). */
export function dotNetTypeForKind(namespace: string, kind: string): string {
  if (kind.startsWith('list:')) {
    const element = dotNetTypeForKind(namespace, kind.slice(5));
    return element.endsWith('[]') || element === 'System.Collections.Hashtable' ? 'System.Object[]' : `${element}[]`;
  }
  if (kind.startsWith('map:')) return 'System.Collections.Hashtable';
  if (kind.startsWith('struct:')) return `${namespace}.Model.${kind.slice(7)}`;
  if (kind.startsWith('enum:') || kind.startsWith('constant:')) return `${namespace}.${kind.slice(kind.indexOf(':') + 1)}`;
  switch (kind) {
    case 'string':
      return 'System.String';
    case 'int':
      return 'System.Int32';
    case 'long':
      return 'System.Int64';
    case 'double':
      return 'System.Double';
    case 'float':
      return 'System.Single';
    case 'bool':
      return 'System.Boolean';
    case 'timestamp':
      return 'System.DateTime';
    case 'blob':
      // AWS Tools takes a stream member as an object: a string, string array, file or stream.
      return 'System.Object';
    default:
      return 'System.Object';
  }
}

const walkers = new WeakMap<ServiceSource, ShapeWalker>();

/**
 * The .NET parameter type of a request member ('System.String', 'System.Int32', 'Amazon.EC2.Model.Filter[]',
 * 'System.Collections.Hashtable', 'Amazon.EC2.InstanceType', ...). `parentShape` and `memberName` locate the
 * member in the model (its enum and number precision); give them when the member belongs to a structure.
 */
export function dotNetTypeName(service: ServiceSource, member: NormalizedSchema, parentShape?: string, memberName?: string): string {
  let walker = walkers.get(service);
  if (!walker) {
    walker = new ShapeWalker(service);
    walkers.set(service, walker);
  }
  const name = memberName ?? member.getMemberName?.() ?? '';
  const parent = parentShape ?? '';
  const declared = readMemberDeclaration(service, parent, name);
  return dotNetTypeForKind(service.dotNetNamespace, walker.kindOfMember(member, parent, name, declared));
}

const declarations = new WeakMap<ServiceSource, DeclaredMembers>();

function readMemberDeclaration(service: ServiceSource, parent: string, member: string): string | undefined {
  let d = declarations.get(service);
  if (!d) {
    d = readDeclaredMembers(service.packageDir);
    declarations.set(service, d);
  }
  return (d.get(parent) ?? d.get(`_${parent}`))?.get(member);
}
