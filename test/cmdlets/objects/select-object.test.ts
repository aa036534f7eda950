import { describe, expect, it } from 'vitest';
import { selectObjectCommand } from '../../../cmdlets/core/objects/select-object.js';
import { PSObject } from '../../../src/objects/psobject.js';
import { PSHashtable } from '../../../src/objects/hashtable.js';
import { run, sb, sbAsync, terminatingMessage } from './context.js';

const obj = (r: Record<string, unknown>, typeNames?: string[]): PSObject => PSObject.fromRecord(r, typeNames);
const props = (o: unknown): Array<[string, unknown]> => (o as PSObject).properties().map((p) => [p.name, p.value]);
const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i + 1);

describe('Select-Object -Property', () => {
  it('creates Selected.<type> objects with the requested properties', async () => {
    const input = [obj({ Name: 'a', Size: 1, Other: true })];
    const r = await run(selectObjectCommand, { parameterSet: 'DefaultParameter', params: { Property: ['name', 'Size'] }, input });
    expect(props(r.output[0])).toEqual([
      ['Name', 'a'],
      ['Size', 1],
    ]);
    expect((r.output[0] as PSObject).typeNames).toEqual([
      'Selected.System.Management.Automation.PSCustomObject',
      'System.Management.Automation.PSCustomObject',
      'System.Object',
    ]);
  });

  it('names the type after a model object or a .NET value', async () => {
    const model = obj({ Key: 'k' }, ['Amazon.S3.Model.S3Object', 'System.Object']);
    const r = await run(selectObjectCommand, { parameterSet: 'DefaultParameter', params: { Property: ['Key'] }, input: [model, 'abc'] });
    expect((r.output[0] as PSObject).typeNames[0]).toBe('Selected.Amazon.S3.Model.S3Object');
    expect((r.output[1] as PSObject).typeNames[0]).toBe('Selected.System.String');
  });

  it('keeps a missing plain name as a $null property, drops unmatched wildcards', async () => {
    const r = await run(selectObjectCommand, { parameterSet: 'DefaultParameter', params: { Property: ['Nope', 'X*'] }, input: [obj({ A: 1 })] });
    expect(props(r.output[0])).toEqual([['Nope', null]]);
  });

  it('expands wildcards and honours -ExcludeProperty', async () => {
    const input = [obj({ Alpha: 1, Beta: 2, Also: 3 })];
    const r = await run(selectObjectCommand, { parameterSet: 'DefaultParameter', params: { Property: ['A*'] }, input });
    expect(props(r.output[0])).toEqual([
      ['Alpha', 1],
      ['Also', 3],
    ]);
    const x = await run(selectObjectCommand, { parameterSet: 'DefaultParameter', params: { ExcludeProperty: ['Al*'] }, input });
    expect(props(x.output[0])).toEqual([['Beta', 2]]);
  });

  it('adds calculated properties with Name/Label/N/L and Expression/E', async () => {
    const calc1 = PSHashtable.from([
      ['N', 'Double'],
      ['E', sb('$_.A * 2', (o) => ((o as PSObject).get('A') as number) * 2)],
    ]);
    const calc2 = PSHashtable.from([
      ['Label', 'Copy'],
      ['Expression', 'A'],
    ]);
    const calc3 = PSHashtable.from([
      ['name', 'Later'],
      ['expr', sbAsync('async', () => 'x')],
    ]);
    const r = await run(selectObjectCommand, { parameterSet: 'DefaultParameter', params: { Property: ['A', calc1, calc2, calc3] }, input: [obj({ A: 2 })] });
    expect(props(r.output[0])).toEqual([
      ['A', 2],
      ['Double', 4],
      ['Copy', 2],
      ['Later', 'x'],
    ]);
  });

  it('names a script block property after its text', async () => {
    const r = await run(selectObjectCommand, { parameterSet: 'DefaultParameter', params: { Property: [sb(' $_.Length ', (s) => (s as string).length)] }, input: ['abc'] });
    expect(props(r.output[0])).toEqual([[' $_.Length ', 3]]);
  });

  it('rejects bad calculated property keys', async () => {
    const bad = PSHashtable.from([['Foo', 1]]);
    expect(await terminatingMessage(run(selectObjectCommand, { parameterSet: 'DefaultParameter', params: { Property: [bad] }, input: [1] }))).toBe(
      'The Foo key is not valid.',
    );
    const noExpr = PSHashtable.from([['Name', 'x']]);
    expect(await terminatingMessage(run(selectObjectCommand, { parameterSet: 'DefaultParameter', params: { Property: [noExpr] }, input: [1] }))).toBe(
      'A mandatory entry for expression is missing.',
    );
  });

  it('reports a duplicated property', async () => {
    const r = await run(selectObjectCommand, { parameterSet: 'DefaultParameter', params: { Property: ['A', 'a'] }, input: [obj({ A: 1 })] });
    expect(props(r.output[0])).toEqual([['A', 1]]);
    expect(r.errors[0]!.message).toBe('The property cannot be processed because the property "A" already exists.');
  });

  it('reads a hashtable\'s keys (then its own properties), but not an [ordered] dictionary\'s, like pwsh 7', async () => {
    const r = await run(selectObjectCommand, { parameterSet: 'DefaultParameter', params: { Property: ['a', 'Count', 'Z*'] }, input: [PSHashtable.from([['a', 1], ['Zed', 2]])] });
    expect(props(r.output[0])).toEqual([
      ['a', 1],
      ['Count', 2],
      ['Zed', 2],
    ]);
    const ordered = PSHashtable.from([['a', 1]], true);
    const o = await run(selectObjectCommand, { parameterSet: 'DefaultParameter', params: { Property: ['a'] }, input: [ordered] });
    expect(props(o.output[0])).toEqual([['a', null]]);
  });
});

