// The console's output: formats what top-level statements write (Out-Default) and, when the user stops a
// command with Ctrl-C, drops what it still holds so nothing of the cancelled command appears later.

import type { OutputSink } from '../engine/context.js';
import { OutDefault } from '../format/out-default.js';
import { PipelineStoppedError } from '../pipeline/stop.js';
import type { ConsoleHost } from './console-host.js';

export class HostOutput {
  private out: OutDefault;
  private current = { muted: false };
  private stopped = false;

  constructor(
    private readonly host: ConsoleHost,
    private readonly enumerationLimit: () => number,
  ) {
    this.out = this.create();
  }

  /** Where top-level output goes; once stopped, any write ends the pipeline that makes it. */
  readonly sink: OutputSink = {
    write: (v: unknown) => {
      if (this.stopped) throw new PipelineStoppedError();
      this.out.push(v);
    },
  };

  get isStopped(): boolean {
    return this.stopped;
  }

  flush(): void {
    if (!this.stopped) this.out.flush();
  }

  /** The running command was cancelled: forget held rows and refuse further output until `resume`. */
  stop(): void {
    this.stopped = true;
    this.current.muted = true;
    this.out = this.create();
  }

  resume(): void {
    this.stopped = false;
  }

  private create(): OutDefault {
    const gate = { muted: false };
    this.current = gate;
    const host = this.host;
    return new OutDefault(
      { write: (text) => void (gate.muted || host.writeOut(text)), width: () => host.width },
      { color: host.outputColor, enumerationLimit: this.enumerationLimit },
    );
  }
}
