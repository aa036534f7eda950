// One command running in a pipeline: its bound parameters, its CommandContext, and the push of each
// input object into it. Output goes straight to the next processor's processInput (push-based and
// synchronous unless a command really waits), so objects stream one at a time.

import type { CommandContext, CommandDefinition, CommandImpl, HostApi, InvokeOptions, MaybePromise, ScriptBlockLike, SessionStateApi } from './types.js';
import { isPromise } from './types.js';
import { BindingState } from '../binding/binder.js';
import { ErrorRecord, RuntimeError, makeErrorRecord, type ScriptPosition } from '../engine/errors.js';
import type { ExecContext, OutputSink, Streams } from '../engine/context.js';
import type { Scope } from '../engine/scope.js';
import type { Engine } from '../engine/engine.js';
import { ScriptBlock } from '../engine/scriptblock.js';
import { enumerate, isEnumerable } from '../engine/enumerate.js';
import { StopUpstreamError } from './stop.js';
import { toStr } from '../engine/conversions.js';
import { colorize } from '../host/color.js';

/** Common parameters every cmdlet and advanced function accepts. */
export const COMMON_PARAMETER_NAMES = new Set(
  ['Verbose', 'Debug', 'ErrorAction', 'WarningAction', 'InformationAction', 'ErrorVariable', 'WarningVariable', 'InformationVariable', 'OutVariable', 'OutBuffer', 'PipelineVariable', 'ProgressAction', 'WhatIf', 'Confirm'].map((n) => n.toLowerCase()),
);

export const ACTIONS = ['Continue', 'Ignore', 'Inquire', 'SilentlyContinue', 'Stop', 'Suspend', 'Break'];

export const COMMON_PARAMETERS = [
  { name: 'Verbose', type: 'switch', aliases: ['vb'] },
  { name: 'Debug', type: 'switch', aliases: ['db'] },
  { name: 'ErrorAction', type: 'System.String', aliases: ['ea'], validateSet: ACTIONS },
  { name: 'WarningAction', type: 'System.String', aliases: ['wa'], validateSet: ACTIONS },
  { name: 'InformationAction', type: 'System.String', aliases: ['infa'], validateSet: ACTIONS },
  { name: 'ProgressAction', type: 'System.String', aliases: ['proga'], validateSet: ACTIONS },
  { name: 'ErrorVariable', type: 'System.String', aliases: ['ev'] },
  { name: 'WarningVariable', type: 'System.String', aliases: ['wv'] },
  { name: 'InformationVariable', type: 'System.String', aliases: ['iv'] },
  { name: 'OutVariable', type: 'System.String', aliases: ['ov'] },
  { name: 'OutBuffer', type: 'System.Int32', aliases: ['ob'] },
  { name: 'PipelineVariable', type: 'System.String', aliases: ['pv'] },
];

export const SHOULD_PROCESS_PARAMETERS = [
  { name: 'WhatIf', type: 'switch', aliases: ['wi'] },
  { name: 'Confirm', type: 'switch', aliases: ['cf'] },
];

export class CommandProcessor implements OutputSink {
  readonly def: CommandDefinition;
  readonly impl: CommandImpl;
  readonly state: BindingState;
  readonly ctx: ProcessorContext;
  next: OutputSink;
  /** Whether this command receives pipeline input (it is not first). */
  expectsInput = false;
  /** 1-based place among the pipeline's commands, and how many there are ($MyInvocation.PipelinePosition/Length). */
  pipelinePosition = 1;
  pipelineLength = 1;
  private outVariable: unknown[] | undefined;

  constructor(
    readonly engine: Engine,
    def: CommandDefinition,
    state: BindingState,
    readonly invocationName: string,
    readonly cx: ExecContext,
    readonly position: ScriptPosition | undefined,
    next: OutputSink,
    readonly signal: AbortSignal,
  ) {
    this.def = def;
    this.state = state;
    this.next = next;
    this.impl = def.create();
    this.ctx = new ProcessorContext(this);
    if (state.params.OutVariable !== undefined) this.outVariable = [];
  }

  /** Writes one object downstream. */
  emit(obj: unknown): MaybePromise<void> {
    if (this.outVariable) this.outVariable.push(obj);
    return this.next.write(obj);
  }

  begin(): MaybePromise<void> {
    try {
      return this.guard(this.impl.begin?.(this.ctx));
    } catch (e) {
      return this.tagStop(e);
    }
  }

