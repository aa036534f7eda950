// Set-StrictMode's state: the version set in a scope applies to it and its child scopes, as pwsh's
// SessionStateScope.StrictModeVersion does (the nearest scope that set one wins; -Off sets 0 there).
// Kept beside the scopes (keyed by Scope) rather than on them, and only consulted on the paths that would
// otherwise quietly return $null, so scripts that never call Set-StrictMode pay nothing for it.

import type { Scope } from './scope.js';
import { RuntimeError, makeErrorRecord } from './errors.js';

const versions = new WeakMap<Scope, number>();

/** False until the first Set-StrictMode: until then no lookup is needed at all. */
let everSet = false;

/** Sets the strict-mode level (the major version: 1, 2, 3 or higher; 0 is off) of a scope. */
export function setStrictMode(scope: Scope, major: number): void {
  versions.set(scope, major);
  everSet = true;
}

/** Removes a scope's own setting, so its parents' applies again. */
export function clearStrictMode(scope: Scope): void {
  versions.delete(scope);
}

/** Whether any scope ever set a strict mode (until then every check is skipped). */
export function strictModeInUse(): boolean {
  return everSet;
}

/** The strict-mode level in force in a scope: the one its nearest scope set, 0 when none did. */
export function strictModeVersion(scope: Scope): number {
  if (!everSet) return 0;
  for (let s: Scope | undefined = scope; s; s = s.parent) {
    const v = versions.get(s);
    if (v !== undefined) return v;
  }
  return 0;
}

/** Whether strict mode is at least `major` in the scope (pwsh's ExecutionContext.IsStrictVersion). */
export function isStrictVersion(scope: Scope, major: number): boolean {
  return everSet && strictModeVersion(scope) >= major;
}

/**
 * Variables pwsh always defines (in every session, script or function) that this engine computes on demand or
 * does not model: reading them is never a strict-mode error.
 */
const ALWAYS_DEFINED = new Set([
  '$',
  '^',
  'args',
  'input',
  'psboundparameters',
  'myinvocation',
  'pscommandpath',
  'psscriptroot',
  'pwd',
  '?',
  'host',
  'executioncontext',
  'stacktrace',
  'errorview',
  'outputencoding',
  'psdefaultparametervalues',
  'psemailserver',
  'psnativecommandargumentpassing',
  'psnativecommanduseerroractionpreference',
  'pssessionapplicationname',
  'pssessionconfigurationname',
  'pssessionoption',
  'psstyle',
  'enabledexperimentalfeatures',
]);

export function isAlwaysDefinedVariable(lowerName: string): boolean {
  return ALWAYS_DEFINED.has(lowerName);
}

/** Reading a variable that was never set (VariablePath.UserPath is the name as written, with its scope). */
export function variableIsUndefined(userPath: string): RuntimeError {
  return new RuntimeError(
    makeErrorRecord(`The variable '$${userPath}' cannot be retrieved because it has not been set.`, {
      id: 'VariableIsUndefined',
      category: 'InvalidOperation',
      target: userPath,
    }),
  );
}

/** Reading a property the object does not have (version 2 and later). */
export function propertyNotFoundStrict(name: string): RuntimeError {
  return new RuntimeError(
    makeErrorRecord(`The property '${name}' cannot be found on this object. Verify that the property exists.`, {
      type: 'System.Management.Automation.PropertyNotFoundException',
      baseTypeNames: ['System.Management.Automation.ExtendedTypeSystemException', 'System.Management.Automation.RuntimeException', 'System.SystemException', 'System.Exception'],
      id: 'PropertyNotFoundStrict',
      category: 'NotSpecified',
    }),
  );
}

/** `f(1, 2)`: a command called with method syntax (version 2 and later). */
export function functionCallWithParens(): RuntimeError {
  return new RuntimeError(
    makeErrorRecord(
      'The function or command was called as if it were a method. Parameters should be separated by spaces. For information about parameters, see the about_Parameters Help topic.',
      { id: 'StrictModeFunctionCallWithParens', category: 'InvalidOperation' },
    ),
  );
}
