// Background jobs in-process: Start-Job / Start-ThreadJob and the job cmdlets (Get-Job, Receive-Job, Wait-Job,
// Stop-Job, Remove-Job), the job objects pwsh shows, and ForEach-Object -Parallel -AsJob.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTestEngine } from '../../helpers/engine.js';

async function run(text: string): Promise<{ stdout: string; stderr: string }> {
  const r = await createTestEngine().run(text);
  return { stdout: r.stdout, stderr: r.stderr };
}

const HEADER = [
  'Id     Name            PSJobTypeName   State         HasMoreData     Location             Command',
  '--     ----            -------------   -----         -----------     --------             -------',
];

describe('Start-ThreadJob and Start-Job', () => {
  it('a thread job is Running at once, in pwsh\'s table; Receive-Job -Wait returns its output', async () => {
    const r = await run('$j = Start-ThreadJob { "one"; Start-Sleep -Milliseconds 20; "two" }; $j; Receive-Job $j -Wait; $j.State.ToString(); $j.HasMoreData');
    expect(r.stderr).toBe('');
    const lines = r.stdout.split('\n').filter((l) => l !== '');
    expect(lines.slice(0, 3)).toEqual([...HEADER, '1      Job1            ThreadJob       Running       False           PowerShell           "one"; Start-Sleep -Mill…']);
    expect(lines.slice(3)).toEqual(['one', 'two', 'Completed', 'False']);
  });

  it('Start-Job is a BackgroundJob with one child job: ids 1 and 2, the next job is 3; Get-Job lists the parents', async () => {
    const r = await run(
      [
        '$a = Start-Job { 1 }; $b = Start-Job { 2 } -Name second',
        'Get-Job | Wait-Job | Out-Null',
        'Get-Job | ForEach-Object { "$($_.Id) $($_.Name) $($_.PSJobTypeName) $($_.State) $($_.HasMoreData) $($_.Location)" }',
        'Get-Job -IncludeChildJob | ForEach-Object { "$($_.Id):$($_.Name):$($_.PSJobTypeName)" }',
        '$a.ChildJobs[0].Output[0]; $a.GetType().FullName; $a.ChildJobs[0].GetType().FullName; $a -is [System.Management.Automation.Job]',
      ].join('\n'),
    );
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(
      [
        '1 Job1 BackgroundJob Completed True localhost',
        '3 second BackgroundJob Completed True localhost',
        '1:Job1:BackgroundJob',
        '2:Job2:',
        '3:second:BackgroundJob',
        '4:Job4:',
        '1',
        'System.Management.Automation.PSRemotingJob',
        'System.Management.Automation.PSRemotingChildJob',
        'True',
        '',
      ].join('\n'),
    );
  });

  it('-ArgumentList feeds param() and $args, -InputObject and piped input feed $input; $using: reads the caller', async () => {
    const r = await run(
      [
        '$region = "eu-west-1"; $hidden = "caller only"',
        'Start-ThreadJob { param($first) "first=$first"; "args=$($args -join "+")"; "using=$using:region"; "hidden=[$hidden]" } -ArgumentList a, b, c | Receive-Job -Wait',
        '1..3 | Start-Job { ($input | ForEach-Object { $_ * 10 }) -join "," } | Receive-Job -Wait',
        'Start-ThreadJob { "in=$($input)" } -InputObject 42 | Receive-Job -Wait',
      ].join('\n'),
    );
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('first=a\nargs=b+c\nusing=eu-west-1\nhidden=[]\n10,20,30\nin=42\n');
  });

  it('runs concurrently with the session: jobs that wait overlap', async () => {
    const started = Date.now();
    const r = await run('$jobs = 1..4 | ForEach-Object { Start-ThreadJob { Start-Sleep -Milliseconds 400; $using:_ } }; ($jobs | Receive-Job -Wait) -join ","');
    expect(r.stdout).toBe('1,2,3,4\n');
    expect(Date.now() - started).toBeLessThan(1500);
  });

  it('-ThrottleLimit: thread jobs beyond it wait NotStarted, then run', async () => {
    const r = await run('$jobs = 1..3 | ForEach-Object { Start-ThreadJob { Start-Sleep -Milliseconds 50; $using:_ } -ThrottleLimit 2 }; ($jobs.State | ForEach-Object ToString) -join ","; ($jobs | Receive-Job -Wait) -join ","');
    expect(r.stdout).toBe('Running,Running,NotStarted\n1,2,3\n');
  });

  it('-FilePath runs a .ps1 after -InitializationScript; another extension is refused', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'awsps-jobs-'));
    const file = path.join(dir, 'job.ps1');
    fs.writeFileSync(file, 'param($n) "file $n"; $initialized');
    const r = await run(`Start-Job -FilePath '${file}' -ArgumentList 3 -InitializationScript { $initialized = 'init ran' } | Receive-Job -Wait; Start-ThreadJob -FilePath '${path.join(dir, 'job.txt')}'`);
    expect(r.stdout).toBe('file 3\ninit ran\n');
    expect(r.stderr).toContain("Cannot process the file '");
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

describe('Receive-Job', () => {
  it('takes the results out of the job unless -Keep; HasMoreData follows', async () => {
    const r = await run(
      [
        '$j = Start-ThreadJob { 1; 2 }; Wait-Job $j | Out-Null',
        '$j.HasMoreData; Receive-Job $j -Keep; $j.HasMoreData; Receive-Job $j; $j.HasMoreData; "again:"; Receive-Job $j',
        '$b = Start-Job { "x" }; Wait-Job $b | Out-Null; $b.HasMoreData; Receive-Job $b; $b.HasMoreData',
      ].join('\n'),
    );
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('True\n1\n2\nTrue\n1\n2\nFalse\nagain:\nTrue\nx\nFalse\n');
  });

  it("writes the job's errors, warnings and Write-Host text to the session's streams", async () => {
    const r = await run('$j = Start-ThreadJob { "out"; Write-Error "bad thing"; Write-Warning "careful"; Write-Host "from host"; Write-Verbose "quiet" }; $r = Receive-Job $j -Wait 2>&1 3>&1; $r.Count; $r[0]; $r[1].GetType().Name; $r[1].ToString(); $r[2].GetType().Name');
    // Write-Host goes to the host (6> is not redirected), as Receive-Job writes it.
    expect(r.stdout).toBe('from host\n3\nout\nErrorRecord\nbad thing\nWarningRecord\n');
    expect(r.stderr).toBe('');
  });

  it('a terminating error fails the job: JobStateInfo.Reason, and the error comes out of Receive-Job', async () => {
    const r = await run(
      [
        '$j = Start-ThreadJob { "before"; throw "boom" }; Wait-Job $j | Out-Null',
        '$j.State.ToString(); $j.JobStateInfo.ToString(); $j.JobStateInfo.Reason.Message',
        '$out = Receive-Job $j 2>&1; $out[0]; $out[1].Exception.Message',
        '$s = Start-Job { throw "in child" }; Wait-Job $s | Out-Null; $s.State.ToString(); $s.ChildJobs[0].State.ToString(); $s.JobStateInfo.Reason.Message',
      ].join('\n'),
    );
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('Failed\nFailed\nboom\nbefore\nboom\nFailed\nFailed\nin child\n');
  });

  it('-AutoRemoveJob needs -Wait, and with it removes the job; -Wait with -Keep is refused', async () => {
    const r = await run(
      [
        '$j = Start-ThreadJob { 1 }',
        'try { Receive-Job $j -AutoRemoveJob } catch { $_.Exception.Message }',
        'try { Receive-Job $j -Wait -Keep } catch { $_.Exception.Message }',
        'Receive-Job $j -Wait -AutoRemoveJob; @(Get-Job).Count',
        'try { Receive-Job $j -WriteEvents } catch { $_.FullyQualifiedErrorId }',
      ].join('\n'),
    );
    expect(r.stdout).toBe(
      'The AutoRemoveJob parameter can be used only with the Wait parameter.\nThe Wait and Keep parameters cannot be used together in the same command.\n1\n0\nParameterNotSupported,Microsoft.PowerShell.Commands.ReceiveJobCommand\n',
    );
  });
});

describe('Get-Job, Wait-Job, Stop-Job, Remove-Job', () => {
  it('Get-Job finds jobs by id, name (wildcards), state, and writes pwsh\'s errors for unknown ones', async () => {
    const r = await run(
      [
        'Start-ThreadJob { 1 } -Name alpha | Out-Null; Start-ThreadJob { Start-Sleep 5 } -Name beta | Out-Null; Start-Sleep -Milliseconds 30',
        '(Get-Job 1).Name; (Get-Job alpha).Id; (Get-Job -Name b*).Id; (Get-Job -State Running).Name; (Get-Job -Id 2).Name',
        'Get-Job -Id 9; Get-Job -Name nope; Get-Job -Name "x*"',
        'Get-Job | Stop-Job',
      ].join('\n'),
    );
    expect(r.stdout).toBe('alpha\n1\n2\nbeta\nbeta\n');
    expect(r.stderr).toContain('The command cannot find a job with the job ID 9. Verify the value of the Id parameter and then try the command again.');
    expect(r.stderr).toContain('The command cannot find the job because the job name nope was not found. Verify the value of the Name parameter, and then try the command again.');
    expect(r.stderr.match(/Get-Job:/g)).toHaveLength(2);
  });

  it('Wait-Job returns the finished jobs; -Any the first to finish; -Timeout returns nothing', async () => {
    const r = await run(
      [
        '$fast = Start-ThreadJob { Start-Sleep -Milliseconds 30 } -Name fast; $slow = Start-ThreadJob { Start-Sleep 10 } -Name slow',
        '(Wait-Job $fast, $slow -Any).Name',
        '$t = Wait-Job $slow -Timeout 1; "timed out: $($null -eq $t) $($slow.State)"',
        'Stop-Job $slow; (Wait-Job -Id 1, 2 | ForEach-Object Name) -join ","',
      ].join('\n'),
    );
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('fast\ntimed out: True Running\nfast,slow\n');
  });

  it('Stop-Job stops a sleeping job at once: State Stopped, PSEndTime set', async () => {
    const started = Date.now();
    const r = await run('$j = Start-Job { "started"; Start-Sleep 60; "not reached" }; Start-Sleep -Milliseconds 50; Stop-Job $j; $j.State.ToString(); $null -ne $j.PSEndTime; Receive-Job $j; Stop-Job -Id 1 -PassThru | ForEach-Object Id');
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('Stopped\nTrue\nstarted\n1\n');
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('Remove-Job refuses a running job with pwsh\'s error; -Force stops and removes it', async () => {
    const r = await run('$j = Start-ThreadJob { Start-Sleep 60 }; Remove-Job $j; @(Get-Job).Count; Remove-Job $j -Force; @(Get-Job).Count; $j.State.ToString()');
    expect(r.stdout).toBe('1\n0\nStopped\n');
    expect(r.stderr).toBe('Remove-Job: The command cannot remove the job with the job ID 1 because the job is not finished. To remove the job, first stop the job, or use the Force parameter.\n');
  });

  it('Format-List * shows the job members in pwsh\'s order', async () => {
    const r = await run('$j = Start-ThreadJob { 1 }; Wait-Job $j | Out-Null; ($j.PSObject.Properties.Name) -join ","');
    expect(r.stdout).toBe('State,HasMoreData,StatusMessage,Location,Command,JobStateInfo,Finished,InstanceId,Id,Name,ChildJobs,PSBeginTime,PSEndTime,PSJobTypeName,Output,Error,Progress,Verbose,Debug,Warning,Information\n');
  });
});

describe('ForEach-Object -Parallel -AsJob', () => {
  it('returns one PSTaskJob whose child jobs are the iterations', async () => {
    const r = await run(
      [
        '$t = 1..3 | ForEach-Object -Parallel { Start-Sleep -Milliseconds (20 * $_); $_ * 2 } -AsJob',
        '"$($t.Id) $($t.PSJobTypeName) $($t.Location) $($t.ChildJobs.Count) $(($t.ChildJobs.Id) -join ",")"',
        '(Receive-Job $t -Wait) -join ","; $t.State.ToString(); (Get-Job | ForEach-Object Id) -join ","',
      ].join('\n'),
    );
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('1 PSTaskJob PowerShell 3 2,3,4\n2,4,6\nCompleted\n1\n');
  });

  it('a failing iteration fails its child job and the parent; the others complete', async () => {
    const r = await run('$t = 1..2 | ForEach-Object -Parallel { if ($_ -eq 2) { throw "bad $_" }; "ok $_" } -AsJob; Wait-Job $t | Out-Null; $t.State.ToString(); ($t.ChildJobs.State | ForEach-Object ToString) -join ","; Receive-Job $t 2>&1 | ForEach-Object ToString');
    expect(r.stdout).toBe('Failed\nCompleted,Failed\nok 1\nbad 2\n');
  });
});
