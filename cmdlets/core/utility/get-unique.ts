// Get-Unique: drops each input object equal to the one just before it (the input is expected sorted), comparing
// as strings with -AsString (case-sensitively unless -CaseInsensitive), or by type only with -OnType.

import type { CommandDefinition } from '../../../src/pipeline/types.js';
import { dotnetToString, typeNameOf } from '../../../src/engine/conversions.js';
import { binaryOperator } from '../../../src/engine/operators.js';

export const getUniqueCommand: CommandDefinition = {
  name: 'Get-Unique',
  aliases: ['gu'],
  module: 'Microsoft.PowerShell.Utility',
  synopsis: 'Returns unique items from a sorted list.',
  defaultParameterSet: 'AsString',
  parameters: [
    { name: 'InputObject', type: 'System.Management.Automation.PSObject', valueFromPipeline: true, allowNull: true },
    { name: 'AsString', type: 'switch', parameterSets: ['AsString'] },
    { name: 'OnType', type: 'switch', parameterSets: ['UniqueByType'] },
    { name: 'CaseInsensitive', type: 'switch' },
  ],
  create() {
    let first = true;
    let last: unknown;
    return {
      process(ctx, input, hasInput) {
        const item = hasInput ? input : (ctx.params.InputObject ?? null);
        const caseInsensitive = ctx.params.CaseInsensitive === true;
        let same: boolean;
        if (first) same = false;
        else if (ctx.params.OnType === true) same = typeNameOf(item) === typeNameOf(last);
        else if (ctx.params.AsString === true || typeof item === 'string') {
          const a = dotnetToString(item);
          const b = dotnetToString(last);
          same = caseInsensitive ? a.toLowerCase() === b.toLowerCase() : a === b;
        } else same = binaryOperator(caseInsensitive ? '-eq' : '-ceq', item, last) === true;
        first = false;
        last = item;
        if (!same) return ctx.write(item);
      },
    };
  },
};
