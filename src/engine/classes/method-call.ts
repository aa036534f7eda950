// Calling class methods and constructors: overload choice by argument count, typed parameters, the method
// scope (it sees $this, its parameters and globals, never the caller's locals), output discarded except the
// returned value, which is converted to the declared return type.

import type * as A from '../../../grammar/ast.js';
import { drive, type Eval } from '../drive.js';
import { isPromise } from '../../pipeline/types.js';
import type { ExecContext, OutputSink } from '../context.js';
import type { Evaluator } from '../evaluator.js';
import { Scope } from '../scope.js';
import { ReturnSignal } from '../signals.js';
import { RuntimeError, fail } from '../errors.js';
import { overloadError } from '../methods/support.js';
import { convertTo, toStr } from '../conversions.js';
import { ClassInstance, type ClassMethod, type ClassType } from './class-type.js';

/** Where a method body's output goes: nowhere. A `return` in the body records its value here. */
export class MethodSink implements OutputSink {
  returnValue: unknown = undefined;
  write(): void {
    // Class methods write nothing to the pipeline: only `return` gives a value.
  }
}

/** Runs class code where the caller cannot wait (a conversion, ToString): it must finish without awaiting a command. */
export function runSync<T>(gen: Eval<T>, what: string): T {
  const r = drive(gen);
  if (isPromise(r)) {
    r.catch(() => undefined);
    return fail(`The class member '${what}' cannot wait for a command when it is called from a conversion or string formatting.`, { id: 'ClassMemberIsAsync', category: 'InvalidOperation' });
  }
  return r;
}

/** pwsh's error for a method or constructor called with a number of arguments no overload takes. */
export function noOverload(name: string, count: number): RuntimeError {
  return overloadError(name, count);
}

function pickOverload(overloads: ClassMethod[], name: string, args: unknown[]): ClassMethod {
  const m = overloads.find((o) => o.ast.parameters.length === args.length);
  if (!m) throw noOverload(name, args.length);
  return m;
}

/** Converts an argument to its parameter's type, with pwsh's MethodArgumentConversionInvalidCastArgument message. */
function convertArgument(method: ClassMethod, index: number, value: unknown): unknown {
  const type = method.parameterTypes[index];
  if (type === 'System.Object') return value;
  try {
    return convertTo(value, type);
  } catch (e) {
    if (!(e instanceof RuntimeError)) throw e;
    const p = method.ast.parameters[index];
    return fail(`Cannot convert argument "${p.name}", with value: "${toStr(value)}", for "${method.ast.name}" to type "${type}": "${e.message}"`, {
      type: 'System.Management.Automation.MethodException',
      id: 'MethodArgumentConversionInvalidCastArgument',
      category: 'NotSpecified',
    });
  }
}

/**
 * A new scope for class code: under the script scope the class was defined in (its functions, script and global
 * variables), never under the caller's scope, whose locals a method does not see.
 */
function classScope(type: ClassType): Scope {
  return new Scope(type.defContext.scope.script);
}

/** The context a method body runs in: a fresh class scope, the class's source, output discarded. */
function methodContext(method: ClassMethod, self: ClassInstance | null, args: unknown[], cx: ExecContext): { inner: ExecContext; sink: MethodSink; scope: Scope } {
  const scope = classScope(method.owner);
  if (self) scope.variables.set('this', { name: 'this', value: self });
  method.ast.parameters.forEach((p, i) => scope.variables.set(p.name.toLowerCase(), { name: p.name, value: convertArgument(method, i, args[i] ?? null) }));
  scope.variables.set('args', { name: 'args', value: [] });
  const sink = new MethodSink();
  const inner = cx.withScope(scope, method.owner.defContext.source).withSink(sink);
  return { inner, sink, scope };
}

function* runBody(ev: Evaluator, body: A.Block, inner: ExecContext): Eval<void> {
  try {
    yield* ev.execStatements(body.statements, inner);
  } catch (e) {
    if (!(e instanceof ReturnSignal)) throw e;
  }
}

