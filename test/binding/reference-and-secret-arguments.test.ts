// The binder's checks on [ref] parameters (a reference, never a plain value or $null) and its conversion
// errors for SecureString parameters, which name the argument's type but never its value (a password).

import { describe, expect, it } from 'vitest';
import { BindingState } from '../../src/binding/binder.js';
import { RuntimeError } from '../../src/engine/errors.js';
import { PSReference } from '../../src/objects/ps-reference.js';
import type { CommandDefinition, ParameterDef } from '../../src/pipeline/types.js';
import { createTestEngine } from '../helpers/engine.js';

function command(parameters: ParameterDef[]): CommandDefinition {
  return { name: 'Test-Thing', parameters, create: () => ({}) };
}

function bindError(p: ParameterDef, value: unknown): RuntimeError {
  const state = new BindingState(command([p]), 'Test-Thing');
  try {
    state.bindArguments([{ kind: 'named', name: p.name, value, hasValue: true }], false);
  } catch (e) {
    if (e instanceof RuntimeError) return e;
    throw e;
  }
  throw new Error('binding succeeded');
}

describe('[ref] parameters', () => {
  const ref: ParameterDef = { name: 'Result', type: 'ref' };

  it('take a reference as it is', () => {
    const r = new PSReference(5);
    const state = new BindingState(command([ref]), 'Test-Thing');
    state.bindArguments([{ kind: 'named', name: 'Result', value: r, hasValue: true }], false);
    expect(state.params.Result).toBe(r);
  });

  it('refuse a plain value and $null with an argument transformation error', () => {
    for (const value of [3, 'x', null]) {
      const e = bindError(ref, value);
      expect(e.record.message).toBe("Cannot process argument transformation on parameter 'Result'. Reference type is expected in argument.");
      expect(e.record.fullyQualifiedErrorId).toBe('ParameterArgumentTransformationError,Test-Thing');
      expect(e.record.category).toBe('InvalidData');
      expect(e.record.exception.typeName).toBe('System.Management.Automation.ParameterBindingArgumentTransformationException');
    }
  });

  it('of a function: pwsh messages through the engine, the full type name too', async () => {
    const r = await createTestEngine().run(
      [
        'function F([ref]$Result) { $Result.Value = 5 }',
        'function G([System.Management.Automation.PSReference]$Result) { }',
        'try { F -Result $null } catch { $_.Exception.Message; $_.FullyQualifiedErrorId; $_.Exception -is [System.Management.Automation.ParameterBindingException] }',
        'try { G 1 } catch { $_.FullyQualifiedErrorId }',
        '$x = 1; F ([ref]$x); $x',
      ].join('\n'),
    );
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(
      [
        "Cannot process argument transformation on parameter 'Result'. Reference type is expected in argument.",
        'ParameterArgumentTransformationError,F',
        'True',
        'ParameterArgumentTransformationError,G',
        '5',
        '',
      ].join('\n'),
    );
  });
});

describe('SecureString parameters', () => {
  it('name the type of a bad argument, never its value', () => {
    const e = bindError({ name: 'SecureString', type: 'System.Security.SecureString' }, 'mypassword');
    expect(e.record.message).toBe(`Cannot bind parameter 'SecureString'. Cannot convert the value of type "System.String" to type "System.Security.SecureString".`);
    expect(e.record.message).not.toContain('mypassword');
    expect(e.record.fullyQualifiedErrorId).toBe('CannotConvertArgumentNoMessage');
  });

  it('through a cmdlet: ConvertFrom-SecureString given a plain string', async () => {
    const r = await createTestEngine().run("try { ConvertFrom-SecureString -SecureString 'mypassword' } catch { $_.Exception.Message }");
    expect(r.stdout).toBe(`Cannot bind parameter 'SecureString'. Cannot convert the value of type "System.String" to type "System.Security.SecureString".\n`);
  });

  it('other types still quote the value, as pwsh does', () => {
    const e = bindError({ name: 'Count', type: 'System.Int32' }, 'abc');
    expect(e.record.message).toContain('"abc"');
  });
});
