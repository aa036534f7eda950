// Start-Job and Start-ThreadJob: run a script block (or a .ps1 file) in the background and return the job at once.
// Both run in this process as a runspace task (pwsh runs Start-Job in a child process and hands back deserialized
// objects; here a job's results are the live objects). The job is Running at once; its first command runs once
// the caller next waits (job-runner.ts).

import * as fs from 'node:fs';
import type { CommandContext, CommandDefinition, ParameterDef } from '../../../src/pipeline/types.js';
import { ProcessorContext } from '../../../src/pipeline/processor.js';
import { makeErrorRecord } from '../../../src/engine/errors.js';
import { ScriptBlock } from '../../../src/engine/scriptblock.js';
import { takeUsingValues } from '../../../src/engine/runspace-task.js';
import { parseScript } from '../../../grammar/parser.js';
import { ParseError } from '../../../grammar/errors.js';
import { argumentError, terminate } from '../objects/common/errors.js';
import { runJob, ThrottleQueue, type JobWork } from './job-runner.js';
import type { JobRepository } from './job-repository.js';
import type { Job } from './job.js';
import { repositoryOf } from './job-selection.js';
import { backgroundScriptText } from './background-operator.js';

const START_JOB = 'Microsoft.PowerShell.Commands.StartJobCommand';
const START_THREAD_JOB = 'ThreadJob.StartThreadJobCommand';
const DEFAULT_THREAD_THROTTLE = 5;

const commonStartParameters: ParameterDef[] = [
  { name: 'ScriptBlock', type: 'scriptblock', aliases: ['Command'], mandatory: true, position: 0, parameterSets: ['ScriptBlock'] },
  { name: 'FilePath', type: 'System.String', mandatory: true, position: 0, parameterSets: ['FilePath'] },
  { name: 'Name', type: 'System.String', valueFromPipelineByPropertyName: true },
  { name: 'InitializationScript', type: 'scriptblock' },
  { name: 'InputObject', type: 'System.Management.Automation.PSObject', valueFromPipeline: true, allowNull: true },
  { name: 'ArgumentList', type: 'System.Object[]', aliases: ['Args'] },
];

/** What the parser passes for `pipeline &` (background-operator.ts); not for scripts to use. */
const BACKGROUND_OPERATOR: ParameterDef = { name: 'BackgroundOperatorPipeline', type: 'System.String', mandatory: true, hidden: true, parameterSets: ['BackgroundOperator'] };

/** What both cmdlets share: collect the piped input, then create and start the job in end(). */
function startCommand(commandType: string, start: (ctx: CommandContext, repo: JobRepository, work: JobWork, command: string) => Job): CommandDefinition['create'] {
  return () => {
    const input: unknown[] = [];
    return {
      process(ctx, value, hasInput) {
        if (hasInput) input.push(value);
        else if (ctx.isBound('InputObject')) input.push(ctx.params.InputObject ?? null);
      },
      end(ctx) {
        if (!(ctx instanceof ProcessorContext)) terminate(makeErrorRecord('Jobs can only be started from a pipeline of this session.', { id: 'JobsNeedSession', category: 'InvalidOperation' }));
        const repo = repositoryOf(ctx);
        const script = scriptToRun(ctx, commandType);
        const init = ctx.params.InitializationScript instanceof ScriptBlock ? ctx.params.InitializationScript : undefined;
        const args = Array.isArray(ctx.params.ArgumentList) ? ctx.params.ArgumentList : [];
        const work: JobWork = {
          script,
          invocation: { args, input, init },
          usingValues: takeUsingValues(script, ctx.exec.scope),
        };
        const job = start(ctx, repo, work, script.text.trim());
        return ctx.write(job);
      },
    };
  };
}

