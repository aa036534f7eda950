// Get-Job, Wait-Job, Stop-Job and Remove-Job: list, wait for, stop and forget the session's jobs.

import type { CommandDefinition, ParameterDef } from '../../../src/pipeline/types.js';
import { makeErrorRecord } from '../../../src/engine/errors.js';
import { argumentError, terminate } from '../objects/common/errors.js';
import type { Job } from './job.js';
import { stopJob } from './job-repository.js';
import { JOB_STATES, candidates, positionalJobs, repositoryOf, selectJobs, selectionParameters } from './job-selection.js';
import { waitUntil } from './job-waiting.js';

const GET_JOB = 'Microsoft.PowerShell.Commands.GetJobCommand';
const WAIT_JOB = 'Microsoft.PowerShell.Commands.WaitJobCommand';
const STOP_JOB = 'Microsoft.PowerShell.Commands.StopJobCommand';
const REMOVE_JOB = 'Microsoft.PowerShell.Commands.RemoveJobCommand';

/** Get-Job's -Id is optional (without it, every job) and, being positional, also takes names (see selectionParameters). */
const GET_JOB_ID: ParameterDef = { name: 'Id', type: 'System.Object[]', position: 0, valueFromPipelineByPropertyName: true, parameterSets: ['SessionIdParameterSet'] };

export const getJobCommand: CommandDefinition = {
  name: 'Get-Job',
  aliases: ['gjb'],
  module: 'Microsoft.PowerShell.Core',
  synopsis: 'Gets PowerShell background jobs that are running in the current session.',
  defaultParameterSet: 'SessionIdParameterSet',
  outputType: ['System.Management.Automation.Job'],
  parameters: [
    // Get-Job's -Id is optional: without it, every job of the session.
    GET_JOB_ID,
    ...selectionParameters('__none', { states: true, command: true }).filter((p) => p.name !== 'Job' && p.name !== 'Id'),
    { name: 'IncludeChildJob', type: 'switch' },
    { name: 'ChildJobState', type: 'System.String', validateSet: JOB_STATES },
    { name: 'HasMoreData', type: 'System.Boolean' },
    { name: 'Newest', type: 'System.Int32' },
  ],
  create() {
    return {
      process(ctx) {
        const repo = repositoryOf(ctx);
        const options = { commandType: GET_JOB, recurse: true, errorOnNoMatch: true };
        let jobs: Job[];
        if (ctx.parameterSetName !== 'SessionIdParameterSet') jobs = selectJobs(ctx, repo, options);
        else if (ctx.isBound('Id')) jobs = positionalJobs(ctx, candidates(repo, true), ctx.params.Id, options);
        else jobs = [...repo.list()];
        if (ctx.isBound('HasMoreData')) jobs = jobs.filter((j) => j.hasMoreData === (ctx.params.HasMoreData === true));
        if (ctx.isBound('Newest')) {
          const n = Number(ctx.params.Newest);
          jobs = [...jobs].sort((a, b) => (b.beginTime?.getTime() ?? 0) - (a.beginTime?.getTime() ?? 0)).slice(0, Math.max(0, n));
        }
        const out: Job[] = [];
        for (const job of jobs) {
          if (ctx.isBound('ChildJobState')) {
            const state = String(ctx.params.ChildJobState).toLowerCase();
            out.push(...job.children.filter((c) => c.state.toLowerCase() === state));
            continue;
          }
          out.push(job);
          if (ctx.params.IncludeChildJob === true) out.push(...job.children);
        }
        return ctx.writeEnumerated(out);
      },
    };
  },
};