  /** Called by the upstream command for each object it writes. */
  write(input: unknown): MaybePromise<void> {
    if (!this.state.bindPipeline(input) && !this.def.acceptsAnyInput) {
      this.ctx.writeError(
        makeErrorRecord(
          'The input object cannot be bound to any parameters for the command either because the command does not take pipeline input or the input and its properties do not match any of the parameters that take pipeline input.',
          { type: 'System.Management.Automation.ParameterBindingException', id: 'InputObjectNotBound', category: 'InvalidArgument', target: input },
        ),
      );
      return;
    }
    const missing = this.state.missingAfterPipeline();
    if (missing.length) {
      this.ctx.writeError(
        makeErrorRecord(`Cannot process command because of one or more missing mandatory parameters: ${missing.map((p) => p.name).join(' ')}.`, {
          type: 'System.Management.Automation.ParameterBindingException',
          id: 'MissingMandatoryParameter',
          category: 'InvalidArgument',
        }),
      );
      return;
    }
    try {
      const r = this.impl.process?.(this.ctx, input, true);
      if (isPromise(r)) return r.catch((e: unknown) => this.tagStop(e));
      return r;
    } catch (e) {
      return this.tagStop(e);
    }
  }

  /**
   * Marks a stop request with the command that made it, so only its own pipeline handles it, and names
   * this command in a terminating error that does not name one yet.
   */
  private tagStop(e: unknown): never {
    if (e instanceof StopUpstreamError) {
      const s = e as StopUpstreamError & { origin?: CommandProcessor };
      s.origin ??= this;
    } else if (e instanceof RuntimeError) {
      e.record.commandName ??= this.def.name || this.invocationName || undefined;
      e.record.position ??= this.position;
      // pwsh's ManageException: a terminating error goes to -ErrorVariable too.
      this.ctx.appendToErrorVariables(e.record);
    }
    throw e;
  }

  private guard(r: MaybePromise<void>): MaybePromise<void> {
    if (isPromise(r)) return r.catch((e: unknown) => this.tagStop(e));
    return r;
  }

  /** First command in a pipeline: one process call with no input. */
  processNoInput(): MaybePromise<void> {
    try {
      return this.guard(this.impl.process?.(this.ctx, undefined, false));
    } catch (e) {
      return this.tagStop(e);
    }
  }

  end(): MaybePromise<void> {
    let r: MaybePromise<void>;
    try {
      r = this.guard(this.impl.end?.(this.ctx));
    } catch (e) {
      return this.tagStop(e);
    }
    if (isPromise(r)) return r.then(() => this.finish());
    this.finish();
  }

  private finish(): void {
    if (this.outVariable) this.engine.setVariable(this.cx.scope, String(this.state.params.OutVariable), this.outVariable.length === 1 ? this.outVariable[0] : this.outVariable);
  }

  dispose(): void {
    this.impl.dispose?.();
  }
}

/** The CommandContext a command sees. */
export class ProcessorContext implements CommandContext {
  private readonly proc: CommandProcessor;
  private errorVariable: ErrorRecord[] | undefined;
  /**
   * Where preference variables are read: the caller's scope for a cmdlet; an advanced function's own scope once it
   * runs (-Verbose, -ErrorAction and the like set them there).
   */
  preferenceScope: Scope | undefined;

  constructor(proc: CommandProcessor) {
    this.proc = proc;
    if (proc.state.params.ErrorVariable !== undefined) this.errorVariable = errorVariableList(proc, String(proc.state.params.ErrorVariable));
  }

  /** This command's -ErrorVariable list, if it has one (an advanced function hands it to the commands it calls). */
  get ownErrorVariable(): ErrorRecord[] | undefined {
    return this.errorVariable;
  }

  /** Adds an error to this command's -ErrorVariable and those of the advanced functions it runs in (once each). */
  appendToErrorVariables(err: ErrorRecord): void {
    const own = this.errorVariable;
    if (own && !own.includes(err)) own.push(err);
    const outer = this.proc.cx.errorVariables;
    if (outer) for (const list of outer) if (list !== own && !list.includes(err)) list.push(err);
  }

  get position(): ScriptPosition | undefined {
    return this.proc.position;
  }
  get expectingInput(): boolean {
    return this.proc.expectsInput;
  }
  get pipelinePosition(): number {
    return this.proc.pipelinePosition;
  }
  get pipelineLength(): number {
    return this.proc.pipelineLength;
  }

  get params(): Record<string, unknown> {
    return this.proc.state.params;
  }
  isBound(name: string): boolean {
    return this.proc.state.bound.has(name);
  }
  get parameterSetName(): string {
    return this.proc.state.parameterSet;
  }
  get invocationName(): string {
    return this.proc.invocationName;
  }
  get exec(): ExecContext {
    return this.proc.cx;
  }
  get engine(): Engine {
    return this.proc.engine;
  }
  get session(): SessionStateApi {
    return this.proc.engine.sessionFor(this.proc.cx);
  }
  get signal(): AbortSignal {
    return this.proc.signal;
  }
  get host(): HostApi {
    return this.proc.cx.host;
  }
  private get streams(): Streams {
    return this.proc.cx.streams;
  }

