// The statics of the AWS SDK's ConstantClass types ([Amazon.EC2.InstanceStateName]::Running,
// [Amazon.EC2.InstanceType]::T2Micro, [Amazon.S3.S3StorageClass]::StandardInfrequentAccess, ::FindValue('running'),
// ::new('x')), built from the generated model the first time a type's statics are asked for.

import { ConstantValue, findConstantValue } from '../../objects/constant-value.js';
import { constantType } from '../../aws/model/shape-store.js';
import { toStr } from '../conversions.js';
import type { StaticTypeDef } from './static-registry.js';
import { S3_CONSTANT_FIELDS, type ConstantFields } from './s3-constant-fields.js';

/**
 * The field name the .NET SDK generator gives a constant: each run of letters, digits and underscores with its
 * first letter upper-cased, the rest kept ('t2.micro' → T2Micro, 'shutting-down' → ShuttingDown, 'x86_64_mac' →
 * X86_64_mac, 'Bytes/Second' → BytesSecond, 'ACCEPT' stays ACCEPT).
 */
export function constantFieldName(value: string): string {
  let name = '';
  for (const part of value.split(/[^A-Za-z0-9_]+/)) if (part) name += part.charAt(0).toUpperCase() + part.slice(1);
  return name;
}

/** The class's fields: the hand-written S3 names first, then the generated name of every other modelled value. */
function fieldsOf(fullName: string, values: readonly string[]): ConstantFields {
  const handWritten = fullName.startsWith('Amazon.S3.') ? S3_CONSTANT_FIELDS[fullName.slice('Amazon.S3.'.length)] : undefined;
  const fields: Array<readonly [string, string]> = handWritten ? [...handWritten] : [];
  const names = new Set(fields.map(([n]) => n.toLowerCase()));
  const covered = new Set(fields.map(([, v]) => v.toUpperCase()));
  for (const value of values) {
    const name = constantFieldName(value);
    if (!name || covered.has(value.toUpperCase()) || names.has(name.toLowerCase())) continue;
    names.add(name.toLowerCase());
    fields.push([name, value]);
  }
  return fields;
}

/** A StaticTypeDef for a ConstantClass full name, or undefined when the name is not one. */
export function constantClassStatics(fullName: string): StaticTypeDef | undefined {
  if (!/^amazon\./i.test(fullName)) return undefined;
  const type = constantType(fullName);
  if (!type) return undefined;
  const typeName = type.fullName;
  const fields = fieldsOf(typeName, type.values);
  const def: StaticTypeDef = { properties: new Map(), methods: new Map() };
  for (const [name, value] of fields) {
    // One object per field, as the SDK's static readonly instances are.
    const constant = new ConstantValue(typeName, value);
    def.properties.set(name.toLowerCase(), { name, get: () => constant });
  }
  const declared = fields.map(([, v]) => v);
  const text = (v: unknown): string | null => (v === null || v === undefined ? null : v instanceof ConstantValue ? v.value : toStr(v));
  def.methods.set('findvalue', {
    name: 'FindValue',
    min: 1,
    max: 1,
    fn: (_self, call) => {
      const value = text(call.args[0]);
      return value === null ? null : findConstantValue(typeName, value, declared);
    },
  });
  def.methods.set('new', { name: 'new', min: 1, max: 1, fn: (_self, call) => new ConstantValue(typeName, text(call.args[0]) ?? '') });
  return def;
}
