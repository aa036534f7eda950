// User functions (and script blocks run as commands) become CommandDefinitions, so the one binder binds
// them exactly like cmdlets: param() attributes turn into ParameterDefs.

import * as path from 'node:path';
import type * as A from '../../grammar/ast.js';
import type { CommandDefinition, CommandImpl, MaybePromise, ParameterDef } from '../pipeline/types.js';
import { drive, type Eval } from './drive.js';
import { ExecContext, type StreamVariableLists } from './context.js';
import { Scope } from './scope.js';
import { ScriptBlock } from './scriptblock.js';
import { ReturnSignal } from './signals.js';
import { toBool, toStr } from './conversions.js';
import { PSHashtable } from '../objects/hashtable.js';
import { ProcessorContext, COMMON_PARAMETERS, SHOULD_PROCESS_PARAMETERS, ACTIONS } from '../pipeline/processor.js';
import type { Engine } from './engine.js';
import { RuntimeError, makeErrorRecord } from './errors.js';
import type { PSObject } from '../objects/psobject.js';
import { invocationInfo, type ScriptCommandKind } from './invocation-info.js';
import { ScriptCmdlet } from './script-cmdlet.js';
import { parseConfirmImpact, type ConfirmImpact } from './should-process.js';

function attributeNamed(attrs: A.AttributeAst[], name: string): A.AttributeAst | undefined {
  return attrs.find((a) => a.typeName.toLowerCase() === name || a.typeName.toLowerCase() === name + 'attribute' || a.typeName.toLowerCase() === 'system.management.automation.' + name + 'attribute');
}

/** Evaluates a constant attribute argument (literals and $true/$false). */
function* attrValue(engine: Engine, e: A.Expression | undefined, cx: ExecContext): Eval<unknown> {
  if (!e) return true;
  return yield* engine.evaluator.ev(e, cx);
}

export function isAdvanced(pb: A.ParamBlockAst | undefined): boolean {
  if (!pb) return false;
  if (attributeNamed(pb.attributes, 'cmdletbinding')) return true;
  return pb.parameters.some((p) => attributeNamed(p.attributes, 'parameter'));
}

/** What a param() block (and its [CmdletBinding()]) declares. */
export interface ScriptParameters {
  params: ParameterDef[];
  advanced: boolean;
  supportsShouldProcess: boolean;
  defaultSet?: string;
  /** [CmdletBinding(ConfirmImpact=...)], Medium when not given. */
  confirmImpact: ConfirmImpact;
}

