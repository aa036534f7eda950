// ForEach-Object -Parallel -AsJob: one PSTaskJob whose child jobs are the iterations (one per input object), run at
// most throttleLimit at once, each in a runspace of its own with $_ set to its input.

import type { ProcessorContext } from '../../../src/pipeline/processor.js';
import type { ScriptBlock } from '../../../src/engine/scriptblock.js';
import { runJob, ThrottleQueue } from './job-runner.js';
import { jobRepository } from './job-repository.js';
import type { Job } from './job.js';

export function startTaskJob(ctx: ProcessorContext, script: ScriptBlock, usingValues: ReadonlyMap<string, unknown>, inputs: readonly unknown[], throttleLimit: number): Job {
  const repo = jobRepository(ctx.engine);
  const command = script.text.trim();
  const parent = repo.create('PSTaskJob', command);
  const children = inputs.map(() => {
    const child = repo.create('PSTaskChildJob', command, undefined, false);
    parent.addChild(child);
    return child;
  });
  if (children.length === 0) {
    parent.setState('Running');
    parent.updateFromChildren();
    return parent;
  }
  const queue = new ThrottleQueue(throttleLimit);
  children.forEach((child, i) => {
    queue.enqueue((release) => runJob(ctx.engine, child, { script, invocation: { dollarUnder: inputs[i] }, usingValues }, ctx.host, release));
  });
  return parent;
}
