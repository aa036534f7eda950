// One command running in a pipeline: its bound parameters, its CommandContext, and the push of each
// input object into it. Output goes straight to the next processor's processInput (push-based and
// synchronous unless a command really waits), so objects stream one at a time.

import type { CommandContext, CommandDefinition, CommandImpl, HostApi, InvokeOptions, MaybePromise, ScriptBlockLike, SessionStateApi } from './types.js';
import { isPromise } from './types.js';
import { BindingState } from '../binding/binder.js';
import { ErrorRecord, RuntimeError, makeErrorRecord, type ScriptPosition } from '../engine/errors.js';
import type { ExecContext, OutputSink, StreamVariableLists, Streams, VariableStream } from '../engine/context.js';
import type { Scope, VariableSlot } from '../engine/scope.js';
import type { Engine } from '../engine/engine.js';
import { ScriptBlock } from '../engine/scriptblock.js';
import { enumerate, isEnumerable } from '../engine/enumerate.js';
import { StopUpstreamError } from './stop.js';
import { toStr } from '../engine/conversions.js';
import { colorize } from '../host/color.js';
import { DebugRecord, HostInformationMessage, InformationRecord, VerboseRecord, WarningRecord, type InvocationSource } from '../objects/stream-records.js';
import { ConsoleColorEnum, enumMember } from '../objects/enum-value.js';
import { PSHashtable } from '../objects/hashtable.js';
import { PSList } from '../objects/pslist.js';
import { cmdletInvocationInfo } from '../engine/invocation-info.js';

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
  /** -PipelineVariable: the variable that holds each object this command writes while downstream processes it. */
  private pipelineVariable: PipelineVariable | undefined;
  /** Set when -OutVariable or -PipelineVariable must see each output object (the rest pay nothing per object). */
  private observesOutput = false;
  /** Run when this command, the last of its pipeline, is done: upstream -PipelineVariable removals. */
  private atPipelineEnd: (() => void)[] | undefined;

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
    if (state.params.OutVariable !== undefined) {
      this.outVariable = [];
      this.observesOutput = true;
    }
  }

  /** Writes one object downstream. */
  emit(obj: unknown): MaybePromise<void> {
    if (this.observesOutput) {
      if (this.outVariable) this.outVariable.push(obj);
      if (this.pipelineVariable) this.pipelineVariable.slot.value = obj;
    }
    return this.next.write(obj);
  }

  begin(): MaybePromise<void> {
    try {
      if (this.state.params.PipelineVariable !== undefined) this.setUpPipelineVariable(String(this.state.params.PipelineVariable));
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
    this.endOfPipeline();
  }

  dispose(): void {
    try {
      this.impl.dispose?.();
    } finally {
      this.pipelineVariable?.remove();
      this.endOfPipeline();
    }
  }

  /**
   * pwsh's SetupPipelineVariable: the variable lives in the caller's scope for the whole pipeline. One that
   * already exists in that very scope is used and kept; one created here goes when the pipeline ends (after the
   * last command's end block, which may still read it).
   */
  private setUpPipelineVariable(name: string): void {
    const scope = this.cx.scope;
    const key = name.toLowerCase();
    const existing = scope.variables.get(key);
    const slot: VariableSlot = existing ?? { name, value: null };
    if (!existing) scope.variables.set(key, slot);
    const pv = new PipelineVariable(scope, key, slot, !existing);
    this.pipelineVariable = pv;
    this.observesOutput = true;
    let last: CommandProcessor = this;
    while (last.pipelinePosition < last.pipelineLength && last.next instanceof CommandProcessor) last = last.next;
    (last.atPipelineEnd ??= []).push(() => pv.remove());
  }

  private endOfPipeline(): void {
    const hooks = this.atPipelineEnd;
    if (!hooks) return;
    this.atPipelineEnd = undefined;
    for (const h of hooks) h();
  }
}

/** A -PipelineVariable's slot, and whether the pipeline created it (and so removes it). */
class PipelineVariable {
  private removed = false;
  constructor(
    private readonly scope: Scope,
    private readonly key: string,
    readonly slot: VariableSlot,
    private readonly created: boolean,
  ) {}

