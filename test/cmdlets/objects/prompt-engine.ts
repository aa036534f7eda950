// An in-process engine whose host answers prompts from a queue and records each question (its text and whether
// input was masked) and everything written, in order, as a terminal would show it (an answer is echoed with
// its Enter; a masked one as asterisks).

import { Engine } from '../../../src/engine/engine.js';
import type { HostApi } from '../../../src/pipeline/types.js';
import { OutDefault } from '../../../src/format/out-default.js';
import { formatErrorForHost } from '../../../src/format/error-view.js';
import { registerCoreCommands } from '../../../cmdlets/core/index.js';
import { toStr } from '../../../src/engine/conversions.js';

export interface PromptRun {
  stdout: string;
  stderr: string;
  /** Prompts, answers and output interleaved, as on screen. */
  screen: string;
}

export interface PromptEngine {
  readonly answers: string[];
  readonly questions: Array<{ prompt: string; masked: boolean }>;
  run(text: string): Promise<PromptRun>;
}

export function createPromptEngine(options: { interactive?: boolean } = {}): PromptEngine {
  let stdout = '';
  let stderr = '';
  let screen = '';
  const answers: string[] = [];
  const questions: Array<{ prompt: string; masked: boolean }> = [];
  const host: HostApi = {
    width: 120,
    interactive: options.interactive ?? true,
    readLine(prompt, masked = false) {
      questions.push({ prompt, masked });
      const answer = answers.shift();
      if (answer === undefined) return Promise.reject(new Error(`no answer queued for ${JSON.stringify(prompt)}`));
      screen += prompt + (masked ? '*'.repeat(answer.length) : answer) + '\n';
      return Promise.resolve(answer);
    },
    writeOut(t) {
      stdout += t;
      screen += t;
    },
    writeErr(t) {
      stderr += t;
      screen += t;
    },
  };
  const out = new OutDefault({ write: (t) => host.writeOut(t), width: () => 120 }, { timer: false });
  const engine = new Engine(host, (e) => ({
    error(record) {
      e.recordError(record);
      out.flush();
      host.writeErr(formatErrorForHost(record) + '\n');
    },
    warning: () => undefined,
    verbose: () => undefined,
    debug: () => undefined,
    information: (v) => host.writeOut(toStr(v) + '\n'),
  }));
  const sink = { write: (v: unknown) => out.push(v) };
  engine.topLevelSink = sink;
  registerCoreCommands(engine);
  return {
    answers,
    questions,
    async run(text) {
      stdout = '';
      stderr = '';
      screen = '';
      await engine.run(text, { sink, onStatementEnd: () => out.flush() });
      out.flush();
      return { stdout, stderr, screen };
    },
  };
}
