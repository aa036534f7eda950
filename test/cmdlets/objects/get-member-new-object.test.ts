import { describe, expect, it } from 'vitest';
import { getMemberCommand } from '../../../cmdlets/core/objects/get-member.js';
import { newObjectCommand } from '../../../cmdlets/core/objects/new-object.js';
import { registerObjectFactory } from '../../../cmdlets/core/objects/index.js';
import { PSObject } from '../../../src/objects/psobject.js';
import { PSHashtable } from '../../../src/objects/hashtable.js';
import { PSList } from '../../../src/objects/pslist.js';
import { TimeSpan } from '../../../src/objects/timespan.js';
import { RuntimeError } from '../../../src/engine/errors.js';
import { withDisplayHint } from '../../../src/objects/date-display-hint.js';
import { run, terminatingMessage } from './context.js';

const rows = (out: unknown[]): string[] =>
  out.map((o) => {
    const p = o as PSObject;
    return `${String(p.get('Name'))} | ${String(p.get('MemberType'))} | ${String(p.get('Definition'))}`;
  });

describe('Get-Member', () => {
  it('lists a custom object like pwsh', async () => {
    const r = await run(getMemberCommand, { params: {}, input: [PSObject.fromRecord({ a: 1, b: 'x', c: null, d: [1, 2] })] });
    expect(rows(r.output)).toEqual([
      'Equals | Method | bool Equals(System.Object obj)',
      'GetHashCode | Method | int GetHashCode()',
      'GetType | Method | type GetType()',
      'ToString | Method | string ToString()',
      'a | NoteProperty | int a=1',
      'b | NoteProperty | string b=x',
      'c | NoteProperty | object c=null',
      'd | NoteProperty | Object[] d=System.Object[]',
    ]);
    const first = r.output[0] as PSObject;
    expect(first.typeNames[0]).toBe('Microsoft.PowerShell.Commands.MemberDefinition');
    expect(first.get('TypeName')).toBe('System.Management.Automation.PSCustomObject');
  });

  it('lists string methods, Chars and Length, sorted by member type then name', async () => {
    const r = await run(getMemberCommand, { params: {}, input: ['abc'] });
    const names = r.output.map((o) => (o as PSObject).get('Name'));
    expect(names.slice(0, 3)).toEqual(['Clone', 'CompareTo', 'Contains']);
    expect(names.slice(-2)).toEqual(['Chars', 'Length']);
    expect(rows(r.output).at(-1)).toBe('Length | Property | int Length {get;}');
    expect(rows(r.output)).toContain('Substring | Method | string Substring(int startIndex), string Substring(int startIndex, int length)');
  });

  it('writes one block per distinct type', async () => {
    const r = await run(getMemberCommand, { params: { MemberType: ['Property'] }, input: ['a', 'b', 1, 'c'] });
    expect(r.output.map((o) => (o as PSObject).get('TypeName'))).toEqual(['System.String']);
  });

  it('filters by -Name wildcards and -MemberType', async () => {
    const r = await run(getMemberCommand, { params: { Name: ['To*'], MemberType: ['Method'] }, input: [5] });
    expect(r.output.map((o) => (o as PSObject).get('Name'))).toContain('ToString');
    expect(r.output.every((o) => String((o as PSObject).get('Name')).startsWith('To'))).toBe(true);
    const props = await run(getMemberCommand, { params: { MemberType: ['Properties'] }, input: [PSObject.fromRecord({ a: 1 })] });
    expect(rows(props.output)).toEqual(['a | NoteProperty | int a=1']);
  });

  it('shows typed model properties as {get;set;}', async () => {
    const o = new PSObject(['Amazon.S3.Model.S3Bucket', 'System.Object']);
    o.addNote('BucketName', 'b', 'Property', 'System.String');
    o.addNote('CreationDate', new Date(0), 'Property', 'System.DateTime');
    o.sealed = true;
    const r = await run(getMemberCommand, { params: { MemberType: ['Property'] }, input: [o] });
    expect(rows(r.output)).toEqual(['BucketName | Property | string BucketName {get;set;}', 'CreationDate | Property | datetime CreationDate {get;set;}']);
  });

  it('adds accessors and member sets with -Force', async () => {
    const r = await run(getMemberCommand, { params: { Force: true, Name: ['get_Length', 'psobject'] }, input: ['x'] });
    expect(rows(r.output)[0]).toBe('get_Length | Method | int get_Length()');
    expect((r.output[1] as PSObject).get('Name')).toBe('psobject');
  });

  it('lists static members with -Static', async () => {
    const r = await run(getMemberCommand, { params: { Static: true, Name: ['IsNullOrEmpty'] }, input: ['x'] });
    expect(rows(r.output)).toEqual(['IsNullOrEmpty | Method | static bool IsNullOrEmpty(string value)']);
  });

  it("shows Get-Date's DisplayHint note", async () => {
    const r = await run(getMemberCommand, { params: { Name: ['DisplayHint'] }, input: [withDisplayHint(new Date(), 'DateTime')] });
    expect(rows(r.output)).toEqual(['DisplayHint | NoteProperty | DisplayHintType DisplayHint=DateTime']);
  });

  it('errors when there is no object', async () => {
    const r = await run(getMemberCommand, { params: {}, input: [] });
    expect(r.errors[0]!.message).toBe('You must specify an object for the Get-Member cmdlet.');
  });
});

