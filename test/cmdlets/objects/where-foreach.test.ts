import { describe, expect, it } from 'vitest';
import { whereObjectCommand } from '../../../cmdlets/core/objects/where-object.js';
import { forEachObjectCommand } from '../../../cmdlets/core/objects/foreach-object.js';
import { PSObject } from '../../../src/objects/psobject.js';
import { PSHashtable } from '../../../src/objects/hashtable.js';
import { run, sb, sbAsync, sbMany, terminatingMessage } from './context.js';

const obj = (r: Record<string, unknown>): PSObject => PSObject.fromRecord(r);

describe('Where-Object', () => {
  it('filters with a script block', async () => {
    const r = await run(whereObjectCommand, {
      parameterSet: 'ScriptBlockSet',
      params: { FilterScript: sb('$_ -gt 2', (x) => (x as number) > 2) },
      input: [1, 2, 3, 4],
    });
    expect(r.output).toEqual([3, 4]);
  });

  it('treats the script output with PowerShell truthiness', async () => {
    const r = await run(whereObjectCommand, {
      parameterSet: 'ScriptBlockSet',
      params: { FilterScript: sbMany('$_', (x) => (x === 'none' ? [] : x === 'two' ? [false, false] : [x])) },
      input: ['none', 'two', '', 'x', 0],
    });
    expect(r.output).toEqual(['two', 'x']);
  });

  it('handles asynchronous script blocks', async () => {
    const r = await run(whereObjectCommand, {
      parameterSet: 'ScriptBlockSet',
      params: { FilterScript: sbAsync('$_ % 2', (x) => (x as number) % 2) },
      input: [1, 2, 3],
    });
    expect(r.output).toEqual([1, 3]);
  });

  it('runs the filter in the caller scope', async () => {
    const seen: unknown[] = [];
    await run(whereObjectCommand, {
      parameterSet: 'ScriptBlockSet',
      params: { FilterScript: sb('x', (_x, o) => void seen.push(o.newScope)) },
      input: [1],
    });
    expect(seen).toEqual([false]);
  });

  it('compares a property with -EQ case-insensitively and -CEQ case-sensitively', async () => {
    const input = [obj({ Name: 'Alpha' }), obj({ Name: 'alpha' }), obj({ Name: 'beta' })];
    const eq = await run(whereObjectCommand, { parameterSet: 'EqualSet', params: { Property: 'name', Value: 'ALPHA', EQ: true }, input });
    expect(eq.output).toHaveLength(2);
    const ceq = await run(whereObjectCommand, { parameterSet: 'CaseSensitiveEqualSet', params: { Property: 'Name', Value: 'alpha', CEQ: true }, input });
    expect(ceq.output).toEqual([input[1]]);
  });

  it('supports the other operators', async () => {
    const input = [obj({ N: 1, S: 'abc', L: [1, 2] }), obj({ N: 5, S: 'xyz', L: [3] })];
    const cases: Array<[string, Record<string, unknown>, number]> = [
      ['GreaterThanSet', { GT: true, Property: 'N', Value: 2 }, 1],
      ['LessOrEqualSet', { LE: true, Property: 'N', Value: 5 }, 2],
      ['LikeSet', { Like: true, Property: 'S', Value: 'a*' }, 1],
      ['NotLikeSet', { NotLike: true, Property: 'S', Value: 'a*' }, 1],
      ['MatchSet', { Match: true, Property: 'S', Value: '^x' }, 1],
      ['ContainsSet', { Contains: true, Property: 'L', Value: 2 }, 1],
      ['InSet', { In: true, Property: 'N', Value: [5, 6] }, 1],
      ['NotInSet', { NotIn: true, Property: 'N', Value: [5, 6] }, 1],
      ['IsSet', { Is: true, Property: 'S', Value: '[string]' }, 2],
      ['IsNotSet', { IsNot: true, Property: 'N', Value: 'int' }, 0],
    ];
    for (const [set, params, count] of cases) {
      const r = await run(whereObjectCommand, { parameterSet: set, params, input });
      expect(r.output, set).toHaveLength(count);
    }
  });

  it('tests truthiness with a property alone, and -Not', async () => {
    const input = [obj({ A: 0 }), obj({ A: 'x' }), obj({ B: 1 })];
    const r = await run(whereObjectCommand, { parameterSet: 'EqualSet', params: { Property: 'A' }, input });
    expect(r.output).toEqual([input[1]]);
    const n = await run(whereObjectCommand, { parameterSet: 'Not', params: { Property: 'A', Not: true }, input });
    expect(n.output).toEqual([input[0], input[2]]);
  });

  it('reads hashtable keys', async () => {
    const h = PSHashtable.from([['Name', 'x']]);
    const r = await run(whereObjectCommand, { parameterSet: 'EqualSet', params: { Property: 'Name', Value: 'x', EQ: true }, input: [h] });
    expect(r.output).toEqual([h]);
  });

  it('requires -Value with an explicit operator and an operator with -Value', async () => {
    expect(await terminatingMessage(run(whereObjectCommand, { parameterSet: 'GreaterThanSet', params: { Property: 'N', GT: true }, input: [1] }))).toBe(
      'The specified operator requires both the -Property and -Value parameters. Provide values for both parameters, and then try the command again.',
    );
    expect(await terminatingMessage(run(whereObjectCommand, { parameterSet: 'EqualSet', params: { Property: 'N', Value: 1 }, input: [1] }))).toBe(
      'An operator is required to compare the two specified values. Include a valid operator in the command, and then try the command again. For example, Get-Process | Where-Object -Property Name -eq Idle',
    );
  });

  it('declares each comparison switch in its own parameter set', () => {
    const gt = whereObjectCommand.parameters.find((p) => p.name === 'GT')!;
    expect(gt).toMatchObject({ mandatory: true, parameterSets: ['GreaterThanSet'], aliases: ['IGT'] });
    const eq = whereObjectCommand.parameters.find((p) => p.name === 'EQ')!;
    expect(eq.mandatory).toBe(false);
    expect(whereObjectCommand.defaultParameterSet).toBe('EqualSet');
    expect(whereObjectCommand.aliases).toEqual(['where', '?']);
  });
});

