// Shared plumbing for .NET-style methods: case-insensitive method tables with arity checks, argument
// conversion with PowerShell's error wording, and .NET exceptions surfaced as "Exception calling ...".

import { RuntimeError, makeErrorRecord } from '../errors.js';
import { convertTo, toStr, typeNameOf } from '../conversions.js';

/** A .NET exception raised inside a method; invokeMethod wraps it as PowerShell does. */
export class DotNetException extends Error {
  constructor(
    message: string,
    readonly exceptionType = 'System.Exception',
  ) {
    super(message);
    this.name = exceptionType;
  }
}

export function throwDotNet(exceptionType: string, message: string): never {
  throw new DotNetException(message, exceptionType);
}

/** ArgumentOutOfRangeException with .NET's "(Parameter 'x')" suffix. */
export function argumentOutOfRange(param: string, message: string): never {
  throw new DotNetException(`${message} (Parameter '${param}')`, 'System.ArgumentOutOfRangeException');
}

export interface Call {
  /** Method name as the user spelled it. */
  method: string;
  args: unknown[];
}

/** Converts argument i for the method, with PowerShell's "Cannot convert argument ..." error. */
export function argAs<T>(call: Call, i: number, typeName: string, paramName: string): T {
  try {
    return convertTo(call.args[i] ?? null, typeName) as T;
  } catch (e) {
    if (!(e instanceof RuntimeError)) throw e;
    // A SecureString argument is almost always a password: pwsh quotes it twice here; this names only its type.
    const secret = /^(system\.security\.)?securestring$/i.test(typeName);
    const message = secret
      ? `Cannot convert argument "${paramName}", for "${call.method}" to type "${typeName}": "Cannot convert the value of type \"${typeNameOf(call.args[i] ?? null)}\" to type \"${typeName}\"."`
      : `Cannot convert argument "${paramName}", with value: "${toStr(call.args[i])}", for "${call.method}" to type "${typeName}": "${e.message}"`;
    throw new RuntimeError(
      makeErrorRecord(
        message,
        { type: 'System.Management.Automation.MethodException', id: 'MethodArgumentConversionInvalidCastArgument', category: 'NotSpecified' },
      ),
    );
  }
}

export const intArg = (call: Call, i: number, paramName: string): number => argAs<number>(call, i, 'System.Int32', paramName);
export const strArg = (call: Call, i: number, paramName: string): string => argAs<string>(call, i, 'System.String', paramName);
export const numArg = (call: Call, i: number, paramName: string): number => argAs<number>(call, i, 'System.Double', paramName);

/** "Exception calling "M" with "n" argument(s): "message"" */
export function methodInvocationError(method: string, argCount: number, e: DotNetException): RuntimeError {
  const short = e.exceptionType.slice(e.exceptionType.lastIndexOf('.') + 1);
  return new RuntimeError(
    makeErrorRecord(`Exception calling "${method}" with "${argCount}" argument(s): "${e.message}"`, {
      type: 'System.Management.Automation.MethodInvocationException',
      id: short,
      category: 'NotSpecified',
      baseTypeNames: ['System.Management.Automation.MethodException', 'System.Management.Automation.RuntimeException', 'System.SystemException', 'System.Exception'],
    }),
  );
}

/** "Cannot find an overload for "M" and the argument count: "n"." */
export function overloadError(method: string, argCount: number): RuntimeError {
  return new RuntimeError(
    makeErrorRecord(`Cannot find an overload for "${method}" and the argument count: "${argCount}".`, {
      type: 'System.Management.Automation.MethodException',
      id: 'MethodCountCouldNotFindBest',
      category: 'NotSpecified',
      baseTypeNames: ['System.Management.Automation.RuntimeException', 'System.SystemException', 'System.Exception'],
    }),
  );
}

export interface MethodDef<T> {
  name: string;
  /** Smallest and largest argument counts accepted. */
  min: number;
  max: number;
  fn: (self: T, call: Call) => unknown;
}

export type MethodTable<T> = Map<string, MethodDef<T>>;

/** Builds a case-insensitive table from [name, min, max, fn] rows. */
export function methodTable<T>(rows: Array<[string, number, number, (self: T, call: Call) => unknown]>): MethodTable<T> {
  const t: MethodTable<T> = new Map();
  for (const [name, min, max, fn] of rows) t.set(name.toLowerCase(), { name, min, max, fn });
  return t;
}

export const NOT_FOUND: unique symbol = Symbol('awsps.methodNotFound');

/** Calls a method from a table: NOT_FOUND when absent; overload and .NET errors surface with PowerShell's wording. */
export function callMethod<T>(table: MethodTable<T>, self: T, name: string, args: unknown[]): unknown {
  const def = table.get(name.toLowerCase());
  if (!def) return NOT_FOUND;
  if (args.length < def.min || args.length > def.max) throw overloadError(def.name, args.length);
  try {
    return def.fn(self, { method: def.name, args });
  } catch (e) {
    if (e instanceof DotNetException) throw methodInvocationError(def.name, args.length, e);
    throw e;
  }
}

/** Wraps any DotNetException raised by fn as a method invocation error for `method`. */
export function wrapDotNet<R>(method: string, argCount: number, fn: () => R): R {
  try {
    return fn();
  } catch (e) {
    if (e instanceof DotNetException) throw methodInvocationError(method, argCount, e);
    throw e;
  }
}