/** -ScriptBlock, or the .ps1 file -FilePath names (parsed now: a syntax error fails the command). */
function scriptToRun(ctx: ProcessorContext, commandType: string): ScriptBlock {
  if (ctx.parameterSetName === 'BackgroundOperator') {
    const text = backgroundScriptText(String(ctx.params.BackgroundOperatorPipeline ?? ''), ctx.exec.scope);
    return new ScriptBlock(parseScript(text), { text });
  }
  if (ctx.parameterSetName !== 'FilePath') {
    const sb = ctx.params.ScriptBlock;
    if (!(sb instanceof ScriptBlock)) terminate(argumentError("Cannot bind argument to parameter 'ScriptBlock' because it is null.", `ParameterArgumentValidationErrorNullNotAllowed,${commandType}`));
    return sb;
  }
  const given = String(ctx.params.FilePath ?? '');
  if (!/\.ps1$/i.test(given)) {
    terminate(argumentError(`Cannot process the file '${given}' because it does not have a .ps1 extension. Only .ps1 files can be run as jobs.`, `FilePathExt,${commandType}`, given));
  }
  const full = ctx.session.resolvePath(given);
  if (!fs.existsSync(full)) {
    terminate(
      makeErrorRecord(`Cannot find path '${full}' because it does not exist.`, {
        type: 'System.Management.Automation.ItemNotFoundException',
        baseTypeNames: ['System.Management.Automation.SessionStateException', 'System.Management.Automation.RuntimeException', 'System.SystemException', 'System.Exception'],
        id: `PathNotFound,${commandType}`,
        category: 'ObjectNotFound',
        target: given,
      }),
    );
  }
  const text = fs.readFileSync(full, 'utf8');
  try {
    return new ScriptBlock(parseScript(text), { text, file: full });
  } catch (e) {
    if (e instanceof ParseError) {
      terminate(makeErrorRecord(e.message, { type: 'System.Management.Automation.ParseException', id: `ParseException,${commandType}`, category: 'ParserError', target: given }));
    }
    throw e;
  }
}

export const startJobCommand: CommandDefinition = {
  name: 'Start-Job',
  aliases: ['sajb'],
  module: 'Microsoft.PowerShell.Core',
  synopsis:
    'Starts a PowerShell background job. In awsps the job runs in this process, concurrently with the session (pwsh starts a child process and returns deserialized objects; awsps returns the live objects). $using: values are taken when the job starts.',
  defaultParameterSet: 'ScriptBlock',
  outputType: ['System.Management.Automation.PSRemotingJob'],
  parameters: [...commonStartParameters, BACKGROUND_OPERATOR],
  create: startCommand(START_JOB, (ctx, repo, work, command) => {
    // pwsh's Start-Job: a parent job (what Get-Job lists) whose one child job runs the script.
    const name = typeof ctx.params.Name === 'string' ? ctx.params.Name : undefined;
    const parent = repo.create('BackgroundJob', command, name);
    const child = repo.create('BackgroundChildJob', command, undefined, false);
    parent.addChild(child);
    const engine = (ctx as ProcessorContext).engine;
    runJob(engine, child, work, ctx.host);
    return parent;
  }),
};

const threadQueues = new WeakMap<JobRepository, ThrottleQueue>();

export const startThreadJobCommand: CommandDefinition = {
  name: 'Start-ThreadJob',
  module: 'ThreadJob',
  synopsis: 'Starts a PowerShell job that runs concurrently with the session, in a runspace of its own. At most -ThrottleLimit thread jobs run at once; the others wait NotStarted.',
  defaultParameterSet: 'ScriptBlock',
  outputType: ['ThreadJob.ThreadJob'],
  parameters: [...commonStartParameters, { name: 'ThrottleLimit', type: 'System.Int32' }],
  create: startCommand(START_THREAD_JOB, (ctx, repo, work, command) => {
    const limit = ctx.isBound('ThrottleLimit') ? Number(ctx.params.ThrottleLimit) : DEFAULT_THREAD_THROTTLE;
    if (limit < 1) {
      terminate(argumentError(`Cannot validate argument on parameter 'ThrottleLimit'. The ${limit} argument is less than the minimum allowed range of 1. Supply an argument that is greater than or equal to 1 and then try the command again.`, `ParameterArgumentValidationError,${START_THREAD_JOB}`));
    }
    const name = typeof ctx.params.Name === 'string' ? ctx.params.Name : undefined;
    const job = repo.create('ThreadJob', command, name);
    let queue = threadQueues.get(repo);
    if (!queue) {
      queue = new ThrottleQueue(limit);
      threadQueues.set(repo, queue);
    }
    // As pwsh's ThreadJob queue: each Start-ThreadJob sets the limit for the jobs that wait.
    queue.limit = limit;
    const engine = (ctx as ProcessorContext).engine;
    queue.enqueue((release) => runJob(engine, job, work, ctx.host, release));
    return job;
  }),
};
