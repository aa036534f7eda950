// Shell values → SDK (JS v3) request values: model objects, hashtables (keys are .NET property names, any
// case) or arrays of them become the SDK's plain objects with its member names; numbers, booleans and dates
// are converted to the member's type. A key the type does not have is PowerShell's conversion error.

import { PSObject } from '../../objects/psobject.js';
import { PSHashtable } from '../../objects/hashtable.js';
import { PSList } from '../../objects/pslist.js';
import { RuntimeError, makeErrorRecord } from '../../engine/errors.js';
import { convertTo, dotnetToString, toArray, toStr, typeNameOf } from '../../engine/conversions.js';
import type { ShapeFile } from './shape-file.js';
import { findMember, isConstantKind, kindTypeName, listElementKind, modelType, type ModelType } from './shape-store.js';
import { constantText } from './constants.js';
import { writePath } from './sdk-paths.js';

/** Type.FullName as .NET prints it in messages: generic arguments assembly-qualified. */
export function qualifiedTypeName(file: ShapeFile, kind: string): string {
  const core = 'System.Private.CoreLib, Version=8.0.0.0, Culture=neutral, PublicKeyToken=7cec85d7bea7798e';
  const aws = `${file.assembly}, Version=3.3.0.0, Culture=neutral, PublicKeyToken=885c28607f98e604`;
  const arg = (k: string): string => {
    const name = qualifiedTypeName(file, k);
    return `[${name}, ${name.startsWith('Amazon.') ? aws : core}]`;
  };
  if (kind.startsWith('list:')) return `System.Collections.Generic.List\`1[${arg(listElementKind(file, kind))}]`;
  if (kind.startsWith('map:')) return `System.Collections.Generic.Dictionary\`2[${arg('string')},${arg(kind.slice(4))}]`;
  return kindTypeName(file, kind);
}

/** PowerShell's error for a hashtable key the target type has no settable property for. */
export function unknownPropertyError(value: unknown, type: ModelType, key: string): RuntimeError {
  const settable = type.entry.m.map(([name, kind]) => `[${name} <${qualifiedTypeName(type.file, kind)}>]`).join(' , ');
  const inner =
    settable === ''
      ? `The property '${key}' was not found for the '${type.fullName}' object. There is no settable property available.`
      : `The property '${key}' was not found for the '${type.fullName}' object. The settable properties are: ${settable}.`;
  return new RuntimeError(
    makeErrorRecord(`Cannot convert value "System.Collections.Hashtable" to type "${type.fullName}". Error: "Cannot create object of type "${type.fullName}". ${inner}"`, {
      type: 'System.Management.Automation.PSInvalidCastException',
      baseTypeNames: ['System.InvalidCastException', 'System.Management.Automation.RuntimeException', 'System.SystemException', 'System.Exception'],
      id: 'InvalidCastConstructorException',
      category: 'InvalidArgument',
      target: value,
    }),
  );
}

/** "Cannot convert the "x" value of type "System.String" to type "Amazon.EC2.Model.Filter"." */
export function cannotConvertValue(value: unknown, typeName: string): RuntimeError {
  return new RuntimeError(
    makeErrorRecord(`Cannot convert the "${dotnetToString(value)}" value of type "${typeNameOf(value)}" to type "${typeName}".`, {
      type: 'System.Management.Automation.PSInvalidCastException',
      id: 'ConvertToFinalInvalidCastException',
      category: 'InvalidArgument',
      target: value,
    }),
  );
}

/** The (name, value) pairs of a hashtable or object. */
function entriesOf(value: PSHashtable | PSObject): Array<[string, unknown]> {
  if (value instanceof PSHashtable) return value.entries().map((e) => [toStr(e.key), e.value]);
  return value.properties().map((p) => [p.name, p.getter ? p.getter(value) : p.value]);
}

