// Errors pwsh reports when it parses or compiles a type definition: they stop the script before anything runs.

import { describe, expect, it } from 'vitest';
import { createTestEngine } from '../../helpers/engine.js';
import { parseScript } from '../../../grammar/parser.js';
import { ParseError } from '../../../grammar/errors.js';

function parseError(text: string): ParseError {
  try {
    parseScript(text);
  } catch (e) {
    if (e instanceof ParseError) return e;
    throw e;
  }
  throw new Error('expected a parse error');
}

async function run(script: string) {
  const r = await createTestEngine().run(script);
  return { ...r, stderr: r.stderr.replace(/\n +\| /g, ' ') };
}

describe('type definition parse errors', () => {
  it.each([
    ['class A { [int] F() { } }', 'Not all code path returns value within method.', 'MethodHasCodePathNotReturn'],
    ['class A { [int] F() { if ($x) { return 1 } } }', 'Not all code path returns value within method.', 'MethodHasCodePathNotReturn'],
    ['class A { [void] F() { return 1 } }', 'Invalid return statement within void method.', 'VoidMethodHasReturn'],
    ['class A { [int] F() { return } }', 'Invalid return statement within non-void method.', 'NonVoidMethodMissingReturnValue'],
    ['class A { $x; [int]$X }', "The member 'X' is already defined.", 'MemberAlreadyDefined'],
    ['class A { [int] F([int]$a) { return 1 } [int] F([int]$b) { return 2 } }', "The member 'F' is already defined.", 'MemberAlreadyDefined'],
    ['class A { [int][string]$x }', 'Only one type may be specified on class members.', 'TooManyTypes'],
    ['class A { [int] A() { } }', 'A constructor cannot specify a return type.', 'ConstructorCantHaveReturnType'],
    ['class A { A() : other() { } }', "Missing 'base' after ':' in a base class constructor call.", 'MissingBaseCtorCall'],
    ['class A { Oops }', 'Missing a property name or method definition.', 'IncompleteMemberDefinition'],
    ['enum E { A = $x }', 'Enumerator value must be a constant value.', 'EnumeratorValueMustBeConstant'],
  ])('%s', (text, message, id) => {
    const e = parseError(text);
    expect(e.message).toBe(message);
    expect(e.errorId).toBe(id);
  });

  it('accepts every path ending in return or throw, and loops that never end', () => {
    expect(() => parseScript('class A { [int] F($x) { if ($x) { return 1 } elseif ($x -eq 2) { throw "no" } else { return 3 } } }')).not.toThrow();
    expect(() => parseScript('class A { [int] F() { try { return 1 } catch { return 2 } } }')).not.toThrow();
    expect(() => parseScript('class A { [int] F() { while ($true) { return 1 } } }')).not.toThrow();
    expect(() => parseScript('class A { [int] F() { switch (1) { 1 { return 1 } default { return 2 } } } }')).not.toThrow();
    expect(() => parseScript('class A { [int] F() { $sb = { return }; return 1 } }')).not.toThrow();
  });

  it('reports an unknown base type before the script runs', async () => {
    const r = await run("'not run'\nclass B : Nope { }");
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('ParserError');
    expect(r.stderr).toContain('Unable to find type [Nope].');
  });

  it('reports an unknown member type before the script runs', async () => {
    const r = await run("'not run'\nclass B { [Nope]$x }");
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('Unable to find type [Nope].');
  });

  it('fails clearly for .NET base classes and interfaces', async () => {
    const r = await run('class MyError : System.Exception { }');
    expect(r.stderr).toContain("Class 'MyError' cannot derive from or implement 'System.Exception': awsps classes can derive only from another class defined in script, and cannot implement interfaces.");
    const i = await run('class Cmp : IComparable { }');
    expect(i.stderr).toContain("cannot derive from or implement 'IComparable'");
  });

  it('requires a parameterless base constructor for an implicit base call', async () => {
    const r = await run('class A { A([int]$x) { } }\nclass B : A { }');
    expect(r.stderr).toContain("Base class 'A' does not contain a parameterless constructor.");
  });
});
