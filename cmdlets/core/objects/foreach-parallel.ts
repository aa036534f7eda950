// ForEach-Object -Parallel: runs the script block once per input object, each in a runspace of its own (a new global
// scope with only the automatic and preference variables, plus the $using: values taken from the caller when the
// command begins). JavaScript runs one thing at a time, but every AWS call, Start-Sleep and transfer waits on I/O, so
// up to -ThrottleLimit iterations are in flight at once; output goes downstream as each iteration writes it.

import { isPromise, type CommandContext, type MaybePromise } from '../../../src/pipeline/types.js';
import { ProcessorContext } from '../../../src/pipeline/processor.js';
import { PipelineStoppedError, StopUpstreamError } from '../../../src/pipeline/stop.js';
import { ErrorRecord, RuntimeError, makeErrorRecord } from '../../../src/engine/errors.js';
import type { OutputSink, Streams } from '../../../src/engine/context.js';
import type { Scope } from '../../../src/engine/scope.js';
import { ScriptBlock } from '../../../src/engine/scriptblock.js';
import { BreakSignal, ContinueSignal, ExitSignal, ReturnSignal } from '../../../src/engine/signals.js';
import { RunspaceTask, takeUsingValues as readUsingValues, whenSettled } from '../../../src/engine/runspace-task.js';
import type { Engine } from '../../../src/engine/engine.js';
import type { InformationRecord } from '../../../src/objects/stream-records.js';
import { argumentError, terminate } from './common/errors.js';
import { startTaskJob } from '../jobs/task-job.js';

const COMMAND = 'Microsoft.PowerShell.Commands.ForEachObjectCommand';
const DEFAULT_THROTTLE_LIMIT = 5;
/** pwsh's [ValidateRange(0, Int32.MaxValue / 1000)] on -TimeoutSeconds (the timer counts milliseconds). */
const MAX_TIMEOUT_SECONDS = Math.floor(2147483647 / 1000);
const UNSUPPORTED_COMMON_PARAMETERS = ['ErrorAction', 'WarningAction', 'InformationAction', 'ProgressAction', 'PipelineVariable'];

export interface ParallelRun {
  process(ctx: CommandContext, input: unknown, hasInput: boolean): MaybePromise<void>;
  end(): MaybePromise<void>;
  dispose(): void;
}

/** BeginProcessing of the ParallelParameterSet: validates, takes the $using: values, and returns the task pool. */
export function beginParallel(ctx: CommandContext): ParallelRun {
  if (!(ctx instanceof ProcessorContext)) {
    terminate(makeErrorRecord('ForEach-Object -Parallel can only run in a pipeline of this session.', { id: `ParallelNeedsSession,${COMMAND}`, category: 'InvalidOperation' }));
  }
  if (UNSUPPORTED_COMMON_PARAMETERS.some((p) => ctx.isBound(p))) {
    terminate(
      makeErrorRecord('The following common parameters are not currently supported in the Parallel parameter set:\nErrorAction, WarningAction, InformationAction, PipelineVariable', {
        type: 'System.Management.Automation.PSNotSupportedException',
        baseTypeNames: ['System.NotSupportedException', 'System.SystemException', 'System.Exception'],
        id: `ParallelCommonParametersNotSupported,${COMMAND}`,
        category: 'NotImplemented',
      }),
    );
  }
  const throttleLimit = ctx.isBound('ThrottleLimit') ? Number(ctx.params.ThrottleLimit) : DEFAULT_THROTTLE_LIMIT;
  if (throttleLimit < 1) terminate(rangeError('ThrottleLimit', `The ${throttleLimit} argument is less than the minimum allowed range of 1. Supply an argument that is greater than or equal to 1 and then try the command again.`));
  const timeoutSeconds = ctx.isBound('TimeoutSeconds') ? Number(ctx.params.TimeoutSeconds) : 0;
  if (timeoutSeconds < 0) terminate(rangeError('TimeoutSeconds', `The ${timeoutSeconds} argument is less than the minimum allowed range of 0. Supply an argument that is greater than or equal to 0 and then try the command again.`));
  if (timeoutSeconds > MAX_TIMEOUT_SECONDS) {
    terminate(rangeError('TimeoutSeconds', `The ${timeoutSeconds} argument is greater than the maximum allowed range of ${MAX_TIMEOUT_SECONDS}. Supply an argument that is less than or equal to ${MAX_TIMEOUT_SECONDS} and then try the command again.`));
  }
  const script = ctx.params.Parallel;
  if (!(script instanceof ScriptBlock)) {
    terminate(argumentError("Cannot bind argument to parameter 'Parallel' because it is null.", `ParameterArgumentValidationErrorNullNotAllowed,${COMMAND}`));
  }
  const usingValues = takeUsingValues(script, ctx.exec.scope);
  if (ctx.params.AsJob === true) {
    if (ctx.isBound('TimeoutSeconds')) {
      terminate(argumentError("The 'TimeoutSeconds' parameter cannot be used with the 'AsJob' parameter.", `ParallelCannotUseTimeoutWithJob,${COMMAND}`, null, 'InvalidOperation'));
    }
    return new AsJobRun(ctx, script, usingValues, throttleLimit);
  }
  return new TaskPool(ctx, script, usingValues, throttleLimit, timeoutSeconds);
}

