// Parameters of generated cmdlets: from the reference facts (2022 cmdlets) or from the SDK input schema by the
// real generator's rules (operations the facts do not describe), each tied to the SDK member its value goes to.

import type { NormalizedSchema } from '@smithy/core/schema';
import type { GeneratedParameter, ParameterEncoding } from '../../src/aws/generated/catalog-types.js';
import type { ServiceSource } from './context.js';
import { dotNetMemberName, resolveRequestMember } from './member-paths.js';
import { parameterNameFor } from './naming.js';
import type { ReferenceParameter } from './reference-types.js';
import { requiredMembers, shapeName, structMembers } from './sdk-model.js';
import { dotNetTypeName } from './shapes.js';

/** Members whose values never flatten further (whole objects), as the generator's TypesNotToFlatten. */
function flattens(schema: NormalizedSchema): boolean {
  return schema.isStructSchema() && !schema.isDocumentSchema() && !schema.isUnionSchema();
}

/** How a member's bound value becomes the SDK value. */
export function encodingOf(service: ServiceSource, memberPath: string, schema: NormalizedSchema): ParameterEncoding | undefined {
  if (service.service === 'ec2' && /(^|\.)InstanceIds$/.test(memberPath)) return 'ec2-instance-ids';
  if (schema.isBlobSchema() || schema.isStreaming()) return 'blob';
  if (schema.isMapSchema()) return 'map';
  if (schema.isStructSchema() || schema.isUnionSchema()) return 'model';
  if (schema.isListSchema()) {
    const item = schema.getValueSchema();
    if (item.isStructSchema() || item.isListSchema() || item.isMapSchema() || item.isUnionSchema()) return 'model';
  }
  return undefined;
}

/** The values of an SDK enum object exported under the ConstantClass's short name (or `_Name` when it clashes). */
export function enumValuesOf(service: ServiceSource, enumType: string): string[] | undefined {
  const short = enumType.slice(enumType.lastIndexOf('.') + 1);
  const exported = service.sdk[short] ?? service.sdk[`_${short}`];
  if (typeof exported !== 'object' || exported === null) return undefined;
  const values = Object.values(exported as Record<string, unknown>).filter((v): v is string => typeof v === 'string');
  return values.length > 0 ? [...new Set(values)].sort() : undefined;
}

const SCALAR_TYPES = new Set(['System.String', 'System.Int32', 'System.Int64', 'System.Boolean', 'System.Double', 'System.DateTime']);

function isScalarType(type: string): boolean {
  return SCALAR_TYPES.has(type);
}

function withoutNullable(type: string): string {
  return type.endsWith('?') ? type.slice(0, -1) : type;
}

/** A parameter described by the reference facts. */
export function referenceParameter(
  service: ServiceSource,
  inputs: readonly NormalizedSchema[],
  p: ReferenceParameter,
  problems: string[],
  cmdletName: string,
): GeneratedParameter {
  const out: { -readonly [K in keyof GeneratedParameter]: GeneratedParameter[K] } = { name: p.name, type: withoutNullable(p.type) };
  if (p.aliases && p.aliases.length > 0) out.aliases = [...p.aliases];
  if (p.position !== undefined) out.position = p.position;
  if (p.valueFromPipeline) out.valueFromPipeline = true;
  if (p.parameterSets && p.parameterSets.length > 0) out.parameterSets = [...p.parameterSets];
  if (p.mandatory !== undefined && p.mandatory !== false) out.mandatory = p.mandatory === true ? true : [...p.mandatory];
  if (p.warnsOnNull) out.warnsOnNull = true;
  if (p.enumType) {
    out.enumType = p.enumType;
    const values = enumValuesOf(service, p.enumType);
    if (values) out.enumValues = values;
  }
  if (p.deprecated) out.deprecated = p.deprecated;
  if (p.requestMember) {
    // The first input that has the member (S3's ACL cmdlets call the object operation when -Key is bound).
    let member = undefined;
    for (const input of inputs) member ??= resolveRequestMember(service.service, input, p.requestMember, cmdletName);
    // .NET flattens the EC2 attribute wrappers ({ Value: x }) and S3's { Enabled: x } into plain values.
    if (member && isScalarType(out.type) && member.schema.isStructSchema()) {
      const wrapped = structMembers(member.schema).find(([n]) => n === 'Value' || n === 'Enabled');
      if (wrapped) member = { path: `${member.path}.${wrapped[0]}`, schema: wrapped[1] };
    }
    if (member && isScalarType(out.type) && (member.schema.isStructSchema() || member.schema.isListSchema())) {
      problems.push(`${cmdletName} -${p.name}: .NET ${p.requestMember} is a ${out.type}, the SDK member ${member.path} is not`);
      out.notSupported = `the .NET request member ${p.requestMember}, which has another shape in the SDK for JavaScript`;
    } else if (member) {
      out.requestMember = member.path;
      const encoding = encodingOf(service, member.path, member.schema);
      if (encoding) out.encoding = encoding;
    } else {
      problems.push(`${cmdletName} -${p.name}: the SDK request has no member for .NET ${p.requestMember}`);
      out.notSupported = `the .NET request member ${p.requestMember}, which the SDK for JavaScript does not have`;
    }
  }
  return out;
}

