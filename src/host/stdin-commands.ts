// Commands piped to standard input (`printf '1\n2 +\n3\n' | awsps`), run as pwsh runs them: line by
// line as they arrive, a statement spanning lines (open brace, trailing pipe, here-string) once its
// last line is in, each input line (or statement) formatted on its own, with no prompt. A parse error
// ends only its own statement; an `exit` ends the session.

import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import type { Engine } from '../engine/engine.js';
import type { OutputSink } from '../engine/context.js';
import type { ConsoleHost } from './console-host.js';
import type { SessionHistory } from './session-history.js';
import { isIncomplete } from './repl.js';

export interface StdinCommandsOptions {
  input: Readable;
  sink: OutputSink;
  /** Ends the formatting of a command's output (one Out-Default per command). */
  flush: () => void;
  history: SessionHistory;
}

export async function runStdinCommands(engine: Engine, host: ConsoleHost, options: StdinCommandsOptions): Promise<number> {
  const lines = createInterface({ input: options.input, crlfDelay: Infinity, terminal: false });
  let exitCode = 0;
  let buffer = '';
  const run = async (text: string): Promise<{ exited: boolean }> => {
    const entry = options.history.begin(text);
    try {
      const r = await engine.run(text, { sink: options.sink });
      options.flush();
      exitCode = r.exitCode;
      options.history.end(entry, engine.lastSuccess ? 'Completed' : 'Failed');
      return r;
    } finally {
      host.resetProgress();
    }
  };
  try {
    for await (const line of lines) {
      buffer = buffer ? `${buffer}\n${line}` : line;
      if (buffer.trim() === '') {
        buffer = '';
        continue;
      }
      if (isIncomplete(buffer)) continue;
      const text = buffer;
      buffer = '';
      if ((await run(text)).exited) {
        // Whatever else is piped in is not read (pwsh stops at `exit` too).
        options.input.destroy();
        return exitCode;
      }
    }
    // Input ended inside a statement: running it reports the parse error, as pwsh does.
    if (buffer.trim() !== '') await run(buffer);
    return exitCode;
  } finally {
    lines.close();
  }
}
