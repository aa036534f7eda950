// The engine: session state (scopes, commands, aliases, current directory), command resolution, and
// running scripts. The evaluator and the pipeline runner call back into it.

import * as fs from 'node:fs';
import { defineTypes } from './classes/define-types.js';
import * as path from 'node:path';
import * as os from 'node:os';
import type * as A from '../../grammar/ast.js';
import { parseScript } from '../../grammar/parser.js';
import { ParseError } from '../../grammar/errors.js';
import type { CommandDefinition, HostApi, MaybePromise, ParameterDef, SessionStateApi } from '../pipeline/types.js';
import { isPromise } from '../pipeline/types.js';
import { drive, type Eval } from './drive.js';
import { CollectingSink, ExecContext, type OutputSink, type Streams } from './context.js';
import { Evaluator } from './evaluator.js';
import { Scope, setVariableIn, targetScope } from './scope.js';
import { ScriptBlock, type ScriptSource } from './scriptblock.js';
import { ErrorRecord, RuntimeError, makeErrorRecord } from './errors.js';
import { ExitSignal, BreakSignal, ContinueSignal, ReturnSignal } from './signals.js';
import { toStr, typeNameOf, convertTo } from './conversions.js';
import { PSHashtable } from '../objects/hashtable.js';
import { BindingState, type BoundArgument, bindingError } from '../binding/binder.js';
import { CommandProcessor, ProcessorContext, COMMON_PARAMETERS, SHOULD_PROCESS_PARAMETERS } from '../pipeline/processor.js';
import { runPipelineGen } from '../pipeline/runner.js';
import { commandFromScriptBlock, parametersFrom } from './functions.js';
import { invocationInfo } from './invocation-info.js';
import type { PSObject } from '../objects/psobject.js';
import { confirmPreference, decideShouldProcess, operationDescription, verbosePreferenceOn, whatIfPreference, type ConfirmImpact, type ShouldProcessRuntime } from './should-process.js';
import { nativeCommand, findExecutable } from './native.js';
import { automaticVariables } from './automatic-variables.js';
import { StopUpstreamError, PipelineStoppedError } from '../pipeline/stop.js';
import { renderToString } from '../format/out-string.js';

/** Defines a command on first use: the definition for a command or alias name, or undefined when it has none. */
export type CommandProvider = (name: string) => CommandDefinition | undefined;

export interface RunResult {
  exitCode: number;
}

export class Engine {
  readonly evaluator = new Evaluator(this);
  readonly global = new Scope(undefined, true);
  readonly cmdlets = new Map<string, CommandDefinition>();
  readonly aliases = new Map<string, string>();
  readonly errors: ErrorRecord[] = [];
  lastSuccess = true;
  tryDepth = 0;
  /** Set by the REPL while a command runs: Ctrl-C aborts it, and it is every pipeline's ctx.signal. */
  stopSignal: AbortSignal | undefined;
  /** The sink that prints to the console: a native command writing there may use the terminal directly. */
  topLevelSink: OutputSink | undefined;
  cwd: string;
  readonly host: HostApi;
  readonly hostStreams: Streams;

  constructor(host: HostApi, streams: (engine: Engine) => Streams) {
    this.host = host;
    this.cwd = process.cwd();
    this.hostStreams = streams(this);
    for (const [name, value] of Object.entries(automaticVariables(this))) {
      this.global.variables.set(name.toLowerCase(), { name, value, readOnly: name === 'true' || name === 'false' || name === 'null' });
    }
    this.global.variables.set('error', { name: 'Error', value: this.errors });
  }

  // ---- registration ---------------------------------------------------------------------------------

  registerCommands(defs: CommandDefinition[]): void {
    for (const d of defs) {
      const withCommon = addCommonParameters(d);
      this.cmdlets.set(d.name.toLowerCase(), withCommon);
      for (const a of d.aliases ?? []) this.aliases.set(a.toLowerCase(), d.name);
    }
  }

  private readonly commandProviders: CommandProvider[] = [];

