// Ctrl-C while a command runs. Most of the engine is synchronous (a pipeline of script blocks never
// yields to the event loop), so a SIGINT handler alone could not run until the work is done. The
// synchronous part of a command therefore runs under vm's breakOnSigint, which V8 interrupts the moment
// SIGINT arrives (the way Node's own REPL stops `while(true){}`); once the command waits for I/O, the
// process SIGINT handler aborts the run's signal, which in-flight requests and sleeps listen to.

import * as vm from 'node:vm';

const SLOT = Symbol.for('awsps.interruptible');
const slots = globalThis as unknown as Record<symbol, (() => unknown) | undefined>;
let script: vm.Script | undefined;

export type Interruptible<T> = { interrupted: false; value: T } | { interrupted: true };

function isInterruption(e: unknown): boolean {
  return e instanceof Error && (e as { code?: unknown }).code === 'ERR_SCRIPT_EXECUTION_INTERRUPTED';
}

/** Calls fn; a SIGINT during its synchronous part stops it at once (the terminal must not be in raw mode). */
export function runInterruptibly<T>(fn: () => T): Interruptible<T> {
  script ??= new vm.Script(`globalThis[Symbol.for('awsps.interruptible')]()`, { filename: 'awsps-interruptible' });
  slots[SLOT] = fn;
  try {
    return { interrupted: false, value: script.runInThisContext({ breakOnSigint: true }) as T };
  } catch (e) {
    if (isInterruption(e)) return { interrupted: true };
    throw e;
  } finally {
    slots[SLOT] = undefined;
  }
}