describe('Select-Object -ExpandProperty', () => {
  it('writes the property value, enumerating collections and skipping nulls', async () => {
    const r = await run(selectObjectCommand, {
      parameterSet: 'DefaultParameter',
      params: { ExpandProperty: 'Items' },
      input: [obj({ Items: [1, null, 2] }), obj({ Items: 'x' }), obj({ Items: null })],
    });
    expect(r.output).toEqual([1, 2, 'x']);
  });

  it('adds -Property values to expanded objects without changing the originals', async () => {
    const inner = obj({ Id: 'i-1' });
    const r = await run(selectObjectCommand, {
      parameterSet: 'DefaultParameter',
      params: { ExpandProperty: 'Instances', Property: ['Owner'] },
      input: [obj({ Owner: 'me', Instances: [inner] })],
    });
    expect(props(r.output[0])).toEqual([
      ['Id', 'i-1'],
      ['Owner', 'me'],
    ]);
    expect(inner.has('Owner')).toBe(false);
  });

  it('reports a missing property', async () => {
    const r = await run(selectObjectCommand, { parameterSet: 'DefaultParameter', params: { ExpandProperty: 'Nope' }, input: [obj({ A: 1 })] });
    expect(r.output).toEqual([]);
    expect(r.errors[0]!.message).toBe('Property "Nope" cannot be found.');
    expect(r.errors[0]!.fullyQualifiedErrorId).toBe('ExpandPropertyNotFound,Microsoft.PowerShell.Commands.SelectObjectCommand');
  });
});

describe('Select-Object positions', () => {
  it('-First stops the upstream after the last object', async () => {
    const r = await run(selectObjectCommand, { parameterSet: 'DefaultParameter', params: { First: 3 }, input: range(100) });
    expect(r.output).toEqual([1, 2, 3]);
    expect(r.stoppedUpstream).toBe(true);
    expect(r.consumed).toBe(3);
  });

  it('-First 0 writes nothing and does not stop', async () => {
    const r = await run(selectObjectCommand, { parameterSet: 'DefaultParameter', params: { First: 0 }, input: range(5) });
    expect(r.output).toEqual([]);
    expect(r.stoppedUpstream).toBe(false);
  });

  it('-First with -Wait reads everything', async () => {
    const r = await run(selectObjectCommand, { parameterSet: 'DefaultParameter', params: { First: 2, Wait: true }, input: range(5) });
    expect(r.output).toEqual([1, 2]);
    expect(r.stoppedUpstream).toBe(false);
  });

  it('-Skip, -Last, -Skip with -Last, -First with -Last', async () => {
    const sel = async (params: Record<string, unknown>): Promise<unknown[]> => (await run(selectObjectCommand, { parameterSet: 'DefaultParameter', params, input: range(10) })).output;
    expect(await sel({ Skip: 7 })).toEqual([8, 9, 10]);
    expect(await sel({ Last: 3 })).toEqual([8, 9, 10]);
    expect(await sel({ Last: 3, Skip: 2 })).toEqual([6, 7, 8]);
    expect(await sel({ First: 2, Skip: 3 })).toEqual([4, 5]);
    expect(await sel({ First: 2, Last: 2 })).toEqual([1, 2, 9, 10]);
  });

  it('-SkipLast', async () => {
    const r = await run(selectObjectCommand, { parameterSet: 'SkipLastParameter', params: { SkipLast: 2 }, input: range(5) });
    expect(r.output).toEqual([1, 2, 3]);
  });

  it('-Index and -SkipIndex', async () => {
    const i = await run(selectObjectCommand, { parameterSet: 'IndexParameter', params: { Index: [3, 0, 3] }, input: range(10) });
    expect(i.output).toEqual([1, 4]);
    expect(i.stoppedUpstream).toBe(true);
    const s = await run(selectObjectCommand, { parameterSet: 'SkipIndexParameter', params: { SkipIndex: [0, 2] }, input: range(4) });
    expect(s.output).toEqual([2, 4]);
  });

  it('skips $null input', async () => {
    const r = await run(selectObjectCommand, { parameterSet: 'DefaultParameter', params: {}, input: [1, null, 2] });
    expect(r.output).toEqual([1, 2]);
  });

  it('validates ranges', async () => {
    expect(await terminatingMessage(run(selectObjectCommand, { parameterSet: 'DefaultParameter', params: { First: -1 }, input: [1] }))).toBe(
      "Cannot validate argument on parameter 'First'. The -1 argument is less than the minimum allowed range of 0. Supply an argument that is greater than or equal to 0 and then try the command again.",
    );
  });
});

describe('Select-Object -Unique', () => {
  it('is case-sensitive unless -CaseInsensitive, and writes at the end', async () => {
    const r = await run(selectObjectCommand, { parameterSet: 'DefaultParameter', params: { Unique: true }, input: ['a', 'A', 'a', 'b'] });
    expect(r.output).toEqual(['a', 'A', 'b']);
    const ci = await run(selectObjectCommand, { parameterSet: 'DefaultParameter', params: { Unique: true, CaseInsensitive: true }, input: ['a', 'A', 'b'] });
    expect(ci.output).toEqual(['a', 'b']);
  });

  it('compares the selected properties', async () => {
    const r = await run(selectObjectCommand, {
      parameterSet: 'DefaultParameter',
      params: { Unique: true, Property: ['K'] },
      input: [obj({ K: 1, V: 1 }), obj({ K: 1, V: 2 }), obj({ K: 2, V: 3 })],
    });
    expect(r.output.map((o) => (o as PSObject).get('K'))).toEqual([1, 2]);
  });
});
