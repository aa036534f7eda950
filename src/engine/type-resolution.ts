// Resolves the text inside a type literal ([int], [System.IO.Path], [string[]], [System.Collections.Generic.List[string]])
// to a TypeRef carrying the .NET full name, the way PowerShell's type accelerators and "System." prefixing do.

import { TypeRef } from '../objects/typeref.js';

/** Accelerator (lower case) → .NET full name, as [psobject].Assembly.GetType('System.Management.Automation.TypeAccelerators')::Get. */
const ACCELERATORS = new Map<string, string>(
  Object.entries({
    int: 'System.Int32',
    int32: 'System.Int32',
    long: 'System.Int64',
    int64: 'System.Int64',
    short: 'System.Int16',
    int16: 'System.Int16',
    uint: 'System.UInt32',
    uint32: 'System.UInt32',
    ulong: 'System.UInt64',
    uint64: 'System.UInt64',
    ushort: 'System.UInt16',
    uint16: 'System.UInt16',
    byte: 'System.Byte',
    sbyte: 'System.SByte',
    double: 'System.Double',
    float: 'System.Single',
    single: 'System.Single',
    decimal: 'System.Decimal',
    bigint: 'System.Numerics.BigInteger',
    char: 'System.Char',
    string: 'System.String',
    bool: 'System.Boolean',
    datetime: 'System.DateTime',
    timespan: 'System.TimeSpan',
    array: 'System.Array',
    hashtable: 'System.Collections.Hashtable',
    ordered: 'System.Collections.Specialized.OrderedDictionary',
    pscustomobject: 'System.Management.Automation.PSObject',
    psobject: 'System.Management.Automation.PSObject',
    object: 'System.Object',
    regex: 'System.Text.RegularExpressions.Regex',
    guid: 'System.Guid',
    xml: 'System.Xml.XmlDocument',
    scriptblock: 'System.Management.Automation.ScriptBlock',
    switch: 'System.Management.Automation.SwitchParameter',
    void: 'System.Void',
    type: 'System.Type',
    version: 'System.Version',
    semver: 'System.Management.Automation.SemanticVersion',
    ipaddress: 'System.Net.IPAddress',
    uri: 'System.Uri',
    mailaddress: 'System.Net.Mail.MailAddress',
    securestring: 'System.Security.SecureString',
    pscredential: 'System.Management.Automation.PSCredential',
    cultureinfo: 'System.Globalization.CultureInfo',
    wildcardpattern: 'System.Management.Automation.WildcardPattern',
    ref: 'System.Management.Automation.PSReference',
    errorrecord: 'System.Management.Automation.ErrorRecord',
    psmoduleinfo: 'System.Management.Automation.PSModuleInfo',
    powershell: 'System.Management.Automation.PowerShell',
    datetimeoffset: 'System.DateTimeOffset',
    nullstring: 'System.Management.Automation.Language.NullString',
    psvariable: 'System.Management.Automation.PSVariable',
    runspace: 'System.Management.Automation.Runspaces.Runspace',
  }),
);

/** The short name PowerShell prints for a type with an accelerator ("$([int])" is "int"). */
const PREFERRED_ACCELERATOR = new Map<string, string>();
for (const [alias, full] of ACCELERATORS) {
  const key = full.toLowerCase();
  // Keep the first alias listed, except types PowerShell shows by full name.
  if (!PREFERRED_ACCELERATOR.has(key)) PREFERRED_ACCELERATOR.set(key, alias);
}
for (const full of ['System.Object', 'System.Collections.Specialized.OrderedDictionary', 'System.Management.Automation.ErrorRecord', 'System.DateTimeOffset']) {
  PREFERRED_ACCELERATOR.delete(full.toLowerCase());
}

/** Full names of the .NET types the shell knows (static members, conversions, -is checks). Lower case → canonical. */
const KNOWN_TYPES = new Map<string, string>();

function addKnownTypes(names: string[]): void {
  for (const n of names) KNOWN_TYPES.set(n.toLowerCase(), n);
}

