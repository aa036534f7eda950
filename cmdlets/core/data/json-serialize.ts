// ConvertTo-Json's serializer: PowerShell's JsonObject.ProcessValue (what becomes an object, an array, a
// string; objects deeper than -Depth become their string form) written out the way Newtonsoft.Json does
// (two-space indentation, ISO 8601 dates, its string escaping).

import { PSHashtable } from '../../../src/objects/hashtable.js';
import { PSObject } from '../../../src/objects/psobject.js';
import { PSList } from '../../../src/objects/pslist.js';
import { TimeSpan } from '../../../src/objects/timespan.js';
import { Guid } from '../../../src/objects/guid.js';
import { EnumValue } from '../../../src/objects/enum-value.js';
import { ConstantValue } from '../../../src/objects/constant-value.js';
import { Version } from '../../../src/objects/version.js';
import { TypeRef } from '../../../src/objects/typeref.js';
import { dateKind } from '../../../src/objects/datetime.js';
import { RuntimeError, makeErrorRecord } from '../../../src/engine/errors.js';
import { isScriptBlock, toStr } from '../../../src/engine/conversions.js';
import { dateFields, formatDoubleRoundTrip, utcOffsetMinutes } from '../../../src/engine/dotnet-format.js';
import { propertyNamesOf, propertyValue, TIMESPAN_PROPERTIES } from '../../../src/format/properties.js';

export type EscapeHandling = 'Default' | 'EscapeNonAscii' | 'EscapeHtml';

export interface JsonWriteOptions {
  depth: number;
  compress: boolean;
  enumsAsStrings: boolean;
  escapeHandling: EscapeHandling;
  /** Called once when an object deeper than depth is cut to its string form. */
  onDepthExceeded?: (depth: number) => void;
}

/** A serializable tree: JSON scalars, arrays and ordered objects; numbers kept as their JSON text. */
type JsonTree = null | boolean | string | { num: string } | JsonTree[] | { entries: Array<[string, JsonTree]> };

function isNumberNode(t: JsonTree): t is { num: string } {
  return typeof t === 'object' && t !== null && !Array.isArray(t) && 'num' in t;
}

function jsonNumber(n: number): JsonTree {
  if (Number.isNaN(n)) return 'NaN';
  if (n === Infinity) return 'Infinity';
  if (n === -Infinity) return '-Infinity';
  if (Number.isInteger(n) && Math.abs(n) < 9.223372036854776e18) return { num: String(n === 0 ? 0 : n) };
  return { num: formatDoubleRoundTrip(n) };
}

/** Newtonsoft's ISO 8601 form: fraction without trailing zeros; Z for UTC, the offset for local times. */
export function jsonDate(d: Date): string {
  const f = dateFields(d);
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  let s = `${p(f.year, 4)}-${p(f.month)}-${p(f.day)}T${p(f.hour)}:${p(f.minute)}:${p(f.second)}`;
  if (f.millisecond) s += `.${p(f.millisecond, 3).replace(/0+$/, '')}`;
  const kind = dateKind(d);
  if (kind === 'Utc') return s + 'Z';
  if (kind === 'Local') {
    const off = utcOffsetMinutes(d);
    const a = Math.abs(off);
    s += `${off < 0 ? '-' : '+'}${p(Math.trunc(a / 60))}:${p(a % 60)}`;
  }
  return s;
}

class Serializer {
  private warned = false;

  constructor(private readonly options: JsonWriteOptions) {}

