// PowerShell-shaped error records for the object cmdlets: the exception types and base types that
// `catch [System.ArgumentException]` and $_.Exception.GetType() rely on.

import { RuntimeError, makeErrorRecord, type ErrorCategory, type ErrorRecord } from '../../../../src/engine/errors.js';

const SYSTEM_EXCEPTION = ['System.SystemException', 'System.Exception'];

/** PSArgumentException, as cmdlets raise for bad parameter combinations and unresolvable names. */
export function argumentError(message: string, id: string, target: unknown = null, category: ErrorCategory = 'InvalidArgument'): ErrorRecord {
  return makeErrorRecord(message, {
    type: 'System.Management.Automation.PSArgumentException',
    baseTypeNames: ['System.ArgumentException', ...SYSTEM_EXCEPTION],
    id,
    category,
    target,
  });
}

/** PSInvalidOperationException / InvalidOperationException. */
export function invalidOperationError(message: string, id: string, target: unknown = null, category: ErrorCategory = 'InvalidOperation'): ErrorRecord {
  return makeErrorRecord(message, {
    type: 'System.InvalidOperationException',
    baseTypeNames: SYSTEM_EXCEPTION,
    id,
    category,
    target,
  });
}

/** ItemNotFoundException (variables, ...). */
export function notFoundError(message: string, id: string, target: unknown = null): ErrorRecord {
  return makeErrorRecord(message, {
    type: 'System.Management.Automation.ItemNotFoundException',
    baseTypeNames: ['System.Management.Automation.SessionStateException', 'System.Management.Automation.RuntimeException', ...SYSTEM_EXCEPTION],
    id,
    category: 'ObjectNotFound',
    target,
  });
}

/** SessionStateUnauthorizedAccessException / SessionStateException for variable operations. */
export function sessionStateError(message: string, id: string, category: ErrorCategory, target: unknown = null): ErrorRecord {
  return makeErrorRecord(message, {
    type: 'System.Management.Automation.SessionStateUnauthorizedAccessException',
    baseTypeNames: ['System.Management.Automation.SessionStateException', 'System.Management.Automation.RuntimeException', ...SYSTEM_EXCEPTION],
    id,
    category,
    target,
  });
}

export function terminate(record: ErrorRecord): never {
  throw new RuntimeError(record);
}