/** Builds parameter definitions from a param() block. Default values are evaluated at bind time. */
export function* parametersFrom(engine: Engine, pb: A.ParamBlockAst | undefined, cx: ExecContext): Eval<ScriptParameters> {
  const params: ParameterDef[] = [];
  const advanced = isAdvanced(pb);
  let supportsShouldProcess = false;
  let defaultSet: string | undefined;
  let confirmImpact: ConfirmImpact = 'Medium';
  const cb = pb ? attributeNamed(pb.attributes, 'cmdletbinding') : undefined;
  if (cb) {
    for (const n of cb.named) {
      const v = yield* attrValue(engine, n.value, cx);
      const key = n.name.toLowerCase();
      if (key === 'supportsshouldprocess') supportsShouldProcess = toBool(v);
      else if (key === 'defaultparametersetname') defaultSet = toStr(v);
      else if (key === 'confirmimpact') {
        const impact = parseConfirmImpact(v);
        if (!impact) {
          throw new RuntimeError(
            makeErrorRecord(`Cannot convert value "${toStr(v)}" to type "System.Management.Automation.ConfirmImpact". Error: "Unable to match the identifier name ${toStr(v)} to a valid enumerator name. Specify one of the following enumerator names and try again:\nNone, Low, Medium, High"`, {
              type: 'System.Management.Automation.RuntimeException',
              id: 'InvalidCastFromStringToEnum',
              category: 'InvalidArgument',
            }),
          );
        }
        confirmImpact = impact;
      }
    }
  }
  let implicitPosition = 0;
  for (const decl of pb?.parameters ?? []) {
    const def: ParameterDef = { name: decl.name, type: normalizeType(decl.typeName) };
    const sets: string[] = [];
    const mandatorySets: string[] = [];
    let explicitPosition = false;
    for (const attr of decl.attributes) {
      const name = attr.typeName.toLowerCase();
      if (name === 'parameter') {
        let set: string | undefined;
        let mandatory = false;
        for (const n of attr.named) {
          const key = n.name.toLowerCase();
          const v = yield* attrValue(engine, n.value, cx);
          if (key === 'mandatory') mandatory = toBool(v);
          else if (key === 'position') {
            def.position = Number(v);
            explicitPosition = true;
          } else if (key === 'valuefrompipeline') def.valueFromPipeline = toBool(v);
          else if (key === 'valuefrompipelinebypropertyname') def.valueFromPipelineByPropertyName = toBool(v);
          else if (key === 'valuefromremainingarguments') def.valueFromRemainingArguments = toBool(v);
          else if (key === 'parametersetname') set = toStr(v);
          else if (key === 'helpmessage') def.help = toStr(v);
        }
        if (set && set !== '__AllParameterSets') sets.push(set);
        if (mandatory) mandatorySets.push(set ?? '*');
      } else if (name === 'alias') {
        def.aliases = [];
        for (const p of attr.positional) {
          const v = yield* engine.evaluator.ev(p, cx);
          for (const a of Array.isArray(v) ? v : [v]) def.aliases.push(toStr(a));
        }
      } else if (name === 'validateset') {
        def.validateSet = [];
        for (const p of attr.positional) def.validateSet.push(toStr(yield* engine.evaluator.ev(p, cx)));
      } else if (name === 'allownull') def.allowNull = true;
      else if (name === 'allowemptystring') def.allowEmptyString = true;
    }
    if (sets.length) def.parameterSets = sets;
    if (mandatorySets.length) def.mandatory = mandatorySets.includes('*') ? true : mandatorySets;
    // Simple functions (and advanced ones without explicit positions) bind in declaration order.
    if (!explicitPosition && def.type !== 'switch' && !advancedHasExplicitPositions(pb)) def.position = implicitPosition++;
    if (decl.defaultValue) def.defaultValue = decl.defaultValue;
    params.push(def);
  }
  if (advanced) {
    params.push(...COMMON_PARAMETERS.filter((c) => !params.some((p) => p.name.toLowerCase() === c.name.toLowerCase())));
    if (supportsShouldProcess) params.push(...SHOULD_PROCESS_PARAMETERS);
  } else {
    params.push({ name: '__args', type: 'System.Object[]', valueFromRemainingArguments: true, hidden: true });
  }
  return { params, advanced, supportsShouldProcess, defaultSet, confirmImpact };
}

function advancedHasExplicitPositions(pb: A.ParamBlockAst | undefined): boolean {
  if (!pb || !isAdvanced(pb)) return false;
  return pb.parameters.some((p) => p.attributes.some((a) => a.typeName.toLowerCase() === 'parameter' && a.named.some((n) => n.name.toLowerCase() === 'position')));
}

function normalizeType(t: string | undefined): string {
  if (!t) return 'System.Object';
  const lower = t.toLowerCase();
  if (lower === 'switch' || lower === 'switchparameter' || lower === 'system.management.automation.switchparameter') return 'switch';
  if (lower === 'scriptblock') return 'scriptblock';
  return t;
}

/** How a script block runs as a command: what $MyInvocation.MyCommand is, and who invoked it. */
export interface ScriptCommandOptions {
  kind: ScriptCommandKind;
  /** 'Runspace' for what the host runs (-File, the top level); commands called from script are 'Internal'. */
  origin?: 'Runspace' | 'Internal';
  /** Dot-sourced: runs in the caller's scope, so what it defines stays; its automatic variables do not. */
  dotSource?: boolean;
}

/** The variables a dot-sourced command sets in its caller's scope only while it runs. */
const DOT_SOURCE_RESTORED = ['args', 'psboundparameters', 'verbosepreference', 'debugpreference', 'erroractionpreference', 'warningpreference', 'informationpreference', 'progresspreference', 'whatifpreference', 'confirmpreference'];

