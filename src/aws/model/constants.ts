// ConstantClass values of the model types (Amazon.EC2.InstanceStateName, Amazon.S3.S3StorageClass): shell values
// converted to them as the implicit conversion from string does (ConstantClass.FindValue), and read back as the
// string a request sends.

import { ConstantValue } from '../../objects/constant-value.js';
import { PSObject } from '../../objects/psobject.js';
import { toStr } from '../../engine/conversions.js';
import { constantType } from './shape-store.js';

/** Per ConstantClass: upper-cased value → declared value, built the first time a value is converted. */
const declaredByUpper = new Map<string, ReadonlyMap<string, string>>();

function declaredValues(typeName: string): ReadonlyMap<string, string> {
  let map = declaredByUpper.get(typeName);
  if (!map) {
    map = new Map((constantType(typeName)?.values ?? []).map((v) => [v.toUpperCase(), v]));
    declaredByUpper.set(typeName, map);
  }
  return map;
}

/** The text a value stands for: a constant's value, a ConstantClass-like object's Value, else its string form. */
export function constantText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value instanceof ConstantValue) return value.value;
  if (value instanceof PSObject && value.has('Value')) return toStr(value.get('Value'));
  return toStr(value);
}

/**
 * [Amazon.EC2.InstanceStateName]$value: the declared constant matching the text ignoring case (so 'RUNNING' is
 * 'running'), or a constant of the text as given (the service validates it). $null stays $null.
 * `typeName` is the canonical full name (constantType(...).fullName).
 */
export function toConstantValue(value: unknown, typeName: string): ConstantValue | null {
  if (value === null || value === undefined) return null;
  if (value instanceof ConstantValue && value.typeName === typeName) return value;
  const text = constantText(value);
  return new ConstantValue(typeName, declaredValues(typeName).get(text.toUpperCase()) ?? text);
}