  /**
   * Adds a source of commands defined on first use (the generated AWS cmdlets): asked, synchronously, for a name
   * no registered command or alias has; what it returns is registered, so it is asked once per name.
   */
  addCommandProvider(provider: CommandProvider): void {
    this.commandProviders.push(provider);
  }

  private provideCommand(name: string): CommandDefinition | undefined {
    for (const provider of this.commandProviders) {
      const def = provider(name);
      if (def) {
        this.registerCommands([def]);
        if (def.name.toLowerCase() !== name.toLowerCase()) this.aliases.set(name.toLowerCase(), def.name);
        return this.cmdlets.get(def.name.toLowerCase());
      }
    }
    return undefined;
  }

  // ---- session state ----------------------------------------------------------------------------------

  get session(): { cwd: string } {
    return this;
  }

  sessionFor(cx: ExecContext): SessionStateApi {
    const engine = this;
    return {
      getVariable: (name) => engine.readVariable(cx.scope, name),
      hasVariable: (name) => cx.scope.lookup(name.toLowerCase()) !== undefined,
      setVariable: (name, value, scope) => engine.setVariable(targetScope(cx.scope, scope?.toLowerCase()), name, value),
      removeVariable: (name, scope) => {
        const s = scope ? targetScope(cx.scope, scope.toLowerCase()) : findScopeOf(cx.scope, name.toLowerCase());
        return s ? s.variables.delete(name.toLowerCase()) : false;
      },
      listVariables: () => {
        const out = new Map<string, unknown>();
        const chain: Scope[] = [];
        for (let s: Scope | undefined = cx.scope; s; s = s.parent) chain.unshift(s);
        for (const s of chain) for (const v of s.variables.values()) out.set(v.name, v.value);
        return out;
      },
      get cwd() {
        return engine.cwd;
      },
      set cwd(value: string) {
        engine.setLocation(value);
      },
      resolvePath: (p) => engine.resolvePath(p),
      getCommand: (name) => engine.resolveCommand(name, cx.scope)?.def,
      listCommands: () => engine.listCommands(cx.scope),
      listAliases: () => new Map(engine.aliases),
      setAlias: (name, target) => engine.aliases.set(name.toLowerCase(), target),
    };
  }

  setLocation(p: string): void {
    this.cwd = p;
    try {
      process.chdir(p);
    } catch {
      // The engine's notion of the location is what matters; process.chdir may fail for virtual paths.
    }
  }

  resolvePath(p: string): string {
    if (p === '~') return os.homedir();
    if (p.startsWith('~/') || p.startsWith('~\\')) return path.join(os.homedir(), p.slice(2));
    return path.resolve(this.cwd, p);
  }

  readVariable(scope: Scope, name: string): unknown {
    const v = scope.lookup(name.toLowerCase());
    return v ? v.value : null;
  }

  setVariable(scope: Scope, name: string, value: unknown): void {
    setVariableIn(scope, name, value);
  }

  errorActionPreference(cx: ExecContext): string {
    return toStr(this.readVariable(cx.scope, 'ErrorActionPreference') ?? 'Continue').toLowerCase();
  }

  recordError(rec: ErrorRecord): void {
    if (this.errors[0] === rec) return;
    this.errors.unshift(rec);
    if (this.errors.length > 256) this.errors.length = 256;
  }

  typeNameOf(v: unknown): string {
    return typeNameOf(v);
  }

  listCommands(scope: Scope): CommandDefinition[] {
    const out = new Map<string, CommandDefinition>();
    for (const [k, d] of this.cmdlets) out.set(k, d);
    for (let s: Scope | undefined = scope; s; s = s.parent) for (const [k, f] of s.functions) if (!out.has(k) || s.functions === scope.functions) out.set(k, f);
    return [...out.values()];
  }

  // ---- functions ---------------------------------------------------------------------------------------

  defineFunction(s: A.FunctionDefStmt, cx: ExecContext): void {
    const sb = new ScriptBlock(s.body, cx.source);
    const shape = syncResult(drive(parametersFrom(this, s.body.paramBlock, cx)));
    let name = s.name;
    let scope = cx.scope;
    const colon = name.indexOf(':');
    if (colon > 0) {
      scope = targetScope(cx.scope, name.slice(0, colon).toLowerCase());
      name = name.slice(colon + 1);
    }
    const def = commandFromScriptBlock(this, name, sb, shape, { kind: s.isFilter ? 'Filter' : 'Function' });
    scope.functions.set(name.toLowerCase(), def);
  }

