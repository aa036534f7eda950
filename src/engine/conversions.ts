// PowerShell's value conversions (LanguagePrimitives): to string, to bool, to number, casts to .NET types,
// and the type names / -is checks that go with them.

import { PSHashtable } from '../objects/hashtable.js';
import { PSObject } from '../objects/psobject.js';
import { TimeSpan } from '../objects/timespan.js';
import { TypeRef } from '../objects/typeref.js';
import { dateKind, withKind } from '../objects/datetime.js';
import { EnumValue, enumMember, getEnumType, type EnumTypeDef } from '../objects/enum-value.js';
import { CONSTANT_CLASS_TYPE, ConstantValue } from '../objects/constant-value.js';
import { Guid } from '../objects/guid.js';
import { Version } from '../objects/version.js';
import { PSList } from '../objects/pslist.js';
import { DateTimeOffset } from '../objects/datetime-offset.js';
import { PSREFERENCE_TYPE, PSReference } from '../objects/ps-reference.js';
import { formatOffsetValue, offsetFromDate, parseDateTimeOffset } from './methods/offset-methods.js';
import { ErrorRecord, RuntimeError, conversionError, fail, makeErrorRecord } from './errors.js';
import { formatDate, formatDoubleRoundTrip } from './dotnet-format.js';
import { acceleratorNameOf, GenericTypeRef, registerTypeAlias, resolveTypeName } from './type-resolution.js';
import { dateFromTicks, parseDateTime, parseTimeSpan } from './values/datetime-parse.js';
import { dotnetRegex, regexInfo, RegexPatternError } from './values/regex.js';
import type { ScriptBlockLike } from '../pipeline/types.js';
import { ScriptBlock } from './scriptblock.js';

export { registerTypeAlias };

// ------------------------------------------------------------------------------------------------
// Value classes the engine owns (script blocks) are recognised by registration, so this module
// does not depend on the evaluator.
// ------------------------------------------------------------------------------------------------

type Ctor = abstract new (...args: never[]) => unknown;
const scriptBlockClasses: Ctor[] = [];

/** The engine registers its ScriptBlock class so conversions can recognise script blocks. */
export function registerScriptBlockClass(ctor: Ctor): void {
  scriptBlockClasses.push(ctor);
}

export function isScriptBlock(v: unknown): v is ScriptBlockLike {
  if (v instanceof ScriptBlock) return true;
  if (typeof v !== 'object' || v === null) return false;
  for (const c of scriptBlockClasses) if (v instanceof c) return true;
  return (v as { constructor?: { name?: string } }).constructor?.name === 'ScriptBlock' && typeof (v as { text?: unknown }).text === 'string';
}

/** Element type of a typed array made by a cast such as [int[]] (System.Int32), or undefined for object[]. */
const ELEMENT_TYPE = Symbol('awsps.elementType');

export function arrayElementType(arr: unknown[]): string | undefined {
  return (arr as unknown as Record<symbol, string | undefined>)[ELEMENT_TYPE];
}

export function tagArrayElementType<T extends unknown[]>(arr: T, elementType: string): T {
  if (elementType !== 'System.Object') {
    Object.defineProperty(arr, ELEMENT_TYPE, { value: elementType, enumerable: false, writable: true, configurable: true });
  }
  return arr;
}

// ------------------------------------------------------------------------------------------------
// Type names
// ------------------------------------------------------------------------------------------------

const INT32_MIN = -2147483648;
const INT32_MAX = 2147483647;
const INT64_LIMIT = 9.223372036854776e18;

/** System.Int32 / System.Int64 / System.Double for a JS number, following the shared value model. */
export function numberTypeName(n: number): string {
  if (Number.isInteger(n)) {
    if (n >= INT32_MIN && n <= INT32_MAX) return 'System.Int32';
    if (Math.abs(n) < INT64_LIMIT) return 'System.Int64';
  }
  return 'System.Double';
}

/** The .NET type name of a value, as GetType().FullName shows it. $null gives 'System.Object'. */
export function typeNameOf(v: unknown): string {
  if (v === null || v === undefined) return 'System.Object';
  switch (typeof v) {
    case 'string':
      return 'System.String';
    case 'number':
      return numberTypeName(v);
    case 'boolean':
      return 'System.Boolean';
    case 'bigint':
      return 'System.Numerics.BigInteger';
    case 'function':
      return 'System.Object';
    default:
      break;
  }
  if (Array.isArray(v)) {
    const et = arrayElementType(v);
    return et ? `${et}[]` : 'System.Object[]';
  }
  if (v instanceof PSObject) return v.typeName;
  if (v instanceof PSHashtable) return v.typeName;
  if (v instanceof Date) return 'System.DateTime';
  if (v instanceof TimeSpan) return 'System.TimeSpan';
  if (v instanceof TypeRef) return 'System.RuntimeType';
  if (v instanceof Uint8Array) return 'System.Byte[]';
  if (v instanceof RegExp) return 'System.Text.RegularExpressions.Regex';
  if (v instanceof ErrorRecord) return 'System.Management.Automation.ErrorRecord';
  if (v instanceof RuntimeError) return v.record.exception.typeName;
  if (v instanceof EnumValue) return v.typeName;
  if (v instanceof ConstantValue) return v.typeName;
  if (v instanceof Guid) return 'System.Guid';
  if (v instanceof Version) return 'System.Version';
  if (v instanceof PSList) return v.typeName;
  if (isScriptBlock(v)) return 'System.Management.Automation.ScriptBlock';
  const named = (v as { typeName?: unknown }).typeName;
  if (typeof named === 'string') return named;
  return 'System.Object';
}

