// PowerShell's binary and unary operators. The LEFT operand's type decides the operation ('5' + 1 is '51',
// 1 + '5' is 6), comparisons convert the right operand to the left operand's type, are case-insensitive unless
// the -c form is used, and filter element-wise when the left operand is a collection.

import { PSHashtable } from '../objects/hashtable.js';
import { PSObject } from '../objects/psobject.js';
import { TimeSpan } from '../objects/timespan.js';
import { TypeRef } from '../objects/typeref.js';
import { EnumValue } from '../objects/enum-value.js';
import { ConstantValue } from '../objects/constant-value.js';
import { Guid } from '../objects/guid.js';
import { Version } from '../objects/version.js';
import { DateTimeOffset } from '../objects/datetime-offset.js';
import { RuntimeError, fail, makeErrorRecord } from './errors.js';
import {
  convertTo,
  dotnetToString,
  isCollection,
  isInstanceOf,
  isScriptBlock,
  numberTypeName,
  parseNumber,
  roundHalfEven,
  toArray,
  toBool,
  toNumber,
  toStr,
  tryConvertTo,
  typeNameOf,
} from './conversions.js';
import { DotNetFormatError, formatComposite } from './dotnet-format.js';
import { dotnetRegex, execAt, matchesTable, regexReplace, regexSplit, RegexPatternError, type DotNetRegex, type RegexOptions } from './values/regex.js';
import { addTicks } from './methods/value-methods.js';
import type { ScriptBlockLike } from '../pipeline/types.js';

/** Side channel for operators that touch engine state. */
export interface OperatorState {
  /** Receives the new $Matches when -match / -notmatch on a scalar matched. */
  matches?: PSHashtable | null;
  /** Runs a script block ($_ set to dollarUnder); needed for -replace / -split with a script block. */
  invoke?: (sb: ScriptBlockLike, dollarUnder: unknown, args: unknown[]) => unknown;
}

// ------------------------------------------------------------------------------------------------
// Errors
// ------------------------------------------------------------------------------------------------

function opTypeName(v: unknown): string {
  if (v instanceof PSObject && v.typeNames[0] === 'System.Management.Automation.PSCustomObject') return 'System.Management.Automation.PSObject';
  return typeNameOf(v);
}

/** "Method invocation failed because [T] does not contain a method named 'op_X'." */
export function methodNotFound(typeName: string, method: string, target?: unknown): RuntimeError {
  return new RuntimeError(
    makeErrorRecord(`Method invocation failed because [${typeName}] does not contain a method named '${method}'.`, {
      id: 'MethodNotFound',
      category: 'InvalidOperation',
      target: target ?? null,
    }),
  );
}

function divideByZero(): never {
  const record = makeErrorRecord('Attempted to divide by zero.', {
    type: 'System.Management.Automation.RuntimeException',
    id: 'RuntimeException',
    category: 'NotSpecified',
    baseTypeNames: ['System.SystemException', 'System.Exception'],
  });
  // As in PowerShell, the RuntimeException wraps the DivideByZeroException (catch [DivideByZeroException] works).
  record.exception.innerException = { typeName: 'System.DivideByZeroException', message: 'Attempted to divide by zero.', baseTypeNames: ['System.ArithmeticException', 'System.SystemException', 'System.Exception'] };
  throw new RuntimeError(record);
}

const operatorRegexes = [new Map<string, DotNetRegex>(), new Map<string, DotNetRegex>()];

/** The compiled pattern for -match/-replace/-split (cached per case sensitivity; no per-call allocation). */
function operatorRegex(pattern: string, caseSensitive: boolean): DotNetRegex {
  const cache = operatorRegexes[caseSensitive ? 1 : 0];
  const hit = cache.get(pattern);
  if (hit) return hit;
  const rx = regexFor(pattern, { ignoreCase: !caseSensitive });
  if (cache.size > 1000) cache.clear();
  cache.set(pattern, rx);
  return rx;
}

function regexFor(pattern: string, options: RegexOptions): DotNetRegex {
  try {
    return dotnetRegex(pattern, options);
  } catch (e) {
    if (e instanceof RegexPatternError) {
      fail(`The regular expression pattern ${pattern} is not valid.`, { id: 'InvalidRegularExpression', category: 'InvalidOperation', target: pattern });
    }
    throw e;
  }
}

// ------------------------------------------------------------------------------------------------
// Arithmetic
// ------------------------------------------------------------------------------------------------

function num(v: number | boolean): number {
  return typeof v === 'boolean' ? (v ? 1 : 0) : v;
}

function normalizeZero(n: number): number {
  return n === 0 ? 0 : n;
}

function addTicksToDate(d: Date, ticks: number): Date {
  return addTicks(d, ticks);
}

