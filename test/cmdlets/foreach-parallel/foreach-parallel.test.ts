// ForEach-Object -Parallel and $using: in-process: isolation of each iteration's runspace, $using: values, the
// throttle limit, errors, -TimeoutSeconds, Ctrl-C, and the engine state concurrent iterations must not share.

import { describe, expect, it } from 'vitest';
import { createTestEngine } from '../../helpers/engine.js';

async function run(text: string): Promise<{ stdout: string; stderr: string }> {
  const r = await createTestEngine().run(text);
  return { stdout: r.stdout, stderr: r.stderr };
}

describe('ForEach-Object -Parallel', () => {
  it('runs the block for each input with $_ and $PSItem, every input once', async () => {
    const r = await run('(1..10 | ForEach-Object -Parallel { $_ * 2 } | Sort-Object) -join ","; 7 | % -Parallel { $PSItem -eq $_ }');
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('2,4,6,8,10,12,14,16,18,20\nTrue\n');
  });

  it("an iteration sees neither the caller's variables nor its functions, but has the automatic variables", async () => {
    const r = await run(
      'function Get-Mine { "mine" }; $x = "caller"; $ErrorActionPreference = "Stop"; 1 | % -Parallel { "x=[$x]"; $ErrorActionPreference; $PSVersionTable.PSEdition; $null -eq (Get-Command Get-Mine -ErrorAction SilentlyContinue); $true }',
    );
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('x=[]\nContinue\nCore\nTrue\nTrue\n');
  });

  it('iterations do not see each other: variables set in one are not visible in the next', async () => {
    const r = await run('1..3 | % -Parallel { "$_ saw [$seen]"; $seen = $_; $global:g = $_ } -ThrottleLimit 1; "caller g=[$g]"');
    expect(r.stdout).toBe('1 saw []\n2 saw []\n3 saw []\ncaller g=[]\n');
  });

  it('$using: reads the caller variable, a property, an index, in strings and nested blocks; a missing one is $null', async () => {
    const r = await run(
      '$name = "n1"; $o = [pscustomobject]@{ Region = "eu-west-1" }; $arr = "a","b"; 1 | % -Parallel { $using:name; $using:o.Region; $using:arr[1]; "in $using:name"; & { $using:name.ToUpper() }; $null -eq $using:missing }',
    );
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('n1\neu-west-1\nb\nin n1\nN1\nTrue\n');
  });

  it('$using: values are taken once, when the command begins', async () => {
    const r = await run('$v = 1; & { 1..2 | % -Parallel { $using:v } -ThrottleLimit 1 | ForEach-Object { $v = 99; $_ } }');
    expect(r.stdout).toBe('1\n1\n');
  });

  it('a synchronized collection passed with $using: collects from every iteration', async () => {
    const r = await run('$bag = [System.Collections.ArrayList]::new(); 1..5 | % -Parallel { $b = $using:bag; [void]$b.Add($_) }; ($bag | Sort-Object) -join ","');
    expect(r.stdout).toBe('1,2,3,4,5\n');
  });

  it('$using: outside -Parallel is an error, as in pwsh', async () => {
    const r = await run('$x = 1; $using:x; "next"');
    expect(r.stderr).toContain(
      'A Using variable cannot be retrieved. A Using variable can be used only with Invoke-Command, Start-Job, or InlineScript in the script workflow. When it is used with Invoke-Command, the Using variable is valid only if the script block is invoked on a remote computer.',
    );
    expect(r.stdout).toBe('next\n');
    const id = await run('try { $using:x } catch { $_.FullyQualifiedErrorId }');
    expect(id.stdout).toBe('UsingWithoutInvokeCommand\n');
  });

  it('assigning to $using: is a parse error', async () => {
    for (const text of ['1 | % -Parallel { $using:x = 3 }', '1 | % -Parallel { $using:x.Name = 3 }']) {
      const r = await run(text);
      expect(r.stderr).toContain('The assignment expression is not valid. The input to an assignment operator must be an object that is able to');
      expect(r.stdout).toBe('');
    }
  });

  it('a script block passed with $using: or piped in is refused, with pwsh\'s errors', async () => {
    const using = await run('$sb = { 1 }; try { 1 | % -Parallel { $using:sb } } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }');
    expect(using.stdout).toBe(
      'ParallelUsingVariableCannotBeScriptBlock,Microsoft.PowerShell.Commands.ForEachObjectCommand\nA ForEach-Object -Parallel using variable cannot be a script block. Passed-in script block variables are not supported with ForEach-Object -Parallel, and can result in undefined behavior.\n',
    );
    const piped = await run('$e = $null; { 1 } | % -Parallel { "ran" } -ErrorVariable e 2>$null; $e[0].FullyQualifiedErrorId');
    expect(piped.stdout).toBe('ParallelPipedInputObjectCannotBeScriptBlock,Microsoft.PowerShell.Commands.ForEachObjectCommand\n');
  });

  it('runs at most -ThrottleLimit iterations at once, started in input order', async () => {
    const r = await run(
      '$log = [System.Collections.ArrayList]::new(); 1..4 | % -Parallel { $l = $using:log; [void]$l.Add("s$_"); Start-Sleep -Milliseconds 60; [void]$l.Add("e$_") } -ThrottleLimit 2; $log -join ","',
    );
    const log = r.stdout.trim().split(',');
    expect(log).toHaveLength(8);
    // Two start before anything ends: they overlap.
    expect(log.slice(0, 2)).toEqual(['s1', 's2']);
    // Never more than two running; starts in input order.
    let open = 0;
    for (const entry of log) {
      open += entry.startsWith('s') ? 1 : -1;
      expect(open).toBeLessThanOrEqual(2);
    }
    expect(log.filter((e) => e.startsWith('s'))).toEqual(['s1', 's2', 's3', 's4']);
    const serial = await run('$log = [System.Collections.ArrayList]::new(); 1..3 | % -Parallel { $l = $using:log; [void]$l.Add("s$_"); Start-Sleep -Milliseconds 20; [void]$l.Add("e$_") } -ThrottleLimit 1; $log -join ","');
    expect(serial.stdout).toBe('s1,e1,s2,e2,s3,e3\n');
  });

  it('the default throttle limit is 5, and iterations that wait overlap (loose timing)', async () => {
    const started = Date.now();
    const r = await run('$log = [System.Collections.ArrayList]::new(); 1..5 | % -Parallel { $l = $using:log; [void]$l.Add("s$_"); Start-Sleep -Milliseconds 300; [void]$l.Add("e$_") }; ($log | Select-Object -First 5) -join ","');
    expect(r.stdout).toBe('s1,s2,s3,s4,s5\n');
    // Five 300 ms sleeps one after another would take 1.5 s.
    expect(Date.now() - started).toBeLessThan(1400);
  });

  it('output goes downstream as each iteration writes it', async () => {
    const r = await run('1..2 | % -Parallel { if ($_ -eq 1) { Start-Sleep -Milliseconds 150 }; "done $_" } | ForEach-Object { $_ }');
    expect(r.stdout).toBe('done 2\ndone 1\n');
  });

  it('-ThrottleLimit must be positive; -TimeoutSeconds in range', async () => {
    const r = await run('1 | % -Parallel { 1 } -ThrottleLimit 0');
    expect(r.stderr).toContain(
      "Cannot validate argument on parameter 'ThrottleLimit'. The 0 argument is less than the minimum allowed range of 1. Supply an argument that is greater than or equal to 1 and then try the command again.",
    );
    const t = await run('1 | % -Parallel { 1 } -TimeoutSeconds -1');
    expect(t.stderr).toContain("Cannot validate argument on parameter 'TimeoutSeconds'. The -1 argument is less than the minimum allowed range of 0.");
  });

  it('a terminating error ends that iteration only, written as a PSTaskException error', async () => {
    const r = await run(
      '$r = 1..3 | % -Parallel { if ($_ -eq 2) { throw "Terminating Error!"; "not reached" }; "ok $_" } 2>&1; ($r | Where-Object { $_ -is [string] } | Sort-Object) -join ","; $err = $r | Where-Object { $_ -isnot [string] }; $err.FullyQualifiedErrorId; $err.ToString()',
    );
    expect(r.stdout).toBe('ok 1,ok 3\nPSTaskException\nTerminating Error!\n');
  });

  it('a non-terminating error is written to the error stream and the iteration goes on; $? of the caller is False', async () => {
    const r = await run('1..2 | % -Parallel { Write-Error "Error:$_"; "after $_" } -ThrottleLimit 1; "status $?"');
    expect(r.stdout).toBe('after 1\nafter 2\nstatus False\n');
    expect(r.stderr).toContain('Error:1');
    expect(r.stderr).toContain('Error:2');
    const v = await run('$ev = $null; 1 | % -Parallel { Write-Error "Error:$_" } -ErrorVariable ev 2>$null; $ev[0].ToString(); $ev[0].FullyQualifiedErrorId');
    expect(v.stdout).toBe('Error:1\nMicrosoft.PowerShell.Commands.WriteErrorException\n');
  });

  it('warnings and information are written through ForEach-Object', async () => {
    const r = await run('$w = $null; $i = $null; 1 | % -Parallel { Write-Warning "Warning:$_"; Write-Information "Info:$_" } -WarningVariable w -InformationVariable i 3>$null 6>$null; $w[0].Message; $i[0].MessageData');
    expect(r.stdout).toBe('Warning:1\nInfo:1\n');
  });

  it('-ErrorAction and the other unsupported common parameters are refused', async () => {
    const r = await run('try { 1 | % -Parallel { 1 } -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }');
    expect(r.stdout).toBe('ParallelCommonParametersNotSupported,Microsoft.PowerShell.Commands.ForEachObjectCommand\n');
  });

  it('-AsJob returns a PSTaskJob (test/cmdlets/jobs has more); with -TimeoutSeconds it is pwsh\'s error', async () => {
    const r = await run('$j = 1..3 | % -Parallel { $_ * 2 } -AsJob; $j.PSJobTypeName; $j.ChildJobs.Count; ($j | Receive-Job -Wait | Sort-Object) -join ","');
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('PSTaskJob\n3\n2,4,6\n');
    const t = await run('try { 1 | % -Parallel { 1 } -AsJob -TimeoutSeconds 5 } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }');
    expect(t.stdout).toBe("ParallelCannotUseTimeoutWithJob,Microsoft.PowerShell.Commands.ForEachObjectCommand\nThe 'TimeoutSeconds' parameter cannot be used with the 'AsJob' parameter.\n");
  });

  it('-TimeoutSeconds stops running iterations with pwsh\'s error and drops the rest', async () => {
    const started = Date.now();
    const r = await run(
      '$r = 1..2 | % -Parallel { "Output $_"; Start-Sleep -Seconds 60 } -TimeoutSeconds 1 -ThrottleLimit 1 2>&1; $r.Count; $r[0]; $r[1].FullyQualifiedErrorId; $r[1].Exception.GetType().FullName; $r[1].ToString()',
    );
    expect(r.stdout).toBe('2\nOutput 1\nPSTaskException\nSystem.Management.Automation.PipelineStoppedException\nThe pipeline has been stopped.\n');
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('Select-Object -First downstream stops the parallel iterations', async () => {
    const r = await run('1..20 | % -Parallel { Start-Sleep -Milliseconds 20; $_ } -ThrottleLimit 1 | Select-Object -First 2; "next"');
    expect(r.stdout).toBe('1\n2\nnext\n');
  });

  it('Ctrl-C (the stop signal) stops every iteration promptly', async () => {
    const shell = createTestEngine();
    const controller = new AbortController();
    shell.engine.stopSignal = controller.signal;
    const started = Date.now();
    setTimeout(() => controller.abort(), 200);
    await shell.run('1..10 | % -Parallel { Start-Sleep -Seconds 30; $_ }');
    shell.engine.stopSignal = undefined;
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('a try block in one iteration does not change how a statement error ends in another', async () => {
    // Iteration 1 waits inside try; iteration 2 meanwhile hits a statement-terminating error, which must only end
    // that statement (had it seen iteration 1's try, it would have ended the whole iteration).
    const r = await run(
      '1..2 | % -Parallel { if ($_ -eq 1) { try { Start-Sleep -Milliseconds 200; "1 done" } catch { "1 caught" } } else { Start-Sleep -Milliseconds 50; [int]"abc"; "2 continued" } } 2>$null',
    );
    expect(r.stdout).toBe('2 continued\n1 done\n');
  });

  it('$? is per iteration, and iterations do not change the caller\'s', async () => {
    const r = await run(
      '1..2 | % -Parallel { if ($_ -eq 1) { Start-Sleep -Milliseconds 150; "1 ok=$?" } else { Start-Sleep -Milliseconds 20; Write-Error "x" -ErrorAction SilentlyContinue; "2 ok=$?" } }',
    );
    expect(r.stdout).toBe('2 ok=False\n1 ok=True\n');
    const caller = await run('1..2 | % -Parallel { Write-Error "x" -ErrorAction SilentlyContinue }; "caller $?"');
    expect(caller.stdout).toBe('caller True\n');
  });

  it('exit and return end only their iteration', async () => {
    const r = await run('(1..3 | % -Parallel { if ($_ -eq 2) { exit 3 }; if ($_ -eq 3) { return "r3" }; "v$_" } | Sort-Object) -join ","; "still here"');
    expect(r.stdout).toBe('r3,v1\nstill here\n');
  });

  it('the ScriptBlock and member forms of ForEach-Object are unchanged', async () => {
    const r = await run('1..3 | ForEach-Object -Begin { $s = 0 } -Process { $s += $_ } -End { $s }; "a","bb" | ForEach-Object Length');
    expect(r.stdout).toBe('6\n1\n2\n');
  });
});
