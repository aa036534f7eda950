// Methods of object[] (fixed size), List`1 / ArrayList (PSList) and Hashtable / OrderedDictionary.

import { PSHashtable } from '../../objects/hashtable.js';
import { PSObject } from '../../objects/psobject.js';
import { PSList } from '../../objects/pslist.js';
import { ConstantValue } from '../../objects/constant-value.js';
import { arrayElementType, convertTo, tagArrayElementType, toArray, toStr, typeNameOf } from '../conversions.js';
import { compareValues } from '../operators.js';
import { NOT_FOUND, argumentOutOfRange, intArg, methodTable, overloadError, throwDotNet, type Call } from './support.js';
import { refArgument } from '../values/out-arguments.js';

/**
 * .NET a.Equals(b) for the values we hold: same type and value for primitives, reference equality otherwise.
 * The element is `a`, as in Array.IndexOf and List.Contains (element.Equals(value)).
 */
export function dotnetEquals(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || a === undefined || b === null || b === undefined) return (a ?? null) === (b ?? null);
  // ConstantClass overrides Equals: a constant or a string of the same value, ignoring case.
  if (a instanceof ConstantValue) return a.equals(b);
  if (typeof a === 'number' && typeof b === 'number') return a === b && typeNameOf(a) === typeNameOf(b);
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  if (typeof a === 'object' && typeof b === 'object' && a.constructor === b.constructor) {
    const ea = (a as { ticks?: unknown }).ticks;
    if (typeof ea === 'number') return ea === (b as { ticks?: unknown }).ticks;
    const va = (a as { value?: unknown }).value;
    if ((typeof va === 'string' || typeof va === 'number') && !(a instanceof PSObject)) return va === (b as { value?: unknown }).value;
  }
  return false;
}

function fixedSize(): never {
  throwDotNet('System.NotSupportedException', 'Collection was of a fixed size.');
}

function checkIndex(i: number, length: number, param = 'index'): void {
  if (i < 0 || i >= length) argumentOutOfRange(param, 'Index was out of range. Must be non-negative and less than the size of the collection.');
}

export const ARRAY_METHODS = methodTable<unknown[]>([
  ['Contains', 1, 1, (a, c) => a.some((e) => dotnetEquals(e, c.args[0]))],
  ['IndexOf', 1, 3, (a, c) => a.findIndex((e, i) => i >= (c.args.length > 1 ? intArg(c, 1, 'startIndex') : 0) && dotnetEquals(e, c.args[0]))],
  ['LastIndexOf', 1, 1, (a, c) => a.findLastIndex((e) => dotnetEquals(e, c.args[0]))],
  ['Add', 1, 1, fixedSize],
  ['AddRange', 1, 1, fixedSize],
  ['Remove', 1, 1, fixedSize],
  ['RemoveAt', 1, 1, fixedSize],
  ['Insert', 2, 2, fixedSize],
  [
    'Clear',
    0,
    0,
    (a) => {
      a.fill(null);
      return undefined;
    },
  ],
  ['Clone', 0, 0, (a) => copyTyped(a, [...a])],
  [
    'CopyTo',
    2,
    2,
    (a, c) => {
      const target = c.args[0];
      if (!Array.isArray(target)) throwDotNet('System.ArgumentException', 'Destination array was not long enough.');
      const at = intArg(c, 1, 'index');
      if (at + a.length > target.length) throwDotNet('System.ArgumentException', 'Destination array was not long enough. Check the destination index, length, and the array\'s lower bounds. (Parameter \'destinationArray\')');
      a.forEach((e, i) => (target[at + i] = e));
      return undefined;
    },
  ],
  [
    'GetValue',
    1,
    1,
    (a, c) => {
      const i = intArg(c, 0, 'index');
      if (i < 0 || i >= a.length) throwDotNet('System.IndexOutOfRangeException', 'Index was outside the bounds of the array.');
      return a[i];
    },
  ],
  [
    'SetValue',
    2,
    2,
    (a, c) => {
      const i = intArg(c, 1, 'index');
      if (i < 0 || i >= a.length) throwDotNet('System.IndexOutOfRangeException', 'Index was outside the bounds of the array.');
      const et = arrayElementType(a);
      a[i] = et ? convertTo(c.args[0], et) : c.args[0];
      return undefined;
    },
  ],
  [
    'GetLength',
    1,
    1,
    (a, c) => {
      if (intArg(c, 0, 'dimension') !== 0) throwDotNet('System.IndexOutOfRangeException', 'Index was outside the bounds of the array.');
      return a.length;
    },
  ],
  ['GetUpperBound', 1, 1, (a) => a.length - 1],
  ['GetLowerBound', 1, 1, () => 0],
  ['get_Item', 1, 1, (a, c) => a[intArg(c, 0, 'index')] ?? null],
  [
    'set_Item',
    2,
    2,
    (a, c) => {
      const i = intArg(c, 0, 'index');
      if (i < 0 || i >= a.length) throwDotNet('System.IndexOutOfRangeException', 'Index was outside the bounds of the array.');
      a[i] = c.args[1];
      return undefined;
    },
  ],
  ['GetEnumerator', 0, 0, (a) => a],
]);

