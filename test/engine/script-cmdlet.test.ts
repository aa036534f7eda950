// Advanced functions behave as pwsh's script cmdlets: $PSCmdlet (ShouldProcess, ShouldContinue, the Write*
// methods, ThrowTerminatingError), common parameters setting the preference variables in the function's scope,
// [CmdletBinding(ConfirmImpact)], $WhatIfPreference for cmdlets, and -ErrorVariable receiving terminating errors.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPromptingShell } from '../support/prompting-shell.js';

const CHOICES = '[Y] Yes  [A] Yes to All  [N] No  [L] No to All  [S] Suspend  [?] Help (default is "Y"): ';

const REMOVE_THING = `function Remove-Thing {
  [CmdletBinding(SupportsShouldProcess)]
  param([Parameter(Mandatory, ValueFromPipeline)][string]$Name)
  process { if ($PSCmdlet.ShouldProcess($Name, 'Delete')) { "deleted $Name" } }
}
`;

async function run(text: string, interactive = false, ...answers: string[]) {
  const shell = createPromptingShell({ interactive });
  shell.answer(...answers);
  const r = await shell.run(text);
  return { ...r, prompts: [...shell.prompts] };
}

describe('$PSCmdlet', () => {
  it('is a PSScriptCmdlet in advanced functions only, with the parameter set the binder chose', async () => {
    const r = await run(`function a { [CmdletBinding(DefaultParameterSetName='ByName')] param([Parameter(ParameterSetName='ByName')]$Name, [Parameter(ParameterSetName='ById')]$Id) $PSCmdlet.GetType().FullName; $PSCmdlet.ParameterSetName }
function s { param($x) $null -eq $PSCmdlet }
a; a -Id 3; s; $null -eq $PSCmdlet; "$(a | Select-Object -First 1)"`);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('System.Management.Automation.PSScriptCmdlet\nByName\nSystem.Management.Automation.PSScriptCmdlet\nById\nTrue\nTrue\nSystem.Management.Automation.PSScriptCmdlet\n');
  });

  it('ShouldProcess runs the action without -WhatIf, says "What if:" with it, and describes it with -Verbose', async () => {
    const r = await run(`${REMOVE_THING}Remove-Thing a; Remove-Thing b -WhatIf; 'c' | Remove-Thing -Verbose`);
    expect(r.stdout).toBe('deleted a\nWhat if: Performing the operation "Delete" on target "b".\ndeleted c\n');
    expect(r.stderr).toBe('VERBOSE: Performing the operation "Delete" on target "c".\n');
  });

  it('ShouldProcess with one argument names the function as the operation; with three it shows the given text', async () => {
    const r = await run(`function Stop-Thing { [CmdletBinding(SupportsShouldProcess)] param() $PSCmdlet.ShouldProcess('t1'); $PSCmdlet.ShouldProcess('Stopping t2', 'Stop t2?', 'Stop') }
Stop-Thing -WhatIf`);
    expect(r.stdout).toBe('What if: Performing the operation "Stop-Thing" on target "t1".\nFalse\nWhat if: Stopping t2\nFalse\n');
  });

  it('-Confirm asks the standard question; N skips, A holds for the rest of the command', async () => {
    const no = await run(`${REMOVE_THING}Remove-Thing x -Confirm`, true, 'N');
    expect(no.screen).toBe(['', 'Confirm', 'Are you sure you want to perform this action?', 'Performing the operation "Delete" on target "x".', `${CHOICES}N`, ''].join('\n'));
    const all = await run(`${REMOVE_THING}'p','q','r' | Remove-Thing -Confirm`, true, 'A');
    expect(all.prompts).toHaveLength(1);
    expect(all.stdout).toBe('deleted p\ndeleted q\ndeleted r\n');
  });

  it('the three-argument form asks the given question under the given caption', async () => {
    const r = await run(`function d { [CmdletBinding(SupportsShouldProcess)] param() if ($PSCmdlet.ShouldProcess('Deleting f', 'Delete file f?', 'Delete file')) { 'yes' } else { 'no' } }; d -Confirm`, true, 'y');
    expect(r.screen).toBe(['', 'Delete file', 'Delete file f?', `${CHOICES}y`, 'yes', ''].join('\n'));
  });

  it('ConfirmImpact is compared with $ConfirmPreference: High asks by default, -Confirm:$false never asks', async () => {
    const fn = `function z { [CmdletBinding(SupportsShouldProcess, ConfirmImpact='High')] param() if ($PSCmdlet.ShouldProcess('tgt')) { 'went' } else { 'skipped' } }\n`;
    const asked = await run(`${fn}z`, true, 'n');
    expect(asked.prompts).toHaveLength(1);
    expect(asked.stdout).toBe('skipped\n');
    expect((await run(`${fn}z -Confirm:$false`)).stdout).toBe('went\n');
    const low = `function l { [CmdletBinding(SupportsShouldProcess, ConfirmImpact='Low')] param() if ($PSCmdlet.ShouldProcess('tgt')) { 'went' } }\n`;
    expect((await run(`${low}l; $ConfirmPreference = 'Low'; l`, true, 'Y')).prompts).toHaveLength(1);
    expect((await run(`${low}$ConfirmPreference = 'None'; l`)).stdout).toBe('went\n');
  });

  it('an unknown ConfirmImpact is an error naming the enumeration', async () => {
    const r = await run(`function bad { [CmdletBinding(ConfirmImpact='Huge')] param() }; bad`);
    expect(r.stderr).toContain('Cannot convert value "Huge" to type "System.Management.Automation.ConfirmImpact".');
  });

  it('a confirmation in a non-interactive shell is an error, as for cmdlets', async () => {
    const r = await run(`${REMOVE_THING}Remove-Thing x -Confirm; 'next'`);
    expect(r.stderr).toContain('Exception calling "ShouldProcess" with "2" argument(s): "PowerShell is in NonInteractive mode. Read and Prompt functionality is not available."');
    expect(r.stdout).toBe('next\n');
  });

  it('ShouldContinue always asks, with Yes and No only (no "to All")', async () => {
    const r = await run(`function q { [CmdletBinding()] param() if ($PSCmdlet.ShouldContinue('Really remove it?', 'Remove')) { 'ok' } else { 'kept' } }; q; q`, true, '?', 'n', '');
    expect(r.screen).toBe(
      [
        '',
        'Remove',
        'Really remove it?',
        '[Y] Yes  [N] No  [S] Suspend  [?] Help (default is "Y"): ?',
        'Y - Continue with only the next step of the operation.',
        'N - Skip this operation and proceed with the next operation.',
        'S - Pause the current pipeline and return to the command prompt. Type "exit" to resume the pipeline.',
        '[Y] Yes  [N] No  [S] Suspend  [?] Help (default is "Y"): n',
        'kept',
        '',
        'Remove',
        'Really remove it?',
        '[Y] Yes  [N] No  [S] Suspend  [?] Help (default is "Y"): ',
        'ok',
        '',
      ].join('\n'),
    );
  });

  it('the [ref] overloads: ShouldProcess reports its reason, ShouldContinue keeps Yes to All in the caller\'s variables', async () => {
    const whatIf = await run(`function p { [CmdletBinding(SupportsShouldProcess)] param() $why = $null; $ok = $PSCmdlet.ShouldProcess('it', 'Delete it?', 'Delete', [ref]$why); "$ok $why" }; p; p -WhatIf`);
    expect(whatIf.stdout).toBe('True None\nWhat if: it\nFalse WhatIf\n');
    const r = await run(
      `function q { [CmdletBinding()] param() $yes = $false; $no = $false; foreach ($i in 1..3) { if ($PSCmdlet.ShouldContinue("Item $i?", 'Go', [ref]$yes, [ref]$no)) { "did $i" } }; "yes=$yes no=$no" }; q`,
      true,
      'a',
    );
    expect(r.prompts.length).toBe(1);
    expect(r.stdout).toBe('did 1\ndid 2\ndid 3\nyes=True no=False\n');
    const plain = await run(`function z { [CmdletBinding()] param() try { $PSCmdlet.ShouldContinue('q', 'c', $true, $false) } catch { $_.Exception.Message } }; z`);
    expect(plain.stdout).toBe("Argument: '3' should be a System.Management.Automation.PSReference. Use [ref].\n");
  });

  it('wrong argument counts give "Cannot find an overload"', async () => {
    const r = await run(`function w { [CmdletBinding()] param() try { $PSCmdlet.ShouldProcess() } catch { $_.Exception.Message; $_.FullyQualifiedErrorId }; try { $PSCmdlet.ShouldContinue('a', 'b', 'c') } catch { $_.Exception.Message }; try { $PSCmdlet.ShouldProcess(1, 2, 3, 4, 5) } catch { $_.Exception.Message } }; w`);
    expect(r.stdout).toBe(
      [
        'Cannot find an overload for "ShouldProcess" and the argument count: "0".',
        'MethodCountCouldNotFindBest',
        'Cannot find an overload for "ShouldContinue" and the argument count: "3".',
        'Cannot find an overload for "ShouldProcess" and the argument count: "5".',
        '',
      ].join('\n'),
    );
  });

  it('WriteObject writes to the output, enumerating a collection only when asked', async () => {
    const r = await run(`function o { [CmdletBinding()] param() $PSCmdlet.WriteObject(@(1, 2)); $PSCmdlet.WriteObject(@(3, 4), $true) }; o | ForEach-Object { "[$_]" }`);
    expect(r.stdout).toBe('[1 2]\n[3]\n[4]\n');
  });

  it('WriteVerbose, WriteDebug, WriteWarning and WriteInformation follow the function\'s preferences', async () => {
    const fn = `function v { [CmdletBinding()] param() $PSCmdlet.WriteVerbose('vv'); $PSCmdlet.WriteDebug('dd'); $PSCmdlet.WriteWarning('ww'); $PSCmdlet.WriteInformation('ii', $null) }\n`;
    const quiet = await run(`${fn}v`);
    expect(quiet.stderr).toBe('WARNING: ww\n');
    expect(quiet.stdout).toBe('');
    const loud = await run(`${fn}v -Verbose -Debug -WarningAction SilentlyContinue -InformationAction Continue`);
    expect(loud.stderr).toBe('VERBOSE: vv\nDEBUG: dd\n');
    expect(loud.stdout).toBe('ii\n');
  });

  it('WriteError reports as the function and honours its -ErrorAction and -ErrorVariable', async () => {
    const fn = `function e { [CmdletBinding()] param() try { Get-Item /no/such/path -ErrorAction Stop } catch { $PSCmdlet.WriteError($_) }; 'after' }\n`;
    const shown = await run(`${fn}e`);
    // Reported where the function was called.
    expect(shown.stderr).toBe("e: \nLine |\n   2 |  e\n     |  ~\n     | Cannot find path '/no/such/path' because it does not exist.\n");
    expect(shown.stdout).toBe('after\n');
    const stopped = await run(`${fn}try { e -ErrorAction Stop } catch { 'caught: ' + $_.Exception.Message }`);
    expect(stopped.stdout).toBe("caught: Cannot find path '/no/such/path' because it does not exist.\n");
    const silent = await run(`${fn}e -ErrorAction SilentlyContinue -ErrorVariable ev; $ev.Count`);
    expect(silent.stderr).toBe('');
    expect(silent.stdout).toBe('after\n1\n');
  });

  it('ThrowTerminatingError ends the function with the record, named after the function', async () => {
    const r = await run(`function t { [CmdletBinding()] param() try { Get-Item /nope -ErrorAction Stop } catch { $PSCmdlet.ThrowTerminatingError($_) }; 'not reached' }
try { t } catch { 'caught: ' + $_.Exception.Message + ' | ' + $_.InvocationInfo.MyCommand }
t; 'next statement'`);
    expect(r.stdout).toBe("caught: Cannot find path '/nope' because it does not exist. | t\nnext statement\n");
    expect(r.stderr).toBe("t: \nLine |\n   3 |  t; 'next statement'\n     |  ~\n     | Cannot find path '/nope' because it does not exist.\n");
    const nul = await run(`function n { [CmdletBinding()] param() $PSCmdlet.ThrowTerminatingError($null) }; n`);
    expect(nul.stderr).toContain('Exception calling "ThrowTerminatingError" with "1" argument(s): "Value cannot be null. (Parameter \'errorRecord\')"');
  });
});

