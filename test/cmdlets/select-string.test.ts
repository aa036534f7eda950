// Select-String: pipeline and file searches, MatchInfo objects and their display, -Context, the switches
// that change what is written (-Quiet, -List, -Raw, -NotMatch, -AllMatches) and pwsh's error wording.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createTestEngine } from '../helpers/engine.js';
import { run as runCli } from '../helpers/cli.js';

let dir: string;
const engine = createTestEngine();

/** Runs script text with the current location in the test folder. */
async function sls(script: string): Promise<{ stdout: string; stderr: string }> {
  return engine.run(`Set-Location '${dir}'; ${script}`);
}

beforeAll(() => {
  dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'awsps-sls-')));
  fs.writeFileSync(path.join(dir, 'a.txt'), 'alpha\nbeta\ngamma\ndelta\nepsilon\nbeta2\n');
  fs.writeFileSync(path.join(dir, 'b.txt'), 'nothing\r\nBETA here\r\n');
  fs.writeFileSync(path.join(dir, 'c.log'), 'beta in a log\n');
  fs.writeFileSync(path.join(dir, '.hidden.txt'), 'beta hidden\n');
  fs.mkdirSync(path.join(dir, 'sub.txt'));
  fs.mkdirSync(path.join(dir, 'enc'));
  fs.writeFileSync(path.join(dir, 'enc', 'utf16.txt'), Buffer.from('first\nbeta wide\n', 'utf16le'));
  fs.writeFileSync(path.join(dir, 'enc', 'bom16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('beta bom\n', 'utf16le')]));
  fs.writeFileSync(path.join(dir, 'enc', 'latin1.txt'), Buffer.from('caf\u00e9 beta\n', 'latin1'));
});

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('Select-String on pipeline input', () => {
  it('writes MatchInfo objects displayed as their lines', async () => {
    const r = await sls("'abc','xyz','abd' | Select-String ab");
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('\nabc\nabd\n\n');
  });

  it('fills the MatchInfo properties as pwsh does (line number = input position, InputStream as path)', async () => {
    const r = await sls("$m = 'abc','xyz','abd' | Select-String ab; $m[1] | Format-List *; $m[1].GetType().FullName; $m[1].ToString()");
    expect(r.stdout).toBe(
      '\nIgnoreCase : True\nLineNumber : 3\nLine       : abd\nFilename   : InputStream\nPath       : InputStream\nPattern    : ab\nContext    : \nMatches    : {ab}\n\n' +
        'Microsoft.PowerShell.Commands.MatchInfo\nabd\n',
    );
  });

  it('reports the pattern that matched and .NET Match objects (Value, Index, Length, Groups)', async () => {
    const r = await sls(
      "$m = 'key=value' | Select-String 'nomatch','(?<k>\\w+)=(\\w+)'; $m.Pattern; $m.Matches.Count; $x = $m.Matches[0]; $x.Value; $x.Index; $x.Length; $x.Groups[1].Value; $x.Groups['k'].Value; $x.GetType().FullName",
    );
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('(?<k>\\w+)=(\\w+)\n1\nkey=value\n0\n9\nvalue\nkey\nSystem.Text.RegularExpressions.Match\n');
  });

  it('-AllMatches collects every match on the line', async () => {
    const r = await sls("('aXbXc' | Select-String x -AllMatches).Matches | ForEach-Object { \"$($_.Value)@$($_.Index)\" }; ('aXbXc' | Select-String x).Matches.Count");
    expect(r.stdout).toBe('X@1\nX@3\n1\n');
  });

  it('matches case-insensitively unless -CaseSensitive', async () => {
    const r = await sls("('ABC' | Select-String b).IgnoreCase; 'ABC' | Select-String b -CaseSensitive; ('ABC' | Select-String B -CaseSensitive).IgnoreCase");
    expect(r.stdout).toBe('True\nFalse\n');
  });

  it('-SimpleMatch matches literally and leaves Matches empty', async () => {
    const r = await sls("$m = 'a.c','abc' | Select-String '.c' -SimpleMatch; $m.Line; $m.Matches.Count; ('A.C' | Select-String '.c' -SimpleMatch -CaseSensitive) -eq $null");
    expect(r.stdout).toBe('a.c\n0\nTrue\n');
  });

  it('-NotMatch selects the lines matching none of the patterns and reports the first pattern', async () => {
    const r = await sls("'apple','banana','cherry' | Select-String 'an','ch' -NotMatch | ForEach-Object { \"$($_.Line) $($_.Pattern) $($_.LineNumber) $($_.Matches.Count)\" }");
    expect(r.stdout).toBe('apple an 1 0\n');
  });

  it('-Raw writes the matching strings', async () => {
    const r = await sls("$r = 'abc','xyz' | Select-String b -Raw; $r; $r.GetType().FullName");
    expect(r.stdout).toBe('abc\nSystem.String\n');
  });

  it('-Quiet writes $true once for a match and nothing when the pipeline input has none', async () => {
    const r = await sls("$q = 'a','b','a' | Select-String a -Quiet; $q.Count; $q; $n = 'a' | Select-String z -Quiet; $null -eq $n");
    expect(r.stdout).toBe('1\nTrue\nTrue\n');
  });

  it('matches other objects on their string form (Get-Command output, numbers, custom objects)', async () => {
    const r = await sls(
      "Get-Command Get-Content, Set-Content, Get-Item | Select-String '^Get' | ForEach-Object { $_.ToString() }; 10, 25, 31 | Select-String '^[23]'; [pscustomobject]@{ a = 1 } | Select-String 'a=1' -SimpleMatch | ForEach-Object Line",
    );
    expect(r.stdout).toBe('Get-Content\nGet-Item\n\n25\n31\n\n@{a=1}\n');
  });

  it('-InputObject matches the whole value as one string', async () => {
    const r = await sls("(Select-String b -InputObject 'a','b').Line");
    expect(r.stdout).toBe('a b\n');
  });

  it('-Context shows the lines around each match and fills PreContext/PostContext', async () => {
    const r = await sls("$m = 'a','b','c','d','e' | Select-String c -Context 1; $m; $m.Context.PreContext; $m.Context.PostContext; $m.Context.GetType().FullName");
    expect(r.stdout).toBe('\n  b\n> c\n  d\n\nb\nd\nMicrosoft.PowerShell.Commands.MatchInfoContext\n');
  });

  it('-Context keeps logical context overlapping but displays each line once', async () => {
    const r = await sls(
      "$m = 1..6 | Select-String '[25]' -Context 2,1; $m | ForEach-Object { \"[$($_.Context.PreContext -join ',')|$($_.Context.PostContext -join ',')|$($_.Context.DisplayPreContext -join ',')|$($_.Context.DisplayPostContext -join ',')]\" }",
    );
    expect(r.stdout).toBe('[1|3|1|3]\n[3,4|6|4|6]\n');
  });

  it('a MatchInfo piped into Select-String is filtered on its line and passed through', async () => {
    const r = await sls(
      "$m = 'abc','abd' | Select-String ab; $m[0].LineNumber = 42; $f = $m | Select-String c; $f.LineNumber; $f.Pattern; $x = $m | Select-String d -Context 1; $x.Line",
    );
    expect(r.stdout).toBe('42\nab\nabd\n');
    expect(r.stderr).toBe('WARNING: The option "Context" is not valid when searching results that are piped from Select-String output.\n');
  });
});

