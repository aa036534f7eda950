// Converts an argument to a parameter's declared type, with PowerShell's binding messages.

import type { ParameterDef } from '../pipeline/types.js';
import { RuntimeError, makeErrorRecord } from '../engine/errors.js';
import { convertTo, toBool, typeNameOf } from '../engine/conversions.js';
import { ScriptBlock } from '../engine/scriptblock.js';
import { PSReference } from '../objects/ps-reference.js';
import { bindingError, displayType } from './binder.js';

const PASS_THROUGH = new Set(['system.object', 'object', 'psobject', 'system.management.automation.psobject', 'any']);

const REFERENCE_TYPES = new Set(['ref', 'psreference', 'management.automation.psreference', 'system.management.automation.psreference']);
const SECURE_STRING_TYPES = new Set(['securestring', 'system.security.securestring', 'securestring[]', 'system.security.securestring[]']);

/** `commandName` completes the FullyQualifiedErrorId of argument transformation errors ("...,f"). */
export function coerceArgument(p: ParameterDef, value: unknown, fromPipeline: boolean, commandName?: string): unknown {
  const type = p.type.toLowerCase();
  if (value === undefined) value = null;
  if (type === 'switch' || type === 'system.management.automation.switchparameter') return toBool(value);
  // A [ref] parameter takes only a reference, $null included: the binder checks it, it never converts.
  if (REFERENCE_TYPES.has(type)) {
    if (value instanceof PSReference) return value;
    throw referenceExpected(p, value, commandName);
  }
  if (value === null) {
    if (p.mandatory && !p.allowNull && !fromPipeline) {
      throw bindingError(`Cannot bind argument to parameter '${p.name}' because it is null.`, 'ParameterArgumentValidationErrorNullNotAllowed', 'InvalidData');
    }
    return null;
  }
  if (value === '' && p.mandatory && !p.allowEmptyString && !p.allowNull && (type === 'system.string' || type === 'string')) {
    throw bindingError(`Cannot bind argument to parameter '${p.name}' because it is an empty string.`, 'ParameterArgumentValidationErrorEmptyStringNotAllowed', 'InvalidData');
  }
  let result: unknown;
  if (PASS_THROUGH.has(type)) result = value;
  else if (type === 'system.object[]' || type === 'object[]') result = Array.isArray(value) ? value : [value];
  else if (type === 'scriptblock' || type === 'system.management.automation.scriptblock' || type === 'scriptblock[]' || type === 'system.management.automation.scriptblock[]') {
    const many = type.endsWith('[]');
    const items = Array.isArray(value) ? value : [value];
    for (const item of items) {
      if (!(item instanceof ScriptBlock)) {
        throw bindingError(
          `Cannot bind parameter '${p.name}'. Cannot convert the "${describe(item)}" value of type "${typeOf(item)}" to type "System.Management.Automation.ScriptBlock".`,
          'CannotConvertArgument',
        );
      }
    }
    result = many ? items : items[0];
  } else {
    try {
      result = convertTo(value, p.type);
    } catch (e) {
      if (e instanceof RuntimeError) {
        // A SecureString argument is almost always a password: the message names its type, never its value.
        const reason = SECURE_STRING_TYPES.has(type)
          ? `Cannot convert the value of type "${typeNameOf(value)}" to type "System.Security.SecureString${type.endsWith('[]') ? '[]' : ''}".`
          : e.record.message;
        const rec = makeErrorRecord(`Cannot bind parameter '${p.name}'. ${reason}`, {
          type: 'System.Management.Automation.ParameterBindingException',
          id: 'CannotConvertArgumentNoMessage',
          category: 'InvalidArgument',
          baseTypeNames: ['System.Management.Automation.RuntimeException', 'System.Exception'],
        });
        throw new RuntimeError(rec);
      }
      throw e;
    }
  }
  if (p.validateSet) validateSet(p, result);
  return result;
}

/** pwsh's ArgumentTypeConverterAttribute refusal of a non-reference for [ref], as an argument transformation error. */
function referenceExpected(p: ParameterDef, value: unknown, commandName: string | undefined): RuntimeError {
  const rec = makeErrorRecord(`Cannot process argument transformation on parameter '${p.name}'. Reference type is expected in argument.`, {
    type: 'System.Management.Automation.ParameterBindingArgumentTransformationException',
    id: commandName ? `ParameterArgumentTransformationError,${commandName}` : 'ParameterArgumentTransformationError',
    category: 'InvalidData',
    target: value,
    baseTypeNames: ['System.Management.Automation.ParameterBindingException', 'System.Management.Automation.RuntimeException', 'System.SystemException', 'System.Exception'],
  });
  return new RuntimeError(rec);
}

function validateSet(p: ParameterDef, value: unknown): void {
  const allowed = p.validateSet!;
  const lower = allowed.map((a) => a.toLowerCase());
  for (const v of Array.isArray(value) ? value : [value]) {
    if (v === null) continue;
    if (!lower.includes(String(v).toLowerCase())) {
      throw bindingError(
        `Cannot validate argument on parameter '${p.name}'. The argument "${String(v)}" does not belong to the set "${allowed.join(',')}" specified by the ValidateSet attribute. Supply an argument that is in the set and then try the command again.`,
        'ParameterArgumentValidationError',
        'InvalidData',
      );
    }
  }
}

function describe(v: unknown): string {
  return typeof v === 'string' ? v : String(v);
}

function typeOf(v: unknown): string {
  if (typeof v === 'string') return 'System.String';
  if (typeof v === 'number') return Number.isInteger(v) ? 'System.Int32' : 'System.Double';
  if (typeof v === 'boolean') return 'System.Boolean';
  return 'System.Object';
}

export { displayType };
