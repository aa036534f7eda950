// The other streams as pwsh has them: WarningRecord/VerboseRecord/DebugRecord/InformationRecord objects,
// n>&1 merges that put the records into the output, Write-Host through the information stream, and the
// -WarningVariable / -InformationVariable common parameters.

import { describe, expect, it } from 'vitest';
import { createTestEngine } from '../../helpers/engine.js';

async function run(text: string) {
  return createTestEngine().run(text);
}

describe('stream records', () => {
  it('are the .NET record types, with their properties and ToString()', async () => {
    const r = await run(`$w = Write-Warning hi 3>&1; $v = Write-Verbose vv -Verbose 4>&1; $d = Write-Debug dd -Debug 5>&1; $i = Write-Information ii 6>&1
$w.GetType().FullName; $v.GetType().FullName; $d.GetType().FullName; $i.GetType().FullName
$w.Message; "$v"; $d.ToString(); $i.MessageData; $i.Source; $i.Tags.Count
$w.InvocationInfo.MyCommand; $w.InvocationInfo.InvocationName; $w -is [System.Management.Automation.WarningRecord]`);
    expect(r.stdout).toBe(
      [
        'System.Management.Automation.WarningRecord',
        'System.Management.Automation.VerboseRecord',
        'System.Management.Automation.DebugRecord',
        'System.Management.Automation.InformationRecord',
        'hi', 'vv', 'dd', 'ii', 'Write-Information', '0',
        'Write-Warning', 'Write-Warning', 'True',
        '',
      ].join('\n'),
    );
  });

  it('lists their members as .NET does', async () => {
    const r = await run(`(Write-Warning hi 3>&1 | Get-Member -MemberType Property).Name -join ','
(Write-Information hi 6>&1 | Get-Member -MemberType Property).Name -join ','`);
    expect(r.stdout).toBe('FullyQualifiedWarningId,InvocationInfo,Message,PipelineIterationInfo\nComputer,ManagedThreadId,MessageData,NativeThreadId,ProcessId,Source,Tags,TimeGenerated,User\n');
  });

  it('Format-List -Force shows an InformationRecord property by property', async () => {
    const r = await run(`Write-Information hi -Tags a,b 6>&1 | Format-List MessageData, Source, Tags -Force`);
    expect(r.stdout).toBe('\nMessageData : hi\nSource      : Write-Information\nTags        : {a, b}\n\n');
  });
});

describe('merging streams into the output', () => {
  it('n>&1 for 3, 4, 5 and 6 sends the records, shown on the console with their stream prefix', async () => {
    const r = await run(`Write-Warning w 3>&1; Write-Verbose v -Verbose 4>&1; Write-Debug d -Debug 5>&1; Write-Information i 6>&1; 'out'`);
    expect(r.stdout).toBe('WARNING: w\nVERBOSE: v\nDEBUG: d\ni\nout\n');
    expect(r.stderr).toBe('');
  });

  it('a merged record kept in a variable still shows as its stream; Out-String shows just the message', async () => {
    const r = await run(`$w = Write-Warning hi 3>&1; $w; ($w | Out-String).TrimEnd(); $null -eq $w`);
    expect(r.stdout).toBe('WARNING: hi\nhi\nFalse\n');
    expect(r.stderr).toBe('');
  });

  it('*>&1 merges every stream, errors as ErrorRecords', async () => {
    const r = await run(`$all = & { Write-Warning w; Write-Verbose v -Verbose; Write-Debug d -Debug; Write-Information i; Write-Host h; Write-Error e; 'o' } *>&1
$all | ForEach-Object { $_.GetType().Name }`);
    expect(r.stdout).toBe('WarningRecord\nVerboseRecord\nDebugRecord\nInformationRecord\nInformationRecord\nErrorRecord\nString\n');
    expect(r.stderr).toBe('');
  });

  it('a stream the preference silences is not merged, except information, which only Ignore stops', async () => {
    const r = await run(`$a = Write-Warning w -WarningAction SilentlyContinue 3>&1; $b = Write-Verbose v 4>&1; $c = Write-Information i 6>&1; $d = Write-Information j -InformationAction Ignore 6>&1
"[$a][$b][$c][$d]"`);
    expect(r.stdout).toBe('[][][i][]\n');
  });

  it('3>$null, 4>$null, 5>$null and 6>$null silence their stream only', async () => {
    const r = await run(`Write-Warning w 3>$null; Write-Verbose v -Verbose 4>$null; Write-Debug d -Debug 5>$null; Write-Information i -InformationAction Continue 6>$null; 'done'`);
    expect(r.stdout).toBe('done\n');
    expect(r.stderr).toBe('');
  });
});

describe('Write-Host through the information stream', () => {
  it('is an InformationRecord tagged PSHOST holding a HostInformationMessage', async () => {
    const r = await run(`$r = Write-Host hi -ForegroundColor Red -NoNewline 6>&1
$r.GetType().FullName; $r.Tags; $r.Source; $r.MessageData.GetType().FullName; $r.MessageData.Message; $r.MessageData.ForegroundColor; $r.MessageData.NoNewLine; $null -eq $r.MessageData.BackgroundColor; $r`);
    expect(r.stdout).toBe(
      'System.Management.Automation.InformationRecord\nPSHOST\nWrite-Host\nSystem.Management.Automation.HostInformationMessage\nhi\nRed\nTrue\nTrue\nhi\n',
    );
  });

  it('6>$null and *>$null silence it; -InformationAction Ignore hides it, SilentlyContinue does not', async () => {
    const r = await run(`Write-Host a 6>$null; Write-Host b *>$null; Write-Host c -InformationAction Ignore; Write-Host d -InformationAction SilentlyContinue
$InformationPreference = 'Ignore'; Write-Host e; $InformationPreference = 'SilentlyContinue'; Write-Host f`);
    expect(r.stdout).toBe('d\nf\n');
  });

  it('keeps -NoNewline and -Separator on the host', async () => {
    const r = await run(`Write-Host a -NoNewline; Write-Host b, c -Separator '-'`);
    expect(r.stdout).toBe('ab-c\n');
  });

  it('writes to a file with 6> and *>', async () => {
    const r = await run(`$f = Join-Path ([IO.Path]::GetTempPath()) "awsps-host-$PID.txt"; Write-Host one 6> $f; Write-Host two *>> $f; Get-Content $f; Remove-Item $f`);
    expect(r.stdout).toBe('one\ntwo\n');
  });
});

