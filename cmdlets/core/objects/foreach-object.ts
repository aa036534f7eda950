// ForEach-Object: runs script blocks for each input object (with -Begin/-End and the positional
// begin/process/end convention), reads a property / calls a method by name (ForEach-Object Name), or runs a
// script block concurrently in runspaces of its own (-Parallel, in foreach-parallel.ts).

import { isPromise, type CommandContext, type CommandDefinition, type InvokeOptions, type MaybePromise, type ScriptBlockLike, type ParameterDef } from '../../../src/pipeline/types.js';
import { ErrorRecord, RuntimeError, makeErrorRecord } from '../../../src/engine/errors.js';
import { PSHashtable } from '../../../src/objects/hashtable.js';
import { PSObject } from '../../../src/objects/psobject.js';
import { dotnetToString, isScriptBlock, typeNameOf } from '../../../src/engine/conversions.js';
import { hasWildcard, wildcardToRegExp } from '../../../src/engine/operators.js';
import { getMember, hasMethod, invokeMethod, listMethodNames } from '../../../src/engine/members.js';
import { argumentError, terminate } from './common/errors.js';
import { findProperty, matchingProperties, readProperty } from './common/properties.js';
import { writeEach } from './common/flow.js';
import { stringParam, switchParam } from './common/params.js';
import { beginParallel, type ParallelRun } from './foreach-parallel.js';

const COMMAND = 'Microsoft.PowerShell.Commands.ForEachObjectCommand';

const PARAMETERS: ParameterDef[] = [
  { name: 'InputObject', type: 'System.Management.Automation.PSObject', valueFromPipeline: true, allowNull: true, parameterSets: ['ScriptBlockSet', 'PropertyAndMethodSet', 'ParallelParameterSet'] },
  { name: 'Begin', type: 'scriptblock', parameterSets: ['ScriptBlockSet'] },
  { name: 'Process', type: 'scriptblock[]', position: 0, mandatory: true, allowNull: true, parameterSets: ['ScriptBlockSet'] },
  { name: 'End', type: 'scriptblock', parameterSets: ['ScriptBlockSet'] },
  { name: 'RemainingScripts', type: 'scriptblock[]', allowNull: true, valueFromRemainingArguments: true, parameterSets: ['ScriptBlockSet'] },
  { name: 'MemberName', type: 'System.String', position: 0, mandatory: true, parameterSets: ['PropertyAndMethodSet'] },
  { name: 'ArgumentList', type: 'System.Object[]', aliases: ['Args'], valueFromRemainingArguments: true, parameterSets: ['PropertyAndMethodSet'] },
  { name: 'Parallel', type: 'scriptblock', mandatory: true, parameterSets: ['ParallelParameterSet'] },
  { name: 'ThrottleLimit', type: 'System.Int32', parameterSets: ['ParallelParameterSet'] },
  { name: 'TimeoutSeconds', type: 'System.Int32', parameterSets: ['ParallelParameterSet'] },
  // -AsJob returns one job whose child jobs are the iterations (cmdlets/core/jobs/task-job.ts).
  { name: 'AsJob', type: 'switch', parameterSets: ['ParallelParameterSet'] },
  // Every iteration gets a new runspace here, which is what this switch asks for.
  { name: 'UseNewRunspace', type: 'switch', parameterSets: ['ParallelParameterSet'] },
];

type Script = ScriptBlockLike | null;

function scriptList(value: unknown): Script[] {
  if (value === undefined) return [];
  if (value === null) return [null];
  const items = Array.isArray(value) ? value : [value];
  return items.map((s) => (isScriptBlock(s) ? s : null));
}

/** Writes a script block's output: each object it wrote goes on as it is. */
function emit(ctx: CommandContext, out: MaybePromise<unknown[]>): MaybePromise<void> {
  if (isPromise(out)) return out.then((items) => writeEach(ctx, items));
  // Single-output fast path: no loop state to keep.
  if (out.length === 1) return ctx.write(out[0]);
  return writeEach(ctx, out);
}

/** "InputObject: <ToString()>", the ShouldProcess target pwsh shows. */
function targetText(obj: unknown): string {
  if (obj === null || obj === undefined) return 'InputObject: null';
  const s = dotnetToString(obj);
  return `InputObject: ${s === '' ? typeNameOf(obj) : s}`;
}