const VALUE_TYPE_CHAIN = ['System.ValueType', 'System.Object'];

/** The type and its bases/interfaces, most specific first (for Get-Member and -is). */
export function typeNamesOf(v: unknown): string[] {
  if (v === null || v === undefined) return [];
  const t = typeNameOf(v);
  if (typeof v === 'string') return [t, 'System.Object'];
  if (typeof v === 'number' || typeof v === 'boolean') return [t, ...VALUE_TYPE_CHAIN];
  if (Array.isArray(v) || v instanceof Uint8Array) return [t, 'System.Array', 'System.Object'];
  if (v instanceof PSObject) {
    const names = [...v.typeNames];
    if (!names.includes('System.Object')) names.push('System.Object');
    return names;
  }
  if (v instanceof PSHashtable) return [t, 'System.Object'];
  if (v instanceof Date || v instanceof TimeSpan || v instanceof Guid || v instanceof DateTimeOffset) return [t, ...VALUE_TYPE_CHAIN];
  if (v instanceof EnumValue) return [t, 'System.Enum', ...VALUE_TYPE_CHAIN];
  if (v instanceof ConstantValue) return [t, CONSTANT_CLASS_TYPE, 'System.Object'];
  if (v instanceof TypeRef) return [t, 'System.Reflection.TypeInfo', 'System.Type', 'System.Reflection.MemberInfo', 'System.Object'];
  if (v instanceof RuntimeError) {
    const e = v.record.exception;
    return [...new Set([e.typeName, ...(e.baseTypeNames ?? []), 'System.Exception', 'System.Object'])];
  }
  return [t, 'System.Object'];
}

/** Interfaces and abstract bases -is checks recognise beyond the inheritance chain. */
function implementsInterface(v: unknown, fullName: string): boolean {
  switch (fullName) {
    case 'System.Collections.IEnumerable':
      return typeof v === 'string' || isCollection(v) || v instanceof PSHashtable;
    case 'System.Collections.ICollection':
    case 'System.Collections.IList':
      return isCollection(v);
    case 'System.Collections.IDictionary':
      return v instanceof PSHashtable;
    case 'System.IComparable':
    case 'System.IConvertible':
      return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date || v instanceof EnumValue;
    case 'System.IFormattable':
      return typeof v === 'number' || v instanceof Date || v instanceof TimeSpan || v instanceof EnumValue || v instanceof Guid;
    case 'System.Management.Automation.PSObject':
      return v instanceof PSObject;
    case 'System.Management.Automation.PSCustomObject':
      return v instanceof PSObject && v.typeNames.includes('System.Management.Automation.PSCustomObject');
    case 'System.Type':
    case 'System.RuntimeType':
      return v instanceof TypeRef;
    default:
      return false;
  }
}

/** -is: is the value an instance of the type (full or accelerator name, or a TypeRef)? */
export function isInstanceOf(v: unknown, type: string | TypeRef): boolean {
  const full = typeof type === 'string' ? requireType(type).fullName : type.fullName;
  if (v === null || v === undefined) return false;
  if (full === 'System.Object') return true;
  if (implementsInterface(v, full)) return true;
  const lower = full.toLowerCase();
  for (const n of typeNamesOf(v)) if (n.toLowerCase() === lower) return true;
  // System.Int32[] etc.: any array is an Object[]; a typed array is also its own T[].
  if (full === 'System.Object[]' && Array.isArray(v)) return true;
  return false;
}

/** Resolves a type name or fails with PowerShell's "Unable to find type [X]." */
export function requireType(name: string): TypeRef {
  const t = resolveTypeName(name);
  if (!t) {
    fail(`Unable to find type [${name}].`, { id: 'TypeNotFound', category: 'InvalidOperation', target: name });
  }
  return t;
}

// ------------------------------------------------------------------------------------------------
// Collections
// ------------------------------------------------------------------------------------------------

/** Values PowerShell enumerates (arrays, lists, byte arrays); strings and hashtables are scalars. */
export function isCollection(v: unknown): v is unknown[] | PSList | Uint8Array {
  return Array.isArray(v) || v instanceof PSList || v instanceof Uint8Array;
}

