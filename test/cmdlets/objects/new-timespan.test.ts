// New-TimeSpan through the engine: the Time set builds from parts, the Date set subtracts (each side
// defaulting to now), and values bind from the pipeline by property name.
import { describe, expect, it } from 'vitest';
import { createTestEngine } from '../../helpers/engine.js';

async function run(text: string): Promise<{ stdout: string; stderr: string }> {
  return createTestEngine().run(text);
}

describe('New-TimeSpan', () => {
  it('builds a span from days, hours, minutes, seconds and milliseconds', async () => {
    const r = await run('$t = New-TimeSpan -Days 1 -Hours 2 -Minutes 3 -Seconds 4 -Milliseconds 5; $t.TotalMilliseconds; $t.ToString()');
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('93784005\n1.02:03:04.0050000\n');
  });

  it('subtracts -Start from -End, and positionally', async () => {
    const r = await run("(New-TimeSpan -Start '2024-01-01' -End '2024-01-03 12:00').TotalHours; (New-TimeSpan '2024-01-03' '2024-01-01').Days");
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('60\n-2\n');
  });

  it('defaults the missing side to now', async () => {
    const r = await run("$s = New-TimeSpan -Start (Get-Date).AddMinutes(-5); [math]::Round($s.TotalMinutes); (New-TimeSpan -End (Get-Date).AddHours(1)).TotalMinutes -gt 59");
    expect(r.stdout).toBe('5\nTrue\n');
  });

  it('takes -Start from a LastWriteTime property in the pipeline', async () => {
    const r = await run("[pscustomobject]@{ LastWriteTime = (Get-Date).AddDays(-2) } | New-TimeSpan | ForEach-Object { [math]::Round($_.TotalDays) }");
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('2\n');
  });

  it('rejects mixing the two parameter sets and values that are not numbers', async () => {
    const mixed = await run('New-TimeSpan -Start (Get-Date) -Days 1');
    expect(mixed.stderr).toContain('Parameter set cannot be resolved using the specified named parameters.');
    const bad = await run('New-TimeSpan -Days x');
    expect(bad.stderr).toContain('Cannot bind parameter \'Days\'. Cannot convert value "x" to type "System.Int32".');
  });
});
