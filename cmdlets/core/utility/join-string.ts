// Join-String (pwsh 7): joins the input objects (or a property / script block value of each) into one string, with
// -Separator (default $OFS, else nothing), -OutputPrefix/-OutputSuffix, -SingleQuote/-DoubleQuote or -FormatString.

import { isPromise, type CommandContext, type CommandDefinition, type MaybePromise } from '../../../src/pipeline/types.js';
import { isScriptBlock, toStr } from '../../../src/engine/conversions.js';
import { formatOperator, hasWildcard } from '../../../src/engine/operators.js';
import { expressionValue, type PropertyExpression } from '../objects/common/property-expression.js';

function propertyExpression(value: unknown): PropertyExpression | undefined {
  if (value === undefined || value === null) return undefined;
  if (isScriptBlock(value)) return { script: value, wildcard: false, text: value.text };
  const pattern = toStr(value);
  return { pattern, wildcard: hasWildcard(pattern), text: pattern };
}

export const joinStringCommand: CommandDefinition = {
  name: 'Join-String',
  module: 'Microsoft.PowerShell.Utility',
  synopsis: 'Combines objects from the pipeline into a single string.',
  outputType: ['System.String'],
  defaultParameterSet: 'default',
  parameters: [
    // A property name (wildcards allowed) or a script block, as pwsh's PSPropertyExpression.
    { name: 'Property', type: 'System.Object', position: 0 },
    { name: 'Separator', type: 'System.String', position: 1, allowEmptyString: true },
    { name: 'OutputPrefix', type: 'System.String', aliases: ['op'] },
    { name: 'OutputSuffix', type: 'System.String', aliases: ['os'] },
    { name: 'SingleQuote', type: 'switch', parameterSets: ['SingleQuote'] },
    { name: 'DoubleQuote', type: 'switch', parameterSets: ['DoubleQuote'] },
    { name: 'FormatString', type: 'System.String', parameterSets: ['Format'] },
    { name: 'UseCulture', type: 'switch' },
    { name: 'InputObject', type: 'System.Management.Automation.PSObject[]', valueFromPipeline: true },
  ],
  create() {
    const parts: string[] = [];
    let expression: PropertyExpression | undefined;
    let quote = '';
    let format: string | undefined;
    const add = (value: unknown): void => {
      if (quote !== '') parts.push(`${quote}${toStr(value)}${quote}`);
      else if (format !== undefined && format !== '') parts.push(formatOperator(format, [value]));
      else parts.push(toStr(value));
    };
    const one = (ctx: CommandContext, item: unknown): MaybePromise<void> => {
      if (item === null || item === undefined) return;
      if (!expression) return add(item);
      const resolved = expressionValue(ctx, expression, item);
      if (isPromise(resolved)) return resolved.then((r) => add(r.value));
      add(resolved.value);
    };
    return {
      begin(ctx) {
        expression = propertyExpression(ctx.params.Property);
        quote = ctx.params.SingleQuote === true ? "'" : ctx.params.DoubleQuote === true ? '"' : '';
        format = typeof ctx.params.FormatString === 'string' ? ctx.params.FormatString : undefined;
      },
      process(ctx, input, hasInput) {
        const items = hasInput ? [input] : Array.isArray(ctx.params.InputObject) ? ctx.params.InputObject : ctx.params.InputObject === undefined ? [] : [ctx.params.InputObject];
        const run = (i: number): MaybePromise<void> => {
          for (; i < items.length; i++) {
            const r = one(ctx, items[i]);
            if (isPromise(r)) return r.then(() => run(i + 1));
          }
        };
        return run(0);
      },
      end(ctx) {
        // pwsh reads $OFS when -Separator is not given ($null converts to an empty string).
        const separator = typeof ctx.params.Separator === 'string' ? ctx.params.Separator : toStr(ctx.session.getVariable('OFS') ?? '');
        const prefix = typeof ctx.params.OutputPrefix === 'string' ? ctx.params.OutputPrefix : '';
        const suffix = typeof ctx.params.OutputSuffix === 'string' ? ctx.params.OutputSuffix : '';
        return ctx.write(prefix + parts.join(separator) + suffix);
      },
    };
  },
};
