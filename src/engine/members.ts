// Property access, property assignment, method calls and indexing on values, as PowerShell's adapters
// do them: PSObject notes, hashtable keys, .NET properties of strings/dates/timespans/types/errors,
// member enumeration over collections ($objects.Name), and .NET methods with PowerShell's error wording.

import { PSHashtable } from '../objects/hashtable.js';
import { PSObject, type PSMethodMember } from '../objects/psobject.js';
import { TimeSpan } from '../objects/timespan.js';
import { TypeRef } from '../objects/typeref.js';
import { dateKind } from '../objects/datetime.js';
import { DateTimeKindEnum, DayOfWeekEnum, EnumValue, getEnumType } from '../objects/enum-value.js';
import { ConstantValue } from '../objects/constant-value.js';
import { Guid } from '../objects/guid.js';
import { Version } from '../objects/version.js';
import { PSList } from '../objects/pslist.js';
import { StringBuilder } from '../objects/string-builder.js';
import { TextEncoding } from '../objects/text-encoding.js';
import { Stopwatch } from '../objects/stopwatch.js';
import { DateTimeOffset } from '../objects/datetime-offset.js';
import { PSReference } from '../objects/ps-reference.js';
import { OFFSET_METHODS, OFFSET_PROPS } from './methods/offset-methods.js';
import { ErrorRecord, RuntimeError, fail, makeErrorRecord } from './errors.js';
import {
  arrayElementType,
  convertTo,
  isCollection,
  tagArrayElementType,
  toArray,
  toStr,
  typeNameOf,
  typeNamesOf,
} from './conversions.js';
import { dateFields, formatDate } from './dotnet-format.js';
import { GenericTypeRef, resolveTypeName } from './type-resolution.js';
import { dateTicks } from './values/datetime-parse.js';
import { groupByName, regexInfo } from './values/regex.js';
import { baseTypeOf, isValueTypeName, namespaceOf } from './values/type-info.js';
import { categoryInfoObject, errorDetailsObject, exceptionObject, invocationInfoObject } from './values/error-objects.js';
import { likeMatch } from './operators.js';
import { ScriptBlock } from './scriptblock.js';
import { NOT_FOUND, callMethod, methodTable, type MethodTable } from './methods/support.js';
import { STRING_METHODS } from './methods/string-methods.js';
import { ARRAY_METHODS, HASHTABLE_METHODS, LIST_METHODS, dotnetEquals } from './methods/collection-methods.js';
import {
  BOOLEAN_METHODS,
  DATE_METHODS,
  ENUM_METHODS,
  GUID_METHODS,
  NUMBER_METHODS,
  REGEX_METHODS,
  TIMESPAN_METHODS,
  VERSION_METHODS,
  datePart,
  hashCodeOf,
  toStringMethod,
} from './methods/value-methods.js';
import { ENCODING_METHODS, STOPWATCH_METHODS, STRINGBUILDER_METHODS } from './methods/object-methods.js';

// ------------------------------------------------------------------------------------------------
// Errors
// ------------------------------------------------------------------------------------------------

function propertyNotFound(name: string, target: unknown): never {
  throw new RuntimeError(
    makeErrorRecord(`The property '${name}' cannot be found on this object. Verify that the property exists and can be set.`, {
      id: 'PropertyNotFound',
      category: 'InvalidOperation',
      target,
    }),
  );
}

function readOnlyProperty(name: string, target: unknown): never {
  throw new RuntimeError(
    makeErrorRecord(`'${name}' is a ReadOnly property.`, { id: 'PropertyAssignmentException', category: 'InvalidOperation', target }),
  );
}

function methodTypeName(v: unknown): string {
  return typeNameOf(v);
}

// ------------------------------------------------------------------------------------------------
// Property tables for the .NET types we model
// ------------------------------------------------------------------------------------------------

type Getter<T> = (v: T) => unknown;

function props<T>(entries: Array<[string, Getter<T>]>): Map<string, { name: string; get: Getter<T> }> {
  return new Map(entries.map(([name, get]) => [name.toLowerCase(), { name, get }]));
}

const DATE_PROPS = props<Date>([
  ['Date', (d) => datePart(d)],
  ['Day', (d) => dateFields(d).day],
  ['DayOfWeek', (d) => new EnumValue(DayOfWeekEnum, dateFields(d).dayOfWeek)],
  ['DayOfYear', (d) => dayOfYear(d)],
  ['Hour', (d) => dateFields(d).hour],
  ['Kind', (d) => new EnumValue(DateTimeKindEnum, ['Unspecified', 'Utc', 'Local'].indexOf(dateKind(d)))],
  ['Millisecond', (d) => dateFields(d).millisecond],
  ['Microsecond', () => 0],
  ['Nanosecond', () => 0],
  ['Minute', (d) => dateFields(d).minute],
  ['Month', (d) => dateFields(d).month],
  ['Second', (d) => dateFields(d).second],
  ['Ticks', (d) => dateTicks(d, dateKind(d))],
  ['TimeOfDay', (d) => {
    const f = dateFields(d);
    return TimeSpan.fromParts(0, f.hour, f.minute, f.second, f.millisecond);
  }],
  ['Year', (d) => dateFields(d).year],
  ['DateTime', (d) => formatDate(d, 'F')],
]);

function dayOfYear(d: Date): number {
  const f = dateFields(d);
  const start = Date.UTC(f.year, 0, 1);
  return Math.round((Date.UTC(f.year, f.month - 1, f.day) - start) / 86_400_000) + 1;
}