function mergeHashtables(l: PSHashtable, r: PSHashtable): PSHashtable {
  const h = l.clone();
  for (const e of r.entries()) {
    if (h.has(e.key)) {
      const existing = h.keys().find((k) => (typeof k === 'string' && typeof e.key === 'string' ? k.toLowerCase() === e.key.toLowerCase() : k === e.key));
      fail(`Item has already been added. Key in dictionary: '${toStr(existing)}'  Key being added: '${toStr(e.key)}'`, {
        type: 'System.ArgumentException',
        id: 'System.ArgumentException',
        category: 'NotSpecified',
      });
    }
    h.set(e.key, e.value);
  }
  return h;
}

export function add(l: unknown, r: unknown): unknown {
  if (typeof l === 'number') {
    if (typeof r === 'number') return l + r;
    return l + toNumber(r, numberTypeName(l));
  }
  if (typeof l === 'string') return l + toStr(r);
  if (l === null || l === undefined) {
    if (r === undefined) return null;
    return Array.isArray(r) ? [...r] : r;
  }
  if (typeof l === 'boolean') return num(l) + toNumber(r);
  if (isCollection(l)) {
    const items = toArray(l);
    return isCollection(r) ? [...items, ...toArray(r)] : [...items, r === undefined ? null : r];
  }
  if (l instanceof PSHashtable) {
    if (!(r instanceof PSHashtable)) fail('A hash table can only be added to another hash table.', { id: 'AddHashTableToNonHashTable', category: 'InvalidOperation' });
    return mergeHashtables(l, r);
  }
  if (l instanceof Date) {
    if (r instanceof TimeSpan) return addTicksToDate(l, r.ticks);
    if (typeof r === 'number') return addTicksToDate(l, r);
    throw methodNotFound('System.DateTime', 'op_Addition', l);
  }
  if (l instanceof TimeSpan) {
    if (r instanceof TimeSpan) return new TimeSpan(l.ticks + r.ticks);
    if (r instanceof Date) return addTicksToDate(r, l.ticks);
    throw methodNotFound('System.TimeSpan', 'op_Addition', l);
  }
  if (l instanceof EnumValue) return new EnumValue(l.type, l.value + toNumber(r));
  if (l instanceof DateTimeOffset && r instanceof TimeSpan) return new DateTimeOffset(l.instantMs + r.totalMilliseconds, l.offsetMinutes);
  throw methodNotFound(opTypeName(l), 'op_Addition', l);
}

/** Left operand of - * / % converted to a number (strings are parsed, $null is 0). */
function numericLeft(l: unknown, method: string): number | undefined {
  if (typeof l === 'number') return l;
  if (typeof l === 'boolean') return num(l);
  if (l === null || l === undefined) return 0;
  if (typeof l === 'string') return toNumber(l);
  if (l instanceof EnumValue) return l.value;
  if (isCollection(l) || l instanceof PSHashtable || l instanceof PSObject) throw methodNotFound(opTypeName(l), method, l);
  return undefined;
}

export function subtract(l: unknown, r: unknown): unknown {
  if (l instanceof Date) {
    if (r instanceof Date) return new TimeSpan((l.getTime() - r.getTime()) * 10_000);
    if (r instanceof TimeSpan) return addTicksToDate(l, -r.ticks);
    throw methodNotFound('System.DateTime', 'op_Subtraction', l);
  }
  if (l instanceof TimeSpan) {
    if (r instanceof TimeSpan) return new TimeSpan(l.ticks - r.ticks);
    throw methodNotFound('System.TimeSpan', 'op_Subtraction', l);
  }
  if (l instanceof DateTimeOffset) {
    if (r instanceof DateTimeOffset) return new TimeSpan((l.instantMs - r.instantMs) * 10_000);
    if (r instanceof TimeSpan) return new DateTimeOffset(l.instantMs - r.totalMilliseconds, l.offsetMinutes);
    throw methodNotFound('System.DateTimeOffset', 'op_Subtraction', l);
  }
  const a = numericLeft(l, 'op_Subtraction');
  if (a === undefined) throw methodNotFound(opTypeName(l), 'op_Subtraction', l);
  return normalizeZero(a - toNumber(r, numberTypeName(a)));
}

export function multiply(l: unknown, r: unknown): unknown {
  if (typeof l === 'number') return normalizeZero(l * toNumber(r, numberTypeName(l)));
  if (typeof l === 'string') {
    const n = convertTo(r, 'System.Int32') as number;
    if (n < 0) fail(`Cannot convert value "${toStr(r)}" to type "System.Int32". Error: "Value was either too large or too small for a UInt32."`);
    return l.repeat(n);
  }
  if (l === null || l === undefined) return null;
  if (isCollection(l)) {
    const n = convertTo(r, 'System.Int32') as number;
    const items = toArray(l);
    const out: unknown[] = [];
    for (let i = 0; i < n; i++) for (const e of items) out.push(e);
    return out;
  }
  if (typeof l === 'boolean') return num(l) * toNumber(r);
  if (l instanceof TimeSpan && typeof r === 'number') return new TimeSpan(Math.round(l.ticks * r));
  throw methodNotFound(opTypeName(l), 'op_Multiply', l);
}

