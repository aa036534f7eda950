// Get-Member on a [ref], and Dictionary.TryGetValue(key, [ref]$value) (a .NET instance method with an out
// parameter), which a Hashtable does not have.

import { describe, expect, it } from 'vitest';
import { createTestEngine } from '../helpers/engine.js';

async function ps(lines: string[]): Promise<{ stdout: string; stderr: string }> {
  return createTestEngine().run(lines.join('\n'));
}

describe('Get-Member on a [ref]', () => {
  it('shows Value as a read-write System.Object', async () => {
    const r = await ps(['[ref]5 | Get-Member | ForEach-Object { "$($_.Name)|$($_.MemberType)|$($_.Definition)" }']);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(
      [
        'Equals|Method|bool Equals(System.Object obj)',
        'GetHashCode|Method|int GetHashCode()',
        'GetType|Method|type GetType()',
        'ToString|Method|string ToString()',
        'Value|Property|System.Object Value {get;set;}',
        '',
      ].join('\n'),
    );
  });
});

describe('Dictionary.TryGetValue', () => {
  const setup = "$h = [System.Collections.Generic.Dictionary[string,int]]::new(); $h['a'] = 1; $v = 0";

  it('returns whether the key is there and writes the value through the [ref]', async () => {
    const r = await ps([setup, "$h.TryGetValue('a', [ref]$v); $v", "$h.TryGetValue('b', [ref]$v); $null -eq $v"]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('True\n1\nFalse\nTrue\n');
  });

  it('wants a [ref] and two arguments', async () => {
    const r = await ps([setup, "try { $h.TryGetValue('a', $v) } catch { $_.Exception.Message }", "try { $h.TryGetValue('a') } catch { $_.Exception.Message }"]);
    expect(r.stdout).toBe(
      ["Argument: '2' should be a System.Management.Automation.PSReference. Use [ref].", 'Cannot find an overload for "TryGetValue" and the argument count: "1".', ''].join('\n'),
    );
  });

  it('is not a Hashtable method, as in .NET', async () => {
    const r = await ps(["$t = @{a = 1}; $v = 0; try { $t.TryGetValue('a', [ref]$v) } catch { $_.Exception.Message }"]);
    expect(r.stdout).toBe("Method invocation failed because [System.Collections.Hashtable] does not contain a method named 'TryGetValue'.\n");
  });
});
