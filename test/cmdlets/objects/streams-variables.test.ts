import { describe, expect, it } from 'vitest';
import {
  outNullCommand,
  writeDebugCommand,
  writeErrorCommand,
  writeHostCommand,
  writeInformationCommand,
  writeOutputCommand,
  writeVerboseCommand,
  writeWarningCommand,
} from '../../../cmdlets/core/objects/write-cmdlets.js';
import {
  clearVariableCommand,
  getVariableCommand,
  newVariableCommand,
  removeVariableCommand,
  setVariableCommand,
} from '../../../cmdlets/core/objects/variables.js';
import { objectCmdlets } from '../../../cmdlets/core/objects/index.js';
import { ErrorRecord, RuntimeError, makeErrorRecord } from '../../../src/engine/errors.js';
import { PSHashtable } from '../../../src/objects/hashtable.js';
import { PSObject } from '../../../src/objects/psobject.js';
import { MemorySession, run, testHost } from './context.js';

describe('Write-Output', () => {
  it('enumerates unless -NoEnumerate', async () => {
    const r = await run(writeOutputCommand, { params: { InputObject: [1, [2, 3]] } });
    expect(r.output).toEqual([1, [2, 3]]);
    const n = await run(writeOutputCommand, { params: { InputObject: [1, 2], NoEnumerate: true } });
    expect(n.output).toEqual([[1, 2]]);
    const piped = await run(writeOutputCommand, { params: {}, input: ['a', 'b'] });
    expect(piped.output).toEqual(['a', 'b']);
  });
});

describe('Write-Host', () => {
  it('joins collections with the separator and passes colours', async () => {
    const r = await run(writeHostCommand, { params: { Object: [1, [2, 3], 'x'], Separator: '-', ForegroundColor: 'Red', NoNewline: true } });
    expect(r.host).toEqual([{ text: '1-2-3-x', options: { noNewline: true, foregroundColor: 'Red' } }]);
    const h = await run(writeHostCommand, { params: { Object: PSHashtable.from([['a', 1]]) } });
    expect(h.host[0]!.text).toBe('System.Collections.DictionaryEntry');
    const o = await run(writeHostCommand, { params: { Object: PSObject.fromRecord({ a: 1 }) } });
    expect(o.host[0]!.text).toBe('@{a=1}');
  });
});

describe('Write-Error', () => {
  it('writes a WriteErrorException record', async () => {
    const r = await run(writeErrorCommand, { parameterSet: 'NoException', params: { Message: 'boom', TargetObject: 5 } });
    const e = r.errors[0]!;
    expect(e.message).toBe('boom');
    expect(e.exception.typeName).toBe('Microsoft.PowerShell.Commands.WriteErrorException');
    expect(e.fullyQualifiedErrorId).toBe('Microsoft.PowerShell.Commands.WriteErrorException');
    expect(e.category).toBe('NotSpecified');
    expect(e.targetObject).toBe(5);
  });

  it('honours -ErrorId and -Category, -Exception and -ErrorRecord', async () => {
    const r = await run(writeErrorCommand, { parameterSet: 'NoException', params: { Message: 'm', ErrorId: 'MyId', Category: 'ObjectNotFound' } });
    expect([r.errors[0]!.fullyQualifiedErrorId, r.errors[0]!.category]).toEqual(['MyId', 'ObjectNotFound']);
    const ex = new RuntimeError(makeErrorRecord('inner', { type: 'System.ArgumentException' }));
    const w = await run(writeErrorCommand, { parameterSet: 'WithException', params: { Exception: ex } });
    expect([w.errors[0]!.message, w.errors[0]!.fullyQualifiedErrorId]).toEqual(['inner', 'System.ArgumentException']);
    const rec = new ErrorRecord({ typeName: 'System.Exception', message: 'rec' }, 'RecId');
    const er = await run(writeErrorCommand, { parameterSet: 'ErrorRecord', params: { ErrorRecord: rec } });
    expect(er.errors[0]!.fullyQualifiedErrorId).toBe('RecId');
  });
});

describe('message streams and Out-Null', () => {
  it('write to their streams', async () => {
    expect((await run(writeWarningCommand, { params: { Message: 'w' } })).warnings).toEqual(['w']);
    expect((await run(writeVerboseCommand, { params: { Message: 'v' } })).verbose).toEqual(['v']);
    expect((await run(writeDebugCommand, { params: {}, input: ['d'] })).debug).toEqual(['d']);
    expect((await run(writeInformationCommand, { params: { MessageData: { a: 1 } } })).information).toEqual([{ a: 1 }]);
    expect((await run(outNullCommand, { params: {}, input: [1, 2] })).output).toEqual([]);
  });
});

