// The generated model types, loaded per service the first time one of its type names is needed
// (cmdlets/generated/shapes/<svc>.json, read synchronously). Nothing is read at start-up.

import { readGeneratedJson } from '../generated/data-files.js';
import { SHAPE_NAMESPACES, type MemberEntry, type ShapeFile, type TypeEntry } from './shape-file.js';

export interface ModelType {
  /** 'Amazon.EC2.Model.Filter'. */
  readonly fullName: string;
  readonly file: ShapeFile;
  readonly entry: TypeEntry;
}

const NAMESPACES = new Map(Object.entries(SHAPE_NAMESPACES).map(([ns, svc]) => [ns.toLowerCase(), { ns, svc }]));

/** Splits 'Amazon.EC2.Model.Filter' / 'Amazon.EC2.InstanceType' into its service namespace and the rest. */
function splitName(fullName: string): { file: ShapeFile; rest: string } | undefined {
  const lower = fullName.toLowerCase();
  if (!lower.startsWith('amazon.')) return undefined;
  for (const [ns, { svc }] of NAMESPACES) {
    if (lower.startsWith(`${ns}.`)) return { file: readGeneratedJson<ShapeFile>(`shapes/${svc}.json`), rest: fullName.slice(ns.length + 1) };
  }
  return undefined;
}

const typeCache = new Map<string, ModelType | null>();

/** A model type by full name (case-insensitive), or undefined. */
export function modelType(fullName: string): ModelType | undefined {
  const hit = typeCache.get(fullName);
  if (hit !== undefined) return hit ?? undefined;
  let found: ModelType | undefined;
  const split = splitName(fullName);
  if (split && /^model\./i.test(split.rest)) {
    const short = split.rest.slice(6);
    const key = split.file.types[short] ? short : Object.keys(split.file.types).find((k) => k.toLowerCase() === short.toLowerCase());
    if (key !== undefined) found = { fullName: `${split.file.namespace}.Model.${key}`, file: split.file, entry: split.file.types[key]! };
  }
  typeCache.set(fullName, found ?? null);
  return found;
}

export interface ConstantType {
  /** 'Amazon.EC2.InstanceStateName'. */
  readonly fullName: string;
  /** The declared constants' values (empty for the classes the overrides name without a value list). */
  readonly values: readonly string[];
}

const constantCache = new Map<string, ConstantType | null>();

/** A ConstantClass type (Amazon.EC2.InstanceType): its canonical name and values, or undefined. */
export function constantType(fullName: string): ConstantType | undefined {
  const hit = constantCache.get(fullName);
  if (hit !== undefined) return hit ?? undefined;
  const found = findConstantType(fullName);
  constantCache.set(fullName, found ?? null);
  return found;
}

function findConstantType(fullName: string): ConstantType | undefined {
  const split = splitName(fullName);
  if (!split || split.rest.includes('.')) return undefined;
  const lower = split.rest.toLowerCase();
  const key = Object.keys(split.file.enums).find((k) => k.toLowerCase() === lower);
  if (key !== undefined) return { fullName: `${split.file.namespace}.${key}`, values: split.file.enums[key]! };
  // ConstantClasses the overrides use without a value list (S3Region, S3 VersionStatus, S3Permission).
  const used = Object.values(split.file.types).some((t) => t.m.some((m) => usesConstantClass(m[1], split.rest)));
  return used ? { fullName: `${split.file.namespace}.${split.rest}`, values: [] } : undefined;
}

/** Does a member kind name this ConstantClass ('enum:X', 'constant:X', or a list of them)? */
function usesConstantClass(kind: string, name: string): boolean {
  const element = kind.replace(/^(?:list:|map:)+/, '');
  return element === `enum:${name}` || element === `constant:${name}`;
}

/** Is this kind a ConstantClass ('enum:X' or 'constant:X')? */
export function isConstantKind(kind: string): boolean {
  return kind.startsWith('enum:') || kind.startsWith('constant:');
}

/**
 * Lists of constants are List<string> in the generated .NET models (the AWS Tools parameters are String[]:
 * Get-EC2InstanceType -InstanceType, Get-CWMetricStatistic -Statistic); S3's hand-written models keep the
 * ConstantClass (List<ObjectAttributes>, Get-S3ObjectAttribute -ObjectAttribute ObjectAttributes[]).
 */
export function listHoldsConstants(file: ShapeFile): boolean {
  return file.namespace === 'Amazon.S3';
}

/** The element kind of a 'list:<kind>' as the .NET model holds it ('string' for constants outside S3). */
export function listElementKind(file: ShapeFile, listKind: string): string {
  const element = listKind.slice(5);
  return isConstantKind(element) && !listHoldsConstants(file) ? 'string' : element;
}

/** Is this (lower-cased) name in one of the model namespaces? Cheap: reads nothing. */
export function inModelNamespace(fullName: string): boolean {
  const lower = fullName.toLowerCase();
  if (!lower.startsWith('amazon.')) return false;
  for (const ns of NAMESPACES.keys()) if (lower.startsWith(`${ns}.`)) return true;
  return false;
}

/** The .NET type a member kind declares, as Type.FullName spells it (Get-Member, typed assignment). */
export function kindTypeName(file: ShapeFile, kind: string): string {
  if (kind.startsWith('list:')) return `System.Collections.Generic.List\`1[[${kindTypeName(file, listElementKind(file, kind))}]]`;
  if (kind.startsWith('map:')) return `System.Collections.Generic.Dictionary\`2[[System.String],[${kindTypeName(file, kind.slice(4))}]]`;
  if (kind.startsWith('struct:') || kind.startsWith('custom:')) return `${file.namespace}.Model.${kind.slice(7)}`;
  if (isConstantKind(kind)) return `${file.namespace}.${kind.slice(kind.indexOf(':') + 1)}`;
  return SCALAR_TYPES[kind] ?? 'System.Object';
}

const SCALAR_TYPES: Readonly<Record<string, string>> = {
  string: 'System.String',
  int: 'System.Int32',
  long: 'System.Int64',
  double: 'System.Double',
  float: 'System.Single',
  bool: 'System.Boolean',
  timestamp: 'System.DateTime',
  blob: 'System.IO.MemoryStream',
  document: 'System.Object',
};

/** A member of a model type by .NET name (case-insensitive). */
export function findMember(type: ModelType, name: string): MemberEntry | undefined {
  const lower = name.toLowerCase();
  return type.entry.m.find((m) => m[0].toLowerCase() === lower);
}
