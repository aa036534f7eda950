// Which jobs a job cmdlet works on (pwsh's JobCmdletBase): by -Job objects, -Id, -Name (wildcards), -InstanceId,
// -State or -Command, with pwsh's errors for ids and names that match no job.

import type { CommandContext, ParameterDef } from '../../../src/pipeline/types.js';
import { ProcessorContext } from '../../../src/pipeline/processor.js';
import { makeErrorRecord, type ErrorRecord } from '../../../src/engine/errors.js';
import { Guid } from '../../../src/objects/guid.js';
import { PSObject } from '../../../src/objects/psobject.js';
import { hasWildcard, wildcardToRegExp } from '../../../src/engine/operators.js';
import { terminate } from '../objects/common/errors.js';
import { Job } from './job.js';
import { jobRepository, type JobRepository } from './job-repository.js';

export const JOB_STATES = ['NotStarted', 'Running', 'Completed', 'Failed', 'Stopped', 'Blocked', 'Suspended', 'Disconnected', 'Suspending', 'Stopping', 'AtBreakpoint'];

/**
 * The parameters selecting jobs, in pwsh's parameter sets. pwsh has -Job, -Id, -Name and -InstanceId all at position
 * 0 and picks by the argument's type; here the one positional parameter (-Job, or Get-Job's -Id) takes any value and
 * the job is found by what the value is (a job, an id, a name, an instance id): see positionalJobs.
 */
export function selectionParameters(jobSet: string, options: { states?: boolean; command?: boolean } = {}): ParameterDef[] {
  const params: ParameterDef[] = [
    { name: 'Job', type: 'System.Object[]', mandatory: true, position: 0, valueFromPipeline: true, valueFromPipelineByPropertyName: true, parameterSets: [jobSet] },
    { name: 'Id', type: 'System.Int32[]', mandatory: true, valueFromPipelineByPropertyName: true, parameterSets: ['SessionIdParameterSet'] },
    { name: 'Name', type: 'System.String[]', mandatory: true, valueFromPipelineByPropertyName: true, parameterSets: ['NameParameterSet'] },
    { name: 'InstanceId', type: 'System.Guid[]', mandatory: true, valueFromPipelineByPropertyName: true, parameterSets: ['InstanceIdParameterSet'] },
  ];
  if (options.states) params.push({ name: 'State', type: 'System.String', mandatory: true, valueFromPipelineByPropertyName: true, validateSet: JOB_STATES, parameterSets: ['StateParameterSet'] });
  if (options.command) params.push({ name: 'Command', type: 'System.String[]', mandatory: true, valueFromPipelineByPropertyName: true, parameterSets: ['CommandParameterSet'] });
  return params;
}

/** The session's job repository, from a command running in this session. */
export function repositoryOf(ctx: CommandContext): JobRepository {
  if (!(ctx instanceof ProcessorContext)) terminate(makeErrorRecord('Job cmdlets can only run in a pipeline of this session.', { id: 'JobsNeedSession', category: 'InvalidOperation' }));
  return jobRepository(ctx.engine);
}

/** The top-level jobs, and with recurse their child jobs too (Get-Job -Id 2 finds Start-Job's child job). */
export function candidates(repo: JobRepository, recurse: boolean): Job[] {
  const all: Job[] = [];
  const add = (j: Job): void => {
    all.push(j);
    if (recurse) for (const c of j.children) add(c);
  };
  for (const j of repo.list()) add(j);
  return all;
}

export interface SelectOptions {
  commandType: string;
  /** Whether child jobs are found by id, name and instance id. */
  recurse: boolean;
  /** Whether an id or plain name that matches nothing is an error. */
  errorOnNoMatch: boolean;
}

