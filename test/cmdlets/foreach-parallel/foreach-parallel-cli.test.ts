// ForEach-Object -Parallel through the real CLI: concurrent iterations, $using:, errors on stderr, and a
// -TimeoutSeconds that stops a long sleep without keeping the process alive.

import { describe, expect, it } from 'vitest';
import { run } from '../../helpers/cli.js';

describe('ForEach-Object -Parallel (CLI)', () => {
  it('runs iterations concurrently with $using: values; output and errors as pwsh prints them', () => {
    const started = Date.now();
    const r = run('$prefix = "region"; 1..4 | ForEach-Object -Parallel { Start-Sleep -Milliseconds 700; "$using:prefix-$_" } -ThrottleLimit 4 | Sort-Object');
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('region-1\nregion-2\nregion-3\nregion-4\n');
    expect(r.code).toBe(0);
    // Four 700 ms sleeps in a row would take 2.8 s on top of start-up.
    expect(Date.now() - started).toBeLessThan(2800 + 1500);
  });

  it('-TimeoutSeconds stops a long iteration and the process ends', () => {
    const started = Date.now();
    const r = run('1 | ForEach-Object -Parallel { "started"; Start-Sleep -Seconds 30; "not reached" } -TimeoutSeconds 1; "after"');
    expect(r.stdout).toBe('started\nafter\n');
    expect(r.stderr).toContain('The pipeline has been stopped.');
    expect(Date.now() - started).toBeLessThan(15_000);
  });

  it('$using: outside -Parallel fails with a clear error; -AsJob returns a job', () => {
    const r = run('$x = 1; $using:x');
    expect(r.stderr).toContain('A Using variable cannot be retrieved.');
    const job = run('(1, 2 | ForEach-Object -Parallel { $_ + 10 } -AsJob | Receive-Job -Wait | Sort-Object) -join ","');
    expect(job.stderr).toBe('');
    expect(job.stdout).toBe('11,12\n');
    expect(job.code).toBe(0);
  });
});
