// System.String instance methods with .NET semantics (ordinal, case-sensitive unless a StringComparison says otherwise).

import { EnumValue, StringSplitOptionsEnum } from '../../objects/enum-value.js';
import { convertTo, isCollection, tagArrayElementType, toArray, toStr } from '../conversions.js';
import { compareStrings } from '../operators.js';
import { argumentOutOfRange, intArg, methodTable, strArg, throwDotNet, type Call } from './support.js';

const WHITESPACE = /[\s\u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/;

/** Characters from the arguments: a string counts as its characters (PowerShell converts it to char[]). */
function charsOf(args: unknown[]): Set<string> {
  const set = new Set<string>();
  for (const a of args) for (const e of isCollection(a) ? toArray(a) : [a]) for (const ch of toStr(e)) set.add(ch);
  return set;
}

function trimChars(s: string, chars: Set<string> | null, start: boolean, end: boolean): string {
  const isTrim = (c: string) => (chars ? chars.has(c) : WHITESPACE.test(c));
  let a = 0;
  let b = s.length;
  if (start) while (a < b && isTrim(s[a])) a++;
  if (end) while (b > a && isTrim(s[b - 1])) b--;
  return s.slice(a, b);
}

/** A StringComparison argument (enum or its name): true when it ignores case. */
function ignoreCaseOf(call: Call, i: number): boolean {
  const v = call.args[i];
  if (typeof v === 'boolean') return v;
  const e = convertTo(v, 'System.StringComparison') as EnumValue;
  return e.toString().endsWith('IgnoreCase');
}

function splitOptions(v: unknown): { removeEmpty: boolean; trim: boolean } {
  const e = convertTo(v, StringSplitOptionsEnum.fullName) as EnumValue;
  return { removeEmpty: (e.value & 1) !== 0, trim: (e.value & 2) !== 0 };
}

function applySplitOptions(parts: string[], opts: { removeEmpty: boolean; trim: boolean }): string[] {
  let out = parts;
  if (opts.trim) out = out.map((p) => p.trim());
  if (opts.removeEmpty) out = out.filter((p) => p !== '');
  return out;
}

/** String.Split with PowerShell 7's overload choice: a string argument is one separator string. */
function split(s: string, call: Call): string[] {
  const args = call.args;
  let separators: string[] | null = null; // null = white space
  let count = Number.MAX_SAFE_INTEGER;
  let opts = { removeEmpty: false, trim: false };
  if (args.length > 0 && args[0] !== null) {
    const a = args[0];
    if (isCollection(a)) separators = toArray(a).map((e) => toStr(e));
    else separators = [toStr(a)];
    if (separators.length === 0 || separators.every((x) => x === '')) separators = separators.length === 0 ? null : [''];
  }
  for (let i = 1; i < args.length; i++) {
    const a = args[i];
    if (typeof a === 'number') count = a;
    else opts = splitOptions(a);
  }
  if (count < 0) argumentOutOfRange('count', 'Count cannot be less than zero.');
  if (count === 0) return tagArrayElementType([], 'System.String');
  const pieces: string[] = [];
  let start = 0;
  let i = 0;
  const limit = count;
  while (i <= s.length && pieces.length < limit - 1) {
    let matchLen = -1;
    if (separators === null) {
      if (i < s.length && WHITESPACE.test(s[i])) matchLen = 1;
    } else {
      for (const sep of separators) {
        if (sep !== '' && s.startsWith(sep, i)) {
          matchLen = sep.length;
          break;
        }
      }
    }
    if (matchLen > 0) {
      const piece = s.slice(start, i);
      const t = opts.trim ? piece.trim() : piece;
      if (!(opts.removeEmpty && t === '')) pieces.push(piece);
      i += matchLen;
      start = i;
    } else i++;
  }
  pieces.push(s.slice(start));
  return tagArrayElementType(applySplitOptions(pieces, opts), 'System.String');
}

function indexOf(s: string, call: Call, last: boolean): number {
  const args = call.args;
  const value = strArg(call, 0, 'value');
  let start = last ? s.length - 1 : 0;
  let ignoreCase = false;
  let count: number | undefined;
  if (args.length >= 2) {
    if (typeof args[1] === 'number' || (typeof args[1] === 'string' && /^\d+$/.test(args[1]))) {
      start = intArg(call, 1, 'startIndex');
      if (args.length >= 3) {
        if (typeof args[2] === 'number') count = intArg(call, 2, 'count');
        else ignoreCase = ignoreCaseOf(call, 2);
      }
      if (args.length >= 4) ignoreCase = ignoreCaseOf(call, 3);
    } else ignoreCase = ignoreCaseOf(call, 1);
  }
  if (start < 0 || start > s.length) argumentOutOfRange('startIndex', 'Index was out of range. Must be non-negative and less than or equal to the size of the collection.');
  const hay = ignoreCase ? s.toLowerCase() : s;
  const needle = ignoreCase ? value.toLowerCase() : value;
  if (last) {
    const i = hay.lastIndexOf(needle, Math.max(start - needle.length + 1, 0));
    if (i < 0) return -1;
    if (count !== undefined && i < start - count + 1) return -1;
    return i + needle.length - 1 <= start || needle === '' ? i : -1;
  }
  const i = hay.indexOf(needle, start);
  if (i < 0) return -1;
  if (count !== undefined && i + needle.length > start + count) return -1;
  return i;
}

function replace(s: string, call: Call): string {
  const oldValue = strArg(call, 0, 'oldValue');
  const newValue = call.args[1] === null ? '' : strArg(call, 1, 'newValue');
  if (oldValue === '') throwDotNet('System.ArgumentException', "String cannot be of zero length. (Parameter 'oldValue')");
  let ignoreCase = false;
  if (call.args.length === 3) ignoreCase = ignoreCaseOf(call, 2);
  else if (call.args.length === 4) ignoreCase = Boolean(call.args[2]);
  if (!ignoreCase) return s.split(oldValue).join(newValue);
  const lower = s.toLowerCase();
  const needle = oldValue.toLowerCase();
  let out = '';
  let pos = 0;
  for (let i = lower.indexOf(needle); i >= 0; i = lower.indexOf(needle, pos)) {
    out += s.slice(pos, i) + newValue;
    pos = i + needle.length;
  }
  return out + s.slice(pos);
}

function substring(s: string, call: Call): string {
  const start = intArg(call, 0, 'startIndex');
  if (start < 0) argumentOutOfRange('startIndex', 'StartIndex cannot be less than zero.');
  if (start > s.length) argumentOutOfRange('startIndex', 'startIndex cannot be larger than length of string.');
  if (call.args.length === 1) return s.slice(start);
  const length = intArg(call, 1, 'length');
  if (length < 0) argumentOutOfRange('length', 'Length cannot be less than zero.');
  if (start + length > s.length) argumentOutOfRange('length', 'Index and length must refer to a location within the string.');
  return s.slice(start, start + length);
}

function pad(s: string, call: Call, left: boolean): string {
  const width = intArg(call, 0, 'totalWidth');
  if (width < 0) argumentOutOfRange('totalWidth', 'Non-negative number required.');
  const ch = call.args.length > 1 ? toStr(call.args[1]) || ' ' : ' ';
  return left ? s.padStart(width, ch[0]) : s.padEnd(width, ch[0]);
}

function startsOrEnds(s: string, call: Call, starts: boolean): boolean {
  const value = strArg(call, 0, 'value');
  const ignoreCase = call.args.length >= 2 ? ignoreCaseOf(call, 1) : false;
  const a = ignoreCase ? s.toLowerCase() : s;
  const b = ignoreCase ? value.toLowerCase() : value;
  return starts ? a.startsWith(b) : a.endsWith(b);
}

function contains(s: string, call: Call): boolean {
  const value = strArg(call, 0, 'value');
  if (call.args.length >= 2 && ignoreCaseOf(call, 1)) return s.toLowerCase().includes(value.toLowerCase());
  return s.includes(value);
}

function equals(s: string, call: Call): boolean {
  const other = call.args[0];
  if (typeof other !== 'string') return false;
  if (call.args.length >= 2 && ignoreCaseOf(call, 1)) return s.toLowerCase() === other.toLowerCase();
  return s === other;
}

function indexOfAny(s: string, call: Call, last: boolean): number {
  const chars = charsOf([call.args[0]]);
  if (last) {
    for (let i = s.length - 1; i >= 0; i--) if (chars.has(s[i])) return i;
    return -1;
  }
  const start = call.args.length > 1 ? intArg(call, 1, 'startIndex') : 0;
  for (let i = start; i < s.length; i++) if (chars.has(s[i])) return i;
  return -1;
}

export const STRING_METHODS = methodTable<string>([
  ['ToUpper', 0, 1, (s) => s.toUpperCase()],
  ['ToLower', 0, 1, (s) => s.toLowerCase()],
  ['ToUpperInvariant', 0, 0, (s) => s.toUpperCase()],
  ['ToLowerInvariant', 0, 0, (s) => s.toLowerCase()],
  ['Trim', 0, 99, (s, c) => trimChars(s, c.args.length ? charsOf(c.args) : null, true, true)],
  ['TrimStart', 0, 99, (s, c) => trimChars(s, c.args.length ? charsOf(c.args) : null, true, false)],
  ['TrimEnd', 0, 99, (s, c) => trimChars(s, c.args.length ? charsOf(c.args) : null, false, true)],
  ['Split', 0, 3, split],
  ['Contains', 1, 2, contains],
  ['StartsWith', 1, 3, (s, c) => startsOrEnds(s, c, true)],
  ['EndsWith', 1, 3, (s, c) => startsOrEnds(s, c, false)],
  ['Replace', 2, 4, replace],
  ['Substring', 1, 2, substring],
  ['IndexOf', 1, 4, (s, c) => indexOf(s, c, false)],
  ['LastIndexOf', 1, 4, (s, c) => indexOf(s, c, true)],
  ['IndexOfAny', 1, 3, (s, c) => indexOfAny(s, c, false)],
  ['LastIndexOfAny', 1, 3, (s, c) => indexOfAny(s, c, true)],
  ['PadLeft', 1, 2, (s, c) => pad(s, c, true)],
  ['PadRight', 1, 2, (s, c) => pad(s, c, false)],
  [
    'Insert',
    2,
    2,
    (s, c) => {
      const i = intArg(c, 0, 'startIndex');
      if (i < 0 || i > s.length) argumentOutOfRange('startIndex', 'Index was out of range. Must be non-negative and less than or equal to the size of the collection.');
      return s.slice(0, i) + strArg(c, 1, 'value') + s.slice(i);
    },
  ],
  [
    'Remove',
    1,
    2,
    (s, c) => {
      const start = intArg(c, 0, 'startIndex');
      if (start < 0) argumentOutOfRange('startIndex', 'StartIndex cannot be less than zero.');
      if (c.args.length === 1) {
        if (start >= s.length && !(start === 0 && s.length === 0)) argumentOutOfRange('startIndex', 'startIndex must be less than length of string.');
        return s.slice(0, start);
      }
      const count = intArg(c, 1, 'count');
      if (count < 0) argumentOutOfRange('count', 'Count cannot be less than zero.');
      if (start + count > s.length) argumentOutOfRange('count', 'Index and count must refer to a location within the string.');
      return s.slice(0, start) + s.slice(start + count);
    },
  ],
  [
    'ToCharArray',
    0,
    2,
    (s, c) => {
      const chars = [...s];
      if (c.args.length === 2) {
        const start = intArg(c, 0, 'startIndex');
        return tagArrayElementType(chars.slice(start, start + intArg(c, 1, 'length')), 'System.Char');
      }
      return tagArrayElementType(chars, 'System.Char');
    },
  ],
  ['Equals', 1, 2, equals],
  ['CompareTo', 1, 1, (s, c) => (c.args[0] === null ? 1 : compareStrings(s, toStr(c.args[0]), true))],
  ['Normalize', 0, 1, (s) => s.normalize('NFC')],
  ['IsNormalized', 0, 1, (s) => s === s.normalize('NFC')],
  ['Clone', 0, 0, (s) => s],
  ['get_Length', 0, 0, (s) => s.length],
  [
    'get_Chars',
    1,
    1,
    (s, c) => {
      const i = intArg(c, 0, 'index');
      if (i < 0 || i >= s.length) throwDotNet('System.IndexOutOfRangeException', 'Index was outside the bounds of the array.');
      return s[i];
    },
  ],
  ['GetEnumerator', 0, 0, (s) => tagArrayElementType([...s], 'System.Char')],
]);