const TIMESPAN_PROPS = props<TimeSpan>([
  ['Ticks', (t) => t.ticks],
  ['Days', (t) => t.days],
  ['Hours', (t) => t.hours],
  ['Milliseconds', (t) => t.milliseconds],
  ['Microseconds', (t) => Math.trunc((t.ticks % 10_000) / 10)],
  ['Nanoseconds', (t) => (t.ticks % 10) * 100],
  ['Minutes', (t) => t.minutes],
  ['Seconds', (t) => t.seconds],
  ['TotalDays', (t) => t.totalDays],
  ['TotalHours', (t) => t.totalHours],
  ['TotalMilliseconds', (t) => t.totalMilliseconds],
  ['TotalMicroseconds', (t) => t.ticks / 10],
  ['TotalNanoseconds', (t) => t.ticks * 100],
  ['TotalMinutes', (t) => t.totalMinutes],
  ['TotalSeconds', (t) => t.totalSeconds],
]);

const TYPE_PROPS = props<TypeRef>([
  ['IsPublic', () => true],
  ['IsSerializable', (t) => !t.fullName.startsWith('System.Management.Automation.') || t.fullName.endsWith('Exception')],
  ['Name', (t) => t.name],
  ['FullName', (t) => t.fullName],
  ['BaseType', (t) => baseTypeOf(t)],
  ['Namespace', (t) => namespaceOf(t)],
  ['IsArray', (t) => t.isArray],
  ['IsEnum', (t) => getEnumType(t.fullName) !== undefined],
  ['IsValueType', (t) => isValueTypeName(t.fullName)],
  ['IsClass', (t) => !isValueTypeName(t.fullName) && !t.fullName.startsWith('System.Collections.I')],
  ['IsInterface', (t) => /\.I[A-Z]\w*$/.test(t.fullName)],
  ['IsGenericType', (t) => t instanceof GenericTypeRef],
  ['GenericTypeArguments', (t) => (t instanceof GenericTypeRef ? t.typeArguments : [])],
  ['UnderlyingSystemType', (t) => t],
  ['AssemblyQualifiedName', (t) => `${t.fullName}, System.Private.CoreLib, Version=8.0.0.0, Culture=neutral, PublicKeyToken=7cec85d7bea7798e`],
  ['DeclaringType', () => null],
]);

const ERROR_RECORD_PROPS = props<ErrorRecord>([
  ['Exception', (r) => exceptionObject(r.exception, r)],
  ['TargetObject', (r) => r.targetObject ?? null],
  ['CategoryInfo', (r) => categoryInfoObject(r, toStr)],
  ['FullyQualifiedErrorId', (r) => r.fullyQualifiedErrorId],
  ['ErrorDetails', (r) => errorDetailsObject(r)],
  ['InvocationInfo', (r) => invocationInfoObject(r)],
  ['ScriptStackTrace', (r) => r.scriptStackTrace ?? ''],
  ['PipelineIterationInfo', () => []],
  ['PSMessageDetails', () => null],
]);

const VERSION_PROPS = props<Version>([
  ['Major', (v) => v.major],
  ['Minor', (v) => v.minor],
  ['Build', (v) => v.build],
  ['Revision', (v) => v.revision],
  ['MajorRevision', (v) => (v.revision < 0 ? -1 : v.revision >> 16)],
  ['MinorRevision', (v) => (v.revision < 0 ? -1 : v.revision & 0xffff)],
]);

const ARRAY_PROPS = props<unknown[]>([
  ['Count', (a) => a.length],
  ['Length', (a) => a.length],
  ['LongLength', (a) => a.length],
  ['Rank', () => 1],
  ['IsFixedSize', () => true],
  ['IsReadOnly', () => false],
  ['IsSynchronized', () => false],
  ['SyncRoot', (a) => a],
]);

const LIST_PROPS = props<PSList>([
  ['Count', (l) => l.items.length],
  ['Capacity', (l) => Math.max(l.items.length, 4)],
  ['IsFixedSize', () => false],
  ['IsReadOnly', () => false],
  ['IsSynchronized', () => false],
  ['SyncRoot', (l) => l],
]);

const HASHTABLE_PROPS = props<PSHashtable>([
  ['Count', (h) => h.count],
  ['Keys', (h) => h.keys()],
  ['Values', (h) => h.values()],
  ['IsReadOnly', () => false],
  ['IsFixedSize', () => false],
  ['IsSynchronized', () => false],
  ['SyncRoot', (h) => h],
]);

const REGEX_PROPS = props<RegExp>([
  ['Options', (re) => regexOptionsOf(re)],
  ['RightToLeft', () => false],
  ['MatchTimeout', () => new TimeSpan(-10_000)],
]);

function regexOptionsOf(re: RegExp): EnumValue {
  const def = getEnumType('System.Text.RegularExpressions.RegexOptions')!;
  const o = regexInfo(re)?.options ?? {};
  const v = (o.ignoreCase ? 1 : 0) | (o.multiline ? 2 : 0) | (o.explicitCapture ? 4 : 0) | (o.singleline ? 16 : 0) | (o.ignorePatternWhitespace ? 32 : 0);
  return new EnumValue(def, v);
}

const STRINGBUILDER_PROPS = props<StringBuilder>([
  ['Length', (sb) => sb.length],
  ['Capacity', (sb) => sb.capacity],
  ['MaxCapacity', () => 2147483647],
]);

const ENCODING_PROPS = props<TextEncoding>([
  ['WebName', (e) => e.webName],
  ['EncodingName', (e) => e.encodingName],
  ['CodePage', (e) => e.codePage],
  ['BodyName', (e) => e.webName],
  ['HeaderName', (e) => e.webName],
  ['IsSingleByte', (e) => e.webName === 'us-ascii' || e.webName === 'iso-8859-1'],
]);

const STOPWATCH_PROPS = props<Stopwatch>([
  ['Elapsed', (s) => s.elapsed],
  ['ElapsedMilliseconds', (s) => Math.floor(s.elapsedMs)],
  ['ElapsedTicks', (s) => Math.floor(s.elapsedMs * 10_000)],
  ['IsRunning', (s) => s.isRunning],
]);

const ENUM_PROPS = props<EnumValue>([['value__', (e) => e.value]]);