export function divide(l: unknown, r: unknown): unknown {
  if (l instanceof TimeSpan) {
    if (r instanceof TimeSpan) return l.ticks / r.ticks;
    const d = toNumber(r, 'System.Double');
    if (d === 0) divideByZero();
    return new TimeSpan(Math.round(l.ticks / d));
  }
  const a = numericLeft(l, 'op_Division');
  if (a === undefined) throw methodNotFound(opTypeName(l), 'op_Division', l);
  const b = toNumber(r, numberTypeName(a));
  if (b === 0) divideByZero();
  return normalizeZero(a / b);
}

export function modulo(l: unknown, r: unknown): unknown {
  const a = numericLeft(l, 'op_Modulus');
  if (a === undefined) throw methodNotFound(opTypeName(l), 'op_Modulus', l);
  const b = toNumber(r, numberTypeName(a));
  if (b === 0) divideByZero();
  return normalizeZero(a % b);
}

// ------------------------------------------------------------------------------------------------
// Bitwise
// ------------------------------------------------------------------------------------------------

function toInt64ish(v: unknown): number {
  if (v instanceof EnumValue) return v.value;
  const n = typeof v === 'number' ? v : toNumber(v);
  return Number.isInteger(n) ? n : roundHalfEven(n);
}

function isInt32(n: number): boolean {
  return n >= -2147483648 && n <= 2147483647;
}

function bitwise(op: 'and' | 'or' | 'xor', l: unknown, r: unknown): unknown {
  const a = toInt64ish(l);
  const b = toInt64ish(r);
  let result: number;
  if (isInt32(a) && isInt32(b)) result = op === 'and' ? a & b : op === 'or' ? a | b : a ^ b;
  else {
    const x = BigInt(a);
    const y = BigInt(b);
    result = Number(BigInt.asIntN(64, op === 'and' ? x & y : op === 'or' ? x | y : x ^ y));
  }
  if (l instanceof EnumValue) return new EnumValue(l.type, result);
  return result;
}

function shift(left: boolean, l: unknown, r: unknown): number {
  const a = toInt64ish(l);
  const b = toInt64ish(r);
  if (isInt32(a)) return left ? a << (b & 31) : a >> (b & 31);
  const x = BigInt(a);
  const s = BigInt(b & 63);
  return Number(BigInt.asIntN(64, left ? x << s : x >> s));
}

function bnot(v: unknown): unknown {
  const a = toInt64ish(v);
  const result = isInt32(a) ? ~a : Number(BigInt.asIntN(64, ~BigInt(a)));
  if (v instanceof EnumValue) return new EnumValue(v.type, result);
  return result;
}

// ------------------------------------------------------------------------------------------------
// Strings, culture-aware comparison and wildcards
// ------------------------------------------------------------------------------------------------

// Created on first use: building a collator loads ICU data, which would slow every start-up.
let collatorIgnoreCase: Intl.Collator | undefined;
let collatorCase: Intl.Collator | undefined;

function collator(caseSensitive: boolean): Intl.Collator {
  if (caseSensitive) return (collatorCase ??= new Intl.Collator('en-US', { sensitivity: 'variant', caseFirst: 'lower' }));
  return (collatorIgnoreCase ??= new Intl.Collator('en-US', { sensitivity: 'accent' }));
}

export function compareStrings(a: string, b: string, caseSensitive = false): number {
  if (a === b) return 0;
  const c = collator(caseSensitive).compare(a, b);
  if (c !== 0 || !caseSensitive) return c < 0 ? -1 : c > 0 ? 1 : 0;
  return a < b ? -1 : 1;
}

export function stringsEqual(a: string, b: string, caseSensitive = false): boolean {
  if (a === b) return true;
  if (caseSensitive || a.length !== b.length) return false;
  // ASCII fast path without allocating lower-cased copies.
  for (let i = 0; i < a.length; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    if (x > 127 || y > 127) return a.toLowerCase() === b.toLowerCase() || a.toUpperCase() === b.toUpperCase();
    if ((x | 32) !== (y | 32) || (x | 32) < 97 || (x | 32) > 122) return false;
  }
  return true;
}

const wildcardCaches = [new Map<string, RegExp>(), new Map<string, RegExp>()];