/** The elements of a collection as an array (the array itself when it is one), or [v] for a scalar, [] for $null. */
export function toArray(v: unknown): unknown[] {
  if (Array.isArray(v)) return v;
  if (v === null || v === undefined) return [];
  if (v instanceof PSList) return v.items;
  if (v instanceof Uint8Array) return Array.from(v);
  return [v];
}

// ------------------------------------------------------------------------------------------------
// To string
// ------------------------------------------------------------------------------------------------

/** PowerShell's display name of a type ("int", "string", else the full name). */
export function typeDisplayName(t: TypeRef): string {
  if (t instanceof GenericTypeRef) {
    const def = t.definition;
    return `${def}[${t.typeArguments.map(typeDisplayName).join(',')}]`;
  }
  if (t.isArray) {
    const el = t.elementType;
    return el ? `${typeDisplayName(el)}[]` : t.fullName;
  }
  return acceleratorNameOf(t.fullName) ?? t.fullName;
}

function isCustomObject(o: PSObject): boolean {
  return o.typeNames[0] === 'System.Management.Automation.PSCustomObject';
}

/** A double as .NET's Double.ToString prints it (shortest round-trip), with the culture's infinity symbols. */
function doubleText(n: number, invariant: boolean): string {
  if (invariant && !Number.isFinite(n) && !Number.isNaN(n)) return n > 0 ? 'Infinity' : '-Infinity';
  return formatDoubleRoundTrip(n);
}

/**
 * PowerShell's PSObject.ToString: `invariant` selects the invariant culture (string conversion) over en-US
 * (the ToString() method); `recurse` is false for the elements and property values it prints.
 */
function psToString(v: unknown, invariant: boolean, recurse: boolean, ofs: string): string {
  if (v === null || v === undefined) return '';
  switch (typeof v) {
    case 'string':
      return v;
    case 'number':
      return Number.isInteger(v) && Math.abs(v) < INT64_LIMIT ? String(v === 0 ? 0 : v) : doubleText(v, invariant);
    case 'boolean':
      return v ? 'True' : 'False';
    case 'bigint':
      return v.toString();
    case 'function':
      return 'System.Object';
    default:
      break;
  }
  if (Array.isArray(v) || v instanceof PSList || v instanceof Uint8Array) {
    if (!recurse) return typeNameOf(v);
    const items = toArray(v);
    let out = '';
    for (let i = 0; i < items.length; i++) {
      if (i > 0) out += ofs;
      out += psToString(items[i], invariant, false, ofs);
    }
    return out;
  }
  if (v instanceof Date) return formatDate(v, invariant ? 'MM/dd/yyyy HH:mm:ss' : 'G');
  if (v instanceof DateTimeOffset) return formatOffsetValue(v, invariant ? 'MM/dd/yyyy HH:mm:ss zzz' : undefined);
  if (v instanceof TypeRef) return typeDisplayName(v);
  if (v instanceof PSObject) {
    if (v.toStringOverride) return v.toStringOverride(v);
    if (!isCustomObject(v)) return v.typeName;
    // A PSCustomObject lists its properties; nested ones (recurse = false) print as ''.
    return recurse ? customObjectText(v, invariant) : '';
  }
  return dotnetToString(v);
}

/** "@{a=1; b=2}", as PowerShell prints a PSCustomObject in a string. Script properties are not evaluated. */
export function customObjectText(o: PSObject, invariant = true): string {
  const props = o.properties();
  if (props.length === 0) return '';
  const parts = props.map((p) => {
    const value = p.kind === 'ScriptProperty' ? 'System.Management.Automation.PSScriptProperty' : p.value;
    return `${p.name}=${psToString(value, invariant, false, ' ')}`;
  });
  return `@{${parts.join('; ')}}`;
}

/** PowerShell's string conversion ([string]$x, "$x"): arrays joined by spaces ($OFS), invariant culture. */
export function toStr(v: unknown): string {
  return typeof v === 'string' ? v : psToString(v, true, true, ' ');
}

/** toStr with an explicit $OFS (the separator placed between array elements). */
export function toStrWithSeparator(v: unknown, ofs: string): string {
  return psToString(v, true, true, ofs);
}

