import { describe, expect, it } from 'vitest';
import { sortObjectCommand } from '../../../cmdlets/core/objects/sort-object.js';
import { groupObjectCommand } from '../../../cmdlets/core/objects/group-object.js';
import { PSObject } from '../../../src/objects/psobject.js';
import { PSHashtable } from '../../../src/objects/hashtable.js';
import { PSList } from '../../../src/objects/pslist.js';
import { run, sb, sbAsync, terminatingMessage } from './context.js';

const obj = (r: Record<string, unknown>): PSObject => PSObject.fromRecord(r);
const names = (out: unknown[], prop = 'N'): unknown[] => out.map((o) => (o as PSObject).get(prop));

describe('Sort-Object', () => {
  it('sorts values, strings case-insensitively by culture', async () => {
    const s = await run(sortObjectCommand, { params: {}, input: ['b', 'a', 'C'] });
    expect(s.output).toEqual(['a', 'b', 'C']);
    const n = await run(sortObjectCommand, { params: {}, input: [10, 2, 33, 1] });
    expect(n.output).toEqual([1, 2, 10, 33]);
  });

  it('sorts by properties, keeps equal objects in input order', async () => {
    const input = [obj({ K: 2, N: 'a' }), obj({ K: 1, N: 'b' }), obj({ K: 2, N: 'c' }), obj({ K: 1, N: 'd' })];
    const r = await run(sortObjectCommand, { params: { Property: ['K'] }, input });
    expect(names(r.output)).toEqual(['b', 'd', 'a', 'c']);
    const d = await run(sortObjectCommand, { params: { Property: ['K'], Descending: true }, input });
    expect(names(d.output)).toEqual(['a', 'c', 'b', 'd']);
  });

  it('puts objects without the property last in either direction', async () => {
    const input = [obj({ N: 'none' }), obj({ K: 2, N: 'two' }), obj({ K: 1, N: 'one' })];
    const asc = await run(sortObjectCommand, { params: { Property: ['K'] }, input });
    expect(names(asc.output)).toEqual(['one', 'two', 'none']);
    const desc = await run(sortObjectCommand, { params: { Property: ['K'], Descending: true }, input });
    expect(names(desc.output)).toEqual(['two', 'one', 'none']);
  });

  it('takes script blocks and hashtables with per-key direction', async () => {
    const input = [obj({ A: 1, B: 'x' }), obj({ A: 1, B: 'y' }), obj({ A: 2, B: 'x' })];
    const spec = PSHashtable.from([
      ['Expression', 'B'],
      ['Descending', true],
    ]);
    const r = await run(sortObjectCommand, { params: { Property: [sb('$_.A', (o) => (o as PSObject).get('A')), spec], Descending: true }, input });
    expect(r.output.map((o) => `${(o as PSObject).get('A')}${(o as PSObject).get('B')}`)).toEqual(['2x', '1y', '1x']);
    const a = await run(sortObjectCommand, { params: { Property: [sbAsync('$_.A', (o) => -((o as PSObject).get('A') as number))] }, input });
    expect(a.output[0]).toBe(input[2]);
  });

  it('sorts hashtables by key, like pwsh 7', async () => {
    const input = [PSHashtable.from([['n', 2]]), PSHashtable.from([['n', 1]])];
    const r = await run(sortObjectCommand, { params: { Property: ['n'] }, input });
    expect(r.output).toEqual([input[1], input[0]]);
  });

  it('-Unique (case-insensitive unless -CaseSensitive), -Top and -Bottom', async () => {
    const u = await run(sortObjectCommand, { params: { Unique: true }, input: ['b', 'a', 'B', 'a'] });
    expect(u.output).toEqual(['a', 'b']);
    const cs = await run(sortObjectCommand, { params: { Unique: true, CaseSensitive: true }, input: ['b', 'a', 'B'] });
    expect(cs.output).toEqual(['a', 'b', 'B']);
    const top = await run(sortObjectCommand, { parameterSet: 'Top', params: { Top: 2 }, input: [5, 3, 9, 1] });
    expect(top.output).toEqual([1, 3]);
    const bottom = await run(sortObjectCommand, { parameterSet: 'Bottom', params: { Bottom: 2 }, input: [5, 3, 9, 1] });
    expect(bottom.output).toEqual([5, 9]);
  });

  it('drops $null input and sorts dates', async () => {
    const d1 = new Date(2024, 0, 2);
    const d2 = new Date(2023, 0, 2);
    const r = await run(sortObjectCommand, { params: {}, input: [d1, null, d2] });
    expect(r.output).toEqual([d2, d1]);
  });

  it('validates -Top', async () => {
    expect(await terminatingMessage(run(sortObjectCommand, { parameterSet: 'Top', params: { Top: 0 }, input: [1] }))).toContain('The 0 argument is less than the minimum allowed range of 1.');
  });
});

