// The parser's tree shapes and its errors.

import { describe, expect, it } from 'vitest';
import { parseScript } from '../../grammar/parser.js';
import { ParseError } from '../../grammar/errors.js';
import type { Statement, Expression } from '../../grammar/ast.js';

function statements(text: string): Statement[] {
  return parseScript(text).end?.statements ?? [];
}

function firstExpression(text: string): Expression {
  const s = statements(text)[0];
  if (s.kind !== 'Pipeline' || s.elements[0].kind !== 'CommandExpression') throw new Error('not an expression');
  return s.elements[0].expr;
}

function parseError(text: string): ParseError {
  try {
    parseScript(text);
  } catch (e) {
    if (e instanceof ParseError) return e;
    throw e;
  }
  throw new Error(`no error for ${text}`);
}

describe('parser', () => {
  it('gives operators PowerShell precedence', () => {
    const e = firstExpression('1 + 2 * 3');
    expect(e).toMatchObject({ kind: 'Binary', op: '+', right: { kind: 'Binary', op: '*' } });
    const c = firstExpression('1, 2 -contains 2');
    expect(c).toMatchObject({ kind: 'Binary', op: '-contains', left: { kind: 'ArrayLiteral' } });
    const f = firstExpression("'{0}' -f 1 + 1");
    expect(f).toMatchObject({ kind: 'Binary', op: '+', left: { kind: 'Binary', op: '-f' } });
    const l = firstExpression('$a -eq 1 -and $b -eq 2');
    expect(l).toMatchObject({ kind: 'Binary', op: '-and' });
  });

  it('parses pipelines of commands with parameters and arguments', () => {
    const [s] = statements("Get-Thing -Name x 1,2 -Flag:$false | Where-Object { $_.A } | Select-Object -First 3");
    expect(s.kind).toBe('Pipeline');
    if (s.kind !== 'Pipeline') return;
    expect(s.elements).toHaveLength(3);
    const cmd = s.elements[0];
    expect(cmd.kind).toBe('Command');
    if (cmd.kind !== 'Command') return;
    expect(cmd.elements.map((e) => e.kind)).toEqual(['Parameter', 'Argument', 'Argument', 'Parameter']);
    expect(cmd.elements[3]).toMatchObject({ name: 'Flag', argument: { kind: 'Variable', name: 'false' } });
  });

  it('parses assignments, including multiple targets', () => {
    expect(statements('$a, $b = 1, 2')[0]).toMatchObject({ kind: 'Assignment', target: { kind: 'ArrayLiteral' } });
    expect(statements('$x += 1')[0]).toMatchObject({ kind: 'Assignment', op: '+=' });
    expect(statements('$h.a.b = Get-Date')[0]).toMatchObject({ kind: 'Assignment', value: { kind: 'Pipeline' } });
  });

  it('parses functions with attributes and param blocks', () => {
    const [f] = statements('function Get-X { [CmdletBinding()] param([Parameter(Mandatory, Position=0)][string]$Name, [switch]$Force) $Name }');
    expect(f.kind).toBe('FunctionDef');
    if (f.kind !== 'FunctionDef') return;
    expect(f.body.paramBlock?.attributes[0].typeName).toBe('CmdletBinding');
    expect(f.body.paramBlock?.parameters.map((p) => [p.name, p.typeName])).toEqual([
      ['Name', 'string'],
      ['Force', 'switch'],
    ]);
  });

  it('splits double-quoted strings into text and sub-expressions', () => {
    const e = firstExpression('"a $x b $($y + 1) c"');
    expect(e.kind).toBe('ExpandableString');
    if (e.kind !== 'ExpandableString') return;
    expect(e.parts.map((p) => (typeof p === 'string' ? p : p.kind))).toEqual(['a ', 'Variable', ' b ', 'SubExpression', ' c']);
  });

  it('reports errors with their line and column', () => {
    const e = parseError('$a = 1\n$b = ($a +');
    expect(e.position.line).toBe(2);
    expect(e.incomplete).toBe(true);
    const u = parseError('1 + )');
    expect(u.message).toBe("Unexpected token ')' in expression or statement.");
    expect(u.position).toMatchObject({ line: 1, column: 5 });
    expect(parseError('Get-A | 1').message).toBe('Expressions are only allowed as the first element of a pipeline.');
    expect(parseError('$a == 1').message).toContain("'==' operator is not supported");
    expect(parseError('1 = 2').message).toContain('The assignment expression is not valid');
  });

  it('parses a 10,000 line script', () => {
    const text = Array.from({ length: 10000 }, (_, i) => `$x${i} = Get-Thing -Index ${i} | Where-Object { $_.Size -gt ${i} }`).join('\n');
    expect(statements(text)).toHaveLength(10000);
  });
});