  /** Sets a function's parameters, $args and $PSBoundParameters (the given table) as variables of its scope. */
  *bindFunctionVariables(params: ParameterDef[], ctx: ProcessorContext, cx: ExecContext, bound: PSHashtable): Eval<void> {
    const scope = cx.scope;
    for (const p of params) {
      if (p.name === '__args') continue;
      if (ctx.isBound(p.name)) {
        scope.variables.set(p.name.toLowerCase(), { name: p.name, value: ctx.params[p.name] });
      } else if (p.defaultValue !== undefined) {
        const v = yield* this.evaluator.ev(p.defaultValue as A.Expression, cx);
        scope.variables.set(p.name.toLowerCase(), { name: p.name, value: p.type === 'System.Object' ? v : convertTo(v ?? null, p.type) });
      } else if (!COMMON_PARAMETERS.some((c) => c.name === p.name) && !SHOULD_PROCESS_PARAMETERS.some((c) => c.name === p.name)) {
        scope.variables.set(p.name.toLowerCase(), { name: p.name, value: p.type === 'switch' ? false : null });
      }
    }
    const rest = ctx.params['__args'];
    scope.variables.set('args', { name: 'args', value: Array.isArray(rest) ? rest : [] });
    scope.variables.set('psboundparameters', { name: 'PSBoundParameters', value: bound });
  }

  /** Binds a script block's param() from positional arguments (for .Invoke() and similar). */
  *bindScriptBlockParameters(pb: A.ParamBlockAst, args: unknown[], cx: ExecContext): Eval<unknown[]> {
    const { params } = yield* parametersFrom(this, pb, cx);
    const state = new BindingState({ name: 'ScriptBlock', parameters: params, create: () => ({}) }, 'ScriptBlock');
    state.bindArguments(args.map((value) => ({ kind: 'positional', value })), true);
    for (const p of params) {
      if (p.name === '__args') continue;
      if (state.bound.has(p.name)) cx.scope.variables.set(p.name.toLowerCase(), { name: p.name, value: state.params[p.name] });
      else if (p.defaultValue !== undefined) cx.scope.variables.set(p.name.toLowerCase(), { name: p.name, value: yield* this.evaluator.ev(p.defaultValue as A.Expression, cx) });
      else if (!COMMON_PARAMETERS.some((c) => c.name === p.name)) cx.scope.variables.set(p.name.toLowerCase(), { name: p.name, value: p.type === 'switch' ? false : null });
    }
    const rest = state.params['__args'];
    return [...(Array.isArray(rest) ? rest : []), ...state.remaining];
  }

  // ---- commands ---------------------------------------------------------------------------------------

  resolveCommand(name: string, scope: Scope, seen = new Set<string>()): { def: CommandDefinition; name: string } | undefined {
    const lower = name.toLowerCase();
    const fn = scope.lookupFunction(lower);
    if (fn) return { def: fn, name };
    const alias = this.aliases.get(lower);
    if (alias && !seen.has(lower)) {
      seen.add(lower);
      return this.resolveCommand(alias, scope, seen);
    }
    const cmd = this.cmdlets.get(lower) ?? this.provideCommand(name);
    if (cmd) return { def: cmd, name };
    return undefined;
  }