describe('Select-String on files', () => {
  it('shows path:line:text relative to the current location; ToString() keeps the full path', async () => {
    const r = await sls("Select-String beta *.txt; $m = Select-String gamma a.txt; $m.ToString(); $m.Filename; $m.Path -eq (Join-Path (Get-Location).Path 'a.txt'); $m.LineNumber");
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(`\na.txt:2:beta\na.txt:6:beta2\nb.txt:2:BETA here\n\n${dir}/a.txt:3:gamma\na.txt\nTrue\n3\n`);
  });

  it('wildcards skip hidden files and directories; -LiteralPath takes the name as is', async () => {
    const r = await sls("(Select-String beta -Path *).Filename -join ','; (Select-String beta -LiteralPath .hidden.txt).Line");
    expect(r.stdout).toBe('a.txt,a.txt,b.txt,c.log\nbeta hidden\n');
  });

  it('shows context lines with their own line numbers', async () => {
    const r = await sls('Select-String beta a.txt -Context 1,2');
    expect(r.stdout).toBe('\n  a.txt:1:alpha\n> a.txt:2:beta\n  a.txt:3:gamma\n  a.txt:4:delta\n  a.txt:5:epsilon\n> a.txt:6:beta2\n\n');
  });

  it('searches FileInfo objects from Get-ChildItem', async () => {
    const r = await sls('Get-ChildItem *.txt | Select-String gamma');
    expect(r.stdout).toBe('\na.txt:3:gamma\n\n');
  });

  it('-List writes the first match of each file', async () => {
    const r = await sls("(Select-String beta a.txt, b.txt -List) | ForEach-Object { \"$($_.Filename):$($_.LineNumber)\" }");
    expect(r.stdout).toBe('a.txt:2\nb.txt:2\n');
  });

  it('-Quiet writes True for a match and False when no file matches', async () => {
    const r = await sls('Select-String beta a.txt, b.txt -Quiet; Select-String zzz a.txt -Quiet');
    expect(r.stdout).toBe('True\nFalse\n');
  });

  it('-Include and -Exclude filter on the full path', async () => {
    const r = await sls("(Select-String beta * -Include *.log).Filename; (Select-String beta * -Exclude *.txt).Filename; (Select-String beta * -Include c.log) -eq $null");
    expect(r.stdout).toBe('c.log\nc.log\nTrue\n');
  });

  it('reads -Encoding files and honours a byte-order mark', async () => {
    const r = await sls("(Select-String wide enc/utf16.txt -Encoding unicode).Line; (Select-String bom enc/bom16.txt).Line; (Select-String caf enc/latin1.txt -Encoding latin1).Line");
    expect(r.stdout).toBe('beta wide\nbeta bom\ncaf\u00e9 beta\n');
  });

  it('-Raw writes the matching lines of the files', async () => {
    const r = await sls('Select-String beta a.txt -Raw');
    expect(r.stdout).toBe('beta\nbeta2\n');
  });
});

