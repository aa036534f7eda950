// Static member access on type literals ([math]::PI, [datetime]::Now, [string]::Join(',', $a), [int]::MaxValue,
// [DayOfWeek]::Monday) and object construction ([List[string]]::new(), New-Object System.Text.StringBuilder).

import { TypeRef } from '../objects/typeref.js';
import { PSHashtable } from '../objects/hashtable.js';
import { PSObject } from '../objects/psobject.js';
import { PSList } from '../objects/pslist.js';
import { StringBuilder } from '../objects/string-builder.js';
import { TextEncoding } from '../objects/text-encoding.js';
import { EnumValue, enumMember, getEnumType } from '../objects/enum-value.js';
import { Guid } from '../objects/guid.js';
import { Version } from '../objects/version.js';
import { PSREFERENCE_TYPE, PSReference } from '../objects/ps-reference.js';
import { RuntimeError, fail, makeErrorRecord } from './errors.js';
import { convertTo, convertToType, isCollection, toArray, toStr } from './conversions.js';
import { GenericTypeRef, resolveTypeName } from './type-resolution.js';
import { NOT_FOUND, callMethod, intArg, strArg, type Call } from './methods/support.js';
import { methodNotFoundError, newNoteProperty } from './members.js';
import { dotnetRegex, RegexPatternError } from './values/regex.js';
import { exceptionBaseNames } from './values/type-info.js';
import { regexOptionsFrom } from './values/statics-core.js';
import './values/statics-system.js';
import './values/statics-array.js';
import './values/statics-try-parse.js';
import { registerStaticTypeProvider, staticTypeDef } from './values/static-registry.js';
import { constantClassStatics } from './values/constant-class-statics.js';

export { registerStaticMember, registerStaticMethod } from './values/static-registry.js';

registerStaticTypeProvider(constantClassStatics);

/** [Type]::Name: a static property or enum member; $null when the type has no such member. */
export function getStaticMember(type: TypeRef, name: string): unknown {
  const enumDef = getEnumType(type.fullName);
  if (enumDef) {
    const m = enumMember(enumDef, name);
    if (m) return m;
  }
  const def = staticTypeDef(type.fullName);
  const p = def?.properties.get(name.toLowerCase());
  if (p) {
    const v = p.get();
    return v === undefined ? null : v;
  }
  return null;
}

/** Does [Type]::Name(...) exist? */
export function hasStaticMethod(type: TypeRef, name: string): boolean {
  if (name.toLowerCase() === 'new') return true;
  return staticTypeDef(type.fullName)?.methods.has(name.toLowerCase()) ?? false;
}

/** [Type]::Method(args). Returns undefined for void methods. */
export function invokeStaticMethod(type: TypeRef, name: string, args: unknown[]): unknown {
  const def = staticTypeDef(type.fullName);
  if (def) {
    const r = callMethod(def.methods, null, name, args);
    if (r !== NOT_FOUND) return r;
  }
  // An enum type inherits System.Enum's static methods: [DayOfWeek]::GetNames([DayOfWeek]).
  const enumStatics = getEnumType(type.fullName) ? staticTypeDef('System.Enum') : undefined;
  if (enumStatics) {
    const r = callMethod(enumStatics.methods, null, name, args);
    if (r !== NOT_FOUND) return r;
  }
  if (name.toLowerCase() === 'new') return constructObject(type, args);
  throw methodNotFoundError(type.fullName, name);
}

// ------------------------------------------------------------------------------------------------
// Construction
// ------------------------------------------------------------------------------------------------

export type Constructor = (args: unknown[], type: TypeRef) => unknown;
const constructors = new Map<string, Constructor>();

/** Lets other layers make their types constructible (New-Object / ::new). */
export function registerConstructor(typeFullName: string, ctor: Constructor): void {
  constructors.set(typeFullName.toLowerCase(), ctor);
}

function noConstructor(type: TypeRef, argCount: number): never {
  throw new RuntimeError(
    makeErrorRecord(`A constructor was not found. Cannot find an appropriate constructor for type ${type.fullName}.`, {
      type: 'System.Management.Automation.PSArgumentException',
      id: 'CannotFindAppropriateCtor',
      category: 'ObjectNotFound',
      target: argCount,
    }),
  );
}

function listFromArgs(args: unknown[], elementType: string | undefined, typeName: string): PSList {
  const first = args[0];
  const items = args.length === 1 && (isCollection(first) || first instanceof PSList) ? toArray(first).map((e) => (elementType ? convertTo(e, elementType) : e)) : [];
  return new PSList(items, elementType, typeName);
}

/** Builds an exception object (what [System.ArgumentException]::new('msg') returns): a RuntimeError the engine can throw. */
export function newException(typeName: string, message: string, inner?: unknown): RuntimeError {
  const err = new RuntimeError(
    makeErrorRecord(message, {
      type: typeName,
      id: typeName.slice(typeName.lastIndexOf('.') + 1),
      category: 'NotSpecified',
      baseTypeNames: exceptionBaseNames(typeName),
    }),
  );
  if (inner instanceof RuntimeError) err.record.exception.innerException = inner.record.exception;
  return err;
}

function defaultExceptionMessage(typeName: string): string {
  return `Exception of type '${typeName}' was thrown.`;
}

function call(args: unknown[], method: string): Call {
  return { method, args };
}