addKnownTypes([...new Set(ACCELERATORS.values())]);
addKnownTypes([
  'System.Math',
  'System.Convert',
  'System.Environment',
  'System.Console',
  'System.Enum',
  'System.ValueType',
  'System.Exception',
  'System.SystemException',
  'System.ArgumentException',
  'System.ArgumentNullException',
  'System.ArgumentOutOfRangeException',
  'System.InvalidOperationException',
  'System.InvalidCastException',
  'System.FormatException',
  'System.NotSupportedException',
  'System.NotImplementedException',
  'System.DivideByZeroException',
  'System.ArithmeticException',
  'System.OverflowException',
  'System.NullReferenceException',
  'System.IndexOutOfRangeException',
  'System.UnauthorizedAccessException',
  'System.TimeoutException',
  'System.OperationCanceledException',
  'System.Collections.Generic.KeyNotFoundException',
  'System.IO.IOException',
  'System.IO.FileNotFoundException',
  'System.IO.DirectoryNotFoundException',
  'System.Net.WebException',
  'System.Net.Http.HttpRequestException',
  'System.Management.Automation.RuntimeException',
  'System.Management.Automation.ActionPreferenceStopException',
  'System.Management.Automation.MethodInvocationException',
  'System.Management.Automation.MethodException',
  'System.Management.Automation.PSInvalidCastException',
  'System.Management.Automation.PSArgumentException',
  'System.Management.Automation.PSArgumentNullException',
  'System.Management.Automation.PSArgumentOutOfRangeException',
  'System.Management.Automation.PSInvalidOperationException',
  'System.Management.Automation.PSNotSupportedException',
  'System.Management.Automation.ItemNotFoundException',
  'System.Management.Automation.CommandNotFoundException',
  'System.Management.Automation.ParameterBindingException',
  'System.Management.Automation.ParseException',
  'System.Management.Automation.PipelineStoppedException',
  'System.Management.Automation.SessionStateException',
  'System.Management.Automation.ValidationMetadataException',
  'System.Management.Automation.PSCustomObject',
  'System.Management.Automation.PSReference',
  'System.Management.Automation.ActionPreference',
  'System.Management.Automation.ErrorCategory',
  'System.Management.Automation.ErrorRecord',
  'System.Collections.ArrayList',
  'System.Collections.IEnumerable',
  'System.Collections.ICollection',
  'System.Collections.IList',
  'System.Collections.IDictionary',
  'System.Collections.DictionaryEntry',
  'System.Collections.Generic.List',
  'System.Collections.Generic.Dictionary',
  'System.Collections.Generic.HashSet',
  // Delegate types: a script block converts to them (it is what .NET calls).
  'System.Func',
  'System.Action',
  'System.Predicate',
  'System.Comparison',
  'System.Converter',
  'System.IComparable',
  'System.IFormattable',
  'System.IConvertible',
  'System.RuntimeType',
  'System.Reflection.TypeInfo',
  'System.Reflection.MemberInfo',
  'System.DayOfWeek',
  'System.DateTimeKind',
  'System.MidpointRounding',
  'System.StringComparison',
  'System.StringSplitOptions',
  'System.ConsoleColor',
  'System.Text.Encoding',
  'System.Text.StringBuilder',
  'System.Text.RegularExpressions.RegexOptions',
  'System.Text.RegularExpressions.Match',
  'System.Text.RegularExpressions.Group',
  'System.Text.RegularExpressions.Capture',
  'System.Text.RegularExpressions.MatchCollection',
  'System.IO.Path',
  'System.IO.File',
  'System.IO.Directory',
  'System.IO.FileInfo',
  'System.IO.DirectoryInfo',
  'System.IO.FileSystemInfo',
  'System.Net.WebUtility',
  'System.Threading.Thread',
  'System.Diagnostics.Stopwatch',
  'System.Web.HttpUtility',
  'System.Text.UTF8Encoding',
  'System.Text.ASCIIEncoding',
  'System.Text.UnicodeEncoding',
  'System.Management.Automation.PSNoteProperty',
  'System.Management.Automation.PSPropertyInfo',
  'System.Management.Automation.SplitOptions',
  'System.OperatingSystem',
]);

/** Types whose full names are also resolved under a namespace PowerShell searches implicitly (System.Management.Automation). */
const IMPLICIT_NAMESPACES = ['System.', 'System.Management.Automation.'];

export type TypeResolver = (name: string) => TypeRef | undefined;
const resolvers: TypeResolver[] = [];
const cache = new Map<string, TypeRef | null>();

