// An in-process engine with the core cmdlets plus the SSO and SAML cmdlets, whose output can be read while a
// command is still running (a login shows its URL and code, then waits for the user), and whose host can be
// interactive with queued answers (prompts are recorded).

import { Engine } from '../../../src/engine/engine.js';
import type { HostApi } from '../../../src/pipeline/types.js';
import { OutDefault } from '../../../src/format/out-default.js';
import { formatErrorForHost, formatWarning } from '../../../src/format/error-view.js';
import { registerCoreCommands } from '../../../cmdlets/core/index.js';
import { toStr } from '../../../src/engine/conversions.js';
import { ssoCmdlets } from '../../../cmdlets/common/sso/index.js';
import { samlCmdlets } from '../../../cmdlets/common/saml/index.js';

export interface LiveRun {
  stdout: string;
  stderr: string;
  exitCode: number;
}

export interface LiveEngine {
  /** Everything written so far (all runs). */
  readonly transcript: () => string;
  /** Output of the current run so far. */
  readonly current: () => string;
  readonly answers: string[];
  readonly prompts: string[];
  run(text: string): Promise<LiveRun>;
  /** Resolves when the current run's output matches. */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<RegExpExecArray>;
}

export function createLiveEngine(options: { interactive?: boolean } = {}): LiveEngine {
  let stdout = '';
  let stderr = '';
  let all = '';
  const answers: string[] = [];
  const prompts: string[] = [];
  const host: HostApi = {
    width: 120,
    interactive: options.interactive === true,
    readLine: (prompt) => {
      prompts.push(prompt);
      all += prompt;
      const answer = answers.shift();
      return answer === undefined ? Promise.reject(new Error(`no answer queued for prompt ${prompt}`)) : Promise.resolve(answer);
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
  const out = new OutDefault({ write: (t) => host.writeOut(t), width: () => 120 }, { timer: false });
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
  engine.registerCommands([...ssoCmdlets, ...samlCmdlets]);
  return {
    transcript: () => all,
    current: () => stdout + stderr,
    answers,
    prompts,
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
