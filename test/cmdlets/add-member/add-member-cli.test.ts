// Add-Member through the real CLI: a script file that builds an object with a note, a script property and a
// script method, uses them from a function, and shows the object and its members as pwsh prints them.

import { describe, expect, it } from 'vitest';
import { runFile } from '../../helpers/cli.js';

describe('Add-Member (CLI)', () => {
  it('a script builds, uses and shows an object with added members', () => {
    const r = runFile(
      [
        'function New-Counter([int]$start) {',
        '  $c = [pscustomobject]@{ Value = $start }',
        '  $c | Add-Member -MemberType ScriptMethod -Name Increment -Value { param($by = 1) $this.Value += $by }',
        '  $c | Add-Member -MemberType ScriptProperty -Name Double -Value { $this.Value * 2 }',
        '  $c | Add-Member -NotePropertyName Label -NotePropertyValue "counter" -TypeName Demo.Counter -PassThru',
        '}',
        '$c = New-Counter 5',
        '$c.Increment(); $c.Increment(3)',
        '$c',
        '$c | Get-Member -MemberType ScriptMethod, ScriptProperty | Out-String',
        '$c | Add-Member Label x',
        '"after"',
      ].join('\n'),
    );
    expect(r.stdout).toBe(
      [
        '',
        'Value Double Label',
        '----- ------ -----',
        '    9     18 counter',
        '',
        '   TypeName: Demo.Counter',
        '',
        'Name      MemberType     Definition',
        '----      ----------     ----------',
        'Increment ScriptMethod   System.Object Increment();',
        'Double    ScriptProperty System.Object Double {get= $this.Value * 2 ;}',
        '',
        '',
        '',
        'after',
        '',
      ].join('\n'),
    );
    // A script's error shows pwsh's script view: the command, the file and line, then the wrapped message.
    expect(r.stderr).toContain(`Add-Member: ${r.file}:11\nLine |\n  11 |  $c | Add-Member Label x\n`);
    expect(r.stderr.replace(/\n\s+\|\s/g, ' ')).toContain(
      'Cannot add a member with the name "Label" because a member with that name already exists. To overwrite the member anyway, add the Force parameter to your command.',
    );
    expect(r.code).toBe(0);
  });
});
