// Scripts that begin with Set-StrictMode -Version Latest (as many real ones do) run through the real CLI: the
// setting applies to the script, its errors print as pwsh's, and it ends with the script (unless dot-sourced).

import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { awsps, runFile } from '../helpers/cli.js';

const SCRIPT = [
  'Set-StrictMode -Version Latest',
  '$ErrorActionPreference = "Stop"',
  'function Get-Total([int[]]$Numbers) {',
  '  $sum = 0',
  '  foreach ($n in $Numbers) { $sum += $n }',
  '  $sum',
  '}',
  '$items = @([pscustomobject]@{ Name = "a"; Size = 2 }, [pscustomobject]@{ Name = "b"; Size = 3 })',
  '"total: $(Get-Total -Numbers $items.Size)"',
  '"names: $($items.Name -join ",")"',
  '"first: $($items[0].Name)"',
  'try { $items[5] } catch { "index: $($_.Exception.Message)" }',
  'try { $items[0].Colour } catch { "property: $($_.FullyQualifiedErrorId)" }',
  'try { "$undefinedThing" } catch { "variable: $($_.Exception.Message)" }',
  // The version check scripts commonly make: PSVersion is a [version], not a string.
  'if ($PSVersionTable.PSVersion.Major -ge 7 -and $PSVersionTable.PSVersion -ge [version]"7.0") { "pwsh 7" }',
  '"done"',
].join('\n');

describe('a script that starts with Set-StrictMode -Version Latest', () => {
  it('runs, and its mistakes are the errors pwsh raises', () => {
    const r = runFile(SCRIPT);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(
      [
        'total: 5',
        'names: a,b',
        'first: a',
        'index: Index was outside the bounds of the array.',
        'property: PropertyNotFoundStrict',
        "variable: The variable '$undefinedThing' cannot be retrieved because it has not been set.",
        'pwsh 7',
        'done',
        '',
      ].join('\n'),
    );
    expect(r.code).toBe(0);
  });

  it('an uncaught strict-mode error is shown with its position and ends only its statement', () => {
    const r = runFile(['Set-StrictMode -Version Latest', '"before"', '$config.Region', '"after"'].join('\n'));
    expect(r.stdout).toBe('before\nafter\n');
    expect(r.stderr).toMatch(/^InvalidOperation: .*script\.ps1:3\n/);
    expect(r.stderr).toContain('   3 |  $config.Region\n     |  ~~~~~~~\n');
    expect(r.stderr).toContain("The variable '$config' cannot be retrieved because it has not been set.");
  });

  it('with $ErrorActionPreference = "Stop" the error ends the script with exit code 1', () => {
    const r = runFile(['Set-StrictMode -Version Latest', '$ErrorActionPreference = "Stop"', '"before"', '$config.Region', '"after"'].join('\n'));
    expect(r.stdout).toBe('before\n');
    expect(r.stderr).toContain("The variable '$config' cannot be retrieved because it has not been set.");
    expect(r.code).toBe(1);
  });

  it("the script's setting ends with it, unless it is dot-sourced", () => {
    const first = runFile('Set-StrictMode -Version Latest\n"in script"\n', [], 'strict.ps1');
    expect(first.stdout).toBe('in script\n');
    const file = first.file;
    const called = awsps(['-NoProfile', '-NonInteractive', '-Command', `& '${file}'; "after call: [$notSet]"`], { cwd: first.dir });
    expect(called.stderr).toBe('');
    expect(called.stdout).toBe('in script\nafter call: []\n');
    const dotted = awsps(['-NoProfile', '-NonInteractive', '-Command', `. '${file}'; try { $notSet } catch { "after dot-source: $($_.FullyQualifiedErrorId)" }`], { cwd: first.dir });
    expect(dotted.stdout).toBe('in script\nafter dot-source: VariableIsUndefined\n');
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  });
});