interface FlatMember {
  readonly analyzedName: string;
  readonly path: string;
  readonly schema: NormalizedSchema;
  /** The structure the member belongs to (its shape name) and the member's own name, for its .NET type. */
  readonly parentShape: string;
  readonly memberName: string;
  /** Required all the way down from the request. */
  readonly required: boolean;
}

/** Every parameter-worthy member of the request, nested structures flattened to Parent_Child. */
function flatten(struct: NormalizedSchema, prefix: string, pathPrefix: string, required: boolean, depth: number, out: FlatMember[]): void {
  const requiredHere = requiredMembers(struct);
  for (const [name, schema] of structMembers(struct)) {
    const analyzedName = prefix ? `${prefix}_${name}` : name;
    const path = pathPrefix ? `${pathPrefix}.${name}` : name;
    const isRequired = required && requiredHere.has(name);
    if (flattens(schema) && depth < 6 && structMembers(schema).length > 0) flatten(schema, analyzedName, path, isRequired, depth + 1, out);
    else out.push({ analyzedName, path, schema, required: isRequired, parentShape: shapeName(struct), memberName: name });
  }
}

/** Parameters of an operation the reference does not describe, by the real generator's rules. */
export function schemaParameters(
  service: ServiceSource,
  input: NormalizedSchema,
  options: { excluded: ReadonlySet<string>; pipelineParameter?: string },
): GeneratedParameter[] {
  const members: FlatMember[] = [];
  flatten(input, '', '', true, 0, members);
  const params: GeneratedParameter[] = [];
  const taken = new Set<string>();
  for (const m of members) {
    if (options.excluded.has(m.analyzedName)) continue;
    const isBoolean = m.schema.isBooleanSchema();
    const analyzedName = dotNetMemberName(service.service, m.analyzedName);
    let { name, alias } = parameterNameFor(analyzedName, isBoolean);
    // Two members reducing to one name keep their analyzed names.
    if (taken.has(name.toLowerCase())) {
      name = analyzedName;
      alias = undefined;
    }
    taken.add(name.toLowerCase());
    const p: { -readonly [K in keyof GeneratedParameter]: GeneratedParameter[K] } = {
      name,
      type: dotNetTypeName(service, m.schema, m.parentShape, m.memberName),
      requestMember: m.path,
    };
    if (alias !== undefined) p.aliases = [alias];
    if (m.required) {
      p.mandatory = true;
      p.warnsOnNull = true;
    }
    const encoding = encodingOf(service, m.path, m.schema);
    if (encoding) p.encoding = encoding;
    if (options.pipelineParameter !== undefined && (analyzedName === options.pipelineParameter || name === options.pipelineParameter)) {
      p.valueFromPipeline = true;
      p.position = 0;
    }
    params.push(p);
  }
  return params;
}