/** .NET's ToString() of a value (what $x.ToString() and String.Format use): en-US culture, collections by type name. */
export function dotnetToString(v: unknown): string {
  if (v === null || v === undefined) return '';
  switch (typeof v) {
    case 'string':
      return v;
    case 'number':
    case 'boolean':
    case 'bigint':
    case 'function':
      return psToString(v, false, false, ' ');
    default:
      break;
  }
  if (Array.isArray(v) || v instanceof Uint8Array || v instanceof PSList || v instanceof PSHashtable) return typeNameOf(v);
  if (v instanceof PSObject) return psToString(v, false, true, ' ');
  if (v instanceof Date) return formatDate(v, 'G');
  if (v instanceof DateTimeOffset) return formatOffsetValue(v);
  if (v instanceof TimeSpan) return v.toString();
  if (v instanceof ConstantValue) return v.value;
  if (v instanceof TypeRef) return v.fullName;
  if (v instanceof RegExp) return regexInfo(v)?.pattern ?? v.source;
  if (v instanceof ErrorRecord) return v.toString();
  if (v instanceof RuntimeError) return `${v.record.exception.typeName}: ${v.record.exception.message}`;
  if (isScriptBlock(v)) return v.text;
  const s = String(v);
  return s === '[object Object]' ? typeNameOf(v) : s;
}

// ------------------------------------------------------------------------------------------------
// To bool
// ------------------------------------------------------------------------------------------------

/** PowerShell truthiness (LanguagePrimitives.IsTrue). */
export function toBool(v: unknown): boolean {
  if (v === null || v === undefined) return false;
  switch (typeof v) {
    case 'boolean':
      return v;
    case 'string':
      return v.length > 0;
    case 'number':
      return v !== 0;
    case 'bigint':
      return v !== 0n;
    default:
      break;
  }
  if (Array.isArray(v) || v instanceof PSList) {
    const items = toArray(v);
    if (items.length === 0) return false;
    if (items.length > 1) return true;
    const only = items[0];
    if (isCollection(only)) return toArray(only).length > 0;
    return toBool(only);
  }
  if (v instanceof Uint8Array) return v.length === 0 ? false : v.length > 1 || v[0] !== 0;
  if (v instanceof EnumValue) return v.value !== 0;
  return true;
}

// ------------------------------------------------------------------------------------------------
// Numbers
// ------------------------------------------------------------------------------------------------

const NUMBER_TEXT =
  /^([+-])?(?:0x([0-9a-f]+)|0b([01]+)|((?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?))(ul|lu|uy|us|u|l|d|y|s|n)?(kb|mb|gb|tb|pb)?$/i;
const MULTIPLIERS: Record<string, number> = { kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3, tb: 1024 ** 4, pb: 1024 ** 5 };

/**
 * Parses a string with PowerShell's number rules: surrounding white space, sign, hex (0x10), binary (0b101),
 * exponents, type suffixes (10l, 1.5d) and multipliers (1kb). '' is 0. Undefined when it is not a number.
 */
export function parseNumber(text: string): number | undefined {
  const t = text.trim();
  if (t === '') return 0;
  const m = NUMBER_TEXT.exec(t);
  if (!m) {
    const lower = t.toLowerCase();
    if (lower === 'infinity' || lower === '+infinity' || t === '∞') return Infinity;
    if (lower === '-infinity' || t === '-∞') return -Infinity;
    if (lower === 'nan') return NaN;
    return undefined;
  }
  let value: number;
  if (m[2] !== undefined) {
    const big = BigInt(`0x${m[2]}`);
    // Hex literals wrap into Int32 / Int64 like PowerShell's: 0xFFFFFFFF is -1.
    if (big <= 0xffffffffn) value = Number(BigInt.asIntN(32, big));
    else if (big <= 0xffffffffffffffffn) value = Number(BigInt.asIntN(64, big));
    else return undefined;
  } else if (m[3] !== undefined) {
    value = parseInt(m[3], 2);
  } else value = Number(m[4]);
  if (m[6]) value *= MULTIPLIERS[m[6].toLowerCase()];
  return m[1] === '-' ? -value : value;
}

/** PowerShell's "Cannot convert the "x" value of type "T" to type "U"." for a value no conversion applies to. */
export function cannotConvertObject(v: unknown, target: string): RuntimeError {
  return new RuntimeError(
    makeErrorRecord(`Cannot convert the "${dotnetToString(v)}" value of type "${typeNameOf(v)}" to type "${target}".`, {
      type: 'System.Management.Automation.PSInvalidCastException',
      id: 'ConvertToFinalInvalidCastException',
      category: 'InvalidArgument',
      target: v,
      baseTypeNames: ['System.InvalidCastException', 'System.Management.Automation.RuntimeException', 'System.SystemException', 'System.Exception'],
    }),
  );
}

/** Number for arithmetic: $null → 0, booleans → 0/1, strings parsed; anything else is a conversion error. */
export function toNumber(v: unknown, targetType = 'System.Int32'): number {
  if (typeof v === 'number') return v;
  if (v === null || v === undefined) return 0;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'string') {
    const n = parseNumber(v);
    if (n === undefined) throw conversionError(v, v, targetType, 'Input string was not in a correct format.');
    return n;
  }
  if (v instanceof EnumValue) return v.value;
  if (typeof v === 'bigint') return Number(v);
  throw cannotConvertObject(v, targetType);
}