/** The ScriptBlockSet: pwsh's _scripts list with its begin/process/end slicing. */
function scriptBlockSet(): {
  begin(ctx: CommandContext): MaybePromise<void>;
  process(ctx: CommandContext, input: unknown, hasInput: boolean): MaybePromise<void>;
  end(ctx: CommandContext): MaybePromise<void>;
} {
  let scripts: Script[] = [];
  let start = 0;
  let stop = 0;
  let endScript: Script = null;
  const options: InvokeOptions = { dollarUnder: null, newScope: false };

  const runFrom = (ctx: CommandContext, obj: unknown, i: number): MaybePromise<void> => {
    for (; i < stop; i++) {
      const s = scripts[i];
      if (!s) continue;
      options.dollarUnder = obj;
      const w = emit(ctx, ctx.invoke(s, options));
      if (isPromise(w)) {
        const next = i + 1;
        return w.then(() => runFrom(ctx, obj, next));
      }
    }
  };

  return {
    begin(ctx) {
      if (switchParam(ctx, 'WhatIf') || switchParam(ctx, 'Confirm')) {
        terminate(
          makeErrorRecord('The -WhatIf and -Confirm parameters are not supported for script blocks.', {
            type: 'System.InvalidOperationException',
            baseTypeNames: ['System.SystemException', 'System.Exception'],
            id: `NoShouldProcessForScriptBlockSet,${COMMAND}`,
            category: 'InvalidOperation',
          }),
        );
      }
      // -Begin goes first, then -Process and the remaining positional blocks, as the binder fills them.
      if (ctx.isBound('Begin')) scripts.push(isScriptBlock(ctx.params.Begin) ? ctx.params.Begin : null);
      scripts = scripts.concat(scriptList(ctx.params.Process), scriptList(ctx.params.RemainingScripts));
      const endGiven = ctx.isBound('End');
      endScript = endGiven && isScriptBlock(ctx.params.End) ? ctx.params.End : null;
      stop = scripts.length;
      start = scripts.length > 1 ? 1 : 0;
      if (!endGiven && scripts.length > 2) {
        stop = scripts.length - 1;
        endScript = scripts[stop] ?? null;
      }
      if (stop < 2 || !scripts[0]) return;
      return emit(ctx, ctx.invoke(scripts[0], { newScope: false }));
    },
    process(ctx, input, hasInput) {
      const obj = hasInput ? input : ctx.isBound('InputObject') ? (ctx.params.InputObject ?? null) : null;
      // The common case, one process block: no loop bookkeeping.
      if (stop - start === 1) {
        const s = scripts[start];
        if (!s) return;
        options.dollarUnder = obj;
        return emit(ctx, ctx.invoke(s, options));
      }
      return runFrom(ctx, obj, start);
    },
    end(ctx) {
      if (!endScript) return;
      return emit(ctx, ctx.invoke(endScript, { newScope: false }));
    },
  };
}

function nameError(message: string, id: string, target: unknown): ErrorRecord {
  return argumentError(message, `${id},${COMMAND}`, target);
}

function methodInvocationError(e: RuntimeError, target: unknown): ErrorRecord {
  const record = makeErrorRecord(e.record.exception.message, { id: `MethodInvocationError,${COMMAND}`, category: 'InvalidOperation', target });
  record.exception = e.record.exception;
  return record;
}

/** Calls a method and writes its result unrolled; .NET errors become non-terminating errors. */
function callAndWrite(ctx: CommandContext, obj: unknown, name: string, args: unknown[]): MaybePromise<void> {
  let result: unknown;
  try {
    result = invokeMethod(obj, name, args);
  } catch (e) {
    if (!(e instanceof RuntimeError)) throw e;
    ctx.writeError(methodInvocationError(e, obj));
    return;
  }
  if (isPromise(result)) {
    return (result as Promise<unknown>).then(
      (r) => (r === undefined ? undefined : ctx.writeEnumerated(r)),
      (e: unknown) => {
        if (!(e instanceof RuntimeError)) throw e;
        ctx.writeError(methodInvocationError(e, obj));
      },
    );
  }
  // Void methods write nothing.
  return result === undefined ? undefined : ctx.writeEnumerated(result);
}

function methodNames(obj: unknown, pattern: string): string[] {
  if (!hasWildcard(pattern)) return hasMethod(obj, pattern) ? [pattern] : [];
  const re = wildcardToRegExp(pattern);
  return listMethodNames(obj).filter((n) => re.test(n));
}

function shouldProcess(ctx: CommandContext, obj: unknown, action: string): MaybePromise<boolean> {
  // Only ask when confirmation was requested: the member form is a hot path.
  if (!ctx.isBound('WhatIf') && !ctx.isBound('Confirm')) return true;
  return ctx.shouldProcess(targetText(obj), action);
}

function whenAllowed(allowed: MaybePromise<boolean>, run: () => MaybePromise<void>): MaybePromise<void> {
  if (isPromise(allowed)) return allowed.then((ok) => (ok ? run() : undefined));
  return allowed ? run() : undefined;
}