/** Saves the slots of those variables and $MyInvocation/$PSCmdlet; the returned function puts them back (once). */
function saveVariables(scope: Scope, names: string[]): () => void {
  const saved = names.map((n) => [n, scope.variables.get(n)] as const);
  const { myInvocation, psCmdlet } = scope;
  let done = false;
  return () => {
    if (done) return;
    done = true;
    for (const [n, slot] of saved) {
      if (slot) scope.variables.set(n, slot);
      else scope.variables.delete(n);
    }
    scope.myInvocation = myInvocation;
    scope.psCmdlet = psCmdlet;
  };
}

/** A command that runs a script block's begin/process/end with bound parameters. */
export function commandFromScriptBlock(engine: Engine, name: string, sb: ScriptBlock, shape: ScriptParameters, options: ScriptCommandOptions): CommandDefinition {
  const ast = sb.ast;
  const { params } = shape;
  return {
    name,
    parameters: params,
    acceptsAnyInput: !params.some((p) => p.valueFromPipeline || p.valueFromPipelineByPropertyName),
    defaultParameterSet: shape.defaultSet,
    synopsis: '',
    create(): CommandImpl {
      let cx: ExecContext | undefined;
      let bound: PSHashtable | undefined;
      let restore: (() => void) | undefined;
      let cmdlet: ScriptCmdlet | undefined;
      const input: unknown[] = [];
      let returned = false;
      const run = (block: A.Block | undefined): MaybePromise<void> => {
        if (!block || returned || !cx) return;
        const inner = cx;
        return drive(
          (function* (): Eval<void> {
            try {
              yield* engine.evaluator.execStatements(block.statements, inner);
            } catch (e) {
              // return ends the function, except that in a process block it ends only this object.
              if (e instanceof ReturnSignal) {
                if (block !== ast.process) returned = true;
                return;
              }
              if (e instanceof RuntimeError && cmdlet?.endsHere(e)) e.scriptTerminating = false;
              throw e;
            }
          })(),
        );
      };
      return {
        begin(ctx) {
          if (!(ctx instanceof ProcessorContext)) throw new RuntimeError(makeErrorRecord('Functions run only inside the engine.'));
          // A script file's scope is the one $script: names.
          const scope = options.dotSource ? ctx.exec.scope : new Scope(sb.closure ?? ctx.exec.scope, options.kind === 'ExternalScript');
          if (options.dotSource) restore = saveVariables(scope, DOT_SOURCE_RESTORED);
          const sink = { write: (v: unknown) => ctx.write(v) };
          const inner = new ExecContext(scope, sink, sb.source, ctx.exec.streams, ctx.exec.host, input);
          inner.streamVariables = withOwnLists(ctx.exec.streamVariables, ctx.ownStreamVariables);
          cx = inner;
          const table = boundParameters(ctx, params);
          bound = table;
          // Before parameter defaults are evaluated: they may read $MyInvocation or $PSCmdlet.
          cmdlet = enterCommandScope(ctx, scope, sb, name, shape, options, table);
          return then(drive(engine.bindFunctionVariables(params, ctx, inner, table)), () => run(ast.begin));
        },
        process(ctx, item, hasInput) {
          if (!(ctx instanceof ProcessorContext) || !cx) return;
          if (hasInput) {
            input.push(item);
            cx.scope.variables.set('_', { name: '_', value: item });
            for (const p of params) {
              if (!ctx.isBound(p.name) || p.hidden) continue;
              cx.scope.variables.set(p.name.toLowerCase(), { name: p.name, value: ctx.params[p.name] });
              bound?.set(p.name, ctx.params[p.name]);
            }
          }
          return run(ast.process);
        },
        end() {
          if (!cx) return;
          cx.scope.variables.set('input', { name: 'input', value: input });
          if (!restore) return run(ast.end);
          const done = restore;
          let r: MaybePromise<void>;
          try {
            r = run(ast.end);
          } catch (e) {
            done();
            throw e;
          }
          if (r instanceof Promise) return r.finally(done);
          done();
        },
        dispose() {
          restore?.();
        },
      };
    },
  };
}