/** Amazon.Runtime.ConstantClass: Value is its one property; Equals/ToString follow ConstantClass. */
const CONSTANT_PROPS = props<ConstantValue>([['Value', (c) => c.value]]);
const CONSTANT_METHODS = methodTable<ConstantValue>([
  ['Equals', 1, 1, (c, call) => c.equals(call.args[0])],
  ['ToString', 0, 1, (c) => c.value],
]);

const DATETIMEOFFSET_PROPS = props<DateTimeOffset>(OFFSET_PROPS);

/** [ref]: Value reads (and, in setMember, assigns) the referenced variable or the held value. */
const REFERENCE_PROPS = props<PSReference>([['Value', (r) => r.value]]);

/** The .NET property table that applies to a value, or undefined. */
type PropertyTable = Map<string, { name: string; get: Getter<unknown> }>;

/** Tables are picked by runtime type checks, so their receiver type is erased once here. */
function erasedProps<T>(table: Map<string, { name: string; get: Getter<T> }>): PropertyTable {
  return table as unknown as PropertyTable;
}

function propertyTableOf(v: unknown): PropertyTable | undefined {
  if (typeof v === 'string') return erasedProps(STRING_PROPS);
  if (Array.isArray(v) || v instanceof Uint8Array) return erasedProps(ARRAY_PROPS);
  if (v instanceof PSHashtable) return erasedProps(HASHTABLE_PROPS);
  if (v instanceof Date) return erasedProps(DATE_PROPS);
  if (v instanceof TimeSpan) return erasedProps(TIMESPAN_PROPS);
  if (v instanceof TypeRef) return erasedProps(TYPE_PROPS);
  if (v instanceof ErrorRecord) return erasedProps(ERROR_RECORD_PROPS);
  if (v instanceof Version) return erasedProps(VERSION_PROPS);
  if (v instanceof PSList) return erasedProps(LIST_PROPS);
  if (v instanceof RegExp) return erasedProps(REGEX_PROPS);
  if (v instanceof StringBuilder) return erasedProps(STRINGBUILDER_PROPS);
  if (v instanceof TextEncoding) return erasedProps(ENCODING_PROPS);
  if (v instanceof Stopwatch) return erasedProps(STOPWATCH_PROPS);
  if (v instanceof EnumValue) return erasedProps(ENUM_PROPS);
  if (v instanceof ConstantValue) return erasedProps(CONSTANT_PROPS);
  if (v instanceof DateTimeOffset) return erasedProps(DATETIMEOFFSET_PROPS);
  if (v instanceof PSReference) return erasedProps(REFERENCE_PROPS);
  return undefined;
}

const STRING_PROPS = props<string>([['Length', (s) => s.length]]);

// ------------------------------------------------------------------------------------------------
// Instance members of values that are not PSObjects (Add-Member on a hashtable, an array, a date)
// ------------------------------------------------------------------------------------------------

/**
 * pwsh keeps instance members of any reference object in a table keyed by the object; so do we. Each value
 * gets a bare PSObject holding its note/script/alias properties and script methods. `instanceBagCount`
 * keeps the member paths free of the WeakMap lookup until Add-Member has been used on such a value.
 */
const instanceBags = new WeakMap<object, PSObject>();
let instanceBagCount = 0;

/** Whether Add-Member can give `v` instance members: PSObjects and other reference values (not strings, numbers, booleans). */
export function canHoldInstanceMembers(v: unknown): v is object {
  return typeof v === 'object' && v !== null;
}

/** The instance-member bag of a non-PSObject reference value, created on request. */
export function instanceMemberBag(target: object, create: boolean): PSObject | undefined {
  if (instanceBagCount === 0 && !create) return undefined;
  let bag = instanceBags.get(target);
  if (!bag && create) {
    bag = new PSObject([]);
    instanceBags.set(target, bag);
    instanceBagCount++;
  }
  return bag;
}

function bagOf(target: unknown): PSObject | undefined {
  return instanceBagCount === 0 || typeof target !== 'object' || target === null ? undefined : instanceBags.get(target);
}

/** A bag's property read: a script/alias getter runs against the bag (its closure knows the real object). */
function bagPropertyValue(bag: PSObject, name: string): unknown {
  const p = bag.getProperty(name);
  if (!p) return undefined;
  const v = p.getter ? p.getter(bag) : p.value;
  return v === undefined ? null : v;
}

// ------------------------------------------------------------------------------------------------
// .psobject and property descriptors
// ------------------------------------------------------------------------------------------------

/** Property descriptor objects (from .psobject.Properties) → the object and property they describe. */
const descriptorTargets = new WeakMap<PSObject, { owner: unknown; name: string }>();
const PROPERTY_OWNER = Symbol('awsps.propertyOwner');

export interface PropertyInfo {
  name: string;
  memberType: 'NoteProperty' | 'Property' | 'ScriptProperty' | 'AliasProperty';
  /** Declared type, or the value's type. */
  typeName: string;
  value: unknown;
  settable: boolean;
}

/** Properties of a value as Get-Member / Select-Object * / Format-List * see them, in definition order. */
export function listProperties(v: unknown): PropertyInfo[] {
  if (v === null || v === undefined) return [];
  if (v instanceof PSObject) {
    return v.properties().map((p) => {
      const value = p.getter ? safeGet(() => p.getter!(v)) : p.value ?? null;
      return {
        name: p.name,
        memberType: p.kind,
        typeName: p.typeName ?? (value === null ? 'System.Object' : typeNameOf(value)),
        value,
        settable: p.setter !== undefined || (p.kind !== 'ScriptProperty' && p.kind !== 'AliasProperty'),
      };
    });
  }
  const table = propertyTableOf(v);
  const bag = bagOf(v);
  if (!table && !bag) return [];
  const out: PropertyInfo[] = bag ? listProperties(bag) : [];
  if (table) {
    for (const { name, get } of table.values()) {
      if (bag?.has(name)) continue;
      const value = safeGet(() => get(v));
      out.push({ name, memberType: name === 'DateTime' && v instanceof Date ? 'ScriptProperty' : 'Property', typeName: value === null ? 'System.Object' : typeNameOf(value), value, settable: v instanceof PSReference });
    }
  }
  return out;
}

