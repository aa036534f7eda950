// What New-Object can construct: a registry from .NET full type name to a factory, filled with the core
// types here and extended by other layers (the AWS layer registers its model types).

import type { TypeRef } from '../../../src/objects/typeref.js';
import { GenericTypeRef, registerTypeResolver } from '../../../src/engine/type-resolution.js';
import { PSObject } from '../../../src/objects/psobject.js';
import { PSHashtable } from '../../../src/objects/hashtable.js';
import { PSList } from '../../../src/objects/pslist.js';
import { TimeSpan } from '../../../src/objects/timespan.js';
import { withKind } from '../../../src/objects/datetime.js';
import { RuntimeError, makeErrorRecord } from '../../../src/engine/errors.js';
import { convertTo, toArray, toStr } from '../../../src/engine/conversions.js';
import { modelConstructorFor, registerModelTypes } from '../../../src/aws/model/index.js';
import { clientConfigService, newClientConfigObject, resolveClientConfigTypeName } from '../../../src/aws/cmdlet/client-config.js';

/**
 * Creates an instance from the -ArgumentList values. `type` is the resolved type (a GenericTypeRef for
 * List[string] and the like). Throw a RuntimeError for arguments no constructor accepts.
 */
export type ObjectFactory = (args: unknown[], type: TypeRef) => unknown;

const factories = new Map<string, ObjectFactory>();

/** Registers (or replaces) the factory for a .NET full type name; for generics, the definition name (System.Collections.Generic.List). */
export function registerObjectFactory(typeName: string, factory: ObjectFactory): void {
  factories.set(typeName.toLowerCase(), factory);
}

/** The factory for a resolved type (generic instantiations look up their definition). */
export function objectFactoryFor(type: TypeRef): ObjectFactory | undefined {
  const key = type instanceof GenericTypeRef ? type.definition : type.fullName;
  return factories.get(key.toLowerCase()) ?? modelObjectFactory(key) ?? clientConfigFactory(key);
}

/** The factory registered under a raw name (for layers that register names the type resolver does not know). */
export function objectFactoryByName(name: string): ObjectFactory | undefined {
  return factories.get(name.toLowerCase()) ?? modelObjectFactory(name) ?? clientConfigFactory(name);
}

// AWS SDK model types (Amazon.EC2.Model.IpPermission): too many to register one by one, so they are found
// in the generated shapes when New-Object first asks; casts and typed properties are registered here too.
registerModelTypes();

// The services' client config classes (New-Object Amazon.S3.AmazonS3Config, for -ClientConfig): found by name
// when first asked, like the model types.
registerTypeResolver(resolveClientConfigTypeName);

function clientConfigFactory(typeName: string): ObjectFactory | undefined {
  const service = clientConfigService(typeName);
  if (service === undefined) return undefined;
  return (args, type) => {
    expectArgs(type, args, 0);
    return newClientConfigObject(service);
  };
}

function modelObjectFactory(typeName: string): ObjectFactory | undefined {
  const construct = modelConstructorFor(typeName);
  if (!construct) return undefined;
  return (args, type) => {
    expectArgs(type, args, 0);
    return construct();
  };
}

/** .NET's "Cannot find an overload for "new" and the argument count: "N"." */
export function constructorError(typeName: string, argCount: number): RuntimeError {
  return new RuntimeError(
    makeErrorRecord(`Cannot find an overload for "${typeName}" and the argument count: "${argCount}".`, {
      type: 'System.Management.Automation.MethodException',
      baseTypeNames: ['System.Management.Automation.RuntimeException', 'System.SystemException', 'System.Exception'],
      id: 'ConstructorInvokedThrowException,Microsoft.PowerShell.Commands.NewObjectCommand',
      category: 'InvalidOperation',
    }),
  );
}

function shortName(type: TypeRef): string {
  return type.name;
}

function expectArgs(type: TypeRef, args: unknown[], ...allowed: number[]): void {
  if (!allowed.includes(args.length)) throw constructorError(shortName(type), args.length);
}

// ---------------------------------------------------------------------------------------------------------------
// Core types

function psObjectFactory(args: unknown[], type: TypeRef): unknown {
  expectArgs(type, args, 0, 1);
  // New-Object PSObject -ArgumentList $x wraps $x: in this value model the value itself.
  return args.length === 1 ? args[0] : new PSObject();
}

registerObjectFactory('System.Management.Automation.PSObject', psObjectFactory);
registerObjectFactory('System.Management.Automation.PSCustomObject', (args, type) => {
  expectArgs(type, args, 0);
  return new PSObject();
});
registerObjectFactory('System.Object', (args, type) => {
  expectArgs(type, args, 0);
  return new PSObject(['System.Object']);
});

function dictionaryFactory(ordered: boolean): ObjectFactory {
  return (args, type) => {
    expectArgs(type, args, 0, 1);
    const h = new PSHashtable(ordered);
    const src = args[0];
    // Hashtable(int capacity) or Hashtable(IDictionary d).
    if (src instanceof PSHashtable) for (const e of src.entries()) h.set(e.key, e.value);
    else if (args.length === 1 && typeof src !== 'number') throw constructorError(shortName(type), 1);
    return h;
  };
}

registerObjectFactory('System.Collections.Hashtable', dictionaryFactory(false));
registerObjectFactory('System.Collections.Specialized.OrderedDictionary', dictionaryFactory(true));
registerObjectFactory('System.Collections.Generic.Dictionary', dictionaryFactory(true));

