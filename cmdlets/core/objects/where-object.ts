// Where-Object: passes on the input objects for which the filter script, or the simplified
// "Property -operator Value" comparison, is true.

import { isPromise, type CommandContext, type CommandDefinition, type InvokeOptions, type ScriptBlockLike, type ParameterDef } from '../../../src/pipeline/types.js';
import { RuntimeError } from '../../../src/engine/errors.js';
import { PSHashtable } from '../../../src/objects/hashtable.js';
import { PSObject } from '../../../src/objects/psobject.js';
import { toBool } from '../../../src/engine/conversions.js';
import { binaryOperator, hasWildcard } from '../../../src/engine/operators.js';
import { getMember } from '../../../src/engine/members.js';
import { argumentError, terminate } from './common/errors.js';
import { matchingProperties, readProperty } from './common/properties.js';
import { stringParam } from './common/params.js';

const COMMAND = 'Microsoft.PowerShell.Commands.WhereObjectCommand';

/** Each comparison switch is its own parameter set, as in pwsh: [switch, set, alias, operator]. */
const OPERATORS: ReadonlyArray<readonly [string, string, string | undefined, string]> = [
  ['EQ', 'EqualSet', 'IEQ', '-ieq'],
  ['CEQ', 'CaseSensitiveEqualSet', undefined, '-ceq'],
  ['NE', 'NotEqualSet', 'INE', '-ine'],
  ['CNE', 'CaseSensitiveNotEqualSet', undefined, '-cne'],
  ['GT', 'GreaterThanSet', 'IGT', '-igt'],
  ['CGT', 'CaseSensitiveGreaterThanSet', undefined, '-cgt'],
  ['LT', 'LessThanSet', 'ILT', '-ilt'],
  ['CLT', 'CaseSensitiveLessThanSet', undefined, '-clt'],
  ['GE', 'GreaterOrEqualSet', 'IGE', '-ige'],
  ['CGE', 'CaseSensitiveGreaterOrEqualSet', undefined, '-cge'],
  ['LE', 'LessOrEqualSet', 'ILE', '-ile'],
  ['CLE', 'CaseSensitiveLessOrEqualSet', undefined, '-cle'],
  ['Like', 'LikeSet', 'ILike', '-ilike'],
  ['CLike', 'CaseSensitiveLikeSet', undefined, '-clike'],
  ['NotLike', 'NotLikeSet', 'INotLike', '-inotlike'],
  ['CNotLike', 'CaseSensitiveNotLikeSet', undefined, '-cnotlike'],
  ['Match', 'MatchSet', 'IMatch', '-imatch'],
  ['CMatch', 'CaseSensitiveMatchSet', undefined, '-cmatch'],
  ['NotMatch', 'NotMatchSet', 'INotMatch', '-inotmatch'],
  ['CNotMatch', 'CaseSensitiveNotMatchSet', undefined, '-cnotmatch'],
  ['Contains', 'ContainsSet', 'IContains', '-icontains'],
  ['CContains', 'CaseSensitiveContainsSet', undefined, '-ccontains'],
  ['NotContains', 'NotContainsSet', 'INotContains', '-inotcontains'],
  ['CNotContains', 'CaseSensitiveNotContainsSet', undefined, '-cnotcontains'],
  ['In', 'InSet', 'IIn', '-iin'],
  ['CIn', 'CaseSensitiveInSet', undefined, '-cin'],
  ['NotIn', 'NotInSet', 'INotIn', '-inotin'],
  ['CNotIn', 'CaseSensitiveNotInSet', undefined, '-cnotin'],
  ['Is', 'IsSet', undefined, '-is'],
  ['IsNot', 'IsNotSet', undefined, '-isnot'],
];

const VALUE_SETS = OPERATORS.map(([, set]) => set);
const PROPERTY_SETS = [...VALUE_SETS, 'Not'];

const PARAMETERS: ParameterDef[] = [
  { name: 'InputObject', type: 'System.Management.Automation.PSObject', valueFromPipeline: true, allowNull: true },
  { name: 'FilterScript', type: 'scriptblock', position: 0, mandatory: true, parameterSets: ['ScriptBlockSet'] },
  { name: 'Property', type: 'System.String', position: 0, mandatory: true, parameterSets: PROPERTY_SETS },
  { name: 'Value', type: 'System.Object', position: 1, parameterSets: VALUE_SETS, allowNull: true },
  ...OPERATORS.map(([name, set, alias]): ParameterDef => ({
    name,
    type: 'switch',
    // -EQ is optional in the default set, so that "Where-Object Name" alone tests truthiness.
    mandatory: name !== 'EQ',
    parameterSets: [set],
    ...(alias ? { aliases: [alias] } : {}),
  })),
  { name: 'Not', type: 'switch', mandatory: true, parameterSets: ['Not'] },
];