function safeGet(fn: () => unknown): unknown {
  try {
    const r = fn();
    return r === undefined ? null : r;
  } catch {
    return null;
  }
}

function descriptorObject(owner: unknown, info: PropertyInfo): PSObject {
  const typeName =
    info.memberType === 'NoteProperty'
      ? 'System.Management.Automation.PSNoteProperty'
      : info.memberType === 'ScriptProperty'
        ? 'System.Management.Automation.PSScriptProperty'
        : info.memberType === 'AliasProperty'
          ? 'System.Management.Automation.PSAliasProperty'
          : 'System.Management.Automation.PSProperty';
  const o = new PSObject([typeName, 'System.Management.Automation.PSPropertyInfo', 'System.Management.Automation.PSMemberInfo', 'System.Object']);
  o.addScriptProperty('Value', () => getMember(owner, info.name));
  o.addNote('MemberType', info.memberType, 'Property');
  o.addNote('IsSettable', info.settable, 'Property');
  o.addNote('IsGettable', true, 'Property');
  o.addNote('TypeNameOfValue', info.typeName, 'Property');
  o.addNote('Name', info.name, 'Property');
  o.addNote('IsInstance', true, 'Property');
  o.sealed = true;
  o.toStringOverride = () => `${shortTypeName(info.typeName)} ${info.name}=${toStr(getMember(owner, info.name))}`;
  descriptorTargets.set(o, { owner, name: info.name });
  return o;
}

function shortTypeName(full: string): string {
  const map: Record<string, string> = { 'System.String': 'string', 'System.Int32': 'int', 'System.Int64': 'long', 'System.Double': 'double', 'System.Boolean': 'bool', 'System.Object': 'System.Object', 'System.Object[]': 'Object[]' };
  return map[full] ?? full;
}

/** PSNoteProperty created by [System.Management.Automation.PSNoteProperty]::new(name, value) before it is added. */
export function newNoteProperty(name: string, value: unknown): PSObject {
  const detached = new PSObject([]);
  detached.addNote(name, value);
  return descriptorObject(detached, { name, memberType: 'NoteProperty', typeName: value === null ? 'System.Object' : typeNameOf(value), value, settable: true });
}

function propertiesCollection(owner: unknown): PSObject[] {
  const list = listProperties(owner).map((p) => descriptorObject(owner, p));
  Object.defineProperty(list, PROPERTY_OWNER, { value: owner, enumerable: false });
  return list;
}

function propertyCollectionOwner(a: unknown[]): unknown {
  return (a as unknown as Record<symbol, unknown>)[PROPERTY_OWNER];
}

/** Methods of .psobject.Properties: Add, Remove, Match, Item. */
function invokePropertyCollection(list: PSObject[], owner: unknown, name: string, args: unknown[]): unknown {
  switch (name.toLowerCase()) {
    case 'add': {
      const d = args[0];
      const target = d instanceof PSObject ? descriptorTargets.get(d) : undefined;
      if (!(owner instanceof PSObject) || !target || !(d instanceof PSObject)) {
        fail('Cannot add a member to this object.', { id: 'CannotAddMember', category: 'InvalidOperation' });
      }
      const pname = String(d.get('Name'));
      if (owner.has(pname)) {
        fail(`Cannot add a member with the name "${pname}" because a member with that name already exists. To overwrite the member anyway, add the Force parameter to your command.`, {
          id: 'MemberAlreadyExists',
          category: 'InvalidOperation',
        });
      }
      owner.addNote(pname, getMember(target.owner, target.name));
      return undefined;
    }
    case 'remove':
      if (owner instanceof PSObject) owner.remove(toStr(args[0]));
      return undefined;
    case 'match':
      return list.filter((p) => likeMatch(String(p.get('Name')), toStr(args[0])));
    case 'item':
    case 'get_item':
      return list.find((p) => String(p.get('Name')).toLowerCase() === toStr(args[0]).toLowerCase()) ?? null;
    default:
      return NOT_FOUND;
  }
}

/** The object behind $x.psobject: Properties, TypeNames, BaseObject, Members, Methods. */
export function psObjectView(v: unknown): PSObject {
  const o = new PSObject(['System.Management.Automation.PSObject', 'System.Object']);
  o.addScriptProperty('BaseObject', () => v);
  o.addScriptProperty('ImmediateBaseObject', () => v);
  o.addScriptProperty('Properties', () => propertiesCollection(v));
  o.addScriptProperty('Members', () => propertiesCollection(v));
  o.addScriptProperty('Methods', () => listMethodNames(v).map((n) => methodInfo(n)));
  o.addScriptProperty('TypeNames', () => (v instanceof PSObject ? v.typeNames : typeNamesOf(v)));
  o.sealed = true;
  o.toStringOverride = () => toStr(v);
  VIEW_TARGETS.set(o, v);
  return o;
}

const VIEW_TARGETS = new WeakMap<PSObject, unknown>();

/** $obj.Name of a script method without parentheses: the PSScriptMethod, as pwsh shows it. */
function scriptMethodInfo(owner: unknown, m: PSMethodMember): PSObject {
  const o = new PSObject(['System.Management.Automation.PSScriptMethod', 'System.Management.Automation.PSMethodInfo', 'System.Management.Automation.PSMemberInfo', 'System.Object']);
  o.addNote('Script', m.script, 'Property', 'System.Management.Automation.ScriptBlock');
  o.addNote('OverloadDefinitions', [m.definition], 'Property', 'System.Collections.ObjectModel.Collection`1[[System.String]]');
  o.addNote('MemberType', 'ScriptMethod', 'Property');
  o.addNote('TypeNameOfValue', 'System.Object', 'Property', 'System.String');
  o.addScriptProperty('Value', (self) => self);
  o.addNote('Name', m.name, 'Property', 'System.String');
  o.addNote('IsInstance', true, 'Property', 'System.Boolean');
  o.sealed = true;
  o.toStringOverride = () => m.definition;
  SCRIPT_METHOD_INFOS.set(o, { owner, method: m });
  return o;
}

