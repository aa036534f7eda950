// `[ref]$x`: a PSReference bound to the variable itself (pwsh's VariableOps.GetVariableAsRef), so a method's out
// parameter or a function's `$Result.Value = ...` assigns the caller's variable. The reference holds the
// variable (its slot), not the name: a later local of the same name in another scope does not redirect it.

import type * as A from '../../../grammar/ast.js';
import { PSREFERENCE_TYPE, PSReference } from '../../objects/ps-reference.js';
import type { ExecContext } from '../context.js';
import type { Engine } from '../engine.js';
import { RuntimeError, fail, makeErrorRecord } from '../errors.js';
import { targetScope, type VariableSlot } from '../scope.js';
import { readSpecialVariable } from '../special-variables.js';
import { resolveTypeName } from '../type-resolution.js';

/** Is the cast's type [ref] (by accelerator or full name)? */
export function isReferenceType(typeName: string): boolean {
  return resolveTypeName(typeName)?.fullName === PSREFERENCE_TYPE;
}

/** [ref] applied to a value that is not a variable: the value wrapped (a reference stays as it is). */
export function referenceTo(value: unknown): PSReference {
  return value instanceof PSReference ? value : new PSReference(value);
}

const CONSTANTS = new Set(['null', 'true', 'false']);

function findSlot(v: A.VariableExpr, cx: ExecContext): VariableSlot | undefined {
  const lower = v.name.toLowerCase();
  if (v.scope !== undefined && v.scope !== 'local' && v.scope !== 'variable' && v.scope !== 'private') return targetScope(cx.scope, v.scope).variables.get(lower);
  return cx.scope.lookup(lower);
}

function readOnlyVariable(slot: VariableSlot): never {
  return fail(`Cannot overwrite variable ${slot.name} because it is read-only or constant.`, {
    type: 'System.Management.Automation.SessionStateUnauthorizedAccessException',
    id: 'VariableNotWritable',
    category: 'WriteError',
    target: slot.name,
  });
}

function nonExistingVariable(name: string): RuntimeError {
  return new RuntimeError(
    makeErrorRecord('[ref] cannot be applied to a variable that does not exist.', {
      id: 'NonExistingVariableReference',
      category: 'InvalidOperation',
      target: name,
    }),
  );
}

/** `[ref]$name`. Constants ($null, $true) and $env: items are values; an unset variable is pwsh's error. */
export function variableReference(v: A.VariableExpr, cx: ExecContext, engine: Engine, read: () => unknown): PSReference {
  const lower = v.name.toLowerCase();
  if (v.scope === 'env' || (v.scope === undefined && CONSTANTS.has(lower))) return referenceTo(read());
  const slot = findSlot(v, cx);
  if (slot) {
    return PSReference.bound({
      get: () => slot.value,
      set: (value) => {
        if (slot.readOnly) readOnlyVariable(slot);
        slot.value = value;
      },
    });
  }
  // Computed automatic variables ($PWD, $PSScriptRoot, ...) have no slot to bind to: their value is referenced.
  const special = readSpecialVariable(engine, lower, cx);
  if (special !== undefined) return referenceTo(special);
  throw nonExistingVariable(v.name);
}
