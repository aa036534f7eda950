import { describe, expect, it } from 'vitest';
import { PSObject } from '../../../src/objects/psobject.js';
import { PSHashtable } from '../../../src/objects/hashtable.js';
import { utcDate, dateKind } from '../../../src/objects/datetime.js';
import { RuntimeError } from '../../../src/engine/errors.js';
import { convertFromJsonCommand, convertToJsonCommand } from '../../../cmdlets/core/data/json-cmdlets.js';
import { runCmdlet } from './fake-context.js';

const obj = (r: Record<string, unknown>) => PSObject.fromRecord(r);
const h = (entries: Array<[string, unknown]>) => PSHashtable.from(entries);

async function toJson(inputs: unknown[], params: Record<string, unknown> = {}) {
  return runCmdlet(convertToJsonCommand, params, inputs);
}

describe('ConvertTo-Json', () => {
  it('writes objects with two-space indentation', async () => {
    const r = await toJson([obj({ a: 1, b: 'x', c: null, d: true, e: 1.5 })]);
    expect(r.output).toEqual(['{\n  "a": 1,\n  "b": "x",\n  "c": null,\n  "d": true,\n  "e": 1.5\n}']);
  });

  it('turns several inputs into an array, one input into itself (-AsArray forces an array)', async () => {
    expect((await toJson([1, 2, 3])).output).toEqual(['[\n  1,\n  2,\n  3\n]']);
    expect((await toJson([1])).output).toEqual(['1']);
    expect((await toJson([1], { AsArray: true })).output).toEqual(['[\n  1\n]']);
    expect((await toJson([], {})).output).toEqual([]);
    expect((await toJson([null])).output).toEqual(['null']);
  });

  it('compresses', async () => {
    const r = await toJson([h([['a', 1], ['b', [1, 2]], ['c', []], ['d', h([])]])], { Compress: true });
    expect(r.output).toEqual(['{"a":1,"b":[1,2],"c":[],"d":{}}']);
  });

  it('nests arrays of objects', async () => {
    const r = await toJson([[obj({ a: 1 }), obj({ a: 2 })]], {});
    expect(r.output).toEqual(['[\n  {\n    "a": 1\n  },\n  {\n    "a": 2\n  }\n]']);
  });

  it('cuts objects deeper than -Depth to strings and warns once', async () => {
    const deep = h([['a', h([['b', h([['c', h([['d', 1]])]])]])]]);
    const r = await toJson([deep]);
    expect(r.output).toEqual(['{\n  "a": {\n    "b": {\n      "c": "System.Collections.Hashtable"\n    }\n  }\n}']);
    expect(r.warnings).toEqual(['Resulting JSON is truncated as serialization has exceeded the set depth of 2.']);
    const r2 = await toJson([obj({ x: obj({ y: obj({ z: obj({ w: 1 }) }) }) })], { Depth: 1 });
    expect(r2.output).toEqual(['{\n  "x": {\n    "y": "@{z=}"\n  }\n}']);
  });

  it('writes dates in ISO 8601 with Z for UTC', async () => {
    const r = await toJson([utcDate(Date.UTC(2026, 10, 25, 21, 44, 21, 120))]);
    expect(r.output).toEqual(['"2026-11-25T21:44:21.12Z"']);
  });

  it('escapes like Newtonsoft', async () => {
    expect((await toJson(['a"b\\c\n\u0001é<'])).output).toEqual(['"a\\"b\\\\c\\n\\u0001é<"']);
    expect((await toJson(['é<'], { EscapeHandling: 'EscapeHtml' })).output).toEqual(['"\\u00e9\\u003c"']);
  });

  it('writes doubles round-trip', async () => {
    expect((await toJson([0.1 + 0.2])).output).toEqual(['0.30000000000000004']);
  });

  it('rejects a -Depth over 100', async () => {
    await expect(toJson([1], { Depth: 101 })).rejects.toThrow(
      "Cannot validate argument on parameter 'Depth'. The 101 argument is greater than the maximum allowed range of 100. Supply an argument that is less than or equal to 100 and then try the command again.",
    );
  });
});