export const waitJobCommand: CommandDefinition = {
  name: 'Wait-Job',
  aliases: ['wjb'],
  module: 'Microsoft.PowerShell.Core',
  synopsis: 'Waits until one or all of the PowerShell jobs running in the session are in a terminating state.',
  defaultParameterSet: 'JobParameterSet',
  outputType: ['System.Management.Automation.Job'],
  parameters: [
    ...selectionParameters('JobParameterSet', { states: true }),
    { name: 'Any', type: 'switch' },
    { name: 'Timeout', type: 'System.Int32', aliases: ['TimeoutSec'] },
    { name: 'Force', type: 'switch' },
  ],
  create() {
    const jobs: Job[] = [];
    return {
      process(ctx) {
        for (const job of selectJobs(ctx, repositoryOf(ctx), { commandType: WAIT_JOB, recurse: true, errorOnNoMatch: true })) if (!jobs.includes(job)) jobs.push(job);
      },
      async end(ctx) {
        const timeout = ctx.isBound('Timeout') ? Number(ctx.params.Timeout) : -1;
        if (timeout < -1) {
          terminate(
            argumentError(
              `Cannot validate argument on parameter 'Timeout'. The ${timeout} argument is less than the minimum allowed range of -1. Supply an argument that is greater than or equal to -1 and then try the command again.`,
              `ParameterArgumentValidationError,${WAIT_JOB}`,
            ),
          );
        }
        if (jobs.length === 0) return;
        const any = ctx.params.Any === true;
        const condition = any ? () => jobs.some((j) => j.finished) : () => jobs.every((j) => j.finished);
        const met = await waitUntil(jobs, condition, ctx.signal, timeout < 0 ? undefined : timeout * 1000);
        // On timeout nothing is written; with -Any, the jobs that had finished by then.
        if (!met) return;
        for (const job of jobs) if (job.finished) await ctx.write(job);
      },
    };
  },
};

export const stopJobCommand: CommandDefinition = {
  name: 'Stop-Job',
  aliases: ['spjb'],
  module: 'Microsoft.PowerShell.Core',
  synopsis: 'Stops a PowerShell background job.',
  defaultParameterSet: 'JobParameterSet',
  confirmImpact: 'Medium',
  outputType: ['System.Management.Automation.Job'],
  parameters: [...selectionParameters('JobParameterSet', { states: true }), { name: 'PassThru', type: 'switch' }],
  create() {
    return {
      async process(ctx) {
        const jobs = selectJobs(ctx, repositoryOf(ctx), { commandType: STOP_JOB, recurse: true, errorOnNoMatch: true });
        const stopping: Job[] = [];
        for (const job of jobs) {
          if (!job.finished && (await ctx.shouldProcess(`${job.command}, ID: ${job.id}`, 'Stop'))) {
            stopJob(job);
            stopping.push(job);
          }
        }
        // Stop-Job returns once the jobs have stopped: each running task wakes up with its stop signal.
        await waitUntil(stopping, () => stopping.every((j) => j.finished), ctx.signal);
        if (ctx.params.PassThru === true) for (const job of jobs) await ctx.write(job);
      },
    };
  },
};

export const removeJobCommand: CommandDefinition = {
  name: 'Remove-Job',
  aliases: ['rjb'],
  module: 'Microsoft.PowerShell.Core',
  synopsis: 'Deletes a PowerShell background job.',
  defaultParameterSet: 'JobParameterSet',
  confirmImpact: 'Medium',
  parameters: [...selectionParameters('JobParameterSet', { states: true, command: true }), { name: 'Force', type: 'switch', aliases: ['F'], parameterSets: ['SessionIdParameterSet', 'NameParameterSet', 'InstanceIdParameterSet', 'JobParameterSet'] }],
  create() {
    return {
      async process(ctx) {
        const repo = repositoryOf(ctx);
        const force = ctx.params.Force === true;
        const jobs = selectJobs(ctx, repo, { commandType: REMOVE_JOB, recurse: false, errorOnNoMatch: true });
        for (const job of jobs) {
          if (!job.finished && !force) {
            ctx.writeError(notFinished(job, ctx.parameterSetName === 'NameParameterSet'));
            continue;
          }
          if (!(await ctx.shouldProcess(`${job.command}, ID: ${job.id}`, 'Remove'))) continue;
          if (!job.finished) {
            stopJob(job);
            await waitUntil([job], () => job.finished, ctx.signal);
          }
          repo.remove(job);
        }
      },
    };
  },
};

function notFinished(job: Job, byName: boolean): ReturnType<typeof makeErrorRecord> {
  const what = byName ? `the job name ${job.name}` : `the job ID ${job.id}`;
  return makeErrorRecord(`The command cannot remove the job with ${what} because the job is not finished. To remove the job, first stop the job, or use the Force parameter.`, {
    type: 'System.ArgumentException',
    baseTypeNames: ['System.SystemException', 'System.Exception'],
    id: `JobObjectNotFinishedCannotBeRemoved,${REMOVE_JOB}`,
    category: 'InvalidOperation',
    target: job,
  });
}