describe('New-Object', () => {
  it('creates custom objects with -Property', async () => {
    const r = await run(newObjectCommand, { parameterSet: 'Net', params: { TypeName: 'PSObject', Property: PSHashtable.from([['A', 1], ['B', 2]]) } });
    const o = r.output[0] as PSObject;
    expect(o.typeNames[0]).toBe('System.Management.Automation.PSCustomObject');
    expect(o.propertyNames()).toEqual(['A', 'B']);
  });

  it('creates hashtables and lists', async () => {
    const h = await run(newObjectCommand, { parameterSet: 'Net', params: { TypeName: 'System.Collections.Hashtable' } });
    expect(h.output[0]).toBeInstanceOf(PSHashtable);
    const a = await run(newObjectCommand, { parameterSet: 'Net', params: { TypeName: 'System.Collections.ArrayList' } });
    expect((a.output[0] as PSList).isArrayList).toBe(true);
    const l = await run(newObjectCommand, { parameterSet: 'Net', params: { TypeName: 'System.Collections.Generic.List[string]', ArgumentList: [[1, 'b']] } });
    const list = l.output[0] as PSList;
    expect(list.elementType).toBe('System.String');
    expect(list.items).toEqual(['1', 'b']);
  });

  it('passes -ArgumentList to constructors', async () => {
    const t = await run(newObjectCommand, { parameterSet: 'Net', params: { TypeName: 'TimeSpan', ArgumentList: [1, 2, 3] } });
    expect((t.output[0] as TimeSpan).toString()).toBe('01:02:03');
    const s = await run(newObjectCommand, { parameterSet: 'Net', params: { TypeName: 'string', ArgumentList: ['a', 3] } });
    expect(s.output).toEqual(['aaa']);
    expect(await terminatingMessage(run(newObjectCommand, { parameterSet: 'Net', params: { TypeName: 'Hashtable', ArgumentList: ['x', 'y', 'z'] } }))).toBe(
      'Cannot find an overload for "Hashtable" and the argument count: "3".',
    );
    const e = await run(newObjectCommand, { parameterSet: 'Net', params: { TypeName: 'System.ArgumentException', ArgumentList: ['bad'] } });
    expect(e.output[0]).toBeInstanceOf(RuntimeError);
    expect((e.output[0] as RuntimeError).record.exception.typeName).toBe('System.ArgumentException');
  });

  it('fails on unknown types and unknown members of sealed objects', async () => {
    expect(await terminatingMessage(run(newObjectCommand, { parameterSet: 'Net', params: { TypeName: 'Foo.Bar' } }))).toBe(
      'Cannot find type [Foo.Bar]: verify that the assembly containing this type is loaded.',
    );
    registerObjectFactory('Test.Model.Thing', () => {
      const o = new PSObject(['Test.Model.Thing', 'System.Object']);
      o.addNote('Name', null, 'Property', 'System.String');
      o.sealed = true;
      return o;
    });
    const ok = await run(newObjectCommand, { parameterSet: 'Net', params: { TypeName: 'Test.Model.Thing', Property: PSHashtable.from([['name', 5]]) } });
    expect((ok.output[0] as PSObject).get('Name')).toBe('5');
    expect(await terminatingMessage(run(newObjectCommand, { parameterSet: 'Net', params: { TypeName: 'Test.Model.Thing', Property: PSHashtable.from([['Nope', 1]]) } }))).toBe(
      'The member "Nope" was not found for the specified .NET object.',
    );
  });
});
