import { describe, expect, it } from 'vitest';
import { getMember, hasMethod, indexValue, invokeMethod, listMethodNames, listProperties, setIndex, setMember } from '../../../src/engine/members.js';
import { convertTo, toStr, typeNameOf } from '../../../src/engine/conversions.js';
import { PSHashtable } from '../../../src/objects/hashtable.js';
import { PSObject } from '../../../src/objects/psobject.js';
import { PSList } from '../../../src/objects/pslist.js';
import { TimeSpan } from '../../../src/objects/timespan.js';
import { TypeRef } from '../../../src/objects/typeref.js';
import { withKind, dateKind } from '../../../src/objects/datetime.js';
import { ErrorRecord, makeErrorRecord } from '../../../src/engine/errors.js';
import { newObject } from '../../../src/engine/static-members.js';

import { errorOf } from './error-of.js';

process.env.TZ = 'UTC';


const obj = (r: Record<string, unknown>) => PSObject.fromRecord(r);

describe('getMember', () => {
  it('reads PSObject properties case-insensitively; missing ones are null', () => {
    const o = obj({ Name: 'x', Size: 3 });
    expect(getMember(o, 'name')).toBe('x');
    expect(getMember(o, 'Missing')).toBe(null);
    expect(getMember(o, 'Count')).toBe(1);
  });

  it('reads hashtable keys before hashtable properties', () => {
    const h = PSHashtable.from([
      ['a', 1],
      ['Count', 'mine'],
    ]);
    expect(getMember(h, 'A')).toBe(1);
    expect(getMember(h, 'count')).toBe('mine');
    expect(getMember(PSHashtable.from([['a', 1]]), 'Count')).toBe(1);
    expect(getMember(PSHashtable.from([['a', 1]]), 'Keys')).toEqual(['a']);
    expect(getMember(PSHashtable.from([['a', 1]]), 'nope')).toBe(null);
  });

  it('has Count/Length on scalars and null', () => {
    expect(getMember(null, 'Count')).toBe(0);
    expect(getMember(null, 'Length')).toBe(0);
    expect(getMember(null, 'Name')).toBe(null);
    expect(getMember(5, 'Count')).toBe(1);
    expect(getMember('abc', 'Length')).toBe(3);
    expect(getMember('abc', 'Count')).toBe(1);
  });

  it('enumerates members of collection elements', () => {
    const items = [obj({ Name: 'a' }), obj({ Name: 'b' }), obj({ Other: 1 }), null];
    expect(getMember(items, 'Name')).toEqual(['a', 'b']);
    expect(getMember([obj({ Name: 'a' })], 'Name')).toBe('a');
    expect(getMember([obj({ Tags: [1, 2] }), obj({ Tags: [3] })], 'Tags')).toEqual([1, 2, 3]);
    expect(getMember([1, 2, 3], 'Count')).toBe(3);
    expect(getMember(['a', 'bb'], 'Length')).toBe(2);
    expect(getMember([], 'Name')).toBe(null);
    expect(getMember(new PSList([obj({ N: 1 }), obj({ N: 2 })]), 'N')).toEqual([1, 2]);
  });

  it('reads DateTime members', () => {
    const d = withKind(new Date(Date.UTC(2024, 1, 29, 13, 45, 30, 250)), 'Utc');
    expect(getMember(d, 'Year')).toBe(2024);
    expect(getMember(d, 'Month')).toBe(2);
    expect(getMember(d, 'Day')).toBe(29);
    expect(getMember(d, 'Hour')).toBe(13);
    expect(getMember(d, 'Minute')).toBe(45);
    expect(getMember(d, 'Second')).toBe(30);
    expect(getMember(d, 'Millisecond')).toBe(250);
    expect(toStr(getMember(d, 'DayOfWeek'))).toBe('Thursday');
    expect(getMember(d, 'DayOfYear')).toBe(60);
    expect(toStr(getMember(d, 'Kind'))).toBe('Utc');
    expect(toStr(getMember(d, 'Date'))).toBe('02/29/2024 00:00:00');
    expect(toStr(getMember(d, 'TimeOfDay'))).toBe('13:45:30.2500000');
    expect(getMember(d, 'Ticks')).toBe(638448111302500000);
    expect(getMember(d, 'DateTime')).toBe('Thursday, February 29, 2024 1:45:30 PM');
  });

  it('reads TimeSpan members', () => {
    const t = new TimeSpan((90 * 60 + 30) * 10_000_000);
    expect(getMember(t, 'Hours')).toBe(1);
    expect(getMember(t, 'Minutes')).toBe(30);
    expect(getMember(t, 'Seconds')).toBe(30);
    expect(getMember(t, 'TotalMinutes')).toBe(90.5);
    expect(getMember(t, 'TotalSeconds')).toBe(5430);
  });

  it('reads type members', () => {
    const t = new TypeRef('System.Int32');
    expect(getMember(t, 'Name')).toBe('Int32');
    expect(getMember(t, 'FullName')).toBe('System.Int32');
    expect((getMember(t, 'BaseType') as TypeRef).fullName).toBe('System.ValueType');
    expect(getMember(new TypeRef('System.String'), 'IsValueType')).toBe(false);
    expect(getMember(new TypeRef('System.Object[]'), 'IsArray')).toBe(true);
  });

  it('reads ErrorRecord members', () => {
    const rec = makeErrorRecord('Something failed', { id: 'MyId', category: 'InvalidOperation', target: 'x' });
    rec.commandName = 'Get-Thing';
    const ex = getMember(rec, 'Exception') as PSObject;
    expect(getMember(ex, 'Message')).toBe('Something failed');
    expect(typeNameOf(ex)).toBe('System.Management.Automation.RuntimeException');
    expect(getMember(rec, 'Exception')).toBe(ex);
    expect((invokeMethod(ex, 'GetType', []) as TypeRef).fullName).toBe('System.Management.Automation.RuntimeException');
    expect(toStr(ex)).toBe('System.Management.Automation.RuntimeException: Something failed');
    expect(getMember(rec, 'FullyQualifiedErrorId')).toBe('MyId');
    expect(getMember(rec, 'TargetObject')).toBe('x');
    expect(toStr(getMember(rec, 'CategoryInfo'))).toBe('InvalidOperation: (x:String) [Get-Thing], RuntimeException');
    expect(toStr(getMember(getMember(rec, 'CategoryInfo'), 'Category'))).toBe('InvalidOperation');
    expect(getMember(rec, 'ScriptStackTrace')).toBe('');
    expect(getMember(getMember(rec, 'InvocationInfo'), 'ScriptLineNumber')).toBe(0);
  });

  it('exposes data of AWS-style exceptions', () => {
    const rec = new ErrorRecord({ typeName: 'Amazon.S3.AmazonS3Exception', message: 'Access Denied', data: { ErrorCode: 'AccessDenied', StatusCode: 'Forbidden' } }, 'x');
    const ex = getMember(rec, 'Exception');
    expect(getMember(ex, 'ErrorCode')).toBe('AccessDenied');
    expect(getMember(ex, 'StatusCode')).toBe('Forbidden');
  });

  it('exposes psobject.Properties', () => {
    const o = obj({ a: 1, b: 'two' });
    const props = getMember(getMember(o, 'psobject'), 'Properties');
    expect(getMember(props, 'Name')).toEqual(['a', 'b']);
    expect(getMember(props, 'Value')).toEqual([1, 'two']);
    expect(getMember(props, 'MemberType')).toEqual(['NoteProperty', 'NoteProperty']);
    const first = (props as PSObject[])[0];
    setMember(first, 'Value', 5);
    expect(o.get('a')).toBe(5);
    invokeMethod(props, 'Add', [newObject('System.Management.Automation.PSNoteProperty', ['c', 3])]);
    expect(o.get('c')).toBe(3);
    invokeMethod(props, 'Remove', ['a']);
    expect(o.has('a')).toBe(false);
    expect(getMember(indexValue(props, 'b'), 'Value')).toBe('two');
    expect(getMember(getMember(o, 'psobject'), 'TypeNames')).toEqual(['System.Management.Automation.PSCustomObject', 'System.Object']);
    const copy = invokeMethod(getMember(o, 'psobject'), 'Copy', []) as PSObject;
    expect(copy).not.toBe(o);
    expect(copy.get('b')).toBe('two');
  });
});

