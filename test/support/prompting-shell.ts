// An in-process shell (the engine with every built-in cmdlet) whose host is a scripted terminal: output can be read
// while a command still runs (a login prints its URL, then waits), and prompts are answered by the test, either
// from answers queued beforehand or, with awaitAnswers, by answers given later (a code that exists only after the
// test visited a URL the command printed). The screen is what a terminal would show: output, errors, each prompt,
// and each answer echoed with its Enter (as `*`s when the input was masked).

import { Engine } from '../../src/engine/engine.js';
import type { HostApi } from '../../src/pipeline/types.js';
import { OutDefault } from '../../src/format/out-default.js';
import { formatDebug, formatErrorForHost, formatVerbose, formatWarning } from '../../src/format/error-view.js';
import { registerCoreCommands } from '../../cmdlets/core/index.js';
import { toStr } from '../../src/engine/conversions.js';

export interface PromptingShellOptions {
  /** Whether the host can prompt (a terminal) or not (a script); false unless given. */
  readonly interactive?: boolean;
  /** Columns for formatting; 120 unless given. */
  readonly width?: number;
  /** A prompt with no queued answer waits for answer() instead of failing the read (as input at its end does). */
  readonly awaitAnswers?: boolean;
}

export interface PromptRecord {
  readonly prompt: string;
  readonly masked: boolean;
}

export interface ShellRun {
  stdout: string;
  stderr: string;
  exitCode: number;
  /** This run's screen: output, errors, prompts and echoed answers, interleaved. */
  screen: string;
}

export interface PromptingShell {
  readonly engine: Engine;
  /** The prompts shown since the last run started. */
  readonly prompts: readonly PromptRecord[];
  /** Types the answers: to the prompt waiting now, then to the next prompts, in order. */
  answer(...texts: string[]): void;
  run(text: string): Promise<ShellRun>;
  /** The current run's screen so far. */
  current(): string;
  /** Everything the terminal showed, all runs. */
  transcript(): string;
  /** Resolves when the current run's screen matches. */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<RegExpExecArray>;
}

export function createPromptingShell(options: PromptingShellOptions = {}): PromptingShell {
  const width = options.width ?? 120;
  let stdout = '';
  let stderr = '';
  let screen = '';
  let transcript = '';
  const prompts: PromptRecord[] = [];
  const queued: string[] = [];
  const waiting: ((answer: string) => void)[] = [];
  const watchers = new Set<() => void>();

  const show = (text: string): void => {
    screen += text;
    transcript += text;
    for (const watcher of watchers) watcher();
  };
  const echo = (masked: boolean, answer: string): string => {
    show(`${masked ? '*'.repeat(answer.length) : answer}\n`);
    return answer;
  };
  const host: HostApi = {
    width,
    interactive: options.interactive ?? false,
    readLine(prompt, masked = false) {
      prompts.push({ prompt, masked });
      show(prompt);
      const ready = queued.shift();
      if (ready !== undefined) return Promise.resolve(echo(masked, ready));
      if (options.awaitAnswers !== true) return Promise.reject(new Error(`no answer queued for prompt ${JSON.stringify(prompt)}`));
      return new Promise((resolve) => waiting.push((answer) => resolve(echo(masked, answer))));
    },
    writeOut(text) {
      stdout += text;
      show(text);
    },
    writeErr(text) {
      stderr += text;
      show(text);
    },
  };
  const out = new OutDefault({ write: (t) => host.writeOut(t), width: () => width }, { timer: false });
  const engine = new Engine(host, (e) => ({
    error(record) {
      e.recordError(record);
      out.flush();
      host.writeErr(formatErrorForHost(record) + '\n');
    },
    warning: (m) => host.writeErr(formatWarning(m) + '\n'),
    verbose: (m) => host.writeErr(formatVerbose(m) + '\n'),
    debug: (m) => host.writeErr(formatDebug(m) + '\n'),
    information: (v) => host.writeOut(toStr(v) + '\n'),
  }));
  const sink = { write: (v: unknown) => out.push(v) };
  engine.topLevelSink = sink;
  registerCoreCommands(engine);

  return {
    engine,
    prompts,
    answer(...texts) {
      for (const text of texts) {
        const waiter = waiting.shift();
        if (waiter !== undefined) waiter(text);
        else queued.push(text);
      }
    },
    async run(text) {
      stdout = '';
      stderr = '';
      screen = '';
      prompts.length = 0;
      const r = await engine.run(text, { sink, onStatementEnd: () => out.flush() });
      out.flush();
      return { stdout, stderr, exitCode: r.exitCode, screen };
    },
    current: () => screen,
    transcript: () => transcript,
    waitFor(pattern, timeoutMs = 20_000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          watchers.delete(check);
          reject(new Error(`timed out waiting for ${pattern} on the screen:\n${screen}`));
        }, timeoutMs);
        function check(): void {
          const m = pattern.exec(screen);
          if (m === null) return;
          clearTimeout(timer);
          watchers.delete(check);
          resolve(m);
        }
        watchers.add(check);
        check();
      });
    },
  };
}
