import { describe, expect, it } from 'vitest';
import {
  binaryOperator as op,
  compareValues,
  likeMatch,
  logicalXor,
  range,
  unaryOperator,
  valuesEqual,
  wildcardToRegExp,
  type OperatorState,
} from '../../../src/engine/operators.js';
import { PSHashtable } from '../../../src/objects/hashtable.js';
import { PSObject } from '../../../src/objects/psobject.js';
import { TimeSpan } from '../../../src/objects/timespan.js';
import { TypeRef } from '../../../src/objects/typeref.js';
import { withKind } from '../../../src/objects/datetime.js';
import { convertTo, toStr, typeNameOf } from '../../../src/engine/conversions.js';
import { ScriptBlock } from '../../../src/engine/scriptblock.js';

import { errorOf } from './error-of.js';

process.env.TZ = 'UTC';


const h = (...entries: Array<[string, unknown]>) => PSHashtable.from(entries);

describe('arithmetic', () => {
  it.each<[string, unknown, unknown, unknown]>([
    ['+', '5', 1, '51'],
    ['+', 1, '5', 6],
    ['+', 1, '1.5', 2.5],
    ['+', 1, ' 0x10 ', 17],
    ['+', 1, '1kb', 1025],
    ['+', 1, null, 1],
    ['+', 1, true, 2],
    ['+', null, 1, 1],
    ['+', null, 'a', 'a'],
    ['+', null, null, null],
    ['+', 'a', null, 'a'],
    ['+', 'a', [1, 2], 'a1 2'],
    ['+', 'a', 1.5, 'a1.5'],
    ['+', [1, 2], 3, [1, 2, 3]],
    ['+', [1, 2], [3, 4], [1, 2, 3, 4]],
    ['+', [1], null, [1, null]],
    ['+', 0.1, 0.2, 0.30000000000000004],
    ['+', 2147483647, 1, 2147483648],
    ['-', 10, 3, 7],
    ['-', '10', 3, 7],
    ['-', 10, '3', 7],
    ['-', null, 1, -1],
    ['*', 'ab', 3, 'ababab'],
    ['*', 'ab', 0, ''],
    ['*', [1, 2], 2, [1, 2, 1, 2]],
    ['*', 3, '4', 12],
    ['*', 2, 2.5, 5],
    ['/', 10, 4, 2.5],
    ['/', 10, 2, 5],
    ['/', '10', '4', 2.5],
    ['/', 1, 3, 1 / 3],
    ['%', 7, 3, 1],
    ['%', -7, 3, -1],
    ['%', 7.5, 2, 1.5],
  ])('%o %s %o', (o, l, r, expected) => {
    expect(op(o, l, r)).toEqual(expected);
  });

  it('merges hashtables and rejects duplicate keys', () => {
    const m = op('+', h(['a', 1]), h(['b', 2])) as PSHashtable;
    expect(m.keys()).toEqual(['a', 'b']);
    expect(errorOf(() => op('+', h(['a', 1]), h(['A', 2])))).toBe("Item has already been added. Key in dictionary: 'a'  Key being added: 'A'");
    expect(errorOf(() => op('+', h(['a', 1]), 1))).toBe('A hash table can only be added to another hash table.');
  });

  it('does date and timespan arithmetic', () => {
    const d = withKind(new Date(Date.UTC(2024, 0, 1)), 'Utc');
    const later = op('+', d, new TimeSpan(36_000_000_000)) as Date;
    expect(later.toISOString()).toBe('2024-01-01T01:00:00.000Z');
    const diff = op('-', later, d) as TimeSpan;
    expect(diff).toBeInstanceOf(TimeSpan);
    expect(toStr(diff)).toBe('01:00:00');
    expect(toStr(op('-', later, new TimeSpan(18_000_000_000)))).toBe('01/01/2024 00:30:00');
    expect(toStr(op('+', new TimeSpan(10_000_000), new TimeSpan(20_000_000)))).toBe('00:00:03');
  });

  it('reports errors as PowerShell does', () => {
    expect(errorOf(() => op('/', 1, 0))).toBe('Attempted to divide by zero.');
    expect(errorOf(() => op('%', 1, 0))).toBe('Attempted to divide by zero.');
    expect(errorOf(() => op('+', 1, 'abc'))).toBe('Cannot convert value "abc" to type "System.Int32". Error: "Input string was not in a correct format."');
    expect(errorOf(() => op('-', PSObject.fromRecord({ a: 1 }), 1))).toBe(
      "Method invocation failed because [System.Management.Automation.PSObject] does not contain a method named 'op_Subtraction'.",
    );
    expect(errorOf(() => op('-', [1, 2], 1))).toBe("Method invocation failed because [System.Object[]] does not contain a method named 'op_Subtraction'.");
    expect(errorOf(() => op('+', PSObject.fromRecord({ a: 1 }), 1))).toBe(
      "Method invocation failed because [System.Management.Automation.PSObject] does not contain a method named 'op_Addition'.",
    );
    expect(errorOf(() => op('*', h(['a', 1]), 2))).toBe("Method invocation failed because [System.Collections.Hashtable] does not contain a method named 'op_Multiply'.");
    expect(errorOf(() => op('+', 1, [1]))).toBe('Cannot convert the "System.Object[]" value of type "System.Object[]" to type "System.Int32".');
  });
});