/** PSScriptMethod objects → the object and method they came from, so $o.M.Invoke(args) calls the method. */
const SCRIPT_METHOD_INFOS = new WeakMap<PSObject, { owner: unknown; method: PSMethodMember }>();

function methodInfo(name: string): PSObject {
  const o = new PSObject(['System.Management.Automation.PSMethod', 'System.Management.Automation.PSMethodInfo', 'System.Management.Automation.PSMemberInfo', 'System.Object']);
  o.addNote('Name', name, 'Property');
  o.addNote('MemberType', 'Method', 'Property');
  o.addNote('IsInstance', true, 'Property');
  o.sealed = true;
  o.toStringOverride = () => name;
  return o;
}

// ------------------------------------------------------------------------------------------------
// getMember
// ------------------------------------------------------------------------------------------------

/** Members every value has: Count/Length (1 for scalars), psobject, PSTypeNames. */
function commonMember(target: unknown, lname: string): unknown {
  switch (lname) {
    case 'count':
    case 'length':
      return 1;
    case 'psobject':
      return psObjectView(target);
    case 'pstypenames':
      return target instanceof PSObject ? target.typeNames : typeNamesOf(target);
    default:
      return null;
  }
}

/** Member enumeration: each element's member, collections flattened, nulls dropped; one result is returned as a scalar. */
function enumerateMember(items: unknown[], name: string): unknown {
  const out: unknown[] = [];
  for (const e of items) {
    if (e === null || e === undefined) continue;
    const v = getMember(e, name);
    if (v === null || v === undefined) continue;
    if (isCollection(v)) {
      for (const x of toArray(v)) if (x !== null && x !== undefined) out.push(x);
    } else out.push(v);
  }
  if (out.length === 0) return null;
  return out.length === 1 ? out[0] : out;
}

/** Reads a property the way PowerShell does. Missing members are $null (never an error). */
export function getMember(target: unknown, name: string): unknown {
  if (target === null || target === undefined) {
    const l = name.toLowerCase();
    return l === 'count' || l === 'length' ? 0 : null;
  }
  if (target instanceof PSObject) {
    const p = target.getProperty(name);
    if (p) {
      const v = p.getter ? p.getter(target) : p.value;
      return v === undefined ? null : v;
    }
    const m = target.getMethod(name);
    if (m) return scriptMethodInfo(target, m);
    return commonMember(target, name.toLowerCase());
  }
  const bag = bagOf(target);
  if (bag && !(target instanceof PSHashtable && target.has(name))) {
    const v = bagPropertyValue(bag, name);
    if (v !== undefined) return v;
    const m = bag.getMethod(name);
    if (m) return scriptMethodInfo(target, m);
  }
  if (target instanceof PSHashtable) {
    if (target.has(name)) {
      const v = target.get(name);
      return v === undefined ? null : v;
    }
    const hp = HASHTABLE_PROPS.get(name.toLowerCase());
    if (hp) return hp.get(target);
    return commonMember(target, name.toLowerCase());
  }
  const lname = name.toLowerCase();
  if (isCollection(target)) {
    const table = target instanceof PSList ? erasedProps(LIST_PROPS) : erasedProps(ARRAY_PROPS);
    const p = table.get(lname);
    if (p) return p.get(target);
    if (lname === 'psobject') return psObjectView(target);
    if (lname === 'pstypenames') return typeNamesOf(target);
    return enumerateMember(toArray(target), name);
  }
  const table = propertyTableOf(target);
  if (table) {
    const p = table.get(lname);
    if (p) {
      const v = p.get(target);
      return v === undefined ? null : v;
    }
  }
  if (target instanceof RuntimeError) {
    if (lname === 'message') return target.message;
    if (lname === 'errorrecord') return target.record;
    return getMember(exceptionObject(target.record.exception, target.record), name);
  }
  if (target instanceof ScriptBlock) {
    if (lname === 'ast') return target.ast;
    if (lname === 'file') return target.source.file ?? null;
    if (lname === 'module') return null;
    if (lname === 'isfilter') return false;
  }
  return commonMember(target, lname);
}

/**
 * Whether `target.name` names a member (strict mode 2+ asks when getMember gave $null, 0 or 1): a property, a
 * method (read as a value), a hashtable key or any key of a hashtable (missing keys are $null, never an error),
 * and, as in pwsh, not the Count/Length every scalar answers to (a [pscustomobject] keeps them, as since 6.1).
 * A collection has a member its own type has, or one that every element has (member enumeration).
 */
export function memberExists(target: unknown, name: string): boolean {
  if (target === null || target === undefined) return false;
  const lname = name.toLowerCase();
  if (lname === 'psobject' || lname === 'pstypenames') return true;
  if (hasMethod(target, name)) return true;
  if (bagOf(target)?.has(name)) return true;
  if (target instanceof PSHashtable) return true;
  if (target instanceof PSObject) return target.getProperty(name) !== undefined || lname === 'count' || lname === 'length';
  if (isCollection(target)) {
    const table = target instanceof PSList ? erasedProps(LIST_PROPS) : erasedProps(ARRAY_PROPS);
    if (table.has(lname)) return true;
    return toArray(target).every((e) => e === null || e === undefined || memberExists(e, name));
  }
  if (propertyTableOf(target)?.has(lname)) return true;
  if (target instanceof RuntimeError) return lname === 'message' || lname === 'errorrecord' || memberExists(exceptionObject(target.record.exception, target.record), name);
  if (target instanceof ScriptBlock) return lname === 'ast' || lname === 'file' || lname === 'module' || lname === 'isfilter';
  return false;
}

// ------------------------------------------------------------------------------------------------
// setMember
// ------------------------------------------------------------------------------------------------