  write(obj: unknown): MaybePromise<void> {
    return this.proc.emit(obj === undefined ? null : obj);
  }

  writeEnumerated(obj: unknown): MaybePromise<void> {
    if (!isEnumerable(obj)) return this.proc.emit(obj === undefined ? null : obj);
    const it = enumerate(obj)[Symbol.iterator]();
    return this.pump(it);
  }

  private pump(it: Iterator<unknown>): MaybePromise<void> {
    for (let r = it.next(); !r.done; r = it.next()) {
      const w = this.proc.emit(r.value);
      if (isPromise(w)) return w.then(() => this.pump(it));
    }
  }

  private preference(paramName: string, variable: string): string {
    const p = this.params[paramName];
    if (typeof p === 'string') return p.toLowerCase();
    return toStr(this.proc.engine.readVariable(this.preferenceScope ?? this.proc.cx.scope, variable) ?? 'Continue').toLowerCase();
  }

  /** A -Verbose/-Debug switch given to the command decides; otherwise the preference variable does. */
  private switchOrPreference(param: string, variable: string): boolean {
    if (this.proc.state.bound.has(param)) return this.params[param] === true;
    const pref = this.preference('', variable);
    return pref !== 'silentlycontinue' && pref !== 'ignore';
  }

  writeError(err: ErrorRecord): void {
    // pwsh names the command itself (Set-Location), not the alias it was called by (cd).
    if (!err.commandName) err.commandName = this.proc.def.name || this.proc.invocationName || undefined;
    if (!err.position && this.proc.position) err.position = this.proc.position;
    const action = this.preference('ErrorAction', 'ErrorActionPreference');
    this.proc.engine.lastSuccess = false;
    if (action === 'ignore') return;
    this.appendToErrorVariables(err);
    if (action === 'stop') throw new RuntimeError(err, true);
    if (action === 'silentlycontinue') {
      this.proc.engine.recordError(err);
      return;
    }
    this.streams.error(err);
  }

  writeWarning(message: string): void {
    const action = this.preference('WarningAction', 'WarningPreference');
    if (action === 'stop') throw new RuntimeError(makeErrorRecord(`The running command stopped because the preference variable "WarningPreference" or common parameter is set to Stop: ${message}`, { id: 'ActionPreferenceStop' }), true);
    if (action === 'silentlycontinue' || action === 'ignore') return;
    this.streams.warning(message);
  }

  writeVerbose(message: string): void {
    if (this.switchOrPreference('Verbose', 'VerbosePreference')) this.streams.verbose(message);
  }

  writeDebug(message: string): void {
    if (this.switchOrPreference('Debug', 'DebugPreference')) this.streams.debug(message);
  }

  writeInformation(message: unknown): void {
    const action = this.preference('InformationAction', 'InformationPreference');
    if (action === 'continue') this.streams.information(message);
  }

  writeHost(text: string, options?: { noNewline?: boolean; foregroundColor?: string; backgroundColor?: string }): void {
    const host = this.host;
    // Colours only reach a terminal (pwsh's OutputRendering 'Host'): redirected output stays plain text.
    const colored = host.outputColor === true && options !== undefined ? colorize(text, options.foregroundColor, options.backgroundColor) : text;
    host.writeOut(options?.noNewline ? colored : colored + '\n');
  }

  shouldProcess(target: string, action: string): MaybePromise<boolean> {
    return this.proc.engine.shouldProcess(this, this.proc.def, target, action);
  }

  invoke(sb: ScriptBlockLike, options?: InvokeOptions): MaybePromise<unknown[]> {
    if (!(sb instanceof ScriptBlock)) throw new RuntimeError(makeErrorRecord('The value is not a script block.', { id: 'NotAScriptBlock' }));
    return this.proc.engine.evaluator.invokeScriptBlock(sb, options ?? {}, this.proc.cx);
  }

  evaluate(text: string): MaybePromise<unknown[]> {
    return this.proc.engine.evaluateText(text, this.proc.cx);
  }
}

/** The list -ErrorVariable names: a new one, or with a leading + the variable's existing list, appended to. */
function errorVariableList(proc: CommandProcessor, spec: string): ErrorRecord[] {
  const append = spec.startsWith('+');
  const name = append ? spec.slice(1) : spec;
  const existing = append ? proc.engine.readVariable(proc.cx.scope, name) : null;
  const list: ErrorRecord[] = Array.isArray(existing) ? (existing as ErrorRecord[]) : existing instanceof ErrorRecord ? [existing] : [];
  proc.engine.setVariable(proc.cx.scope, name, list);
  return list;
}

export function isStopFor(e: unknown, processors: CommandProcessor[]): e is StopUpstreamError & { origin?: CommandProcessor } {
  return e instanceof StopUpstreamError && processors.includes((e as StopUpstreamError & { origin?: CommandProcessor }).origin as CommandProcessor);
}
