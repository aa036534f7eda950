// A small stand-in for the engine when testing file-system cmdlets directly: a session with a current
// directory, a CommandContext that records output/errors/warnings/ShouldProcess calls, and helpers to
// run a CommandDefinition through begin/process/end with optional pipeline input.

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir, homedir } from 'node:os';
import * as nodePath from 'node:path';
import type { CommandContext, CommandDefinition, HostApi, SessionStateApi } from '../../../src/pipeline/types.js';
import type { ErrorRecord } from '../../../src/engine/errors.js';
import { StopUpstreamError } from '../../../src/pipeline/stop.js';

export interface TestSession extends SessionStateApi {
  variables: Map<string, unknown>;
}

export function makeSession(cwd: string): TestSession {
  const variables = new Map<string, unknown>();
  const session: TestSession = {
    variables,
    cwd,
    getVariable: (name) => variables.get(name.toLowerCase()) ?? null,
    hasVariable: (name) => variables.has(name.toLowerCase()),
    setVariable: (name, value) => void variables.set(name.toLowerCase(), value),
    removeVariable: (name) => variables.delete(name.toLowerCase()),
    listVariables: () => new Map(variables),
    resolvePath(p: string): string {
      if (p === '~') return homedir();
      if (p.startsWith('~/')) return nodePath.join(homedir(), p.slice(2));
      return nodePath.resolve(session.cwd, p);
    },
    getCommand: () => undefined,
    listCommands: () => [],
    listAliases: () => new Map(),
    setAlias: () => undefined,
  };
  return session;
}

export interface RunOptions {
  session?: SessionStateApi;
  /** Pipeline input: each object with the parameters the binder would bind from it. */
  pipeline?: Array<{ input: unknown; params?: Record<string, unknown> }>;
  whatIf?: boolean;
  /** Throw StopUpstreamError after this many objects were written (as Select-Object -First does). */
  stopAfter?: number;
  signal?: AbortSignal;
  width?: number;
  /** An interactive host that answers prompts (Read-Host, ShouldContinue) from this list, in order. */
  answers?: string[];
  invocationName?: string;
  parameterSetName?: string;
}

export interface RunResult {
  output: unknown[];
  errors: ErrorRecord[];
  warnings: string[];
  shouldProcess: Array<{ target: string; action: string }>;
  /** True when the run ended because of stopAfter. */
  stopped: boolean;
  /** What the command wrote straight to the host (prompts). */
  hostOutput: string[];
}

function makeHost(options: RunOptions, result: RunResult): HostApi {
  const answers = [...(options.answers ?? [])];
  return {
    width: options.width ?? 120,
    interactive: options.answers !== undefined,
    readLine: async (prompt) => {
      result.hostOutput.push(prompt);
      return answers.shift() ?? '';
    },
    writeOut: (text) => void result.hostOutput.push(text),
    writeErr: (text) => void result.hostOutput.push(text),
  };
}

export function makeContext(
  def: CommandDefinition,
  params: Record<string, unknown>,
  session: SessionStateApi,
  result: RunResult,
  options: RunOptions,
): { ctx: CommandContext; setParams(p: Record<string, unknown>): void } {
  let current: Record<string, unknown> = { ...params };
  const controller = new AbortController();
  const signal = options.signal ?? controller.signal;
  const ctx: CommandContext = {
    get params() {
      return current;
    },
    isBound: (name) => Object.prototype.hasOwnProperty.call(current, name),
    parameterSetName: options.parameterSetName ?? def.defaultParameterSet ?? '__AllParameterSets',
    invocationName: options.invocationName ?? def.name,
    write(obj) {
      if (options.stopAfter !== undefined && result.output.length >= options.stopAfter) throw new StopUpstreamError();
      result.output.push(obj);
    },
    writeEnumerated(obj) {
      if (Array.isArray(obj)) for (const o of obj) result.output.push(o);
      else result.output.push(obj);
    },
    writeError: (err) => void result.errors.push(err),
    writeWarning: (m) => void result.warnings.push(m),
    writeVerbose: () => undefined,
    writeDebug: () => undefined,
    writeInformation: () => undefined,
    writeHost: () => undefined,
    shouldProcess(target, action) {
      result.shouldProcess.push({ target, action });
      return !options.whatIf;
    },
    invoke: () => {
      throw new Error('invoke is not available in file-system cmdlet tests');
    },
    evaluate: () => {
      throw new Error('evaluate is not available in file-system cmdlet tests');
    },
    session,
    signal,
    host: makeHost(options, result),
  };
  return { ctx, setParams: (p) => (current = { ...params, ...p }) };
}

/** Runs a command like the pipeline would: begin, process once (or once per pipeline input), end. */
export async function run(def: CommandDefinition, params: Record<string, unknown> = {}, options: RunOptions = {}): Promise<RunResult> {
  const session = options.session ?? makeSession(process.cwd());
  const result: RunResult = { output: [], errors: [], warnings: [], shouldProcess: [], stopped: false, hostOutput: [] };
  const { ctx, setParams } = makeContext(def, params, session, result, options);
  const impl = def.create();
  try {
    await impl.begin?.(ctx);
    if (options.pipeline) {
      for (const item of options.pipeline) {
        setParams(item.params ?? {});
        await impl.process?.(ctx, item.input, true);
      }
    } else {
      await impl.process?.(ctx, undefined, false);
    }
    await impl.end?.(ctx);
  } catch (err) {
    if (err instanceof StopUpstreamError) result.stopped = true;
    else throw err;
  } finally {
    impl.dispose?.();
  }
  return result;
}

/** A fresh temporary directory, removed by the returned cleanup. */
export async function tempDir(): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(nodePath.join(tmpdir(), 'awsps-fs-'));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/** Message texts of the errors, for compact assertions. */
export const messages = (r: RunResult): string[] => r.errors.map((e) => e.exception.message);