/** ForEach-Object MemberName [args]: the PropertyAndMethodSet. */
function processMember(ctx: CommandContext, obj: unknown, name: string): MaybePromise<void> {
  const rawArgs = ctx.params.ArgumentList;
  const args = rawArgs === undefined || rawArgs === null ? [] : Array.isArray(rawArgs) ? rawArgs : [rawArgs];
  if (obj === null || obj === undefined) {
    if (args.length > 0) {
      ctx.writeError(nameError('You cannot call a method on a null-valued expression.', 'InvokeMethodOnNull', obj));
      return;
    }
    return whenAllowed(shouldProcess(ctx, obj, `Retrieve the value for property '${name}'`), () => ctx.write(null));
  }
  if (args.length > 0) {
    const methods = methodNames(obj, name);
    if (methods.length > 1) {
      ctx.writeError(nameError(`Input name "${name}" is ambiguous. It can be resolved to multiple matched methods. Possible matches include: ${methods.join(' ')}.`, 'AmbiguousMethodName', obj));
      return;
    }
    if (methods.length === 0) {
      ctx.writeError(nameError(`Input name "${name}" cannot be resolved to a method.`, 'MethodNotFound', obj));
      return;
    }
    const argText = args.map((a) => (a === null || a === undefined ? 'null' : dotnetToString(a))).join(', ');
    return whenAllowed(shouldProcess(ctx, obj, `Invoke method '${methods[0]}' with arguments: ${argText}`), () => callAndWrite(ctx, obj, methods[0]!, args));
  }
  // A dictionary key wins over members.
  if (obj instanceof PSHashtable && obj.has(name)) {
    return whenAllowed(shouldProcess(ctx, obj, `Retrieve the value for key '${name}'`), () => ctx.writeEnumerated(obj.get(name) ?? null));
  }
  const props = hasWildcard(name) ? matchingProperties(obj, name) : [];
  const methods = methodNames(obj, name);
  if (hasWildcard(name) && props.length + methods.length > 1) {
    ctx.writeError(
      nameError(`Input name "${name}" is ambiguous. It can be resolved to multiple matched members. Possible matches include: ${[...props, ...methods].join(' ')}.`, 'AmbiguousPropertyOrMethodName', obj),
    );
    return;
  }
  const prop = hasWildcard(name) ? props[0] : findProperty(obj, name);
  if (prop !== undefined) {
    return whenAllowed(shouldProcess(ctx, obj, `Retrieve the value for property '${prop}'`), () => ctx.writeEnumerated(readProperty(obj, prop)));
  }
  if (methods.length === 1) {
    return whenAllowed(shouldProcess(ctx, obj, `Invoke method '${methods[0]}'`), () => callAndWrite(ctx, obj, methods[0]!, []));
  }
  // Unknown member: $null, as $_.NoSuchProperty would be (outside strict mode).
  const value = obj instanceof PSObject ? undefined : getMember(obj, name);
  return whenAllowed(shouldProcess(ctx, obj, `Retrieve the value for property '${name}'`), () =>
    value === undefined || value === null ? ctx.write(null) : ctx.writeEnumerated(value),
  );
}

export const forEachObjectCommand: CommandDefinition = {
  name: 'ForEach-Object',
  aliases: ['foreach', '%'],
  module: 'Microsoft.PowerShell.Core',
  synopsis: 'Performs an operation against each item in a collection of input objects.',
  defaultParameterSet: 'ScriptBlockSet',
  confirmImpact: 'Low',
  parameters: PARAMETERS,
  create() {
    let blocks: ReturnType<typeof scriptBlockSet> | undefined;
    let parallel: ParallelRun | undefined;
    let member = '';
    return {
      begin(ctx) {
        if (ctx.parameterSetName === 'ParallelParameterSet') {
          parallel = beginParallel(ctx);
          return;
        }
        if (ctx.parameterSetName === 'PropertyAndMethodSet') {
          member = stringParam(ctx, 'MemberName') ?? '';
          if (member === '') {
            terminate(
              argumentError(
                "Cannot validate argument on parameter 'MemberName'. The argument is null or empty. Provide an argument that is not null or empty, and then try the command again.",
                `ParameterArgumentValidationError,${COMMAND}`,
              ),
            );
          }
          return;
        }
        blocks = scriptBlockSet();
        return blocks.begin(ctx);
      },
      process(ctx, input, hasInput) {
        if (blocks) return blocks.process(ctx, input, hasInput);
        if (parallel) return parallel.process(ctx, input, hasInput);
        const obj = hasInput ? input : ctx.isBound('InputObject') ? (ctx.params.InputObject ?? null) : null;
        return processMember(ctx, obj, member);
      },
      end(ctx) {
        if (parallel) return parallel.end();
        return blocks?.end(ctx);
      },
      dispose() {
        parallel?.dispose();
      },
    };
  },
};