describe('Select-String errors', () => {
  it('an invalid regular expression is a terminating error worded as pwsh', async () => {
    const r = await sls("Select-String '(' -InputObject x; $Error[0].FullyQualifiedErrorId; $Error[0].CategoryInfo.Category");
    expect(r.stderr).toBe("Select-String: The string ( is not a valid regular expression: Invalid pattern '(' at offset 1. Not enough )'s.\n");
    expect(r.stdout).toBe('InvalidRegex,Microsoft.PowerShell.Commands.SelectStringCommand\nInvalidArgument\n');
  });

  it('a -Path that does not exist stops the command', async () => {
    const r = await sls("Select-String x nope.txt, a.txt; 'next'; $Error[0].FullyQualifiedErrorId");
    expect(r.stderr).toBe(`Select-String: Cannot find path '${dir}/nope.txt' because it does not exist.\n`);
    expect(r.stdout).toBe('next\nPathNotFound,Microsoft.PowerShell.Commands.SelectStringCommand\n');
  });

  it('a -LiteralPath that cannot be read is a non-terminating error', async () => {
    const r = await sls("Select-String alpha -LiteralPath nope.txt, a.txt | ForEach-Object Line; $Error[0].FullyQualifiedErrorId");
    expect(r.stderr).toBe(`Select-String: The file ${dir}/nope.txt cannot be read: Could not find file '${dir}/nope.txt'.\n`);
    expect(r.stdout).toBe('alpha\nProcessingFile,Microsoft.PowerShell.Commands.SelectStringCommand\n');
  });

  it('a path of another provider cannot be opened', async () => {
    const r = await sls('Select-String x -Path Env:PATH');
    expect(r.stderr).toBe('Select-String: Cannot open the file because the current provider (Microsoft.PowerShell.Core\\Environment) cannot open files.\n');
  });

  it('-Context takes one or two non-negative values', async () => {
    const r = await sls("'a' | Select-String a -Context 1,2,3");
    expect(r.stderr).toBe("Select-String: Cannot validate argument on parameter 'Context'. The parameter requires at least 1 value(s) and no more than 2 value(s) - 3 value(s) were provided.\n");
  });
});

describe('Select-String end to end', () => {
  it('searches files and pipeline text through the CLI', () => {
    const r = runCli("Select-String beta a.txt; 'one','two','three' | Select-String '^t' | ForEach-Object { \"$($_.LineNumber):$_\" }; Get-Command Get-Content, Set-Content | Select-String Set", { cwd: dir });
    expect(r.stderr).toBe('');
    // One -Command is one pipeline to Out-Default: the MatchInfo view and the strings share it.
    expect(r.stdout).toBe('\na.txt:2:beta\na.txt:6:beta2\n2:two\n3:three\nSet-Content\n\n');
  });
});
