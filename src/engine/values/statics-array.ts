// [array]::IndexOf / LastIndexOf / Reverse / Sort / Clear / Resize and the delegate-taking Exists / Find / FindAll /
// FindIndex / FindLast / FindLastIndex / TrueForAll / ConvertAll / ForEach (System.Array's statics). Reverse, Sort
// and Clear change the array in place, as in .NET; Resize writes a new array through its [ref] argument.

import { arrayElementType, isScriptBlock, tagArrayElementType, toBool, toStr, typeNameOf } from '../conversions.js';
import { compareValues } from '../operators.js';
import { fail } from '../errors.js';
import { dotnetEquals } from '../methods/collection-methods.js';
import { argumentOutOfRange, intArg, throwDotNet, type Call } from '../methods/support.js';
import { defineStatics } from './static-registry.js';
import { invokeDelegate } from './delegate-invoker.js';
import { refArgument } from './out-arguments.js';

const ARRAY = 'System.Array';

/** The Array argument: an array as is (so in-place changes are seen), $null is .NET's ArgumentNullException. */
function arrayArg(c: Call, i = 0, param = 'array'): unknown[] {
  const v = c.args[i];
  if (v === null || v === undefined) throwDotNet('System.ArgumentNullException', `Value cannot be null. (Parameter '${param}')`);
  if (Array.isArray(v)) return v;
  if (v instanceof Uint8Array) return Array.from(v);
  return [v];
}

/** (index, length) arguments at positions i, i+1, checked against the array as .NET does. */
function rangeArgs(c: Call, a: unknown[], i: number): [start: number, count: number] {
  if (c.args.length <= i) return [0, a.length];
  const start = intArg(c, i, 'index');
  const count = c.args.length > i + 1 ? intArg(c, i + 1, 'length') : a.length - start;
  if (start < 0) argumentOutOfRange('index', 'Non-negative number required.');
  if (count < 0) argumentOutOfRange('length', 'Non-negative number required.');
  if (start + count > a.length) throwDotNet('System.ArgumentException', 'Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.');
  return [start, count];
}

function indexOf(c: Call): number {
  const a = arrayArg(c);
  const start = c.args.length > 2 ? intArg(c, 2, 'startIndex') : 0;
  if (start < 0 || start > a.length) argumentOutOfRange('startIndex', 'Index was out of range. Must be non-negative and less than the size of the collection.');
  const count = c.args.length > 3 ? intArg(c, 3, 'count') : a.length - start;
  if (count < 0 || start + count > a.length) argumentOutOfRange('count', 'Count must be positive and count must refer to a location within the string/array/collection.');
  for (let i = start; i < start + count; i++) if (dotnetEquals(a[i], c.args[1])) return i;
  return -1;
}

function lastIndexOf(c: Call): number {
  const a = arrayArg(c);
  if (a.length === 0) return -1;
  const start = c.args.length > 2 ? intArg(c, 2, 'startIndex') : a.length - 1;
  if (start < 0 || start >= a.length) argumentOutOfRange('startIndex', 'Index was out of range. Must be non-negative and less than the size of the collection.');
  const count = c.args.length > 3 ? intArg(c, 3, 'count') : start + 1;
  if (count < 0 || start - count + 1 < 0) argumentOutOfRange('count', 'Count must be positive and count must refer to a location within the string/array/collection.');
  for (let i = start; i > start - count; i--) if (dotnetEquals(a[i], c.args[1])) return i;
  return -1;
}

/** default(T) for the array's element type: 0 / false for value types, $null otherwise. */
function defaultElement(a: unknown[]): unknown {
  const t = arrayElementType(a);
  if (t === 'System.Boolean') return false;
  if (t && /^System\.(U?Int(16|32|64)|S?Byte|Double|Single|Decimal)$/.test(t)) return 0;
  if (t === 'System.Char') return '\0';
  return null;
}

/** Orders two elements as Comparer.Default does (or with a Comparison script block). */
function comparer(method: string, comparison: unknown): (x: unknown, y: unknown) => number {
  if (comparison === undefined || comparison === null) return (x, y) => compareValues(x, y, true);
  if (!isScriptBlock(comparison)) fail(`Cannot find an overload for "${method}" and the argument count: "2".`, { id: 'MethodCountCouldNotFindBest', category: 'NotSpecified' });
  return (x, y) => intArg({ method, args: [invokeDelegate(`[System.Array]::${method}`, comparison, [x, y])] }, 0, 'comparison');
}