describe('setMember', () => {
  it('sets existing properties, converting to the declared type', () => {
    const o = new PSObject(['Amazon.CloudWatch.Model.MetricDatum', 'System.Object']);
    o.addNote('Value', null, 'Property', 'System.Double');
    o.sealed = true;
    setMember(o, 'value', '.50');
    expect(o.get('Value')).toBe(0.5);
  });

  it('rejects unknown properties', () => {
    const o = obj({ a: 1 });
    expect(errorOf(() => setMember(o, 'b', 2))).toBe("The property 'b' cannot be found on this object. Verify that the property exists and can be set.");
    expect(errorOf(() => setMember(null, 'x', 1))).toBe("The property 'x' cannot be found on this object. Verify that the property exists and can be set.");
    expect(errorOf(() => setMember('abc', 'Length', 1))).toBe("'Length' is a ReadOnly property.");
  });

  it('adds hashtable keys', () => {
    const h = new PSHashtable();
    setMember(h, 'x', 1);
    expect(h.get('X')).toBe(1);
  });
});

describe('invokeMethod on strings', () => {
  it.each<[string, string, unknown[], unknown]>([
    ['Hello', 'ToUpper', [], 'HELLO'],
    ['Hello', 'toLower', [], 'hello'],
    ['  hi  ', 'Trim', [], 'hi'],
    ['xxhixx', 'Trim', ['x'], 'hi'],
    ['xyhiyx', 'Trim', ['xy'], 'hi'],
    ['  hi  ', 'TrimStart', [], 'hi  '],
    ['  hi  ', 'TrimEnd', [], '  hi'],
    ['a,b,c', 'Split', [','], ['a', 'b', 'c']],
    ['a-b_c', 'Split', ['-_'], ['a-b_c']],
    ['a-b_c', 'Split', [['-', '_']], ['a', 'b', 'c']],
    ['a,b,,c', 'Split', [',', 'RemoveEmptyEntries'], ['a', 'b', 'c']],
    ['a,b,c', 'Split', [',', 2], ['a', 'b,c']],
    ['a b', 'Split', [], ['a', 'b']],
    ['Hello', 'Contains', ['ell'], true],
    ['Hello', 'Contains', ['ELL'], false],
    ['Hello', 'Contains', ['ELL', 'OrdinalIgnoreCase'], true],
    ['Hello', 'StartsWith', ['He'], true],
    ['Hello', 'StartsWith', ['he'], false],
    ['Hello', 'StartsWith', ['he', 'CurrentCultureIgnoreCase'], true],
    ['Hello', 'EndsWith', ['lo'], true],
    ['Hello', 'Replace', ['l', 'L'], 'HeLLo'],
    ['Hello', 'Replace', ['L', 'x'], 'Hello'],
    ['Hello', 'Substring', [1], 'ello'],
    ['Hello', 'Substring', [1, 3], 'ell'],
    ['Hello', 'IndexOf', ['l'], 2],
    ['Hello', 'IndexOf', ['l', 3], 3],
    ['Hello', 'IndexOf', ['z'], -1],
    ['Hello', 'LastIndexOf', ['l'], 3],
    ['Hello', 'PadLeft', [8], '   Hello'],
    ['Hello', 'PadRight', [7, '.'], 'Hello..'],
    ['Hello', 'Insert', [5, '!'], 'Hello!'],
    ['Hello', 'Remove', [1, 3], 'Ho'],
    ['Hello', 'Remove', [2], 'He'],
    ['abc', 'ToCharArray', [], ['a', 'b', 'c']],
    ['abc', 'Equals', ['abc'], true],
    ['abc', 'Equals', ['ABC'], false],
    ['abc', 'CompareTo', ['abd'], -1],
    ['abc', 'ToString', [], 'abc'],
    ['abc', 'GetType', [], new TypeRef('System.String')],
  ])('%o.%s(%o)', (s, m, args, expected) => {
    expect(invokeMethod(s, m, args)).toEqual(expected);
  });

  it('reports .NET exceptions and unknown methods as PowerShell does', () => {
    expect(errorOf(() => invokeMethod('Hello', 'Substring', [10]))).toBe(
      'Exception calling "Substring" with "1" argument(s): "startIndex cannot be larger than length of string. (Parameter \'startIndex\')"',
    );
    expect(errorOf(() => invokeMethod('Hello', 'Substring', [1, 10]))).toBe(
      'Exception calling "Substring" with "2" argument(s): "Index and length must refer to a location within the string. (Parameter \'length\')"',
    );
    expect(errorOf(() => invokeMethod('Hello', 'Substring', []))).toBe('Cannot find an overload for "Substring" and the argument count: "0".');
    expect(errorOf(() => invokeMethod('Hello', 'Foo', []))).toBe("Method invocation failed because [System.String] does not contain a method named 'Foo'.");
    expect(errorOf(() => invokeMethod(null, 'Foo', []))).toBe('You cannot call a method on a null-valued expression.');
    expect(errorOf(() => invokeMethod('Hello', 'Substring', ['x']))).toBe(
      'Cannot convert argument "startIndex", with value: "x", for "Substring" to type "System.Int32": "Cannot convert value "x" to type "System.Int32". Error: "Input string was not in a correct format.""',
    );
  });
});

