// AWS ConstantClass values (an instance's State.Name) in collections, as PowerShell with the AWS Tools has
// them. Amazon.Runtime.ConstantClass overrides Equals (a constant or a string of the same Value, ordinal
// ignoring case) and GetHashCode (Value.GetHashCode(), ordinal). So:
// - object[] / List`1 Contains, IndexOf, LastIndexOf (element.Equals(value)) find a constant by its text in
//   any case; a string element never equals a constant argument (String.Equals(object) needs a string);
// - -eq, -contains, -in go through LanguagePrimitives.Equals: a constant on the left uses its Equals, a
//   string on the left compares with the constant's text (-ceq case-sensitively);
// - in a hashtable (@{}: StringComparer.CurrentCultureIgnoreCase) constants of the same Value are one key,
//   but a constant key and a string key hash differently, so neither finds the other.

import { describe, expect, it } from 'vitest';
import { createTestEngine } from '../helpers/engine.js';
import { run } from '../helpers/cli.js';
import { ConstantValue } from '../../src/objects/constant-value.js';
import { PSHashtable } from '../../src/objects/hashtable.js';
import { dotnetEquals } from '../../src/engine/methods/collection-methods.js';

async function ps(lines: string[]): Promise<{ stdout: string; stderr: string }> {
  return createTestEngine().run(lines.join('\n'));
}

/** $s.Name is the constant 'running' as a response gives it; $c holds 'running' and 'stopped'. */
const SETUP = [
  "$s = New-Object Amazon.EC2.Model.InstanceState; $s.Name = 'running'",
  "$c = @($s.Name, [Amazon.EC2.InstanceStateName]'stopped')",
];

const running = (): ConstantValue => new ConstantValue('Amazon.EC2.InstanceStateName', 'running');

describe('ConstantClass.Equals in collection methods', () => {
  it('object[] Contains, IndexOf and LastIndexOf find a constant by its text, ignoring case', async () => {
    const r = await ps([
      ...SETUP,
      "$c.Contains('running'); $c.Contains('RUNNING'); $c.Contains('pending')",
      "$c.IndexOf('stopped'); $c.IndexOf('Stopped'); $c.LastIndexOf('RUNNING'); $c.IndexOf('pending')",
      "$c.Contains([Amazon.EC2.InstanceStateName]'stopped')",
    ]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('True\nTrue\nFalse\n1\n1\n0\n-1\nTrue\n');
  });

  it('a string element does not equal a constant argument (String.Equals(object))', async () => {
    const r = await ps([...SETUP, "@('running').Contains($s.Name); @('running').IndexOf($s.Name)"]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('False\n-1\n');
  });

  it('List[object] Contains, IndexOf and Remove use the same equality', async () => {
    const r = await ps([
      ...SETUP,
      '$l = [System.Collections.Generic.List[object]]::new(); $l.AddRange($c)',
      "$l.Contains('STOPPED'); $l.IndexOf('stopped'); $l.Remove('Running'); $l.Count",
    ]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('True\n1\nTrue\n1\n');
  });

  it('-contains, -in and -eq as LanguagePrimitives.Equals (the constant side ignores case even for -c operators)', async () => {
    const r = await ps([
      ...SETUP,
      "$c -contains 'RUNNING'; $c -ccontains 'RUNNING'; 'Stopped' -in $c; 'pending' -notin $c",
      "@('running') -contains $s.Name; @('RUNNING') -ccontains $s.Name",
      "$s.Name -ceq 'RUNNING'; 'RUNNING' -ceq $s.Name; 'RUNNING' -eq $s.Name",
      "($c -eq 'STOPPED').Value; ($c -ne 'stopped').Value",
    ]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('True\nTrue\nTrue\nTrue\nTrue\nFalse\nTrue\nFalse\nTrue\nstopped\nrunning\n');
  });

  it('dotnetEquals is element.Equals(value)', () => {
    expect(dotnetEquals(running(), 'RUNNING')).toBe(true);
    expect(dotnetEquals(running(), new ConstantValue('Amazon.EC2.InstanceStateName', 'Running'))).toBe(true);
    expect(dotnetEquals(running(), 'stopped')).toBe(false);
    expect(dotnetEquals(running(), null)).toBe(false);
    expect(dotnetEquals('running', running())).toBe(false);
  });
});

describe('ConstantClass hashtable keys', () => {
  it('constants of the same value are one key', async () => {
    const r = await ps([
      ...SETUP,
      '$h = @{}',
      "foreach ($n in 'running', 'stopped', 'running') { $h[[Amazon.EC2.InstanceStateName]$n] += 1 }",
      '$h.Count; $h[$s.Name]; $h.ContainsKey($s.Name); $h.Keys[0].GetType().FullName',
      '$null = $h.Remove($s.Name); $h.Count',
    ]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('2\n2\nTrue\nAmazon.EC2.InstanceStateName\n1\n');
  });

  it('a constant key and a string key are different keys (different hash codes in .NET)', async () => {
    const r = await ps([
      ...SETUP,
      "$h = @{ running = 'by string' }",
      "\"[$($h[$s.Name])] $($h.ContainsKey($s.Name))\"",
      '$h[$s.Name] = \'by constant\'; $h.Count',
      "$h['running']; $h[$s.Name]; $h[$s.Name.Value]",
      "$g = $c | Group-Object -AsHashTable; \"[$($g['running'])] $($g[$s.Name].Value)\"",
      "$g = $c | Group-Object -AsHashTable -AsString; $g['running'].Value",
    ]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('[] False\n2\nby string\nby constant\nby string\n[] running\nrunning\n');
  });

  it('PSHashtable keys a constant by its exact value, apart from strings', () => {
    const h = new PSHashtable();
    h.set(running(), 1);
    h.set('RUNNING', 2);
    h.set(new ConstantValue('Amazon.EC2.InstanceType', 'running'), 3);
    expect(h.count).toBe(2);
    expect(h.get(running())).toBe(3);
    expect(h.get('running')).toBe(2);
    expect(h.has(new ConstantValue('Amazon.EC2.InstanceStateName', 'RUNNING'))).toBe(false);
    expect(h.keys()[0]).toBeInstanceOf(ConstantValue);
  });
});

describe('end to end', () => {
  it('counts instances by state through the CLI', () => {
    const r = run(
      [
        "$states = 'running', 'stopped', 'RUNNING' | ForEach-Object { $i = New-Object Amazon.EC2.Model.InstanceState; $i.Name = $_; $i }",
        '$byState = @{}',
        'foreach ($i in $states) { $byState[$i.Name] += 1 }',
        "$byState[[Amazon.EC2.InstanceStateName]'Running']",
        "@($states.Name).IndexOf('STOPPED')",
        "@($states | Where-Object { @('running', 'pending') -contains $_.Name }).Count",
      ].join('; '),
    );
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('2\n1\n2\n');
  });
});