/** Math.Round's default: to the nearest integer, halves to even. */
export function roundHalfEven(x: number): number {
  const f = Math.floor(x);
  const diff = x - f;
  if (diff > 0.5) return f + 1;
  if (diff < 0.5) return f;
  return f % 2 === 0 ? f : f + 1;
}

interface IntegerType {
  min: number;
  max: number;
  /** Tail of .NET's OverflowException message: "Value was either too large or too small for {an Int32}." */
  article: string;
}

const INTEGER_TYPES: Record<string, IntegerType> = {
  'System.Int32': { min: INT32_MIN, max: INT32_MAX, article: 'an Int32' },
  'System.Int64': { min: -9223372036854775808, max: 9223372036854775807, article: 'an Int64' },
  'System.Int16': { min: -32768, max: 32767, article: 'an Int16' },
  'System.Byte': { min: 0, max: 255, article: 'an unsigned byte' },
  'System.SByte': { min: -128, max: 127, article: 'a signed byte' },
  'System.UInt16': { min: 0, max: 65535, article: 'a UInt16' },
  'System.UInt32': { min: 0, max: 4294967295, article: 'a UInt32' },
  'System.UInt64': { min: 0, max: 18446744073709551615, article: 'a UInt64' },
};

function toInteger(v: unknown, target: string, spec: IntegerType): number {
  let n: number;
  if (typeof v === 'number') n = v;
  else if (typeof v === 'string') {
    const parsed = parseNumber(v);
    if (parsed === undefined) throw conversionError(v, v, target, 'Input string was not in a correct format.');
    n = parsed;
  } else if (v instanceof Date || v instanceof TimeSpan) {
    throw cannotConvertObject(v, target);
  } else n = toNumber(v, target);
  if (!Number.isFinite(n)) throw conversionError(v, toStr(v), target, `Value was either too large or too small for ${spec.article}.`);
  const r = Number.isInteger(n) ? n : roundHalfEven(n);
  if (r < spec.min || r > spec.max) {
    throw conversionError(v, toStr(v), target, `Value was either too large or too small for ${spec.article}.`);
  }
  return r === 0 ? 0 : r;
}

function toDouble(v: unknown, target: string): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'string') {
    const n = parseNumber(v);
    if (n === undefined) throw conversionError(v, v, target, 'Input string was not in a correct format.');
    return n;
  }
  if (v instanceof Date || v instanceof TimeSpan) throw cannotConvertObject(v, target);
  return toNumber(v, target);
}

// ------------------------------------------------------------------------------------------------
// Casts
// ------------------------------------------------------------------------------------------------

export type TypeConverter = (value: unknown, typeName: string) => unknown;
const converters: Array<{ match: (typeName: string) => boolean; convert: TypeConverter }> = [];

/** Adds a converter for types this module does not know (e.g. Amazon.EC2.Model.Filter from a hashtable). Checked first. */
export function registerTypeConverter(match: (typeName: string) => boolean, convert: TypeConverter): void {
  converters.push({ match, convert });
}

function toChar(v: unknown, target: string): string {
  if (typeof v === 'string') {
    if (v.length === 1) return v;
    throw conversionError(v, v, target, 'String must be exactly one character long.');
  }
  if (typeof v === 'number') {
    const code = toInteger(v, target, { min: 0, max: 65535, article: 'a character' });
    return String.fromCharCode(code);
  }
  if (v === null || v === undefined) return '\0';
  throw cannotConvertObject(v, target);
}

function toDateTime(v: unknown, target: string): Date {
  if (v instanceof Date) return v;
  if (typeof v === 'string') {
    const d = parseDateTime(v);
    if (!d) throw conversionError(v, v, target, `String '${v}' was not recognized as a valid DateTime.`);
    return d;
  }
  if (typeof v === 'number' && Number.isInteger(v)) return dateFromTicks(v);
  if (v === null || v === undefined) return dateFromTicks(0);
  throw cannotConvertObject(v, target);
}

function toDateTimeOffset(v: unknown, target: string): DateTimeOffset {
  if (v instanceof DateTimeOffset) return v;
  if (v instanceof Date) return offsetFromDate(v);
  if (typeof v === 'string') {
    const o = parseDateTimeOffset(v);
    if (!o) throw conversionError(v, v, target, `String '${v}' was not recognized as a valid DateTime.`);
    return o;
  }
  throw cannotConvertObject(v, target);
}

function toTimeSpanValue(v: unknown, target: string): TimeSpan {
  if (v instanceof TimeSpan) return v;
  if (typeof v === 'string') {
    const t = parseTimeSpan(v);
    if (!t) throw conversionError(v, v, target, `String '${v}' was not recognized as a valid TimeSpan.`);
    return t;
  }
  if (typeof v === 'number') return new TimeSpan(Math.trunc(v));
  if (v === null || v === undefined) return new TimeSpan(0);
  throw cannotConvertObject(v, target);
}

