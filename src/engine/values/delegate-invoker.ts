// Script blocks passed where .NET wants a delegate ([array]::Find($a, { $args[0] -gt 1 }), a Predicate or a
// Comparison): running one needs the evaluator, which installs the invoker once it exists. Until then such a call
// fails with a clear error instead of guessing.

import type { ScriptBlockLike } from '../../pipeline/types.js';
import { fail } from '../errors.js';

/** Runs a script block with $args set to `args` and returns its output unwrapped (one value, an array, or $null). */
export type DelegateInvoker = (sb: ScriptBlockLike, args: unknown[]) => unknown;

let invoker: DelegateInvoker | undefined;

export function setDelegateInvoker(fn: DelegateInvoker): void {
  invoker = fn;
}

/** Installs `fn` for the length of one call (the caller's scope runs the script block); returns the undo. */
export function withDelegateInvoker(fn: DelegateInvoker): () => void {
  const previous = invoker;
  invoker = fn;
  return () => {
    invoker = previous;
  };
}

/** Calls a script block as a delegate for `method` ('[System.Array]::Find'). */
export function invokeDelegate(method: string, sb: ScriptBlockLike, args: unknown[]): unknown {
  if (!invoker) {
    fail(`${method} cannot run a script block as a delegate in awsps: use the .Where({ }) or .ForEach({ }) methods, or Where-Object.`, {
      id: 'ScriptBlockDelegateNotSupported',
      category: 'NotImplemented',
    });
  }
  return invoker(sb, args);
}
