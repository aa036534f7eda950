// A script block running in a runspace of its own, concurrently with the rest of the session: what a
// ForEach-Object -Parallel iteration and a background job (Start-Job, Start-ThreadJob) are. The engine is
// single-threaded JavaScript, so a task runs synchronously until it waits on I/O (an AWS call, Start-Sleep, a
// transfer); the task drives the script block's evaluator generator itself so that, around each synchronous slice,
// the engine's per-runspace state ($?, the stop signal new commands take) is the task's own, and the caller's is put
// back afterwards.

import { isPromise, type HostApi, type MaybePromise } from '../pipeline/types.js';
import { PipelineStoppedError } from '../pipeline/stop.js';
import { ExecContext, type OutputSink, type Streams } from './context.js';
import { Scope, createRunspaceScope, type RunspaceState } from './scope.js';
import { ScriptBlock } from './scriptblock.js';
import { automaticVariables } from './automatic-variables.js';
import type { Eval } from './drive.js';
import type { Engine } from './engine.js';

/** Every $using:name in the script block (nested blocks and strings included), read once in the caller's scope. */
export function takeUsingValues(script: ScriptBlock, callerScope: Scope): Map<string, unknown> {
  const values = new Map<string, unknown>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const n of node) visit(n);
      return;
    }
    if (node === null || typeof node !== 'object') return;
    const rec = node as Record<string, unknown>;
    if (rec.kind === 'Variable' && rec.scope === 'using' && typeof rec.name === 'string') {
      const key = rec.name.toLowerCase();
      if (!values.has(key)) values.set(key, callerScope.lookup(key)?.value ?? null);
      return;
    }
    for (const [k, v] of Object.entries(rec)) if (k !== 'ext' && v !== null && typeof v === 'object') visit(v);
  };
  visit(script.ast);
  return values;
}

/** How a task's script block is started: $_, $args (and param()), $input, and a script run first in its runspace. */
export interface TaskInvocation {
  dollarUnder?: unknown;
  args?: unknown[];
  input?: unknown[];
  /** Start-Job -InitializationScript: runs in the same runspace before the script block. */
  init?: ScriptBlock;
}

/** Where a task's output and stream records go, and the host it sees. */
export interface TaskEnvironment {
  sink: OutputSink;
  streams: Streams;
  host: HostApi;
  usingValues: ReadonlyMap<string, unknown>;
}

export class RunspaceTask<Reason extends string = string> {
  private readonly controller = new AbortController();
  /** What commands inside the task take as their stop signal (Start-Sleep and AWS calls listen to it). */
  readonly signal: AbortSignal;
  private lastSuccess = true;
  /** Why the task was stopped, the first time it was. */
  stopReason: Reason | undefined;

  /** outerSignal: what else stops the task (the pipeline a ForEach-Object -Parallel runs in); a job has none. */
  constructor(
    private readonly engine: Engine,
    outerSignal?: AbortSignal,
  ) {
    this.signal = outerSignal ? AbortSignal.any([outerSignal, this.controller.signal]) : this.controller.signal;
  }

  stop(reason: Reason): void {
    this.stopReason ??= reason;
    this.controller.abort();
  }

  /**
   * Runs the script block in a fresh runspace (a new global scope with the automatic and preference variables, the
   * $using: values, a try depth of its own). Runs the first slice now; returns a promise only when it has to wait.
   */
  run(script: ScriptBlock, invocation: TaskInvocation, env: TaskEnvironment): MaybePromise<void> {
    const runspace: RunspaceState = { tryDepth: 0, usingValues: env.usingValues };
    const root = createRunspaceScope(automaticVariables(this.engine), this.engine.errors, runspace);
    const scope = new Scope(root);
    const cx = new ExecContext(scope, env.sink, script.source, env.streams, env.host, []);
    const options = { dollarUnder: invocation.dollarUnder, args: invocation.args, input: invocation.input, newScope: false };
    const evaluator = this.engine.evaluator;
    const init = invocation.init;
    if (!init) return this.start(() => evaluator.runScriptBlock(script, options, cx));
    return this.start(function* (): Eval<void> {
      yield* evaluator.runScriptBlock(init, { newScope: false }, cx.withScope(scope, init.source));
      yield* evaluator.runScriptBlock(script, options, cx);
    });
  }

  private start(create: () => Eval<void>): MaybePromise<void> {
    let gen: Eval<void> | undefined;
    const r = this.step(() => {
      gen = create();
      return gen.next();
    });
    if (r.done || !gen) return;
    return this.continueAsync(gen, r.value);
  }

  private async continueAsync(gen: Eval<void>, pending: Promise<unknown>): Promise<void> {
    let p = pending;
    for (;;) {
      const settled = await this.untilStopped(p);
      const r = this.step(() => (settled.ok ? gen.next(settled.value) : gen.throw(settled.error)));
      if (r.done) return;
      p = r.value;
    }
  }

  /** The promise's outcome, or PipelineStoppedError as soon as the task is stopped (a timer may not listen). */
  private untilStopped(p: Promise<unknown>): Promise<{ ok: true; value: unknown } | { ok: false; error: unknown }> {
    if (this.signal.aborted) return Promise.resolve({ ok: false, error: new PipelineStoppedError() });
    return new Promise((resolve) => {
      const onAbort = (): void => resolve({ ok: false, error: new PipelineStoppedError() });
      this.signal.addEventListener('abort', onAbort, { once: true });
      p.then(
        (value) => {
          this.signal.removeEventListener('abort', onAbort);
          resolve({ ok: true, value });
        },
        (error: unknown) => {
          this.signal.removeEventListener('abort', onAbort);
          resolve({ ok: false, error });
        },
      );
    });
  }

  private step<T>(run: () => T): T {
    const engine = this.engine;
    const callerSuccess = engine.lastSuccess;
    const callerSignal = engine.stopSignal;
    engine.lastSuccess = this.lastSuccess;
    engine.stopSignal = this.signal;
    try {
      return run();
    } finally {
      this.lastSuccess = engine.lastSuccess;
      engine.lastSuccess = callerSuccess;
      engine.stopSignal = callerSignal;
    }
  }
}

/** Runs fn once the task settles: error is what it threw, undefined when it completed. */
export function whenSettled(result: () => MaybePromise<void>, done: (error: unknown) => void): void {
  let r: MaybePromise<void>;
  try {
    r = result();
  } catch (e) {
    done(e);
    return;
  }
  if (!isPromise(r)) {
    done(undefined);
    return;
  }
  r.then(
    () => done(undefined),
    (e: unknown) => done(e),
  );
}
