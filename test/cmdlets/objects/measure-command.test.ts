// Measure-Command: the time a script block took as a TimeSpan, its output discarded, run in the caller's scope
// once per input object, its errors still written.

import { describe, expect, it } from 'vitest';
import { createTestEngine } from '../../helpers/engine.js';

describe('Measure-Command', () => {
  it('writes only a TimeSpan covering the time the block took', async () => {
    const r = await createTestEngine().run('$t = Measure-Command { Start-Sleep -Milliseconds 60; "discarded" }; $t.GetType().FullName; $t.TotalMilliseconds -ge 60; $t.TotalSeconds -lt 30');
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('System.TimeSpan\nTrue\nTrue\n');
  });

  it("runs in the caller's scope, once per input object with $_ set, and adds the times up", async () => {
    const r = await createTestEngine().run('$seen = @(); $t = 1..3 | Measure-Command { $seen += $_ * 10; Start-Sleep -Milliseconds 20 }; $seen -join ","; $t.TotalMilliseconds -ge 60; @($t).Count');
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('10,20,30\nTrue\n1\n');
  });

  it("writes the block's errors and stops on a terminating one", async () => {
    const r = await createTestEngine().run("Measure-Command { Write-Error 'soft' } | Out-Null; try { Measure-Command { throw 'hard' } } catch { \"caught $_\" }");
    expect(r.stderr).toContain('soft');
    expect(r.stdout).toBe('caught hard\n');
  });
});
