// Classes and enums in scripts run by the real CLI.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runFile } from '../../helpers/cli.js';

function script(name: string): string {
  return fs.readFileSync(path.join(__dirname, 'scripts', name), 'utf8');
}

describe('classes and enums through the CLI', () => {
  it('runs a script with an enum and record classes defined after their use', () => {
    const r = runFile(script('inventory.ps1'), ['-Tier', 'StandardIA']);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(
      [
        'inv/logs/a.txt: 2.0 KB [Standard]',
        'inv/img/b.png: 4.0 KB [Glacier]',
        'inv/c.csv: 0.5 KB [StandardIA]',
        'logs/a.txt',
        '',
        'Key        Size      Class',
        '---        ----      -----',
        'c.csv       512 StandardIA',
        'logs/a.txt 2048   Standard',
        'img/b.png  4096    Glacier',
        '',
        '6656',
        'cold',
        '',
      ].join('\n'),
    );
    expect(r.code).toBe(0);
  });

  it('reports a method that does not return on every path as a parse error, running nothing', () => {
    const r = runFile(script('bad-method.ps1'));
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('Not all code path returns value within method.');
    expect(r.stderr).toContain('ParserError');
    expect(r.code).not.toBe(0);
  });

  it("binds the script's own parameters typed with its enum (its enums exist before binding)", () => {
    const text = 'param([Color]$Pick = "Red")\nenum Color { Red; Green }\n"$Pick $($Pick.GetType().Name)"\n';
    expect(runFile(text, ['-Pick', 'Green']).stdout).toBe('Green Color\n');
    expect(runFile(text).stdout).toBe('Red Color\n');
    const bad = runFile(text, ['-Pick', 'Blue']);
    expect(bad.stderr).toContain('Unable to match the identifier name Blue to a valid enumerator name.');
  });
});
