import { describe, expect, it } from 'vitest';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { getStaticMember, invokeStaticMethod, newObject, registerStaticMethod } from '../../../src/engine/static-members.js';
import { getMember, invokeMethod } from '../../../src/engine/members.js';
import { convertTo, isInstanceOf, toStr, typeNameOf } from '../../../src/engine/conversions.js';
import { resolveTypeName } from '../../../src/engine/type-resolution.js';
import { TypeRef } from '../../../src/objects/typeref.js';
import { PSObject } from '../../../src/objects/psobject.js';
import { PSList } from '../../../src/objects/pslist.js';
import { dateKind, withKind } from '../../../src/objects/datetime.js';
import { Guid } from '../../../src/objects/guid.js';

import { errorOf } from './error-of.js';

process.env.TZ = 'UTC';

const T = (name: string): TypeRef => {
  const t = resolveTypeName(name);
  if (!t) throw new Error(`no type ${name}`);
  return t;
};
const call = (type: string, name: string, ...args: unknown[]) => invokeStaticMethod(T(type), name, args);
const prop = (type: string, name: string) => getStaticMember(T(type), name);


describe('[math]', () => {
  it.each<[string, unknown[], unknown]>([
    ['Round', [2.5], 2],
    ['Round', [3.5], 4],
    ['Round', [-2.5], -2],
    ['Round', [2.567, 2], 2.57],
    ['Round', [2.675, 2], 2.68],
    ['Round', [1.005, 2], 1],
    ['Round', [2.5, 'AwayFromZero'], 3],
    ['Round', [2.45, 1, 'AwayFromZero'], 2.5],
    ['Round', [1234.5678, 0], 1235],
    ['Floor', [2.7], 2],
    ['Floor', [-2.2], -3],
    ['Ceiling', [2.1], 3],
    ['Truncate', [-2.7], -2],
    ['Abs', [-5], 5],
    ['Max', [3, 7], 7],
    ['Min', [3, 7], 3],
    ['Pow', [2, 10], 1024],
    ['Sqrt', [16], 4],
    ['Log10', [1000], 3],
    ['Log', [8, 2], 3],
    ['Exp', [0], 1],
    ['Sign', [-3], -1],
  ])('%s(%o)', (m, args, expected) => {
    expect(call('math', m, ...args)).toBe(expected);
  });

  it('constants and errors', () => {
    expect(prop('math', 'PI')).toBe(Math.PI);
    expect(toStr(prop('math', 'PI'))).toBe('3.141592653589793');
    expect(prop('math', 'E')).toBe(Math.E);
    expect(prop('math', 'Nope')).toBe(null);
    expect(errorOf(() => call('math', 'Foo', 1))).toBe("Method invocation failed because [System.Math] does not contain a method named 'Foo'.");
    expect(errorOf(() => call('math', 'Round', 1, 16))).toBe(
      'Exception calling "Round" with "2" argument(s): "Rounding digits must be between 0 and 15, inclusive. (Parameter \'digits\')"',
    );
    expect(errorOf(() => call('math', 'Sqrt'))).toBe('Cannot find an overload for "Sqrt" and the argument count: "0".');
  });
});