async function fromJson(inputs: unknown[], params: Record<string, unknown> = {}) {
  return runCmdlet(convertFromJsonCommand, params, inputs);
}

describe('ConvertFrom-Json', () => {
  it('makes custom objects and arrays', async () => {
    const r = await fromJson(['{"a":1,"b":[1,2],"c":{"d":"x"},"e":null,"f":1.5}']);
    expect(r.output).toHaveLength(1);
    const o = r.output[0] as PSObject;
    expect(o.typeName).toBe('System.Management.Automation.PSCustomObject');
    expect(o.propertyNames()).toEqual(['a', 'b', 'c', 'e', 'f']);
    expect(o.get('b')).toEqual([1, 2]);
    expect((o.get('c') as PSObject).get('d')).toBe('x');
    expect(o.get('e')).toBeNull();
  });

  it('enumerates a top-level array unless -NoEnumerate', async () => {
    expect((await fromJson(['[1,2]'])).output).toEqual([1, 2]);
    expect((await fromJson(['[1,2]'], { NoEnumerate: true })).output).toEqual([[1, 2]]);
  });

  it('joins lines that are not complete documents on their own', async () => {
    const r = await fromJson(['{', '"a": 1', '}']);
    expect((r.output[0] as PSObject).get('a')).toBe(1);
  });

  it('parses ISO dates', async () => {
    const r = await fromJson(['"2020-01-02T03:04:05Z"']);
    const d = r.output[0] as Date;
    expect(d.getTime()).toBe(Date.UTC(2020, 0, 2, 3, 4, 5));
    expect(dateKind(d)).toBe('Utc');
    expect((await fromJson(['"2020-01-02T03:04:05Z"'], { DateKind: 'String' })).output).toEqual(['2020-01-02T03:04:05Z']);
  });

  it('returns hashtables with -AsHashtable', async () => {
    const r = await fromJson(['{"a":1,"b":{"c":2}}'], { AsHashtable: true });
    const t = r.output[0] as PSHashtable;
    expect(t).toBeInstanceOf(PSHashtable);
    expect((t.get('b') as PSHashtable).get('c')).toBe(2);
  });

  it('reports invalid JSON like pwsh', async () => {
    await expect(fromJson(['hello'])).rejects.toThrow(
      "Conversion from JSON failed with error: Unexpected character encountered while parsing value: h. Path '', line 0, position 0.",
    );
    await expect(fromJson(['{"a":1'])).rejects.toThrow("Conversion from JSON failed with error: Unexpected end when reading JSON. Path 'a', line 1, position 6.");
    try {
      await fromJson(['[1 2]']);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(RuntimeError);
      const rec = (e as RuntimeError).record;
      expect(rec.exception.message).toBe(
        "Conversion from JSON failed with error: After parsing a value an unexpected character was encountered: 2. Path '[0]', line 1, position 3.",
      );
      expect(rec.commandName).toBe('ConvertFrom-Json');
    }
  });

  it('refuses keys differing only in case without -AsHashtable', async () => {
    await expect(fromJson(['{"a":1,"A":2}'])).rejects.toThrow(
      "Cannot convert the JSON string because it contains keys with different casing. Please use the -AsHashTable switch instead. The key that was attempted to be added to the existing key 'a' was 'A'.",
    );
  });

  it('accepts comments, single quotes and unquoted names', async () => {
    const r = await fromJson(["{ // comment\n a: 'x', /* c */ \"b\": [1,2,] }"]);
    const o = r.output[0] as PSObject;
    expect(o.get('a')).toBe('x');
    expect(o.get('b')).toEqual([1, 2]);
  });

  it('outputs $null for empty input', async () => {
    expect((await fromJson([''])).output).toEqual([null]);
  });
});
