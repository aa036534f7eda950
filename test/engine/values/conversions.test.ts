import { describe, expect, it } from 'vitest';
import {
  convertTo,
  isInstanceOf,
  parseNumber,
  toBool,
  toNumber,
  toStr,
  tryConvertTo,
  typeNameOf,
  typeNamesOf,
  registerTypeConverter,
} from '../../../src/engine/conversions.js';
import { PSHashtable } from '../../../src/objects/hashtable.js';
import { PSObject } from '../../../src/objects/psobject.js';
import { TimeSpan } from '../../../src/objects/timespan.js';
import { TypeRef } from '../../../src/objects/typeref.js';
import { EnumValue } from '../../../src/objects/enum-value.js';
import { Guid } from '../../../src/objects/guid.js';
import { PSList } from '../../../src/objects/pslist.js';
import { withKind, dateKind } from '../../../src/objects/datetime.js';
import { ErrorRecord, RuntimeError, makeErrorRecord } from '../../../src/engine/errors.js';
import { registerTypeAlias } from '../../../src/engine/type-resolution.js';

import { errorOf } from './error-of.js';

process.env.TZ = 'UTC';


function custom(record: Record<string, unknown>): PSObject {
  return PSObject.fromRecord(record);
}

describe('toStr', () => {
  it.each<[unknown, string]>([
    [null, ''],
    [undefined, ''],
    ['abc', 'abc'],
    [42, '42'],
    [-7, '-7'],
    [0.1 + 0.2, '0.30000000000000004'],
    [1 / 3, '0.3333333333333333'],
    [Infinity, 'Infinity'],
    [1e15, '1000000000000000'],
    [1.5e300, '1.5E+300'],
    [1e20, '1E+20'],
    [1e-5, '1E-05'],
    [0.0001, '0.0001'],
    [2.5, '2.5'],
    [Math.PI, '3.141592653589793'],
    [123456789.123, '123456789.123'],
    [Number.NaN, 'NaN'],
    [true, 'True'],
    [false, 'False'],
    [[1, 2, 3], '1 2 3'],
    [[1, [2, 3]], '1 System.Object[]'],
    [[], ''],
    [[null, 'a'], ' a'],
    [new PSHashtable(), 'System.Collections.Hashtable'],
    [new PSHashtable(true), 'System.Collections.Specialized.OrderedDictionary'],
    [custom({ a: 1, b: 2 }), '@{a=1; b=2}'],
    [custom({ a: null, b: [1, 2], c: 'x' }), '@{a=; b=System.Object[]; c=x}'],
    [custom({ a: custom({ b: 1 }), h: new PSHashtable(), t: new TypeRef('System.String') }), '@{a=; h=System.Collections.Hashtable; t=string}'],
    [custom({ d: withKind(new Date(Date.UTC(2024, 0, 15, 13, 4, 5)), 'Utc'), n: 1.5 }), '@{d=01/15/2024 13:04:05; n=1.5}'],
    [[new TypeRef('System.Int32'), 'x'], 'int x'],
    [custom({}), ''],
    [new TypeRef('System.Int32'), 'int'],
    [new TypeRef('System.IO.Path'), 'System.IO.Path'],
    [new TypeRef('System.String[]'), 'string[]'],
    [new TimeSpan(90 * 10_000_000), '00:01:30'],
    [withKind(new Date(Date.UTC(2024, 0, 15, 13, 4, 5)), 'Utc'), '01/15/2024 13:04:05'],
    [new EnumValue({ fullName: 'X', members: [['A', 0], ['B', 1]] }, 1), 'B'],
    [Guid.tryParse('{0F8FAD5B-D9CB-469F-A165-70867728950E}'), '0f8fad5b-d9cb-469f-a165-70867728950e'],
    [new PSList([1, 2]), '1 2'],
  ])('%o → %s', (v, expected) => {
    expect(toStr(v)).toBe(expected);
  });

  it('uses the message for error records', () => {
    expect(toStr(new ErrorRecord({ typeName: 'System.Exception', message: 'boom' }, 'Id'))).toBe('boom');
  });

  it('uses toStringOverride for non-custom objects and the type name otherwise', () => {
    const o = new PSObject(['Amazon.S3.Model.S3Bucket', 'System.Object']);
    expect(toStr(o)).toBe('Amazon.S3.Model.S3Bucket');
    o.toStringOverride = () => 'bucket';
    expect(toStr(o)).toBe('bucket');
  });
});