/** The variable lists the body of a function adds to: those of the functions it runs in, and its own. */
function withOwnLists(outer: StreamVariableLists[] | undefined, own: StreamVariableLists | undefined): StreamVariableLists[] | undefined {
  if (!own) return outer;
  return outer ? [...outer, own] : [own];
}

/**
 * The automatic variables a function or script gets in its own scope: $MyInvocation always; for an advanced one
 * $PSCmdlet, and the preference variables its common parameters set (pwsh's SetPreferenceVariables).
 */
function enterCommandScope(ctx: ProcessorContext, scope: Scope, sb: ScriptBlock, name: string, shape: ScriptParameters, options: ScriptCommandOptions, bound: PSHashtable): ScriptCmdlet | undefined {
  let info: PSObject | undefined;
  const myInvocation = (): PSObject =>
    (info ??= invocationInfo({
      command: { kind: options.kind, name, scriptBlock: sb, params: shape.params, advanced: shape.advanced, defaultSet: shape.defaultSet },
      invocationName: options.dotSource ? '.' : ctx.invocationName,
      boundParameters: bound,
      unboundArguments: shape.advanced || !Array.isArray(ctx.params.__args) ? [] : ctx.params.__args,
      position: ctx.position,
      pipelineLength: ctx.pipelineLength,
      pipelinePosition: ctx.pipelinePosition,
      expectingInput: ctx.expectingInput,
      commandOrigin: options.origin ?? 'Internal',
    }));
  scope.myInvocation = myInvocation;
  if (!shape.advanced) return undefined;
  setPreferenceVariables(ctx, scope);
  ctx.preferenceScope = scope;
  const commandName = options.kind === 'ExternalScript' ? path.basename(name) : name;
  const cmdlet = new ScriptCmdlet(ctx, scope, shape.confirmImpact, commandName, myInvocation);
  let cmdletObject: PSObject | undefined;
  scope.psCmdlet = () => (cmdletObject ??= cmdlet.toObject());
  return cmdlet;
}

function canonicalAction(value: unknown): string {
  const text = toStr(value ?? null);
  return ACTIONS.find((a) => a.toLowerCase() === text.toLowerCase()) ?? text;
}

/** -Verbose, -Debug, -ErrorAction, -WarningAction, -InformationAction, -ProgressAction, -WhatIf, -Confirm. */
function setPreferenceVariables(ctx: ProcessorContext, scope: Scope): void {
  const set = (variable: string, value: unknown): void => void scope.variables.set(variable.toLowerCase(), { name: variable, value });
  if (ctx.isBound('Verbose')) set('VerbosePreference', ctx.params.Verbose === true ? 'Continue' : 'SilentlyContinue');
  if (ctx.isBound('Debug')) set('DebugPreference', ctx.params.Debug === true ? 'Continue' : 'SilentlyContinue');
  if (ctx.isBound('ErrorAction')) set('ErrorActionPreference', canonicalAction(ctx.params.ErrorAction));
  if (ctx.isBound('WarningAction')) set('WarningPreference', canonicalAction(ctx.params.WarningAction));
  if (ctx.isBound('InformationAction')) set('InformationPreference', canonicalAction(ctx.params.InformationAction));
  if (ctx.isBound('ProgressAction')) set('ProgressPreference', canonicalAction(ctx.params.ProgressAction));
  if (ctx.isBound('WhatIf')) set('WhatIfPreference', ctx.params.WhatIf === true);
  if (ctx.isBound('Confirm')) set('ConfirmPreference', ctx.params.Confirm === true ? 'Low' : 'None');
}

function then(r: MaybePromise<void>, next: () => MaybePromise<void>): MaybePromise<void> {
  return r instanceof Promise ? r.then(next) : next();
}

/** $PSBoundParameters as a hashtable. */
export function boundParameters(ctx: ProcessorContext, params: ParameterDef[]): PSHashtable {
  const h = new PSHashtable();
  for (const p of params) if (ctx.isBound(p.name) && !p.hidden) h.set(p.name, ctx.params[p.name]);
  return h;
}