describe('comparison', () => {
  it.each<[string, unknown, unknown, unknown]>([
    ['-eq', 1, 1, true],
    ['-eq', 1, '1', true],
    ['-eq', '1', 1, true],
    ['-eq', 1, '1.0', true],
    ['-eq', 1, 'abc', false],
    ['-eq', 'abc', 'ABC', true],
    ['-ceq', 'abc', 'ABC', false],
    ['-ieq', 'abc', 'ABC', true],
    ['-ne', 'abc', 'ABC', false],
    ['-cne', 'abc', 'ABC', true],
    ['-eq', null, null, true],
    ['-eq', null, 0, false],
    ['-eq', 0, null, false],
    ['-eq', '', null, false],
    ['-eq', 0, '', true],
    ['-eq', true, 'false', true],
    ['-eq', false, 0, true],
    ['-eq', 1, true, true],
    ['-eq', 'True', true, true],
    ['-gt', 2, 1, true],
    ['-gt', '10', 9, false],
    ['-gt', 10, '9', true],
    ['-lt', 'a', 'B', true],
    ['-clt', 'a', 'A', true],
    ['-cgt', 'B', 'a', true],
    ['-ge', 2, 2, true],
    ['-le', 1.5, 2, true],
    ['-lt', null, 1, true],
    ['-gt', 0, null, true],
    ['-lt', -1, null, true],
    ['-gt', 'a', null, true],
    ['-like', 'Hello', 'h*', true],
    ['-like', 'Hello', 'h?llo', true],
    ['-like', 'Hello', '[gh]ello', true],
    ['-like', 'Hello', '[a-f]ello', false],
    ['-clike', 'Hello', 'h*', false],
    ['-notlike', 'Hello', 'x*', true],
    ['-like', 'a*b', 'a`*b', true],
    ['-like', 'axb', 'a`*b', false],
    ['-like', null, '*', true],
    ['-like', 5, '5', true],
    ['-match', 'Hello', 'ell', true],
    ['-match', 'Hello', '^ELL', false],
    ['-cmatch', 'Hello', 'hello', false],
    ['-notmatch', 'Hello', 'xyz', true],
    ['-contains', [1, 2, 3], 2, true],
    ['-contains', [1, 2, 3], '2', true],
    ['-contains', ['a', 'b'], 'A', true],
    ['-ccontains', ['a', 'b'], 'A', false],
    ['-notcontains', [1, 2], 3, true],
    ['-contains', 'abc', 'b', false],
    ['-contains', 'abc', 'abc', true],
    ['-in', 2, [1, 2, 3], true],
    ['-in', 'B', ['a', 'b'], true],
    ['-cin', 'B', ['a', 'b'], false],
    ['-notin', 4, [1, 2, 3], true],
  ])('%s: %o vs %o', (o, l, r, expected) => {
    expect(op(o, l, r)).toEqual(expected);
  });

  it('filters when the left operand is a collection', () => {
    expect(op('-gt', [1, 2, 3], 1)).toEqual([2, 3]);
    expect(op('-eq', [1, 2, 1], 1)).toEqual([1, 1]);
    expect(op('-eq', [1, 2], 5)).toEqual([]);
    expect(op('-ne', [1, null, 2], null)).toEqual([1, 2]);
    expect(op('-eq', [1, null, 2], null)).toEqual([null]);
    expect(op('-like', ['apple', 'banana', 'avocado'], 'a*')).toEqual(['apple', 'avocado']);
    expect(op('-match', ['a1', 'b', 'c2'], '\\d')).toEqual(['a1', 'c2']);
    expect(op('-notmatch', ['a1', 'b', 'c2'], '\\d')).toEqual(['b']);
  });

  it('compares dates, timespans and versions', () => {
    const d1 = convertTo('2024-01-01', 'datetime');
    expect(op('-lt', d1, '2024-06-01')).toBe(true);
    expect(op('-eq', d1, '2024-01-01')).toBe(true);
    expect(op('-gt', new TimeSpan(20), new TimeSpan(10))).toBe(true);
    expect(op('-gt', convertTo('1.10', 'version'), '1.9')).toBe(true);
  });

  it('reports comparison errors', () => {
    expect(errorOf(() => op('-lt', 1, 'abc'))).toBe(
      'Could not compare "1" to "abc". Error: "Cannot convert value "abc" to type "System.Int32". Error: "Input string was not in a correct format.""',
    );
    expect(errorOf(() => op('-gt', PSObject.fromRecord({ a: 1 }), 1))).toBe('Cannot compare "@{a=1}" because it is not IComparable.');
  });

  it('sets $Matches for a scalar -match', () => {
    const state: OperatorState = {};
    expect(op('-match', 'John Smith', '(?<first>\\w+) (?<last>\\w+)', state)).toBe(true);
    const m = state.matches!;
    expect(m.get('first')).toBe('John');
    expect(m.get('last')).toBe('Smith');
    expect(m.get(0)).toBe('John Smith');
    expect(m.keys()).toEqual(['last', 'first', 0]);

    const s2: OperatorState = {};
    op('-match', 'abc123', '([a-z]+)(\\d+)', s2);
    expect(s2.matches!.keys()).toEqual([2, 1, 0]);
    expect(s2.matches!.get(1)).toBe('abc');
    expect(s2.matches!.get(2)).toBe('123');

    const s3: OperatorState = {};
    op('-match', 'xyz', 'abc', s3);
    expect(s3.matches).toBeUndefined();

    const s4: OperatorState = {};
    op('-match', ['a1'], '\\d', s4);
    expect(s4.matches).toBeUndefined();
  });

  it('numbers .NET groups unnamed first', () => {
    const state: OperatorState = {};
    op('-match', 'xy', '(?<n>x)(y)', state);
    expect(state.matches!.get(1)).toBe('y');
    expect(state.matches!.get('n')).toBe('x');
  });

  it('supports .NET regex syntax', () => {
    expect(op('-match', 'abc', '(?i)ABC')).toBe(true);
    expect(op('-cmatch', 'abc', '(?i)ABC')).toBe(true);
    expect(op('-match', 'line\n', 'line$')).toBe(true);
    expect(op('-match', 'abc', '\\Aabc\\z')).toBe(true);
    expect(op('-match', 'a\nb', '\\Ab')).toBe(false);
    expect(errorOf(() => op('-match', 'a', '('))).toBe('The regular expression pattern ( is not valid.');
  });

  it('valuesEqual and compareValues', () => {
    expect(valuesEqual('A', 'a')).toBe(true);
    expect(valuesEqual('A', 'a', true)).toBe(false);
    const sorted = [3, null, 'b', 1, 'A'].sort((a, b) => compareValues(a, b));
    expect(sorted[0]).toBe(null);
    expect(['b', 'a', 'C', 'B'].sort((a, b) => compareValues(a, b))).toEqual(['a', 'b', 'B', 'C']);
    expect([10, 9, 100].sort((a, b) => compareValues(a, b))).toEqual([9, 10, 100]);
    expect(compareValues('10', '9')).toBe(-1);
  });
});