describe('toBool', () => {
  it.each<[unknown, boolean]>([
    [null, false],
    ['', false],
    ['0', true],
    ['false', true],
    [' ', true],
    [0, false],
    [0.0, false],
    [1, true],
    [-1, true],
    [[], false],
    [[0], false],
    [[1], true],
    [[''], false],
    [[0, 0], true],
    [[[]], false],
    [[[0]], true],
    [new PSHashtable(), true],
    [custom({}), true],
    [true, true],
    [false, false],
  ])('%o → %s', (v, expected) => {
    expect(toBool(v)).toBe(expected);
  });
});

describe('toNumber and parseNumber', () => {
  it.each<[string, number | undefined]>([
    ['42', 42],
    ['  42  ', 42],
    ['-5', -5],
    ['+5', 5],
    ['1.5', 1.5],
    ['.5', 0.5],
    ['1e3', 1000],
    ['0x10', 16],
    ['0xFF', 255],
    ['0xFFFFFFFF', -1],
    ['1kb', 1024],
    ['2mb', 2097152],
    ['1.5gb', 1610612736],
    ['10l', 10],
    ['', 0],
    ['   ', 0],
    ['abc', undefined],
    ['1,000', undefined],
    ['12abc', undefined],
  ])('parseNumber(%o) → %o', (text, expected) => {
    expect(parseNumber(text)).toBe(expected);
  });

  it('converts null, booleans and strings for arithmetic', () => {
    expect(toNumber(null)).toBe(0);
    expect(toNumber(true)).toBe(1);
    expect(toNumber('7')).toBe(7);
  });

  it('reports PowerShell errors', () => {
    expect(errorOf(() => toNumber('abc'))).toBe('Cannot convert value "abc" to type "System.Int32". Error: "Input string was not in a correct format."');
    expect(errorOf(() => toNumber([1, 2]))).toBe('Cannot convert the "System.Object[]" value of type "System.Object[]" to type "System.Int32".');
    expect(errorOf(() => toNumber(custom({ a: 1 })))).toBe(
      'Cannot convert the "@{a=1}" value of type "System.Management.Automation.PSCustomObject" to type "System.Int32".',
    );
  });
});

