// [ref] (PSReference): references bound to variables, wrapped values, [ref] parameters of functions, and the .NET
// out parameters of TryParse and [array]::Resize, with pwsh's errors.

import { describe, expect, it } from 'vitest';
import { createTestEngine } from '../helpers/engine.js';
import { PSReference } from '../../src/objects/ps-reference.js';

async function ps(lines: string[]): Promise<{ stdout: string; stderr: string }> {
  return createTestEngine().run(lines.join('\n'));
}

describe('[ref] of a variable', () => {
  it('reads and assigns the variable through .Value', async () => {
    const r = await ps(['$x = 1; $r = [ref]$x; $r.Value; $r.Value = 5; $x; $x = 7; $r.Value; $r.Value++; $x']);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('1\n5\n7\n8\n');
  });

  it('binds the variable it finds, in a parent scope or a named one', async () => {
    const r = await ps([
      'function SetParent { $r = [ref]$pv; $r.Value = "changed" }',
      '$pv = "orig"; SetParent; $pv',
      '$global:gx = 1; $g = [ref]$global:gx; $g.Value = 2; $gx',
    ]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('changed\n2\n');
  });

  it('fails as pwsh does for a variable that does not exist', async () => {
    const r = await ps(['try { [ref]$nope } catch { $_.Exception.Message; $_.FullyQualifiedErrorId; "$($_.CategoryInfo.Category)" }']);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('[ref] cannot be applied to a variable that does not exist.\nNonExistingVariableReference\nInvalidOperation\n');
  });

  it('references the value of an element or property, not the slot', async () => {
    const r = await ps(['$a = 1, 2, 3; $e = [ref]$a[0]; $e.Value = 9; $a -join ","; $e.Value', '$o = [pscustomobject]@{ N = 1 }; $p = [ref]$o.N; $p.Value = 2; $o.N']);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('1,2,3\n9\n1\n');
  });
});

describe('[ref] of a value', () => {
  it('wraps the value; [ref]::new and -as [ref] do too', async () => {
    const r = await ps(['$r = [ref]5; $r.Value; $r.Value = 6; $r.Value', '([ref]::new(7)).Value', '(5 -as [ref]).Value', '$r -is [ref]', '$r.GetType().FullName', '([ref]$r).Value.Value']);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('5\n6\n7\n5\nTrue\nSystem.Management.Automation.PSReference\n6\n');
  });

  it('formats as an object with a Value property', async () => {
    const r = await ps(['[ref]5', '[ref]"x" | Format-List', '$x = 1; [ref]$x | ConvertTo-Json -Compress']);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('\nValue\n-----\n    5\n\n\nValue : x\n\n{"Value":1}\n');
  });

  it('exposes get/set value to TypeScript callers', () => {
    let held: unknown = 1;
    const bound = PSReference.bound({ get: () => held, set: (v) => (held = v) });
    bound.value = 'a';
    expect(held).toBe('a');
    expect(new PSReference(3).value).toBe(3);
  });
});

describe('[ref] parameters of functions', () => {
  it('lets a function assign the caller variable, by position or name', async () => {
    const r = await ps(['function Inc { param([ref]$Counter) $Counter.Value++ }', '$c = 1; Inc -Counter ([ref]$c); Inc ([ref]$c); $c', 'function Outer { $local = 10; Inc ([ref]$local); $local }; Outer']);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('3\n11\n');
  });

  it('refuses a plain value', async () => {
    const r = await ps(['function F([ref]$Result) { }', 'try { F 3 } catch { $_.Exception.Message }']);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe("Cannot process argument transformation on parameter 'Result'. Reference type is expected in argument.\n");
  });
});

describe('TryParse out parameters', () => {
  it('writes the parsed value, or default(T) and $false', async () => {
    const r = await ps([
      '$n = 0; [int]::TryParse("42", [ref]$n); $n; [int]::TryParse("4x2", [ref]$n); $n',
      '[int]::TryParse(" 12 ", [ref]$n); $n; [int]::TryParse("99999999999", [ref]$n); $n; [long]::TryParse("99999999999", [ref]$n); $n',
      '[int]::TryParse($null, [ref]$n); [int]::TryParse("1F", "HexNumber", [cultureinfo]::InvariantCulture, [ref]$n); $n',
      '$d = 0; [double]::TryParse("1.5", [ref]$d); $d; [double]::TryParse("abc", [ref]$d); $d',
      '$b = 1; [bool]::TryParse("TRUE", [ref]$b); $b; [bool]::TryParse("nah", [ref]$b); $b',
      '[int]::TryParse("5", [ref]$null)',
    ]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('True\n42\nFalse\n0\nTrue\n12\nFalse\n0\nTrue\n99999999999\nFalse\nTrue\n31\nTrue\n1.5\nFalse\n0\nTrue\nTrue\nFalse\nFalse\nTrue\n');
  });

  it('covers [datetime], [timespan], [guid], [version] and [ipaddress]', async () => {
    const r = await ps([
      '$v = $null',
      '[datetime]::TryParse("2024-01-15", [ref]$v); $v.Year; [datetime]::TryParse("garbage", [ref]$v); $v.Ticks',
      '[timespan]::TryParse("01:02:03", [ref]$v); $v.TotalSeconds',
      '[guid]::TryParse("0f8fad5b-d9cb-469f-a165-70867728950e", [ref]$v); "$v"; [guid]::TryParse("no", [ref]$v); "$v"',
      '[version]::TryParse("1.2.3", [ref]$v); $v.Build; [version]::TryParse("x", [ref]$v); $null -eq $v',
      '[ipaddress]::TryParse("10.0.0.1", [ref]$v); "$v"; [ipaddress]::TryParse("300.1.1.1", [ref]$v); $null -eq $v',
      '[version]::Parse("2.5").Minor',
    ]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(
      'True\n2024\nFalse\n0\nTrue\n3723\nTrue\n0f8fad5b-d9cb-469f-a165-70867728950e\nFalse\n00000000-0000-0000-0000-000000000000\nTrue\n3\nFalse\nTrue\nTrue\n10.0.0.1\nFalse\nTrue\n5\n',
    );
  });

  it('needs a [ref] for the out parameter, and the right argument count', async () => {
    const r = await ps(['$n = 0', 'try { [int]::TryParse("5", $n) } catch { $_.Exception.Message; $_.FullyQualifiedErrorId }', 'try { [int]::TryParse("5") } catch { $_.Exception.Message }']);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(
      "Argument: '2' should be a System.Management.Automation.PSReference. Use [ref].\nNonRefArgumentToRefParameterMsg\nCannot find an overload for \"TryParse\" and the argument count: \"1\".\n",
    );
  });
});