describe('ForEach-Object', () => {
  it('runs the process block per object in the caller scope', async () => {
    const scopes: unknown[] = [];
    const r = await run(forEachObjectCommand, {
      parameterSet: 'ScriptBlockSet',
      params: {
        Process: [
          sb('$_ * 2', (x, o) => {
            scopes.push(o.newScope);
            return (x as number) * 2;
          }),
        ],
      },
      input: [1, 2, 3],
    });
    expect(r.output).toEqual([2, 4, 6]);
    expect(scopes).toEqual([false, false, false]);
  });

  it('writes each output object without further enumeration', async () => {
    const r = await run(forEachObjectCommand, {
      parameterSet: 'ScriptBlockSet',
      params: { Process: [sbMany('1, 2, ,@(3,4)', () => [1, 2, [3, 4]])] },
      input: ['x'],
    });
    expect(r.output).toEqual([1, 2, [3, 4]]);
  });

  it('treats two positional blocks as begin and process, three as begin, process and end', async () => {
    const two = await run(forEachObjectCommand, {
      parameterSet: 'ScriptBlockSet',
      params: { Process: [sb('begin', () => 'B')], RemainingScripts: [sb('process', (x) => x)] },
      input: [1, 2],
    });
    expect(two.output).toEqual(['B', 1, 2]);
    const three = await run(forEachObjectCommand, {
      parameterSet: 'ScriptBlockSet',
      params: { Process: [sb('b', () => 'B')], RemainingScripts: [sb('p', (x) => x), sb('e', () => 'E')] },
      input: [1],
    });
    expect(three.output).toEqual(['B', 1, 'E']);
  });

  it('honours -Begin and -End given by name', async () => {
    const r = await run(forEachObjectCommand, {
      parameterSet: 'ScriptBlockSet',
      params: { Begin: sb('b', () => 'B'), Process: [sb('p', (x) => x)], End: sb('e', () => 'E') },
      input: [1],
    });
    expect(r.output).toEqual(['B', 1, 'E']);
  });

  it('runs once with no input when first in the pipeline', async () => {
    const r = await run(forEachObjectCommand, { parameterSet: 'ScriptBlockSet', params: { Process: [sb('x', () => 'x')] } });
    expect(r.output).toEqual(['x']);
  });

  it('handles async blocks and async writes', async () => {
    const r = await run(forEachObjectCommand, {
      parameterSet: 'ScriptBlockSet',
      params: { Process: [sbAsync('p', (x) => (x as number) + 1)] },
      input: [1, 2],
      asyncWrite: true,
    });
    expect(r.output).toEqual([2, 3]);
  });

  it('reads a property by name, unrolling collections', async () => {
    const r = await run(forEachObjectCommand, {
      parameterSet: 'PropertyAndMethodSet',
      params: { MemberName: 'Items' },
      input: [obj({ Items: [1, 2] }), obj({ Items: 'x' }), obj({})],
    });
    expect(r.output).toEqual([1, 2, 'x', null]);
  });

  it('reads string properties and hashtable keys', async () => {
    const len = await run(forEachObjectCommand, { parameterSet: 'PropertyAndMethodSet', params: { MemberName: 'Length' }, input: ['abc'] });
    expect(len.output).toEqual([3]);
    const key = await run(forEachObjectCommand, { parameterSet: 'PropertyAndMethodSet', params: { MemberName: 'k' }, input: [PSHashtable.from([['K', 5]])] });
    expect(key.output).toEqual([5]);
  });

  it('calls a method by name, with arguments', async () => {
    const up = await run(forEachObjectCommand, { parameterSet: 'PropertyAndMethodSet', params: { MemberName: 'ToUpper' }, input: ['ab'] });
    expect(up.output).toEqual(['AB']);
    const sub = await run(forEachObjectCommand, { parameterSet: 'PropertyAndMethodSet', params: { MemberName: 'Substring', ArgumentList: [1, 2] }, input: ['abcd'] });
    expect(sub.output).toEqual(['bc']);
  });

  it('reports unknown methods and method failures as non-terminating errors', async () => {
    const r = await run(forEachObjectCommand, { parameterSet: 'PropertyAndMethodSet', params: { MemberName: 'Nope', ArgumentList: [1] }, input: ['ab'] });
    expect(r.errors.map((e) => e.message)).toEqual(['Input name "Nope" cannot be resolved to a method.']);
    const f = await run(forEachObjectCommand, { parameterSet: 'PropertyAndMethodSet', params: { MemberName: 'Substring', ArgumentList: [9] }, input: ['ab'] });
    expect(f.errors[0]!.fullyQualifiedErrorId).toBe('MethodInvocationError,Microsoft.PowerShell.Commands.ForEachObjectCommand');
    expect(f.errors[0]!.message).toMatch(/^Exception calling "Substring" with "1" argument\(s\)/);
  });

  it('reports ambiguous wildcard members', async () => {
    const r = await run(forEachObjectCommand, { parameterSet: 'PropertyAndMethodSet', params: { MemberName: 'A*' }, input: [obj({ Ab: 1, Ac: 2 })] });
    expect(r.errors[0]!.message).toBe('Input name "A*" is ambiguous. It can be resolved to multiple matched members. Possible matches include: Ab Ac.');
  });

  it('writes $null for a null input in the member form', async () => {
    const r = await run(forEachObjectCommand, { parameterSet: 'PropertyAndMethodSet', params: { MemberName: 'X' }, input: [null] });
    expect(r.output).toEqual([null]);
  });
});
