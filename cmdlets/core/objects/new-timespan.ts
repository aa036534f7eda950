// New-TimeSpan: the interval between two dates (each defaults to now), or one built from days, hours,
// minutes, seconds and milliseconds, as pwsh's NewTimeSpanCommand.

import type { CommandDefinition } from '../../../src/pipeline/types.js';
import { TimeSpan } from '../../../src/objects/timespan.js';
import { numberParam } from './common/params.js';

function dateOrNow(value: unknown): Date {
  return value instanceof Date ? value : new Date();
}

export const newTimeSpanCommand: CommandDefinition = {
  name: 'New-TimeSpan',
  module: 'Microsoft.PowerShell.Utility',
  synopsis: 'Creates a TimeSpan object.',
  defaultParameterSet: 'Date',
  outputType: ['System.TimeSpan'],
  parameters: [
    { name: 'Start', type: 'System.DateTime', position: 0, valueFromPipelineByPropertyName: true, aliases: ['LastWriteTime'], parameterSets: ['Date'] },
    { name: 'End', type: 'System.DateTime', position: 1, valueFromPipelineByPropertyName: true, parameterSets: ['Date'] },
    { name: 'Days', type: 'System.Int32', parameterSets: ['Time'] },
    { name: 'Hours', type: 'System.Int32', parameterSets: ['Time'] },
    { name: 'Minutes', type: 'System.Int32', parameterSets: ['Time'] },
    { name: 'Seconds', type: 'System.Int32', parameterSets: ['Time'] },
    { name: 'Milliseconds', type: 'System.Int32', parameterSets: ['Time'] },
  ],
  create() {
    return {
      process(ctx) {
        if (ctx.parameterSetName === 'Time') {
          const part = (name: string): number => numberParam(ctx, name) ?? 0;
          ctx.write(TimeSpan.fromParts(part('Days'), part('Hours'), part('Minutes'), part('Seconds'), part('Milliseconds')));
          return;
        }
        const start = dateOrNow(ctx.params.Start);
        const end = dateOrNow(ctx.params.End);
        ctx.write(new TimeSpan((end.getTime() - start.getTime()) * 10_000));
      },
    };
  },
};