/** -AsJob: the input objects are collected, and one PSTaskJob with a child job per object is written at the end. */
class AsJobRun implements ParallelRun {
  private readonly inputs: unknown[] = [];

  constructor(
    private readonly ctx: ProcessorContext,
    private readonly script: ScriptBlock,
    private readonly usingValues: ReadonlyMap<string, unknown>,
    private readonly throttleLimit: number,
  ) {}

  process(ctx: CommandContext, input: unknown, hasInput: boolean): void {
    const obj = hasInput ? input : ctx.isBound('InputObject') ? (ctx.params.InputObject ?? null) : null;
    if (obj instanceof ScriptBlock) {
      ctx.writeError(pipedScriptBlockError());
      return;
    }
    this.inputs.push(obj);
  }

  end(): MaybePromise<void> {
    return this.ctx.write(startTaskJob(this.ctx, this.script, this.usingValues, this.inputs, this.throttleLimit));
  }

  dispose(): void {}
}

function pipedScriptBlockError(): ErrorRecord {
  return argumentError(
    'A ForEach-Object -Parallel piped input object cannot be a script block. Passed-in script block variables are not supported with ForEach-Object -Parallel, and can result in undefined behavior.',
    `ParallelPipedInputObjectCannotBeScriptBlock,${COMMAND}`,
    null,
    'InvalidType',
  );
}

function rangeError(parameter: string, detail: string): ErrorRecord {
  return makeErrorRecord(`Cannot validate argument on parameter '${parameter}'. ${detail}`, {
    type: 'System.Management.Automation.ParameterBindingValidationException',
    baseTypeNames: ['System.Management.Automation.ParameterBindingException', 'System.Management.Automation.RuntimeException', 'System.SystemException', 'System.Exception'],
    id: `ParameterArgumentValidationError,${COMMAND}`,
    category: 'InvalidData',
  });
}

/** The $using: values, read once in the caller's scope; script blocks among them are refused as pwsh does. */
function takeUsingValues(script: ScriptBlock, callerScope: Scope): Map<string, unknown> {
  const values = readUsingValues(script, callerScope);
  for (const value of values.values()) {
    // Script blocks are bound to the runspace they were created in: pwsh refuses them.
    if (value instanceof ScriptBlock) {
      terminate(
        argumentError(
          'A ForEach-Object -Parallel using variable cannot be a script block. Passed-in script block variables are not supported with ForEach-Object -Parallel, and can result in undefined behavior.',
          `ParallelUsingVariableCannotBeScriptBlock,${COMMAND}`,
          null,
          'InvalidType',
        ),
      );
    }
  }
  return values;
}

/** Why an iteration was stopped before it finished. */
type StopReason = 'timeout' | 'pipeline';