function toEnum(v: unknown, def: EnumTypeDef): EnumValue {
  if (v instanceof EnumValue && v.type === def) return v;
  if (typeof v === 'number' || v instanceof EnumValue) return new EnumValue(def, typeof v === 'number' ? v : v.value);
  if (typeof v === 'string') {
    const parts = def.flags ? v.split(',') : [v];
    let value = 0;
    for (const p of parts) {
      const num = /^\s*-?\d+\s*$/.test(p) ? parseInt(p, 10) : undefined;
      const member = num === undefined ? enumMember(def, p) : undefined;
      if (num === undefined && !member) {
        throw conversionError(
          v,
          v,
          def.fullName,
          `Unable to match the identifier name ${v} to a valid enumerator name. Specify one of the following enumerator names and try again:\n${def.members.map(([n]) => n).join(', ')}`,
        );
      }
      value |= num ?? member!.value;
    }
    return new EnumValue(def, value);
  }
  if (Array.isArray(v) && def.flags) {
    let value = 0;
    for (const e of v) value |= toEnum(e, def).value;
    return new EnumValue(def, value);
  }
  throw cannotConvertObject(v, def.fullName);
}

function toHashtable(v: unknown, target: string, ordered: boolean): PSHashtable {
  if (v instanceof PSHashtable) {
    if (v.ordered === ordered) return v;
    const h = new PSHashtable(ordered);
    for (const e of v.entries()) h.set(e.key, e.value);
    return h;
  }
  if (v === null || v === undefined) return null as unknown as PSHashtable;
  throw cannotConvertObject(v, target);
}

/** [pscustomobject]@{...}: a PSCustomObject with the hashtable's entries as note properties, in key order. */
export function hashtableToObject(h: PSHashtable): PSObject {
  const o = new PSObject();
  for (const e of h.entries()) {
    const key = toStr(e.key);
    // PSTypeName names the object's type (first in its type names) instead of becoming a property.
    if (key.toLowerCase() === 'pstypename') o.typeNames.unshift(toStr(e.value));
    else o.addNote(key, e.value);
  }
  return o;
}

function toRegex(v: unknown, target: string): RegExp {
  if (v instanceof RegExp) return v;
  const pattern = toStr(v);
  try {
    return dotnetRegex(pattern, {}).re;
  } catch (e) {
    if (e instanceof RegexPatternError) throw conversionError(v, pattern, target, `Invalid pattern '${pattern}': ${e.message}`);
    throw e;
  }
}

function toBytes(v: unknown, target: string): Uint8Array {
  if (v instanceof Uint8Array) return v;
  const items = toArray(v);
  const out = new Uint8Array(items.length);
  items.forEach((e, i) => {
    out[i] = toInteger(e, target.replace(/\[\]$/, ''), INTEGER_TYPES['System.Byte']);
  });
  return out;
}

function toTypedArray(v: unknown, elementType: string): unknown[] {
  if (v === null || v === undefined) return null as unknown as unknown[];
  const items = typeof v === 'string' ? [v] : toArray(v);
  const out = elementType === 'System.Object' ? [...items] : items.map((e) => convertTo(e, elementType));
  return tagArrayElementType(out, elementType);
}

function toScalarFromSingleton(v: unknown): unknown {
  // A one-element collection converts as its element ([int]@('5') is 5).
  if ((Array.isArray(v) || v instanceof PSList) && toArray(v).length === 1) return toArray(v)[0];
  return v;
}

function toVersion(v: unknown, target: string): Version {
  if (v instanceof Version) return v;
  const text = toStr(v);
  const ver = Version.tryParse(text);
  if (!ver) throw conversionError(v, text, target, `Version string portion was too short or too long. (Parameter 'input')`);
  return ver;
}

function toGuid(v: unknown, target: string): Guid {
  if (v instanceof Guid) return v;
  const text = toStr(v);
  const g = Guid.tryParse(text);
  if (!g) throw conversionError(v, text, target, `Unrecognized Guid format.`);
  return g;
}

function uriObject(text: string): PSObject {
  let u: URL;
  try {
    u = new URL(text);
  } catch {
    throw conversionError(text, text, 'System.Uri', 'Invalid URI: The format of the URI could not be determined.');
  }
  const o = new PSObject(['System.Uri', 'System.Object']);
  const port = u.port ? parseInt(u.port, 10) : ({ 'http:': 80, 'https:': 443, 'ftp:': 21 } as Record<string, number>)[u.protocol] ?? -1;
  o.addNote('AbsolutePath', u.pathname, 'Property');
  o.addNote('AbsoluteUri', u.href, 'Property');
  o.addNote('LocalPath', decodeURIComponent(u.pathname), 'Property');
  o.addNote('Authority', u.host, 'Property');
  o.addNote('Host', u.hostname, 'Property');
  o.addNote('Port', port, 'Property');
  o.addNote('Scheme', u.protocol.replace(/:$/, ''), 'Property');
  o.addNote('Query', u.search, 'Property');
  o.addNote('Fragment', u.hash, 'Property');
  o.addNote('PathAndQuery', u.pathname + u.search, 'Property');
  o.addNote('Segments', u.pathname.split(/(?<=\/)/), 'Property');
  o.addNote('UserInfo', u.username ? `${u.username}${u.password ? `:${u.password}` : ''}` : '', 'Property');
  o.addNote('IsAbsoluteUri', true, 'Property');
  o.addNote('OriginalString', text, 'Property');
  o.sealed = true;
  o.toStringOverride = () => text;
  return o;
}

