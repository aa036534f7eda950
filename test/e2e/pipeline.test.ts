// The pipeline end to end: streaming, early stop, binding by value and by property name, core cmdlets
// and the console formatting a user sees.

import { describe, expect, it } from 'vitest';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { awsps, run } from '../helpers/cli.js';

function out(script: string): string {
  const r = run(script);
  if (r.stderr) throw new Error(`unexpected stderr for ${script}:\n${r.stderr}`);
  return r.stdout;
}

describe('streaming and early stop', () => {
  it('Select-Object -First stops the upstream command: it does no further work', () => {
    const script = [
      '$global:produced = 0',
      'function Get-Numbers { foreach ($i in 1..100000) { $global:produced++; $i } }',
      'Get-Numbers | Select-Object -First 3',
      '"produced $global:produced"',
    ].join('\n');
    expect(out(script)).toBe('1\n2\n3\nproduced 3\n');
  });

  it('objects reach the next command one at a time', () => {
    const script = [
      'function Trace { process { Write-Host "saw $_"; $_ } }',
      '1..3 | Trace | ForEach-Object { "got $_" }',
    ].join('\n');
    expect(out(script)).toBe('saw 1\ngot 1\nsaw 2\ngot 2\nsaw 3\ngot 3\n');
  });

  it('a million objects flow through Where-Object and Measure-Object', () => {
    expect(out('(1..1000000 | Where-Object { $_ % 3 -eq 0 } | Measure-Object).Count')).toBe('333333\n');
  });
});

describe('binding', () => {
  it('binds pipeline input by property name', () => {
    const script = [
      'function Show-Item { param([Parameter(ValueFromPipelineByPropertyName)]$BucketName, [Parameter(ValueFromPipelineByPropertyName)]$Key) process { "$BucketName/$Key" } }',
      "[pscustomobject]@{ BucketName = 'b1'; Key = 'k1' }, [pscustomobject]@{ BucketName = 'b2'; Key = 'k2' } | Show-Item",
    ].join('\n');
    expect(out(script)).toBe('b1/k1\nb2/k2\n');
  });

  it('accepts unambiguous parameter prefixes and reports ambiguous ones', () => {
    expect(out('1..10 | Select-Object -Fir 2')).toBe('1\n2\n');
    const r = run('function f { param($Name, $Number) $Name }; f -N 1');
    expect(r.stderr).toContain("Parameter cannot be processed because the parameter name 'N' is ambiguous. Possible matches include: -Name -Number.");
  });

  it('switches take -Switch:$false', () => {
    expect(out('function f { param([switch]$On) "$On" }; f -On:$false; f -On')).toBe('False\nTrue\n');
  });
});

describe('core cmdlets', () => {
  it('Where-Object in its simplified form', () => {
    const script = "$items = [pscustomobject]@{ Name = 'a'; Size = 5 }, [pscustomobject]@{ Name = 'b'; Size = 50 }\n($items | Where-Object Size -gt 10).Name";
    expect(out(script)).toBe('b\n');
  });

  it('Sort-Object, Select-Object -Last and -ExpandProperty', () => {
    expect(out('3, 1, 2 | Sort-Object')).toBe('1\n2\n3\n');
    expect(out('3, 1, 2 | Sort-Object -Descending | Select-Object -Last 1')).toBe('1\n');
    expect(out("[pscustomobject]@{ Name = 'x' } | Select-Object -ExpandProperty Name")).toBe('x\n');
  });

  it('Measure-Object with -Sum -Average -Maximum', () => {
    expect(out('$m = 1..4 | Measure-Object -Sum -Average -Maximum; "$($m.Count) $($m.Sum) $($m.Average) $($m.Maximum)"')).toBe('4 10 2.5 4\n');
  });

  it('Group-Object counts', () => {
    expect(out("('a', 'b', 'a' | Group-Object | Sort-Object Name | ForEach-Object { \"$($_.Name)=$($_.Count)\" }) -join ','")).toBe('a=2,b=1\n');
  });

  it('ConvertTo-Json and ConvertFrom-Json round-trip', () => {
    expect(out("@{ a = 1 } | ConvertTo-Json -Compress")).toBe('{"a":1}\n');
    expect(out("('{\"n\": [1, 2]}' | ConvertFrom-Json).n[1]")).toBe('2\n');
  });

  it('files: Set-Content, Get-Content, Test-Path, Remove-Item, Out-File', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'awsps-e2e-'));
    const file = path.join(dir, 'a.txt');
    const script = [
      `Set-Content -Path '${file}' -Value 'one', 'two'`,
      `Get-Content '${file}' | ForEach-Object { "line: $_" }`,
      `Test-Path '${file}'`,
      `'three' | Out-File -FilePath '${file}' -Append`,
      `(Get-Content '${file}').Count`,
      `Remove-Item '${file}'`,
      `Test-Path '${file}'`,
    ].join('\n');
    expect(out(script)).toBe('line: one\nline: two\nTrue\n3\nFalse\n');
  });

  it('a missing file is a non-terminating error with pwsh wording', () => {
    const r = run("Get-Content /nonexistent/file.txt; 'after'");
    expect(r.stdout).toBe('after\n');
    expect(r.stderr).toContain("Cannot find path '/nonexistent/file.txt' because it does not exist.");
  });
});

describe('formatting', () => {
  it('objects with up to four properties print as a table', () => {
    expect(out("[pscustomobject]@{ Name = 'a'; Size = 1 }, [pscustomobject]@{ Name = 'bb'; Size = 22 }")).toBe(
      '\nName Size\n---- ----\na       1\nbb     22\n\n',
    );
  });

  it('objects with five or more properties print as a list', () => {
    expect(out('[pscustomobject]@{ A = 1; B = 2; C = 3; D = 4; E = 5 }')).toBe('\nA : 1\nB : 2\nC : 3\nD : 4\nE : 5\n\n');
  });

  it('Format-List and Format-Table with property lists', () => {
    expect(out("[pscustomobject]@{ Name = 'a'; Size = 1 } | Format-List Name")).toBe('\nName : a\n\n');
    expect(out("[pscustomobject]@{ Name = 'a'; Size = 1 } | Format-Table Size")).toBe('\nSize\n----\n   1\n\n');
  });

  it('-Command text is one pipeline to Out-Default, as in pwsh: a second shape joins the first table (as an empty row)', () => {
    expect(out("[pscustomobject]@{ A = 1 }; [pscustomobject]@{ B = 2 }")).toBe('\nA\n-\n1\n \n\n');
  });

  it('commands piped in on standard input are formatted line by line, as pwsh runs them', () => {
    const r = awsps(['-NoProfile'], { input: '[pscustomobject]@{ A = 1 }\n[pscustomobject]@{ B = 2 }\n' });
    expect(r.stdout).toBe('\nA\n-\n1\n\n\nB\n-\n2\n\n');
  });

  it('collections inside a property print as {a, b, c}', () => {
    expect(out("[pscustomobject]@{ Name = 'x'; Tags = @('a', 'b', 'c') }")).toBe('\nName Tags\n---- ----\nx    {a, b, c}\n\n');
  });
});