describe('invokeMethod on collections', () => {
  it('fixed-size arrays', () => {
    const a = [1, 2, 3];
    expect(invokeMethod(a, 'Contains', [2])).toBe(true);
    expect(invokeMethod(a, 'IndexOf', [3])).toBe(2);
    expect(invokeMethod(a, 'GetValue', [1])).toBe(2);
    expect(invokeMethod(a, 'Clone', [])).toEqual([1, 2, 3]);
    expect(errorOf(() => invokeMethod(a, 'Add', [4]))).toBe('Exception calling "Add" with "1" argument(s): "Collection was of a fixed size."');
    expect(errorOf(() => invokeMethod(a, 'Remove', [1]))).toBe('Exception calling "Remove" with "1" argument(s): "Collection was of a fixed size."');
    expect(invokeMethod(['a', 'b'], 'ToUpper', [])).toEqual(['A', 'B']);
    expect(errorOf(() => invokeMethod([1, 2], 'Foo', []))).toBe("Method invocation failed because [System.Object[]] does not contain a method named 'Foo'.");
    expect(hasMethod([1], 'ForEach')).toBe(false);
    expect(hasMethod(['a'], 'ToUpper')).toBe(true);
  });

  it('growable lists', () => {
    const list = newObject('System.Collections.Generic.List[string]') as PSList;
    expect(invokeMethod(list, 'Add', ['a'])).toBeUndefined();
    invokeMethod(list, 'Add', [5]);
    expect(list.items).toEqual(['a', '5']);
    invokeMethod(list, 'AddRange', [['b', 'c']]);
    invokeMethod(list, 'Insert', [0, 'z']);
    expect(getMember(list, 'Count')).toBe(5);
    expect(invokeMethod(list, 'Remove', ['b'])).toBe(true);
    expect(invokeMethod(list, 'Contains', ['c'])).toBe(true);
    invokeMethod(list, 'RemoveAt', [0]);
    expect(list.items).toEqual(['a', '5', 'c']);
    expect(typeNameOf(list)).toBe('System.Collections.Generic.List`1[[System.String]]');
    expect(toStr(invokeMethod(list, 'GetType', []))).toBe('System.Collections.Generic.List[string]');
    invokeMethod(list, 'Clear', []);
    expect(getMember(list, 'Count')).toBe(0);

    const al = newObject('System.Collections.ArrayList') as PSList;
    expect(invokeMethod(al, 'Add', ['x'])).toBe(0);
    expect(invokeMethod(al, 'Add', ['y'])).toBe(1);
  });

  it('hashtables', () => {
    const h = new PSHashtable();
    invokeMethod(h, 'Add', ['a', 1]);
    expect(errorOf(() => invokeMethod(h, 'Add', ['A', 2]))).toBe(
      'Exception calling "Add" with "2" argument(s): "Item has already been added. Key in dictionary: \'a\'  Key being added: \'A\'"',
    );
    expect(invokeMethod(h, 'ContainsKey', ['A'])).toBe(true);
    expect(invokeMethod(h, 'ContainsValue', [1])).toBe(true);
    const entries = invokeMethod(h, 'GetEnumerator', []) as PSObject[];
    expect(getMember(entries[0], 'Key')).toBe('a');
    expect(getMember(entries[0], 'Name')).toBe('a');
    expect(getMember(entries[0], 'Value')).toBe(1);
    const c = invokeMethod(h, 'Clone', []) as PSHashtable;
    invokeMethod(h, 'Remove', ['a']);
    expect(h.count).toBe(0);
    expect(c.count).toBe(1);
    const o = new PSHashtable(true);
    invokeMethod(o, 'Add', ['b', 2]);
    invokeMethod(o, 'Insert', [0, 'a', 1]);
    expect(o.keys()).toEqual(['a', 'b']);
  });
});