function ipAddressObject(text: string): PSObject {
  const t = text.trim();
  const v4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(t);
  const isV6 = !v4 && /^[0-9a-f:.]+$/i.test(t) && t.includes(':');
  if (!(v4 && v4.slice(1).every((p) => +p <= 255)) && !isV6) {
    throw conversionError(text, text, 'System.Net.IPAddress', 'An invalid IP address was specified.');
  }
  const o = new PSObject(['System.Net.IPAddress', 'System.Object']);
  o.addNote('AddressFamily', isV6 ? 'InterNetworkV6' : 'InterNetwork', 'Property');
  o.addNote('IPAddressToString', t, 'Property');
  o.addNote('IsIPv6LinkLocal', isV6 && /^fe80:/i.test(t), 'Property');
  o.sealed = true;
  o.toStringOverride = () => t;
  return o;
}

/**
 * A cast or parameter coercion to a .NET type by full or accelerator name ([int]'5', [datetime]'2024-01-15',
 * [string[]]$x, [pscustomobject]@{...}). Throws PowerShell's conversion errors; unknown types fail with
 * "Unable to find type [X].".
 */
export function convertTo(v: unknown, typeName: string): unknown {
  // Hot paths for the binder: no conversion needed.
  switch (typeName) {
    case 'System.Object':
    case 'object':
      return v === undefined ? null : v;
    case 'System.String':
    case 'string':
      if (typeof v === 'string') return v;
      break;
    case 'System.Int32':
    case 'int':
      if (typeof v === 'number' && Number.isInteger(v) && v >= INT32_MIN && v <= INT32_MAX) return v;
      break;
    default:
      break;
  }
  if (v === undefined) v = null;
  // [pscustomobject] and [psobject] name the same type, but only the former turns a hashtable into an object.
  if (v instanceof PSHashtable && /^(pscustomobject|system\.management\.automation\.pscustomobject)$/i.test(typeName)) return hashtableToObject(v);
  for (const c of converters) if (c.match(typeName)) return c.convert(v, typeName);
  const type = requireType(typeName);
  const full = type.fullName;
  if (full !== typeName) for (const c of converters) if (c.match(full)) return c.convert(v, full);
  return convertToType(v, type);
}