/** Runs a method (instance when `self` is given, else static) and returns its converted result (undefined for void). */
export function* invokeClassMethod(ev: Evaluator, method: ClassMethod, self: ClassInstance | null, args: unknown[], cx: ExecContext): Eval<unknown> {
  const { inner, sink } = methodContext(method, self, args, cx);
  yield* runBody(ev, method.ast.body, inner);
  const ret = method.returnType;
  if (ret === undefined || ret === 'System.Void') return undefined;
  const value = sink.returnValue === undefined ? null : sink.returnValue;
  return ret === 'System.Object' ? value : convertTo(value, ret);
}

/**
 * Calls $obj.Name(args) for a class method; undefined result means void. `from` is the class to look the method
 * up in: a base class for `([Base]$this).Name()`, which calls the base implementation as in pwsh.
 */
export function* callInstanceMethod(ev: Evaluator, self: ClassInstance, name: string, args: unknown[], cx: ExecContext, from: ClassType = self.classType): Eval<unknown> {
  const overloads = from.findMethods(name.toLowerCase(), false);
  const method = pickOverload(overloads, name, args);
  return yield* invokeClassMethod(ev, method, self, args, cx);
}

/** Calls [Class]::Name(args). */
export function* callStaticMethod(ev: Evaluator, type: ClassType, name: string, args: unknown[], cx: ExecContext): Eval<unknown> {
  const method = pickOverload(type.findMethods(name.toLowerCase(), true), name, args);
  return yield* invokeClassMethod(ev, method, null, args, cx);
}

// ---- construction -----------------------------------------------------------------------------------------

/** The default value of a property of a type before any initializer: 0 for numbers, $false, or $null. */
export type DefaultValueOf = (typeName: string) => unknown;

/** Runs the property initializers of one class of the chain on a new instance. */
function* initializeProperties(ev: Evaluator, type: ClassType, self: ClassInstance, cx: ExecContext, defaultOf: DefaultValueOf): Eval<void> {
  for (const p of type.properties) {
    let value: unknown = defaultOf(p.typeName);
    if (p.ast.defaultValue) {
      const inner = cx.withScope(classScope(type), type.defContext.source);
      const v = yield* ev.evalStatementValue(p.ast.defaultValue, inner);
      value = p.typeName === 'System.Object' ? (v === undefined ? null : v) : convertTo(v === undefined ? null : v, p.typeName);
    }
    self.addProperty({ name: p.ast.name, value, kind: 'Property', typeName: p.typeName });
  }
}

/** Runs the constructor chosen for `args` on this class level, after its base constructor. */
function* runConstructor(ev: Evaluator, type: ClassType, self: ClassInstance, args: unknown[], cx: ExecContext, callName: string): Eval<void> {
  if (type.constructors.length === 0) {
    if (args.length > 0) throw noOverload(callName, args.length);
    if (type.base) yield* runConstructor(ev, type.base, self, [], cx, callName);
    return;
  }
  const ctor = pickOverload(type.constructors, callName, args);
  const { inner } = methodContext(ctor, self, args, cx);
  if (type.base) {
    const baseArgs: unknown[] = [];
    for (const a of ctor.ast.baseArgs ?? []) {
      const v = yield* ev.ev(a, inner);
      baseArgs.push(v === undefined ? null : v);
    }
    yield* runConstructor(ev, type.base, self, baseArgs, cx, callName);
  }
  yield* runBody(ev, ctor.ast.body, inner);
}

/** new Class(args): properties first (base class first), then the constructors from the base down. */
export function* constructInstance(ev: Evaluator, type: ClassType, args: unknown[], cx: ExecContext, defaultOf: DefaultValueOf, callName = 'new'): Eval<ClassInstance> {
  const self = new ClassInstance(type);
  // Properties are listed most derived first, as .NET lists a class's own properties before inherited ones.
  for (const t of type.chain()) yield* initializeProperties(ev, t, self, cx, defaultOf);
  const toString = type.findMethods('tostring', false).find((m) => m.ast.parameters.length === 0);
  if (toString) self.toStringOverride = (o) => toStr(runSync(invokeClassMethod(ev, toString, o as ClassInstance, [], type.defContext), 'ToString'));
  yield* runConstructor(ev, type, self, args, cx, callName);
  return self;
}
