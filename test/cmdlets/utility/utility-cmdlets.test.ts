// The small utility cmdlets: Join-String, Get-Unique, New-Guid, Get-FileHash, ConvertFrom-StringData, Test-Json,
// Get-/Set-ExecutionPolicy, Get-Host, New-TemporaryFile; and $OFS in expandable strings and [string] casts.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEngine } from '../../helpers/engine.js';

let dir = '';
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'awsps-utility-'));
  fs.writeFileSync(path.join(dir, 'hello.txt'), 'hello');
  fs.writeFileSync(path.join(dir, 'world.txt'), 'world');
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const run = (script: string) => createTestEngine().run(script);

describe('Join-String', () => {
  it('joins input as pwsh does: no separator by default, $OFS when set, prefix/suffix, quotes, format strings', async () => {
    const r = await run(
      '1..3 | Join-String; 1..3 | Join-String -Separator ", " -OutputPrefix "[" -OutputSuffix "]"; "a","b" | Join-String -SingleQuote -Separator ","; ' +
        '"a","b" | Join-String -DoubleQuote -Separator " "; 1.5,2 | Join-String -FormatString "{0:N2}" -Separator "|"; $OFS = "-"; 1..3 | Join-String',
    );
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('123\n[1, 2, 3]\n\'a\',\'b\'\n"a" "b"\n1.50|2.00\n1-2-3\n');
  });

  it('joins a property or a script block value of each object', async () => {
    const r = await run('$o = [pscustomobject]@{ n = 1 }, [pscustomobject]@{ n = 2 }; $o | Join-String n -Separator ","; $o | Join-String { $_.n * 10 } -Separator +');
    expect(r.stdout).toBe('1,2\n10+20\n');
  });
});

describe('$OFS', () => {
  it('joins a collection in an expandable string and a [string] cast; a space when unset', async () => {
    const r = await run('$a = 1, 2; "$a"; $OFS = ","; "$a"; [string]$a; "x$($a)y"; Remove-Variable OFS; "$a"; Test-Path variable:OFS');
    expect(r.stdout).toBe('1 2\n1,2\n1,2\nx1,2y\n1 2\nFalse\n');
  });
});

describe('Get-Unique', () => {
  it('drops adjacent duplicates, case-sensitively unless -CaseInsensitive, by type with -OnType', async () => {
    const r = await run('(1,1,2,2,2,3,1 | Get-Unique) -join ","; ("a","A","b" | Get-Unique -AsString) -join ","; ("a","A","b" | Get-Unique -AsString -CaseInsensitive) -join ","; (1,2,"x","y",3 | Get-Unique -OnType) -join ","');
    expect(r.stdout).toBe('1,2,3,1\na,A,b\na,b\n1,x,3\n');
  });
});

describe('New-Guid', () => {
  it('gives a new [guid] each time, the empty one with -Empty', async () => {
    const r = await run('$a = New-Guid; $b = New-Guid; $a.GetType().FullName; $a -ne $b; $a.ToString() -match "^[0-9a-f]{8}-([0-9a-f]{4}-){3}[0-9a-f]{12}$"; New-Guid -Empty');
    expect(r.stdout).toBe('System.Guid\nTrue\nTrue\n00000000-0000-0000-0000-000000000000\n');
  });
});

describe('Get-FileHash', () => {
  it('hashes every file a wildcard path names, SHA256 by default, upper-case hex', async () => {
    const sha = (s: string, a = 'sha256') => createHash(a).update(s).digest('hex').toUpperCase();
    const r = await run(`Get-FileHash '${dir}/*.txt' | ForEach-Object { "$($_.Algorithm) $($_.Hash) $(Split-Path $_.Path -Leaf)" }; (Get-FileHash -LiteralPath '${dir}/hello.txt' -Algorithm MD5).Hash; (Get-FileHash '${dir}/hello.txt').GetType().FullName`);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(`SHA256 ${sha('hello')} hello.txt\nSHA256 ${sha('world')} world.txt\n${sha('hello', 'md5')}\nMicrosoft.PowerShell.Commands.FileHashInfo\n`);
  });

  it('reports a missing file and refuses -InputStream clearly', async () => {
    const r = await run(`Get-FileHash '${dir}/none.txt'; Get-FileHash -InputStream 1`);
    expect(r.stderr).toContain(`Cannot find path '${dir}/none.txt' because it does not exist.`);
    expect(r.stderr).toContain('Get-FileHash -InputStream is not supported by awsps');
  });
});

