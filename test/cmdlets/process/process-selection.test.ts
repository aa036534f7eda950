// Get-Process, Stop-Process and Wait-Process against children this test starts.

import { spawn, type ChildProcess } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestEngine } from '../../helpers/engine.js';

const shell = createTestEngine();
const run = (text: string) => shell.run(text);
const started: ChildProcess[] = [];

/** A child that sleeps until killed, named `sleep` in /proc. */
function sleeper(seconds = 30): number {
  const child = spawn('sleep', [String(seconds)], { stdio: 'ignore' });
  started.push(child);
  return child.pid!;
}

afterEach(() => {
  for (const child of started.splice(0)) child.kill('SIGKILL');
});

describe('Get-Process', () => {
  it('finds a process by id and by name, with its path and start time', async () => {
    const pid = sleeper();
    const r = await run(`$p = Get-Process -Id ${pid}; $p.Id; $p.Name; $p.Path; $p.StartTime -is [datetime]; $p.HasExited; (Get-Process -Name sleep | Where-Object Id -eq ${pid}).Id; (Get-Process sle*p).Id -contains ${pid}`);
    expect(r.stderr).toBe('');
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe(String(pid));
    expect(lines[1]).toBe('sleep');
    expect(lines[2]).toMatch(/\/sleep$/);
    expect(lines.slice(3)).toEqual(['True', 'False', String(pid), 'True', '']);
  });

  it('lists the shell itself among all processes, sorted by name', async () => {
    const r = await run(`$all = Get-Process; ($all.Id -contains $PID); $names = $all.ProcessName; (($names | Sort-Object) -join ',') -eq ($names -join ',')`);
    expect(r.stdout).toBe('True\nTrue\n');
  });

  it('writes pwsh errors for names and ids that match nothing', async () => {
    const r = await run(`Get-Process -Name nosuchproc-awsps, nosuch* -ErrorVariable e -ErrorAction SilentlyContinue; $e.Count; $e[0].Exception.Message; $e[0].FullyQualifiedErrorId; $e[0].Exception.GetType().FullName;` + ` Get-Process -Id 999999999 -ErrorVariable f -ErrorAction SilentlyContinue; $f[0].Exception.Message; $f[0].FullyQualifiedErrorId`);
    expect(r.stdout).toBe(
      [
        '1',
        'Cannot find a process with the name "nosuchproc-awsps". Verify the process name and call the cmdlet again.',
        'NoProcessFoundForGivenName,Microsoft.PowerShell.Commands.GetProcessCommand',
        'Microsoft.PowerShell.Commands.ProcessCommandException',
        'Cannot find a process with the process identifier 999999999.',
        'NoProcessFoundForGivenId,Microsoft.PowerShell.Commands.GetProcessCommand',
        '',
      ].join('\n'),
    );
  });

  it('shows the pwsh table', async () => {
    const pid = sleeper();
    const r = await run(`Get-Process -Id ${pid}`);
    const lines = r.stdout.split('\n');
    expect(lines[1]).toBe(' NPM(K)    PM(M)      WS(M)     CPU(s)      Id  SI ProcessName');
    expect(lines[2]).toBe(' ------    -----      -----     ------      --  -- -----------');
    expect(lines[3]).toMatch(new RegExp(`^ +0 +\\d+\\.\\d\\d +\\d+\\.\\d\\d +\\d+\\.\\d\\d +${pid} +\\S+ sleep$`));
  });
});

describe('Stop-Process', () => {
  it('stops a process by id, by name through the pipeline, and passes it through', async () => {
    const a = sleeper();
    const b = sleeper();
    const r = await run(`Stop-Process -Id ${a}; (Get-Process -Id ${b} | Stop-Process -PassThru).Id; Start-Sleep -Milliseconds 200; (Get-Process -Id ${a}, ${b} -ErrorAction SilentlyContinue).Count`);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(`${b}\n0\n`);
  });

  it('asks nothing and stops nothing with -WhatIf', async () => {
    const pid = sleeper();
    const r = await run(`Stop-Process -Id ${pid} -WhatIf; (Get-Process -Id ${pid}).HasExited`);
    expect(r.stdout).toBe(`What if: Performing the operation "Stop-Process" on target "sleep (${pid})".\nFalse\n`);
  });

  it('ends a process started by Start-Process, whose exit code then shows the kill', async () => {
    const r = await run(`$p = Start-Process sleep -ArgumentList 30 -PassThru; $p | Stop-Process; $p.WaitForExit(); $p.ExitCode`);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('137\n');
  });
});

describe('Wait-Process', () => {
  it('times out with pwsh\'s error, then waits for the exit', async () => {
    const pid = sleeper(1);
    const started = Date.now();
    const r = await run(`Wait-Process -Id ${pid} -Timeout 0 -ErrorVariable e -ErrorAction SilentlyContinue; $e[0].Exception.Message; $e[0].FullyQualifiedErrorId; $e[0].Exception.GetType().FullName; Wait-Process -Id ${pid} -Timeout 10; 'done'`);
    expect(r.stdout).toBe(
      `This command stopped operation because process "sleep (${pid})" is not stopped in the specified time-out.\nProcessNotTerminated,Microsoft.PowerShell.Commands.WaitProcessCommand\nSystem.TimeoutException\ndone\n`,
    );
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('waits for any one process with -Any and passes the processes through', async () => {
    const short = sleeper(0.2);
    const long = sleeper(30);
    const r = await run(`(Wait-Process -Id ${short}, ${long} -Any -PassThru -Timeout 10).Count`);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('2\n');
  });

  it('validates -Timeout', async () => {
    const r = await run(`try { Wait-Process -Id $PID -Timeout -1 } catch { $_.Exception.Message }`);
    expect(r.stdout).toBe("Cannot validate argument on parameter 'Timeout'. The -1 argument is less than the minimum allowed range of 0. Supply an argument that is greater than or equal to 0 and then try the command again.\n");
  });

  it('refuses to wait on the shell itself', async () => {
    const r = await run(`Wait-Process -Id $PID -ErrorVariable e -ErrorAction SilentlyContinue; $e[0].Exception.Message`);
    expect(r.stdout).toBe('This command stopped operation because it cannot wait on itself. Specify another process and Run your command again.\n');
  });

  it('stops waiting on Ctrl-C', async () => {
    const pid = sleeper(30);
    const controller = new AbortController();
    shell.engine.stopSignal = controller.signal;
    try {
      const pending = run(`Wait-Process -Id ${pid}`);
      setTimeout(() => controller.abort(), 200);
      const started = Date.now();
      await pending;
      expect(Date.now() - started).toBeLessThan(5000);
    } finally {
      shell.engine.stopSignal = undefined;
    }
  });
});
