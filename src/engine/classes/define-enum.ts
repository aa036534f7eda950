// `enum Name [: underlying] { A; B = 5; C }`: an EnumTypeDef registered under the enum's name, so casts,
// [Name]::A, parameter binding, -eq, [enum]::GetNames and formatting treat it like a .NET enum.

import type * as A from '../../../grammar/ast.js';
import { ParseError, positionAt } from '../../../grammar/errors.js';
import { EnumValue, registerEnumType } from '../../objects/enum-value.js';
import { registerKnownType, resolveFullName } from '../type-resolution.js';
import { toNumber } from '../conversions.js';
import { RuntimeError } from '../errors.js';
import type { ExecContext } from '../context.js';
import type { Evaluator } from '../evaluator.js';
import { runSync } from './method-call.js';

/** The range of each integral type an enum may be based on. */
const RANGES: Record<string, readonly [number, number]> = {
  'System.Byte': [0, 255],
  'System.SByte': [-128, 127],
  'System.Int16': [-32768, 32767],
  'System.UInt16': [0, 65535],
  'System.Int32': [-2147483648, 2147483647],
  'System.UInt32': [0, 4294967295],
  'System.Int64': [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
  'System.UInt64': [0, Number.MAX_SAFE_INTEGER],
};

const FLAGS_ATTRIBUTES = new Set(['flags', 'flagsattribute', 'system.flags', 'system.flagsattribute']);

function outOfBounds(source: string, ext: A.Extent, underlying: string): ParseError {
  return new ParseError(`Enumerator value is either too large or too small for ${underlying}.`, positionAt(source, ext.start), 'EnumeratorValueOutOfBounds', {
    length: ext.end - ext.start,
  });
}

export function defineEnum(ev: Evaluator, def: A.TypeDefStmt, cx: ExecContext): void {
  const source = cx.source.text;
  const underlying = def.baseTypes[0] ? (resolveFullName(def.baseTypes[0].name) ?? 'System.Int32') : 'System.Int32';
  const [min, max] = RANGES[underlying] ?? RANGES['System.Int32'];
  const members: Array<[string, number]> = [];
  let next = 0;
  for (const m of def.enumMembers) {
    let value = next;
    if (m.value) {
      let raw: unknown;
      try {
        raw = runSync(ev.evalStatementValue(m.value, cx), m.name);
        value = raw instanceof EnumValue ? raw.value : toNumber(raw ?? null, underlying);
      } catch (e) {
        if (e instanceof RuntimeError) throw new ParseError('Enumerator value must be a constant value.', positionAt(source, m.value.ext.start), 'EnumeratorValueMustBeConstant');
        throw e;
      }
      if (!Number.isInteger(value)) throw outOfBounds(source, m.value.ext, underlying);
    }
    if (value < min || value > max) throw outOfBounds(source, m.value?.ext ?? m.ext, underlying);
    members.push([m.name, value]);
    next = value + 1;
  }
  const flags = def.attributes.some((a) => FLAGS_ATTRIBUTES.has(a.typeName.toLowerCase()));
  registerEnumType({ fullName: def.name, members, flags });
  registerKnownType(def.name);
}
