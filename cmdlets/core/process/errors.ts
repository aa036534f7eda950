// The error records of the process cmdlets, worded as pwsh's ProcessResources.

import { makeErrorRecord, type ErrorCategory, type ErrorRecord } from '../../../src/engine/errors.js';

const SYSTEM_EXCEPTION = ['System.SystemException', 'System.Exception'];

/** ProcessCommandException, the type of every "Cannot find a process ..." / "Cannot stop process ..." error. */
export function processCommandError(message: string, id: string, category: ErrorCategory, target: unknown, commandType: string): ErrorRecord {
  return makeErrorRecord(message, {
    type: 'Microsoft.PowerShell.Commands.ProcessCommandException',
    baseTypeNames: SYSTEM_EXCEPTION,
    id: `${id},${commandType}`,
    category,
    target,
  });
}

export function noProcessWithName(name: string, commandType: string): ErrorRecord {
  return processCommandError(`Cannot find a process with the name "${name}". Verify the process name and call the cmdlet again.`, 'NoProcessFoundForGivenName', 'ObjectNotFound', name, commandType);
}

export function noProcessWithId(id: number, commandType: string): ErrorRecord {
  return processCommandError(`Cannot find a process with the process identifier ${id}.`, 'NoProcessFoundForGivenId', 'ObjectNotFound', id, commandType);
}

/** InvalidOperationException raised by Start-Process (bad input, a program that does not start). */
export function startProcessError(message: string, commandType: string, type = 'System.InvalidOperationException', id = 'InvalidOperationException'): ErrorRecord {
  return makeErrorRecord(message, { type, baseTypeNames: SYSTEM_EXCEPTION, id: `${id},${commandType}`, category: 'InvalidOperation' });
}

/** NotSupportedException for the Windows-only parameters of Start-Process. */
export function notSupportedParameter(parameter: string, commandType: string): ErrorRecord {
  return makeErrorRecord(`The parameter '-${parameter}' is not supported for the cmdlet 'Start-Process' on this edition of PowerShell.`, {
    type: 'System.NotSupportedException',
    baseTypeNames: SYSTEM_EXCEPTION,
    id: `NotSupportedException,${commandType}`,
    category: 'NotImplemented',
  });
}

/** Reading a Process property that needs a state the process is not in: .NET's InvalidOperationException, wrapped as pwsh does. */
export function processStateError(property: string, message: string): ErrorRecord {
  const record = makeErrorRecord(`Exception getting "${property}": "${message}"`, {
    type: 'System.Management.Automation.GetValueInvocationException',
    baseTypeNames: ['System.Management.Automation.GetValueException', 'System.Management.Automation.ExtendedTypeSystemException', 'System.Management.Automation.RuntimeException', ...SYSTEM_EXCEPTION],
    id: 'ExceptionWhenGetting',
    category: 'NotSpecified',
  });
  record.exception.innerException = { typeName: 'System.InvalidOperationException', message };
  return record;
}
