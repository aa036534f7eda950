// The language end to end: script text through the real CLI, exact stdout, stderr and exit codes.

import { describe, expect, it } from 'vitest';
import { run, runFile } from '../helpers/cli.js';

function out(script: string): string {
  const r = run(script);
  if (r.stderr) throw new Error(`unexpected stderr for ${script}:\n${r.stderr}`);
  return r.stdout;
}

describe('expressions', () => {
  const cases: [string, string][] = [
    ['1 + 2 * 3', '7\n'],
    ["'5' + 1", '51\n'],
    ["1 + '5'", '6\n'],
    ['10 / 4', '2.5\n'],
    ['10 / 2', '5\n'],
    ['7 % 3', '1\n'],
    ['0x1F', '31\n'],
    ['1kb', '1024\n'],
    ['1e3', '1000\n'],
    ['(1, 2, 3).Count', '3\n'],
    ['@(1, 2, 3) -gt 1', '2\n3\n'],
    ['$null -eq $null', 'True\n'],
    ["'abc' -like 'a*'", 'True\n'],
    ["'ABC' -eq 'abc'", 'True\n'],
    ["'ABC' -ceq 'abc'", 'False\n'],
    ["'a,b,c' -split ','", 'a\nb\nc\n'],
    ["'a', 'b' -join '-'", 'a-b\n'],
    ["'hello' -replace 'l', 'L'", 'heLLo\n'],
    ['1..3', '1\n2\n3\n'],
    ['$x = 5; "x is $x"', 'x is 5\n'],
    ['$x = 5; "sum: $($x + 1)"', 'sum: 6\n'],
    ["'single $x'", 'single $x\n'],
    ['"tab`tend"', 'tab\tend\n'],
    ['-not $true', 'False\n'],
    ['!$false', 'True\n'],
    ['[int]"42" + 1', '43\n'],
    ['$a = @(1,2,3); $a[-1]', '3\n'],
    ['$a = 1..5; $a[1..2]', '2\n3\n'],
    ["$h = @{ Name = 'x'; Count = 2 }; $h.Name; $h['Count']", 'x\n2\n'],
    ["'{0}-{1}' -f 'a', 'b'", 'a-b\n'],
    ["'hello'.ToUpper()", 'HELLO\n'],
    ['"abc".Length', '3\n'],
    ['[math]::Max(3, 7)', '7\n'],
    ['$a, $b = 1, 2; $b', '2\n'],
    ['$a, $b = 1, 2, 3; $b.Count', '2\n'],
    ['$i = 1; $i++; $i', '2\n'],
    ['$s = 0; $s += 5; $s -= 2; $s', '3\n'],
    ['@().Count', '0\n'],
    ['$null.Count', '0\n'],
    ['(5).Count', '1\n'],
    ["1 -in 1,2,3", 'True\n'],
    ["@(1,2,3) -contains 4", 'False\n'],
  ];
  it.each(cases)('%s', (script, expected) => {
    expect(out(script)).toBe(expected);
  });

  it('sets $Matches from -match', () => {
    expect(out("if ('abc123' -match '(\\d+)') { $Matches[1] }")).toBe('123\n');
  });

  it('here-strings keep their text and expand variables', () => {
    const script = '$name = "World"\n$t = @"\nHello $name\n  line two\n"@\n$t\n$l = @\'\nno $name here\n\'@\n$l';
    expect(out(script)).toBe('Hello World\n  line two\nno $name here\n');
  });
});