/** Assigns a property ($obj.Name = v). Unknown properties are an error, as in PowerShell. */
export function setMember(target: unknown, name: string, value: unknown): void {
  if (value === undefined) value = null;
  if (target instanceof PSObject) {
    const descriptor = descriptorTargets.get(target);
    if (descriptor && name.toLowerCase() === 'value') {
      setMember(descriptor.owner, descriptor.name, value);
      return;
    }
    const p = target.getProperty(name);
    if (!p) propertyNotFound(name, target);
    if (p.setter) {
      p.setter(target, value);
      return;
    }
    if (p.kind === 'ScriptProperty' || p.kind === 'AliasProperty') {
      fail(`Set accessor for property "${p.name}" is unavailable.`, { id: 'PropertyAssignmentException', category: 'InvalidOperation', target });
    }
    if (p.readOnly) readOnlyProperty(p.name, target);
    // A declared type converts the value ($datum.Value = '.50' stores 0.5); names we cannot resolve store it as is.
    p.value = p.typeName && resolveTypeName(p.typeName) ? convertTo(value, p.typeName) : value;
    return;
  }
  const bag = bagOf(target);
  if (bag?.has(name) && !(target instanceof PSHashtable && target.has(name))) {
    setMember(bag, name, value);
    return;
  }
  if (target instanceof PSHashtable) {
    target.set(name, value);
    return;
  }
  if (target instanceof StringBuilder) {
    const l = name.toLowerCase();
    if (l === 'length') {
      const n = convertTo(value, 'System.Int32') as number;
      target.value = target.value.length > n ? target.value.slice(0, n) : target.value.padEnd(n, '\0');
      return;
    }
    if (l === 'capacity') {
      target.capacity = convertTo(value, 'System.Int32') as number;
      return;
    }
  }
  if (target instanceof PSList && name.toLowerCase() === 'capacity') return;
  if (target instanceof PSReference && name.toLowerCase() === 'value') {
    target.value = value;
    return;
  }
  if (target !== null && target !== undefined) {
    const table = isCollection(target) ? (target instanceof PSList ? LIST_PROPS : ARRAY_PROPS) : propertyTableOf(target);
    if (table?.has(name.toLowerCase())) readOnlyProperty(table.get(name.toLowerCase())!.name, target);
  }
  propertyNotFound(name, target);
}

// ------------------------------------------------------------------------------------------------
// Methods
// ------------------------------------------------------------------------------------------------

/** The GetType() result for a value. */
export function typeRefOf(v: unknown): TypeRef {
  if (v instanceof PSList && v.elementType) return new GenericTypeRef('System.Collections.Generic.List', [new TypeRef(v.elementType)]);
  if (v instanceof PSList && !v.isArrayList) return new GenericTypeRef('System.Collections.Generic.List', [new TypeRef('System.Object')]);
  return new TypeRef(typeNameOf(v));
}

/** Method tables are picked by runtime type checks, so their receiver type is erased once here. */
function erased<T>(table: MethodTable<T>): MethodTable<unknown> {
  return table as unknown as MethodTable<unknown>;
}

/**
 * Methods of objects the shell builds as PSObjects for .NET types that have methods (the AWS credentials
 * objects' GetCredentials()), by a type name in the object's TypeNames. A method may return a Promise.
 */
const objectMethodTables: Array<{ typeName: string; table: MethodTable<PSObject>; definitions: Readonly<Record<string, string>> }> = [];

/** `definitions` (method name → its .NET signature) is what Get-Member shows. */
export function registerObjectMethods(typeName: string, table: MethodTable<PSObject>, definitions: Readonly<Record<string, string>> = {}): void {
  objectMethodTables.push({ typeName, table, definitions });
}

/** The registered methods of an object with their signatures, for Get-Member. */
export function objectMethodDefinitions(o: PSObject): Array<{ name: string; definition: string }> {
  const entry = objectMethodTables.find((t) => o.typeNames.includes(t.typeName));
  if (!entry) return [];
  return [...entry.table.values()].map((m) => ({ name: m.name, definition: entry.definitions[m.name] ?? `${m.name}()` }));
}

function objectMethodTableOf(o: PSObject): MethodTable<unknown> | undefined {
  for (const { typeName, table } of objectMethodTables) if (o.typeNames.includes(typeName)) return erased(table);
  return undefined;
}

function methodTableOf(v: unknown): MethodTable<unknown> | undefined {
  switch (typeof v) {
    case 'string':
      return erased(STRING_METHODS);
    case 'number':
      return erased(NUMBER_METHODS);
    case 'boolean':
      return erased(BOOLEAN_METHODS);
    default:
      break;
  }
  if (Array.isArray(v)) return erased(ARRAY_METHODS);
  if (v instanceof PSObject) return objectMethodTables.length === 0 ? undefined : objectMethodTableOf(v);
  if (v instanceof PSList) return erased(LIST_METHODS);
  if (v instanceof PSHashtable) return erased(HASHTABLE_METHODS);
  if (v instanceof Date) return erased(DATE_METHODS);
  if (v instanceof TimeSpan) return erased(TIMESPAN_METHODS);
  if (v instanceof RegExp) return erased(REGEX_METHODS);
  if (v instanceof Guid) return erased(GUID_METHODS);
  if (v instanceof Version) return erased(VERSION_METHODS);
  if (v instanceof EnumValue) return erased(ENUM_METHODS);
  if (v instanceof ConstantValue) return erased(CONSTANT_METHODS);
  if (v instanceof StringBuilder) return erased(STRINGBUILDER_METHODS);
  if (v instanceof TextEncoding) return erased(ENCODING_METHODS);
  if (v instanceof Stopwatch) return erased(STOPWATCH_METHODS);
  if (v instanceof DateTimeOffset) return erased(OFFSET_METHODS);
  return undefined;
}

