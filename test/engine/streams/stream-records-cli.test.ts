// The streams through the real CLI: merged records on the console, Write-Host through the information stream,
// the record Source naming the script file, and -PipelineVariable.

import { describe, expect, it } from 'vitest';
import { run, runFile } from '../../helpers/cli.js';

describe('streams in the CLI', () => {
  it('prints merged records with their stream prefix on stdout and nothing on stderr', () => {
    const r = run(`Write-Warning hi 3>&1; $v = Write-Verbose vv -Verbose 4>&1; $v; Write-Host quiet 6>$null; Write-Host shown`);
    expect(r.stdout).toBe('WARNING: hi\nVERBOSE: vv\nshown\n');
    expect(r.stderr).toBe('');
  });

  it('collects -WarningVariable and fills -PipelineVariable', () => {
    const r = run(`function f { [CmdletBinding()] param() Write-Warning w1 }; f -WarningVariable wv -WarningAction SilentlyContinue; "wv=$wv"
1..3 | ForEach-Object -PipelineVariable p { $_ } | ForEach-Object { "p=$p" }`);
    expect(r.stdout).toBe('wv=w1\np=1\np=2\np=3\n');
    expect(r.stderr).toBe('');
  });

  it("names the script file as an InformationRecord's Source", () => {
    const r = runFile(`$r = Write-Information hi 6>&1; $r.Source -eq $PSCommandPath; (Write-Host x 6>&1).Source -eq $PSCommandPath`);
    expect(r.stdout).toBe('True\nTrue\n');
  });
});