describe('statements', () => {
  it('if / elseif / else', () => {
    expect(out("$a = 2\nif ($a -eq 1) { 'one' } elseif ($a -eq 2) { 'two' }\nelse { 'other' }")).toBe('two\n');
  });

  it('loops: foreach, for, while, do-until, break and continue', () => {
    expect(out('foreach ($i in 1..5) { if ($i -eq 2) { continue }; if ($i -eq 4) { break }; $i }')).toBe('1\n3\n');
    expect(out('for ($i = 0; $i -lt 3; $i++) { $i }')).toBe('0\n1\n2\n');
    expect(out('$n = 0; while ($n -lt 2) { $n++ }; $n')).toBe('2\n');
    expect(out('$n = 0; do { $n++ } until ($n -ge 3); $n')).toBe('3\n');
  });

  it('labelled loops: break and continue name the outer loop', () => {
    const script = ':outer foreach ($i in 1..3) { foreach ($j in 1..3) { if ($j -eq 2) { continue outer }; if ($i -eq 3) { break outer }; "$i$j" } }';
    expect(out(script)).toBe('11\n21\n');
  });

  it('switch with values, wildcard, regex, script blocks and default', () => {
    expect(out("switch (3) { 1 { 'one' } 3 { 'three' } default { 'other' } }")).toBe('three\n');
    expect(out("switch -wildcard ('abc') { 'a*' { 'starts with a' } '*z' { 'ends with z' } }")).toBe('starts with a\n');
    expect(out("switch -regex ('abc123') { '^\\d' { 'digit' } '\\d+$' { 'ends in digits' } }")).toBe('ends in digits\n');
    expect(out("switch (5) { { $_ -gt 3 } { 'big' } default { 'small' } }")).toBe('big\n');
    expect(out("switch ('q') { 'a' { 'A' } default { 'D' } }")).toBe('D\n');
    expect(out("switch (1, 2) { 1 { 'one' } 2 { 'two' } }")).toBe('one\ntwo\n');
  });

  it('functions with param blocks, defaults, switches, positional and named arguments', () => {
    const script = [
      'function Get-Greeting {',
      '  param([Parameter(Mandatory=$true, Position=0)][string]$Name, [int]$Times = 1, [switch]$Loud)',
      '  $text = "Hello $Name" * $Times',
      '  if ($Loud) { $text.ToUpper() } else { $text }',
      '}',
      'Get-Greeting World',
      'Get-Greeting -Name x -Times 2',
      'Get-Greeting -Loud -Name y',
    ].join('\n');
    expect(out(script)).toBe('Hello World\nHello xHello x\nHELLO Y\n');
  });

  it('simple functions receive extra arguments in $args', () => {
    expect(out('function f { $args.Count; $args[1] }; f a b c')).toBe('3\nb\n');
  });

  it('return writes its value and leaves the function', () => {
    expect(out("function f { 'a'; return 'b'; 'c' }; f")).toBe('a\nb\n');
  });

  it('pipeline functions with begin/process/end and ValueFromPipeline', () => {
    const script = [
      'function Add-One {',
      '  param([Parameter(ValueFromPipeline=$true)]$Value)',
      '  begin { $total = 0 }',
      '  process { $total += $Value; $Value + 1 }',
      '  end { "total $total" }',
      '}',
      '1, 2, 3 | Add-One',
    ].join('\n');
    expect(out(script)).toBe('2\n3\n4\ntotal 6\n');
  });

  it('filters process each pipeline object with $_', () => {
    expect(out('filter Double { $_ * 2 }; 1..3 | Double')).toBe('2\n4\n6\n');
  });

  it('try/catch/finally, catch by type, $_ in catch', () => {
    expect(out("try { throw 'boom' } catch { \"caught: $($_.Exception.Message)\" } finally { 'done' }")).toBe('caught: boom\ndone\n');
    expect(out("try { 1/0 } catch [System.DivideByZeroException] { 'div' } catch { 'other' }")).toBe('div\n');
    expect(out("try { [int]'abc' } catch [System.Management.Automation.RuntimeException] { 'rt' }")).toBe('rt\n');
  });

  it('trap handles an error and continues', () => {
    expect(out("trap { 'trapped'; continue }\nthrow 'x'\n'after'")).toBe('trapped\nafter\n');
  });

  it('script blocks: invoke with & and .Invoke(), param and $args', () => {
    expect(out('$sb = { param($a, $b) $a + $b }; & $sb 2 3; $sb.Invoke(4, 5)')).toBe('5\n9\n');
    expect(out('& { "args: $args" } x y')).toBe('args: x y\n');
  });

  it('splatting a hashtable and an array', () => {
    const script = "function f { param($A, $B) \"$A-$B\" }\n$p = @{ A = 1; B = 2 }\nf @p\n$arr = 'x', 'y'\nf @arr";
    expect(out(script)).toBe('1-2\nx-y\n');
  });

  it('scopes: $global: and $script: and function-local variables', () => {
    expect(out('$x = 1; function f { $x = 2; $global:y = 3 }; f; $x; $y')).toBe('1\n3\n');
  });

  it('pipeline chains && and ||', () => {
    expect(out("Write-Output a && Write-Output b")).toBe('a\nb\n');
    const r = run("Write-Error 'failed' 2>$null || Write-Output fallback");
    expect(r.stdout).toBe('fallback\n');
    expect(out("Write-Output ok || Write-Output never")).toBe('ok\n');
  });

  it('$env: reads and writes the environment', () => {
    expect(out('$env:AWSPS_TEST_VAR = "v1"; $env:AWSPS_TEST_VAR')).toBe('v1\n');
  });

  it('member enumeration over an array of objects', () => {
    expect(out("$o = [pscustomobject]@{ Name = 'a' }, [pscustomobject]@{ Name = 'b' }; $o.Name")).toBe('a\nb\n');
  });

  it('line continuation with backtick and after a pipe', () => {
    expect(out('Write-Output `\n  hello')).toBe('hello\n');
    expect(out('1..3 |\n  ForEach-Object { $_ * 10 }')).toBe('10\n20\n30\n');
  });
});