  remove(): void {
    if (this.removed || !this.created) return;
    this.removed = true;
    if (this.scope.variables.get(this.key) === this.slot) this.scope.variables.delete(this.key);
  }
}

/** The CommandContext a command sees. */
export class ProcessorContext implements CommandContext {
  private readonly proc: CommandProcessor;
  private readonly ownVariables: StreamVariableLists | undefined;
  /**
   * Where preference variables are read: the caller's scope for a cmdlet; an advanced function's own scope once it
   * runs (-Verbose, -ErrorAction and the like set them there).
   */
  preferenceScope: Scope | undefined;

  constructor(proc: CommandProcessor) {
    this.proc = proc;
    const p = proc.state.params;
    if (p.ErrorVariable !== undefined || p.WarningVariable !== undefined || p.InformationVariable !== undefined) {
      const lists: StreamVariableLists = {};
      if (p.ErrorVariable !== undefined) lists.error = streamVariableList(proc, String(p.ErrorVariable));
      if (p.WarningVariable !== undefined) lists.warning = streamVariableList(proc, String(p.WarningVariable));
      if (p.InformationVariable !== undefined) lists.information = streamVariableList(proc, String(p.InformationVariable));
      this.ownVariables = lists;
    }
  }

  /** This command's -ErrorVariable/-WarningVariable/-InformationVariable lists (an advanced function hands them to the commands it calls). */
  get ownStreamVariables(): StreamVariableLists | undefined {
    return this.ownVariables;
  }

  /** Adds an error to this command's -ErrorVariable and those of the advanced functions it runs in (once each). */
  appendToErrorVariables(err: ErrorRecord): void {
    this.appendToStreamVariables('error', err);
  }