describe('common parameters of advanced functions', () => {
  it('-Verbose and -Debug turn on $VerbosePreference/$DebugPreference in the function, so Write-Verbose inside shows', async () => {
    const r = await run(`function g { [CmdletBinding()] param() Write-Verbose 'from g'; Write-Debug 'dbg g'; "$VerbosePreference $DebugPreference" }
g; g -Verbose -Debug; $VerbosePreference = 'Continue'; g -Verbose:$false`);
    expect(r.stdout).toBe('SilentlyContinue SilentlyContinue\nContinue Continue\nSilentlyContinue SilentlyContinue\n');
    expect(r.stderr).toBe('VERBOSE: from g\nDEBUG: dbg g\n');
  });

  it('reach the functions it calls, but not the caller', async () => {
    const r = await run(`function inner { Write-Verbose 'inner says' }; function outer { [CmdletBinding()] param() inner }; outer -Verbose; $VerbosePreference`);
    expect(r.stderr).toBe('VERBOSE: inner says\n');
    expect(r.stdout).toBe('SilentlyContinue\n');
  });

  it('-ErrorAction, -WarningAction and -InformationAction set the preference variables (canonical names)', async () => {
    const r = await run(`function p { [CmdletBinding()] param() $ErrorActionPreference; $WarningPreference; $InformationPreference; Write-Warning 'hidden' }; p -ea stop -WarningAction silentlycontinue -InformationAction Continue`);
    expect(r.stdout).toBe('Stop\nSilentlyContinue\nContinue\n');
    expect(r.stderr).toBe('');
    const stop = await run(`function s { [CmdletBinding()] param() Write-Error 'boom'; 'not reached' }; try { s -ErrorAction Stop } catch { 'caught ' + $_ }`);
    expect(stop.stdout).toBe('caught boom\n');
  });

  it('-WhatIf sets $WhatIfPreference, so cmdlets inside only say what they would do; -Confirm sets $ConfirmPreference', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'awsps-whatif-'));
    const file = path.join(dir, 'f.txt');
    const r = await run(`function mk { [CmdletBinding(SupportsShouldProcess)] param($p) "$WhatIfPreference $ConfirmPreference"; New-Item $p -ItemType File | Out-Null }
mk '${file}' -WhatIf; Test-Path '${file}'; function cp { [CmdletBinding(SupportsShouldProcess)] param() $ConfirmPreference }; cp -Confirm:$false; cp -Confirm`);
    expect(r.stdout).toBe(`True High\nWhat if: Performing the operation "Create File" on target "Destination: ${file}".\nFalse\nNone\nLow\n`);
    expect(fs.existsSync(file)).toBe(false);
  });
});