describe('ConvertFrom-StringData', () => {
  it('reads name=value lines into a hashtable, skipping comments and unescaping values', async () => {
    const r = await run('$d = ConvertFrom-StringData "a = 1`nb=two\\tx`n# comment`n`nc = C"; $d.GetType().Name; $d.a; $d.b; $d.Count; (ConvertFrom-StringData "k:v" -Delimiter ":").k');
    expect(r.stdout).toBe('Hashtable\n1\ntwo\tx\n3\nv\n');
  });

  it('refuses a line without a delimiter and a repeated name with pwsh\'s messages', async () => {
    const r = await run('try { ConvertFrom-StringData "novalue" } catch { $_.Exception.Message }; try { ConvertFrom-StringData "a=1`na=2" } catch { $_.Exception.Message }');
    expect(r.stdout).toBe("Data line 'novalue' is not in 'name=value' format.\nData item 'a' in line 'a=2' is already defined.\n");
  });
});

describe('Test-Json', () => {
  it('is True for JSON and False (with pwsh\'s error) otherwise; comments and trailing commas only with -Options', async () => {
    const r = await run('Test-Json \'{"a":1}\'; Test-Json \'{bad\' -ErrorAction SilentlyContinue; $Error[0].Exception.Message; Test-Json \'{"a":1,}\' -Options AllowTrailingCommas; Test-Json \'{"a":1 /* c */}\' -Options IgnoreComments');
    expect(r.stdout).toBe('True\nFalse\nCannot parse the JSON.\nTrue\nTrue\n');
  });

  it('refuses schema validation by name', async () => {
    const r = await run('Test-Json \'{}\' -Schema \'{}\'');
    expect(r.stderr).toContain('Test-Json -Schema and -SchemaFile are not supported by awsps');
  });
});

describe('execution policy and host', () => {
  it('Get-ExecutionPolicy is Unrestricted off Windows; Set-ExecutionPolicy is not supported there, as in pwsh', async () => {
    const r = await run('Get-ExecutionPolicy; (Get-ExecutionPolicy -List | Where-Object Scope -eq LocalMachine).ExecutionPolicy; Set-ExecutionPolicy Bypass -Scope Process -Force');
    expect(r.stdout).toBe('Unrestricted\nUnrestricted\n');
    expect(r.stderr).toBe('Set-ExecutionPolicy: Operation is not supported on this platform.\n');
  });

  it('Get-Host is $Host', async () => {
    const r = await run('(Get-Host) -eq $Host; (Get-Host).Name');
    expect(r.stdout).toMatch(/^True\n\S+\n$/);
  });
});

describe('New-TemporaryFile', () => {
  it('creates an empty, private tmp*.tmp file in the temporary folder and writes its FileInfo', async () => {
    const r = await run('$t = New-TemporaryFile; $t.GetType().FullName; $t.Length; $t.FullName');
    expect(r.stderr).toBe('');
    const [type, length, full] = r.stdout.trim().split('\n');
    expect(type).toBe('System.IO.FileInfo');
    expect(length).toBe('0');
    expect(path.dirname(full!)).toBe(os.tmpdir());
    expect(path.basename(full!)).toMatch(/^tmp[0-9A-F]{6}\.tmp$/);
    expect(fs.statSync(full!).mode & 0o777).toBe(0o600);
    fs.rmSync(full!);
  });
});