/** The jobs the bound parameters select, writing pwsh's errors for ids and names that match none. */
export function selectJobs(ctx: CommandContext, repo: JobRepository, options: SelectOptions): Job[] {
  const pool = candidates(repo, options.recurse);
  const found: Job[] = [];
  const push = (j: Job): void => {
    if (!found.includes(j)) found.push(j);
  };
  switch (ctx.parameterSetName) {
    case 'SessionIdParameterSet':
      for (const id of toArray(ctx.params.Id)) {
        const matches = pool.filter((j) => j.id === Number(id));
        if (matches.length === 0 && options.errorOnNoMatch) {
          ctx.writeError(jobNotFound(`The command cannot find a job with the job ID ${String(id)}. Verify the value of the Id parameter and then try the command again.`, 'JobWithSpecifiedSessionIdNotFound', options.commandType, id));
        }
        matches.forEach(push);
      }
      break;
    case 'NameParameterSet':
      for (const raw of toArray(ctx.params.Name)) {
        const name = String(raw);
        const pattern = wildcardToRegExp(name);
        const matches = pool.filter((j) => pattern.test(j.name));
        if (matches.length === 0 && options.errorOnNoMatch && !hasWildcard(name)) {
          ctx.writeError(jobNotFound(`The command cannot find the job because the job name ${name} was not found. Verify the value of the Name parameter, and then try the command again.`, 'JobWithSpecifiedNameNotFound', options.commandType, name));
        }
        matches.forEach(push);
      }
      break;
    case 'InstanceIdParameterSet':
      for (const raw of toArray(ctx.params.InstanceId)) {
        const text = raw instanceof Guid ? raw.value : String(raw).toLowerCase();
        const matches = pool.filter((j) => j.instanceId.value === text);
        if (matches.length === 0 && options.errorOnNoMatch) {
          ctx.writeError(jobNotFound(`The command cannot find a job with the instance identifier ${text}. Verify the value of the InstanceId parameter, and then try the command again.`, 'JobWithSpecifiedInstanceIdNotFound', options.commandType, raw));
        }
        matches.forEach(push);
      }
      break;
    case 'StateParameterSet': {
      const state = String(ctx.params.State).toLowerCase();
      candidates(repo, false)
        .filter((j) => j.state.toLowerCase() === state)
        .forEach(push);
      break;
    }
    case 'CommandParameterSet':
      for (const raw of toArray(ctx.params.Command)) {
        const command = String(raw).trim();
        const pattern = wildcardToRegExp(command);
        candidates(repo, false)
          .filter((j) => j.command.trim().toLowerCase() === command.toLowerCase() || pattern.test(j.command.trim()))
          .forEach(push);
      }
      break;
    default:
      positionalJobs(ctx, pool, ctx.params.Job, options).forEach(push);
  }
  return found;
}

/** Jobs named by values of any kind: job objects, ids (numbers or digits), instance ids, or names. */
export function positionalJobs(ctx: CommandContext, pool: readonly Job[], value: unknown, options: SelectOptions): Job[] {
  const found: Job[] = [];
  for (const item of toArray(value)) {
    const v = item;
    if (v instanceof Job) {
      found.push(v);
      continue;
    }
    if (typeof v === 'number' || (typeof v === 'string' && /^\s*\d+\s*$/.test(v))) {
      const id = Number(v);
      const matches = pool.filter((j) => j.id === id);
      if (matches.length === 0 && options.errorOnNoMatch) {
        ctx.writeError(jobNotFound(`The command cannot find a job with the job ID ${id}. Verify the value of the Id parameter and then try the command again.`, 'JobWithSpecifiedSessionIdNotFound', options.commandType, id));
      }
      found.push(...matches);
      continue;
    }
    const guid = v instanceof Guid ? v : typeof v === 'string' ? Guid.tryParse(v) : undefined;
    if (guid) {
      const matches = pool.filter((j) => j.instanceId.value === guid.value);
      if (matches.length === 0 && options.errorOnNoMatch) {
        ctx.writeError(jobNotFound(`The command cannot find a job with the instance identifier ${guid.value}. Verify the value of the InstanceId parameter, and then try the command again.`, 'JobWithSpecifiedInstanceIdNotFound', options.commandType, v));
      }
      found.push(...matches);
      continue;
    }
    if (typeof v === 'string') {
      const pattern = wildcardToRegExp(v);
      const matches = pool.filter((j) => pattern.test(j.name));
      if (matches.length === 0 && options.errorOnNoMatch && !hasWildcard(v)) {
        ctx.writeError(jobNotFound(`The command cannot find the job because the job name ${v} was not found. Verify the value of the Name parameter, and then try the command again.`, 'JobWithSpecifiedNameNotFound', options.commandType, v));
      }
      found.push(...matches);
      continue;
    }
    jobsFromParameter(v);
  }
  return found;
}

/** The -Job argument's jobs; anything else cannot be bound, as pwsh's [Job[]] parameter refuses it. */
export function jobsFromParameter(value: unknown): Job[] {
  const jobs: Job[] = [];
  for (const item of toArray(value)) {
    if (item instanceof Job) {
      jobs.push(item);
      continue;
    }
    const typeName = item instanceof PSObject ? item.typeName : typeof item === 'string' ? 'System.String' : typeof item === 'number' ? 'System.Int32' : 'System.Object';
    terminate(
      makeErrorRecord(`Cannot bind parameter 'Job'. Cannot convert the "${String(item)}" value of type "${typeName}" to type "System.Management.Automation.Job".`, {
        type: 'System.Management.Automation.ParameterBindingException',
        baseTypeNames: ['System.Management.Automation.RuntimeException', 'System.SystemException', 'System.Exception'],
        id: 'CannotConvertArgumentNoMessage',
        category: 'InvalidArgument',
      }),
    );
  }
  return jobs;
}

function toArray(value: unknown): unknown[] {
  if (value === null || value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

function jobNotFound(message: string, id: string, commandType: string, target: unknown): ErrorRecord {
  return makeErrorRecord(message, {
    type: 'System.ArgumentException',
    baseTypeNames: ['System.SystemException', 'System.Exception'],
    id: `${id},${commandType}`,
    category: 'ObjectNotFound',
    target,
  });
}
