import { describe, expect, it } from 'vitest';
import { PSObject } from '../../src/objects/psobject.js';
import { PSHashtable } from '../../src/objects/hashtable.js';
import { formatTable, renderToString } from '../../src/format/index.js';

const obj = (r: Record<string, unknown>) => PSObject.fromRecord(r);
const text = (lines: string[]) => lines.map((l) => l + '\n').join('');

describe('Format-Table', () => {
  it('sizes columns from the widest value', () => {
    expect(text(formatTable([obj({ abc: '1234', bcd: '123' }), obj({ abc: '1', bcd: '1234' })], {}, 120))).toBe(
      '\nabc  bcd\n---  ---\n1234 123\n1    1234\n\n',
    );
    expect(text(formatTable([obj({ abc: '123', bcd: '1234' }), obj({ abc: '1', bcd: '123' })], {}, 120))).toBe(
      '\nabc bcd\n--- ---\n123 1234\n1   123\n\n',
    );
  });

  it('right-aligns numbers, headers included', () => {
    expect(text(formatTable([obj({ a: 'abc', b: 123 })], {}, 120))).toBe('\na     b\n-     -\nabc 123\n\n');
    expect(text(formatTable([obj({ a: 123, b: 'abc' })], {}, 120))).toBe('\n  a b\n  - -\n123 abc\n\n');
    expect(text(formatTable([obj({ a: 123, b: 123 })], {}, 120))).toBe('\n  a   b\n  -   -\n123 123\n\n');
  });

  it('hides headers without trailing white space', () => {
    expect(text(formatTable([obj({ a: 1, b: 2 })], { hideTableHeaders: true }, 120))).toBe('\n1 2\n\n');
  });

  it('wraps multi-line values with -Wrap', () => {
    const name = 'This\nIs some random\nmultiline content';
    expect(text(formatTable([obj({ A: 1, B: 2, Name: name })], { wrap: true }, 120))).toBe(
      '\nA B Name\n- - ----\n1 2 This\n    Is some random\n    multiline content\n\n',
    );
    expect(text(formatTable([obj({ Name: name, A: 1, B: 2 })], { wrap: true }, 120))).toBe(
      '\nName                                  A B\n----                                  - -\nThis                                  1 2\nIs some random\nmultiline content\n\n',
    );
    expect(text(formatTable([obj({ A: 1, Name: name, B: 2 })], { wrap: true }, 120))).toBe(
      '\nA Name                                  B\n- ----                                  -\n1 This                                  2\n  Is some random\n  multiline content\n\n',
    );
  });

  it('cuts multi-line values at the first line break without -Wrap (the width still counts the whole value)', () => {
    expect(text(formatTable([obj({ a: 'x\ny', b: 'z' })], {}, 120))).toBe('\na   b\n-   -\nx…  z\n\n');
  });

  it('honours calculated properties with width and alignment', () => {
    const h = PSHashtable.from([
      ['l', 'one'],
      ['e', 'one'],
      ['width', 10],
      ['alignment', 'center'],
    ]);
    expect(text(formatTable([obj({ one: 1 })], { property: [h] }, 120))).toBe('\n   one\n   ---\n    1\n\n');
  });

  it('shows hashtables as Name/Value rows with collections truncated', () => {
    const h = PSHashtable.from([['array', Array.from({ length: 256 }, (_, i) => i)]]);
    expect(text(formatTable([h], {}, 120))).toBe('\nName                           Value\n----                           -----\narray                          {0, 1, 2, 3…}\n\n');
    const h2 = PSHashtable.from([['test', [1, 2]]]);
    expect(formatTable([h2], { enumerationLimit: 1 }, 120)[3]).toBe('test                           {1…}');
    expect(formatTable([h2], { enumerationLimit: -1 }, 120)[3]).toBe('test                           {1, 2}');
  });

  it('lays out double-width characters by cells', () => {
    expect(text(formatTable([obj({ 哇: '62', dbda: 'KM', 消息: '千' })], {}, 120))).toBe('\n哇 dbda 消息\n-- ---- ----\n62 KM   千\n\n');
  });

  it('formats doubles with two decimals in tables', () => {
    expect(formatTable([obj({ x: 1.456789, y: 2 })], {}, 120)).toEqual(['', '   x y', '   - -', '1.46 2', '']);
  });

  it('truncates the last column at the screen width', () => {
    const lines = formatTable([obj({ a: 'x', b: 'y'.repeat(30) })], {}, 20);
    expect(lines).toEqual(['', 'a b', '- -', `x ${'y'.repeat(17)}…`, '']);
  });

  it('expands wildcards and keeps missing plain names as empty columns', () => {
    const lines = formatTable([obj({ Name: 'n', Size: 5, Other: 'o' })], { property: ['N*', 'Missing'] }, 120);
    expect(lines).toEqual(['', 'Name Missing', '---- -------', 'n    ', '']);
  });

  it('groups with -GroupBy', () => {
    const rows = [obj({ g: 1, v: 'a' }), obj({ g: 1, v: 'b' }), obj({ g: 2, v: 'c' })];
    expect(text(formatTable(rows, { groupBy: 'g' }, 120))).toBe(
      '\n   g: 1\n\ng v\n- -\n1 a\n1 b\n\n   g: 2\n\ng v\n- -\n2 c\n\n',
    );
  });

  it('prints strings among table rows in place', () => {
    expect(renderToString([obj({ a: 1 }), 'text', obj({ a: 2 })], 120)).toBe('\na\n-\n1\ntext\n2\n\n');
  });
});
