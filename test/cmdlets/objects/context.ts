// A small stand-in for the engine when testing object cmdlets: a CommandContext that records every
// stream, fake script blocks backed by JS functions, an in-memory session, and a driver that pushes
// input through begin/process/end the way the pipeline does (re-binding the pipeline parameter per object).

import type {
  CommandContext,
  CommandDefinition,
  HostApi,
  InvokeOptions,
  MaybePromise,
  ParameterDef,
  SessionStateApi,
  CommandImpl,
} from '../../../src/pipeline/types.js';
import { isPromise } from '../../../src/pipeline/types.js';
import { ErrorRecord, RuntimeError } from '../../../src/engine/errors.js';
import { StopUpstreamError } from '../../../src/pipeline/stop.js';

/** A script block whose body is a JS function of $_ (and the invoke options). */
export class ScriptBlock {
  constructor(
    readonly text: string,
    readonly body: (dollarUnder: unknown, options: InvokeOptions) => MaybePromise<unknown[]>,
  ) {}
  toString(): string {
    return this.text;
  }
}

/** A script block writing one value (nothing when the function returns undefined). */
export function sb(text: string, fn: (dollarUnder: unknown, options: InvokeOptions) => unknown): ScriptBlock {
  return new ScriptBlock(text, (d, o) => {
    const v = fn(d, o);
    return v === undefined ? [] : [v];
  });
}

/** A script block writing several values. */
export function sbMany(text: string, fn: (dollarUnder: unknown, options: InvokeOptions) => unknown[]): ScriptBlock {
  return new ScriptBlock(text, fn);
}

/** An asynchronous script block, to exercise the promise paths. */
export function sbAsync(text: string, fn: (dollarUnder: unknown) => unknown): ScriptBlock {
  return new ScriptBlock(text, async (d) => {
    await Promise.resolve();
    const v = fn(d);
    return v === undefined ? [] : [v];
  });
}

/** A host for tests that do not look at host output but share runspace state between runs. */
export function testHost(): HostApi {
  return { width: 120, interactive: true, readLine: () => Promise.resolve(''), writeOut: () => undefined, writeErr: () => undefined };
}

export class MemorySession implements SessionStateApi {
  readonly vars = new Map<string, { name: string; value: unknown }>();
  cwd = '/tmp';
  commands = new Map<string, CommandDefinition>();

  getVariable(name: string): unknown {
    return this.vars.get(name.toLowerCase())?.value;
  }
  hasVariable(name: string): boolean {
    return this.vars.has(name.toLowerCase());
  }
  setVariable(name: string, value: unknown): void {
    const existing = this.vars.get(name.toLowerCase());
    this.vars.set(name.toLowerCase(), { name: existing?.name ?? name, value });
  }
  removeVariable(name: string): boolean {
    return this.vars.delete(name.toLowerCase());
  }
  listVariables(): Map<string, unknown> {
    return new Map([...this.vars.values()].map((v) => [v.name, v.value]));
  }
  resolvePath(p: string): string {
    return p.startsWith('/') ? p : `${this.cwd}/${p}`;
  }
  getCommand(name: string): CommandDefinition | undefined {
    return this.commands.get(name.toLowerCase());
  }
  listCommands(): CommandDefinition[] {
    return [...this.commands.values()];
  }
  listAliases(): Map<string, string> {
    return new Map();
  }
  setAlias(): void {
    /* aliases are not needed by these tests */
  }
}

export interface Recorded {
  output: unknown[];
  errors: ErrorRecord[];
  warnings: string[];
  verbose: string[];
  debug: string[];
  information: unknown[];
  host: Array<{ text: string; options?: Record<string, unknown> }>;
}

export interface ContextOptions {
  params?: Record<string, unknown>;
  parameterSet?: string;
  session?: SessionStateApi;
  invocationName?: string;
  interactive?: boolean;
  readLine?: (prompt: string, masked?: boolean) => Promise<string>;
  evaluate?: (text: string) => MaybePromise<unknown[]>;
  signal?: AbortSignal;
  /** Makes ctx.write asynchronous, to exercise the promise paths. */
  asyncWrite?: boolean;
  /** The host; share one between runs to share runspace state (variable options, the seeded generator). */
  host?: HostApi;
}