describe('convertTo', () => {
  it.each<[unknown, string, unknown]>([
    ['42', 'int', 42],
    ['42', 'System.Int32', 42],
    [' 42 ', 'int', 42],
    ['1.5', 'int', 2],
    ['2.5', 'int', 2],
    [3.5, 'int', 4],
    [-2.5, 'int', -2],
    ['0x1F', 'int', 31],
    ['', 'int', 0],
    [null, 'int', 0],
    [true, 'int', 1],
    [['5'], 'int', 5],
    ['1e3', 'double', 1000],
    ['1.25', 'double', 1.25],
    [null, 'double', 0],
    ['255', 'byte', 255],
    ['9223372036854775807', 'long', 9223372036854775807],
    [42, 'string', '42'],
    [null, 'string', ''],
    [[1, 2], 'string', '1 2'],
    [1.5, 'string', '1.5'],
    ['false', 'bool', true],
    ['', 'bool', false],
    [0, 'bool', false],
    [[], 'bool', false],
    ['a', 'char', 'a'],
    [65, 'char', 'A'],
    ['x', 'switch', true],
    [5, 'object', 5],
    [null, 'object', null],
  ])('[%s] %o', (v, type, expected) => {
    expect(convertTo(v, type)).toEqual(expected);
  });

  it('converts to arrays element-wise', () => {
    expect(convertTo('1', 'int[]')).toEqual([1]);
    expect(convertTo(['1', '2'], 'System.Int32[]')).toEqual([1, 2]);
    expect(typeNameOf(convertTo(['1', '2'], 'int[]'))).toBe('System.Int32[]');
    expect(convertTo(5, 'object[]')).toEqual([5]);
    expect(convertTo(null, 'string[]')).toBe(null);
    expect(convertTo('abc', 'array')).toEqual(['abc']);
    expect(convertTo('ab', 'char[]')).toEqual(['a', 'b']);
    expect(convertTo([1, 2, 255], 'byte[]')).toEqual(new Uint8Array([1, 2, 255]));
  });

  it('converts hashtables to PSCustomObject in key order', () => {
    const h = PSHashtable.from([
      ['b', 1],
      ['a', 2],
    ]);
    const o = convertTo(h, 'pscustomobject') as PSObject;
    expect(o).toBeInstanceOf(PSObject);
    expect(o.propertyNames()).toEqual(['b', 'a']);
    expect(o.typeName).toBe('System.Management.Automation.PSCustomObject');
    expect(convertTo('abc', 'pscustomobject')).toBe('abc');
    expect(convertTo(h, 'psobject')).toBe(h);
  });

  it('converts to ordered and hashtable', () => {
    const h = PSHashtable.from([['a', 1]]);
    expect((convertTo(h, 'ordered') as PSHashtable).ordered).toBe(true);
    expect(convertTo(h, 'hashtable')).toBe(h);
  });

  it('parses dates with the invariant culture', () => {
    const d = convertTo('2024-01-15', 'datetime') as Date;
    expect(toStr(d)).toBe('01/15/2024 00:00:00');
    expect(dateKind(d)).toBe('Unspecified');
    expect(toStr(convertTo('01/15/2024 13:45:10', 'datetime'))).toBe('01/15/2024 13:45:10');
    expect(toStr(convertTo('1/5/2024 1:45 PM', 'datetime'))).toBe('01/05/2024 13:45:00');
    expect(toStr(convertTo('January 15, 2024', 'datetime'))).toBe('01/15/2024 00:00:00');
    expect(toStr(convertTo('15 Jan 2024 10:30', 'datetime'))).toBe('01/15/2024 10:30:00');
    const z = convertTo('2024-01-15T10:00:00Z', 'datetime') as Date;
    expect(dateKind(z)).toBe('Local');
    expect(z.getTime()).toBe(Date.UTC(2024, 0, 15, 10));
    expect(toStr(convertTo('2024-01-15T10:00:00.123+02:00', 'datetime'))).toBe('01/15/2024 08:00:00');
  });

  it('converts timespans', () => {
    expect(toStr(convertTo('1:30:00', 'timespan'))).toBe('01:30:00');
    expect(toStr(convertTo('1.02:03:04.5', 'timespan'))).toBe('1.02:03:04.5000000');
    expect(toStr(convertTo('5', 'timespan'))).toBe('5.00:00:00');
    expect(toStr(convertTo(10_000_000, 'timespan'))).toBe('00:00:01');
  });

  it('converts enums from names and numbers', () => {
    expect(toStr(convertTo('monday', 'System.DayOfWeek'))).toBe('Monday');
    expect(toStr(convertTo(3, 'DayOfWeek'))).toBe('Wednesday');
    expect(toStr(convertTo('IgnoreCase, Multiline', 'System.Text.RegularExpressions.RegexOptions'))).toBe('IgnoreCase, Multiline');
    expect(errorOf(() => convertTo('Funday', 'System.DayOfWeek'))).toBe(
      'Cannot convert value "Funday" to type "System.DayOfWeek". Error: "Unable to match the identifier name Funday to a valid enumerator name. Specify one of the following enumerator names and try again:\nSunday, Monday, Tuesday, Wednesday, Thursday, Friday, Saturday"',
    );
  });

  it('converts guids, versions, regexes and types', () => {
    expect(toStr(convertTo('0F8FAD5BD9CB469FA16570867728950E', 'guid'))).toBe('0f8fad5b-d9cb-469f-a165-70867728950e');
    expect(toStr(convertTo('1.2.3', 'version'))).toBe('1.2.3');
    const re = convertTo('a+b', 'regex') as RegExp;
    expect(re).toBeInstanceOf(RegExp);
    expect(toStr(re)).toBe('a+b');
    expect((convertTo('int', 'type') as TypeRef).fullName).toBe('System.Int32');
  });

  it('reports PowerShell conversion errors', () => {
    expect(errorOf(() => convertTo('abc', 'int'))).toBe('Cannot convert value "abc" to type "System.Int32". Error: "Input string was not in a correct format."');
    expect(errorOf(() => convertTo('abc', 'double'))).toBe('Cannot convert value "abc" to type "System.Double". Error: "Input string was not in a correct format."');
    expect(errorOf(() => convertTo(3e9, 'int'))).toBe('Cannot convert value "3000000000" to type "System.Int32". Error: "Value was either too large or too small for an Int32."');
    expect(errorOf(() => convertTo(300, 'byte'))).toBe('Cannot convert value "300" to type "System.Byte". Error: "Value was either too large or too small for an unsigned byte."');
    expect(errorOf(() => convertTo('ab', 'char'))).toBe('Cannot convert value "ab" to type "System.Char". Error: "String must be exactly one character long."');
    expect(errorOf(() => convertTo([1, 2], 'int'))).toBe('Cannot convert the "System.Object[]" value of type "System.Object[]" to type "System.Int32".');
    expect(errorOf(() => convertTo('abc', 'datetime'))).toBe('Cannot convert value "abc" to type "System.DateTime". Error: "String \'abc\' was not recognized as a valid DateTime."');
    expect(errorOf(() => convertTo('x', 'Foo.Bar'))).toBe('Unable to find type [Foo.Bar].');
    expect(errorOf(() => convertTo('{ 1 }', 'scriptblock'))).toBe(
      'Cannot convert the "{ 1 }" value of type "System.String" to type "System.Management.Automation.ScriptBlock".',
    );
    const err = (() => {
      try {
        convertTo('abc', 'int');
      } catch (e) {
        return e as RuntimeError;
      }
      return undefined;
    })();
    expect(err?.record.exception.typeName).toBe('System.Management.Automation.PSInvalidCastException');
  });

  it('-as returns null on failure', () => {
    expect(tryConvertTo('abc', 'int')).toBe(null);
    expect(tryConvertTo('12', 'int')).toBe(12);
  });

  it('lets other layers add converters and aliases', () => {
    registerTypeAlias('FilterX', 'Amazon.Test.Model.FilterX');
    registerTypeConverter(
      (t) => t === 'Amazon.Test.Model.FilterX',
      (v) => {
        const o = new PSObject(['Amazon.Test.Model.FilterX', 'System.Object']);
        if (v instanceof PSHashtable) for (const e of v.entries()) o.addNote(String(e.key), e.value);
        return o;
      },
    );
    const o = convertTo(PSHashtable.from([['Name', 'x']]), 'FilterX') as PSObject;
    expect(o.typeName).toBe('Amazon.Test.Model.FilterX');
    expect(o.get('Name')).toBe('x');
  });
});

