// The script classes defined so far, by name, and the hooks that make the rest of the engine treat them as
// types: conversions ([Foo]@{...}, [Foo]$x, typed properties and parameters), New-Object, [Foo]::Static.

import { PSHashtable } from '../../objects/hashtable.js';
import { PSObject } from '../../objects/psobject.js';
import { EnumValue, getEnumType } from '../../objects/enum-value.js';
import { TimeSpan } from '../../objects/timespan.js';
import { cannotConvertObject, registerTypeConverter, toStr } from '../conversions.js';
import { conversionError } from '../errors.js';
import { setMember } from '../members.js';
import type { Evaluator } from '../evaluator.js';
import { ClassInstance, type ClassType } from './class-type.js';
import { constructInstance, runSync } from './method-call.js';

const classes = new Map<string, { type: ClassType; ev: Evaluator }>();

export function classTypeOf(fullName: string): ClassType | undefined {
  // Most scripts define no class: skip the lookup (it sits on the path of every static method call).
  if (classes.size === 0) return undefined;
  return classes.get(fullName.toLowerCase())?.type;
}

export function evaluatorOf(type: ClassType): Evaluator | undefined {
  return classes.get(type.name.toLowerCase())?.ev;
}

let hooked = false;

export function registerClass(type: ClassType, ev: Evaluator): void {
  classes.set(type.name.toLowerCase(), { type, ev });
  if (!hooked) {
    hooked = true;
    registerTypeConverter((typeName) => classes.size > 0 && classes.has(typeName.toLowerCase()), (v, typeName) => convertToClass(classes.get(typeName.toLowerCase())!, v));
  }
}

const ZERO_TYPES = new Set([
  'System.Int32', 'System.Int64', 'System.Int16', 'System.UInt16', 'System.UInt32', 'System.UInt64', 'System.Byte', 'System.SByte',
  'System.Double', 'System.Single', 'System.Decimal', 'System.Numerics.BigInteger',
]);

/** What a typed property holds before any assignment, as .NET's default(T). */
export function defaultValueOf(typeName: string): unknown {
  if (ZERO_TYPES.has(typeName)) return 0;
  if (typeName === 'System.Boolean' || typeName === 'System.Management.Automation.SwitchParameter') return false;
  if (typeName === 'System.Char') return '\0';
  if (typeName === 'System.TimeSpan') return new TimeSpan(0);
  const enumDef = getEnumType(typeName);
  if (enumDef) return new EnumValue(enumDef, 0);
  return null;
}

function availableProperties(type: ClassType): string {
  const props: string[] = [];
  for (const t of type.chain()) for (const p of t.properties) props.push(`[${p.ast.name} <${p.typeName}>]`);
  return props.join(' , ');
}

/** A property bag (hashtable or [pscustomobject]) as a new instance: default constructor, then each property set. */
function fromPropertyBag(entry: { type: ClassType; ev: Evaluator }, v: PSHashtable | PSObject): ClassInstance {
  const { type, ev } = entry;
  const hasDefault = type.constructors.length === 0 || type.constructors.some((c) => c.ast.parameters.length === 0);
  const sourceText = v instanceof PSHashtable ? 'System.Collections.Hashtable' : toStr(v);
  if (!hasDefault) throw conversionError(v, sourceText, type.name, `Cannot create object of type "${type.name}". The type has no parameterless constructor.`);
  const pairs: Array<[string, unknown]> = v instanceof PSHashtable ? v.entries().map((e) => [toStr(e.key), e.value]) : v.properties().map((p) => [p.name, v.get(p.name)]);
  const self = runSync(constructInstance(ev, type, [], type.defContext, defaultValueOf), '.ctor');
  for (const [name, value] of pairs) {
    if (!self.getProperty(name)) {
      const list = availableProperties(type);
      const plural = list.includes(' , ') ? 'properties are' : 'property is';
      throw conversionError(v, sourceText, type.name, `Cannot create object of type "${type.name}". The ${name} property was not found for the ${type.name} object. The available ${plural}: ${list}`);
    }
    setMember(self, name, value);
  }
  return self;
}

function convertToClass(entry: { type: ClassType; ev: Evaluator }, v: unknown): unknown {
  const { type, ev } = entry;
  if (v === null || v === undefined) return null;
  if (v instanceof ClassInstance && v.classType.isSubclassOf(type)) return v;
  if (v instanceof PSHashtable) return fromPropertyBag(entry, v);
  if (v instanceof PSObject && v.typeNames[0] === 'System.Management.Automation.PSCustomObject') return fromPropertyBag(entry, v);
  // As .NET conversions do, a constructor taking one argument converts that argument.
  if (type.constructors.some((c) => c.ast.parameters.length === 1)) return runSync(constructInstance(ev, type, [v], type.defContext, defaultValueOf), '.ctor');
  throw cannotConvertObject(v, type.name);
}
