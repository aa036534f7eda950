// An engine in this process with a host that captures what it prints (for fast tests; the end-to-end
// tests use the real CLI through test/helpers/cli.ts).

import { Engine } from '../../src/engine/engine.js';
import type { HostApi } from '../../src/pipeline/types.js';
import { OutDefault } from '../../src/format/out-default.js';
import { formatErrorForHost, formatWarning, formatVerbose, formatDebug } from '../../src/format/error-view.js';
import { registerCoreCommands } from '../../cmdlets/core/index.js';
import { toStr } from '../../src/engine/conversions.js';

export interface EngineRun {
  stdout: string;
  stderr: string;
  exitCode: number;
}

export function createTestEngine(): { engine: Engine; run(text: string): Promise<EngineRun> } {
  let stdout = '';
  let stderr = '';
  const host: HostApi = {
    width: 120,
    interactive: false,
    readLine: () => Promise.reject(new Error('no input in tests')),
    writeOut: (t) => {
      stdout += t;
    },
    writeErr: (t) => {
      stderr += t;
    },
  };
  const out = new OutDefault({ write: (t) => host.writeOut(t), width: () => 120 }, { timer: false });
  const engine = new Engine(host, (e) => ({
    error(record) {
      e.recordError(record);
      out.flush();
      stderr += formatErrorForHost(record) + '\n';
    },
    warning: (m) => (stderr += formatWarning(m) + '\n'),
    verbose: (m) => (stderr += formatVerbose(m) + '\n'),
    debug: (m) => (stderr += formatDebug(m) + '\n'),
    information: (v) => (stdout += toStr(v) + '\n'),
  }));
  const sink = { write: (v: unknown) => out.push(v) };
  engine.topLevelSink = sink;
  registerCoreCommands(engine);
  return {
    engine,
    async run(text: string): Promise<EngineRun> {
      stdout = '';
      stderr = '';
      const r = await engine.run(text, { sink, onStatementEnd: () => out.flush() });
      out.flush();
      return { stdout, stderr, exitCode: r.exitCode };
    },
  };
}