function copyTyped(src: unknown[], copy: unknown[]): unknown[] {
  const et = arrayElementType(src);
  return et ? tagArrayElementType(copy, et) : copy;
}

function listItem(l: PSList, v: unknown): unknown {
  return l.elementType ? convertTo(v, l.elementType) : v;
}

function sortList(items: unknown[]): void {
  items.sort((a, b) => compareValues(a, b, true));
}

export const LIST_METHODS = methodTable<PSList>([
  [
    'Add',
    1,
    1,
    (l, c) => {
      const i = l.add(listItem(l, c.args[0]));
      return l.isArrayList ? i : undefined;
    },
  ],
  [
    'AddRange',
    1,
    1,
    (l, c) => {
      if (c.args[0] === null) throwDotNet('System.ArgumentNullException', "Value cannot be null. (Parameter 'collection')");
      for (const e of toArray(c.args[0])) l.add(listItem(l, e));
      return undefined;
    },
  ],
  [
    'Insert',
    2,
    2,
    (l, c) => {
      const i = intArg(c, 0, 'index');
      if (i < 0 || i > l.items.length) argumentOutOfRange('index', 'Index must be within the bounds of the List.');
      l.items.splice(i, 0, listItem(l, c.args[1]));
      return undefined;
    },
  ],
  [
    'InsertRange',
    2,
    2,
    (l, c) => {
      const i = intArg(c, 0, 'index');
      if (i < 0 || i > l.items.length) argumentOutOfRange('index', 'Index must be within the bounds of the List.');
      l.items.splice(i, 0, ...toArray(c.args[1]).map((e) => listItem(l, e)));
      return undefined;
    },
  ],
  [
    'Remove',
    1,
    1,
    (l, c) => {
      const i = l.items.findIndex((e) => dotnetEquals(e, c.args[0]) || (typeof e === 'string' && e === c.args[0]));
      if (i >= 0) l.items.splice(i, 1);
      return l.isArrayList ? undefined : i >= 0;
    },
  ],
  [
    'RemoveAt',
    1,
    1,
    (l, c) => {
      const i = intArg(c, 0, 'index');
      checkIndex(i, l.items.length);
      l.items.splice(i, 1);
      return undefined;
    },
  ],
  [
    'RemoveRange',
    2,
    2,
    (l, c) => {
      const i = intArg(c, 0, 'index');
      const n = intArg(c, 1, 'count');
      if (i < 0 || n < 0 || i + n > l.items.length) throwDotNet('System.ArgumentException', 'Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.');
      l.items.splice(i, n);
      return undefined;
    },
  ],
  [
    'Clear',
    0,
    0,
    (l) => {
      l.items.length = 0;
      return undefined;
    },
  ],
  ['Contains', 1, 1, (l, c) => l.items.some((e) => dotnetEquals(e, listItem(l, c.args[0])))],
  ['IndexOf', 1, 3, (l, c) => l.items.findIndex((e) => dotnetEquals(e, listItem(l, c.args[0])))],
  ['LastIndexOf', 1, 3, (l, c) => l.items.findLastIndex((e) => dotnetEquals(e, listItem(l, c.args[0])))],
  ['ToArray', 0, 0, (l) => (l.elementType ? tagArrayElementType([...l.items], l.elementType) : [...l.items])],
  [
    'Sort',
    0,
    0,
    (l) => {
      sortList(l.items);
      return undefined;
    },
  ],
  [
    'Reverse',
    0,
    2,
    (l) => {
      l.items.reverse();
      return undefined;
    },
  ],
  [
    'GetRange',
    2,
    2,
    (l, c) => {
      const i = intArg(c, 0, 'index');
      const n = intArg(c, 1, 'count');
      if (i < 0 || n < 0 || i + n > l.items.length) throwDotNet('System.ArgumentException', 'Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.');
      return new PSList(l.items.slice(i, i + n), l.elementType, l.typeName);
    },
  ],
  ['Clone', 0, 0, (l) => new PSList([...l.items], l.elementType, l.typeName)],
  [
    'get_Item',
    1,
    1,
    (l, c) => {
      const i = intArg(c, 0, 'index');
      checkIndex(i, l.items.length);
      return l.items[i];
    },
  ],
  [
    'set_Item',
    2,
    2,
    (l, c) => {
      const i = intArg(c, 0, 'index');
      checkIndex(i, l.items.length);
      l.items[i] = listItem(l, c.args[1]);
      return undefined;
    },
  ],
  ['GetEnumerator', 0, 0, (l) => l.items],
  ['TrimExcess', 0, 0, () => undefined],
]);