describe('numeric types, bool, char, guid', () => {
  it('limits and parsing', () => {
    expect(prop('int', 'MaxValue')).toBe(2147483647);
    expect(prop('int', 'MinValue')).toBe(-2147483648);
    expect(prop('long', 'MaxValue')).toBe(9223372036854775807);
    expect(prop('byte', 'MaxValue')).toBe(255);
    expect(toStr(prop('double', 'MaxValue'))).toBe('1.7976931348623157E+308');
    expect(call('int', 'Parse', '42')).toBe(42);
    expect(call('double', 'Parse', '1,234.5')).toBe(1234.5);
    expect(errorOf(() => call('int', 'Parse', 'abc'))).toBe('Exception calling "Parse" with "1" argument(s): "Input string was not in a correct format."');
    expect(call('double', 'IsNaN', Number.NaN)).toBe(true);
    expect(call('bool', 'Parse', 'TRUE')).toBe(true);
    expect(errorOf(() => call('bool', 'Parse', 'yes'))).toBe('Exception calling "Parse" with "1" argument(s): "String \'yes\' was not recognized as a valid Boolean."');
  });

  it('[char]', () => {
    expect(call('char', 'IsDigit', '5')).toBe(true);
    expect(call('char', 'IsLetter', '5')).toBe(false);
    expect(call('char', 'IsWhiteSpace', ' ')).toBe(true);
    expect(call('char', 'IsUpper', 'A')).toBe(true);
    expect(call('char', 'ToUpper', 'a')).toBe('A');
    expect(call('char', 'IsDigit', 'a1', 1)).toBe(true);
  });

  it('[guid]', () => {
    const g = call('guid', 'NewGuid') as Guid;
    expect(g).toBeInstanceOf(Guid);
    expect(toStr(g)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(toStr(prop('guid', 'Empty'))).toBe('00000000-0000-0000-0000-000000000000');
    expect(toStr(call('guid', 'Parse', '0F8FAD5B-D9CB-469F-A165-70867728950E'))).toBe('0f8fad5b-d9cb-469f-a165-70867728950e');
    expect(invokeMethod(call('guid', 'Parse', '0F8FAD5B-D9CB-469F-A165-70867728950E'), 'ToString', ['N'])).toBe('0f8fad5bd9cb469fa16570867728950e');
    expect(typeNameOf(g)).toBe('System.Guid');
  });
});

describe('[string]', () => {
  it.each<[string, unknown[], unknown]>([
    ['IsNullOrEmpty', [null], true],
    ['IsNullOrEmpty', [''], true],
    ['IsNullOrEmpty', [' '], false],
    ['IsNullOrWhiteSpace', [' \t'], true],
    ['Join', [',', ['a', 'b', 'c']], 'a,b,c'],
    ['Join', ['-', 'a', 'b'], 'a-b'],
    ['Join', [', ', [1, null, 2.5]], '1, , 2.5'],
    ['Format', ['{0}-{1}', 'a', 'b'], 'a-b'],
    ['Format', ['{0:N1}', 1234.56], '1,234.6'],
    ['Concat', ['a', 'b', 1], 'ab1'],
    ['Compare', ['a', 'B'], -1],
    ['Compare', ['a', 'A', true], 0],
    ['Equals', ['a', 'a'], true],
  ])('%s(%o)', (m, args, expected) => {
    expect(call('string', m, ...args)).toBe(expected);
  });

  it('Empty and new', () => {
    expect(prop('string', 'Empty')).toBe('');
    expect(call('string', 'new', '-', 5)).toBe('-----');
  });
});

describe('[datetime] and [timespan]', () => {
  it('now, today, parse', () => {
    const now = prop('datetime', 'Now') as Date;
    expect(dateKind(now)).toBe('Local');
    expect(Math.abs(now.getTime() - Date.now())).toBeLessThan(2000);
    expect(dateKind(prop('datetime', 'UtcNow') as Date)).toBe('Utc');
    expect(getMember(prop('datetime', 'Today'), 'Hour')).toBe(0);
    expect(toStr(call('datetime', 'Parse', '2024-01-15 10:20:30'))).toBe('01/15/2024 10:20:30');
    expect(toStr(call('datetime', 'ParseExact', '20240115', 'yyyyMMdd', null))).toBe('01/15/2024 00:00:00');
    expect(toStr(call('datetime', 'ParseExact', '15/01/2024 14:05', 'dd/MM/yyyy HH:mm', null))).toBe('01/15/2024 14:05:00');
    expect(toStr(call('datetime', 'ParseExact', 'Jan 5 2024 3:04 PM', 'MMM d yyyy h:mm tt', null))).toBe('01/05/2024 15:04:00');
    expect(errorOf(() => call('datetime', 'ParseExact', '2024', 'yyyyMMdd', null))).toBe(
      'Exception calling "ParseExact" with "3" argument(s): "String \'2024\' was not recognized as a valid DateTime."',
    );
    expect(errorOf(() => call('datetime', 'Parse', 'nope'))).toBe('Exception calling "Parse" with "1" argument(s): "String \'nope\' was not recognized as a valid DateTime."');
    expect(call('datetime', 'DaysInMonth', 2024, 2)).toBe(29);
    expect(call('datetime', 'IsLeapYear', 2023)).toBe(false);
    expect(toStr(prop('datetime', 'MinValue'))).toBe('01/01/0001 00:00:00');
    expect(toStr(prop('datetime', 'MaxValue'))).toBe('12/31/9999 23:59:59');
    expect(toStr(call('datetime', 'new', 2024, 3, 5))).toBe('03/05/2024 00:00:00');
    expect(toStr(call('datetime', 'new', 2024, 3, 5, 1, 2, 3))).toBe('03/05/2024 01:02:03');
    expect(dateKind(call('datetime', 'SpecifyKind', withKind(new Date(0), 'Local'), 'Utc') as Date)).toBe('Utc');
  });

  it('timespans', () => {
    expect(toStr(call('timespan', 'FromMinutes', 90))).toBe('01:30:00');
    expect(toStr(call('timespan', 'FromSeconds', 1.5))).toBe('00:00:01.5000000');
    expect(toStr(call('timespan', 'FromDays', 2))).toBe('2.00:00:00');
    expect(toStr(call('timespan', 'FromHours', 1))).toBe('01:00:00');
    expect(toStr(call('timespan', 'FromMilliseconds', 250))).toBe('00:00:00.2500000');
    expect(toStr(prop('timespan', 'Zero'))).toBe('00:00:00');
    expect(toStr(call('timespan', 'Parse', '02:03:04'))).toBe('02:03:04');
    expect(toStr(call('timespan', 'new', 1, 2, 3))).toBe('01:02:03');
    expect(toStr(newObject('timespan', [1, 2, 3, 4]))).toBe('1.02:03:04');
  });
});

describe('[regex] and [convert]', () => {
  it('[regex]', () => {
    expect(call('regex', 'Escape', 'a.b*c')).toBe('a\\.b\\*c');
    expect(call('regex', 'Unescape', 'a\\.b')).toBe('a.b');
    expect(call('regex', 'IsMatch', 'abc', 'B', 'IgnoreCase')).toBe(true);
    expect(call('regex', 'IsMatch', 'abc', 'B')).toBe(false);
    expect(call('regex', 'Replace', 'a1b2', '\\d', '#')).toBe('a#b#');
    expect(call('regex', 'Split', 'a1b2c', '\\d')).toEqual(['a', 'b', 'c']);
    expect(getMember(call('regex', 'Match', 'x=42', '(\\d+)'), 'Value')).toBe('42');
    expect(getMember(call('regex', 'Matches', 'a1b22', '\\d+'), 'Value')).toEqual(['1', '22']);
    expect(getMember(call('regex', 'Matches', 'abc', '\\d+'), 'Count')).toBe(0);
  });

  it('[convert]', () => {
    const bytes = convertTo([104, 105], 'byte[]');
    expect(call('convert', 'ToBase64String', bytes)).toBe('aGk=');
    expect(call('convert', 'FromBase64String', 'aGk=')).toEqual(new Uint8Array([104, 105]));
    expect(call('convert', 'ToInt32', 'ff', 16)).toBe(255);
    expect(call('convert', 'ToInt32', '1010', 2)).toBe(10);
    expect(call('convert', 'ToInt32', 'FFFFFFFF', 16)).toBe(-1);
    expect(call('convert', 'ToInt32', 2.5)).toBe(2);
    expect(call('convert', 'ToInt32', '42')).toBe(42);
    expect(call('convert', 'ToString', 255, 16)).toBe('ff');
    expect(call('convert', 'ToString', 5, 2)).toBe('101');
    expect(call('convert', 'ToBoolean', 'True')).toBe(true);
    expect(call('convert', 'ToHexString', bytes)).toBe('6869');
    expect(errorOf(() => call('convert', 'FromBase64String', 'a'))).toBe(
      'Exception calling "FromBase64String" with "1" argument(s): "The input is not a valid Base-64 string as it contains a non-base 64 character, more than two padding characters, or an illegal character among the padding characters."',
    );
  });

  it('[System.Text.Encoding]', () => {
    const utf8 = prop('System.Text.Encoding', 'UTF8');
    const b = invokeMethod(utf8, 'GetBytes', ['héllo']) as Uint8Array;
    expect(b.length).toBe(6);
    expect(invokeMethod(utf8, 'GetString', [b])).toBe('héllo');
    expect(invokeMethod(prop('Text.Encoding', 'Unicode'), 'GetBytes', ['A'])).toEqual(new Uint8Array([65, 0]));
    expect(invokeMethod(prop('System.Text.Encoding', 'ASCII'), 'GetString', [convertTo([72, 105], 'byte[]')])).toBe('Hi');
    expect(getMember(utf8, 'WebName')).toBe('utf-8');
  });
});

describe('[System.IO.Path], [System.IO.File], [System.IO.Directory], [Environment]', () => {
  it('paths', () => {
    expect(call('System.IO.Path', 'Combine', 'a', 'b', 'c.txt')).toBe('a/b/c.txt');
    expect(call('IO.Path', 'Combine', '/a/', 'b')).toBe('/a/b');
    expect(call('IO.Path', 'Combine', 'a', '/b')).toBe('/b');
    expect(call('IO.Path', 'GetFileName', '/x/y/file.tar.gz')).toBe('file.tar.gz');
    expect(call('IO.Path', 'GetFileNameWithoutExtension', '/x/y/file.tar.gz')).toBe('file.tar');
    expect(call('IO.Path', 'GetExtension', '/x/y/file.tar.gz')).toBe('.gz');
    expect(call('IO.Path', 'GetExtension', '/x/y/file')).toBe('');
    expect(call('IO.Path', 'GetDirectoryName', '/x/y/file.txt')).toBe('/x/y');
    expect(call('IO.Path', 'GetDirectoryName', 'file.txt')).toBe('');
    expect(call('IO.Path', 'GetDirectoryName', '/')).toBe(null);
    expect(call('IO.Path', 'ChangeExtension', 'a.txt', '.md')).toBe('a.md');
    expect(call('IO.Path', 'IsPathRooted', '/a')).toBe(true);
    expect(call('IO.Path', 'GetTempPath')).toMatch(/\/$/);
    expect(prop('IO.Path', 'DirectorySeparatorChar')).toBe('/');
  });

  it('files', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'awsps-values-'));
    const f = path.join(dir, 'a.txt');
    call('IO.File', 'WriteAllText', f, 'line1\nline2\n');
    expect(call('IO.File', 'Exists', f)).toBe(true);
    expect(call('IO.File', 'ReadAllText', f)).toBe('line1\nline2\n');
    expect(call('IO.File', 'ReadAllLines', f)).toEqual(['line1', 'line2']);
    call('IO.File', 'AppendAllText', f, 'x');
    expect(call('IO.File', 'ReadAllBytes', f)).toEqual(new Uint8Array(Buffer.from('line1\nline2\nx')));
    call('IO.File', 'WriteAllLines', f, ['a', 'b']);
    expect(fs.readFileSync(f, 'utf8')).toBe('a\nb\n');
    expect(call('IO.Directory', 'Exists', dir)).toBe(true);
    expect(call('IO.Directory', 'GetFiles', dir)).toEqual([`${dir}/a.txt`]);
    expect(errorOf(() => call('IO.File', 'ReadAllText', path.join(dir, 'missing.txt')))).toBe(
      `Exception calling "ReadAllText" with "1" argument(s): "Could not find file '${path.join(dir, 'missing.txt')}'."`,
    );
    call('IO.File', 'Delete', f);
    expect(call('IO.File', 'Exists', f)).toBe(false);
    fs.rmSync(dir, { recursive: true });
  });

  it('environment', () => {
    expect(prop('Environment', 'NewLine')).toBe('\n');
    expect(typeof prop('Environment', 'MachineName')).toBe('string');
    expect(prop('Environment', 'ProcessorCount')).toBeGreaterThan(0);
    call('Environment', 'SetEnvironmentVariable', 'AWSPS_TEST_VAR', 'v1');
    expect(call('Environment', 'GetEnvironmentVariable', 'AWSPS_TEST_VAR')).toBe('v1');
    call('Environment', 'SetEnvironmentVariable', 'AWSPS_TEST_VAR', null);
    expect(call('Environment', 'GetEnvironmentVariable', 'AWSPS_TEST_VAR')).toBe(null);
    expect(getMember(prop('Environment', 'OSVersion'), 'Platform')).toBe('Unix');
  });
});

