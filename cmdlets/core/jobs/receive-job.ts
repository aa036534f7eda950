// Receive-Job: writes what the jobs collected so far — output downstream, errors, warnings, verbose, debug and
// information records to their streams (through this command, so its preferences and redirections apply) — and,
// unless -Keep, removes it from the jobs so HasMoreData goes false. -Wait writes results as they arrive until the
// jobs have finished; -AutoRemoveJob then removes them.

import { isPromise, type CommandContext, type CommandDefinition, type MaybePromise } from '../../../src/pipeline/types.js';
import { ErrorRecord, makeErrorRecord } from '../../../src/engine/errors.js';
import type { PSList } from '../../../src/objects/pslist.js';
import { InformationalRecord, InformationRecord } from '../../../src/objects/stream-records.js';
import { terminate } from '../objects/common/errors.js';
import type { Job } from './job.js';
import { repositoryOf, selectJobs, selectionParameters } from './job-selection.js';
import { waitUntil } from './job-waiting.js';

const RECEIVE_JOB = 'Microsoft.PowerShell.Commands.ReceiveJobCommand';

function invalidOperation(message: string): ErrorRecord {
  return makeErrorRecord(message, {
    type: 'System.Management.Automation.PSInvalidOperationException',
    baseTypeNames: ['System.InvalidOperationException', 'System.SystemException', 'System.Exception'],
    id: `System.Management.Automation.PSInvalidOperationException,${RECEIVE_JOB}`,
    category: 'InvalidOperation',
  });
}

function notSupported(parameter: string): ErrorRecord {
  return makeErrorRecord(`The ${parameter} parameter is not supported by awsps: its jobs raise no state-change events and have no remote sessions.`, {
    type: 'System.Management.Automation.PSNotSupportedException',
    baseTypeNames: ['System.NotSupportedException', 'System.SystemException', 'System.Exception'],
    id: `ParameterNotSupported,${RECEIVE_JOB}`,
    category: 'NotImplemented',
  });
}

/** The items of a job's collection, taken out of it unless kept. */
function take(list: PSList, keep: boolean): unknown[] {
  return keep ? [...list.items] : list.items.splice(0);
}

function messageOf(record: unknown): string {
  return record instanceof InformationalRecord ? record.message : String(record);
}

/** Writes the job's collected results (and, with recurse, its child jobs'), in pwsh's stream order. */
function writeResults(ctx: CommandContext, job: Job, keep: boolean, recurse: boolean): MaybePromise<void> {
  const s = job.streams;
  const output = take(s.output, keep);
  const errors = take(s.error, keep);
  take(s.progress, keep);
  const verbose = take(s.verbose, keep);
  const debug = take(s.debug, keep);
  const warnings = take(s.warning, keep);
  const information = take(s.information, keep);
  const rest = (): MaybePromise<void> => {
    for (const e of errors) if (e instanceof ErrorRecord) ctx.writeError(e);
    for (const v of verbose) ctx.writeVerbose(messageOf(v));
    for (const d of debug) ctx.writeDebug(messageOf(d));
    for (const w of warnings) ctx.writeWarning(messageOf(w));
    for (const i of information) ctx.writeInformation(i instanceof InformationRecord ? i : new InformationRecord(i, null));
    if (!recurse) return;
    return sequence(job.children, (child) => writeResults(ctx, child, keep, true));
  };
  const written = sequence(output, (o) => ctx.write(o));
  return isPromise(written) ? written.then(rest) : rest();
}

/** Runs step for each item in order, waiting where a step returns a promise. */
function sequence<T>(items: readonly T[], step: (item: T) => MaybePromise<void>, from = 0): MaybePromise<void> {
  for (let i = from; i < items.length; i++) {
    const r = step(items[i]);
    if (isPromise(r)) return r.then(() => sequence(items, step, i + 1));
  }
}

export const receiveJobCommand: CommandDefinition = {
  name: 'Receive-Job',
  aliases: ['rcjb'],
  module: 'Microsoft.PowerShell.Core',
  synopsis: 'Gets the results of the PowerShell background jobs in the current session.',
  defaultParameterSet: 'Location',
  outputType: ['System.Management.Automation.PSObject'],
  parameters: [
    ...selectionParameters('Location'),
    { name: 'Keep', type: 'switch' },
    { name: 'NoRecurse', type: 'switch' },
    { name: 'Force', type: 'switch' },
    { name: 'Wait', type: 'switch' },
    { name: 'AutoRemoveJob', type: 'switch' },
    { name: 'WriteEvents', type: 'switch' },
    { name: 'WriteJobInResults', type: 'switch' },
  ],
  create() {
    const jobs: Job[] = [];
    return {
      begin(ctx) {
        const wait = ctx.params.Wait === true;
        if (ctx.params.AutoRemoveJob === true && !wait) terminate(invalidOperation('The AutoRemoveJob parameter can be used only with the Wait parameter.'));
        if (ctx.params.WriteEvents === true) terminate(notSupported('WriteEvents'));
        if (ctx.params.WriteJobInResults === true) terminate(notSupported('WriteJobInResults'));
        if (ctx.params.Force === true && !wait) terminate(invalidOperation('The Force parameter can be used only with the Wait parameter.'));
        if (wait && ctx.params.Keep === true) terminate(invalidOperation('The Wait and Keep parameters cannot be used together in the same command.'));
      },
      process(ctx) {
        const repo = repositoryOf(ctx);
        const selected = selectJobs(ctx, repo, { commandType: RECEIVE_JOB, recurse: true, errorOnNoMatch: true });
        const keep = ctx.params.Keep === true;
        const recurse = ctx.params.NoRecurse !== true;
        if (ctx.params.Wait !== true) return sequence(selected, (job) => writeResults(ctx, job, keep, recurse));
        // Results are written in the order the jobs were given; each is followed until it has finished.
        for (const job of selected) if (!jobs.includes(job)) jobs.push(job);
      },
      async end(ctx) {
        if (ctx.params.Wait !== true) return;
        for (const job of jobs) {
          for (;;) {
            await writeResults(ctx, job, false, ctx.params.NoRecurse !== true);
            if (job.finished) break;
            await waitUntil([job], () => job.finished || job.hasCollectedData, ctx.signal);
          }
        }
        if (ctx.params.AutoRemoveJob === true) {
          const repo = repositoryOf(ctx);
          for (const job of jobs) repo.remove(job);
        }
      },
    };
  },
};