/** convertTo for an already resolved type. */
export function convertToType(v: unknown, type: TypeRef): unknown {
  const full = type.fullName;
  if (type instanceof GenericTypeRef) return convertToGeneric(v, type);
  if (type.isArray) {
    const el = type.elementType!.fullName;
    if (el === 'System.Byte') return v === null ? null : toBytes(v, full);
    if (el === 'System.Char' && typeof v === 'string') return tagArrayElementType([...v], 'System.Char');
    return toTypedArray(v, el);
  }
  const intSpec = INTEGER_TYPES[full];
  if (intSpec) return v === null ? 0 : toInteger(toScalarFromSingleton(v), full, intSpec);
  switch (full) {
    case 'System.Object':
      return v;
    case 'System.String':
      if (v === null) return '';
      if (isScriptBlock(v)) return v.text;
      return toStr(v);
    case 'System.Double':
    case 'System.Decimal':
      return v === null ? 0 : toDouble(toScalarFromSingleton(v), full);
    case 'System.Single':
      return v === null ? 0 : Math.fround(toDouble(toScalarFromSingleton(v), full));
    case 'System.Numerics.BigInteger':
      return v === null ? 0 : roundHalfEven(toDouble(toScalarFromSingleton(v), full));
    case 'System.Boolean':
    case 'System.Management.Automation.SwitchParameter':
      return toBool(v);
    case 'System.Char':
      return toChar(toScalarFromSingleton(v), full);
    case 'System.DateTime':
      return toDateTime(toScalarFromSingleton(v), full);
    case 'System.TimeSpan':
      return toTimeSpanValue(toScalarFromSingleton(v), full);
    case 'System.DateTimeOffset':
      return toDateTimeOffset(toScalarFromSingleton(v), full);
    case 'System.Array':
      if (v === null) return null;
      return isCollection(v) ? (Array.isArray(v) ? v : toArray(v).slice()) : [v];
    case 'System.Collections.Hashtable':
      return toHashtable(v, full, false);
    case 'System.Collections.Specialized.OrderedDictionary':
      return toHashtable(v, full, true);
    case 'System.Management.Automation.PSObject':
      return v;
    case 'System.Management.Automation.PSCustomObject':
      if (v instanceof PSHashtable) return hashtableToObject(v);
      return v;
    case 'System.Management.Automation.ScriptBlock':
      if (v === null || isScriptBlock(v)) return v;
      throw cannotConvertObject(v, full);
    case 'System.Text.RegularExpressions.Regex':
      return v === null ? null : toRegex(v, full);
    case 'System.Guid':
      return toGuid(toScalarFromSingleton(v), full);
    case 'System.Version':
      return v === null ? null : toVersion(toScalarFromSingleton(v), full);
    case 'System.Type':
    case 'System.RuntimeType':
      if (v === null || v instanceof TypeRef) return v;
      if (typeof v === 'string') return requireType(v);
      throw cannotConvertObject(v, full);
    case 'System.Uri':
      return v === null ? null : uriObject(toStr(v));
    case 'System.Net.IPAddress':
      return v === null ? null : ipAddressObject(toStr(v));
    case 'System.Void':
      return null;
    case 'System.Collections.ArrayList':
      return PSList.arrayList(toArray(v).slice());
    case 'System.Management.Automation.ErrorRecord':
      if (v instanceof ErrorRecord) return v;
      throw cannotConvertObject(v, full);
    case PSREFERENCE_TYPE:
      // A cast ([ref]5) wraps a value in the evaluator; a [ref] parameter takes only a reference, as pwsh's binder.
      if (v instanceof PSReference) return v;
      throw referenceTypeExpected(v);
    case 'System.Xml.XmlDocument':
      fail(`Cannot convert value to type "System.Xml.XmlDocument": XML documents are not supported by awsps.`, {
        id: 'InvalidCastToXmlDocument',
        category: 'NotImplemented',
        target: v,
      });
      break;
    default:
      break;
  }
  const enumDef = getEnumType(full);
  if (enumDef) return toEnum(toScalarFromSingleton(v), enumDef);
  if (v === null) return null;
  if (isInstanceOf(v, type)) return v;
  throw cannotConvertObject(v, full);
}

function referenceTypeExpected(v: unknown): RuntimeError {
  return new RuntimeError(
    makeErrorRecord('Reference type is expected in argument.', {
      type: 'System.Management.Automation.PSInvalidCastException',
      id: 'InvalidCastExceptionReferenceTypeExpected',
      category: 'InvalidArgument',
      target: v,
      baseTypeNames: ['System.InvalidCastException', 'System.Management.Automation.RuntimeException', 'System.SystemException', 'System.Exception'],
    }),
  );
}

const DELEGATE_TYPES = new Set(['System.Func', 'System.Action', 'System.Predicate', 'System.Comparison', 'System.Converter']);

function convertToGeneric(v: unknown, type: GenericTypeRef): unknown {
  const def = type.definition;
  if (def === 'System.Collections.Generic.List' || def === 'System.Collections.Generic.HashSet') {
    const el = type.typeArguments[0].fullName;
    if (v instanceof PSList && v.typeName === type.fullName) return v;
    const items = toArray(v).map((e) => convertTo(e, el));
    return new PSList(def.endsWith('HashSet') ? [...new Set(items)] : items, el, type.fullName);
  }
  if (def === 'System.Collections.Generic.Dictionary') return toHashtable(v, type.fullName, true);
  // [Func[int,bool]]{ ... }: the script block itself is the delegate (a static call runs it with $args).
  if (DELEGATE_TYPES.has(def) && (v === null || isScriptBlock(v))) return v;
  throw cannotConvertObject(v, type.fullName);
}

/** -as: the conversion, or $null when it fails. */
export function tryConvertTo(v: unknown, typeName: string | TypeRef): unknown {
  try {
    return typeof typeName === 'string' ? convertTo(v, typeName) : convertToType(v, typeName);
  } catch (e) {
    // `5 -as [ref]` wraps the value, as the cast does (only a [ref] parameter insists on a reference).
    if (e instanceof RuntimeError && (typeof typeName === 'string' ? resolveTypeName(typeName) : typeName)?.fullName === PSREFERENCE_TYPE) return new PSReference(v);
    if (e instanceof RuntimeError) return null;
    throw e;
  }
}

/** Dates keep their Kind when converted between local and UTC. */
export function toUniversal(d: Date): Date {
  return dateKind(d) === 'Utc' ? d : withKind(new Date(d.getTime()), 'Utc');
}

export function toLocal(d: Date): Date {
  return dateKind(d) === 'Local' ? d : withKind(new Date(d.getTime()), 'Local');
}
