// An in-process engine whose host is interactive and answers prompts from a queue (what a user would type),
// recording each prompt, for the paths that read from the host (MFA codes).

import { Engine } from '../../../src/engine/engine.js';
import type { HostApi } from '../../../src/pipeline/types.js';
import { OutDefault } from '../../../src/format/out-default.js';
import { formatErrorForHost, formatWarning } from '../../../src/format/error-view.js';
import { registerCoreCommands } from '../../../cmdlets/core/index.js';
import { toStr } from '../../../src/engine/conversions.js';
import type { EngineRun } from '../../helpers/engine.js';

export interface InteractiveEngine {
  /** What the user types, one answer per prompt. */
  readonly answers: string[];
  /** The prompts the host showed. */
  readonly prompts: string[];
  run(text: string): Promise<EngineRun>;
}

export function createInteractiveEngine(): InteractiveEngine {
  let stdout = '';
  let stderr = '';
  const answers: string[] = [];
  const prompts: string[] = [];
  const host: HostApi = {
    width: 120,
    interactive: true,
    readLine: (prompt) => {
      prompts.push(prompt);
      const answer = answers.shift();
      return answer === undefined ? Promise.reject(new Error(`no answer queued for prompt ${prompt}`)) : Promise.resolve(answer);
    },
    writeOut: (t) => void (stdout += t),
    writeErr: (t) => void (stderr += t),
  };
  const out = new OutDefault({ write: (t) => host.writeOut(t), width: () => 120 }, { timer: false });
  const engine = new Engine(host, (e) => ({
    error(record) {
      e.recordError(record);
      out.flush();
      stderr += formatErrorForHost(record) + '\n';
    },
    warning: (m) => void (stderr += formatWarning(m) + '\n'),
    verbose: () => undefined,
    debug: () => undefined,
    information: (v) => void (stdout += toStr(v) + '\n'),
  }));
  const sink = { write: (v: unknown) => out.push(v) };
  engine.topLevelSink = sink;
  registerCoreCommands(engine);
  return {
    answers,
    prompts,
    async run(text) {
      stdout = '';
      stderr = '';
      const r = await engine.run(text, { sink, onStatementEnd: () => out.flush() });
      out.flush();
      return { stdout, stderr, exitCode: r.exitCode };
    },
  };
}