describe('-replace, -split, -join, -f', () => {
  it.each<[unknown, unknown, unknown]>([
    ['abc', ['b', 'x'], 'axc'],
    ['abc', 'b', 'ac'],
    ['ABC', ['b', 'x'], 'AxC'],
    ['John Smith', ['(\\w+) (\\w+)', '$2, $1'], 'Smith, John'],
    ['John Smith', ['(?<f>\\w+) (?<l>\\w+)', '${l} ${f}'], 'Smith John'],
    ['abc', ['b', '[$&]'], 'a[b]c'],
    ['abc', ['b', '$$'], 'a$c'],
    ['a.b.c', ['\\.', '-'], 'a-b-c'],
    ['aaa', ['a', 'b'], 'bbb'],
    ['abc', ['x', 'y'], 'abc'],
    [5, ['5', 'five'], 'five'],
    [['a1', 'b1'], ['1', '2'], ['a2', 'b2']],
    ['abc', ['', '-'], '-a-b-c-'],
  ])('%o -replace %o', (l, r, expected) => {
    expect(op('-replace', l, r)).toEqual(expected);
  });

  it('-creplace is case-sensitive and -replace rejects 3 elements', () => {
    expect(op('-creplace', 'ABC', ['b', 'x'])).toBe('ABC');
    expect(errorOf(() => op('-replace', 'a', ['a', 'b', 'c']))).toBe('The -replace operator allows only two elements to follow it, not 3.');
  });

  it('-replace with a script block uses the engine hook', () => {
    const sb = Object.create(ScriptBlock.prototype) as ScriptBlock;
    const state: OperatorState = { invoke: (_sb, m) => toStr((m as PSObject).get('Value')).toUpperCase() };
    expect(op('-replace', 'abc', ['b', sb], state)).toBe('aBc');
  });

  it.each<[unknown, unknown, unknown]>([
    ['a,b,c', ',', ['a', 'b', 'c']],
    ['a,b,,c', ',', ['a', 'b', '', 'c']],
    ['a,b,c', [',', 2], ['a', 'b,c']],
    ['a.b.c', '.', ['', '', '', '', '', '']],
    ['a.b.c', ['.', 0, 'SimpleMatch'], ['a', 'b', 'c']],
    ['aXbxc', 'x', ['a', 'b', 'c']],
    ['aXbxc', ['x', 0, 'IgnoreCase'], ['a', 'b', 'c']],
    ['a1b2c', '(\\d)', ['a', '1', 'b', '2', 'c']],
    ['abc', '', ['', 'a', 'b', 'c', '']],
    [['a b', 'c d'], ' ', ['a', 'b', 'c', 'd']],
    [null, ',', ['']],
    ['a,b,c,d', [',', -2], ['a,b,c', 'd']],
  ])('%o -split %o', (l, r, expected) => {
    expect(op('-split', l, r)).toEqual(expected);
  });

  it('-csplit is case-sensitive', () => {
    expect(op('-csplit', 'aXbxc', 'x')).toEqual(['aXb', 'c']);
  });

  it('unary -split and -join', () => {
    expect(unaryOperator('-split', '  a  b\tc ')).toEqual(['a', 'b', 'c']);
    expect(unaryOperator('-split', '')).toEqual([]);
    expect(unaryOperator('-join', ['a', 'b', 1])).toBe('ab1');
  });

  it.each<[unknown, unknown, string]>([
    [['a', 'b'], ',', 'a,b'],
    [[1, 2, 3], '', '123'],
    [[1, null, 3], '-', '1--3'],
    ['abc', ',', 'abc'],
    [[[1, 2], 3], ',', 'System.Object[],3'],
    [[1.5, true], ' ', '1.5 True'],
  ])('%o -join %o', (l, r, expected) => {
    expect(op('-join', l, r)).toBe(expected);
  });

  it.each<[string, unknown, string]>([
    ['{0:N2}', 1234.5, '1,234.50'],
    ['{0:N2}', 3.14159, '3.14'],
    ['{0,-10}|', 'ab', 'ab        |'],
    ['{0,10}|', 'ab', '        ab|'],
    ['{0:X}', 255, 'FF'],
    ['{0:x4}', 255, '00ff'],
    ['{0:P}', 0.5, '50.00%'],
    ['{0:P0}', 0.256, '26%'],
    ['{0:D5}', 42, '00042'],
    ['{0:F3}', 2, '2.000'],
    ['{0:C}', 1234.5, '$1,234.50'],
    ['{0:E2}', 12345.678, '1.23E+004'],
    ['{0:0.00}', 3.14159, '3.14'],
    ['{0:#,##0}', 1234567, '1,234,567'],
    ['{0:000}', 7, '007'],
    ['{0}', null, ''],
    ['{0}', 0.1 + 0.2, '0.30000000000000004'],
    ['{0}', true, 'True'],
    ['{{0}}', 1, '{0}'],
    ['{0} {0}', 'x', 'x x'],
  ])('%s -f %o', (fmt, arg, expected) => {
    expect(op('-f', fmt, arg)).toBe(expected);
  });

  it('-f with several arguments and dates', () => {
    expect(op('-f', '{0}-{1}-{2}', ['a', 'b', 'c'])).toBe('a-b-c');
    const d = convertTo('2024-03-05 14:07:09', 'datetime');
    expect(op('-f', '{0:yyyy-MM-dd HH:mm:ss}', d)).toBe('2024-03-05 14:07:09');
    expect(op('-f', '{0:d}', d)).toBe('3/5/2024');
    expect(op('-f', '{0}', d)).toBe('3/5/2024 2:07:09 PM');
  });

  it('-f errors', () => {
    expect(errorOf(() => op('-f', '{1}', 'a'))).toBe(
      'Error formatting a string: Index (zero based) must be greater than or equal to zero and less than the size of the argument list..',
    );
    expect(errorOf(() => op('-f', '{a}', 'a'))).toBe('Error formatting a string: Input string was not in a correct format..');
  });
});

