// An in-process engine with every built-in cmdlet whose output can be read while a command runs (a login shows
// its URL, then waits), and whose host can be interactive: a prompt waits until the test supplies the answer
// (the cross-device verification code only exists after the test has visited the URL the login printed).

import { Engine } from '../../../src/engine/engine.js';
import type { HostApi } from '../../../src/pipeline/types.js';
import { OutDefault } from '../../../src/format/out-default.js';
import { formatErrorForHost, formatWarning } from '../../../src/format/error-view.js';
import { registerCoreCommands } from '../../../cmdlets/core/index.js';
import { toStr } from '../../../src/engine/conversions.js';

export interface ShellRun {
  stdout: string;
  stderr: string;
  exitCode: number;
}

export interface PromptingShell {
  readonly engine: Engine;
  /** Everything written so far, all runs. */
  transcript(): string;
  /** The prompts shown, in order. */
  readonly prompts: string[];
  /** Answers the next prompt (now or when it comes). */
  answer(text: string): void;
  run(text: string): Promise<ShellRun>;
  /** Resolves when the current run's output matches. */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<RegExpExecArray>;
}

export function createPromptingShell(options: { interactive: boolean }): PromptingShell {
  let stdout = '';
  let stderr = '';
  let all = '';
  const prompts: string[] = [];
  const answers: string[] = [];
  const waiting: ((answer: string) => void)[] = [];
  const host: HostApi = {
    width: 200,
    interactive: options.interactive,
    readLine: (prompt) => {
      prompts.push(prompt);
      stdout += prompt;
      all += prompt;
      const ready = answers.shift();
      if (ready !== undefined) return Promise.resolve(ready);
      return new Promise((resolve) => waiting.push(resolve));
    },
    writeOut: (t) => {
      stdout += t;
      all += t;
    },
    writeErr: (t) => {
      stderr += t;
      all += t;
    },
  };
  const out = new OutDefault({ write: (t) => host.writeOut(t), width: () => 200 }, { timer: false });
  const engine = new Engine(host, (e) => ({
    error(record) {
      e.recordError(record);
      out.flush();
      host.writeErr(formatErrorForHost(record) + '\n');
    },
    warning: (m) => host.writeErr(formatWarning(m) + '\n'),
    verbose: () => undefined,
    debug: () => undefined,
    information: (v) => host.writeOut(toStr(v) + '\n'),
  }));
  const sink = { write: (v: unknown) => out.push(v) };
  engine.topLevelSink = sink;
  registerCoreCommands(engine);
  return {
    engine,
    transcript: () => all,
    prompts,
    answer(text) {
      const waiter = waiting.shift();
      if (waiter !== undefined) waiter(text);
      else answers.push(text);
    },
    async run(text) {
      stdout = '';
      stderr = '';
      const r = await engine.run(text, { sink, onStatementEnd: () => out.flush() });
      out.flush();
      return { stdout, stderr, exitCode: r.exitCode };
    },
    async waitFor(pattern, timeoutMs = 20_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const m = pattern.exec(stdout + stderr);
        if (m !== null) return m;
        if (Date.now() > deadline) throw new Error(`timed out waiting for ${pattern} in output:\n${stdout}${stderr}`);
        await new Promise((r) => setTimeout(r, 20));
      }
    },
  };
}
