// Model types usable from scripts: New-Object Amazon.EC2.Model.IpPermission (collections pre-created),
// [Amazon.EC2.Model.Filter]@{Name='vpc-id'; Values='vpc-1'} and typed properties ($datum.Value = '.50'
// stores 0.5: each property declares its .NET type, and member assignment converts to it).

import { PSObject } from '../../objects/psobject.js';
import { PSHashtable } from '../../objects/hashtable.js';
import { PSList } from '../../objects/pslist.js';
import { TypeRef } from '../../objects/typeref.js';
import { convertTo, toStr } from '../../engine/conversions.js';
import { constantType, inModelNamespace, kindTypeName, modelType, type ModelType } from './shape-store.js';
import { cannotConvertValue, unknownPropertyError } from './to-sdk.js';
import { toConstantValue } from './constants.js';

/** A new, empty instance of a model type: lists and dictionaries exist and are empty, other properties $null. */
export function newModelObject(type: ModelType): PSObject {
  const o = new PSObject([type.fullName, 'System.Object']);
  for (const [name, kind] of type.entry.m) {
    const typeName = kindTypeName(type.file, kind);
    let value: unknown = null;
    if (kind.startsWith('list:')) value = new PSList([], listElementTypeName(typeName), typeName);
    else if (kind.startsWith('map:')) value = new PSHashtable();
    o.addNote(name, value, 'Property', typeName);
  }
  o.sealed = true;
  return o;
}

/** T of 'System.Collections.Generic.List`1[[T]]'. */
function listElementTypeName(listTypeName: string): string {
  return listTypeName.slice(listTypeName.indexOf('[[') + 2, -2);
}

/** [ModelType]$value: the object itself, or a new one with a hashtable's entries assigned (converted to each property's type). */
export function convertToModel(value: unknown, type: ModelType): PSObject | null {
  if (value === null || value === undefined) return null;
  if (value instanceof PSObject && value.typeNames[0]?.toLowerCase() === type.fullName.toLowerCase()) return value;
  if (!(value instanceof PSHashtable)) throw cannotConvertValue(value, type.fullName);
  const o = newModelObject(type);
  for (const { key, value: v } of value.entries()) {
    const p = o.getProperty(toStr(key));
    if (!p) throw unknownPropertyError(value, type, toStr(key));
    p.value = p.typeName && !p.typeName.startsWith('System.IO.') ? convertTo(v, p.typeName) : v;
  }
  return o;
}

/** Resolves model and ConstantClass type names (reads the service's shapes the first time). */
export function resolveModelTypeName(name: string): TypeRef | undefined {
  if (!inModelNamespace(name)) return undefined;
  const full = modelType(name)?.fullName ?? constantType(name)?.fullName;
  return full === undefined ? undefined : new TypeRef(full);
}

/** Is this a model or ConstantClass type name? (Conversions ask for every cast target, so the namespace is checked first.) */
export function isModelTypeName(name: string): boolean {
  return inModelNamespace(name) && (modelType(name) !== undefined || constantType(name) !== undefined);
}

/** The conversion to a model type or ConstantClass (a ConstantValue, as the implicit conversion from string gives). */
export function convertToModelType(value: unknown, typeName: string): unknown {
  const type = modelType(typeName);
  if (type) return convertToModel(value, type);
  const constant = constantType(typeName);
  if (!constant) throw cannotConvertValue(value, typeName);
  return toConstantValue(value, constant.fullName);
}

/** New-Object's constructor of a model type (the .NET model classes have only a parameterless one). */
export function modelConstructorFor(fullName: string): (() => PSObject) | undefined {
  if (!inModelNamespace(fullName)) return undefined;
  const type = modelType(fullName);
  return type ? () => newModelObject(type) : undefined;
}
