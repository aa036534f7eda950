// Invoke-Expression: runs a string as script in the caller's scope and writes what it outputs.

import type { CommandDefinition } from '../../../src/pipeline/types.js';
import { isPromise } from '../../../src/pipeline/types.js';
import { toStr } from '../../../src/engine/conversions.js';
import { writeEach } from './common/flow.js';

export const invokeExpressionCommand: CommandDefinition = {
  name: 'Invoke-Expression',
  aliases: ['iex'],
  module: 'Microsoft.PowerShell.Utility',
  synopsis: 'Runs commands or expressions on the local computer.',
  parameters: [{ name: 'Command', type: 'System.String', position: 0, mandatory: true, valueFromPipeline: true }],
  create() {
    return {
      process(ctx, input, hasInput) {
        const text = hasInput ? toStr(input) : toStr(ctx.params.Command);
        const out = ctx.evaluate(text);
        return isPromise(out) ? out.then((items) => writeEach(ctx, items)) : writeEach(ctx, out);
      },
    };
  },
};
