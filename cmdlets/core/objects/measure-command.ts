// Measure-Command: runs a script block (in the caller's scope, as pwsh does: what it assigns stays) for each input
// object, discards its output, and writes the total time it ran as a TimeSpan.

import { isPromise, type CommandDefinition, type CommandContext, type MaybePromise, type ScriptBlockLike } from '../../../src/pipeline/types.js';
import { TimeSpan } from '../../../src/objects/timespan.js';

/** Nanoseconds as .NET ticks (100 ns each). */
function ticksSince(start: bigint): number {
  return Number((process.hrtime.bigint() - start) / 100n);
}

export const measureCommandCommand: CommandDefinition = {
  name: 'Measure-Command',
  module: 'Microsoft.PowerShell.Utility',
  synopsis: 'Measures the time it takes to run script blocks and cmdlets.',
  outputType: ['System.TimeSpan'],
  parameters: [
    { name: 'InputObject', type: 'System.Management.Automation.PSObject', valueFromPipeline: true },
    { name: 'Expression', type: 'scriptblock', position: 0, mandatory: true },
  ],
  create() {
    let ticks = 0;
    const timed = (ctx: CommandContext, input: unknown): MaybePromise<void> => {
      const start = process.hrtime.bigint();
      const out = ctx.invoke(ctx.params.Expression as ScriptBlockLike, { dollarUnder: input, input: [], newScope: false });
      if (isPromise(out)) {
        return out.then(() => {
          ticks += ticksSince(start);
        });
      }
      ticks += ticksSince(start);
    };
    return {
      process(ctx, input, hasInput) {
        return timed(ctx, hasInput ? input : (ctx.params.InputObject ?? null));
      },
      end(ctx) {
        return ctx.write(new TimeSpan(ticks));
      },
    };
  },
};