  *createProcessor(el: A.CommandAst, cx: ExecContext, next: OutputSink, signal: AbortSignal, expectsInput: boolean): Eval<CommandProcessor> {
    if (this.stopSignal) {
      if (this.stopSignal.aborted) throw new PipelineStoppedError();
      signal = this.stopSignal;
    }
    const position = this.evaluator.position(el.ext, cx.source);
    let def: CommandDefinition;
    let invocationName: string;
    const nameValue = el.name.kind === 'Constant' && el.name.bare ? el.name.value : yield* this.evaluator.ev(el.name, cx);
    if (nameValue instanceof ScriptBlock) {
      const shape = yield* parametersFrom(this, nameValue.ast.paramBlock, cx);
      def = commandFromScriptBlock(this, '', nameValue, shape, { kind: 'Script', dotSource: el.invocation === '.' });
      invocationName = '';
    } else if (nameValue && typeof nameValue === 'object' && 'create' in (nameValue as object) && 'parameters' in (nameValue as object)) {
      def = nameValue as CommandDefinition;
      invocationName = def.name;
    } else {
      invocationName = toStr(nameValue ?? null);
      const found = this.resolveCommand(invocationName, cx.scope);
      if (found) def = found.def;
      else {
        const script = this.scriptFileCommand(invocationName, el.invocation === '.', cx) ?? this.builtInScript(invocationName);
        if (script) def = script;
        else {
          const exe = findExecutable(invocationName, this.cwd);
          if (!exe) throw this.commandNotFound(invocationName, position);
          def = nativeCommand(exe, invocationName, this);
        }
      }
    }
    const args: BoundArgument[] = [];
    for (const e of el.elements) {
      if (e.kind === 'Parameter') {
        if (e.argument) args.push({ kind: 'named', name: e.name, value: yield* this.evaluator.ev(e.argument, cx), hasValue: true });
        else args.push({ kind: 'named', name: e.name, value: null, hasValue: false, text: `-${e.name}` });
        continue;
      }
      if (e.splat) {
        const v = yield* this.evaluator.ev(e.value, cx);
        if (v instanceof PSHashtable) {
          for (const entry of v.entries()) args.push({ kind: 'named', name: toStr(entry.key), value: entry.value, hasValue: true });
        } else if (Array.isArray(v)) for (const item of v) args.push({ kind: 'positional', value: item });
        else if (v !== null) args.push({ kind: 'positional', value: v });
        continue;
      }
      const v = yield* this.evaluator.ev(e.value, cx);
      args.push({ kind: 'positional', value: v === undefined ? null : v, text: e.value.kind === 'Constant' ? String(e.value.value) : undefined });
    }
    const state = new BindingState(def, invocationName);
    const streamsAndSink = yield* this.applyRedirections(el.redirections, next, cx.streams, cx);
    const procCx = streamsAndSink.streams === cx.streams ? cx : cx.withStreams(streamsAndSink.streams);
    try {
      state.bindArguments(args, def.parameters.some((p) => p.name === '__args') || (def as { native?: boolean }).native === true);
      const missing = state.resolveSet(expectsInput);
      for (const p of missing) {
        if (!this.host.interactive) {
          throw bindingError(`Cannot process command because of one or more missing mandatory parameters: ${missing.map((m) => m.name).join(' ')}.`, 'MissingMandatoryParameter');
        }
        const answer = yield this.host.readLine(`${p.name}: `);
        state.bindPrompted(p, answer);
      }
    } catch (e) {
      if (e instanceof RuntimeError) {
        e.record.commandName ??= def.name || invocationName || undefined;
        e.record.position ??= position;
      }
      throw e;
    }
    const proc = new CommandProcessor(this, def, state, invocationName, procCx, position, streamsAndSink.sink, signal);
    proc.expectsInput = expectsInput;
    return proc;
  }

  commandNotFound(name: string, position: A.Extent | import('./errors.js').ScriptPosition | undefined): RuntimeError {
    const rec = makeErrorRecord(
      `The term '${name}' is not recognized as a name of a cmdlet, function, script file, or executable program.\nCheck the spelling of the name, or if a path was included, verify that the path is correct and try again.`,
      { type: 'System.Management.Automation.CommandNotFoundException', id: 'CommandNotFoundException', category: 'ObjectNotFound', target: name, baseTypeNames: ['System.Management.Automation.RuntimeException', 'System.Exception'] },
    );
    rec.commandName = name;
    if (position && 'line' in position) rec.position = position;
    return new RuntimeError(rec);
  }

  /**
   * A script the real tools ship and awsps has built in (AWSAliases.ps1), named by a path where the real tools
   * install it: a missing .ps1 whose file name is a registered command runs that command.
   */
  private builtInScript(name: string): CommandDefinition | undefined {
    if (!/\.ps1$/i.test(name) || fs.existsSync(this.resolvePath(name))) return undefined;
    return this.cmdlets.get(path.basename(name.replace(/\\/g, '/')).toLowerCase());
  }

