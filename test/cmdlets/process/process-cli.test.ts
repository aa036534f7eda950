// The process cmdlets through the real CLI: the shell exits while a program it started runs on, -Wait waits,
// and Get-Process prints pwsh's table.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../helpers/cli.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'awsps-process-cli-'));
const leftovers: number[] = [];

afterAll(() => {
  for (const pid of leftovers) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Running (a zombie has exited: with its parent shell gone, nobody may reap it in a container). */
function alive(pid: number): boolean {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return !/^\S+ \(.*\) [ZX] /.test(stat);
  } catch {
    return false;
  }
}

describe('process cmdlets from the CLI', () => {
  it('exits while a program started without -Wait keeps running', () => {
    const out = path.join(dir, 'out.txt');
    const err = path.join(dir, 'err.txt');
    const started = Date.now();
    // The program's output goes to files: inheriting the CLI's pipes would hold them open until it ends.
    const r = run(`(Start-Process node -ArgumentList '-e', '"setTimeout(() => {}, 30000)"' -RedirectStandardOutput '${out}' -RedirectStandardError '${err}' -PassThru).Id`);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const pid = Number(r.stdout.trim());
    leftovers.push(pid);
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(alive(pid)).toBe(true);
    // Another shell finds it by id and name, and stops it.
    const r2 = run(`(Get-Process -Id ${pid}).ProcessName; (Get-Process -Name node).Id -contains ${pid}; Stop-Process -Id ${pid}; Wait-Process -Id ${pid} -Timeout 5; 'stopped'`);
    expect(r2.stderr).toBe('');
    expect(r2.stdout).toBe('node\nTrue\nstopped\n');
    expect(alive(pid)).toBe(false);
  });

  it('waits with -Wait, the program writing to the console', () => {
    const r = run(`Start-Process sh -ArgumentList '-c', '"sleep 0.3; echo from-child"' -Wait; 'after'`);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('from-child\nafter\n');
  });

  it('prints the not-found error as pwsh does', () => {
    const r = run(`Start-Process nosuchprogram-awsps`, { cwd: dir });
    expect(r.stderr).toContain(`Start-Process: This command cannot be run due to the error: An error occurred trying to start process 'nosuchprogram-awsps' with working directory '${dir}'. No such file or directory.`);
  });
});