describe('enums, construction, registration', () => {
  it('enum members', () => {
    expect(toStr(prop('DayOfWeek', 'Monday'))).toBe('Monday');
    expect(convertTo(prop('DayOfWeek', 'Monday'), 'int')).toBe(1);
    expect(toStr(prop('System.MidpointRounding', 'AwayFromZero'))).toBe('AwayFromZero');
    expect(call('enum', 'GetNames', T('System.DayOfWeek'))).toContain('Friday');
  });

  it('constructs objects', () => {
    const sb = newObject('System.Text.StringBuilder');
    invokeMethod(sb, 'Append', ['a']);
    invokeMethod(sb, 'AppendLine', ['b']);
    invokeMethod(sb, 'AppendFormat', ['{0}-{1}', 1, 2]);
    expect(invokeMethod(sb, 'ToString', [])).toBe('ab\n1-2');
    expect(getMember(sb, 'Length')).toBe(6);
    expect(newObject('System.Collections.Generic.List[int]')).toBeInstanceOf(PSList);
    expect(typeNameOf(newObject('System.Collections.Hashtable'))).toBe('System.Collections.Hashtable');
    expect(typeNameOf(newObject('PSObject'))).toBe('System.Management.Automation.PSCustomObject');
    expect(toStr(newObject('version', ['1.2']))).toBe('1.2');
    expect(toStr(newObject('System.Version', [1, 2, 3]))).toBe('1.2.3');
    const ex = newObject('System.ArgumentException', ['bad value', 'name']);
    expect(isInstanceOf(ex, 'System.ArgumentException')).toBe(true);
    expect(isInstanceOf(ex, 'System.Exception')).toBe(true);
    expect(getMember(ex, 'Message')).toBe("bad value (Parameter 'name')");
    expect(errorOf(() => newObject('No.Such.Type'))).toBe('Cannot find type [No.Such.Type]: verify that the assembly containing this type is loaded.');
    const sw = call('System.Diagnostics.Stopwatch', 'StartNew');
    expect(getMember(sw, 'IsRunning')).toBe(true);
    expect(getMember(sw, 'Elapsed')).toBeDefined();
  });

  it('lets other layers add static methods', () => {
    registerStaticMethod('Amazon.Test.Statics', 'Hello', (args) => `hi ${String(args[0])}`, 1, 1);
    expect(invokeStaticMethod(new TypeRef('Amazon.Test.Statics'), 'hello', ['x'])).toBe('hi x');
    expect(resolveTypeName('Amazon.Test.Statics')?.fullName).toBe('Amazon.Test.Statics');
  });

  it('[pscustomobject]::new is a PSObject', () => {
    expect(newObject('pscustomobject')).toBeInstanceOf(PSObject);
  });
});