  value(v: unknown, depth: number): JsonTree {
    if (v === null || v === undefined) return null;
    if (typeof v === 'string') return v;
    if (typeof v === 'boolean') return v;
    if (typeof v === 'number') return jsonNumber(v);
    if (typeof v === 'bigint') return { num: v.toString() };
    if (v instanceof Date) return jsonDate(v);
    if (v instanceof Guid) return v.toString();
    if (v instanceof EnumValue) return this.options.enumsAsStrings ? v.toString() : jsonNumber(v.value);
    if (depth > this.options.depth) {
      if (!this.warned) {
        this.warned = true;
        this.options.onDepthExceeded?.(this.options.depth);
      }
      return toStr(v);
    }
    // A ConstantClass serializes as the object it is: {"Value":"running"}.
    if (v instanceof ConstantValue) return { entries: [['Value', v.value]] };
    if (v instanceof PSHashtable) return this.dictionary(v, depth);
    if (Array.isArray(v) || v instanceof PSList || v instanceof Uint8Array) {
      const items = Array.isArray(v) ? v : v instanceof PSList ? v.items : Array.from(v);
      return items.map((x) => this.value(x, depth + 1));
    }
    if (v instanceof TimeSpan) return this.object(v, TIMESPAN_PROPERTIES, depth);
    if (v instanceof Version) {
      return {
        entries: [
          ['Major', jsonNumber(v.major)],
          ['Minor', jsonNumber(v.minor)],
          ['Build', jsonNumber(v.build)],
          ['Revision', jsonNumber(v.revision)],
          ['MajorRevision', jsonNumber(v.revision < 0 ? -1 : v.revision >> 16)],
          ['MinorRevision', jsonNumber(v.revision < 0 ? -1 : v.revision & 0xffff)],
        ],
      };
    }
    if (v instanceof TypeRef || isScriptBlock(v) || v instanceof RegExp) return toStr(v);
    return this.object(v, propertyNamesOf(v), depth);
  }

  private dictionary(h: PSHashtable, depth: number): JsonTree {
    const entries: Array<[string, JsonTree]> = [];
    for (const e of h.entries()) {
      if (typeof e.key !== 'string') {
        throw new RuntimeError(
          makeErrorRecord(`The type '${h.typeName}' is not supported for serialization or deserialization of a dictionary. Keys must be strings.`, {
            type: 'System.InvalidOperationException',
            id: 'NonStringKeyInDictionary,Microsoft.PowerShell.Commands.ConvertToJsonCommand',
            category: 'InvalidOperation',
            target: h,
          }),
        );
      }
      entries.push([e.key, this.value(e.value, depth + 1)]);
    }
    return { entries };
  }

  private object(v: unknown, names: readonly string[], depth: number): JsonTree {
    const entries: Array<[string, JsonTree]> = [];
    const seen = new Set<string>();
    for (const name of names) {
      const key = name.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      let value: unknown;
      try {
        value = v instanceof PSObject ? v.get(name) : propertyValue(v, name).value;
      } catch {
        value = null;
      }
      entries.push([name, this.value(value, depth + 1)]);
    }
    return { entries };
  }
}

const HTML_CHARS = new Set(['<', '>', "'", '&']);

function escapeString(s: string, handling: EscapeHandling): string {
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    const code = s.charCodeAt(i);
    switch (c) {
      case '"':
        out += '\\"';
        continue;
      case '\\':
        out += '\\\\';
        continue;
      case '\n':
        out += '\\n';
        continue;
      case '\r':
        out += '\\r';
        continue;
      case '\t':
        out += '\\t';
        continue;
      case '\b':
        out += '\\b';
        continue;
      case '\f':
        out += '\\f';
        continue;
      default:
        break;
    }
    const escape =
      code < 0x20 ||
      code === 0x85 ||
      code === 0x2028 ||
      code === 0x2029 ||
      (handling !== 'Default' && code > 0x7e) ||
      (handling === 'EscapeHtml' && HTML_CHARS.has(c));
    out += escape ? `\\u${code.toString(16).padStart(4, '0')}` : c;
  }
  return out + '"';
}

function write(t: JsonTree, options: JsonWriteOptions, indent: string): string {
  if (t === null) return 'null';
  if (typeof t === 'boolean') return t ? 'true' : 'false';
  if (typeof t === 'string') return escapeString(t, options.escapeHandling);
  if (isNumberNode(t)) return t.num;
  const inner = indent + '  ';
  if (Array.isArray(t)) {
    if (t.length === 0) return '[]';
    if (options.compress) return `[${t.map((x) => write(x, options, '')).join(',')}]`;
    return `[\n${t.map((x) => inner + write(x, options, inner)).join(',\n')}\n${indent}]`;
  }
  if (t.entries.length === 0) return '{}';
  if (options.compress) return `{${t.entries.map(([k, v]) => `${escapeString(k, options.escapeHandling)}:${write(v, options, '')}`).join(',')}}`;
  return `{\n${t.entries.map(([k, v]) => `${inner}${escapeString(k, options.escapeHandling)}: ${write(v, options, inner)}`).join(',\n')}\n${indent}}`;
}

/** The JSON text ConvertTo-Json produces for a value. */
export function toJson(value: unknown, options: JsonWriteOptions): string {
  const tree = new Serializer(options).value(value, 0);
  return write(tree, options, '');
}