/** A WildcardPattern as a RegExp: * ? [a-z] [abc], ` escapes; anchored, matching across lines. */
export function wildcardToRegExp(pattern: string, caseSensitive = false): RegExp {
  const wildcardCache = wildcardCaches[caseSensitive ? 1 : 0];
  const hit = wildcardCache.get(pattern);
  if (hit) return hit;
  let src = '^';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '*') src += '[\\s\\S]*';
    else if (c === '?') src += '[\\s\\S]';
    else if (c === '`' && i + 1 < pattern.length) src += escapeRegExp(pattern[++i]);
    else if (c === '[') {
      const end = findClassEnd(pattern, i);
      if (end < 0) {
        fail(`The specified wildcard character pattern is not valid: ${pattern}`, { id: 'WildcardPatternException', category: 'InvalidArgument', target: pattern });
      }
      let body = '';
      for (let j = i + 1; j < end; j++) {
        const ch = pattern[j];
        if (ch === '`' && j + 1 < end) body += escapeClassChar(pattern[++j]);
        else if (ch === '-') body += '-';
        else body += escapeClassChar(ch);
      }
      src += `[${body}]`;
      i = end;
    } else src += escapeRegExp(c);
  }
  src += '$';
  const re = new RegExp(src, caseSensitive ? '' : 'i');
  if (wildcardCache.size > 1000) wildcardCache.clear();
  wildcardCache.set(pattern, re);
  return re;
}

function findClassEnd(pattern: string, start: number): number {
  for (let j = start + 1; j < pattern.length; j++) {
    if (pattern[j] === '`') j++;
    else if (pattern[j] === ']') return j;
  }
  return -1;
}

function escapeRegExp(c: string): string {
  return c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

function escapeClassChar(c: string): string {
  return c.replace(/[\]\\^]/g, '\\$&');
}

