// The host for a terminal or a pipe: where output, errors and prompts go.

import { createInterface } from 'node:readline';
import type { HostApi } from '../pipeline/types.js';
import type { Streams } from '../engine/context.js';
import type { Engine } from '../engine/engine.js';
import { formatErrorForHost, formatWarning, formatVerbose, formatDebug } from '../format/error-view.js';
import { toStr } from '../engine/conversions.js';

export class ConsoleHost implements HostApi {
  constructor(readonly interactive: boolean) {}

  get width(): number {
    return process.stdout.isTTY && process.stdout.columns ? process.stdout.columns : 120;
  }

  /** Colour only on a terminal, and never with NO_COLOR set. */
  get color(): boolean {
    return process.stderr.isTTY === true && !process.env.NO_COLOR;
  }

  writeOut(text: string): void {
    process.stdout.write(text);
  }

  writeErr(text: string): void {
    process.stderr.write(text);
  }

  readLine(prompt: string, masked = false): Promise<string> {
    return new Promise((resolve) => {
      const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: process.stdin.isTTY === true });
      if (masked) {
        const out = rl as unknown as { _writeToOutput?: (s: string) => void };
        out._writeToOutput = (s: string) => {
          if (s.includes(prompt)) process.stderr.write(prompt);
        };
      }
      rl.question(prompt, (answer) => {
        rl.close();
        if (masked) process.stderr.write('\n');
        resolve(answer);
      });
    });
  }
}

/** Error, warning, verbose and information streams written to the host. */
export function hostStreams(host: ConsoleHost, flushOutput: () => void): (engine: Engine) => Streams {
  return (engine) => ({
    error(record) {
      engine.recordError(record);
      flushOutput();
      host.writeErr(formatErrorForHost(record, { color: host.color, width: host.width }) + '\n');
    },
    warning(message) {
      flushOutput();
      host.writeErr(formatWarning(message, { color: host.color }) + '\n');
    },
    verbose(message) {
      flushOutput();
      host.writeErr(formatVerbose(message, { color: host.color }) + '\n');
    },
    debug(message) {
      flushOutput();
      host.writeErr(formatDebug(message, { color: host.color }) + '\n');
    },
    information(value) {
      flushOutput();
      host.writeOut(toStr(value) + '\n');
    },
  });
}