/** Lets another layer (AWS models) resolve its own type names. Resolvers run after the built-in table. */
export function registerTypeResolver(resolver: TypeResolver): void {
  resolvers.push(resolver);
  cache.clear();
}

/** Adds an accelerator-style alias ([Filter] → Amazon.EC2.Model.Filter) or a known full type name (alias == fullName). */
export function registerTypeAlias(alias: string, fullName: string): void {
  if (alias.toLowerCase() !== fullName.toLowerCase()) ACCELERATORS.set(alias.toLowerCase(), fullName);
  KNOWN_TYPES.set(fullName.toLowerCase(), fullName);
  cache.clear();
}

/** Makes a .NET full name known without an alias (used by the enum and static-member registries). */
export function registerKnownType(fullName: string): void {
  KNOWN_TYPES.set(fullName.toLowerCase(), fullName);
  cache.clear();
}

/** Canonical spelling of a known full type name, or undefined. */
export function knownTypeName(fullName: string): string | undefined {
  return KNOWN_TYPES.get(fullName.toLowerCase());
}

/** The short name PowerShell uses when it prints a type (int, string, hashtable), or undefined when it prints the full name. */
export function acceleratorNameOf(fullName: string): string | undefined {
  return PREFERRED_ACCELERATOR.get(fullName.toLowerCase());
}

/** A generic instantiation such as List[string]; its FullName carries the argument types. */
export class GenericTypeRef extends TypeRef {
  readonly definition: string;
  readonly typeArguments: TypeRef[];
  constructor(definition: string, typeArguments: TypeRef[]) {
    super(`${definition}\`${typeArguments.length}[${typeArguments.map((t) => `[${t.fullName}]`).join(',')}]`);
    this.definition = definition;
    this.typeArguments = typeArguments;
  }
  override get name(): string {
    const i = this.definition.lastIndexOf('.');
    return `${i < 0 ? this.definition : this.definition.slice(i + 1)}\`${this.typeArguments.length}`;
  }
}

/** Splits "a, b[c,d]" at top-level commas. */
function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '[') depth++;
    else if (c === ']') depth--;
    else if (c === ',' && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts.map((p) => p.trim());
}

function resolveSimple(name: string): string | undefined {
  const lower = name.toLowerCase();
  const acc = ACCELERATORS.get(lower);
  if (acc) return acc;
  const known = KNOWN_TYPES.get(lower);
  if (known) return known;
  for (const ns of IMPLICIT_NAMESPACES) {
    const k = KNOWN_TYPES.get((ns + name).toLowerCase());
    if (k) return k;
  }
  return undefined;
}

function resolveUncached(raw: string): TypeRef | undefined {
  let name = raw.trim();
  if (name.startsWith('[') && name.endsWith(']')) name = name.slice(1, -1).trim();
  if (!name) return undefined;
  // Array types: T[] (also T[,] is rare enough to ignore).
  if (name.endsWith('[]')) {
    const elem = resolveTypeName(name.slice(0, -2));
    return elem ? new TypeRef(`${elem.fullName}[]`) : undefined;
  }
  // Generic types: Name[Arg1,Arg2] or Name`1[[Arg]].
  const open = name.indexOf('[');
  if (open > 0 && name.endsWith(']')) {
    const defName = name.slice(0, open).replace(/`\d+$/, '');
    const def = resolveSimple(defName) ?? resolveSimple(`System.Collections.Generic.${defName}`);
    const args = splitTopLevel(name.slice(open + 1, -1)).map((a) => resolveTypeName(a.replace(/^\[|\]$/g, '')));
    if (!def || args.some((a) => !a)) return undefined;
    return new GenericTypeRef(def, args as TypeRef[]);
  }
  const simple = resolveSimple(name);
  if (simple) return new TypeRef(simple);
  for (const r of resolvers) {
    const t = r(name);
    if (t) return t;
  }
  return undefined;
}

/** Resolves a type name as written in a type literal (case-insensitive). Undefined when the type is unknown. */
export function resolveTypeName(name: string): TypeRef | undefined {
  const hit = cache.get(name);
  if (hit !== undefined) return hit ?? undefined;
  const t = resolveUncached(name);
  cache.set(name, t ?? null);
  return t;
}

/** The canonical .NET full name for a type name, or undefined. */
export function resolveFullName(name: string): string | undefined {
  return resolveTypeName(name)?.fullName;
}
