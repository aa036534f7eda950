// Start-Sleep: waits, but wakes up as soon as the pipeline is stopped (Ctrl-C).

import type { CommandDefinition } from '../../../src/pipeline/types.js';
import { PipelineStoppedError } from '../../../src/pipeline/stop.js';
import { TimeSpan } from '../../../src/objects/timespan.js';
import { numberParam } from './common/params.js';

/** Resolves after `ms`, or rejects with PipelineStoppedError when the signal aborts first. */
export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  if (signal.aborted) return Promise.reject(new PipelineStoppedError());
  return new Promise<void>((resolve, reject) => {
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(new PipelineStoppedError());
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

export const startSleepCommand: CommandDefinition = {
  name: 'Start-Sleep',
  aliases: ['sleep'],
  module: 'Microsoft.PowerShell.Utility',
  synopsis: 'Suspends the activity in a script or session for the specified period of time.',
  defaultParameterSet: 'Seconds',
  parameters: [
    { name: 'Seconds', type: 'System.Double', position: 0, mandatory: true, valueFromPipeline: true, valueFromPipelineByPropertyName: true, parameterSets: ['Seconds'] },
    { name: 'Milliseconds', type: 'System.Int32', aliases: ['ms'], mandatory: true, valueFromPipelineByPropertyName: true, parameterSets: ['Milliseconds'] },
    { name: 'Duration', type: 'System.TimeSpan', aliases: ['ts'], mandatory: true, valueFromPipeline: true, valueFromPipelineByPropertyName: true, parameterSets: ['FromTimeSpan'] },
  ],
  create() {
    return {
      process(ctx) {
        let ms: number;
        if (ctx.parameterSetName === 'Milliseconds') ms = numberParam(ctx, 'Milliseconds') ?? 0;
        else if (ctx.parameterSetName === 'FromTimeSpan') {
          const d = ctx.params.Duration;
          ms = d instanceof TimeSpan ? d.totalMilliseconds : 0;
        } else ms = (numberParam(ctx, 'Seconds') ?? 0) * 1000;
        return sleep(Math.max(0, ms), ctx.signal);
      },
    };
  },
};
