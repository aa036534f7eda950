// [ref] end to end through the real CLI: a script parses input with TryParse and returns results through a
// [ref] parameter, as scripts commonly do.

import { describe, expect, it } from 'vitest';
import { runFile } from '../helpers/cli.js';

describe('[ref] in a script run by the CLI', () => {
  it('passes out parameters and [ref] parameters back to the caller', () => {
    const r = runFile(
      [
        "$Values = '1', 'x', '3', '4.5'",
        'function Split-Numbers { param([string[]]$Text, [ref]$Bad)',
        '  $Bad.Value = @()',
        '  foreach ($t in $Text) { $n = 0; if ([int]::TryParse($t, [ref]$n)) { $n } else { $Bad.Value += $t } }',
        '}',
        '$bad = $null',
        '$good = Split-Numbers -Text $Values -Bad ([ref]$bad)',
        '"good: $($good -join \',\')"',
        '"bad: $($bad -join \',\')"',
        '[ref]$missing',
      ].join('\n'),
    );
    expect(r.stdout).toBe('good: 1,3\nbad: x,4.5\n');
    expect(r.stderr).toContain('[ref] cannot be applied to a variable that does not exist.');
  });
});