/** The property value Where-Object compares: a dictionary key first, then a member (wildcards must match one). */
function propertyValue(ctx: CommandContext, target: unknown, property: string): { value: unknown; ok: boolean } {
  if (target === null || target === undefined) return { value: null, ok: true };
  if (target instanceof PSHashtable && target.has(property)) return { value: target.get(property) ?? null, ok: true };
  if (hasWildcard(property)) {
    const names = matchingProperties(target, property);
    if (names.length > 1) {
      ctx.writeError(
        argumentError(
          `Input name "${property}" is ambiguous. It can be resolved to multiple matched members. Possible matches include: ${names.join(' ')}.`,
          `AmbiguousPropertyName,${COMMAND}`,
          target,
        ),
      );
      return { value: null, ok: false };
    }
    return { value: names.length === 1 ? readProperty(target, names[0]!) : null, ok: true };
  }
  if (target instanceof PSObject) {
    const v = target.get(property);
    return { value: v === undefined ? null : v, ok: true };
  }
  const v = getMember(target, property);
  return { value: v === undefined ? null : v, ok: true };
}

/** -Is / -IsNot accept "[int]" as well as "int". */
function typeOperand(value: unknown): unknown {
  if (typeof value === 'string' && value.length > 2 && value.startsWith('[') && value.endsWith(']')) return value.slice(1, -1);
  return value;
}

export const whereObjectCommand: CommandDefinition = {
  name: 'Where-Object',
  aliases: ['where', '?'],
  module: 'Microsoft.PowerShell.Core',
  synopsis: 'Selects objects from a collection based on their property values.',
  defaultParameterSet: 'EqualSet',
  parameters: PARAMETERS,
  create() {
    // Reused for every object: the filter runs in the caller's scope with $_ set (no per-object allocation).
    const options: InvokeOptions = { dollarUnder: null, newScope: false };
    let script: ScriptBlockLike | undefined;
    let operator = '';
    let truthiness = false;
    let negate = false;
    let property = '';
    let value: unknown = null;

    return {
      begin(ctx) {
        if (ctx.parameterSetName === 'ScriptBlockSet') {
          script = ctx.params.FilterScript as ScriptBlockLike;
          return;
        }
        property = stringParam(ctx, 'Property') ?? '';
        const set = ctx.parameterSetName;
        const valueGiven = ctx.isBound('Value');
        if (set === 'Not') {
          truthiness = true;
          negate = true;
          return;
        }
        const op = OPERATORS.find(([, s]) => s === set) ?? OPERATORS[0]!;
        const explicitOperator = set !== 'EqualSet' || ctx.params.EQ === true;
        if (explicitOperator && !valueGiven) {
          terminate(
            argumentError(
              'The specified operator requires both the -Property and -Value parameters. Provide values for both parameters, and then try the command again.',
              `ValueNotSpecifiedForWhereObject,${COMMAND}`,
            ),
          );
        }
        if (!explicitOperator && valueGiven) {
          terminate(
            argumentError(
              'An operator is required to compare the two specified values. Include a valid operator in the command, and then try the command again. For example, Get-Process | Where-Object -Property Name -eq Idle',
              `OperatorNotSpecified,${COMMAND}`,
            ),
          );
        }
        truthiness = !explicitOperator;
        operator = op[3];
        value = ctx.params.Value ?? null;
        if (operator === '-is' || operator === '-isnot') value = typeOperand(value);
      },

      process(ctx, input, hasInput) {
        if (!hasInput && !ctx.isBound('InputObject')) return;
        const obj = hasInput ? input : (ctx.params.InputObject ?? null);
        if (script) {
          options.dollarUnder = obj;
          const out = ctx.invoke(script, options);
          if (isPromise(out)) return out.then((o) => (toBool(o) ? ctx.write(obj) : undefined));
          return toBool(out) ? ctx.write(obj) : undefined;
        }
        const { value: lvalue, ok } = propertyValue(ctx, obj, property);
        if (!ok) return;
        let pass: boolean;
        if (truthiness) pass = toBool(lvalue) !== negate;
        else {
          try {
            pass = toBool(binaryOperator(operator, lvalue, value));
          } catch (e) {
            if (!(e instanceof RuntimeError)) throw e;
            const err = argumentError(e.message, `OperatorFailed,${COMMAND}`, obj, 'InvalidOperation');
            ctx.writeError(err);
            return;
          }
        }
        return pass ? ctx.write(obj) : undefined;
      },
    };
  },
};
