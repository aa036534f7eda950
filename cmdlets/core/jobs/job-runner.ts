// Runs a job's script block as a runspace task (src/engine/runspace-task.ts): its output and stream records are
// collected in the job for Receive-Job, and its end decides the job's state (Completed, Failed with the error as
// JobStateInfo.Reason, or Stopped).

import type { HostApi } from '../../../src/pipeline/types.js';
import type { ProgressRecord } from '../../../src/objects/progress-record.js';
import { PipelineStoppedError, StopUpstreamError } from '../../../src/pipeline/stop.js';
import { RuntimeError, makeErrorRecord, type ErrorRecord } from '../../../src/engine/errors.js';
import type { OutputSink, Streams } from '../../../src/engine/context.js';
import type { ScriptBlock } from '../../../src/engine/scriptblock.js';
import type { Engine } from '../../../src/engine/engine.js';
import { BreakSignal, ContinueSignal, ExitSignal, ReturnSignal } from '../../../src/engine/signals.js';
import { RunspaceTask, whenSettled, type TaskInvocation } from '../../../src/engine/runspace-task.js';
import { HostInformationMessage, InformationRecord } from '../../../src/objects/stream-records.js';
import type { PSList } from '../../../src/objects/pslist.js';
import type { Job } from './job.js';

/** What a job runs: the script block, how it is invoked, and the $using: values taken when it was started. */
export interface JobWork {
  script: ScriptBlock;
  invocation: TaskInvocation;
  usingValues: ReadonlyMap<string, unknown>;
}

/**
 * Starts the job: it is Running at once, and its script block begins on the next turn of the event loop, so that
 * Start-Job returns (and the caller goes on) before the job's first command runs. done runs once it has ended.
 */
export function runJob(engine: Engine, job: Job, work: JobWork, callerHost: HostApi, done?: () => void): void {
  if (job.finished) {
    // Stopped while it waited for a throttle slot.
    done?.();
    return;
  }
  const task = new RunspaceTask(engine);
  job.task = task;
  job.setState('Running');
  const env = { sink: collectingSink(job), streams: collectingStreams(job), host: jobHost(job, callerHost), usingValues: work.usingValues };
  setImmediate(() =>
    whenSettled(
      () => {
        if (task.signal.aborted) throw new PipelineStoppedError();
        return task.run(work.script, work.invocation, env);
      },
      (error) => {
        job.task = undefined;
        finish(job, error);
        done?.();
      },
    ),
  );
}

function finish(job: Job, error: unknown): void {
  if (job.stopRequested) {
    job.setState('Stopped');
    return;
  }
  if (error === undefined || error instanceof ExitSignal || error instanceof ReturnSignal || error instanceof BreakSignal || error instanceof ContinueSignal || error instanceof StopUpstreamError) {
    job.setState('Completed');
    return;
  }
  if (error instanceof PipelineStoppedError) {
    job.setState('Stopped');
    return;
  }
  const record = error instanceof RuntimeError ? error.record : internalError(error);
  add(job, job.streams.error, record);
  job.setState('Failed', record);
}

function internalError(e: unknown): ErrorRecord {
  return makeErrorRecord(e instanceof Error ? e.message : String(e), { id: 'InternalError' });
}

function add(job: Job, list: PSList, item: unknown): void {
  list.add(item);
  job.notify();
}

function collectingSink(job: Job): OutputSink {
  return { write: (value) => add(job, job.streams.output, value) };
}

/** The job's records go to its collections: the preferences in the job decide what is written at all. */
function collectingStreams(job: Job): Streams {
  const s = job.streams;
  return {
    error: (record) => add(job, s.error, record),
    warning: (_message, record) => add(job, s.warning, record),
    verbose: (_message, record) => add(job, s.verbose, record),
    debug: (_message, record) => add(job, s.debug, record),
    information: (_value, record) => add(job, s.information, record),
    // Write-Host and Write-Information records are kept (not shown): Receive-Job's preference decides.
    informationRedirected: true,
  };
}

/** The host a job sees: no user to prompt; what would go straight to the console is kept as host information. */
function jobHost(job: Job, callerHost: HostApi): HostApi {
  const hostText = (text: string): void => {
    const noNewline = !text.endsWith('\n');
    const message = new HostInformationMessage(noNewline ? text : text.slice(0, -1), null, null, noNewline);
    add(job, job.streams.information, new InformationRecord(message, null, ['PSHOST']));
  };
  return {
    width: callerHost.width,
    interactive: false,
    terminal: false,
    outputColor: false,
    color: false,
    readLine: () =>
      Promise.reject(
        new RuntimeError(
          makeErrorRecord('A command that prompts the user failed because the host program or the command type does not support user interaction. The host was attempting to request confirmation with the following message: Read-Host', {
            type: 'System.Management.Automation.Host.HostException',
            id: 'HostFunctionNotImplemented',
            category: 'NotImplemented',
          }),
        ),
      ),
    writeOut: hostText,
    writeErr: hostText,
    writeProgress: (_sourceId: number, record: ProgressRecord) => add(job, job.streams.progress, record),
  };
}

/** pwsh's ThreadJob queue: at most limit jobs run at once; the others wait NotStarted. */
export class ThrottleQueue {
  private running = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(public limit: number) {}

  /** start receives a function to call when the work has ended. */
  enqueue(start: (release: () => void) => void): void {
    const run = (): void => {
      this.running++;
      let released = false;
      start(() => {
        if (released) return;
        released = true;
        this.running--;
        this.next();
      });
    };
    if (this.running < this.limit) run();
    else this.waiting.push(run);
  }

  private next(): void {
    while (this.running < this.limit && this.waiting.length > 0) this.waiting.shift()!();
  }
}
