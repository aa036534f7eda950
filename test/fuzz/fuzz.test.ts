// Thousands of generated and mutated inputs: the shell may reject them, but only with PowerShell-style
// errors, never with a JavaScript exception, stack trace or internal message.

import { describe, expect, it } from 'vitest';
import { parseScript } from '../../grammar/parser.js';
import { ParseError } from '../../grammar/errors.js';
import { createTestEngine } from '../helpers/engine.js';

/** A small deterministic random generator, so a failure can be reproduced from its seed. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const CORPUS = [
  '$x = 1 + 2 * 3',
  "'a,b' -split ',' | ForEach-Object { $_.ToUpper() }",
  'if ($a -eq 1) { "one" } elseif ($a) { 2 } else { @() }',
  'function f { param([int]$n = 2, [switch]$s) $n * 2 }; f -n 3',
  '$h = @{ a = 1; b = @(1, 2); c = @{ d = $null } }; $h.c.d',
  '1..5 | Where-Object { $_ % 2 } | Measure-Object -Sum',
  'try { throw "x" } catch [System.Exception] { $_.Exception.Message } finally { }',
  'switch -regex ("abc") { "^a" { 1 } default { 2 } }',
  '$s = "text $(1 + 1) and ${x}"; $s.Substring(1, 2)',
  '[int]"42" + [double]"1.5" - [math]::Round(2.5)',
  '$a = [pscustomobject]@{ Name = "n"; Size = 3 }; $a | Select-Object Name',
  '@"\nhere $x\n"@',
  'foreach ($i in 1..3) { if ($i -gt 1) { break } }',
  '$list = @(); $list += 1; $list.Count',
  "'{0,5:N1}' -f 3.14159",
  '& { param($a) $a } 5',
  '$null -eq $x -and (1, 2 -contains 2)',
  'Get-Date -Year 2020 | Out-Null',
];

const PIECES = [
  '$', '(', ')', '{', '}', '[', ']', '@(', '@{', '$(', '"', "'", '`', '|', ';', ',', '.', '::', '..', '=', '+=', '-',
  '-eq', '-not', '-f', '-split', '[int]', '[pscustomobject]', '$_', '$null', '1', '0x', '1e', "'x'", '"$x"', 'Get-Date',
  'ForEach-Object', '-Name', 'param(', 'function f', 'if', 'else', 'switch', 'try', 'catch', 'throw', '@"', '\n', ' ', '#',
  '<#', '2>&1', '>', '&', '&&', '||', '!', '++', '--', '%', '?',
];

function mutate(text: string, r: () => number): string {
  let s = text;
  const edits = 1 + Math.floor(r() * 4);
  for (let i = 0; i < edits; i++) {
    const at = Math.floor(r() * (s.length + 1));
    const op = r();
    if (op < 0.4) s = s.slice(0, at) + PIECES[Math.floor(r() * PIECES.length)] + s.slice(at);
    else if (op < 0.7) s = s.slice(0, at) + s.slice(at + 1 + Math.floor(r() * 3));
    else {
      const other = CORPUS[Math.floor(r() * CORPUS.length)];
      const from = Math.floor(r() * other.length);
      s = s.slice(0, at) + other.slice(from, from + 1 + Math.floor(r() * 12)) + s.slice(at);
    }
  }
  return s;
}

const INTERNAL = /Cannot read propert|is not a function|is not iterable|is not defined|undefined \(reading|Maximum call stack|\n\s+at .*:\d+:\d+|TypeError|ReferenceError|RangeError|SyntaxError: /;

describe('fuzzing', () => {
  it('the parser rejects 20,000 mutated inputs only with ParseErrors', () => {
    const r = rng(12345);
    for (let i = 0; i < 20000; i++) {
      const input = mutate(CORPUS[i % CORPUS.length], r);
      try {
        parseScript(input);
      } catch (e) {
        if (!(e instanceof ParseError)) throw new Error(`input ${JSON.stringify(input)} threw ${String(e)}`);
        expect(e.message).not.toMatch(INTERNAL);
        expect(e.position.line).toBeGreaterThan(0);
      }
    }
  });

  it('the engine runs 3,000 generated programs without internal errors', async () => {
    const { run } = createTestEngine();
    const r = rng(777);
    const atoms = ['1', '2.5', "'s'", '"a$x"', '$null', '$true', '@(1,2)', '@{a=1}', '[int]3', '(1..3)', "'x','y'", '$x', '$h', '[pscustomobject]@{p=1}', '(Get-Date)', '[math]::PI', "'5'"];
    const binops = ['+', '-', '*', '/', '%', '-eq', '-ne', '-gt', '-lt', '-like', '-match', '-replace', '-split', '-join', '-contains', '-in', '-and', '-or', '-band', '-f', '..', '-is', '-as'];
    const postfix = ['.Count', '.Length', '[0]', '[-1]', '.ToString()', '.GetType().Name', '.Name', '.Foo()', '.Keys'];
    const gen = (depth: number): string => {
      const k = r();
      if (depth > 2 || k < 0.3) return atoms[Math.floor(r() * atoms.length)] + (r() < 0.3 ? postfix[Math.floor(r() * postfix.length)] : '');
      if (k < 0.8) return `(${gen(depth + 1)} ${binops[Math.floor(r() * binops.length)]} ${gen(depth + 1)})`;
      if (k < 0.9) return `-not ${gen(depth + 1)}`;
      return `@(${gen(depth + 1)}, ${gen(depth + 1)})`;
    };
    for (let i = 0; i < 3000; i++) {
      const program = `$x = ${gen(0)}; $h = @{ k = ${gen(1)} }; ${gen(0)} | ForEach-Object { $_ } | Select-Object -First 2`;
      const out = await run(program);
      if (INTERNAL.test(out.stderr) || INTERNAL.test(out.stdout)) {
        throw new Error(`program ${JSON.stringify(program)} produced an internal error:\n${out.stderr}`);
      }
    }
  }, 300_000);
});