describe('cmdlets and $WhatIfPreference', () => {
  it('a cmdlet that supports ShouldProcess honours $WhatIfPreference; its own -WhatIf:$false wins', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'awsps-whatif-'));
    const file = path.join(dir, 'g.txt');
    const r = await run(`$WhatIfPreference = $true; New-Item '${file}' -ItemType File; Test-Path '${file}'; New-Item '${file}' -ItemType File -WhatIf:$false | Out-Null; Test-Path '${file}'`);
    expect(r.stdout).toBe(`What if: Performing the operation "Create File" on target "Destination: ${file}".\nFalse\nTrue\n`);
  });

  it('-Verbose describes an operation that needs no confirmation', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'awsps-verbose-'));
    const file = path.join(dir, 'h.txt');
    const r = await run(`New-Item '${file}' -ItemType File -Verbose | Out-Null`);
    expect(r.stderr).toBe(`VERBOSE: Performing the operation "Create File" on target "Destination: ${file}".\n`);
  });
});

describe('-ErrorVariable', () => {
  it('receives errors made terminating by -ErrorAction Stop, and appends with +name', async () => {
    const r = await run(`try { Get-Item /nope1 -ErrorVariable ev -ErrorAction Stop } catch { }; $ev.Count; Get-Item /nope2 -ErrorVariable +ev -ErrorAction SilentlyContinue; $ev.Count; "$($ev[1])"`);
    expect(r.stdout).toBe("1\n2\nCannot find path '/nope2' because it does not exist.\n");
  });

  it('receives a cmdlet\'s terminating error', async () => {
    const r = await run(`ConvertFrom-Json '{bad' -ErrorVariable ev -ErrorAction SilentlyContinue; $ev.Count`);
    expect(r.stdout).toBe('1\n');
  });

  it('of an advanced function collects the errors of the commands it runs', async () => {
    const r = await run(`function f { [CmdletBinding()] param() Write-Error 'one'; Get-Item /nope3; 'done' }; f -ErrorVariable fev 2>$null; $fev.Count; "$($fev[0])"`);
    expect(r.stdout).toBe('done\n2\none\n');
  });
});