describe('Group-Object', () => {
  it('writes GroupInfo objects sorted by value when the values share a type', async () => {
    const r = await run(groupObjectCommand, { params: {}, input: ['b', 'a', 'B', 'c', 'a'] });
    const groups = r.output as PSObject[];
    expect(groups.map((g) => [g.get('Name'), g.get('Count')])).toEqual([
      ['a', 2],
      ['b', 2],
      ['c', 1],
    ]);
    expect(groups[1]!.get('Group')).toEqual(['b', 'B']);
    expect(groups[0]!.typeNames[0]).toBe('Microsoft.PowerShell.Commands.GroupInfo');
    expect((groups[0]!.get('Values') as PSList).items).toEqual(['a']);
    expect(groups[0]!.propertyNames()).toEqual(['Count', 'Name', 'Group', 'Values']);
  });

  it('keeps first-appearance order for mixed types', async () => {
    const r = await run(groupObjectCommand, { params: {}, input: [2, 'x', 2, 1] });
    expect((r.output as PSObject[]).map((g) => g.get('Name'))).toEqual(['2', 'x', '1']);
  });

  it('groups by several properties and names groups "a, b"', async () => {
    const input = [obj({ A: 1, B: 'x' }), obj({ A: 1, B: 'x' }), obj({ A: 2, B: 'y' })];
    const r = await run(groupObjectCommand, { params: { Property: ['A', 'B'] }, input });
    expect((r.output as PSObject[]).map((g) => [g.get('Name'), g.get('Count')])).toEqual([
      ['1, x', 2],
      ['2, y', 1],
    ]);
  });

  it('-CaseSensitive and -NoElement', async () => {
    const r = await run(groupObjectCommand, { params: { CaseSensitive: true, NoElement: true }, input: ['a', 'A'] });
    const groups = r.output as PSObject[];
    expect(groups).toHaveLength(2);
    expect(groups[0]!.typeNames[0]).toBe('Microsoft.PowerShell.Commands.GroupInfoNoElement');
  });

  it('groups by script block values', async () => {
    const r = await run(groupObjectCommand, { params: { Property: [sb('$_ % 2', (x) => (x as number) % 2)] }, input: [1, 2, 3, 4, 5] });
    expect((r.output as PSObject[]).map((g) => [g.get('Name'), g.get('Group')])).toEqual([
      ['0', [2, 4]],
      ['1', [1, 3, 5]],
    ]);
  });

  it('-AsHashTable keys by value, -AsString by name', async () => {
    const r = await run(groupObjectCommand, { parameterSet: 'HashTable', params: { Property: ['A'], AsHashTable: true }, input: [obj({ A: 1 }), obj({ A: 1 }), obj({ A: 2 })] });
    const h = r.output[0] as PSHashtable;
    expect(h.keys()).toEqual([1, 2]);
    expect((h.get(1) as unknown[]).length).toBe(2);
    const s = await run(groupObjectCommand, { parameterSet: 'HashTable', params: { Property: ['A'], AsHashTable: true, AsString: true }, input: [obj({ A: 1 })] });
    expect((s.output[0] as PSHashtable).keys()).toEqual(['1']);
  });

  it('rejects -AsString without -AsHashTable', async () => {
    expect(await terminatingMessage(run(groupObjectCommand, { parameterSet: 'HashTable', params: { AsString: true }, input: [1] }))).toBe(
      'The command cannot be run because the AsString parameter requires that you specify the AsHashtable parameter.',
    );
  });

  it('writes nothing for no input', async () => {
    const r = await run(groupObjectCommand, { params: {}, input: [] });
    expect(r.output).toEqual([]);
  });
});
