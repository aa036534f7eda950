// The host for a terminal or a pipe: where output, errors and prompts go.

import { createInterface } from 'node:readline';
import type { HostApi } from '../pipeline/types.js';
import type { Streams } from '../engine/context.js';
import type { Engine } from '../engine/engine.js';
import { formatErrorForHost, formatWarning, formatVerbose, formatDebug } from '../format/error-view.js';
import { toStr } from '../engine/conversions.js';
import { PipelineStoppedError } from '../pipeline/stop.js';
import type { LineEditor } from './line-editor.js';
import { useColor } from './color.js';
import { ProgressPane } from './progress-pane.js';
import type { ProgressRecord } from '../objects/progress-record.js';

export class ConsoleHost implements HostApi {
  /** The REPL's line editor: questions asked while a command runs use it (history, one owner of stdin). */
  editor: LineEditor | undefined;
  /** Called when the user answers a question with Ctrl-C: the REPL stops the running command. */
  onInterrupt: (() => void) | undefined;

  /** Write-Progress's display: on stderr, and only when stderr is a terminal. */
  private readonly progress = new ProgressPane(process.stderr, () => this.color);

  constructor(readonly interactive: boolean) {}

  get width(): number {
    return process.stdout.isTTY && process.stdout.columns ? process.stdout.columns : 120;
  }

  /** The terminal's rows; 30 (as [Console]::WindowHeight here) when output is redirected. */
  get height(): number {
    return process.stdout.isTTY && process.stdout.rows ? process.stdout.rows : 30;
  }

  get terminal(): boolean {
    return process.stdout.isTTY === true;
  }

  /** Colour for errors and warnings: only on a terminal, and never with NO_COLOR set. */
  get color(): boolean {
    return useColor(process.stderr);
  }

  /** Colour for formatted output (table headers, list labels). */
  get outputColor(): boolean {
    return useColor(process.stdout);
  }

  writeOut(text: string): void {
    this.write(process.stdout, text);
  }

  writeErr(text: string): void {
    this.write(process.stderr, text);
  }

  /** Text for the terminal goes around the progress pane (taken down, then drawn again below the text). */
  private write(stream: NodeJS.WriteStream, text: string): void {
    if (stream.isTTY !== true) {
      stream.write(text);
      return;
    }
    this.progress.hide();
    stream.write(text);
    this.progress.written(text);
  }

  writeProgress(sourceId: number, record: ProgressRecord): void {
    if (process.stderr.isTTY === true) this.progress.update(sourceId, record);
  }

  /** Takes progress down when a command ends: nothing of it stays on screen or carries over to the next. */
  resetProgress(): void {
    this.progress.reset();
  }

  /**
   * Asks the user. Lines of a multi-line prompt before the last are written first (the confirmation
   * prompt's caption and message); the last is the editable line's prompt. Ctrl-C stops the command.
   */
  async readLine(prompt: string, masked = false): Promise<string> {
    this.progress.hide();
    try {
      return await this.ask(prompt, masked);
    } finally {
      this.progress.lineRead();
    }
  }

  private async ask(prompt: string, masked: boolean): Promise<string> {
    const cut = prompt.lastIndexOf('\n');
    if (cut >= 0) process.stdout.write(prompt.slice(0, cut + 1));
    const last = prompt.slice(cut + 1);
    if (this.editor && !this.editor.isClosed) {
      const r = await this.editor.question(last, masked);
      if (r.kind === 'line') return r.text;
      this.onInterrupt?.();
      throw new PipelineStoppedError();
    }
    return readLineOnce(last, masked);
  }
}

/** A one-off question outside the REPL (a script run with -File at a terminal). */
function readLineOnce(prompt: string, masked: boolean): Promise<string> {
  return new Promise((resolve, reject) => {
    const terminal = process.stdin.isTTY === true;
    const rl = createInterface({ input: process.stdin, output: process.stdout, terminal });
    if (masked && terminal) {
      const internals = rl as unknown as { _writeToOutput: (s: string) => void; line: string };
      internals._writeToOutput = (s: string) => {
        process.stdout.write(s.startsWith(prompt) ? prompt + '*'.repeat(internals.line.length) : s.replace(/[^\x00-\x1f]/g, '*'));
      };
    }
    let answered = false;
    rl.on('SIGINT', () => {
      rl.close();
      process.stdout.write('\n');
      reject(new PipelineStoppedError());
    });
    rl.on('close', () => {
      if (!answered) reject(new PipelineStoppedError());
    });
    rl.question(prompt, (answer) => {
      answered = true;
      rl.close();
      resolve(answer);
    });
  });
}

/** Error, warning, verbose and information streams written to the host; silent once the command is stopped. */
export function hostStreams(host: ConsoleHost, flushOutput: () => void, stopped: () => boolean = () => false): (engine: Engine) => Streams {
  return (engine) => ({
    error(record) {
      // A stopped command's last gasps (an aborted request) are neither shown nor kept in $Error.
      if (stopped()) return;
      engine.recordError(record);
      flushOutput();
      host.writeErr(formatErrorForHost(record, { color: host.color, width: host.width }) + '\n');
    },
    warning(message) {
      if (stopped()) return;
      flushOutput();
      host.writeErr(formatWarning(message, { color: host.color }) + '\n');
    },
    verbose(message) {
      if (stopped()) return;
      flushOutput();
      host.writeErr(formatVerbose(message, { color: host.color }) + '\n');
    },
    debug(message) {
      if (stopped()) return;
      flushOutput();
      host.writeErr(formatDebug(message, { color: host.color }) + '\n');
    },
    information(value) {
      if (stopped()) return;
      flushOutput();
      host.writeOut(toStr(value) + '\n');
    },
  });
}