describe('$MyInvocation', () => {
  it('in a function: its FunctionInfo, how and where it was called', async () => {
    const r = await run(`function Get-Info { [CmdletBinding()] param([Parameter(ValueFromPipeline)]$In, $Tag) process { $m = $MyInvocation; $m.MyCommand.Name; $m.MyCommand.CommandType; $m.MyCommand.GetType().FullName; $m.InvocationName; $m.ScriptLineNumber; $m.OffsetInLine; $m.Statement; $m.BoundParameters['Tag']; $m.PipelineLength; $m.PipelinePosition; $m.ExpectingInput; $m.CommandOrigin } }
Set-Alias gi2 Get-Info
1 | gi2 -Tag t | ForEach-Object { $_ }`);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(['Get-Info', 'Function', 'System.Management.Automation.FunctionInfo', 'gi2', '3', '5', 'gi2 -Tag t', 't', '2', '1', 'True', 'Internal', ''].join('\n'));
  });

  it('of a simple function lists the arguments it did not bind in UnboundArguments; BoundParameters is $PSBoundParameters', async () => {
    const r = await run(`function s($a) { $MyInvocation.UnboundArguments -join ','; $PSBoundParameters['extra'] = 'x'; $MyInvocation.BoundParameters['a']; $MyInvocation.BoundParameters['extra'] }; s 1 2 3`);
    expect(r.stdout).toBe('2,3\n1\nx\n');
  });

  it('is readable in parameter defaults', async () => {
    const r = await run(`function dflt { param($Who = $MyInvocation.MyCommand.Name) $Who }; dflt`);
    expect(r.stdout).toBe('dflt\n');
  });

  it('at the top level: an unnamed ScriptInfo run by the host', async () => {
    const r = await run(`$MyInvocation.MyCommand.CommandType; "[$($MyInvocation.MyCommand.Name)]"; $MyInvocation.CommandOrigin; "[$($MyInvocation.InvocationName)]"`);
    expect(r.stdout).toBe('Script\n[]\nRunspace\n[]\n');
  });

  it('in a script block run with &: a ScriptInfo whose definition is the block', async () => {
    const r = await run(`& { $MyInvocation.MyCommand.CommandType; $MyInvocation.MyCommand.Definition }`);
    expect(r.stdout).toBe('Script\n $MyInvocation.MyCommand.CommandType; $MyInvocation.MyCommand.Definition \n');
  });

  it('lists pwsh\'s InvocationInfo properties in order', async () => {
    const r = await run(`function f { $MyInvocation.PSObject.Properties.Name -join ',' }; f`);
    expect(r.stdout).toBe(
      'MyCommand,BoundParameters,UnboundArguments,ScriptLineNumber,OffsetInLine,HistoryId,ScriptName,Line,Statement,PositionMessage,PSScriptRoot,PSCommandPath,InvocationName,PipelineLength,PipelinePosition,ExpectingInput,CommandOrigin,DisplayScriptPosition\n',
    );
  });
});