describe('invokeMethod on dates, timespans, numbers', () => {
  const d = withKind(new Date(Date.UTC(2024, 0, 31, 10, 30)), 'Utc');
  it('date arithmetic and formatting', () => {
    expect(toStr(invokeMethod(d, 'AddDays', [1]))).toBe('02/01/2024 10:30:00');
    expect(toStr(invokeMethod(d, 'AddDays', [-1.5]))).toBe('01/29/2024 22:30:00');
    expect(toStr(invokeMethod(d, 'AddMonths', [1]))).toBe('02/29/2024 10:30:00');
    expect(toStr(invokeMethod(d, 'AddYears', [1]))).toBe('01/31/2025 10:30:00');
    expect(toStr(invokeMethod(d, 'AddHours', [2]))).toBe('01/31/2024 12:30:00');
    expect(toStr(invokeMethod(d, 'AddMinutes', [45]))).toBe('01/31/2024 11:15:00');
    expect(toStr(invokeMethod(d, 'AddSeconds', [30]))).toBe('01/31/2024 10:30:30');
    expect(invokeMethod(d, 'ToString', ['yyyy-MM-dd'])).toBe('2024-01-31');
    expect(invokeMethod(d, 'ToString', [])).toBe('1/31/2024 10:30:00 AM');
    expect(invokeMethod(d, 'ToShortDateString', [])).toBe('1/31/2024');
    expect(invokeMethod(d, 'ToLongDateString', [])).toBe('Wednesday, January 31, 2024');
    expect(invokeMethod(d, 'ToShortTimeString', [])).toBe('10:30 AM');
    expect(invokeMethod(d, 'ToString', ['o'])).toBe('2024-01-31T10:30:00.0000000Z');
    expect(toStr(invokeMethod(d, 'Subtract', [withKind(new Date(Date.UTC(2024, 0, 30)), 'Utc')]))).toBe('1.10:30:00');
    expect(invokeMethod(d, 'ToFileTimeUtc', [])).toBe(133511706000000000);
    expect(dateKind(invokeMethod(d, 'ToLocalTime', []) as Date)).toBe('Local');
    expect(invokeMethod(d, 'CompareTo', [d])).toBe(0);
  });

  it('timespans', () => {
    const t = new TimeSpan(5400 * 10_000_000);
    expect(invokeMethod(t, 'ToString', [])).toBe('01:30:00');
    expect(invokeMethod(t, 'ToString', ['hh\\:mm'])).toBe('01:30');
    expect(toStr(invokeMethod(t, 'Add', [new TimeSpan(600_000_000)]))).toBe('01:31:00');
    expect(toStr(invokeMethod(t, 'Negate', []))).toBe('-01:30:00');
  });

  it('numbers and booleans', () => {
    expect(invokeMethod(3.14159, 'ToString', ['N2'])).toBe('3.14');
    expect(invokeMethod(255, 'ToString', ['X2'])).toBe('FF');
    expect(invokeMethod(0.1 + 0.2, 'ToString', [])).toBe('0.30000000000000004');
    expect(invokeMethod(5, 'CompareTo', [3])).toBe(1);
    expect(invokeMethod(5, 'Equals', [5])).toBe(true);
    expect(invokeMethod(5, 'Equals', [5.5])).toBe(false);
    expect(toStr(invokeMethod(5, 'GetType', []))).toBe('int');
    expect(getMember(invokeMethod(5, 'GetType', []), 'FullName')).toBe('System.Int32');
    expect(invokeMethod(true, 'ToString', [])).toBe('True');
    expect(errorOf(() => invokeMethod(1.5, 'ToString', ['D']))).toBe('Exception calling "ToString" with "1" argument(s): "Format specifier was invalid."');
  });

  it('regex objects', () => {
    const re = convertTo('(\\d+)-(?<word>\\w+)', 'regex');
    const m = invokeMethod(re, 'Match', ['id 42-abc']) as PSObject;
    expect(getMember(m, 'Success')).toBe(true);
    expect(getMember(m, 'Value')).toBe('42-abc');
    expect(getMember(m, 'Index')).toBe(3);
    expect(getMember(indexValue(getMember(m, 'Groups'), 1), 'Value')).toBe('42');
    expect(getMember(indexValue(getMember(m, 'Groups'), 'word'), 'Value')).toBe('abc');
    expect(invokeMethod(re, 'IsMatch', ['nothing'])).toBe(false);
    expect(getMember(invokeMethod(re, 'Match', ['nothing']), 'Success')).toBe(false);
    expect(getMember(invokeMethod(re, 'Matches', ['1-a 2-b']), 'Value')).toEqual(['1-a', '2-b']);
    expect(invokeMethod(re, 'Replace', ['1-a', '$2/$1'])).toBe('a/1');
  });
});

