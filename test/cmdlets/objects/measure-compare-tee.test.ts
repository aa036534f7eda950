import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { measureObjectCommand } from '../../../cmdlets/core/objects/measure-object.js';
import { compareObjectCommand } from '../../../cmdlets/core/objects/compare-object.js';
import { teeObjectCommand } from '../../../cmdlets/core/objects/tee-object.js';
import { PSObject } from '../../../src/objects/psobject.js';
import { MemorySession, run } from './context.js';

const obj = (r: Record<string, unknown>): PSObject => PSObject.fromRecord(r);
const record = (o: unknown): Record<string, unknown> => Object.fromEntries((o as PSObject).properties().map((p) => [p.name, p.value]));

describe('Measure-Object', () => {
  it('counts by default, with every other statistic $null', async () => {
    const r = await run(measureObjectCommand, { parameterSet: 'GenericMeasure', params: {}, input: [1, 2, 3] });
    expect(record(r.output[0])).toEqual({ Count: 3, Average: null, Sum: null, Maximum: null, Minimum: null, StandardDeviation: null, Property: null });
    expect((r.output[0] as PSObject).typeNames).toEqual([
      'Microsoft.PowerShell.Commands.GenericMeasureInfo',
      'Microsoft.PowerShell.Commands.MeasureInfo',
      'System.Object',
    ]);
  });

  it('computes sum, average, min, max and sample standard deviation', async () => {
    const r = await run(measureObjectCommand, { parameterSet: 'GenericMeasure', params: { AllStats: true }, input: [2, 4, 4, 4, 5, 5, 7, 9] });
    const m = record(r.output[0]);
    expect(m).toMatchObject({ Count: 8, Sum: 40, Average: 5, Maximum: 9, Minimum: 2 });
    expect(m.StandardDeviation as number).toBeCloseTo(2.138089935, 8);
  });

  it('reports an empty input as Count 0', async () => {
    const r = await run(measureObjectCommand, { parameterSet: 'GenericMeasure', params: { Sum: true }, input: [] });
    expect(record(r.output[0])).toMatchObject({ Count: 0, Sum: 0, Average: null });
  });

  it('measures properties, one result per property', async () => {
    const input = [obj({ A: 1, B: 10 }), obj({ A: 3, B: 20 })];
    const r = await run(measureObjectCommand, { parameterSet: 'GenericMeasure', params: { Property: ['A', 'B'], Sum: true }, input });
    expect(r.output.map((o) => [record(o).Property, record(o).Sum])).toEqual([
      ['A', 4],
      ['B', 30],
    ]);
  });

  it('reports a property no object has', async () => {
    const r = await run(measureObjectCommand, { parameterSet: 'GenericMeasure', params: { Property: ['Nope'] }, input: [obj({ A: 1 })] });
    expect(r.output).toEqual([]);
    expect(r.errors[0]!.message).toBe('The property "Nope" cannot be found in the input for any objects.');
    expect(r.errors[0]!.fullyQualifiedErrorId).toBe('GenericMeasurePropertyNotFound,Microsoft.PowerShell.Commands.MeasureObjectCommand');
  });

  it('reports non-numeric input for -Sum and leaves Sum $null', async () => {
    const r = await run(measureObjectCommand, { parameterSet: 'GenericMeasure', params: { Sum: true }, input: [1, 'x'] });
    expect(r.errors[0]!.message).toBe('Input object "x" is not numeric.');
    expect(record(r.output[0])).toMatchObject({ Count: 2, Sum: null });
  });

  it('gives min/max of strings as a GenericObjectMeasureInfo', async () => {
    const r = await run(measureObjectCommand, { parameterSet: 'GenericMeasure', params: { Maximum: true, Minimum: true }, input: ['pear', 'apple', 'zoo'] });
    expect((r.output[0] as PSObject).typeName).toBe('Microsoft.PowerShell.Commands.GenericObjectMeasureInfo');
    expect(record(r.output[0])).toMatchObject({ Maximum: 'zoo', Minimum: 'apple' });
  });

  it('counts lines, words and characters', async () => {
    const r = await run(measureObjectCommand, { parameterSet: 'TextMeasure', params: { Line: true, Word: true, Character: true }, input: ['hello world', 'a b c'] });
    expect(record(r.output[0])).toEqual({ Lines: 2, Words: 5, Characters: 16, Property: null });
    const ws = await run(measureObjectCommand, { parameterSet: 'TextMeasure', params: { Character: true, IgnoreWhiteSpace: true }, input: ['a b\nc\n'] });
    expect(record(ws.output[0])).toEqual({ Lines: null, Words: null, Characters: 3, Property: null });
    const lines = await run(measureObjectCommand, { parameterSet: 'TextMeasure', params: { Line: true }, input: ['a\nb', 'c\n'] });
    expect(record(lines.output[0]).Lines).toBe(3);
  });

  it('handles a million numbers quickly in constant memory', async () => {
    const input = Array.from({ length: 1_000_000 }, (_, i) => i);
    const started = Date.now();
    const r = await run(measureObjectCommand, { parameterSet: 'GenericMeasure', params: { Sum: true, Average: true, Maximum: true, Minimum: true }, input });
    expect(record(r.output[0])).toMatchObject({ Count: 1_000_000, Sum: 499999500000, Maximum: 999999, Minimum: 0 });
    expect(Date.now() - started).toBeLessThan(5000);
  });
});

