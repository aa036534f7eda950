// New-Guid: a new random [guid] (-Empty: the all-zero one; -InputObject: a GUID parsed from text).

import type { CommandDefinition } from '../../../src/pipeline/types.js';
import { Guid } from '../../../src/objects/guid.js';
import { convertTo } from '../../../src/engine/conversions.js';

export const newGuidCommand: CommandDefinition = {
  name: 'New-Guid',
  module: 'Microsoft.PowerShell.Utility',
  synopsis: 'Creates a GUID.',
  outputType: ['System.Guid'],
  defaultParameterSet: 'Default',
  parameters: [
    { name: 'Empty', type: 'switch', parameterSets: ['Empty'] },
    { name: 'InputObject', type: 'System.String', valueFromPipeline: true, parameterSets: ['InputObject'] },
  ],
  create() {
    return {
      process(ctx, input, hasInput) {
        if (ctx.params.Empty === true) return ctx.write(Guid.empty);
        const text = hasInput ? input : ctx.params.InputObject;
        if (text !== undefined && text !== null) return ctx.write(convertTo(text, 'System.Guid'));
        return ctx.write(Guid.newGuid());
      },
    };
  },
};