/** True when the text contains wildcard characters (* ? [). */
export function hasWildcard(text: string): boolean {
  return /[*?[]/.test(text);
}

/** -like: does the text match the wildcard pattern? */
export function likeMatch(text: string, pattern: string, caseSensitive = false): boolean {
  if (!hasWildcard(pattern) && !pattern.includes('`')) return stringsEqual(text, pattern, caseSensitive);
  return wildcardToRegExp(pattern, caseSensitive).test(text);
}

// ------------------------------------------------------------------------------------------------
// Equality and ordering
// ------------------------------------------------------------------------------------------------

/** -eq for two scalars: the right operand is converted to the left operand's type; failures are "not equal". */
export function valuesEqual(l: unknown, r: unknown, caseSensitive = false): boolean {
  if (l === undefined) l = null;
  if (r === undefined) r = null;
  if (l === null) return r === null;
  if (r === null) return false;
  switch (typeof l) {
    case 'string':
      return stringsEqual(l, typeof r === 'string' ? r : toStr(r), caseSensitive);
    case 'number': {
      if (typeof r === 'number') return l === r;
      if (typeof r === 'boolean') return l === (r ? 1 : 0);
      if (typeof r === 'string') {
        // The right operand converts to the left operand's type: 2 -eq '1.5' is True (1.5 rounds to 2).
        const n = parseNumber(r);
        if (n === undefined) return false;
        return (Number.isInteger(l) && !Number.isInteger(n) ? roundHalfEven(n) : n) === l;
      }
      if (r instanceof EnumValue) return l === r.value;
      if (isCollection(r) && toArray(r).length === 1) return valuesEqual(l, toArray(r)[0], caseSensitive);
      return false;
    }
    case 'boolean':
      return l === toBool(r);
    default:
      break;
  }
  if (l === r) return true;
  if (l instanceof Date) {
    const d = r instanceof Date ? r : tryConvertTo(r, 'System.DateTime');
    return d instanceof Date && d.getTime() === l.getTime();
  }
  if (l instanceof DateTimeOffset) {
    const o = tryConvertTo(r, 'System.DateTimeOffset');
    return o instanceof DateTimeOffset && o.instantMs === l.instantMs;
  }
  if (l instanceof TimeSpan) {
    const t = r instanceof TimeSpan ? r : tryConvertTo(r, 'System.TimeSpan');
    return t instanceof TimeSpan && t.ticks === l.ticks;
  }
  if (l instanceof EnumValue) {
    const e = tryConvertTo(r, l.type.fullName);
    return e instanceof EnumValue && e.value === l.value;
  }
  // ConstantClass.Equals: a constant or string of the same value, ignoring case (-ceq too, as in .NET).
  if (l instanceof ConstantValue) return l.equals(r);
  if (l instanceof Guid) {
    const g = tryConvertTo(r, 'System.Guid');
    return g instanceof Guid && g.value === l.value;
  }
  if (l instanceof Version) {
    const v = tryConvertTo(r, 'System.Version');
    return v instanceof Version && v.compareTo(l) === 0;
  }
  if (l instanceof TypeRef) {
    const t = r instanceof TypeRef ? r : tryConvertTo(r, 'System.Type');
    return t instanceof TypeRef && t.fullName.toLowerCase() === l.fullName.toLowerCase();
  }
  if (l instanceof RegExp && r instanceof RegExp) return false;
  return false;
}

function compareFailure(l: unknown, r: unknown, detail: string): RuntimeError {
  return new RuntimeError(
    makeErrorRecord(`Could not compare "${toStr(l)}" to "${toStr(r)}". Error: "${detail}"`, {
      id: 'ComparisonFailure',
      category: 'InvalidOperation',
      target: l,
    }),
  );
}

function notComparable(l: unknown): RuntimeError {
  return new RuntimeError(
    makeErrorRecord(`Cannot compare "${dotnetToString(l)}" because it is not IComparable.`, {
      id: 'NotIcomparable',
      category: 'InvalidOperation',
      target: l,
    }),
  );
}

function sign(n: number): number {
  return n < 0 ? -1 : n > 0 ? 1 : 0;
}

/** Where $null sorts relative to a value: below everything except negative numbers. */
function compareNullTo(v: unknown): number {
  if (typeof v === 'number' && v < 0) return 1;
  return -1;
}

function convertForCompare<T>(l: unknown, r: unknown, typeName: string): T {
  try {
    return convertTo(r, typeName) as T;
  } catch (e) {
    if (e instanceof RuntimeError) throw compareFailure(l, r, e.message);
    throw e;
  }
}

/**
 * Ordering for -lt/-gt/-le/-ge: the right operand is converted to the left operand's type.
 * Throws PowerShell's errors for values that cannot be compared.
 */
export function compareOrdered(l: unknown, r: unknown, caseSensitive = false): number {
  if (l === undefined) l = null;
  if (r === undefined) r = null;
  if (l === null) return r === null ? 0 : compareNullTo(r);
  if (r === null) return -compareNullTo(l);
  switch (typeof l) {
    case 'string':
      return compareStrings(l, typeof r === 'string' ? r : toStr(r), caseSensitive);
    case 'number': {
      let b: number;
      if (typeof r === 'number') b = r;
      else if (typeof r === 'boolean') b = r ? 1 : 0;
      else if (r instanceof EnumValue) b = r.value;
      else b = convertForCompare<number>(l, r, numberTypeName(l));
      if (Number.isNaN(l) || Number.isNaN(b)) return Number.isNaN(l) ? (Number.isNaN(b) ? 0 : -1) : 1;
      return sign(l - b);
    }
    case 'boolean': {
      const b = toBool(r);
      return l === b ? 0 : l ? 1 : -1;
    }
    default:
      break;
  }
  if (l instanceof Date) return sign(l.getTime() - convertForCompare<Date>(l, r, 'System.DateTime').getTime());
  if (l instanceof TimeSpan) return sign(l.ticks - convertForCompare<TimeSpan>(l, r, 'System.TimeSpan').ticks);
  if (l instanceof DateTimeOffset) return sign(l.instantMs - convertForCompare<DateTimeOffset>(l, r, 'System.DateTimeOffset').instantMs);
  if (l instanceof EnumValue) return sign(l.value - convertForCompare<EnumValue>(l, r, l.type.fullName).value);
  if (l instanceof Version) return l.compareTo(convertForCompare<Version>(l, r, 'System.Version'));
  if (l instanceof Guid) return compareStrings(l.value, convertForCompare<Guid>(l, r, 'System.Guid').value, true);
  throw notComparable(l);
}

/** Sort-Object ordering: $null first, numbers numerically, strings by culture; never throws. */
export function compareValues(a: unknown, b: unknown, caseSensitive = false): number {
  if (a === undefined) a = null;
  if (b === undefined) b = null;
  if (a === null || b === null) return a === b ? 0 : a === null ? -1 : 1;
  if (typeof a === 'number' && typeof b === 'number') return a < b ? -1 : a > b ? 1 : 0;
  if (typeof a === 'string' && typeof b === 'string') return compareStrings(a, b, caseSensitive);
  // A ConstantClass is not IComparable: Sort-Object compares its text (without throwing for every pair).
  if (a instanceof ConstantValue) return compareStrings(a.value, toStr(b), caseSensitive);
  try {
    return compareOrdered(a, b, caseSensitive);
  } catch (e) {
    if (!(e instanceof RuntimeError)) throw e;
    return compareStrings(toStr(a), toStr(b), caseSensitive);
  }
}

// ------------------------------------------------------------------------------------------------
// Comparison operators
// ------------------------------------------------------------------------------------------------

type ComparisonKind = 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le' | 'like' | 'notlike' | 'match' | 'notmatch';

function compareScalar(kind: ComparisonKind, l: unknown, r: unknown, cs: boolean, state?: OperatorState, setMatches = false): boolean {
  switch (kind) {
    case 'eq':
      return valuesEqual(l, r, cs);
    case 'ne':
      return !valuesEqual(l, r, cs);
    case 'gt':
      return compareOrdered(l, r, cs) > 0;
    case 'ge':
      return compareOrdered(l, r, cs) >= 0;
    case 'lt':
      return compareOrdered(l, r, cs) < 0;
    case 'le':
      return compareOrdered(l, r, cs) <= 0;
    case 'like':
      return likeMatch(toStr(l), toStr(r), cs);
    case 'notlike':
      return !likeMatch(toStr(l), toStr(r), cs);
    case 'match':
    case 'notmatch': {
      const rx = operatorRegex(typeof r === 'string' ? r : toStr(r), cs);
      const m = execAt(rx, typeof l === 'string' ? l : toStr(l));
      if (m && setMatches && state) state.matches = matchesTable(rx, m);
      return kind === 'match' ? m !== null : m === null;
    }
  }
}

function comparison(kind: ComparisonKind, l: unknown, r: unknown, cs: boolean, state?: OperatorState): unknown {
  if (isCollection(l)) {
    const out: unknown[] = [];
    for (const e of toArray(l)) if (compareScalar(kind, e, r, cs)) out.push(e);
    return out;
  }
  return compareScalar(kind, l, r, cs, state, true);
}

function containment(collection: unknown, item: unknown, cs: boolean): boolean {
  for (const e of toArray(collection)) if (valuesEqual(e, item, cs)) return true;
  return false;
}

// ------------------------------------------------------------------------------------------------
// -replace, -split, -join, -f
// ------------------------------------------------------------------------------------------------

function replaceOne(input: string, rx: DotNetRegex, replacement: unknown, state?: OperatorState): string {
  if (isScriptBlock(replacement)) {
    const invoke = state?.invoke;
    if (!invoke) fail('A script block replacement needs the engine to evaluate it.', { id: 'ScriptBlockReplacementUnavailable', category: 'NotImplemented' });
    return regexReplace(rx, input, (m) => toStr(invoke(replacement, m, [m])));
  }
  return regexReplace(rx, input, toStr(replacement));
}

function replaceOperator(l: unknown, r: unknown, cs: boolean, state?: OperatorState): unknown {
  let pattern: unknown;
  let replacement: unknown = '';
  if (isCollection(r)) {
    const parts = toArray(r);
    if (parts.length > 2) {
      fail(`The -replace operator allows only two elements to follow it, not ${parts.length}.`, { id: 'BadReplaceArgument', category: 'InvalidOperation' });
    }
    pattern = parts[0];
    if (parts.length === 2) replacement = parts[1];
  } else pattern = r;
  const rx = operatorRegex(toStr(pattern), cs);
  if (isCollection(l)) return toArray(l).map((e) => replaceOne(toStr(e), rx, replacement, state));
  return replaceOne(toStr(l), rx, replacement, state);
}

interface SplitOptions {
  simple: boolean;
  regex: RegexOptions;
}

function parseSplitOptions(text: string, cs: boolean): SplitOptions {
  const opts: SplitOptions = { simple: false, regex: { ignoreCase: !cs } };
  for (const raw of text.split(',')) {
    const o = raw.trim().toLowerCase();
    if (!o || o === 'none' || o === 'regexmatch' || o === 'cultureinvariant') continue;
    if (o === 'simplematch') opts.simple = true;
    else if (o === 'ignorecase') opts.regex.ignoreCase = true;
    else if (o === 'multiline') opts.regex.multiline = true;
    else if (o === 'singleline') opts.regex.singleline = true;
    else if (o === 'ignorepatternwhitespace') opts.regex.ignorePatternWhitespace = true;
    else if (o === 'explicitcapture') opts.regex.explicitCapture = true;
    else {
      fail(
        `Cannot convert value "${raw.trim()}" to type "System.Management.Automation.SplitOptions". Error: "Unable to match the identifier name ${raw.trim()} to a valid enumerator name. Specify one of the following enumerator names and try again:\nSimpleMatch, RegexMatch, CultureInvariant, IgnorePatternWhitespace, Multiline, Singleline, IgnoreCase, ExplicitCapture"`,
        { id: 'InvalidCastFromStringToEnum', category: 'InvalidArgument' },
      );
    }
  }
  if (opts.simple && (opts.regex.multiline || opts.regex.singleline || opts.regex.ignorePatternWhitespace || opts.regex.explicitCapture)) {
    fail('Cannot use the specified split options with the SimpleMatch option.', { id: 'InvalidSplitOptionCombination', category: 'InvalidOperation' });
  }
  return opts;
}

function escapeForRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function splitWithPredicate(input: string, sb: ScriptBlockLike, limit: number, state?: OperatorState): string[] {
  const invoke = state?.invoke;
  if (!invoke) fail('A script block delimiter needs the engine to evaluate it.', { id: 'ScriptBlockSplitUnavailable', category: 'NotImplemented' });
  const out: string[] = [];
  let cur = '';
  for (let i = 0; i < input.length; i++) {
    const ch = input[i];
    if ((limit <= 0 || out.length < limit - 1) && toBool(invoke(sb, ch, [ch, i]))) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

function splitOperator(l: unknown, r: unknown, cs: boolean, state?: OperatorState): string[] {
  const parts = isCollection(r) ? toArray(r) : [r];
  const delimiter = parts[0];
  const limit = parts.length > 1 ? (convertTo(parts[1], 'System.Int32') as number) : 0;
  const inputs = isCollection(l) ? toArray(l) : [l];
  const out: string[] = [];
  if (isScriptBlock(delimiter)) {
    for (const e of inputs) out.push(...splitWithPredicate(toStr(e), delimiter, limit, state));
    return out;
  }
  const options = parseSplitOptions(parts.length > 2 ? toStr(parts[2]) : '', cs);
  const pattern = toStr(delimiter);
  const rx = regexFor(options.simple ? escapeForRegex(pattern) : pattern, options.regex);
  for (const e of inputs) {
    const text = toStr(e);
    if (limit < 0) {
      // A negative count splits from the right: keep the last |limit| - 1 pieces separate.
      const pieces = regexSplit(rx, text, 0);
      const keep = -limit;
      if (pieces.length > keep) {
        const headCount = pieces.length - keep + 1;
        const first = text.slice(0, findNthSplitEnd(rx, text, headCount));
        out.push(first, ...pieces.slice(headCount));
      } else out.push(...pieces);
    } else out.push(...regexSplit(rx, text, limit));
  }
  return out;
}

/** Index where the n-th delimiter match starts (used for right-to-left splitting). */
function findNthSplitEnd(rx: DotNetRegex, text: string, n: number): number {
  let pos = 0;
  let start = text.length;
  for (let k = 0; k < n; k++) {
    const m = execAt(rx, text, pos);
    if (!m) break;
    start = m.index;
    pos = m[0].length === 0 ? m.index + 1 : m.index + m[0].length;
  }
  return start;
}

function joinOperator(l: unknown, r: unknown): string {
  const sep = toStr(r);
  if (!isCollection(l)) return toStr(l);
  return toArray(l)
    .map((e) => (isCollection(e) ? typeNameOf(e) : toStr(e)))
    .join(sep);
}

/** The -f operator: .NET composite formatting with PowerShell's error wording. */
export function formatOperator(format: unknown, args: unknown): string {
  const list = args === null || args === undefined ? [null] : isCollection(args) ? toArray(args) : [args];
  try {
    return formatComposite(toStr(format), list, dotnetToString);
  } catch (e) {
    if (e instanceof DotNetFormatError) {
      fail(`Error formatting a string: ${e.message}.`, { type: 'System.FormatException', id: 'FormatError', category: 'InvalidOperation', target: format });
    }
    throw e;
  }
}

// ------------------------------------------------------------------------------------------------
// Dispatch
// ------------------------------------------------------------------------------------------------

function typeOperand(r: unknown, op: string): TypeRef {
  if (r instanceof TypeRef) return r;
  if (typeof r === 'string') return convertTo(r, 'System.Type') as TypeRef;
  fail(`The right operand of '${op}' must be a type.`, { id: 'IsOperatorRequiresType', category: 'InvalidOperation' });
}

type BinaryHandler = (left: unknown, right: unknown, state: OperatorState | undefined) => unknown;

/** Operator token → implementation, including the -i (explicitly case-insensitive) and -c (case-sensitive) forms. */
const BINARY = new Map<string, BinaryHandler>([
  ['+', (l, r) => add(l, r)],
  ['-', (l, r) => subtract(l, r)],
  ['*', (l, r) => multiply(l, r)],
  ['/', (l, r) => divide(l, r)],
  ['%', (l, r) => modulo(l, r)],
  ['-band', (l, r) => bitwise('and', l, r)],
  ['-bor', (l, r) => bitwise('or', l, r)],
  ['-bxor', (l, r) => bitwise('xor', l, r)],
  ['-shl', (l, r) => shift(true, l, r)],
  ['-shr', (l, r) => shift(false, l, r)],
  ['-join', (l, r) => joinOperator(l, r)],
  ['-f', (l, r) => formatOperator(l, r)],
  ['-is', (l, r) => isInstanceOf(l, typeOperand(r, '-is'))],
  ['-isnot', (l, r) => !isInstanceOf(l, typeOperand(r, '-isnot'))],
  ['-as', (l, r) => tryConvertTo(l, typeOperand(r, '-as'))],
  ['-xor', (l, r) => logicalXor(l, r)],
  ['-and', (l, r) => toBool(l) && toBool(r)],
  ['-or', (l, r) => toBool(l) || toBool(r)],
]);

function addCaseForms(name: string, make: (cs: boolean) => BinaryHandler): void {
  const insensitive = make(false);
  BINARY.set(`-${name}`, insensitive);
  BINARY.set(`-i${name}`, insensitive);
  BINARY.set(`-c${name}`, make(true));
}

for (const kind of ['eq', 'ne', 'gt', 'ge', 'lt', 'le', 'like', 'notlike', 'match', 'notmatch'] as const) {
  addCaseForms(kind, (cs) => (l, r, state) => comparison(kind, l, r, cs, state));
}
addCaseForms('contains', (cs) => (l, r) => containment(l, r, cs));
addCaseForms('notcontains', (cs) => (l, r) => !containment(l, r, cs));
addCaseForms('in', (cs) => (l, r) => containment(r, l, cs));
addCaseForms('notin', (cs) => (l, r) => !containment(r, l, cs));
addCaseForms('replace', (cs) => (l, r, state) => replaceOperator(l, r, cs, state));
addCaseForms('split', (cs) => (l, r, state) => splitOperator(l, r, cs, state));

/**
 * Applies a binary operator (lower-case token: '+', '-eq', '-ceq', '-ireplace', ...). -and/-or are
 * short-circuited by the engine. `state` receives $Matches for -match and runs script blocks for -replace/-split.
 */
export function binaryOperator(op: string, left: unknown, right: unknown, state?: OperatorState): unknown {
  const handler = BINARY.get(op) ?? BINARY.get(op.toLowerCase());
  if (!handler) fail(`Unexpected operator '${op}'.`, { id: 'UnexpectedOperator', category: 'InvalidOperation' });
  return handler(left, right, state);
}

/** -xor. */
export function logicalXor(a: unknown, b: unknown): boolean {
  return toBool(a) !== toBool(b);
}

/** Unary operators: -not ! - + -bnot -split -join. */
export function unaryOperator(op: string, v: unknown): unknown {
  switch (op) {
    case '-not':
    case '!':
      return !toBool(v);
    case '-': {
      if (v instanceof TimeSpan) return new TimeSpan(-v.ticks);
      if (typeof v === 'number') return normalizeZero(-v);
      if (v === null || v === undefined || typeof v === 'boolean' || typeof v === 'string') return normalizeZero(-toNumber(v));
      if (v instanceof EnumValue) return -v.value;
      throw methodNotFound(opTypeName(v), 'op_UnaryNegation', v);
    }
    case '+':
      if (typeof v === 'number') return v;
      if (v === null || v === undefined || typeof v === 'boolean' || typeof v === 'string') return toNumber(v);
      return v;
    case '-bnot':
      return bnot(v);
    case '-split': {
      const out: string[] = [];
      for (const e of isCollection(v) ? toArray(v) : [v]) {
        for (const piece of toStr(e).split(/[\s\u0085\u00a0]+/)) if (piece !== '') out.push(piece);
      }
      return out;
    }
    case '-join':
      return joinOperator(v, '');
    default:
      fail(`Unexpected operator '${op}'.`, { id: 'UnexpectedOperator', category: 'InvalidOperation' });
  }
}

/** The range operator a..b: integers (either direction) or, for one-character strings, characters. */
export function range(a: unknown, b: unknown): unknown[] {
  if (typeof a === 'string' && typeof b === 'string' && a.length === 1 && b.length === 1 && parseNumber(a) === undefined) {
    const from = a.charCodeAt(0);
    const to = b.charCodeAt(0);
    const out: string[] = [];
    const step = from <= to ? 1 : -1;
    for (let c = from; step > 0 ? c <= to : c >= to; c += step) out.push(String.fromCharCode(c));
    return out;
  }
  const from = convertTo(a, 'System.Int32') as number;
  const to = convertTo(b, 'System.Int32') as number;
  const count = Math.abs(to - from) + 1;
  if (count > 50_000_000) fail('The range operator produced too many elements. Use fewer than 50,000,000 elements.', { id: 'RangeTooBig', category: 'InvalidOperation' });
  const out = new Array<number>(count);
  const step = from <= to ? 1 : -1;
  for (let i = 0, v = from; i < count; i++, v += step) out[i] = v;
  return out;
}
