// .NET out/ref parameters: the argument must be a [ref] (PSReference), and the method's result is written back
// through it, as pwsh does after the call.

import { PSReference } from '../../objects/ps-reference.js';
import { RuntimeError, makeErrorRecord } from '../errors.js';
import type { Call } from '../methods/support.js';

/** pwsh's MethodException for a plain value where a ref/out parameter is declared. */
export function nonRefArgumentError(index: number): RuntimeError {
  return new RuntimeError(
    makeErrorRecord(`Argument: '${index + 1}' should be a System.Management.Automation.PSReference. Use [ref].`, {
      type: 'System.Management.Automation.MethodException',
      id: 'NonRefArgumentToRefParameterMsg',
      category: 'NotSpecified',
      baseTypeNames: ['System.Management.Automation.RuntimeException', 'System.SystemException', 'System.Exception'],
    }),
  );
}

/** Argument i of a call, which must be a [ref]. */
export function refArgument(c: Call, i: number): PSReference {
  const arg = c.args[i];
  if (arg instanceof PSReference) return arg;
  throw nonRefArgumentError(i);
}