describe('[DateTimeOffset]', () => {
  it('unix times and members', () => {
    const o = call('DateTimeOffset', 'FromUnixTimeSeconds', 1705312800);
    expect(invokeMethod(o, 'ToUnixTimeSeconds', [])).toBe(1705312800);
    expect(invokeMethod(o, 'ToUnixTimeMilliseconds', [])).toBe(1705312800000);
    expect(toStr(getMember(o, 'UtcDateTime'))).toBe('01/15/2024 10:00:00');
    expect(dateKind(getMember(o, 'UtcDateTime') as Date)).toBe('Utc');
    expect(toStr(o)).toBe('01/15/2024 10:00:00 +00:00');
    expect(invokeMethod(o, 'ToString', [])).toBe('1/15/2024 10:00:00 AM +00:00');
    expect(invokeMethod(o, 'ToString', ['o'])).toBe('2024-01-15T10:00:00.0000000+00:00');
    expect(getMember(o, 'Year')).toBe(2024);
    const now = invokeMethod(prop('DateTimeOffset', 'UtcNow'), 'ToUnixTimeSeconds', []) as number;
    expect(Math.abs(now - Date.now() / 1000)).toBeLessThan(5);
  });

  it('converts and parses with offsets', () => {
    const o = convertTo('2024-01-15T10:00:00+02:00', 'DateTimeOffset');
    expect(invokeMethod(o, 'ToString', ['yyyy-MM-dd HH:mm zzz'])).toBe('2024-01-15 10:00 +02:00');
    expect(toStr(getMember(o, 'UtcDateTime'))).toBe('01/15/2024 08:00:00');
    expect(toStr(getMember(o, 'Offset'))).toBe('02:00:00');
    const fromDate = convertTo(withKind(new Date(Date.UTC(2024, 0, 1)), 'Utc'), 'DateTimeOffset');
    expect(invokeMethod(fromDate, 'ToUnixTimeSeconds', [])).toBe(1704067200);
  });
});