  /** Adds a record to this command's list for its stream and to those of the advanced functions it runs in (once each). */
  private appendToStreamVariables(stream: VariableStream, item: unknown): void {
    const own = this.ownVariables?.[stream];
    if (own && !own.includes(item)) own.push(item);
    const outer = this.proc.cx.streamVariables;
    if (!outer) return;
    for (const lists of outer) {
      const list = lists[stream];
      if (list && list !== own && !list.includes(item)) list.push(item);
    }
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

  /**
   * Where a record's InvocationInfo comes from: an advanced function's own $MyInvocation when it writes through
   * $PSCmdlet, otherwise this cmdlet's invocation.
   */
  private invocationSource(): InvocationSource {
    const fn = this.preferenceScope?.myInvocation;
    if (fn) return fn;
    const proc = this.proc;
    return () =>
      cmdletInvocationInfo({
        commandName: proc.def.name || proc.invocationName,
        invocationName: proc.invocationName,
        boundParameters: boundTable(proc.state.params, proc.state.bound),
        position: proc.position,
        pipelineLength: proc.pipelineLength,
        pipelinePosition: proc.pipelinePosition,
        expectingInput: proc.expectsInput,
      });
  }

  /** pwsh's WriteWarning: shown unless SilentlyContinue/Ignore, always added to -WarningVariable, then Stop ends the command. */
  writeWarning(message: string): void {
    const action = this.preference('WarningAction', 'WarningPreference');
    const record = new WarningRecord(message, this.invocationSource());
    if (action !== 'silentlycontinue' && action !== 'ignore') this.streams.warning(message, record);
    this.appendToStreamVariables('warning', record);
    if (action === 'stop') throw new RuntimeError(makeErrorRecord(`The running command stopped because the preference variable "WarningPreference" or common parameter is set to Stop: ${message}`, { id: 'ActionPreferenceStop' }), true);
  }

  writeVerbose(message: string): void {
    if (this.switchOrPreference('Verbose', 'VerbosePreference')) this.streams.verbose(message, new VerboseRecord(message, this.invocationSource()));
  }

  writeDebug(message: string): void {
    if (this.switchOrPreference('Debug', 'DebugPreference')) this.streams.debug(message, new DebugRecord(message, this.invocationSource()));
  }

  /** Write-Information and $PSCmdlet.WriteInformation: a record, or message data (with tags) to put in one. */
  writeInformation(messageData: unknown, tags?: readonly string[]): void {
    const record = messageData instanceof InformationRecord ? messageData : new InformationRecord(messageData ?? null, null, tags);
    if (record.source === null) record.set('Source', this.informationSource());
    this.deliverInformation(record);
  }

  /** Write-Host: an InformationRecord tagged PSHOST whose MessageData is a HostInformationMessage. */
  writeHost(text: string, options?: { noNewline?: boolean; foregroundColor?: string; backgroundColor?: string }): void {
    const color = (name: string | undefined): unknown => (name === undefined ? null : (enumMember(ConsoleColorEnum, name) ?? null));
    const message = new HostInformationMessage(text, color(options?.foregroundColor), color(options?.backgroundColor), options?.noNewline === true);
    this.deliverInformation(new InformationRecord(message, this.informationSource(), ['PSHOST']));
  }

  /** pwsh's Cmdlet.WriteInformation names the script the command was called from, else the command. */
  private informationSource(): string {
    return this.proc.position?.file || this.proc.def.name || this.proc.invocationName;
  }

  /**
   * pwsh's WriteInformation: unless Ignore, a redirection gets the record; otherwise the host shows Write-Host's
   * messages always and other information only on Continue. -InformationVariable gets it in every case.
   */
  private deliverInformation(record: InformationRecord): void {
    const action = this.preference('InformationAction', 'InformationPreference');
    if (action !== 'ignore') {
      const streams = this.streams;
      if (streams.informationRedirected) streams.information(record.messageData, record);
      else if (record.isHostMessage) this.showOnHost(record.messageData);
      else if (action === 'continue') streams.information(record.messageData, record);
    }
    this.appendToStreamVariables('information', record);
    if (action === 'stop') throw new RuntimeError(makeErrorRecord(`The running command stopped because the preference variable "InformationPreference" or common parameter is set to Stop: ${record.toStringOverride?.(record) ?? ''}`, { id: 'ActionPreferenceStop' }), true);
  }

  /** A PSHOST message on the host: Write-Host's text in its colours, without a newline when it asked for none. */
  private showOnHost(data: unknown): void {
    const host = this.host;
    if (!(data instanceof HostInformationMessage)) {
      host.writeOut(toStr(data) + '\n');
      return;
    }
    const text = String(data.get('Message') ?? '');
    const fg = data.get('ForegroundColor');
    const bg = data.get('BackgroundColor');
    // Colours only reach a terminal (pwsh's OutputRendering 'Host'): redirected output stays plain text.
    const colored = host.outputColor === true ? colorize(text, fg === null || fg === undefined ? undefined : String(fg), bg === null || bg === undefined ? undefined : String(bg)) : text;
    host.writeOut(data.get('NoNewLine') === true ? colored : colored + '\n');
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

/**
 * The list -ErrorVariable/-WarningVariable/-InformationVariable names (pwsh's SetupVariable): a new one, or with a
 * leading + the variable's existing list appended to (a single value becomes the first item of a new list).
 */
function streamVariableList(proc: CommandProcessor, spec: string): unknown[] {
  const append = spec.startsWith('+');
  const name = append ? spec.slice(1) : spec;
  const existing = append ? proc.engine.readVariable(proc.cx.scope, name) : null;
  if (existing instanceof PSList) return existing.items;
  const list: unknown[] = Array.isArray(existing) ? existing : existing === null || existing === undefined ? [] : [existing];
  proc.engine.setVariable(proc.cx.scope, name, list);
  return list;
}

/** $MyInvocation.BoundParameters of a cmdlet: the parameters given to it. */
function boundTable(params: Record<string, unknown>, bound: ReadonlySet<string>): PSHashtable {
  const table = new PSHashtable();
  for (const name of bound) if (name in params) table.set(name, params[name]);
  return table;
}

export function isStopFor(e: unknown, processors: CommandProcessor[]): e is StopUpstreamError & { origin?: CommandProcessor } {
  return e instanceof StopUpstreamError && processors.includes((e as StopUpstreamError & { origin?: CommandProcessor }).origin as CommandProcessor);
}