type Iteration = RunspaceTask<StopReason>;

/** pwsh's PSTaskPool with its data stream writer: starts iterations in input order, at most throttleLimit at once. */
class TaskPool implements ParallelRun {
  private readonly engine: Engine;
  private readonly running = new Set<Iteration>();
  private readonly output: SerialSink;
  private readonly streams: Streams;
  /** What ends the whole command (Ctrl-C, a downstream stop, an error the caller's preference makes terminating). */
  private fatal: unknown = undefined;
  private timedOut = false;
  private wroteError = false;
  private timer: NodeJS.Timeout | undefined;
  /** process() waiting for a free slot (the pipeline calls it again only once it resolved). */
  private slotWaiter: { run: () => void; fail: (e: unknown) => void } | undefined;
  private endWaiter: { done: () => void; fail: (e: unknown) => void } | undefined;
  private readonly onOuterAbort = (): void => this.failAll(new PipelineStoppedError());

  constructor(
    private readonly ctx: ProcessorContext,
    private readonly script: ScriptBlock,
    private readonly usingValues: ReadonlyMap<string, unknown>,
    private readonly throttleLimit: number,
    timeoutSeconds: number,
  ) {
    this.engine = ctx.engine;
    this.output = new SerialSink(ctx);
    this.streams = this.forwardingStreams();
    ctx.signal.addEventListener('abort', this.onOuterAbort, { once: true });
    if (timeoutSeconds > 0) {
      this.timer = setTimeout(() => this.timeOut(), timeoutSeconds * 1000);
    }
  }

  process(ctx: CommandContext, input: unknown, hasInput: boolean): MaybePromise<void> {
    if (this.fatal !== undefined) throw this.fatal;
    if (this.timedOut) return;
    const obj = hasInput ? input : ctx.isBound('InputObject') ? (ctx.params.InputObject ?? null) : null;
    if (obj instanceof ScriptBlock) {
      ctx.writeError(pipedScriptBlockError());
      return;
    }
    if (this.running.size < this.throttleLimit) {
      this.launch(obj);
      return;
    }
    return new Promise<void>((resolve, reject) => {
      this.slotWaiter = {
        run: () => {
          if (!this.timedOut) this.launch(obj);
          resolve();
        },
        fail: reject,
      };
    });
  }

  end(): MaybePromise<void> {
    if (this.running.size === 0) return this.finish();
    return new Promise<void>((resolve, reject) => {
      this.endWaiter = { done: resolve, fail: reject };
    }).then(() => this.finish());
  }

  dispose(): void {
    this.release();
    for (const it of this.running) it.stop('pipeline');
  }

  private finish(): void {
    this.release();
    if (this.fatal !== undefined) throw this.fatal;
    // Errors are often written while an iteration's own $? is in place: the caller's is set here, once all are done.
    if (this.wroteError) this.engine.lastSuccess = false;
  }

  private release(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.ctx.signal.removeEventListener('abort', this.onOuterAbort);
  }

  private launch(input: unknown): void {
    const it: Iteration = new RunspaceTask<StopReason>(this.engine, this.ctx.signal);
    this.running.add(it);
    const env = { sink: this.output, streams: this.streams, host: this.ctx.host, usingValues: this.usingValues };
    whenSettled(
      () => it.run(this.script, { dollarUnder: input }, env),
      (error) => this.settle(it, error),
    );
  }

  /** An iteration ended (error: what it threw, undefined when it completed): report it and start the next one. */
  private settle(it: Iteration, error: unknown): void {
    this.running.delete(it);
    if (error !== undefined) this.report(it, error);
    const waiter = this.slotWaiter;
    if (waiter && this.fatal === undefined) {
      this.slotWaiter = undefined;
      waiter.run();
    }
    if (this.running.size === 0 && this.endWaiter) {
      const w = this.endWaiter;
      this.endWaiter = undefined;
      w.done();
    }
  }

