// The interactive loop: `PS /dir> ` prompt, `>> ` while the input is incomplete, history (in memory,
// in the history file, and for Get-History), Tab completion, Ctrl-C cancelling the line or the running
// command, Ctrl-D or `exit` leaving.

import { ParseError } from '../../grammar/errors.js';
import { parseScript } from '../../grammar/parser.js';
import type { Engine } from '../engine/engine.js';
import type { ConsoleHost } from './console-host.js';
import type { HostOutput } from './output.js';
import { LineEditor } from './line-editor.js';
import { HistoryFile, historyFilePath, MAX_HISTORY_ENTRIES } from './history-file.js';
import type { SessionHistory } from './session-history.js';
import { CommandRunner } from './command-runner.js';
import { CONTINUATION_PROMPT, promptText } from './prompt.js';
import { complete } from '../completion/complete.js';
import { engineCompletionEnvironment } from '../completion/engine-environment.js';
import { useColor } from './color.js';

/** Whether the text so far is an unfinished statement (open brace, string, here-string, trailing | or `). */
export function isIncomplete(text: string): boolean {
  try {
    parseScript(text);
    return false;
  } catch (e) {
    return e instanceof ParseError && e.incomplete;
  }
}

export interface ReplOptions {
  output: HostOutput;
  history: SessionHistory;
  /** Runs the profile script before the first prompt (undefined with -NoProfile). */
  profile?: (runner: CommandRunner) => Promise<void>;
}

export async function runRepl(engine: Engine, host: ConsoleHost, options: ReplOptions): Promise<number> {
  const historyFile = new HistoryFile(historyFilePath());
  const env = engineCompletionEnvironment(engine);
  const editor = new LineEditor({
    input: process.stdin,
    output: process.stdout,
    history: historyFile.load(),
    historySize: MAX_HISTORY_ENTRIES,
    complete: (line, cursor) => complete(line, cursor, env),
  });
  host.editor = editor;
  const runner = new CommandRunner(engine, host, options.output, editor);
  if (options.profile) await options.profile(runner);

  let buffer = '';
  for (;;) {
    const prompt = buffer ? CONTINUATION_PROMPT : await promptText(engine, useColor(process.stdout));
    const r = await editor.read(prompt);
    if (r.kind === 'eof') break;
    if (r.kind === 'interrupt') {
      buffer = '';
      continue;
    }
    buffer = buffer ? `${buffer}\n${r.text}` : r.text;
    if (buffer.trim() === '') {
      buffer = '';
      continue;
    }
    if (isIncomplete(buffer)) continue;
    const text = buffer;
    buffer = '';
    historyFile.append(text);
    const entry = options.history.begin(text);
    const outcome = await runner.run(text);
    options.history.end(entry, outcome.status);
    if (outcome.exited) {
      editor.close();
      return outcome.exitCode;
    }
  }
  editor.close();
  return 0;
}