const TYPE_METHODS: Record<string, (t: TypeRef, args: unknown[]) => unknown> = {
  tostring: (t) => t.fullName,
  getelementtype: (t) => t.elementType ?? null,
  makearraytype: (t) => new TypeRef(`${t.fullName}[]`),
  isinstanceoftype: (t, a) => typeNamesOf(a[0]).some((n) => n.toLowerCase() === t.fullName.toLowerCase()),
  getenumnames: (t) => {
    const def = getEnumType(t.fullName);
    if (!def) fail('Type provided must be an Enum.', { id: 'ArgumentException', category: 'InvalidArgument' });
    return tagArrayElementType(def.members.map(([n]) => n), 'System.String');
  },
  getenumvalues: (t) => {
    const def = getEnumType(t.fullName);
    if (!def) fail('Type provided must be an Enum.', { id: 'ArgumentException', category: 'InvalidArgument' });
    return def.members.map(([, v]) => new EnumValue(def, v));
  },
  isassignablefrom: (t, a) => {
    const other = a[0];
    if (!(other instanceof TypeRef)) return false;
    if (other.fullName === t.fullName || t.fullName === 'System.Object') return true;
    let b = baseTypeOf(other);
    while (b) {
      if (b.fullName === t.fullName) return true;
      b = baseTypeOf(b);
    }
    return false;
  },
  issubclassof: (t, a) => {
    const other = a[0];
    if (!(other instanceof TypeRef)) return false;
    let b = baseTypeOf(t);
    while (b) {
      if (b.fullName === other.fullName) return true;
      b = baseTypeOf(b);
    }
    return false;
  },
};

function invokeCommon(target: unknown, lname: string, args: unknown[]): unknown {
  switch (lname) {
    case 'gettype':
      if (args.length === 0) return typeRefOf(target);
      break;
    case 'tostring':
      if (args.length <= 2) return toStringMethod(target, args[0]);
      break;
    case 'equals':
      if (args.length === 1) return target instanceof PSObject ? target === args[0] : dotnetEquals(target, args[0]);
      break;
    case 'gethashcode':
      if (args.length === 0) return hashCodeOf(target);
      break;
    default:
      break;
  }
  return NOT_FOUND;
}

function nullMethodCall(): never {
  throw new RuntimeError(
    makeErrorRecord('You cannot call a method on a null-valued expression.', { id: 'InvokeMethodOnNull', category: 'InvalidOperation' }),
  );
}

/**
 * Calls a method ($x.ToUpper(), $list.Add(1), $h.ContainsKey('a')). Returns undefined for void methods
 * (the engine writes nothing for them). Script-block methods and .ForEach()/.Where() are the engine's.
 */
export function invokeMethod(target: unknown, name: string, args: unknown[]): unknown {
  if (target === null || target === undefined) nullMethodCall();
  const lname = name.toLowerCase();
  if (Array.isArray(target)) {
    const owner = propertyCollectionOwner(target);
    if (owner !== undefined) {
      const r = invokePropertyCollection(target as PSObject[], owner, name, args);
      if (r !== NOT_FOUND) return r;
    }
  }
  const scriptMethod = target instanceof PSObject ? target.getMethod(name) : bagOf(target)?.getMethod(name);
  if (scriptMethod) return scriptMethod.invoke(target, args);
  if (target instanceof PSObject) {
    const info = SCRIPT_METHOD_INFOS.get(target);
    if (info && lname === 'invoke') return info.method.invoke(info.owner, args);
    const viewed = VIEW_TARGETS.get(target);
    if (viewed !== undefined && lname === 'copy' && args.length === 0) return viewed instanceof PSObject ? viewed.clone() : viewed;
  }
  const table = methodTableOf(target);
  if (table) {
    const r = callMethod(table, target, name, args);
    if (r !== NOT_FOUND) return r;
  }
  if (target instanceof TypeRef) {
    const fn = TYPE_METHODS[lname];
    if (fn) return fn(target, args);
  }
  const common = invokeCommon(target, lname, args);
  if (common !== NOT_FOUND) return common;
  if (isCollection(target)) {
    // Method member enumeration: @('a','b').ToUpper() calls the method on each element.
    const items = toArray(target).filter((e) => e !== null && e !== undefined);
    if (items.length > 0 && items.some((e) => hasMethod(e, name))) {
      const out: unknown[] = [];
      for (const e of items) {
        const r = invokeMethod(e, name, args);
        if (r !== undefined) out.push(r);
      }
      return out.length === 1 ? out[0] : out;
    }
  }
  throw methodNotFoundError(methodTypeName(target), name, target);
}

export function methodNotFoundError(typeName: string, name: string, target?: unknown): RuntimeError {
  return new RuntimeError(
    makeErrorRecord(`Method invocation failed because [${typeName}] does not contain a method named '${name}'.`, {
      id: 'MethodNotFound',
      category: 'InvalidOperation',
      target: target ?? null,
    }),
  );
}

const COMMON_METHODS = ['Equals', 'GetHashCode', 'GetType', 'ToString'];

/** Does invokeMethod know this method for the value? */
export function hasMethod(target: unknown, name: string): boolean {
  if (target === null || target === undefined) return false;
  const lname = name.toLowerCase();
  if (COMMON_METHODS.some((m) => m.toLowerCase() === lname)) return true;
  if (target instanceof PSObject ? target.getMethod(name) : bagOf(target)?.getMethod(name)) return true;
  if (methodTableOf(target)?.has(lname)) return true;
  if (target instanceof TypeRef && lname in TYPE_METHODS) return true;
  if (Array.isArray(target) && propertyCollectionOwner(target) !== undefined && ['add', 'remove', 'match', 'item'].includes(lname)) return true;
  if (target instanceof PSObject && VIEW_TARGETS.has(target) && lname === 'copy') return true;
  if (isCollection(target)) return toArray(target).some((e) => e !== null && e !== undefined && !isCollection(e) && hasMethod(e, name));
  return false;
}

