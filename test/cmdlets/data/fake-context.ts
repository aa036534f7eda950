// A small CommandContext for driving cmdlets directly in tests (no engine).

import * as nodePath from 'node:path';
import type { CommandContext, CommandDefinition, HostApi, InvokeOptions, ScriptBlockLike, SessionStateApi } from '../../../src/pipeline/types.js';
import type { ErrorRecord } from '../../../src/engine/errors.js';

export interface RunResult {
  output: unknown[];
  warnings: string[];
  errors: ErrorRecord[];
  hostText: string;
}

export interface FakeOptions {
  cwd?: string;
  variables?: Record<string, unknown>;
  width?: number;
  /** Evaluates script blocks given to the cmdlet (tests pass closures keyed by the block text). */
  invoke?: (sb: ScriptBlockLike, options?: InvokeOptions) => unknown[];
}

export function fakeContext(params: Record<string, unknown>, options: FakeOptions = {}): { ctx: CommandContext; result: RunResult } {
  const result: RunResult = { output: [], warnings: [], errors: [], hostText: '' };
  const cwd = options.cwd ?? process.cwd();
  const vars = new Map(Object.entries(options.variables ?? {}));
  const session: SessionStateApi = {
    getVariable: (n) => vars.get(n) ?? null,
    hasVariable: (n) => vars.has(n),
    setVariable: (n, v) => void vars.set(n, v),
    removeVariable: (n) => vars.delete(n),
    listVariables: () => vars,
    cwd,
    resolvePath: (p) => nodePath.resolve(cwd, p),
    getCommand: () => undefined,
    listCommands: () => [],
    listAliases: () => new Map(),
    setAlias: () => undefined,
  };
  const host: HostApi = {
    width: options.width ?? 120,
    interactive: false,
    readLine: async () => '',
    writeOut: (t) => void (result.hostText += t),
    writeErr: (t) => void (result.hostText += t),
  };
  const bound = new Set(Object.keys(params));
  const ctx: CommandContext = {
    params,
    isBound: (n) => bound.has(n),
    parameterSetName: '',
    invocationName: '',
    write: (o) => void result.output.push(o),
    writeEnumerated: (o) => {
      if (Array.isArray(o)) result.output.push(...o);
      else result.output.push(o);
    },
    writeError: (e) => void result.errors.push(e),
    writeWarning: (m) => void result.warnings.push(m),
    writeVerbose: () => undefined,
    writeDebug: () => undefined,
    writeInformation: () => undefined,
    writeHost: (t) => void (result.hostText += t + '\n'),
    shouldProcess: () => true,
    invoke: (sb, o) => (options.invoke ? options.invoke(sb, o) : []),
    evaluate: () => [],
    session,
    signal: new AbortController().signal,
    host,
  };
  return { ctx, result };
}

/** Runs a cmdlet: begin, process once per input (or once without input), end. */
export async function runCmdlet(def: CommandDefinition, params: Record<string, unknown>, inputs?: unknown[], options: FakeOptions = {}): Promise<RunResult> {
  const { ctx, result } = fakeContext(params, options);
  const impl = def.create();
  await impl.begin?.(ctx);
  if (inputs) {
    for (const i of inputs) await impl.process?.(ctx, i, true);
  } else {
    await impl.process?.(ctx, undefined, false);
  }
  await impl.end?.(ctx);
  return result;
}