/** The script block a Predicate / Converter / Action parameter needs. */
function delegateArg(c: Call, i: number, param: string): (...args: unknown[]) => unknown {
  const sb = c.args[i];
  if (sb === null || sb === undefined) throwDotNet('System.ArgumentNullException', `Value cannot be null. (Parameter '${param}')`);
  if (!isScriptBlock(sb)) {
    const target = param === 'match' ? 'System.Predicate`1[System.Object]' : param === 'converter' ? 'System.Converter`2[System.Object,System.Object]' : 'System.Action`1[System.Object]';
    const text = toStr(sb);
    fail(`Cannot convert argument "${param}", with value: "${text}", for "${c.method}" to type "${target}": "Cannot convert the "${text}" value of type "${typeNameOf(sb)}" to type "${target}"."`, {
      id: 'MethodArgumentConversionInvalidCastArgument',
      category: 'NotSpecified',
    });
  }
  const name = `[System.Array]::${c.method}`;
  return (...args) => invokeDelegate(name, sb, args);
}

function predicate(c: Call): (x: unknown) => boolean {
  const fn = delegateArg(c, 1, 'match');
  return (x) => toBool(fn(x));
}

/** Resize([ref] $array, newSize): a new array of newSize with the old elements, written back through the reference. */
function resize(c: Call): undefined {
  const ref = refArgument(c, 0);
  const size = intArg(c, 1, 'newSize');
  if (size < 0) argumentOutOfRange('newSize', 'Non-negative number required.');
  const current = ref.value;
  const old: unknown[] = current === null ? [] : Array.isArray(current) ? current : current instanceof Uint8Array ? Array.from(current) : [current];
  if (old.length === size && Array.isArray(current)) return undefined;
  const fill = defaultElement(old);
  const next = new Array<unknown>(size);
  for (let i = 0; i < size; i++) next[i] = i < old.length ? old[i] : fill;
  const elementType = arrayElementType(old);
  ref.value = current instanceof Uint8Array ? Uint8Array.from(next as number[]) : elementType ? tagArrayElementType(next, elementType) : next;
  return undefined;
}

defineStatics(ARRAY, {}, [
  ['IndexOf', 2, 4, (_, c) => indexOf(c)],
  ['LastIndexOf', 2, 4, (_, c) => lastIndexOf(c)],
  [
    'Reverse',
    1,
    3,
    (_, c) => {
      const a = arrayArg(c);
      const [start, count] = rangeArgs(c, a, 1);
      const part = a.slice(start, start + count).reverse();
      for (let i = 0; i < count; i++) a[start + i] = part[i];
      return undefined;
    },
  ],
  [
    'Sort',
    1,
    2,
    (_, c) => {
      const a = arrayArg(c);
      // Sort(keys, items) sorts both arrays by the keys; Sort(array, comparison) orders with a script block.
      if (c.args.length === 2 && (Array.isArray(c.args[1]) || c.args[1] === null)) {
        const items = c.args[1] as unknown[] | null;
        if (items && items.length < a.length) throwDotNet('System.ArgumentException', "Destination array was not long enough. Check the destination index, length, and the array's lower bounds. (Parameter 'items')");
        const order = a.map((k, i) => ({ k, v: items ? items[i] : null })).sort((x, y) => compareValues(x.k, y.k, true));
        order.forEach((e, i) => {
          a[i] = e.k;
          if (items) items[i] = e.v;
        });
        return undefined;
      }
      a.sort(comparer('Sort', c.args[1]));
      return undefined;
    },
  ],
  [
    'Clear',
    1,
    3,
    (_, c) => {
      const a = arrayArg(c);
      const [start, count] = rangeArgs(c, a, 1);
      a.fill(defaultElement(a), start, start + count);
      return undefined;
    },
  ],
  ['Exists', 2, 2, (_, c) => arrayArg(c).some(predicate(c))],
  ['TrueForAll', 2, 2, (_, c) => arrayArg(c).every(predicate(c))],
  [
    'Find',
    2,
    2,
    (_, c) => {
      const a = arrayArg(c);
      const i = a.findIndex(predicate(c));
      return i < 0 ? defaultElement(a) : a[i];
    },
  ],
  [
    'FindLast',
    2,
    2,
    (_, c) => {
      const a = arrayArg(c);
      const i = a.findLastIndex(predicate(c));
      return i < 0 ? defaultElement(a) : a[i];
    },
  ],
  ['FindIndex', 2, 2, (_, c) => arrayArg(c).findIndex(predicate(c))],
  ['FindLastIndex', 2, 2, (_, c) => arrayArg(c).findLastIndex(predicate(c))],
  [
    'FindAll',
    2,
    2,
    (_, c) => {
      const keep = predicate(c);
      return arrayArg(c).filter((x) => keep(x));
    },
  ],
  [
    'ConvertAll',
    2,
    2,
    (_, c) => {
      const convert = delegateArg(c, 1, 'converter');
      return arrayArg(c).map((x) => convert(x));
    },
  ],
  [
    'ForEach',
    2,
    2,
    (_, c) => {
      const action = delegateArg(c, 1, 'action');
      for (const x of arrayArg(c)) action(x);
      return undefined;
    },
  ],
  ['Resize', 2, 2, (_, c) => resize(c)],
]);