/** Method names a value offers (for Get-Member and tab completion), sorted. */
export function listMethodNames(v: unknown): string[] {
  if (v === null || v === undefined) return [];
  const names = new Set(COMMON_METHODS);
  const table = methodTableOf(v);
  if (table) for (const def of table.values()) if (!def.name.startsWith('get_') && !def.name.startsWith('set_')) names.add(def.name);
  for (const m of v instanceof PSObject ? v.methods() : (bagOf(v)?.methods() ?? [])) names.add(m.name);
  if (v instanceof TypeRef) for (const k of ['GetElementType', 'MakeArrayType', 'IsInstanceOfType', 'GetEnumNames', 'GetEnumValues', 'IsAssignableFrom', 'IsSubclassOf']) names.add(k);
  return [...names].sort((a, b) => a.localeCompare(b));
}

// ------------------------------------------------------------------------------------------------
// Indexing
// ------------------------------------------------------------------------------------------------

function nullIndex(): never {
  throw new RuntimeError(makeErrorRecord('Cannot index into a null array.', { id: 'NullArray', category: 'InvalidOperation' }));
}

/** Index was outside the bounds of the array (IndexOutOfRangeException), as .NET reports it. */
function indexOutOfRange(target: unknown): never {
  fail('Index was outside the bounds of the array.', { type: 'System.IndexOutOfRangeException', id: 'System.IndexOutOfRangeException', category: 'OperationStopped', target });
}

/**
 * An index converted to Int32. pwsh's indexer swallows a failed conversion into $null ($a['abc']) unless strict
 * mode 3 is on, when the conversion error stands.
 */
function intIndex(index: unknown, strict: boolean): number | undefined {
  if (strict) return convertTo(index, 'System.Int32') as number;
  try {
    return convertTo(index, 'System.Int32') as number;
  } catch (e) {
    if (e instanceof RuntimeError) return undefined;
    throw e;
  }
}

/** One index; `strict` (Set-StrictMode -Version 3 and later) makes an index that resolves to nothing an error. */
function indexOne(target: unknown, index: unknown, strict: boolean): unknown {
  if (Array.isArray(target) || target instanceof PSList || target instanceof Uint8Array) {
    const items = target instanceof PSList ? target.items : target;
    if (typeof index === 'string' && !/^\s*-?\d+\s*$/.test(index)) {
      const byName = groupByName(target as unknown[], index);
      if (byName !== undefined) return byName;
      const owner = Array.isArray(target) ? propertyCollectionOwner(target) : undefined;
      if (owner !== undefined) return invokePropertyCollection(target as PSObject[], owner, 'item', [index]);
    }
    let i = intIndex(index, strict);
    if (i === undefined) return null;
    if (i < 0) i += items.length;
    if (i < 0 || i >= items.length) return strict ? indexOutOfRange(index) : null;
    const v = items[i];
    return v === undefined ? null : v;
  }
  if (target instanceof PSHashtable) {
    const v = target.get(index);
    return v === undefined ? null : v;
  }
  if (typeof target === 'string') {
    let i = intIndex(index, strict);
    if (i === undefined) return null;
    if (i < 0) i += target.length;
    if (i >= 0 && i < target.length) return target[i];
    return strict ? indexOutOfRange(index) : null;
  }
  if (target instanceof StringBuilder) {
    const i = intIndex(index, strict);
    if (i === undefined) return null;
    if (i >= 0 && i < target.value.length) return target.value[i];
    return strict ? indexOutOfRange(index) : null;
  }
  if (target instanceof PSObject && target.indexer) return target.indexer(index);
  if (target instanceof PSObject && typeof index === 'string') {
    const p = target.getProperty(index);
    if (p) return getMember(target, index);
  }
  // Any other scalar behaves as a one-element collection: $x[0] is $x, $x[-1] is $x.
  const i = typeof index === 'number' ? index : Number.NaN;
  if (i === 0 || i === -1) return target;
  if (Number.isNaN(i) || strict) {
    fail(`Unable to index into an object of type ${typeNameOf(target)}.`, { id: 'CannotIndex', category: 'InvalidOperation', target });
  }
  return null;
}

/**
 * $x[i]: arrays (negative from the end, out of range is $null), strings, hashtables, lists; an array index slices.
 * With `strict` (Set-StrictMode -Version 3 and later) an out-of-range or unconvertible index is an error instead.
 */
export function indexValue(target: unknown, index: unknown, strict = false): unknown {
  if (target === null || target === undefined) nullIndex();
  if (Array.isArray(index) && !(target instanceof PSHashtable && target.has(index))) {
    const out: unknown[] = [];
    for (const i of index) {
      const v = indexOne(target, i, strict);
      if (target instanceof PSHashtable && v === null) continue;
      out.push(v);
    }
    return out;
  }
  return indexOne(target, index, strict);
}

/** $x[i] = v: arrays (typed arrays convert; out of range is an error), lists, hashtables. */
export function setIndex(target: unknown, index: unknown, value: unknown): void {
  if (value === undefined) value = null;
  if (target === null || target === undefined) nullIndex();
  if (target instanceof PSHashtable) {
    target.set(index, value);
    return;
  }
  if (Array.isArray(target) || target instanceof PSList || target instanceof Uint8Array) {
    const items = target instanceof PSList ? target.items : target;
    let i = convertTo(index, 'System.Int32') as number;
    if (i < 0) i += items.length;
    if (i < 0 || i >= items.length) {
      fail('Index was outside the bounds of the array.', { type: 'System.IndexOutOfRangeException', id: 'System.IndexOutOfRangeException', category: 'OperationStopped', target: value });
    }
    if (target instanceof Uint8Array) target[i] = convertTo(value, 'System.Byte') as number;
    else if (target instanceof PSList) target.items[i] = target.elementType ? convertTo(value, target.elementType) : value;
    else {
      const et = arrayElementType(target);
      target[i] = et ? convertTo(value, et) : value;
    }
    return;
  }
  if (target instanceof PSObject && typeof index === 'string') {
    setMember(target, index, value);
    return;
  }
  fail(`Unable to index into an object of type ${typeNameOf(target)}.`, { id: 'CannotIndex', category: 'InvalidOperation', target });
}