export interface TestContext extends CommandContext {
  readonly recorded: Recorded;
  params: Record<string, unknown>;
}

export function makeContext(options: ContextOptions = {}): TestContext {
  const recorded: Recorded = { output: [], errors: [], warnings: [], verbose: [], debug: [], information: [], host: [] };
  const params: Record<string, unknown> = { ...(options.params ?? {}) };
  const session = options.session ?? new MemorySession();
  const host: HostApi = options.host ?? {
    width: 120,
    interactive: options.interactive ?? true,
    readLine: options.readLine ?? (() => Promise.resolve('')),
    writeOut: (t) => recorded.host.push({ text: t }),
    writeErr: (t) => recorded.host.push({ text: t }),
  };
  const write = (obj: unknown): MaybePromise<void> => {
    if (options.asyncWrite) return Promise.resolve().then(() => void recorded.output.push(obj));
    recorded.output.push(obj);
  };
  const ctx: TestContext = {
    recorded,
    params,
    isBound: (name) => params[name] !== undefined,
    parameterSetName: options.parameterSet ?? '__AllParameterSets',
    invocationName: options.invocationName ?? 'test',
    write,
    writeEnumerated(obj) {
      if (Array.isArray(obj)) {
        let chain: MaybePromise<void> = undefined;
        for (const x of obj) chain = isPromise(chain) ? chain.then(() => write(x)) : write(x);
        return chain;
      }
      return write(obj);
    },
    writeError: (e) => void recorded.errors.push(e),
    writeWarning: (m) => void recorded.warnings.push(m),
    writeVerbose: (m) => void recorded.verbose.push(m),
    writeDebug: (m) => void recorded.debug.push(m),
    writeInformation: (m) => void recorded.information.push(m),
    writeHost: (text, opts) => void recorded.host.push({ text, options: opts as Record<string, unknown> | undefined }),
    shouldProcess: () => true,
    invoke(script, opts) {
      if (!(script instanceof ScriptBlock)) throw new Error('test contexts only run test script blocks');
      return script.body(opts?.dollarUnder ?? null, opts ?? {});
    },
    evaluate: options.evaluate ?? (() => []),
    session,
    signal: options.signal ?? new AbortController().signal,
    host,
  };
  return ctx;
}

export interface RunOptions extends ContextOptions {
  /** Pipeline input; when absent the command runs first in the pipeline (one process with no input). */
  input?: unknown[];
}

export interface RunResult extends Recorded {
  ctx: TestContext;
  /** True when the command asked upstream to stop (Select-Object -First). */
  stoppedUpstream: boolean;
  /** How many input objects were pushed before the stop. */
  consumed: number;
}

function pipelineParameter(def: CommandDefinition, set: string): ParameterDef | undefined {
  return def.parameters.find(
    (p) => p.valueFromPipeline && (!p.parameterSets || p.parameterSets.includes(set) || set === '__AllParameterSets'),
  );
}

/** Runs a command like the pipeline does and records what it wrote. Terminating errors propagate. */
export async function run(def: CommandDefinition, options: RunOptions = {}): Promise<RunResult> {
  const ctx = makeContext(options);
  const impl: CommandImpl = def.create();
  await impl.begin?.(ctx);
  let stoppedUpstream = false;
  let consumed = 0;
  if (options.input) {
    const pp = pipelineParameter(def, ctx.parameterSetName);
    for (const item of options.input) {
      if (pp) ctx.params[pp.name] = pp.type.endsWith('[]') && !Array.isArray(item) ? [item] : item;
      consumed++;
      try {
        await impl.process?.(ctx, item, true);
      } catch (e) {
        if (e instanceof StopUpstreamError) {
          stoppedUpstream = true;
          break;
        }
        throw e;
      }
    }
  } else {
    await impl.process?.(ctx, undefined, false);
  }
  await impl.end?.(ctx);
  return { ...ctx.recorded, ctx, stoppedUpstream, consumed };
}

/** The message of the terminating error a promise rejects with. */
export async function terminatingMessage(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    if (e instanceof RuntimeError) return e.message;
    throw e;
  }
  throw new Error('expected a terminating error');
}
