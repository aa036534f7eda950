// Methods of the helper objects scripts create: StringBuilder, Encoding, Stopwatch.

import { StringBuilder } from '../../objects/string-builder.js';
import { TextEncoding } from '../../objects/text-encoding.js';
import { Stopwatch } from '../../objects/stopwatch.js';
import { isCollection, toArray, toStr, dotnetToString, convertTo } from '../conversions.js';
import { formatComposite } from '../dotnet-format.js';
import { argumentOutOfRange, intArg, methodTable, strArg, throwDotNet, type Call } from './support.js';

function appendText(c: Call): string {
  if (c.args.length === 0) return '';
  const v = c.args[0];
  if (c.args.length === 3) {
    // Append(string value, int startIndex, int count) / Append(char c, int repeatCount) handled below.
    const s = toStr(v);
    return s.substr(intArg(c, 1, 'startIndex'), intArg(c, 2, 'count'));
  }
  if (c.args.length === 2 && typeof c.args[1] === 'number' && typeof v === 'string' && v.length === 1) return v.repeat(c.args[1]);
  return isCollection(v) ? toArray(v).map(toStr).join('') : dotnetToString(v);
}

export const STRINGBUILDER_METHODS = methodTable<StringBuilder>([
  [
    'Append',
    0,
    3,
    (sb, c) => {
      sb.value += appendText(c);
      return sb;
    },
  ],
  [
    'AppendLine',
    0,
    1,
    (sb, c) => {
      sb.value += `${c.args.length ? toStr(c.args[0]) : ''}\n`;
      return sb;
    },
  ],
  [
    'AppendFormat',
    1,
    99,
    (sb, c) => {
      const rest = c.args.slice(1);
      const args = rest.length === 1 && isCollection(rest[0]) ? toArray(rest[0]) : rest;
      sb.value += formatComposite(strArg(c, 0, 'format'), args, dotnetToString);
      return sb;
    },
  ],
  [
    'AppendJoin',
    2,
    99,
    (sb, c) => {
      const rest = c.args.slice(1);
      const items = rest.length === 1 && isCollection(rest[0]) ? toArray(rest[0]) : rest;
      sb.value += items.map(toStr).join(toStr(c.args[0]));
      return sb;
    },
  ],
  [
    'Insert',
    2,
    3,
    (sb, c) => {
      const i = intArg(c, 0, 'index');
      if (i < 0 || i > sb.value.length) argumentOutOfRange('index', 'Index was out of range. Must be non-negative and less than or equal to the size of the collection.');
      const text = toStr(c.args[1]).repeat(c.args.length > 2 ? intArg(c, 2, 'count') : 1);
      sb.value = sb.value.slice(0, i) + text + sb.value.slice(i);
      return sb;
    },
  ],
  [
    'Remove',
    2,
    2,
    (sb, c) => {
      const i = intArg(c, 0, 'startIndex');
      const n = intArg(c, 1, 'length');
      if (i < 0 || n < 0 || i + n > sb.value.length) argumentOutOfRange('length', 'Index was out of range. Must be non-negative and less than the size of the collection.');
      sb.value = sb.value.slice(0, i) + sb.value.slice(i + n);
      return sb;
    },
  ],
  [
    'Replace',
    2,
    4,
    (sb, c) => {
      const oldValue = toStr(c.args[0]);
      if (oldValue === '') throwDotNet('System.ArgumentException', "The value cannot be an empty string. (Parameter 'oldValue')");
      sb.value = sb.value.split(oldValue).join(toStr(c.args[1]));
      return sb;
    },
  ],
  [
    'Clear',
    0,
    0,
    (sb) => {
      sb.value = '';
      return sb;
    },
  ],
  [
    'ToString',
    0,
    2,
    (sb, c) => (c.args.length === 2 ? sb.value.substr(intArg(c, 0, 'startIndex'), intArg(c, 1, 'length')) : sb.value),
  ],
  ['EnsureCapacity', 1, 1, (sb, c) => (sb.capacity = Math.max(sb.capacity, intArg(c, 0, 'capacity')))],
  ['Equals', 1, 1, (sb, c) => c.args[0] === sb],
]);

function bytesArg(c: Call, i: number): Uint8Array {
  return convertTo(c.args[i], 'System.Byte[]') as Uint8Array;
}

export const ENCODING_METHODS = methodTable<TextEncoding>([
  [
    'GetBytes',
    1,
    3,
    (e, c) => {
      const v = c.args[0];
      if (v === null) throwDotNet('System.ArgumentNullException', "Value cannot be null. (Parameter 's')");
      const s = isCollection(v) ? toArray(v).map(toStr).join('') : toStr(v);
      if (c.args.length === 3) return e.getBytes(s.substr(intArg(c, 1, 'index'), intArg(c, 2, 'count')));
      return e.getBytes(s);
    },
  ],
  [
    'GetString',
    1,
    3,
    (e, c) => {
      if (c.args[0] === null) throwDotNet('System.ArgumentNullException', "Value cannot be null. (Parameter 'bytes')");
      const b = bytesArg(c, 0);
      return c.args.length === 3 ? e.getString(b, intArg(c, 1, 'index'), intArg(c, 2, 'count')) : e.getString(b);
    },
  ],
  ['GetByteCount', 1, 1, (e, c) => e.getBytes(toStr(c.args[0])).length],
  ['GetCharCount', 1, 1, (e, c) => e.getString(bytesArg(c, 0)).length],
  ['GetPreamble', 0, 0, (e) => e.preamble()],
  ['GetChars', 1, 1, (e, c) => [...e.getString(bytesArg(c, 0))]],
  ['ToString', 0, 0, (e) => e.typeName],
]);

export const STOPWATCH_METHODS = methodTable<Stopwatch>([
  ['Start', 0, 0, (s) => s.start()],
  ['Stop', 0, 0, (s) => s.stop()],
  ['Reset', 0, 0, (s) => s.reset()],
  ['Restart', 0, 0, (s) => s.restart()],
  ['ToString', 0, 0, () => 'System.Diagnostics.Stopwatch'],
]);
