// Jobs through the real CLI: pwsh's job table on the console, results received later, and a script that ends with
// jobs still running exits at once (the jobs are stopped, as pwsh stops them when it exits).

import { describe, expect, it } from 'vitest';
import { awsps, run, runFile } from '../../helpers/cli.js';

describe('jobs (CLI)', () => {
  it('prints the job table, then the results Receive-Job -Wait collects', () => {
    const r = run('$j = Start-ThreadJob { "first"; Start-Sleep -Milliseconds 200; "second" }; $j; Receive-Job $j -Wait; Get-Job | Format-Table Id, State');
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(
      [
        '',
        'Id     Name            PSJobTypeName   State         HasMoreData     Location             Command',
        '--     ----            -------------   -----         -----------     --------             -------',
        '1      Job1            ThreadJob       Running       False           PowerShell           "first"; Start-Sleep -Mi…',
        'first',
        'second',
        '',
        '',
        'Id     State',
        '--     -----',
        ' 1 Completed',
        '',
        '',
      ].join('\n'),
    );
    expect(r.code).toBe(0);
  });

  it('a -Command script that leaves jobs running exits at once, with its own exit code', () => {
    const started = Date.now();
    const r = run('Start-ThreadJob { Start-Sleep 30 } | Out-Null; Start-Job { Start-Sleep 30 } | Out-Null; 1..2 | ForEach-Object -Parallel { Start-Sleep 30 } -AsJob | Out-Null; "done"; exit 3');
    expect(r.stdout).toBe('done\n');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(3);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('a script file and piped commands do not wait for forgotten jobs either', () => {
    const started = Date.now();
    const file = runFile('Start-ThreadJob { Start-Sleep 30 } | Out-Null\n"file done"\n');
    expect(file.stdout).toBe('file done\n');
    expect(file.code).toBe(0);
    const piped = awsps(['-NoProfile'], { input: 'Start-Job { Start-Sleep 30 } | Out-Null\n"piped done"\n' });
    expect(piped.stdout).toContain('piped done');
    expect(Date.now() - started).toBeLessThan(15_000);
  });

  it('the job cmdlets are known commands with pwsh\'s aliases', () => {
    const r = run('(Get-Command Start-Job, Start-ThreadJob, Get-Job, Receive-Job, Wait-Job, Stop-Job, Remove-Job).Name -join ","; (Get-Alias gjb, rcjb, sajb).Definition -join ","');
    expect(r.stdout).toBe('Get-Job,Receive-Job,Remove-Job,Start-Job,Start-ThreadJob,Stop-Job,Wait-Job\nGet-Job,Receive-Job,Start-Job\n');
  });
});