describe('-WarningVariable and -InformationVariable', () => {
  it('collect the records a cmdlet writes, whatever the action preference', async () => {
    const r = await run(`Write-Warning a -WarningVariable wv -WarningAction SilentlyContinue; Write-Warning b -WarningVariable +wv -WarningAction Ignore
Write-Information i -InformationVariable iv; Write-Host h -InformationVariable +iv -InformationAction Ignore
$wv.Count; $wv[0].GetType().Name; "$wv"; $iv.Count; $iv[1].Tags; "$iv"`);
    expect(r.stdout).toBe('2\nWarningRecord\na b\n2\nPSHOST\ni h\n');
    expect(r.stderr).toBe('');
  });

  it('still show the warning on the host, and a record merged into the output is also collected', async () => {
    const r = await run(`Write-Warning shown -WarningVariable wv; $m = Write-Warning merged -WarningVariable wv2 3>&1; "$wv|$wv2|$m"`);
    expect(r.stderr).toBe('WARNING: shown\n');
    expect(r.stdout).toBe('shown|merged|merged\n');
  });

  it('-WarningVariable shows its records without the prefix, as pwsh shows an unmerged WarningRecord', async () => {
    const r = await run(`Write-Warning hi -WarningVariable wv 3>$null; $wv`);
    expect(r.stdout).toBe('hi\n');
  });

  it('of an advanced function collect what the commands inside it write', async () => {
    const r = await run(`function f { [CmdletBinding()] param() Write-Warning one; $PSCmdlet.WriteWarning('two'); Write-Information three; Write-Host four; g }
function g { Write-Warning five }
f -WarningVariable wv -InformationVariable iv -WarningAction SilentlyContinue -InformationAction Ignore
"$wv"; "$iv"`);
    expect(r.stdout).toBe('one two five\nthree four\n');
    expect(r.stderr).toBe('');
  });

  it('$PSCmdlet.WriteInformation takes message data with tags, or a record', async () => {
    const r = await run(`function f { [CmdletBinding()] param() $PSCmdlet.WriteInformation('x', [string[]]('t1','t2')) }
f -InformationVariable iv -InformationAction SilentlyContinue; $iv[0].Tags -join ','; $iv[0].MessageData; $iv[0].Source`);
    expect(r.stdout).toBe('t1,t2\nx\nf\n');
  });

  it('-WarningAction Stop shows the warning, keeps it and stops the command', async () => {
    const r = await run(`try { Write-Warning w -WarningAction Stop -WarningVariable wv } catch { $_.Exception.Message }; $wv.Count`);
    expect(r.stderr).toBe('WARNING: w\n');
    expect(r.stdout).toBe('The running command stopped because the preference variable "WarningPreference" or common parameter is set to Stop: w\n1\n');
  });
});

describe('-PipelineVariable', () => {
  it('holds each object while downstream commands process it, and is removed when the pipeline ends', async () => {
    const r = await run(`1..3 | ForEach-Object -PipelineVariable p { $_ * 10 } | ForEach-Object { "p=$p in=$_" }; "after=[$p]"; Test-Path variable:p`);
    expect(r.stdout).toBe('p=10 in=10\np=20 in=20\np=30 in=30\nafter=[]\nFalse\n');
  });

  it('is readable in a downstream end block, and nested pipeline variables work together', async () => {
    const r = await run(`1..2 | ForEach-Object -pv a { $_ } | ForEach-Object -pv b { $_ * 100 } | ForEach-Object -Process { "$a/$b" } -End { "end $a/$b" }`);
    expect(r.stdout).toBe('1/100\n2/200\nend 2/200\n');
  });

  it('updates and keeps a variable that already exists in the same scope', async () => {
    const r = await run(`$p = 'old'; 1..2 | Write-Output -PipelineVariable p | ForEach-Object { "p=$p" }; "after=$p"`);
    expect(r.stdout).toBe('p=1\np=2\nafter=2\n');
  });

  it('works for Where-Object and advanced functions', async () => {
    const r = await run(`function Get-Num { [CmdletBinding()] param() 5; 6 }
Get-Num -PipelineVariable n | ForEach-Object { "n=$n" }
1..4 | Where-Object -PipelineVariable w { $_ % 2 } | ForEach-Object { "w=$w" }`);
    expect(r.stdout).toBe('n=5\nn=6\nw=1\nw=3\n');
  });

  it('is removed when the pipeline fails', async () => {
    const r = await run(`try { 1..3 | ForEach-Object -pv q { $_ } | ForEach-Object { if ($_ -eq 2) { throw 'boom' } } } catch { 'caught' }; Test-Path variable:q`);
    expect(r.stdout).toBe('caught\nFalse\n');
  });
});