  /** A .ps1 path used as a command: runs the script (in a new scope, or the caller's when dot-sourced). */
  private scriptFileCommand(name: string, dot: boolean, cx: ExecContext): CommandDefinition | undefined {
    if (!/\.ps1$/i.test(name)) return undefined;
    const full = this.resolvePath(name);
    if (!fs.existsSync(full)) return undefined;
    const text = fs.readFileSync(full, 'utf8');
    const ast = parseScript(text);
    const sb = new ScriptBlock(ast, { text, file: full });
    const shape = syncResult(drive(parametersFrom(this, ast.paramBlock, cx)));
    return commandFromScriptBlock(this, full, sb, shape, { kind: 'ExternalScript', dotSource: dot });
  }

  /**
   * A command's redirections: n>&1 (n = 2..6, or *) sends that stream's records into the output (marked with the
   * stream, so the console shows them as that stream would); n> file and n>$null take the stream away from the host.
   */
  *applyRedirections(redirs: A.Redirection[], sink: OutputSink, streams: Streams, cx: ExecContext): Eval<{ sink: OutputSink; streams: Streams }> {
    let outSink = sink;
    let errStreams = streams;
    const from = (r: A.Redirection, n: string): boolean => r.from === n || r.from === '*';
    for (const r of redirs) {
      if (r.mergeTo) {
        if (r.mergeTo !== '1' || r.from === '1') continue;
        const target = outSink;
        const s: Streams = { ...errStreams };
        if (from(r, '2')) s.error = (rec) => void target.write(rec);
        if (from(r, '3')) s.warning = (_m, rec) => void target.write(rec.forStream());
        if (from(r, '4')) s.verbose = (_m, rec) => void target.write(rec.forStream());
        if (from(r, '5')) s.debug = (_m, rec) => void target.write(rec.forStream());
        errStreams = from(r, '6') ? { ...s, information: (_v, rec) => void target.write(rec.forStream()), informationRedirected: true } : s;
        continue;
      }
      const targetValue = r.target ? yield* this.evaluator.ev(r.target, cx) : null;
      const toNull = targetValue === null || targetValue === undefined || (r.target?.kind === 'Variable' && r.target.name.toLowerCase() === 'null');
      const file = toNull ? undefined : this.resolvePath(toStr(targetValue));
      const writer = file ? new FileRedirection(file, r.append, this) : undefined;
      const line = (text: string): void => writer?.writeText(`${text}\n`);
      if (from(r, '1')) outSink = writer ?? { write: () => undefined };
      const s: Streams = { ...errStreams };
      if (from(r, '2')) s.error = (rec) => line(rec.message);
      if (from(r, '3')) s.warning = (m) => line(m);
      if (from(r, '4')) s.verbose = (m) => line(m);
      if (from(r, '5')) s.debug = (m) => line(m);
      errStreams = from(r, '6') ? { ...s, information: (v) => line(toStr(v)), informationRedirected: true } : s;
    }
    return { sink: outSink, streams: errStreams };
  }

  runPipeline(stmt: A.PipelineStmt, cx: ExecContext): MaybePromise<void> {
    return drive(runPipelineGen(this, stmt, cx));
  }

  /** Each running cmdlet's confirmation state (its Yes to All / No to All answer lasts while it runs). */
  private readonly cmdletConfirmations = new WeakMap<ProcessorContext, CmdletShouldProcess>();

  shouldProcess(ctx: ProcessorContext, def: CommandDefinition, target: string, action: string): MaybePromise<boolean> {
    let rt = this.cmdletConfirmations.get(ctx);
    if (!rt) {
      rt = new CmdletShouldProcess(ctx, def.confirmImpact ?? 'Medium');
      this.cmdletConfirmations.set(ctx, rt);
    }
    return decideShouldProcess(rt, { description: operationDescription(action, target) });
  }