describe('indexing', () => {
  it('arrays, strings, hashtables and scalars', () => {
    expect(indexValue([1, 2, 3], 0)).toBe(1);
    expect(indexValue([1, 2, 3], -1)).toBe(3);
    expect(indexValue([1, 2, 3], 5)).toBe(null);
    expect(indexValue([1, 2, 3], [0, 2])).toEqual([1, 3]);
    expect(indexValue('abc', 1)).toBe('b');
    expect(indexValue(PSHashtable.from([['a', 1]]), 'A')).toBe(1);
    expect(indexValue(5, 0)).toBe(5);
    expect(indexValue(5, 1)).toBe(null);
    expect(errorOf(() => indexValue(null, 0))).toBe('Cannot index into a null array.');
  });

  it('assignment', () => {
    const a = [1, 2];
    setIndex(a, 1, 5);
    expect(a).toEqual([1, 5]);
    expect(errorOf(() => setIndex(a, 5, 1))).toBe('Index was outside the bounds of the array.');
    const typed = convertTo(['1'], 'int[]') as unknown[];
    setIndex(typed, 0, '7');
    expect(typed[0]).toBe(7);
  });
});

describe('introspection', () => {
  it('lists properties and methods', () => {
    expect(listProperties(obj({ a: 1 }))).toEqual([{ name: 'a', memberType: 'NoteProperty', typeName: 'System.Int32', value: 1, settable: true }]);
    expect(listProperties('abc').map((p) => p.name)).toEqual(['Length']);
    expect(listMethodNames('abc')).toContain('Substring');
    expect(listMethodNames(5)).toContain('ToString');
  });
});
