// User functions (and script blocks run as commands) become CommandDefinitions, so the one binder binds
// them exactly like cmdlets: param() attributes turn into ParameterDefs.

import type * as A from '../../grammar/ast.js';
import type { CommandDefinition, CommandImpl, MaybePromise, ParameterDef } from '../pipeline/types.js';
import { drive, type Eval } from './drive.js';
import { ExecContext } from './context.js';
import { Scope } from './scope.js';
import { ScriptBlock } from './scriptblock.js';
import { ReturnSignal } from './signals.js';
import { toBool, toStr } from './conversions.js';
import { PSHashtable } from '../objects/hashtable.js';
import { ProcessorContext, COMMON_PARAMETERS, SHOULD_PROCESS_PARAMETERS } from '../pipeline/processor.js';
import type { Engine } from './engine.js';
import { RuntimeError, makeErrorRecord } from './errors.js';

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

/** Builds parameter definitions from a param() block. Default values are evaluated at bind time. */
export function* parametersFrom(engine: Engine, pb: A.ParamBlockAst | undefined, cx: ExecContext): Eval<{ params: ParameterDef[]; advanced: boolean; supportsShouldProcess: boolean; defaultSet?: string }> {
  const params: ParameterDef[] = [];
  const advanced = isAdvanced(pb);
  let supportsShouldProcess = false;
  let defaultSet: string | undefined;
  const cb = pb ? attributeNamed(pb.attributes, 'cmdletbinding') : undefined;
  if (cb) {
    for (const n of cb.named) {
      const v = yield* attrValue(engine, n.value, cx);
      if (n.name.toLowerCase() === 'supportsshouldprocess') supportsShouldProcess = toBool(v);
      if (n.name.toLowerCase() === 'defaultparametersetname') defaultSet = toStr(v);
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
  return { params, advanced, supportsShouldProcess, defaultSet };
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

/** A command that runs a script block's begin/process/end with bound parameters. */
export function commandFromScriptBlock(engine: Engine, name: string, sb: ScriptBlock, params: ParameterDef[], defaultSet: string | undefined): CommandDefinition {
  const ast = sb.ast;
  return {
    name,
    parameters: params,
    acceptsAnyInput: !params.some((p) => p.valueFromPipeline || p.valueFromPipelineByPropertyName),
    defaultParameterSet: defaultSet,
    synopsis: '',
    create(): CommandImpl {
      let cx: ExecContext | undefined;
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
              throw e;
            }
          })(),
        );
      };
      return {
        begin(ctx) {
          if (!(ctx instanceof ProcessorContext)) throw new RuntimeError(makeErrorRecord('Functions run only inside the engine.'));
          const scope = new Scope(sb.closure ?? ctx.exec.scope);
          const sink = { write: (v: unknown) => ctx.write(v) };
          cx = new ExecContext(scope, sink, sb.source, ctx.exec.streams, ctx.exec.host, input);
          const bound = drive(engine.bindFunctionVariables(params, ctx, cx));
          return then(bound, () => run(ast.begin));
        },
        process(ctx, item, hasInput) {
          if (!(ctx instanceof ProcessorContext) || !cx) return;
          if (hasInput) {
            input.push(item);
            cx.scope.variables.set('_', { name: '_', value: item });
            for (const p of params) if (ctx.isBound(p.name) && !p.hidden) cx.scope.variables.set(p.name.toLowerCase(), { name: p.name, value: ctx.params[p.name] });
          }
          return run(ast.process);
        },
        end() {
          if (!cx) return;
          cx.scope.variables.set('input', { name: 'input', value: input });
          return run(ast.end);
        },
      };
    },
  };
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
