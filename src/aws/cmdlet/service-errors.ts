// The terminating errors the service cmdlet base raises itself (service errors come from the client layer).

import { RuntimeError, makeErrorRecord } from '../../engine/errors.js';

const SYSTEM_BASES = ['System.SystemException', 'System.Exception'];

/** A parameter or feature awsps does not implement yet: refused, never silently ignored. */
export function notSupportedError(message: string, commandClass: string): RuntimeError {
  return new RuntimeError(
    makeErrorRecord(message, {
      type: 'System.NotSupportedException',
      id: `System.NotSupportedException,${commandClass}`,
      category: 'NotImplemented',
      baseTypeNames: SYSTEM_BASES,
    }),
  );
}

export function parameterNotSupportedError(parameter: string, cmdlet: string, feature: string | undefined, commandClass: string): RuntimeError {
  const what = feature && feature !== `-${parameter}` ? ` (${feature})` : '';
  return notSupportedError(`The -${parameter} parameter of ${cmdlet} is not supported yet by awsps${what}.`, commandClass);
}

/** ArgumentException thrown from ProcessRecord: "<message> (Parameter '<name>')". */
export function parameterArgumentError(message: string, parameter: string, commandClass: string): RuntimeError {
  return new RuntimeError(
    makeErrorRecord(`${message} (Parameter '${parameter}')`, {
      type: 'System.ArgumentException',
      id: `System.ArgumentException,${commandClass}`,
      category: 'NotSpecified',
      baseTypeNames: SYSTEM_BASES,
    }),
  );
}