/** ArrayList() / ArrayList(int capacity) / ArrayList(ICollection c). */
registerObjectFactory('System.Collections.ArrayList', (args, type) => {
  expectArgs(type, args, 0, 1);
  if (args.length === 1 && typeof args[0] !== 'number') return PSList.arrayList(toArray(args[0]).slice());
  return PSList.arrayList();
});

/** List[T]() / List[T](int capacity) / List[T](IEnumerable<T> items). */
registerObjectFactory('System.Collections.Generic.List', (args, type) => {
  expectArgs(type, args, 0, 1);
  const el = type instanceof GenericTypeRef ? type.typeArguments[0]?.fullName : undefined;
  const items = args.length === 1 && typeof args[0] !== 'number' ? toArray(args[0]).map((x) => (el ? convertTo(x, el) : x)) : [];
  return new PSList(items, el, type.fullName);
});

registerObjectFactory('System.DateTime', (args, type) => {
  expectArgs(type, args, 0, 1, 3, 6, 7);
  if (args.length === 1) return convertTo(args[0], 'System.DateTime');
  // DateTime() is 1/1/0001; DateTime(y, m, d[, h, mi, s[, ms]]).
  const n = args.length === 0 ? [1, 1, 1] : args.map((a) => convertTo(a, 'System.Int32') as number);
  const d = new Date(0);
  d.setFullYear(n[0]!, n[1]! - 1, n[2]!);
  d.setHours(n[3] ?? 0, n[4] ?? 0, n[5] ?? 0, n[6] ?? 0);
  return withKind(d, 'Unspecified');
});

registerObjectFactory('System.TimeSpan', (args, type) => {
  expectArgs(type, args, 0, 1, 3, 4, 5);
  const n = args.map((a) => convertTo(a, args.length === 1 ? 'System.Int64' : 'System.Int32') as number);
  if (n.length === 0) return new TimeSpan(0);
  if (n.length === 1) return new TimeSpan(n[0]!);
  if (n.length === 3) return TimeSpan.fromParts(0, n[0]!, n[1]!, n[2]!);
  return TimeSpan.fromParts(n[0]!, n[1]!, n[2]!, n[3]!, n[4] ?? 0);
});

registerObjectFactory('System.String', (args, type) => {
  expectArgs(type, args, 1, 2);
  // String(char c, int count) / String(char[] value).
  if (args.length === 2) return (convertTo(args[0], 'System.Char') as string).repeat(convertTo(args[1], 'System.Int32') as number);
  return Array.isArray(args[0]) ? args[0].map((c) => toStr(c)).join('') : toStr(args[0]);
});

for (const t of ['System.Version', 'System.Guid', 'System.Uri', 'System.Text.RegularExpressions.Regex']) {
  registerObjectFactory(t, (args, type) => {
    if (t === 'System.Guid' && args.length === 0) return convertTo('00000000-0000-0000-0000-000000000000', t);
    if (t === 'System.Version' && args.length >= 2) return convertTo(args.map((a) => toStr(a)).join('.'), t);
    expectArgs(type, args, 1);
    return convertTo(args[0], t);
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Exceptions: `throw (New-Object System.ArgumentException 'bad value')`

const EXCEPTION_BASES: Record<string, string[]> = {
  'System.Exception': [],
  'System.SystemException': ['System.Exception'],
  'System.ApplicationException': ['System.Exception'],
  'System.ArgumentException': ['System.SystemException', 'System.Exception'],
  'System.ArgumentNullException': ['System.ArgumentException', 'System.SystemException', 'System.Exception'],
  'System.ArgumentOutOfRangeException': ['System.ArgumentException', 'System.SystemException', 'System.Exception'],
  'System.InvalidOperationException': ['System.SystemException', 'System.Exception'],
  'System.NotSupportedException': ['System.SystemException', 'System.Exception'],
  'System.NotImplementedException': ['System.SystemException', 'System.Exception'],
  'System.FormatException': ['System.SystemException', 'System.Exception'],
  'System.TimeoutException': ['System.SystemException', 'System.Exception'],
  'System.UnauthorizedAccessException': ['System.SystemException', 'System.Exception'],
  'System.IO.IOException': ['System.SystemException', 'System.Exception'],
  'System.IO.FileNotFoundException': ['System.IO.IOException', 'System.SystemException', 'System.Exception'],
  'System.IO.DirectoryNotFoundException': ['System.IO.IOException', 'System.SystemException', 'System.Exception'],
  'System.Collections.Generic.KeyNotFoundException': ['System.SystemException', 'System.Exception'],
  'System.Management.Automation.RuntimeException': ['System.SystemException', 'System.Exception'],
  'System.Management.Automation.PSArgumentException': ['System.ArgumentException', 'System.SystemException', 'System.Exception'],
  'System.Management.Automation.PSInvalidOperationException': ['System.InvalidOperationException', 'System.SystemException', 'System.Exception'],
  'System.Management.Automation.ItemNotFoundException': [
    'System.Management.Automation.SessionStateException',
    'System.Management.Automation.RuntimeException',
    'System.SystemException',
    'System.Exception',
  ],
};

for (const [name, bases] of Object.entries(EXCEPTION_BASES)) {
  registerObjectFactory(name, (args, type) => {
    expectArgs(type, args, 0, 1, 2);
    const message = args.length === 0 ? `Exception of type '${name}' was thrown.` : toStr(args[0]);
    const inner = args[1] instanceof RuntimeError ? args[1].record.exception : undefined;
    const record = makeErrorRecord(message, { type: name, baseTypeNames: bases, id: name.slice(name.lastIndexOf('.') + 1) });
    if (inner) record.exception.innerException = inner;
    return new RuntimeError(record);
  });
}
