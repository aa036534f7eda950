// Variable and function scopes, as PowerShell has them: a chain from the current scope up to global.
// Reads walk the chain; plain writes go to the current scope; $global:/$script:/$local: pick the scope.
// $env: reads and writes the process environment.

import type { CommandDefinition } from '../pipeline/types.js';
import { fail } from './errors.js';

export interface VariableSlot {
  name: string;
  value: unknown;
  /** ReadOnly/Constant variables ($true, $null, ...) cannot be assigned. */
  readOnly?: boolean;
  description?: string;
}

/**
 * What belongs to one runspace rather than to the engine: a ForEach-Object -Parallel iteration runs in a runspace of
 * its own, concurrently with its caller, so state that script mutates around an await must not be shared.
 */
export interface RunspaceState {
  /** How many try blocks are active (a statement-terminating error then unwinds to the catch instead of continuing). */
  tryDepth: number;
  /** The $using: values handed in (lower-case variable name → value); undefined where $using: is not allowed. */
  readonly usingValues: ReadonlyMap<string, unknown> | undefined;
}

export class Scope {
  readonly parent: Scope | undefined;
  /** The runspace this scope belongs to; undefined in the engine's own (main) runspace. Inherited from the parent. */
  readonly runspace: RunspaceState | undefined;
  readonly variables = new Map<string, VariableSlot>();
  readonly functions = new Map<string, CommandDefinition>();
  /** True for the scope a script file (or the top level) runs in: the target of $script:. */
  readonly isScriptScope: boolean;
  /**
   * $MyInvocation and $PSCmdlet of the function or script this scope belongs to, built on first read (most
   * functions never look): read through the scope chain when no variable of that name is found.
   */
  myInvocation: (() => unknown) | undefined = undefined;
  psCmdlet: (() => unknown) | undefined = undefined;

  constructor(parent: Scope | undefined, isScriptScope = false, runspace?: RunspaceState) {
    this.parent = parent;
    this.isScriptScope = isScriptScope;
    this.runspace = parent ? parent.runspace : runspace;
  }

  lookup(lowerName: string): VariableSlot | undefined {
    for (let s: Scope | undefined = this; s; s = s.parent) {
      const v = s.variables.get(lowerName);
      if (v) return v;
    }
    return undefined;
  }

  lookupFunction(lowerName: string): CommandDefinition | undefined {
    for (let s: Scope | undefined = this; s; s = s.parent) {
      const f = s.functions.get(lowerName);
      if (f) return f;
    }
    return undefined;
  }

  get global(): Scope {
    let s: Scope = this;
    while (s.parent) s = s.parent;
    return s;
  }

  get script(): Scope {
    for (let s: Scope | undefined = this; s; s = s.parent) if (s.isScriptScope) return s;
    return this.global;
  }
}

/**
 * The global scope of a new runspace: the automatic and preference variables a session starts with (what the engine
 * puts in its own global scope), and $Error.
 */
export function createRunspaceScope(automaticVariables: Record<string, unknown>, errors: unknown[], runspace: RunspaceState): Scope {
  const scope = new Scope(undefined, true, runspace);
  for (const [name, value] of Object.entries(automaticVariables)) {
    scope.variables.set(name.toLowerCase(), { name, value, readOnly: name === 'true' || name === 'false' || name === 'null' });
  }
  scope.variables.set('error', { name: 'Error', value: errors });
  return scope;
}

/** Resolves the scope a scope-qualified name refers to. */
export function targetScope(current: Scope, scope: string | undefined): Scope {
  switch (scope) {
    case undefined:
    case 'local':
    case 'private':
    case 'variable':
      return current;
    case 'global':
      return current.global;
    case 'script':
      return current.script;
    default:
      if (/^\d+$/.test(scope)) {
        let s = current;
        for (let i = 0; i < Number(scope) && s.parent; i++) s = s.parent;
        return s;
      }
      return fail(`The scope '${scope}' is not valid. Use Global, Script, Local, Private or a number.`, { id: 'ArgumentOutOfRange', category: 'InvalidArgument' });
  }
}

export function setVariableIn(scope: Scope, name: string, value: unknown): void {
  const key = name.toLowerCase();
  const slot = scope.variables.get(key);
  if (slot) {
    if (slot.readOnly) {
      fail(`Cannot overwrite variable ${slot.name} because it is read-only or constant.`, {
        type: 'System.Management.Automation.SessionStateUnauthorizedAccessException',
        id: 'VariableNotWritable',
        category: 'WriteError',
        target: name,
      });
    }
    slot.value = value;
  } else {
    scope.variables.set(key, { name, value });
  }
}