  /** How a value looks when redirected to a file (the console's formatting). */
  renderForFile(value: unknown): string {
    if (typeof value === 'string') return value + '\n';
    return renderToString([value], 120);
  }

  // ---- running text --------------------------------------------------------------------------------------

  evaluateText(text: string, cx: ExecContext): MaybePromise<unknown[]> {
    const ast = parseScript(text);
    const sink = new CollectingSink();
    const inner = cx.withSink(sink).withScope(cx.scope, { text });
    const r = drive(this.evaluator.execStatements(ast.end?.statements ?? [], inner));
    if (isPromise(r)) return r.then(() => sink.items);
    return sink.items;
  }

  readFileLines(_scope: Scope, p: string): string[] {
    const text = fs.readFileSync(this.resolvePath(p), 'utf8');
    const lines = text.split(/\r?\n/);
    if (lines[lines.length - 1] === '') lines.pop();
    return lines;
  }

  /**
   * Runs a script (a file, -Command text or a REPL line) in the given scope. Output goes to `sink`;
   * returns the exit code the shell should end with for this script.
   */
  async run(text: string, options: { file?: string; args?: unknown[]; sink: OutputSink; scope?: Scope; onStatementEnd?: () => void }): Promise<{ exitCode: number; exited: boolean }> {
    let ast: A.ScriptBlockAst;
    const source: ScriptSource = { text, file: options.file };
    try {
      ast = parseScript(text);
    } catch (e) {
      if (e instanceof ParseError) {
        this.reportParseError(e, source);
        return { exitCode: 1, exited: false };
      }
      throw e;
    }
    const scope = options.scope ?? this.global;
    const cx = new ExecContext(scope, options.sink, source, this.hostStreams, this.host, [], options.onStatementEnd);
    try {
      const sb = new ScriptBlock(ast, source);
      if (ast.paramBlock || options.file) {
        // The script's enums exist before its parameters are bound ([MyEnum]$x in its param block); its classes are
        // defined when it starts, in its own scope, which their methods see.
        if (ast.typeDefs) defineTypes(this.evaluator, ast.typeDefs.filter((d) => d.isEnum), cx);
        const shape = await drive(parametersFrom(this, ast.paramBlock, cx));
        // The command runs in a new script scope below this one, with its own $MyInvocation.
        const def = commandFromScriptBlock(this, options.file ?? '', sb, shape, { kind: options.file ? 'ExternalScript' : 'Script', origin: 'Runspace' });
        const state = new BindingState(def, options.file ?? '');
        state.bindArguments((options.args ?? []).map((a) => argumentFromCli(a)), true);
        state.resolveSet(false);
        const proc = new CommandProcessor(this, def, state, options.file ?? '', cx, undefined, options.sink, new AbortController().signal);
        await proc.begin();
        await proc.processNoInput();
        await proc.end();
      } else {
        scope.myInvocation = topLevelInvocation(sb);
        await drive(this.evaluator.runScriptBlock(sb, { newScope: false }, cx));
      }
      // A script file succeeds unless it threw; -Command text reports whether its last statement succeeded.
      return { exitCode: options.file || this.lastSuccess ? 0 : 1, exited: false };
    } catch (e) {
      options.onStatementEnd?.();
      if (e instanceof ExitSignal) return { exitCode: e.code, exited: true };
      if (e instanceof ReturnSignal || e instanceof BreakSignal || e instanceof ContinueSignal) return { exitCode: 0, exited: false };
      if (e instanceof StopUpstreamError || e instanceof PipelineStoppedError) return { exitCode: 0, exited: false };
      if (e instanceof RuntimeError) {
        this.lastSuccess = false;
        this.hostStreams.error(e.record);
        return { exitCode: 1, exited: false };
      }
      if (e instanceof ParseError) {
        this.reportParseError(e, source);
        return { exitCode: 1, exited: false };
      }
      // Anything else is a defect of ours: report it as a PowerShell error, never a JS stack trace.
      const message = e instanceof Error ? e.message : String(e);
      this.hostStreams.error(makeErrorRecord(message, { id: 'InternalError' }));
      return { exitCode: 1, exited: false };
    }
  }

