// Advanced scripts and functions through the real CLI: [CmdletBinding()] scripts take -Verbose/-WhatIf/-Confirm
// from `awsps -File` and from `./s.ps1`, $MyInvocation describes the script and its caller, $PSCmdlet's confirmation
// is an error in a non-interactive shell, and -ErrorVariable receives an AWS cmdlet's terminating error.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { awsps, run, runFile } from '../helpers/cli.js';

const CHILD = `[CmdletBinding(SupportsShouldProcess)]
param([Parameter(Position = 0)][string]$Name = 'world')
Write-Verbose "Hello $Name"
"Name=$($MyInvocation.MyCommand.Name) Type=$($MyInvocation.MyCommand.CommandType) Invoked=$($MyInvocation.InvocationName)"
"Path=$($MyInvocation.MyCommand.Path)"
"ScriptName=$($MyInvocation.ScriptName) Line=$($MyInvocation.Line) Root=$($MyInvocation.PSScriptRoot) Cmd=$($MyInvocation.PSCommandPath)"
if ($PSCmdlet.ShouldProcess($Name, 'Greet')) { "greeted $Name" }
`;

function scriptDir(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'awsps-cmdlet-'));
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  return dir;
}

describe('[CmdletBinding()] scripts', () => {
  it('awsps -File s.ps1 -Verbose shows Write-Verbose output and describes ShouldProcess', () => {
    const r = runFile(CHILD, ['-Verbose', 'alice'], 'child.ps1');
    expect(r.stderr).toBe('VERBOSE: Hello alice\nVERBOSE: Performing the operation "Greet" on target "alice".\n');
    expect(r.stdout).toBe(
      [`Name=child.ps1 Type=ExternalScript Invoked=${r.file}`, `Path=${r.file}`, 'ScriptName= Line= Root= Cmd=', 'greeted alice', ''].join('\n'),
    );
    expect(r.code).toBe(0);
  });

  it('without -Verbose the script is quiet; -WhatIf only says what it would do', () => {
    const quiet = runFile(CHILD, ['bob'], 'child.ps1');
    expect(quiet.stderr).toBe('');
    expect(quiet.stdout).toContain('greeted bob\n');
    const whatIf = runFile(CHILD, ['-WhatIf'], 'child.ps1');
    expect(whatIf.stdout).toContain('What if: Performing the operation "Greet" on target "world".\n');
    expect(whatIf.stdout).not.toContain('greeted');
  });

  it('./s.ps1 -Verbose from another script: $MyInvocation names the caller script and line; dot-sourced it is "."', () => {
    const dir = scriptDir({ 'child.ps1': CHILD, 'parent.ps1': './child.ps1 -Verbose bob\n. ./child.ps1 -WhatIf\n' });
    const parent = path.join(dir, 'parent.ps1');
    const r = awsps(['-NoProfile', '-NonInteractive', '-File', parent], { cwd: dir });
    expect(r.stderr).toBe('VERBOSE: Hello bob\nVERBOSE: Performing the operation "Greet" on target "bob".\n');
    expect(r.stdout).toBe(
      [
        'Name=child.ps1 Type=ExternalScript Invoked=./child.ps1',
        `Path=${path.join(dir, 'child.ps1')}`,
        `ScriptName=${parent} Line=./child.ps1 -Verbose bob Root=${dir} Cmd=${parent}`,
        'greeted bob',
        'Name=child.ps1 Type=ExternalScript Invoked=.',
        `Path=${path.join(dir, 'child.ps1')}`,
        `ScriptName=${parent} Line=. ./child.ps1 -WhatIf Root=${dir} Cmd=${parent}`,
        'What if: Performing the operation "Greet" on target "world".',
        '',
      ].join('\n'),
    );
  });

  it('-ErrorAction Stop given to a script makes its errors terminating', () => {
    const r = runFile("[CmdletBinding()] param()\nWrite-Error 'bad thing'\n'not reached'\n", ['-ErrorAction', 'Stop']);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('bad thing');
    expect(r.code).toBe(1);
  });

  it('$MyInvocation.MyCommand of a script run by -File is its ExternalScriptInfo; $script: is its own scope', () => {
    const r = runFile("$script:x = 1; function f { $script:x++ }; f; $x; $MyInvocation.MyCommand.GetType().FullName; $MyInvocation.MyCommand.ScriptContents.Length -gt 0\n", [], 'info.ps1');
    expect(r.stdout).toBe('2\nSystem.Management.Automation.ExternalScriptInfo\nTrue\n');
  });
});

describe('$PSCmdlet through the CLI', () => {
  it('-Confirm in a non-interactive shell is an error and the script goes on', () => {
    const r = runFile(CHILD + "'after'\n", ['-Confirm'], 'child.ps1');
    expect(r.stderr).toContain('Exception calling "ShouldProcess" with "2" argument(s): "PowerShell is in NonInteractive mode. Read and Prompt');
    expect(r.stdout).not.toContain('greeted');
    expect(r.stdout).toContain('after\n');
  });

  it('a wrong argument count is "Cannot find an overload"', () => {
    const r = run('function f { [CmdletBinding()] param() $PSCmdlet.ShouldProcess() }; f');
    expect(r.stderr).toContain('Cannot find an overload for "ShouldProcess" and the argument count: "0".');
    expect(r.code).toBe(1);
  });

  it('$MyInvocation at the top level of -Command is an unnamed script run by the host', () => {
    const r = run('$MyInvocation.MyCommand.CommandType; "[$($MyInvocation.MyCommand.Name)]"; $MyInvocation.CommandOrigin');
    expect(r.stdout).toBe('Script\n[]\nRunspace\n');
  });
});

describe('-ErrorVariable and AWS cmdlets', () => {
  it("receives the cmdlet's terminating error (-ErrorAction SilentlyContinue does not hide it)", () => {
    const r = awsps([
      '--local',
      '-NoProfile',
      '-NonInteractive',
      '-Command',
      "Get-S3Object -BucketName nope -ErrorVariable ev -ErrorAction SilentlyContinue; $ev.Count; $ev[0].FullyQualifiedErrorId; try { Get-S3Object -BucketName nope2 -ErrorVariable ev2 -ErrorAction Stop } catch { 'caught' }; $ev2.Count",
    ]);
    expect(r.stderr).toContain('Get-S3Object: The specified bucket does not exist');
    expect(r.stdout).toBe('1\nAmazon.S3.AmazonS3Exception,Amazon.PowerShell.Cmdlets.S3.GetS3ObjectCmdlet\ncaught\n1\n');
  });
});