/** new T(args): New-Object and [T]::new(). */
export function constructObject(type: TypeRef, args: unknown[]): unknown {
  const full = type.fullName;
  const custom = constructors.get(full.toLowerCase());
  if (custom) return custom(args, type);
  if (type instanceof GenericTypeRef) {
    const def = type.definition;
    if (def === 'System.Collections.Generic.List') return listFromArgs(args, type.typeArguments[0].fullName, type.fullName);
    if (def === 'System.Collections.Generic.Dictionary') return new PSHashtable(true);
    noConstructor(type, args.length);
  }
  if (type.isArray) {
    const n = intArg(call(args, 'new'), 0, 'length');
    return convertToType(new Array<unknown>(n).fill(type.elementType!.fullName === 'System.String' ? null : 0), type);
  }
  switch (full) {
    case 'System.Collections.ArrayList':
      return listFromArgs(args, undefined, 'System.Collections.ArrayList');
    case 'System.Collections.Hashtable':
      return new PSHashtable();
    case 'System.Collections.Specialized.OrderedDictionary':
      return new PSHashtable(true);
    case 'System.Management.Automation.PSObject':
    case 'System.Management.Automation.PSCustomObject':
    case 'System.Object':
      if (args.length === 1 && args[0] instanceof PSHashtable) return convertTo(args[0], 'System.Management.Automation.PSCustomObject');
      return args.length === 1 ? args[0] : new PSObject();
    case 'System.Text.StringBuilder': {
      const first = args[0];
      if (typeof first === 'number') return new StringBuilder('', first);
      return new StringBuilder(first === undefined || first === null ? '' : toStr(first));
    }
    case 'System.String': {
      const c = call(args, 'new');
      if (args.length === 2) return strArg(c, 0, 'c').charAt(0).repeat(intArg(c, 1, 'count'));
      return isCollection(args[0]) ? toArray(args[0]).map(toStr).join('') : toStr(args[0]);
    }
    case 'System.Guid':
      return args.length === 0 ? Guid.empty : convertTo(args[0], 'System.Guid');
    case 'System.Version': {
      if (args.length === 0) return new Version(0, 0);
      if (args.length === 1) return convertTo(args[0], 'System.Version');
      const c = call(args, 'new');
      const n = args.map((_, i) => intArg(c, i, 'value'));
      return new Version(n[0], n[1], n[2] ?? -1, n[3] ?? -1);
    }
    case 'System.Text.RegularExpressions.Regex': {
      const pattern = strArg(call(args, 'new'), 0, 'pattern');
      try {
        return dotnetRegex(pattern, regexOptionsFrom(args[1])).re;
      } catch (e) {
        if (e instanceof RegexPatternError) fail(`Exception calling ".ctor" with "${args.length}" argument(s): "Invalid pattern '${pattern}': ${e.message}"`);
        throw e;
      }
    }
    case 'System.Text.UTF8Encoding':
      return new TextEncoding('utf-8');
    case 'System.Text.ASCIIEncoding':
      return new TextEncoding('us-ascii');
    case 'System.Text.UnicodeEncoding':
      return new TextEncoding('utf-16');
    case 'System.Management.Automation.PSNoteProperty':
      return newNoteProperty(strArg(call(args, 'new'), 0, 'name'), args[1] ?? null);
    case PSREFERENCE_TYPE:
      if (args.length !== 1) noConstructor(type, args.length);
      return new PSReference(args[0]);
    case 'System.Collections.DictionaryEntry': {
      const o = new PSObject(['System.Collections.DictionaryEntry', 'System.ValueType', 'System.Object']);
      o.addNote('Name', args[0] ?? null, 'AliasProperty');
      o.addNote('Key', args[0] ?? null, 'Property');
      o.addNote('Value', args[1] ?? null, 'Property');
      return o;
    }
    default:
      break;
  }
  if (/Exception$/.test(full)) {
    const message = args.length > 0 && args[0] !== null ? toStr(args[0]) : defaultExceptionMessage(full);
    if (/ArgumentException$/.test(full) && args.length >= 2 && typeof args[1] === 'string') return newException(full, `${message} (Parameter '${args[1]}')`, args[2]);
    if (/Argument(Null|OutOfRange)Exception$/.test(full) && args.length >= 1) {
      const param = toStr(args[0]);
      const msg = args.length >= 2 ? toStr(args[args.length - 1]) : full.endsWith('NullException') ? 'Value cannot be null.' : 'Specified argument was out of the range of valid values.';
      return newException(full, `${msg} (Parameter '${param}')`);
    }
    return newException(full, message, args[1]);
  }
  // Value types and other known types: a one-argument constructor behaves as a conversion.
  const def = staticTypeDef(full);
  if (def?.methods.has('new')) return invokeStaticMethod(type, 'new', args);
  if (args.length === 1 && getEnumType(full) === undefined) {
    try {
      return convertToType(args[0], type);
    } catch {
      noConstructor(type, args.length);
    }
  }
  if (args.length === 0 && getEnumType(full)) return new EnumValue(getEnumType(full)!, 0);
  noConstructor(type, args.length);
}

/** New-Object TypeName [-ArgumentList ...]: resolves the name (with PowerShell's error) and constructs. */
export function newObject(typeName: string | TypeRef, args: unknown[] = []): unknown {
  const type = typeof typeName === 'string' ? resolveTypeName(typeName) : typeName;
  if (!type) {
    fail(`Cannot find type [${typeName}]: verify that the assembly containing this type is loaded.`, {
      type: 'System.Management.Automation.PSArgumentException',
      id: 'TypeNotFound',
      category: 'InvalidType',
    });
  }
  return constructObject(type, args);
}
