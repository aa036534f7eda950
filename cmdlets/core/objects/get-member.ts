// Get-Member: the properties and methods of the input objects, one block per distinct type name,
// sorted by member type then name as pwsh does.

import type { CommandDefinition, ParameterDef } from '../../../src/pipeline/types.js';
import { PSObject, type PSProperty } from '../../../src/objects/psobject.js';
import { TypeRef } from '../../../src/objects/typeref.js';
import { EnumValue, getEnumType, registerEnumType } from '../../../src/objects/enum-value.js';
import { ConstantValue } from '../../../src/objects/constant-value.js';
import { acceleratorNameOf, registerKnownType } from '../../../src/engine/type-resolution.js';
import { dotnetToString, typeNameOf } from '../../../src/engine/conversions.js';
import { instanceMemberBag, listMethodNames, listProperties, objectMethodDefinitions } from '../../../src/engine/members.js';
import { wildcardToRegExp } from '../../../src/engine/operators.js';
import { displayHintOf } from '../../../src/objects/date-display-hint.js';
import { RuntimeError } from '../../../src/engine/errors.js';
import { catalogFor, ENUM_CATALOG, EXCEPTION_CATALOG, OBJECT_METHODS, staticCatalogFor, type MemberInfo, type MemberTypeName } from './members/catalog.js';
import { invalidOperationError } from './common/errors.js';
import { writeEach } from './common/flow.js';
import { stringArrayParam, switchParam } from './common/params.js';

const MEMBER_TYPE_VALUES: ReadonlyArray<readonly [string, number]> = [
  ['AliasProperty', 1],
  ['CodeProperty', 2],
  ['Property', 4],
  ['NoteProperty', 8],
  ['ScriptProperty', 16],
  ['Properties', 31],
  ['PropertySet', 32],
  ['Method', 64],
  ['CodeMethod', 128],
  ['ScriptMethod', 256],
  ['Methods', 448],
  ['ParameterizedProperty', 512],
  ['MemberSet', 1024],
  ['Event', 2048],
  ['Dynamic', 4096],
  ['InferredProperty', 8192],
  ['All', 16383],
];

export const PSMemberTypesEnum =
  getEnumType('System.Management.Automation.PSMemberTypes') ??
  registerEnumType({ fullName: 'System.Management.Automation.PSMemberTypes', members: MEMBER_TYPE_VALUES, flags: true });
registerKnownType(PSMemberTypesEnum.fullName);

const MEMBER_TYPE_NAMES = MEMBER_TYPE_VALUES.map(([n]) => n);
const EXTENDED: ReadonlySet<MemberTypeName> = new Set(['AliasProperty', 'CodeProperty', 'NoteProperty', 'ScriptProperty', 'PropertySet', 'CodeMethod', 'ScriptMethod', 'MemberSet']);

const PARAMETERS: ParameterDef[] = [
  { name: 'InputObject', type: 'System.Management.Automation.PSObject', valueFromPipeline: true, allowNull: true },
  { name: 'Name', type: 'System.String[]', position: 0 },
  { name: 'MemberType', type: 'System.String[]', aliases: ['Type'], validateSet: MEMBER_TYPE_NAMES },
  { name: 'View', type: 'System.String[]', validateSet: ['Extended', 'Adapted', 'Base', 'All'] },
  { name: 'Static', type: 'switch' },
  { name: 'Force', type: 'switch' },
];

const CUSTOM = 'System.Management.Automation.PSCustomObject';

/** The instance members of an AWS SDK ConstantClass (Amazon.Runtime.ConstantClass and its generated subclasses). */
const CONSTANT_CLASS_CATALOG: readonly MemberInfo[] = [
  { name: 'Equals', memberType: 'Method', definition: 'bool Equals(System.Object obj), bool Equals(Amazon.Runtime.ConstantClass obj)' },
  { name: 'GetHashCode', memberType: 'Method', definition: 'int GetHashCode()' },
  { name: 'GetType', memberType: 'Method', definition: 'type GetType()' },
  { name: 'ToString', memberType: 'Method', definition: 'string ToString(), string ToString(System.IFormatProvider provider)' },
  { name: 'Value', memberType: 'Property', definition: 'string Value {get;}' },
];