describe('Compare-Object', () => {
  const side = (out: unknown[]): Array<[unknown, unknown]> => out.map((o) => [(o as PSObject).get('InputObject'), (o as PSObject).get('SideIndicator')]);

  it('writes the differences in pwsh order', async () => {
    const r = await run(compareObjectCommand, { params: { ReferenceObject: [1, 2, 3], DifferenceObject: [2, 3, 4] } });
    expect(side(r.output)).toEqual([
      [4, '=>'],
      [1, '<='],
    ]);
  });

  it('-IncludeEqual and -ExcludeDifferent', async () => {
    const eq = await run(compareObjectCommand, { params: { ReferenceObject: ['a', 'b'], DifferenceObject: ['B', 'c'], IncludeEqual: true } });
    expect(side(eq.output)).toEqual([
      ['b', '=='],
      ['c', '=>'],
      ['a', '<='],
    ]);
    const same = await run(compareObjectCommand, { params: { ReferenceObject: ['a', 'b'], DifferenceObject: ['b'], ExcludeDifferent: true } });
    expect(side(same.output)).toEqual([['b', '==']]);
  });

  it('compares case-sensitively with -CaseSensitive', async () => {
    const r = await run(compareObjectCommand, { params: { ReferenceObject: ['a'], DifferenceObject: ['A'], CaseSensitive: true } });
    expect(side(r.output)).toEqual([
      ['A', '=>'],
      ['a', '<='],
    ]);
  });

  it('compares -Property values and writes them', async () => {
    const r = await run(compareObjectCommand, { params: { ReferenceObject: [obj({ N: 1, X: 'a' })], DifferenceObject: [obj({ N: 1, X: 'b' })], Property: ['N'] } });
    expect(r.output).toEqual([]);
    const d = await run(compareObjectCommand, { params: { ReferenceObject: [obj({ N: 1 })], DifferenceObject: [obj({ N: 2 })], Property: ['N'] } });
    expect(d.output.map(record)).toEqual([
      { N: 2, SideIndicator: '=>' },
      { N: 1, SideIndicator: '<=' },
    ]);
  });

  it('-PassThru writes the objects with a SideIndicator', async () => {
    const a = obj({ N: 1 });
    const r = await run(compareObjectCommand, { params: { ReferenceObject: [a], DifferenceObject: [], PassThru: true } });
    expect(r.output).toEqual([a]);
    expect(a.get('SideIndicator')).toBe('<=');
  });

  it('takes difference objects from the pipeline', async () => {
    const r = await run(compareObjectCommand, { params: { ReferenceObject: [1, 2] }, input: [2, 3] });
    expect(side(r.output)).toEqual([
      [3, '=>'],
      [1, '<='],
    ]);
  });

  it('honours -SyncWindow', async () => {
    const r = await run(compareObjectCommand, { params: { ReferenceObject: [1, 2, 3], DifferenceObject: [3, 2, 1], SyncWindow: 0 } });
    expect(side(r.output)).toEqual([
      [3, '=>'],
      [1, '<='],
      [1, '=>'],
      [3, '<='],
    ]);
  });
});

describe('Tee-Object', () => {
  it('passes objects on and collects them into a variable', async () => {
    const session = new MemorySession();
    const r = await run(teeObjectCommand, { parameterSet: 'Variable', params: { Variable: 'saved' }, input: [1, 2], session });
    expect(r.output).toEqual([1, 2]);
    expect(session.getVariable('saved')).toEqual([1, 2]);
    await run(teeObjectCommand, { parameterSet: 'Variable', params: { Variable: 'one' }, input: ['x'], session });
    expect(session.getVariable('one')).toBe('x');
  });

  it('writes to a file through Out-File, and appends with -Append', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tee-'));
    const file = join(dir, 'out.txt');
    const session = new MemorySession();
    session.cwd = dir;
    const r = await run(teeObjectCommand, { parameterSet: 'File', params: { FilePath: file }, input: ['a', 'b'], session });
    expect(r.output).toEqual(['a', 'b']);
    await run(teeObjectCommand, { parameterSet: 'File', params: { FilePath: file, Append: true }, input: ['c'], session });
    expect(readFileSync(file, 'utf8')).toBe('a\nb\nc\n');
  });
});