  private report(it: Iteration, error: unknown): void {
    if (error instanceof ExitSignal || error instanceof ReturnSignal || error instanceof BreakSignal || error instanceof ContinueSignal) return;
    if (error instanceof PipelineStoppedError && it.stopReason === 'timeout') {
      this.writeError(taskError({ typeName: 'System.Management.Automation.PipelineStoppedException', message: 'The pipeline has been stopped.', baseTypeNames: ['System.Management.Automation.RuntimeException', 'System.SystemException', 'System.Exception'] }));
      return;
    }
    if (error instanceof RuntimeError) {
      // A terminating error ends this iteration only: pwsh writes it as a non-terminating PSTaskException.
      this.writeError(taskError(error.record.exception));
      return;
    }
    if (it.stopReason === 'pipeline' && error instanceof PipelineStoppedError) return;
    // A downstream stop (Select-Object -First), Ctrl-C, or a defect: the whole command ends with it.
    this.failAll(error instanceof StopUpstreamError || error instanceof PipelineStoppedError ? error : internalError(error));
  }

  private writeError(record: ErrorRecord): void {
    this.wroteError = true;
    try {
      this.ctx.writeError(record);
    } catch (e) {
      // The caller's $ErrorActionPreference Stop makes the error terminating for the whole command.
      this.failAll(e);
    }
  }

  private failAll(error: unknown): void {
    if (this.fatal === undefined) this.fatal = error;
    this.release();
    for (const it of this.running) it.stop('pipeline');
    const waiter = this.slotWaiter;
    this.slotWaiter = undefined;
    waiter?.fail(this.fatal);
    if (this.running.size === 0 && this.endWaiter) {
      const w = this.endWaiter;
      this.endWaiter = undefined;
      w.fail(this.fatal);
    }
  }

  /** -TimeoutSeconds expired: running iterations are stopped (each writes an error), queued input is dropped. */
  private timeOut(): void {
    this.timer = undefined;
    this.timedOut = true;
    for (const it of this.running) it.stop('timeout');
    const waiter = this.slotWaiter;
    this.slotWaiter = undefined;
    waiter?.run();
  }

  /**
   * The iterations' error, warning, verbose, debug and information records, written again through this command (as
   * pwsh's PSTaskDataStreamWriter does), so its redirections, -*Variable parameters and the caller's preferences apply.
   */
  private forwardingStreams(): Streams {
    const guard = (write: () => void): void => {
      try {
        write();
      } catch (e) {
        this.failAll(e);
      }
    };
    return {
      error: (record) => this.writeError(record),
      warning: (message) => guard(() => this.ctx.writeWarning(message)),
      verbose: (message) => guard(() => this.ctx.writeVerbose(message)),
      debug: (message) => guard(() => this.ctx.writeDebug(message)),
      information: (_value, record: InformationRecord) => guard(() => this.ctx.writeInformation(record)),
      // Every record the iteration does not Ignore comes here; this command's preference decides what is shown.
      informationRedirected: true,
    };
  }
}

function taskError(exception: ErrorRecord['exception']): ErrorRecord {
  return new ErrorRecord(exception, 'PSTaskException', 'InvalidOperation', null);
}

function internalError(e: unknown): RuntimeError {
  return new RuntimeError(makeErrorRecord(e instanceof Error ? e.message : String(e), { id: 'InternalError' }));
}

/**
 * Output of all iterations into the one downstream pipeline: one object at a time, so a downstream command that waits
 * (and re-binds its pipeline parameters per object) never sees a second object before it finished the first.
 */
class SerialSink implements OutputSink {
  private pending: Promise<void> | undefined;

  constructor(private readonly ctx: CommandContext) {}

  write(value: unknown): MaybePromise<void> {
    if (this.pending) return this.track(this.pending.then(() => this.ctx.write(value)));
    const r = this.ctx.write(value);
    return isPromise(r) ? this.track(r) : undefined;
  }

  private track(p: Promise<void>): Promise<void> {
    const tracked: Promise<void> = p.finally(() => {
      if (this.pending === tracked) this.pending = undefined;
    });
    this.pending = tracked;
    return tracked;
  }
}