describe('type operators, bitwise, logical, unary, range', () => {
  it('-is, -isnot, -as', () => {
    expect(op('-is', 1, new TypeRef('System.Int32'))).toBe(true);
    expect(op('-is', 'a', 'string')).toBe(true);
    expect(op('-isnot', 'a', new TypeRef('System.Int32'))).toBe(true);
    expect(op('-as', '12', new TypeRef('System.Int32'))).toBe(12);
    expect(op('-as', 'abc', new TypeRef('System.Int32'))).toBe(null);
    expect(typeNameOf(op('-as', '1.5', 'double'))).toBe('System.Double');
  });

  it.each<[string, unknown, unknown, unknown]>([
    ['-band', 6, 3, 2],
    ['-bor', 6, 3, 7],
    ['-bxor', 6, 3, 5],
    ['-shl', 1, 4, 16],
    ['-shr', 16, 2, 4],
    ['-shr', -16, 2, -4],
    ['-shl', 1, 31, -2147483648],
    ['-band', 0x100000000, 0x100000001, 0x100000000],
    ['-bor', '2', 1, 3],
  ])('%s %o %o', (o, l, r, expected) => {
    expect(op(o, l, r)).toBe(expected);
  });

  it('unary operators', () => {
    expect(unaryOperator('-not', 0)).toBe(true);
    expect(unaryOperator('!', 'a')).toBe(false);
    expect(unaryOperator('-', 5)).toBe(-5);
    expect(unaryOperator('-', '5')).toBe(-5);
    expect(unaryOperator('-', 0)).toBe(0);
    expect(unaryOperator('+', '5')).toBe(5);
    expect(unaryOperator('-bnot', 0)).toBe(-1);
    expect(unaryOperator('-bnot', 5)).toBe(-6);
    expect(toStr(unaryOperator('-', new TimeSpan(10_000_000)))).toBe('-00:00:01');
    expect(logicalXor(true, 0)).toBe(true);
    expect(logicalXor(1, 'a')).toBe(false);
  });

  it('flag enums combine with -bor', () => {
    const i = convertTo('IgnoreCase', 'System.Text.RegularExpressions.RegexOptions');
    const m = convertTo('Multiline', 'System.Text.RegularExpressions.RegexOptions');
    expect(toStr(op('-bor', i, m))).toBe('IgnoreCase, Multiline');
  });

  it('ranges', () => {
    expect(range(1, 5)).toEqual([1, 2, 3, 4, 5]);
    expect(range(3, 1)).toEqual([3, 2, 1]);
    expect(range('a', 'e')).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(range('1', '3')).toEqual([1, 2, 3]);
  });

  it('wildcards', () => {
    expect(likeMatch('Get-Item', 'get-*')).toBe(true);
    expect(likeMatch('Get-Item', 'get-*', true)).toBe(false);
    expect(wildcardToRegExp('a*[0-9]').test('abc7')).toBe(true);
    expect(wildcardToRegExp('a?c').test('ac')).toBe(false);
    expect(likeMatch('line1\nline2', '*line2')).toBe(true);
    expect(errorOf(() => likeMatch('a', '[a'))).toBe('The specified wildcard character pattern is not valid: [a');
  });
});

describe('right operand takes the left operand type', () => {
  it.each<[string, unknown, unknown, unknown]>([
    ['-eq', 2, '1.5', true],
    ['-eq', 1.5, '1.5', true],
    ['-lt', 1, '1.4', false],
    ['-lt', 1.0001, '1.4', true],
    ['-gt', 'b', 1, true],
  ])('%s: %o vs %o', (o, l, r, expected) => {
    expect(op(o, l, r)).toBe(expected);
  });
});