/** A model object or hashtable as the SDK structure of `type`. */
function structToSdk(value: unknown, type: ModelType): Record<string, unknown> | undefined {
  if (value === null || value === undefined) return undefined;
  if (!(value instanceof PSHashtable) && !(value instanceof PSObject)) throw cannotConvertValue(value, type.fullName);
  const out: Record<string, unknown> = {};
  for (const [key, v] of entriesOf(value)) {
    const member = findMember(type, key);
    if (!member) {
      if (value instanceof PSObject) continue; // extra notes on an object are not part of the request
      throw unknownPropertyError(value, type, key);
    }
    const [name, kind, path] = member;
    writePath(out, path ?? name, kindToSdk(v, kind, type.file));
  }
  return out;
}

/** One member value as the SDK takes it; undefined leaves the member out. */
export function kindToSdk(value: unknown, kind: string, file: ShapeFile): unknown {
  // Custom types (S3 HeadersCollection) are response-only: they are never sent.
  if (value === null || value === undefined || kind.startsWith('custom:')) return undefined;
  if (kind.startsWith('list:')) {
    const items = value instanceof PSList ? value.items : toArray(value);
    if (items.length === 0) return undefined;
    return items.map((e) => kindToSdk(e, kind.slice(5), file)).filter((e) => e !== undefined);
  }
  if (kind.startsWith('map:')) {
    if (!(value instanceof PSHashtable)) throw cannotConvertValue(value, 'System.Collections.Hashtable');
    const out: Record<string, unknown> = {};
    for (const e of value.entries()) out[toStr(e.key)] = kindToSdk(e.value, kind.slice(4), file);
    return out;
  }
  if (kind.startsWith('struct:')) {
    const name = kind.slice(7);
    const entry = file.types[name];
    return entry ? structToSdk(value, { fullName: `${file.namespace}.Model.${name}`, file, entry }) : undefined;
  }
  // A ConstantClass (or the string a List<string> of constants holds) is sent as its value.
  if (isConstantKind(kind)) return constantText(value);
  switch (kind) {
    case 'string':
      return toStr(value);
    case 'int':
      return convertTo(value, 'System.Int32');
    case 'long':
      return convertTo(value, 'System.Int64');
    case 'double':
      return convertTo(value, 'System.Double');
    case 'float':
      return convertTo(value, 'System.Single');
    case 'bool':
      return convertTo(value, 'System.Boolean');
    case 'timestamp':
      return convertTo(value, 'System.DateTime');
    case 'blob':
      return value instanceof Uint8Array ? value : new TextEncoder().encode(toArray(value).map((v) => toStr(v)).join('\n'));
    default:
      return value;
  }
}

/**
 * A shell value as the SDK value of a .NET model type: 'Amazon.EC2.Model.Filter' (a model object or
 * hashtable), 'Amazon.EC2.Model.Filter[]' (one or many). Types outside the generated models are returned as given.
 */
export function toSdkValue(value: unknown, typeName: string): unknown {
  if (typeName.endsWith('[]')) {
    if (value === null || value === undefined) return undefined;
    const items = value instanceof PSList ? value.items : toArray(value);
    return items.map((v) => toSdkValue(v, typeName.slice(0, -2))).filter((v) => v !== undefined);
  }
  const type = modelType(typeName);
  if (!type) return value === null ? undefined : value;
  return structToSdk(value, type);
}

/**
 * A request member given by its .NET path ('LaunchSpecification.ImageId', 'Filters') in the request type
 * ('Amazon.EC2.Model.DescribeInstancesRequest'): its SDK path and the value converted to it. Undefined when the
 * request type does not describe the path.
 */
export function requestMemberToSdk(requestType: string, dotNetPath: string, value: unknown): { sdkPath: string; value: unknown } | undefined {
  let type = modelType(requestType);
  const sdkSteps: string[] = [];
  const steps = dotNetPath.split('.');
  for (let i = 0; i < steps.length && type; i++) {
    const member = findMember(type, steps[i]!);
    if (!member) return undefined;
    const [name, kind, path] = member;
    const sdk = path ?? name;
    if (sdk !== '') sdkSteps.push(sdk);
    if (i === steps.length - 1) return { sdkPath: sdkSteps.join('.'), value: kindToSdk(value, kind, type.file) };
    const next = /^struct:(\w+)$/.exec(kind);
    type = next ? modelType(`${type.file.namespace}.Model.${next[1]}`) : undefined;
  }
  return undefined;
}
