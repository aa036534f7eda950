// An in-process shell with the core, SSO and SAML cmdlets whose host answers prompts from a queue (what a user
// types) and records each prompt with whether its input was masked. Its transcript is what a terminal would
// show: output, errors, prompts, and each answer echoed, as `*`s when masked.

import { Engine } from '../../../src/engine/engine.js';
import type { HostApi } from '../../../src/pipeline/types.js';
import { OutDefault } from '../../../src/format/out-default.js';
import { formatErrorForHost, formatWarning } from '../../../src/format/error-view.js';
import { registerCoreCommands } from '../../../cmdlets/core/index.js';
import { toStr } from '../../../src/engine/conversions.js';
import { ssoCmdlets } from '../../../cmdlets/common/sso/index.js';
import { samlCmdlets } from '../../../cmdlets/common/saml/index.js';

export interface PromptRecord {
  readonly prompt: string;
  readonly masked: boolean;
}

export interface PromptRun {
  stdout: string;
  stderr: string;
}

export interface PromptingEngine {
  /** What the user types, one answer per prompt. */
  readonly answers: string[];
  /** The prompts shown since the last run started. */
  readonly prompts: PromptRecord[];
  /** Everything the terminal showed, all runs. */
  readonly transcript: () => string;
  run(text: string): Promise<PromptRun>;
}

export function createPromptingEngine(options: { interactive: boolean }): PromptingEngine {
  let stdout = '';
  let stderr = '';
  let all = '';
  const answers: string[] = [];
  const prompts: PromptRecord[] = [];
  const host: HostApi = {
    width: 120,
    interactive: options.interactive,
    readLine: (prompt, masked = false) => {
      prompts.push({ prompt, masked });
      const answer = answers.shift();
      if (answer === undefined) return Promise.reject(new Error(`no answer queued for prompt ${prompt}`));
      all += `${prompt}${masked ? '*'.repeat(answer.length) : answer}\n`;
      return Promise.resolve(answer);
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
    answers,
    prompts,
    transcript: () => all,
    async run(text) {
      stdout = '';
      stderr = '';
      prompts.length = 0;
      await engine.run(text, { sink, onStatementEnd: () => out.flush() });
      out.flush();
      return { stdout, stderr };
    },
  };
}