  reportParseError(e: ParseError, source: ScriptSource): void {
    const lineStart = source.text.lastIndexOf('\n', e.position.offset - 1) + 1;
    let lineEnd = source.text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = source.text.length;
    const rec = makeErrorRecord(e.message, { type: 'System.Management.Automation.ParseException', id: e.errorId, category: 'ParserError' });
    rec.position = { file: source.file, line: e.position.line, column: e.position.column, lineText: source.text.slice(lineStart, lineEnd).replace(/\r$/, ''), length: e.length };
    this.lastSuccess = false;
    this.hostStreams.error(rec);
  }
}

/** Parameter declarations evaluate only constant attribute arguments, which never wait. */
function syncResult<T>(v: MaybePromise<T>): T {
  if (isPromise(v)) throw new RuntimeError(makeErrorRecord('Attribute arguments must be constants.', { id: 'ParameterAttributeArgumentNeedsToBeConstant', category: 'ParserError' }));
  return v;
}

function argumentFromCli(a: unknown): BoundArgument {
  if (typeof a === 'string' && /^-[A-Za-z_][\w-]*:?$/.test(a)) return { kind: 'named', name: a.slice(1).replace(/:$/, ''), value: null, hasValue: false };
  return { kind: 'positional', value: a };
}

function findScopeOf(scope: Scope, lower: string): Scope | undefined {
  for (let s: Scope | undefined = scope; s; s = s.parent) if (s.variables.has(lower)) return s;
  return undefined;
}

function addCommonParameters(d: CommandDefinition): CommandDefinition {
  const names = new Set(d.parameters.map((p) => p.name.toLowerCase()));
  const extra = COMMON_PARAMETERS.filter((c) => !names.has(c.name.toLowerCase()));
  const should = d.confirmImpact ? SHOULD_PROCESS_PARAMETERS.filter((c) => !names.has(c.name.toLowerCase())) : [];
  return { ...d, parameters: [...d.parameters, ...extra, ...should] };
}

/** The top level of -Command text or a REPL line: an InvocationInfo whose MyCommand is an unnamed ScriptInfo. */
function topLevelInvocation(sb: ScriptBlock): () => PSObject {
  const command = { kind: 'Script' as const, name: '', scriptBlock: sb, params: [], advanced: false };
  let info: PSObject | undefined;
  return () =>
    (info ??= invocationInfo({ command, invocationName: '', boundParameters: new PSHashtable(), unboundArguments: [], pipelineLength: 2, pipelinePosition: 1, expectingInput: false, commandOrigin: 'Runspace' }));
}

/** A cmdlet's ShouldProcess state: its own -WhatIf/-Confirm/-Verbose, else the preference variables where it runs. */
class CmdletShouldProcess implements ShouldProcessRuntime {
  toAll: boolean | undefined;
  constructor(
    private readonly ctx: ProcessorContext,
    readonly confirmImpact: ConfirmImpact,
  ) {}
  get host(): HostApi {
    return this.ctx.host;
  }
  whatIf(): boolean {
    return this.ctx.isBound('WhatIf') ? this.ctx.params.WhatIf === true : whatIfPreference(this.ctx.exec.scope);
  }
  confirmThreshold(): ConfirmImpact {
    if (this.ctx.isBound('Confirm')) return this.ctx.params.Confirm === true ? 'Low' : 'None';
    return confirmPreference(this.ctx.exec.scope);
  }
  verbose(): boolean {
    return this.ctx.isBound('Verbose') ? this.ctx.params.Verbose === true : verbosePreferenceOn(this.ctx.exec.scope);
  }
  writeVerbose(message: string): void {
    this.ctx.writeVerbose(message);
  }
}

/** Output redirected to a file with > or >>: written as the console would show it. */
class FileRedirection implements OutputSink {
  private first = true;
  constructor(
    private readonly file: string,
    private readonly append: boolean,
    private readonly engine: Engine,
  ) {}
  write(value: unknown): void {
    this.writeText(this.engine.renderForFile(value));
  }
  writeText(text: string): void {
    if (this.first && !this.append) fs.writeFileSync(this.file, text);
    else fs.appendFileSync(this.file, text);
    this.first = false;
  }
}