describe('typeNameOf / typeNamesOf / isInstanceOf', () => {
  it.each<[unknown, string]>([
    ['a', 'System.String'],
    [1, 'System.Int32'],
    [2147483648, 'System.Int64'],
    [1.5, 'System.Double'],
    [true, 'System.Boolean'],
    [[1], 'System.Object[]'],
    [new PSHashtable(), 'System.Collections.Hashtable'],
    [new PSHashtable(true), 'System.Collections.Specialized.OrderedDictionary'],
    [custom({}), 'System.Management.Automation.PSCustomObject'],
    [new Date(), 'System.DateTime'],
    [new TimeSpan(1), 'System.TimeSpan'],
    [new TypeRef('System.Int32'), 'System.RuntimeType'],
    [new Uint8Array(2), 'System.Byte[]'],
    [/a/, 'System.Text.RegularExpressions.Regex'],
    [new ErrorRecord({ typeName: 'System.Exception', message: 'm' }, 'x'), 'System.Management.Automation.ErrorRecord'],
    [PSList.arrayList(), 'System.Collections.ArrayList'],
    [null, 'System.Object'],
  ])('%o is %s', (v, expected) => {
    expect(typeNameOf(v)).toBe(expected);
  });

  it('lists base types', () => {
    expect(typeNamesOf(1)).toEqual(['System.Int32', 'System.ValueType', 'System.Object']);
    expect(typeNamesOf('a')).toEqual(['System.String', 'System.Object']);
    expect(typeNamesOf([1])).toEqual(['System.Object[]', 'System.Array', 'System.Object']);
  });

  it.each<[unknown, string, boolean]>([
    [1, 'int', true],
    [1, 'long', false],
    [1, 'double', false],
    [1.5, 'double', true],
    [1, 'ValueType', true],
    [1, 'object', true],
    [null, 'object', false],
    ['a', 'string', true],
    ['a', 'System.Collections.IEnumerable', true],
    [[1], 'array', true],
    [[1], 'object[]', true],
    [[1], 'System.Collections.IList', true],
    [new PSHashtable(), 'hashtable', true],
    [new PSHashtable(), 'System.Collections.IDictionary', true],
    [custom({}), 'pscustomobject', true],
    [custom({}), 'psobject', true],
    [new Date(), 'datetime', true],
    [new TypeRef('System.Int32'), 'type', true],
  ])('%o -is [%s] → %s', (v, type, expected) => {
    expect(isInstanceOf(v, type)).toBe(expected);
  });

  it('matches exception hierarchies of runtime errors', () => {
    const e = new RuntimeError(makeErrorRecord('x', { type: 'System.Management.Automation.PSInvalidCastException', baseTypeNames: ['System.InvalidCastException'] }));
    expect(isInstanceOf(e, 'System.Exception')).toBe(true);
    expect(isInstanceOf(e, 'System.InvalidCastException')).toBe(true);
    expect(isInstanceOf(e, 'System.IO.IOException')).toBe(false);
  });
});