describe('variable cmdlets', () => {
  it('Set-Variable / Get-Variable write PSVariable objects', async () => {
    const session = new MemorySession();
    const host = testHost();
    const s = await run(setVariableCommand, { params: { Name: ['x'], Value: 5, PassThru: true, Description: 'five' }, session, host });
    const v = s.output[0] as PSObject;
    expect(v.typeNames[0]).toBe('System.Management.Automation.PSVariable');
    expect(v.propertyNames()).toEqual(['Name', 'Description', 'Value', 'Visibility', 'Module', 'ModuleName', 'Options', 'Attributes']);
    expect([v.get('Name'), v.get('Value'), v.get('Description'), String(v.get('Options'))]).toEqual(['x', 5, 'five', 'None']);
    const g = await run(getVariableCommand, { params: { Name: ['x'] }, session, host });
    expect((g.output[0] as PSObject).get('Description')).toBe('five');
    const only = await run(getVariableCommand, { params: { Name: ['x'], ValueOnly: true }, session, host });
    expect(only.output).toEqual([5]);
  });

  it('Get-Variable sorts, filters with wildcards and reports missing names', async () => {
    const session = new MemorySession();
    const host = testHost();
    session.setVariable('b1', 1);
    session.setVariable('a1', 2);
    session.setVariable('c', 3);
    const r = await run(getVariableCommand, { params: { Name: ['*1'], ValueOnly: true }, session, host });
    expect(r.output).toEqual([2, 1]);
    const ex = await run(getVariableCommand, { params: { Exclude: ['a*', 'b*'] }, session, host });
    expect(ex.output.map((o) => (o as PSObject).get('Name'))).toEqual(['c']);
    const miss = await run(getVariableCommand, { params: { Name: ['nope'] }, session, host });
    expect(miss.errors[0]!.message).toBe("Cannot find a variable with the name 'nope'.");
    expect(miss.errors[0]!.fullyQualifiedErrorId).toBe('VariableNotFound,Microsoft.PowerShell.Commands.GetVariableCommand');
  });

  it('Set-Variable collects piped values', async () => {
    const session = new MemorySession();
    const host = testHost();
    await run(setVariableCommand, { params: { Name: ['many'] }, input: [1, 2, 3], session, host });
    expect(session.getVariable('many')).toEqual([1, 2, 3]);
    await run(setVariableCommand, { params: { Name: ['one'] }, input: ['x'], session, host });
    expect(session.getVariable('one')).toBe('x');
  });

  it('New-Variable refuses an existing variable unless -Force, and read-only variables stay read-only', async () => {
    const session = new MemorySession();
    const host = testHost();
    await run(newVariableCommand, { params: { Name: 'k', Value: 1, Option: 'ReadOnly' }, session, host });
    const again = await run(newVariableCommand, { params: { Name: 'k', Value: 2 }, session, host });
    expect(again.errors[0]!.message).toBe("A variable with name 'k' already exists.");
    const set = await run(setVariableCommand, { params: { Name: ['k'], Value: 3 }, session, host });
    expect(set.errors[0]!.message).toBe('Cannot overwrite variable k because it is read-only or constant.');
    expect(session.getVariable('k')).toBe(1);
    await run(setVariableCommand, { params: { Name: ['k'], Value: 4, Force: true }, session, host });
    expect(session.getVariable('k')).toBe(4);
    const rm = await run(removeVariableCommand, { params: { Name: ['k'] }, session, host });
    expect(rm.errors[0]!.message).toBe(
      'Cannot remove variable k because it is constant or read-only. If the variable is read-only, try the operation again specifying the Force option.',
    );
  });

  it('Remove-Variable and Clear-Variable', async () => {
    const session = new MemorySession();
    const host = testHost();
    session.setVariable('gone', 1);
    session.setVariable('kept', 2);
    await run(removeVariableCommand, { params: { Name: ['gone'] }, session, host });
    expect(session.hasVariable('gone')).toBe(false);
    const missing = await run(removeVariableCommand, { params: { Name: ['gone'] }, session, host });
    expect(missing.errors[0]!.fullyQualifiedErrorId).toBe('VariableNotFound,Microsoft.PowerShell.Commands.RemoveVariableCommand');
    const c = await run(clearVariableCommand, { params: { Name: ['kept'], PassThru: true }, session, host });
    expect(session.getVariable('kept')).toBe(null);
    expect((c.output[0] as PSObject).get('Value')).toBe(null);
  });
});

describe('objectCmdlets', () => {
  it('exports every cmdlet with its usual aliases', () => {
    const byName = new Map(objectCmdlets.map((c) => [c.name, c]));
    const expected: Record<string, string[]> = {
      'Select-Object': ['select'],
      'Where-Object': ['where', '?'],
      'ForEach-Object': ['foreach', '%'],
      'Sort-Object': ['sort'],
      'Group-Object': ['group'],
      'Measure-Object': ['measure'],
      'Tee-Object': ['tee'],
      'Compare-Object': ['compare', 'diff'],
      'Get-Member': ['gm'],
      'Write-Output': ['echo', 'write'],
      'Get-Variable': ['gv'],
      'Remove-Variable': ['rv'],
      'Clear-Variable': ['clv'],
      'Invoke-Expression': ['iex'],
    };
    for (const [name, aliases] of Object.entries(expected)) expect(byName.get(name)?.aliases, name).toEqual(aliases);
    for (const name of ['New-Object', 'Get-Random', 'Get-Date', 'Start-Sleep', 'Read-Host', 'Write-Host', 'Write-Error', 'Write-Warning', 'Write-Verbose', 'Write-Debug', 'Write-Information', 'Out-Null', 'Set-Variable', 'New-Variable']) {
      expect(byName.has(name), name).toBe(true);
    }
  });
});