/** ToStringCodeMethods.Type: accelerator names, T[] and Generic[Args]; optionally without namespaces. */
export function typeDisplay(fullName: string, dropNamespaces = false): string {
  if (fullName.endsWith('[]')) return `${typeDisplay(fullName.slice(0, -2), dropNamespaces)}[]`;
  const generic = /^([^`]+)`\d+\[(.*)\]$/.exec(fullName);
  if (generic) {
    const args = generic[2]!.match(/\[([^[\]]+(?:\[\])?)\]/g)?.map((a) => typeDisplay(a.slice(1, -1).split(',')[0]!.trim(), dropNamespaces)) ?? [];
    const def = dropNamespaces ? generic[1]!.slice(generic[1]!.lastIndexOf('.') + 1) : generic[1]!;
    return `${def}[${args.join(',')}]`;
  }
  const acc = acceleratorNameOf(fullName);
  if (acc && acc !== 'pscustomobject') return acc;
  if (fullName === 'System.Object') return dropNamespaces ? 'Object' : 'System.Object';
  return dropNamespaces ? fullName.slice(fullName.lastIndexOf('.') + 1) : fullName;
}

/** PSNoteProperty.ToString: "<type> <name>=<value>". */
function noteDefinition(name: string, value: unknown): string {
  let type: string;
  if (value === null || value === undefined) type = 'object';
  else if (value instanceof PSObject) type = value.typeName;
  else type = typeDisplay(typeNameOf(value), true);
  const text = value === null || value === undefined ? 'null' : dotnetToString(value);
  return `${type} ${name}=${text}`;
}

function propertyMember(o: PSObject, p: PSProperty): MemberInfo {
  // A script or alias member's definition is its script or target: no need to run the getter.
  const value = p.definition !== undefined ? null : p.getter ? safe(() => p.getter!(o)) : p.value;
  const valueType = value === null || value === undefined ? 'System.Object' : value instanceof PSObject ? value.typeName : typeNameOf(value);
  const type = typeDisplay(p.typeName ?? valueType);
  switch (p.kind) {
    case 'NoteProperty':
      return { name: p.name, memberType: 'NoteProperty', definition: noteDefinition(p.name, value) };
    case 'ScriptProperty':
      return { name: p.name, memberType: 'ScriptProperty', definition: p.definition ?? `System.Object ${p.name} {get;}` };
    case 'AliasProperty':
      return { name: p.name, memberType: 'AliasProperty', definition: p.definition ?? `${type} ${p.name} {get;}` };
    default:
      return { name: p.name, memberType: 'Property', definition: `${type} ${p.name} {get;${p.readOnly === true ? '' : 'set;'}}` };
  }
}

function safe(fn: () => unknown): unknown {
  try {
    return fn();
  } catch {
    return null;
  }
}

/** Members of a value that has no catalog entry: Object's methods, known methods, its properties. */
function genericMembers(value: unknown): MemberInfo[] {
  const out: MemberInfo[] = [...OBJECT_METHODS];
  const known = new Set(out.map((m) => m.name.toLowerCase()));
  for (const n of listMethodNames(value)) {
    if (!known.has(n.toLowerCase())) out.push({ name: n, memberType: 'Method', definition: `${n}(...)` });
  }
  for (const p of listProperties(value)) out.push({ name: p.name, memberType: 'Property', definition: `${typeDisplay(p.typeName)} ${p.name} {get;}` });
  return out;
}

/** The accessor methods and member sets Get-Member shows only with -Force. */
function hiddenMembers(members: readonly MemberInfo[]): MemberInfo[] {
  const out: MemberInfo[] = [];
  for (const m of members) {
    if (m.memberType !== 'Property') continue;
    const match = /^(.*) (\S+) \{(get;)?(set;)?\}$/.exec(m.definition);
    if (!match) continue;
    const type = match[1]!;
    if (match[3]) out.push({ name: `get_${m.name}`, memberType: 'Method', definition: `${type} get_${m.name}()`, hidden: true });
    if (match[4]) out.push({ name: `set_${m.name}`, memberType: 'Method', definition: `void set_${m.name}(${type} value)`, hidden: true });
  }
  const names = (pred: (m: MemberInfo) => boolean): string => members.filter(pred).map((m) => m.name).join(', ');
  out.push(
    { name: 'psadapted', memberType: 'MemberSet', definition: `psadapted {${names((m) => !EXTENDED.has(m.memberType))}}`, hidden: true },
    { name: 'psbase', memberType: 'MemberSet', definition: `psbase {${names((m) => !EXTENDED.has(m.memberType))}}`, hidden: true },
    { name: 'psextended', memberType: 'MemberSet', definition: `psextended {${names((m) => EXTENDED.has(m.memberType))}}`, hidden: true },
    {
      name: 'psobject',
      memberType: 'MemberSet',
      definition:
        'psobject {BaseObject, Members, Properties, Methods, ImmediateBaseObject, TypeNames, get_BaseObject, get_Members, get_Properties, get_Methods, get_ImmediateBaseObject, get_TypeNames, ToString, Copy, CompareTo, Equals, GetMetaObject, GetHashCode, GetObjectData, GetType}',
      hidden: true,
    },
    {
      name: 'pstypenames',
      memberType: 'CodeProperty',
      definition: 'System.Collections.ObjectModel.Collection`1[[System.String, System.Private.CoreLib, Version=8.0.0.0, Culture=neutral, PublicKeyToken=7cec85d7bea7798e]] pstypenames{get=PSTypeNames;}',
      hidden: true,
    },
  );
  return out;
}

/** Members Add-Member gave an object (its PSObject, or the instance-member bag of another value). */
function addedMembers(holder: PSObject): MemberInfo[] {
  const scriptMethods = holder.methods().map((m): MemberInfo => ({ name: m.name, memberType: 'ScriptMethod', definition: m.definition }));
  return [...holder.properties().map((p) => propertyMember(holder, p)), ...scriptMethods];
}

/** Members overridden by an instance member of the same name (Add-Member -Force on ToString) are not listed twice. */
function withoutShadowed(members: MemberInfo[], added: readonly MemberInfo[]): MemberInfo[] {
  if (added.length === 0) return members;
  const names = new Set(added.map((m) => m.name.toLowerCase()));
  return members.filter((m) => !names.has(m.name.toLowerCase()));
}

/** The instance members of a value, as Get-Member lists them. */
export function instanceMembers(value: unknown): MemberInfo[] {
  if (value instanceof PSObject) {
    const base = value.typeNames.includes(CUSTOM) ? OBJECT_METHODS : (catalogFor(value.typeName)?.filter((m) => m.memberType !== 'Property') ?? OBJECT_METHODS);
    const methods = objectMethodDefinitions(value).map((d): MemberInfo => ({ name: d.name, memberType: 'Method', definition: d.definition }));
    const added = addedMembers(value);
    return [...withoutShadowed([...base, ...methods], added), ...added];
  }
  const bag = typeof value === 'object' && value !== null ? instanceMemberBag(value, false) : undefined;
  if (bag) {
    const added = addedMembers(bag);
    return [...withoutShadowed(instanceMembersOfValue(value), added), ...added];
  }
  return instanceMembersOfValue(value);
}

function instanceMembersOfValue(value: unknown): MemberInfo[] {
  let members: MemberInfo[];
  if (value instanceof EnumValue) members = [...ENUM_CATALOG];
  else if (value instanceof ConstantValue) members = [...CONSTANT_CLASS_CATALOG];
  else if (value instanceof RuntimeError) members = [...EXCEPTION_CATALOG];
  else members = [...(catalogFor(typeNameOf(value)) ?? genericMembers(value))];
  if (value instanceof Date) {
    const hint = displayHintOf(value);
    if (hint !== undefined) members.push({ name: 'DisplayHint', memberType: 'NoteProperty', definition: `DisplayHintType DisplayHint=${hint}` });
  }
  return members;
}

/** Numeric PSMemberTypes mask for -MemberType names. */
function memberTypeMask(names: string[] | undefined): number {
  if (!names || names.length === 0) return 16383;
  let mask = 0;
  for (const raw of names) {
    for (const part of raw.split(',')) {
      const m = MEMBER_TYPE_VALUES.find(([n]) => n.toLowerCase() === part.trim().toLowerCase());
      if (m) mask |= m[1];
    }
  }
  return mask;
}

function viewAllows(views: string[] | undefined, m: MemberInfo): boolean {
  if (!views || views.length === 0) return true;
  const v = new Set(views.map((x) => x.toLowerCase()));
  if (v.has('all')) return true;
  if (EXTENDED.has(m.memberType)) return v.has('extended');
  return v.has('adapted') || v.has('base');
}

function memberDefinition(typeName: string, m: MemberInfo): PSObject {
  const o = new PSObject(['Microsoft.PowerShell.Commands.MemberDefinition', 'System.Object']);
  o.addNote('TypeName', typeName, 'Property', 'System.String');
  o.addNote('Name', m.name, 'Property', 'System.String');
  o.addNote('MemberType', new EnumValue(PSMemberTypesEnum, MEMBER_TYPE_VALUES.find(([n]) => n === m.memberType)![1]), 'Property', PSMemberTypesEnum.fullName);
  o.addNote('Definition', m.definition, 'Property', 'System.String');
  o.sealed = true;
  o.toStringOverride = () => m.definition;
  return o;
}

/** String.Compare(..., OrdinalIgnoreCase): ordinal order of the upper-cased text. */
function ordinalIgnoreCase(a: string, b: string): number {
  const x = a.toUpperCase();
  const y = b.toUpperCase();
  return x < y ? -1 : x > y ? 1 : 0;
}

/** pwsh's MemberComparer: by the member type's name, then by member name. */
function compareMembers(a: MemberInfo, b: MemberInfo): number {
  return ordinalIgnoreCase(a.memberType, b.memberType) || ordinalIgnoreCase(a.name, b.name);
}

export const getMemberCommand: CommandDefinition = {
  name: 'Get-Member',
  aliases: ['gm'],
  module: 'Microsoft.PowerShell.Utility',
  synopsis: 'Gets the properties and methods of objects.',
  outputType: ['Microsoft.PowerShell.Commands.MemberDefinition'],
  parameters: PARAMETERS,
  create() {
    const seen = new Set<string>();
    return {
      process(ctx, input, hasInput) {
        const obj = hasInput ? input : ctx.params.InputObject;
        if (obj === null || obj === undefined) return;
        const isStatic = switchParam(ctx, 'Static');
        let typeName: string;
        if (isStatic) typeName = obj instanceof TypeRef ? obj.fullName : obj instanceof PSObject && obj.typeNames.includes(CUSTOM) ? CUSTOM : typeNameOf(obj);
        else typeName = obj instanceof PSObject ? obj.typeName : typeNameOf(obj);
        if (seen.has(typeName)) return;
        seen.add(typeName);
        let members: MemberInfo[] = isStatic ? [...staticCatalogFor(typeName)] : instanceMembers(obj);
        const force = switchParam(ctx, 'Force');
        if (force && !isStatic) members = members.concat(hiddenMembers(members));
        const mask = memberTypeMask(stringArrayParam(ctx, 'MemberType'));
        const views = stringArrayParam(ctx, 'View');
        const out: PSObject[] = [];
        for (const pattern of stringArrayParam(ctx, 'Name') ?? ['*']) {
          const re = wildcardToRegExp(pattern);
          const picked = members.filter((m) => {
            const bit = MEMBER_TYPE_VALUES.find(([n]) => n === m.memberType)![1];
            return (mask & bit) !== 0 && re.test(m.name) && viewAllows(views, m);
          });
          picked.sort(compareMembers);
          for (const m of picked) out.push(memberDefinition(typeName, m));
        }
        return writeEach(ctx, out);
      },
      end(ctx) {
        if (seen.size === 0) {
          ctx.writeError(
            invalidOperationError('You must specify an object for the Get-Member cmdlet.', 'NoObjectInGetMember,Microsoft.PowerShell.Commands.GetMemberCommand', null, 'CloseError'),
          );
        }
      },
    };
  },
};
