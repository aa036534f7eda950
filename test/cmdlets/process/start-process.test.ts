// Start-Process in this process: exit codes, argument splitting, redirection files, environment, working
// directory, and pwsh's errors.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEngine } from '../../helpers/engine.js';

let dir: string;
const shell = createTestEngine();
const run = (text: string) => shell.run(text);

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'awsps-process-'));
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Quotes a path for a single-quoted PowerShell string. */
const q = (p: string): string => `'${p.replace(/'/g, "''")}'`;

describe('Start-Process', () => {
  it('waits with -Wait and reports the exit code through -PassThru', async () => {
    const r = await run(`$p = Start-Process sh -ArgumentList '-c', '"exit 7"' -Wait -PassThru; $p.HasExited; $p.ExitCode; $p.GetType().FullName; $p.ProcessName`);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('True\n7\nSystem.Diagnostics.Process\nsh\n');
  });

  it('splits the joined argument list with .NET quoting rules', async () => {
    const out = path.join(dir, 'args.txt');
    const script = "for a in \"$@\"; do printf '[%s]\\n' \"$a\"; done";
    fs.writeFileSync(path.join(dir, 'show.sh'), `#!/bin/sh\n${script}\n`, { mode: 0o755 });
    const r = await run(`Start-Process ${q(path.join(dir, 'show.sh'))} -ArgumentList '"a b"', 'c', 'd\\"e', '""' -RedirectStandardOutput ${q(out)} -Wait`);
    expect(r.stderr).toBe('');
    expect(fs.readFileSync(out, 'utf8')).toBe('[a b]\n[c]\n[d"e]\n[]\n');
  });

  it('redirects standard output, error and input to files', async () => {
    const input = path.join(dir, 'in.txt');
    const out = path.join(dir, 'out.txt');
    const err = path.join(dir, 'err.txt');
    fs.writeFileSync(input, 'from file\n');
    const r = await run(`Start-Process sh -ArgumentList '-c', '"cat; echo oops >&2"' -RedirectStandardInput ${q(input)} -RedirectStandardOutput ${q(out)} -RedirectStandardError ${q(err)} -Wait`);
    expect(r.stderr).toBe('');
    expect(fs.readFileSync(out, 'utf8')).toBe('from file\n');
    expect(fs.readFileSync(err, 'utf8')).toBe('oops\n');
  });

  it('refuses the same file for output and error', async () => {
    const out = path.join(dir, 'same.txt');
    const r = await run(`try { Start-Process sh -RedirectStandardOutput ${q(out)} -RedirectStandardError ${q(out)} } catch { $_.Exception.Message; $_.FullyQualifiedErrorId }`);
    expect(r.stdout).toBe(
      'This command cannot be run because "RedirectStandardOutput" and "RedirectStandardError" are same. Give different inputs and Run your command again.\nInvalidOperationException,Microsoft.PowerShell.Commands.StartProcessCommand\n',
    );
  });

  it('refuses a missing input file and a missing working directory', async () => {
    const r = await run(`try { Start-Process sh -RedirectStandardInput nosuch.txt } catch { $_.Exception.Message }; try { Start-Process sh -WorkingDirectory ${q(path.join(dir, 'nope'))} } catch { $_.Exception.Message }`);
    expect(r.stdout).toBe(
      `This command cannot be run because either the parameter "RedirectStandardInput 'nosuch.txt'" has a value that is not valid or cannot be used with this command. Give a valid input and Run your command again.\n` +
        'This command cannot be run because either the parameter "WorkingDirectory" has a value that is not valid or cannot be used with this command. Give a valid input and Run your command again.\n',
    );
  });

  it('runs in -WorkingDirectory', async () => {
    const out = path.join(dir, 'pwd.txt');
    const r = await run(`Start-Process pwd -WorkingDirectory ${q(dir)} -RedirectStandardOutput ${q(out)} -Wait`);
    expect(r.stderr).toBe('');
    expect(fs.readFileSync(out, 'utf8')).toBe(`${fs.realpathSync(dir)}\n`);
  });

  it('sets and removes variables with -Environment, and starts empty with -UseNewEnvironment', async () => {
    const out = path.join(dir, 'env.txt');
    const out2 = path.join(dir, 'env2.txt');
    const r = await run(
      `$env:AWSPS_GONE = 'x'; Start-Process sh -ArgumentList '-c', '"echo [$AWSPS_NEW][$AWSPS_GONE]"' -Environment @{ AWSPS_NEW = 'set'; AWSPS_GONE = $null } -RedirectStandardOutput ${q(out)} -Wait;` +
        ` Start-Process sh -ArgumentList '-c', '"echo [$AWSPS_GONE][$HOME]"' -UseNewEnvironment -RedirectStandardOutput ${q(out2)} -Wait; Remove-Item env:AWSPS_GONE`,
    );
    expect(r.stderr).toBe('');
    expect(fs.readFileSync(out, 'utf8')).toBe('[set][]\n');
    expect(fs.readFileSync(out2, 'utf8')).toBe('[][]\n');
  });

  it('does not wait without -Wait', async () => {
    const started = Date.now();
    const r = await run(`$p = Start-Process sleep -ArgumentList 5 -PassThru; $p.HasExited; $p.Kill(); $p.WaitForExit(); $p.HasExited; $p.ExitCode`);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('False\nTrue\n137\n');
    expect(Date.now() - started).toBeLessThan(4000);
  });

  it('reports ExitCode as an error before the exit, as .NET does', async () => {
    const r = await run(`$p = Start-Process sleep -ArgumentList 5 -PassThru; try { $p.ExitCode } catch { $_.Exception.Message }; $p.Kill()`);
    expect(r.stdout).toBe('Exception getting "ExitCode": "Process must exit before requested information can be determined."\n');
  });

  it('kills the whole tree with Kill($true)', async () => {
    const r = await run(`$p = Start-Process sh -ArgumentList '-c', '"sleep 30 & wait"' -PassThru; Start-Sleep -Milliseconds 300; $kids = Get-Process -Name sleep | Where-Object { (Get-Content "/proc/$($_.Id)/stat") -match "\\) \\S+ $($p.Id) " }; $kids.Count; $p.Kill($true); $p.WaitForExit(5000); Start-Sleep -Milliseconds 200; @(Get-Process -Id $kids.Id -ErrorAction SilentlyContinue | Where-Object { -not $_.HasExited }).Count`);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('1\nTrue\n0\n');
  });

  it('is a System.Diagnostics.Process whose table leaves the cells of an exited process empty', async () => {
    const r = await run(`$p = Start-Process sh -ArgumentList '-c', 'true' -Wait -PassThru; $p -is [System.Diagnostics.Process]; "$p"; $p`);
    expect(r.stderr).toBe('');
    const lines = r.stdout.split('\n');
    expect(lines.slice(0, 2)).toEqual(['True', 'System.Diagnostics.Process (sh)']);
    // The Id column is right-aligned in a fixed width, so the row's length does not depend on the pid's digits.
    expect(lines[5]).toMatch(/^ +\d+ {5}sh$/);
    expect(lines[5]).toHaveLength(53);
  });

  it('stops waiting on Ctrl-C with -Wait, the program running on', async () => {
    const controller = new AbortController();
    shell.engine.stopSignal = controller.signal;
    const pidFile = path.join(dir, 'pid.txt');
    try {
      const pending = run(`Start-Process sh -ArgumentList '-c', '"echo $$ > ${pidFile}; exec sleep 30"' -Wait`);
      setTimeout(() => controller.abort(), 300);
      await pending;
    } finally {
      shell.engine.stopSignal = undefined;
    }
    const pid = Number(fs.readFileSync(pidFile, 'utf8').trim());
    expect(fs.existsSync(`/proc/${pid}`)).toBe(true);
    process.kill(pid, 'SIGKILL');
  });

  it('fails for a program that is not found', async () => {
    const r = await run(`try { Start-Process nosuchprogram-awsps } catch { $_.Exception.Message; $_.FullyQualifiedErrorId }`);
    expect(r.stdout).toBe(
      `This command cannot be run due to the error: An error occurred trying to start process 'nosuchprogram-awsps' with working directory '${shell.engine.cwd}'. No such file or directory.\nInvalidOperationException,Microsoft.PowerShell.Commands.StartProcessCommand\n`,
    );
  });

  it('refuses the Windows-only parameters', async () => {
    const r = await run(`foreach ($p in @{ WindowStyle = 'Hidden' }, @{ Verb = 'RunAs' }, @{ LoadUserProfile = $true }) { try { Start-Process sh @p } catch { $_.Exception.Message; $_.CategoryInfo.Category } }`);
    expect(r.stdout).toBe(
      "The parameter '-WindowStyle' is not supported for the cmdlet 'Start-Process' on this edition of PowerShell.\nNotImplemented\n" +
        "The parameter '-Verb' is not supported for the cmdlet 'Start-Process' on this edition of PowerShell.\nNotImplemented\n" +
        "The parameter '-LoadUserProfile' is not supported for the cmdlet 'Start-Process' on this edition of PowerShell.\nNotImplemented\n",
    );
  });

  it('supports -WhatIf', async () => {
    const r = await run(`Start-Process sleep -ArgumentList 1, 2 -WhatIf`);
    expect(r.stdout).toMatch(/^What if: Performing the operation "Start-Process" on target "\S*sleep 1 2"\.\n$/);
  });
});