/** A System.Collections.DictionaryEntry (what GetEnumerator() yields for a hashtable). */
export function dictionaryEntry(key: unknown, value: unknown): PSObject {
  const o = new PSObject(['System.Collections.DictionaryEntry', 'System.ValueType', 'System.Object']);
  o.addNote('Name', key, 'AliasProperty');
  o.addNote('Key', key, 'Property');
  o.addNote('Value', value, 'Property');
  o.toStringOverride = () => 'System.Collections.DictionaryEntry';
  return o;
}

function duplicateKey(h: PSHashtable, key: unknown): never {
  const existing = h.keys().find((k) => (typeof k === 'string' && typeof key === 'string' ? k.toLowerCase() === key.toLowerCase() : k === key));
  throwDotNet('System.ArgumentException', `Item has already been added. Key in dictionary: '${toStr(existing)}'  Key being added: '${toStr(key)}'`);
}

function keyArg(c: Call): unknown {
  const k = c.args[0];
  if (k === null || k === undefined) throwDotNet('System.ArgumentNullException', "Key cannot be null. (Parameter 'key')");
  return k;
}

function rebuild(h: PSHashtable, entries: Array<{ key: unknown; value: unknown }>): void {
  h.clear();
  for (const e of entries) h.set(e.key, e.value);
}

export const HASHTABLE_METHODS = methodTable<PSHashtable>([
  [
    'Add',
    2,
    2,
    (h, c) => {
      const k = keyArg(c);
      if (!h.add(k, c.args[1])) duplicateKey(h, k);
      return undefined;
    },
  ],
  [
    'Remove',
    1,
    1,
    (h, c) => {
      h.delete(keyArg(c));
      return undefined;
    },
  ],
  ['ContainsKey', 1, 1, (h, c) => h.has(keyArg(c))],
  [
    'TryGetValue',
    0,
    Number.POSITIVE_INFINITY,
    (h, c) => {
      // Dictionary`2 (held as an ordered hashtable) has TryGetValue(key, out value); Hashtable has not.
      if (!h.ordered) return NOT_FOUND;
      if (c.args.length !== 2) throw overloadError(c.method, c.args.length);
      const out = refArgument(c, 1);
      const key = keyArg(c);
      const found = h.has(key);
      // On a miss .NET writes default(TValue); the value type is not kept, so $null stands for it.
      out.value = found ? (h.get(key) ?? null) : null;
      return found;
    },
  ],
  ['Contains', 1, 1, (h, c) => h.has(keyArg(c))],
  ['ContainsValue', 1, 1, (h, c) => h.values().some((v) => dotnetEquals(v, c.args[0]) || (typeof v === 'string' && v === c.args[0]))],
  [
    'Clear',
    0,
    0,
    (h) => {
      h.clear();
      return undefined;
    },
  ],
  ['Clone', 0, 0, (h) => h.clone()],
  ['GetEnumerator', 0, 0, (h) => h.entries().map((e) => dictionaryEntry(e.key, e.value))],
  ['get_Item', 1, 1, (h, c) => h.get(c.args[0]) ?? null],
  [
    'set_Item',
    2,
    2,
    (h, c) => {
      h.set(keyArg(c), c.args[1]);
      return undefined;
    },
  ],
  ['get_Keys', 0, 0, (h) => h.keys()],
  ['get_Values', 0, 0, (h) => h.values()],
  [
    'Insert',
    3,
    3,
    (h, c) => {
      if (!h.ordered) return throwDotNet('System.NotSupportedException', 'Specified method is not supported.');
      const i = intArg(c, 0, 'index');
      const entries = h.entries().map((e) => ({ key: e.key, value: e.value }));
      if (i < 0 || i > entries.length) argumentOutOfRange('index', 'Index was out of range. Must be non-negative and less than the size of the collection.');
      if (h.has(c.args[1])) duplicateKey(h, c.args[1]);
      entries.splice(i, 0, { key: c.args[1], value: c.args[2] });
      rebuild(h, entries);
      return undefined;
    },
  ],
  [
    'RemoveAt',
    1,
    1,
    (h, c) => {
      if (!h.ordered) return throwDotNet('System.NotSupportedException', 'Specified method is not supported.');
      const i = intArg(c, 0, 'index');
      const entries = h.entries().map((e) => ({ key: e.key, value: e.value }));
      checkIndex(i, entries.length);
      entries.splice(i, 1);
      rebuild(h, entries);
      return undefined;
    },
  ],
  [
    'CopyTo',
    2,
    2,
    (h, c) => {
      const target = c.args[0];
      if (!Array.isArray(target)) throwDotNet('System.ArgumentException', 'Destination array was not long enough.');
      const at = intArg(c, 1, 'arrayIndex');
      h.entries().forEach((e, i) => (target[at + i] = dictionaryEntry(e.key, e.value)));
      return undefined;
    },
  ],
  ['AsReadOnly', 0, 0, (h) => h],
]);
