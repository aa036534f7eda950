// Runs one command line from the prompt so that Ctrl-C stops it and returns to the prompt: the
// synchronous part under breakOnSigint (interrupt.ts), the rest through the run's abort signal (the
// engine hands it to every pipeline as ctx.signal, so in-flight requests and sleeps end at once).
// Output the stopped command still holds is dropped; a second Ctrl-C stops waiting for it.

import type { Engine } from '../engine/engine.js';
import type { ConsoleHost } from './console-host.js';
import type { HostOutput } from './output.js';
import type { LineEditor } from './line-editor.js';
import type { ExecutionStatus } from './session-history.js';
import { runInterruptibly } from './interrupt.js';

export interface RunOutcome {
  exitCode: number;
  exited: boolean;
  status: ExecutionStatus;
}

export class CommandRunner {
  constructor(
    private readonly engine: Engine,
    private readonly host: ConsoleHost,
    private readonly output: HostOutput,
    private readonly editor: LineEditor | undefined,
  ) {}

  async run(text: string): Promise<RunOutcome> {
    const controller = new AbortController();
    let stopped = false;
    let abandon = (): void => undefined;
    const abandoned = new Promise<'abandoned'>((resolve) => (abandon = () => resolve('abandoned')));
    const stop = (): void => {
      if (stopped) {
        abandon();
        return;
      }
      stopped = true;
      controller.abort();
      this.output.stop();
      // The terminal echoed ^C; the next prompt starts on a line of its own.
      this.host.writeOut('\n');
    };
    const stoppedOutcome: RunOutcome = { exitCode: 1, exited: false, status: 'Stopped' };
    this.engine.stopSignal = controller.signal;
    this.host.onInterrupt = stop;
    process.on('SIGINT', stop);
    this.editor?.suspend();
    this.output.resume();
    let keepStopped = false;
    try {
      // The whole line goes to one Out-Default, as pwsh's host adds one to the pipeline it runs for the line:
      // `[pscustomobject]@{a=1}; [pscustomobject]@{b=2}` is one table, as it is with -Command and in scripts.
      const started = runInterruptibly(() => this.engine.run(text, { sink: this.output.sink }));
      if (started.interrupted) {
        stop();
        return stoppedOutcome;
      }
      const r = await Promise.race([started.value, abandoned]);
      if (r === 'abandoned') {
        // The command may still be unwinding: it must not print over the next prompt.
        keepStopped = true;
        return stoppedOutcome;
      }
      this.output.flush();
      if (stopped) return stoppedOutcome;
      return { exitCode: r.exitCode, exited: r.exited, status: this.engine.lastSuccess ? 'Completed' : 'Failed' };
    } finally {
      // As pwsh's ResetProgress at the end of each command: no progress line outlives it.
      this.host.resetProgress();
      process.off('SIGINT', stop);
      this.host.onInterrupt = undefined;
      if (!keepStopped) {
        this.engine.stopSignal = undefined;
        this.output.resume();
      }
    }
  }
}
