// Where one command argument ends and the next begins when nothing separates them. pwsh's tokenizer ends a
// bare word at `(`, `)`, `{` and `}` (ForceStartNewToken), and an argument that is a (...), $(...), @(...) or
// script block ends at its closing bracket: `New-Object T(1)` passes T and 1, `(1)abc` passes 1 and abc.
// Everything else written without a space stays one argument: $dir/file.txt, a$(2), a"$b", "a"b.

import { describe, expect, it } from 'vitest';
import { parseScript } from '../../grammar/parser.js';
import type { Expression } from '../../grammar/ast.js';
import { createTestEngine } from '../helpers/engine.js';

/** The argument expressions of the first command. */
function commandArguments(text: string): Expression[] {
  const s = parseScript(text).end?.statements[0];
  if (!s || s.kind !== 'Pipeline' || s.elements[0].kind !== 'Command') throw new Error('not a command');
  return s.elements[0].elements.flatMap((e) => (e.kind === 'Argument' ? [e.value] : []));
}

function kinds(text: string): string[] {
  return commandArguments(text).map((a) => a.kind);
}

describe('command argument boundaries', () => {
  it('ends a bare word at an opening parenthesis: the expression is the next argument', () => {
    expect(kinds('New-Object System.Text.StringBuilder("x")')).toEqual(['Constant', 'Paren']);
    expect(kinds("New-Object System.Management.Automation.PSCredential('user', $pw)")).toEqual(['Constant', 'Paren']);
    expect(kinds('Write-Output abc(1)')).toEqual(['Constant', 'Paren']);
  });

  it('starts a new argument after a closing bracket', () => {
    expect(kinds('Write-Output (1)abc')).toEqual(['Paren', 'Constant']);
    expect(kinds('Write-Output $(1)abc').length).toBe(2);
    expect(kinds('Write-Output {x}abc').length).toBe(2);
    expect(kinds('Write-Output abc{x}').length).toBe(2);
    expect(kinds('Write-Output "a"(1)').length).toBe(2);
    expect(kinds('Write-Output $a(1)').length).toBe(2);
  });

  it('keeps adjacent pieces without brackets in one argument', () => {
    expect(kinds('Write-Output $dir/file.txt')).toEqual(['CompoundArg']);
    expect(kinds('Write-Output a$(2)')).toEqual(['CompoundArg']);
    expect(kinds('Write-Output a"$b"')).toEqual(['CompoundArg']);
    expect(kinds('Write-Output "a"b')).toEqual(['CompoundArg']);
  });

  it('still parses member access and method calls on a variable argument', () => {
    expect(kinds('Write-Output $a.Length')).toEqual(['Member']);
    expect(kinds('Write-Output $a.Substring(1)')).toEqual(['InvokeMember']);
  });

  it('runs as pwsh does', async () => {
    const r = await createTestEngine().run(
      [
        'Write-Output abc(1)',
        'Write-Output (2)def',
        'Write-Output $(3)ghi',
        'Write-Output x$(4)',
        'Write-Output a@(5)',
        '$pw = ConvertTo-SecureString p -AsPlainText -Force',
        "(New-Object System.Management.Automation.PSCredential('user', $pw)).UserName",
        // Types New-Object has no factory for are constructed as [T]::new(...) constructs them.
        '(New-Object System.Text.StringBuilder("sb")).ToString()',
      ].join('\n'),
    );
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('abc\n1\n2\ndef\n3\nghi\nx4\na@\n5\nuser\nsb\n');
  });
});
