// System.Array's statics: [array]::IndexOf / LastIndexOf (element.Equals(value): no conversions), Reverse, Sort
// and Clear in place, Resize through a [ref], and the delegate-taking ones, which need a script block.

import { describe, expect, it } from 'vitest';
import { createTestEngine } from '../helpers/engine.js';

async function ps(lines: string[]): Promise<{ stdout: string; stderr: string }> {
  return createTestEngine().run(lines.join('\n'));
}

describe('[array] statics', () => {
  it('IndexOf and LastIndexOf compare with .NET Equals, from a start index', async () => {
    const r = await ps([
      '$a = 1, 2, 3, 2',
      '[array]::IndexOf($a, 2); [array]::LastIndexOf($a, 2); [array]::IndexOf($a, 2, 2); [array]::IndexOf($a, 9)',
      "[array]::IndexOf($a, '2'); [array]::IndexOf(@('a', 'b'), 'B')",
      '[array]::LastIndexOf($a, 2, 2); [array]::IndexOf($a, 2, 2, 1)',
    ]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('1\n3\n3\n-1\n-1\n-1\n1\n-1\n');
  });

  it('Reverse, Sort and Clear change the array in place', async () => {
    const r = await ps([
      "$a = 3, 1, 2; [array]::Reverse($a); $a -join ','",
      "[array]::Sort($a); $a -join ','",
      "$s = 'b', 'c', 'a'; [array]::Sort($s); $s -join ','",
      "$k = 3, 1, 2; $v = 'c', 'a', 'b'; [array]::Sort($k, $v); ($k -join ',') + ' ' + ($v -join ',')",
      "$r = 1, 2, 3, 4, 5; [array]::Reverse($r, 1, 3); $r -join ','",
      "[int[]]$n = 1, 2, 3; [array]::Clear($n, 0, 2); $n -join ','",
      '$o = 1, 2; [array]::Clear($o); $null -eq $o[0] -and $null -eq $o[1]',
    ]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('2,1,3\n1,2,3\na,b,c\n1,2,3 a,b,c\n1,4,3,2,5\n0,0,3\nTrue\n');
  });

  it('reports .NET argument errors', async () => {
    const r = await ps(['[array]::IndexOf($null, 1)']);
    expect(r.stderr).toContain(`Exception calling "IndexOf" with "2" argument(s): "Value cannot be null. (Parameter 'array')"`);
  });

  it('wants a script block for a Predicate', async () => {
    const r = await ps(['[array]::Exists(@(1, 2), 5)']);
    expect(r.stderr).toContain('Cannot convert argument "match", with value: "5", for "Exists" to type "System.Predicate`1[System.Object]"');
  });

  it('runs a script block as the Predicate or Converter, in the caller\'s scope', async () => {
    const r = await ps([
      '$a = 1, 5, 3, 8; $limit = 4',
      '[array]::Find($a, { $args[0] -gt $limit })',
      "([array]::FindAll($a, { param($x) $x % 2 -eq 1 })) -join ','",
      '[array]::Exists($a, { $args[0] -eq 8 }); [array]::TrueForAll($a, { $args[0] -lt 8 })',
      '[array]::FindIndex($a, { $args[0] -eq 3 })',
      // A delegate inside a delegate: each runs with its own arguments.
      "[array]::Find($a, { $outer = $args[0]; [array]::Exists(@(3, 8), { $args[0] -eq $outer }) })",
    ]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('5\n1,5,3\nTrue\nFalse\n2\n3\n');
  });

  it('takes a script block cast to a delegate type ([Predicate[int]], [Converter[int,string]], [Func[...]])', async () => {
    const r = await ps([
      '$a = 1, 5, 3',
      '[array]::Find($a, [Predicate[int]]{ $args[0] -gt 4 })',
      '([array]::ConvertAll($a, [Converter[int,string]]{ "n$($args[0])" })) -join \',\'',
      '$f = [Func[int,int]]{ $args[0] + 1 }; & $f 41',
      'try { [Func[int]]5 } catch { $_.FullyQualifiedErrorId }',
    ]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('5\nn1,n5,n3\n42\nConvertToFinalInvalidCastException\n');
  });

  it('Resize writes a new array through its [ref], padded with default(T)', async () => {
    const r = await ps([
      '$a = 1, 2; [array]::Resize([ref]$a, 4); $a.Count; $a -join ","',
      '[int[]]$i = 1, 2, 3; [array]::Resize([ref]$i, 4); $i -join ","; $i.GetType().FullName; [array]::Resize([ref]$i, 1); $i -join ","',
      '$e = @(); [array]::Resize([ref]$e, 2); $e.Count',
      'try { [array]::Resize($a, 3) } catch { $_.Exception.Message }',
      'try { [array]::Resize([ref]$a, -1) } catch { $_.Exception.Message }',
    ]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(
      "4\n1,2,,\n1,2,3,0\nSystem.Int32[]\n1\n2\nArgument: '1' should be a System.Management.Automation.PSReference. Use [ref].\nException calling \"Resize\" with \"2\" argument(s): \"Non-negative number required. (Parameter 'newSize')\"\n",
    );
  });
});
