// The binder on its own: names, prefixes, aliases, positions, switches, sets, coercion and pipeline input.

import { describe, expect, it } from 'vitest';
import { BindingState, type BoundArgument } from '../../src/binding/binder.js';
import { RuntimeError } from '../../src/engine/errors.js';
import type { CommandDefinition, ParameterDef } from '../../src/pipeline/types.js';
import { PSObject } from '../../src/objects/psobject.js';

function command(parameters: ParameterDef[], defaultParameterSet?: string): CommandDefinition {
  return { name: 'Test-Thing', parameters, defaultParameterSet, create: () => ({}) };
}

const named = (name: string, value?: unknown): BoundArgument => ({ kind: 'named', name, value: value ?? null, hasValue: value !== undefined });
const pos = (value: unknown): BoundArgument => ({ kind: 'positional', value });

function bind(def: CommandDefinition, args: BoundArgument[], allowRemaining = false): BindingState {
  const s = new BindingState(def, def.name);
  s.bindArguments(args, allowRemaining);
  return s;
}

function bindError(def: CommandDefinition, args: BoundArgument[]): string {
  try {
    const s = bind(def, args);
    const missing = s.resolveSet(false);
    if (missing.length) return `missing: ${missing.map((p) => p.name).join(',')}`;
  } catch (e) {
    if (e instanceof RuntimeError) return e.record.message;
    throw e;
  }
  return 'no error';
}

const basic = command([
  { name: 'Name', type: 'System.String', position: 0, aliases: ['N1'] },
  { name: 'Count', type: 'System.Int32', position: 1 },
  { name: 'Force', type: 'switch' },
  { name: 'Number', type: 'System.Int32' },
]);

describe('binder', () => {
  it('binds named parameters by exact name, alias, and unambiguous prefix, case-insensitively', () => {
    expect(bind(basic, [named('name', 'a')]).params.Name).toBe('a');
    expect(bind(basic, [named('N1', 'b')]).params.Name).toBe('b');
    expect(bind(basic, [named('Cou', '3')]).params.Count).toBe(3);
    expect(bindError(basic, [named('N', 'x')])).toBe("Parameter cannot be processed because the parameter name 'N' is ambiguous. Possible matches include: -Name -Number.");
  });

  it('binds positional arguments in position order and converts them', () => {
    const s = bind(basic, [pos('x'), pos('42')]);
    expect(s.params).toMatchObject({ Name: 'x', Count: 42 });
  });

  it('binds switches, including -Switch:$false', () => {
    expect(bind(basic, [named('Force')]).params.Force).toBe(true);
    expect(bind(basic, [named('Force', false)]).params.Force).toBe(false);
  });

  it('takes the next argument as the value of a named parameter', () => {
    expect(bind(basic, [named('Count'), pos('7'), pos('n')]).params).toMatchObject({ Count: 7, Name: 'n' });
  });

  it('reports PowerShell binding errors', () => {
    expect(bindError(basic, [named('Bogus', 1)])).toBe("A parameter cannot be found that matches parameter name 'Bogus'.");
    expect(bindError(basic, [named('Count')])).toBe("Missing an argument for parameter 'Count'. Specify a parameter of type 'System.Int32' and try again.");
    expect(bindError(basic, [named('Count', 'abc')])).toBe('Cannot bind parameter \'Count\'. Cannot convert value "abc" to type "System.Int32". Error: "Input string was not in a correct format."');
    expect(bindError(basic, [pos('a'), pos('1'), pos('extra')])).toBe("A positional parameter cannot be found that accepts argument 'extra'.");
    expect(bindError(basic, [named('Name', 'a'), named('Name', 'b')])).toContain("parameter 'Name' is specified more than once");
  });

  it('checks mandatory parameters and ValidateSet', () => {
    const def = command([
      { name: 'Name', type: 'System.String', mandatory: true },
      { name: 'Color', type: 'System.String', validateSet: ['Red', 'Blue'] },
    ]);
    expect(bindError(def, [])).toBe('missing: Name');
    expect(bindError(def, [named('Name', 'x'), named('Color', 'green')])).toContain('does not belong to the set "Red,Blue"');
    expect(bindError(def, [named('Name', null)])).toBe("Cannot bind argument to parameter 'Name' because it is null.");
  });

  it('chooses the parameter set from the parameters given, or reports the ambiguity', () => {
    const def = command(
      [
        { name: 'Path', type: 'System.String', position: 0, parameterSets: ['Path'], mandatory: true },
        { name: 'LiteralPath', type: 'System.String', parameterSets: ['Literal'], mandatory: true },
        { name: 'Recurse', type: 'switch' },
      ],
      'Path',
    );
    const byLiteral = bind(def, [named('LiteralPath', '/x')]);
    byLiteral.resolveSet(false);
    expect(byLiteral.parameterSet).toBe('Literal');
    const byPos = bind(def, [pos('/y')]);
    byPos.resolveSet(false);
    expect(byPos.parameterSet).toBe('Path');
    expect(bindError(def, [named('Path', 'a'), named('LiteralPath', 'b')])).toBe(
      'Parameter set cannot be resolved using the specified named parameters. One or more parameters issued cannot be used together or an insufficient number of parameters were provided.',
    );
  });

  it('gives a positional argument to the default set when two sets take that position alike', () => {
    const def = command(
      [
        { name: 'Key', type: 'System.String', position: 0, parameterSets: ['Key'] },
        { name: 'Prefix', type: 'System.String', position: 0, parameterSets: ['Prefix'] },
      ],
      'Prefix',
    );
    const s = bind(def, [pos('a/')]);
    s.resolveSet(false);
    expect(s.params).toEqual({ Prefix: 'a/' });
    expect(s.parameterSet).toBe('Prefix');
  });

  it('collects remaining arguments, in command-line order', () => {
    const def = command([
      { name: 'First', type: 'System.Object', position: 0 },
      { name: 'Rest', type: 'System.Object[]', valueFromRemainingArguments: true },
    ]);
    expect(bind(def, [pos(1), pos(2), named('x'), pos(3)], true).params).toMatchObject({ First: 1, Rest: [2, '-x', 3] });
  });

  it('binds pipeline input by value, by property name, and re-binds for each object', () => {
    const def = command([
      { name: 'InputObject', type: 'System.String', valueFromPipeline: true, parameterSets: ['Value'] },
      { name: 'Key', type: 'System.String', valueFromPipelineByPropertyName: true, aliases: ['Name'], parameterSets: ['Prop'] },
    ]);
    const s = bind(def, []);
    s.resolveSet(true);
    expect(s.bindPipeline('text')).toBe(true);
    expect(s.params).toMatchObject({ InputObject: 'text' });
    const obj = PSObject.fromRecord({ Name: 'k1' });
    expect(s.bindPipeline(obj)).toBe(true);
    expect(s.params.Key).toBe('k1');
    expect(s.params.InputObject).toBeUndefined();
    expect(s.parameterSet).toBe('Prop');
  });

  it('refuses pipeline input nothing can take', () => {
    const def = command([{ name: 'Count', type: 'System.Int32', valueFromPipelineByPropertyName: true }]);
    const s = bind(def, []);
    s.resolveSet(true);
    expect(s.bindPipeline(PSObject.fromRecord({ Other: 1 }))).toBe(false);
  });
});
