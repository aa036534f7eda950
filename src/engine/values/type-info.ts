// What [type] objects report about themselves: BaseType, IsValueType, IsEnum, Namespace (for GetType() output,
// Get-Member and -is on exception hierarchies).

import { TypeRef } from '../../objects/typeref.js';
import { getEnumType } from '../../objects/enum-value.js';

const VALUE_TYPES = new Set([
  'System.Int32',
  'System.Int64',
  'System.Int16',
  'System.UInt16',
  'System.UInt32',
  'System.UInt64',
  'System.Byte',
  'System.SByte',
  'System.Double',
  'System.Single',
  'System.Decimal',
  'System.Boolean',
  'System.Char',
  'System.DateTime',
  'System.DateTimeOffset',
  'System.TimeSpan',
  'System.Guid',
  'System.Numerics.BigInteger',
  'System.Management.Automation.SwitchParameter',
  'System.Collections.DictionaryEntry',
  'System.Void',
]);

/** Known base classes (anything else derives from System.Object). */
const BASES: Record<string, string | null> = {
  'System.Object': null,
  'System.ValueType': 'System.Object',
  'System.Enum': 'System.ValueType',
  'System.Array': 'System.Object',
  'System.RuntimeType': 'System.Reflection.TypeInfo',
  'System.Reflection.TypeInfo': 'System.Type',
  'System.Type': 'System.Reflection.MemberInfo',
  'System.Reflection.MemberInfo': 'System.Object',
  'System.Exception': 'System.Object',
  'System.SystemException': 'System.Exception',
  'System.ArgumentException': 'System.SystemException',
  'System.ArgumentNullException': 'System.ArgumentException',
  'System.ArgumentOutOfRangeException': 'System.ArgumentException',
  'System.InvalidOperationException': 'System.SystemException',
  'System.InvalidCastException': 'System.SystemException',
  'System.FormatException': 'System.SystemException',
  'System.NotSupportedException': 'System.SystemException',
  'System.NotImplementedException': 'System.SystemException',
  'System.ArithmeticException': 'System.SystemException',
  'System.DivideByZeroException': 'System.ArithmeticException',
  'System.OverflowException': 'System.ArithmeticException',
  'System.NullReferenceException': 'System.SystemException',
  'System.IndexOutOfRangeException': 'System.SystemException',
  'System.UnauthorizedAccessException': 'System.SystemException',
  'System.TimeoutException': 'System.SystemException',
  'System.OperationCanceledException': 'System.SystemException',
  'System.Collections.Generic.KeyNotFoundException': 'System.SystemException',
  'System.IO.IOException': 'System.SystemException',
  'System.IO.FileNotFoundException': 'System.IO.IOException',
  'System.IO.DirectoryNotFoundException': 'System.IO.IOException',
  'System.Net.WebException': 'System.InvalidOperationException',
  'System.Net.Http.HttpRequestException': 'System.Exception',
  'System.Management.Automation.RuntimeException': 'System.SystemException',
  'System.Management.Automation.MethodException': 'System.Management.Automation.RuntimeException',
  'System.Management.Automation.MethodInvocationException': 'System.Management.Automation.MethodException',
  'System.Management.Automation.PSInvalidCastException': 'System.InvalidCastException',
  'System.Management.Automation.PSArgumentException': 'System.ArgumentException',
  'System.Management.Automation.PSArgumentNullException': 'System.ArgumentNullException',
  'System.Management.Automation.PSArgumentOutOfRangeException': 'System.ArgumentOutOfRangeException',
  'System.Management.Automation.PSInvalidOperationException': 'System.InvalidOperationException',
  'System.Management.Automation.PSNotSupportedException': 'System.NotSupportedException',
  'System.Management.Automation.ActionPreferenceStopException': 'System.Management.Automation.RuntimeException',
  'System.Management.Automation.ItemNotFoundException': 'System.Management.Automation.SessionStateException',
  'System.Management.Automation.SessionStateException': 'System.Management.Automation.RuntimeException',
  'System.Management.Automation.CommandNotFoundException': 'System.Management.Automation.RuntimeException',
  'System.Management.Automation.ParameterBindingException': 'System.Management.Automation.RuntimeException',
  'System.Management.Automation.ParseException': 'System.Management.Automation.RuntimeException',
  'System.Management.Automation.PipelineStoppedException': 'System.Management.Automation.RuntimeException',
  'System.Management.Automation.ValidationMetadataException': 'System.Management.Automation.RuntimeException',
  'System.Management.Automation.PSCustomObject': 'System.Object',
  'System.Collections.Specialized.OrderedDictionary': 'System.Object',
};

export function isValueTypeName(fullName: string): boolean {
  return VALUE_TYPES.has(fullName) || getEnumType(fullName) !== undefined;
}

/** BaseType of a type as [type].BaseType reports it, or null for System.Object. */
export function baseTypeOf(t: TypeRef): TypeRef | null {
  const full = t.fullName;
  if (full in BASES) {
    const b = BASES[full];
    return b ? new TypeRef(b) : null;
  }
  if (t.isArray) return new TypeRef('System.Array');
  if (getEnumType(full)) return new TypeRef('System.Enum');
  if (VALUE_TYPES.has(full)) return new TypeRef('System.ValueType');
  if (/Exception$/.test(full)) return new TypeRef('System.Exception');
  return new TypeRef('System.Object');
}

/** The chain of base class names of an exception type, most specific first (excluding the type itself). */
export function exceptionBaseNames(fullName: string): string[] {
  const out: string[] = [];
  let cur: string | null | undefined = BASES[fullName] ?? (fullName.endsWith('Exception') && fullName !== 'System.Exception' ? 'System.Exception' : null);
  while (cur) {
    out.push(cur);
    cur = BASES[cur];
  }
  return out;
}

export function namespaceOf(t: TypeRef): string {
  const base = t.fullName.replace(/`.*$/, '').replace(/\[\]$/, '');
  const i = base.lastIndexOf('.');
  return i < 0 ? '' : base.slice(0, i);
}