describe('errors', () => {
  it('an unknown command is a PowerShell error on stderr, and the script goes on', () => {
    const r = run("Get-Foo\n'after'");
    expect(r.stdout).toBe('after\n');
    expect(r.stderr).toContain("The term 'Get-Foo' is not recognized as a name of a cmdlet, function, script file, or executable program.");
    expect(r.stderr).not.toMatch(/at .*\.js:\d+/);
  });

  it('an unknown command as the last statement gives exit code 1', () => {
    expect(run('Get-Foo').code).toBe(1);
  });

  it('throw ends the script with exit code 1', () => {
    const r = runFile("'before'\nthrow 'stop here'\n'never'");
    expect(r.stdout).toBe('before\n');
    expect(r.stderr).toContain('stop here');
    expect(r.code).toBe(1);
  });

  it('exit N sets the exit code', () => {
    expect(runFile("'x'\nexit 7\n'y'").code).toBe(7);
    expect(run('exit 3').code).toBe(3);
  });

  it('binding errors use PowerShell wording', () => {
    const f = 'function f { [CmdletBinding()] param([int]$Count) $Count }\n';
    expect(run(f + 'f -Count abc').stderr).toContain('Cannot bind parameter \'Count\'. Cannot convert value "abc" to type "System.Int32".');
    expect(run(f + 'f -Bogus 1').stderr).toContain("A parameter cannot be found that matches parameter name 'Bogus'.");
    expect(run(f + 'f -Count').stderr).toContain("Missing an argument for parameter 'Count'.");
    const m = 'function g { param([Parameter(Mandatory)][string]$Name) $Name }\ng';
    expect(run(m).stderr).toContain('Cannot process command because of one or more missing mandatory parameters: Name.');
  });

  it('a syntax error reports where it is', () => {
    const r = run('if ($x -eq 1 { }');
    expect(r.code).toBe(1);
    expect(r.stderr.length).toBeGreaterThan(0);
    expect(r.stderr).not.toMatch(/at .*\.js:\d+/);
  });

  it('-ErrorAction Stop makes a non-terminating error catchable', () => {
    const script = "try { Write-Error 'bad thing' -ErrorAction Stop; 'not here' } catch { \"caught $($_.Exception.Message)\" }";
    expect(out(script)).toBe('caught bad thing\n');
  });

  it('-ErrorAction SilentlyContinue hides the error but records it in $Error', () => {
    expect(out("Write-Error 'quiet' -ErrorAction SilentlyContinue; $Error[0].Exception.Message")).toBe('quiet\n');
  });

  it('2>$null discards errors and 2>&1 merges them into the output', () => {
    expect(run("Write-Error 'gone' 2>$null; 'ok'").stderr).toBe('');
    expect(out("$r = Write-Error 'merged' 2>&1; $r.Exception.Message")).toBe('merged\n');
  });

  it('constants cannot be assigned', () => {
    const r = run('function f { $true = 5 }; f; $true; $null = 3; $null -eq $null');
    expect(r.stdout).toBe('True\nTrue\n');
    expect(r.stderr).toContain('Cannot overwrite variable true because it is read-only or constant.');
  });

  it('warnings go to stderr with the WARNING: prefix', () => {
    const r = run("Write-Warning 'careful'");
    expect(r.stderr).toBe('WARNING: careful\n');
    expect(r.stdout).toBe('');
  });
});

describe('scripts', () => {
  it('param() of a script binds named and positional arguments, the rest in $args', () => {
    const r = runFile('param([string]$Name, [int]$Count = 1)\n"$Name $Count"', ['-Name', 'x', '-Count', '3']);
    expect(r.stdout).toBe('x 3\n');
    const p = runFile('param($First)\n"$First"', ['one']);
    expect(p.stdout).toBe('one\n');
  });

  it('$PSScriptRoot and $PSCommandPath point at the script', () => {
    const r = runFile('$PSScriptRoot\n$PSCommandPath');
    expect(r.stdout).toBe(`${r.dir}\n${r.file}\n`);
  });

  it('dot-sourcing keeps functions and variables', () => {
    const lib = runFile('function Get-Lib { "from lib" }\n$libVar = 42', [], 'lib.ps1');
    const main = `. '${lib.file}'\nGet-Lib\n$libVar`;
    expect(out(main)).toBe('from lib\n42\n');
  });

  it('native commands read pipeline input on stdin and run by a quoted path with &', () => {
    expect(out("'abc', 'def' | tr a-z A-Z")).toBe('ABC\nDEF\n');
    const r = runFile("'x'", [], 'with space.ps1');
    expect(out(`& '${r.dir}/with space.ps1'`)).toBe('x\n');
    expect(out("& 'sh' -c 'echo via call operator'")).toBe('via call operator\n');
  });

  it('native commands stream their output lines and set $LASTEXITCODE', () => {
    expect(out("$lines = echo 'a b'; sh -c 'exit 4'; $LASTEXITCODE")).toBe('4\n');
    expect(out("sh -c 'printf \"x\\ny\\n\"' | ForEach-Object { \"<$_>\" }")).toBe('<x>\n<y>\n');
  });
});
