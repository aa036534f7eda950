// Add-Member: adds instance members (note, alias and script properties, script methods) and type names to
// objects, with pwsh's parameter sets, validation order and error messages (AddMemberCommand).
// PSObjects keep the members themselves; other reference values (hashtables, arrays, dates) keep them in
// the engine's instance-member table, as pwsh keeps them on the object's PSObject wrapper.

import type { CommandContext, CommandDefinition, ParameterDef } from '../../../src/pipeline/types.js';
import { isPromise } from '../../../src/pipeline/types.js';
import { PSObject, type PSProperty } from '../../../src/objects/psobject.js';
import { PSHashtable } from '../../../src/objects/hashtable.js';
import { TypeRef } from '../../../src/objects/typeref.js';
import { EnumValue } from '../../../src/objects/enum-value.js';
import { RuntimeError, makeErrorRecord, type ErrorRecord } from '../../../src/engine/errors.js';
import { convertTo, toStr, typeNameOf } from '../../../src/engine/conversions.js';
import { resolveTypeName } from '../../../src/engine/type-resolution.js';
import { ScriptBlock } from '../../../src/engine/scriptblock.js';
import { canHoldInstanceMembers, getMember, hasMethod, instanceMemberBag, listProperties, setMember } from '../../../src/engine/members.js';
import { PSMemberTypesEnum } from './get-member.js';
import { invalidOperationError } from './common/errors.js';
import { switchParam } from './common/params.js';

const MEMBER_SET = 'MemberSet';
const TYPE_NAME_SET = 'TypeNameSet';
const NOTE_SINGLE = 'NotePropertySingleMemberSet';
const NOTE_MULTI = 'NotePropertyMultiMemberSet';

const PARAMETERS: ParameterDef[] = [
  { name: 'InputObject', type: 'System.Management.Automation.PSObject', valueFromPipeline: true, mandatory: true },
  // pwsh binds a first positional argument to -MemberType only when it converts to PSMemberTypes, and otherwise to
  // -NotePropertyName or -NotePropertyMembers. The binder picks by position alone, so -MemberType and -Name take
  // any value here and memberSetArguments() converts them and redirects the other two forms.
  {
    name: 'MemberType',
    type: 'System.Object',
    aliases: ['Type'],
    position: 0,
    mandatory: true,
    parameterSets: [MEMBER_SET],
    completionValues: ['AliasProperty', 'NoteProperty', 'ScriptMethod', 'ScriptProperty'],
  },
  { name: 'Name', type: 'System.Object', position: 1, parameterSets: [MEMBER_SET] },
  { name: 'Value', type: 'System.Object', position: 2, parameterSets: [MEMBER_SET], allowNull: true },
  { name: 'SecondValue', type: 'System.Object', position: 3, parameterSets: [MEMBER_SET], allowNull: true },
  { name: 'TypeName', type: 'System.String', mandatory: [TYPE_NAME_SET], parameterSets: [TYPE_NAME_SET, MEMBER_SET, NOTE_SINGLE, NOTE_MULTI] },
  { name: 'Force', type: 'switch', parameterSets: [MEMBER_SET, NOTE_SINGLE, NOTE_MULTI] },
  { name: 'PassThru', type: 'switch' },
  { name: 'NotePropertyName', type: 'System.String', position: 0, mandatory: true, parameterSets: [NOTE_SINGLE] },
  { name: 'NotePropertyValue', type: 'System.Object', position: 1, mandatory: true, parameterSets: [NOTE_SINGLE], allowNull: true },
  { name: 'NotePropertyMembers', type: 'System.Collections.IDictionary', position: 0, mandatory: true, parameterSets: [NOTE_MULTI] },
];

// ------------------------------------------------------------------------------------------------
// Errors (AddMember.resx wording)
// ------------------------------------------------------------------------------------------------

function addMemberError(message: string, id: string, target: unknown = null): ErrorRecord {
  return invalidOperationError(message, `${id},Microsoft.PowerShell.Commands.AddMemberCommand`, target);
}

function terminate(message: string, id: string, target: unknown = null): never {
  throw new RuntimeError(addMemberError(message, id, target));
}

const memberAlreadyExists = (name: string, target: unknown): ErrorRecord =>
  addMemberError(
    `Cannot add a member with the name "${name}" because a member with that name already exists. To overwrite the member anyway, add the Force parameter to your command.`,
    'MemberAlreadyExists',
    target,
  );

const value2ShouldNotBeSpecified = (type: string): never =>
  terminate(
    `The SecondValue parameter is not necessary for a member of type "${type}", and should not be specified. Do not specify the SecondValue parameter when you add members of this type.`,
    'Value2ShouldNotBeSpecified',
  );

const value1Required = (type: string): never =>
  terminate(`The Value parameter is required for a member of type "${type}". Specify the Value parameter when adding members of this type.`, 'Value1Prompt');

const value1ShouldNotBeNull = (type: string): never =>
  terminate(
    `The Value parameter should not be null for a member of type "${type}". Specify a non-null value for the Value parameter when adding members of this type.`,
    'Value1ShouldNotBeNull',
  );

const value2ShouldNotBeNull = (type: string): never =>
  terminate(
    `The SecondValue parameter should not be null for a member of type "${type}". Specify a non-null value for the SecondValue parameter when adding members of this type.`,
    'Value2ShouldNotBeNull',
  );

/** Strings, numbers and booleans are copied, not referenced, so a member added to one could not be kept. */
function valueTypeTarget(target: unknown): ErrorRecord {
  const type = typeNameOf(target);
  return addMemberError(
    `Cannot add a member to a value of type "${type}": awsps keeps instance members only on objects, hashtables and arrays. Wrap the value in an object first, for example [pscustomobject]@{ Value = $value }, and add the member to that object.`,
    'CannotAddMemberToValue',
    target,
  );
}

// ------------------------------------------------------------------------------------------------
// Running member scripts ($this = the object)
// ------------------------------------------------------------------------------------------------

type Invoke = CommandContext['invoke'];

function unwrap(items: unknown[]): unknown {
  if (items.length === 0) return null;
  return items.length === 1 ? items[0] : items;
}

/** pwsh surfaces an error thrown inside a member script as a statement-terminating MethodInvocation/GetValue/SetValue exception. */
function wrapScriptError(err: unknown, message: (inner: string) => string, type: string, id: string): unknown {
  if (!(err instanceof RuntimeError)) return err;
  return new RuntimeError(
    makeErrorRecord(message(err.message), {
      type,
      id,
      category: 'NotSpecified',
      baseTypeNames: ['System.Management.Automation.RuntimeException', 'System.SystemException', 'System.Exception'],
    }),
  );
}

/** Runs a getter or setter block synchronously: a property read cannot wait for a command to finish. */
function runPropertyScript(invoke: Invoke, sb: ScriptBlock, self: unknown, args: unknown[], name: string, setting: boolean): unknown {
  const verb = setting ? 'setting' : 'getting';
  const type = setting ? 'System.Management.Automation.SetValueInvocationException' : 'System.Management.Automation.GetValueInvocationException';
  const id = setting ? 'ScriptSetValueRuntimeException' : 'ScriptGetValueRuntimeException';
  let out: unknown[] | Promise<unknown[]>;
  try {
    out = invoke(sb, { args, variables: { this: self } });
  } catch (err) {
    throw wrapScriptError(err, (m) => `Exception ${verb} "${name}": "${m}"`, type, id);
  }
  if (isPromise(out)) {
    out.catch(() => undefined);
    throw new RuntimeError(
      makeErrorRecord(`Exception ${verb} "${name}": "The ScriptProperty script waited for a command; awsps runs property scripts synchronously. Use a ScriptMethod for scripts that call such commands."`, {
        type,
        id: 'ScriptPropertyIsAsync',
        category: 'NotImplemented',
      }),
    );
  }
  return unwrap(out);
}

function runMethodScript(invoke: Invoke, sb: ScriptBlock, self: unknown, args: unknown[], name: string): unknown {
  const wrap = (err: unknown): unknown =>
    wrapScriptError(err, (m) => `Exception calling "${name}" with "${args.length}" argument(s): "${m}"`, 'System.Management.Automation.MethodInvocationException', 'ScriptMethodRuntimeException');
  let out: unknown[] | Promise<unknown[]>;
  try {
    out = invoke(sb, { args, variables: { this: self } });
  } catch (err) {
    throw wrap(err);
  }
  if (isPromise(out)) {
    return out.then(unwrap, (err: unknown) => {
      throw wrap(err);
    });
  }
  return unwrap(out);
}

// ------------------------------------------------------------------------------------------------
// Building members
// ------------------------------------------------------------------------------------------------

/** A property to add, or a script method. */
type NewMember =
  | { kind: 'property'; name: string; build: (holder: PSObject, target: unknown) => PSProperty }
  | { kind: 'method'; name: string; script: ScriptBlock };

/** What a member script sees as $this: the PSObject itself (so copies get their own), or the value a bag belongs to. */
function thisOf(holder: PSObject, target: unknown): (self: PSObject) => unknown {
  return holder === target ? (self) => self : () => target;
}

function toScriptBlock(v: unknown): ScriptBlock {
  if (v instanceof ScriptBlock) return v;
  return convertTo(v, 'System.Management.Automation.ScriptBlock') as ScriptBlock;
}

interface MemberArgs {
  name: string;
  value: unknown;
  secondValue: unknown;
  hasValue: boolean;
  hasSecondValue: boolean;
}

function noteMember(name: string, value: unknown): NewMember {
  return { kind: 'property', name, build: () => ({ name, value, kind: 'NoteProperty' }) };
}

function noteProperty(a: MemberArgs): NewMember {
  if (!a.hasValue) value1Required('NoteProperty');
  if (a.hasSecondValue) value2ShouldNotBeSpecified('NoteProperty');
  return noteMember(a.name, a.value);
}

function aliasProperty(a: MemberArgs): NewMember {
  if (!a.hasValue) value1Required('AliasProperty');
  if (a.value === null) value1ShouldNotBeNull('AliasProperty');
  const referenced = toStr(a.value);
  if (referenced === '') terminate('The member referenced by this alias should not be null or empty.', 'AliasReferenceShouldNotBeNullOrEmpty');
  let conversion: string | undefined;
  if (a.hasSecondValue) {
    if (a.secondValue === null) value2ShouldNotBeNull('AliasProperty');
    conversion = (convertTo(a.secondValue, 'System.Type') as TypeRef).fullName;
  }
  const definition = `${a.name} = ${conversion ? `(${conversion})` : ''}${referenced}`;
  return {
    kind: 'property',
    name: a.name,
    build: (holder, target) => {
      const self = thisOf(holder, target);
      return {
        name: a.name,
        value: undefined,
        kind: 'AliasProperty',
        definition,
        typeName: conversion,
        getter: (o) => {
          const v = getMember(self(o), referenced);
          return conversion ? convertTo(v, conversion) : v;
        },
        setter: (o, value) => setMember(self(o), referenced, value),
      };
    },
  };
}

function scriptProperty(a: MemberArgs, invoke: Invoke): NewMember {
  if (!a.hasValue) value1Required('ScriptProperty');
  if (a.value === null && (a.secondValue === null || !a.hasSecondValue)) {
    terminate(
      'Both Value and SecondValue parameters should not be null for a member of type "ScriptProperty". Specify a non-null value for one of the two parameters.',
      'Value1AndValue2AreNotBothNull',
    );
  }
  const get = a.value === null ? undefined : toScriptBlock(a.value);
  const set = a.hasSecondValue && a.secondValue !== null ? toScriptBlock(a.secondValue) : undefined;
  const definition = `System.Object ${a.name} {${get ? `get=${get.text};` : ''}${set ? `set=${set.text};` : ''}}`;
  const name = a.name;
  return {
    kind: 'property',
    name,
    build: (holder, target) => {
      const self = thisOf(holder, target);
      return {
        name,
        value: undefined,
        kind: 'ScriptProperty',
        definition,
        getter: get
          ? (o) => runPropertyScript(invoke, get, self(o), [], name, false)
          : () => {
              throw new RuntimeError(makeErrorRecord(`Get accessor for property "${name}" is unavailable.`, { id: 'GetWithoutGetterFromScriptPropertyValue', category: 'InvalidOperation' }));
            },
        setter: set ? (o, value) => void runPropertyScript(invoke, set, self(o), [value], name, true) : undefined,
      };
    },
  };
}

function scriptMethod(a: MemberArgs): NewMember {
  if (a.hasSecondValue) value2ShouldNotBeSpecified('ScriptMethod');
  if (!a.hasValue) value1Required('ScriptMethod');
  if (a.value === null) value1ShouldNotBeNull('ScriptMethod');
  return { kind: 'method', name: a.name, script: toScriptBlock(a.value) };
}

/** The member -MemberType asks for, validated in AddMemberCommand's order. */
function memberFromType(memberType: EnumValue, a: MemberArgs, invoke: Invoke): NewMember {
  const bits = memberType.value;
  if (bits === 0 || (bits & (bits - 1)) !== 0) {
    terminate(`To add a member, only one member type can be specified. The member types specified are: "${memberType.toString()}"`, 'WrongMemberCount');
  }
  const type = memberType.toString();
  switch (type) {
    case 'NoteProperty':
      return noteProperty(a);
    case 'AliasProperty':
      return aliasProperty(a);
    case 'ScriptProperty':
      return scriptProperty(a, invoke);
    case 'ScriptMethod':
      return scriptMethod(a);
    case 'CodeProperty':
    case 'CodeMethod':
      return terminate(
        `Cannot add a member with type "${type}": awsps cannot reference compiled .NET methods. Use a ScriptProperty or a ScriptMethod instead.`,
        'CannotAddMemberType',
      );
    case 'PropertySet':
    case 'MemberSet':
      return terminate(`Cannot add a member with type "${type}": awsps does not support member sets or property sets.`, 'CannotAddMemberType');
    default:
      return terminate(`Cannot add a member with type "${type}". Specify a different type for the MemberTypes parameter.`, 'CannotAddMemberType');
  }
}

// ------------------------------------------------------------------------------------------------
// Adding to the target
// ------------------------------------------------------------------------------------------------

/** Where the target's instance members live. */
function holderOf(target: object): PSObject {
  return target instanceof PSObject ? target : instanceMemberBag(target, true)!;
}

/** pwsh's Members[name]: instance members, methods (ToString, ...) and, for other values, their .NET properties. */
function memberTaken(holder: PSObject, target: object, name: string): boolean {
  if (holder.has(name) || holder.getMethod(name)) return true;
  const lname = name.toLowerCase();
  if (lname === 'psobject' || lname === 'pstypenames') return true;
  // An array's own methods only: hasMethod also answers for its elements' (member enumeration).
  if (hasMethod(Array.isArray(target) ? [] : target, name)) return true;
  if (!(target instanceof PSObject) && listProperties(target).some((p) => p.name.toLowerCase() === lname)) return true;
  return false;
}

/** AddMemberToTarget: false (after writing MemberAlreadyExists) when the name is taken and -Force is not given. */
function addToTarget(ctx: CommandContext, target: object, member: NewMember, invoke: Invoke): boolean {
  const holder = holderOf(target);
  if (memberTaken(holder, target, member.name)) {
    if (!switchParam(ctx, 'Force')) {
      ctx.writeError(memberAlreadyExists(member.name, target));
      return false;
    }
    holder.remove(member.name);
    holder.removeMethod(member.name);
  }
  if (member.kind === 'property') {
    holder.addProperty(member.build(holder, target));
    return true;
  }
  const { name, script } = member;
  holder.addMethod({ name, kind: 'ScriptMethod', script, definition: `System.Object ${name}();`, invoke: (self, args) => runMethodScript(invoke, script, self, args, name) });
  // A ToString script method is also what string conversion uses ("$obj"), as PSObject.ToString does.
  if (name.toLowerCase() === 'tostring' && target instanceof PSObject) target.toStringOverride = (self) => toStr(runMethodScript(invoke, script, self, [], name));
  return true;
}

/** UpdateTypeNames: the name goes first; a type pwsh can resolve is recorded by its full name. */
function addTypeName(target: object, typeName: string): void {
  if (!(target instanceof PSObject)) {
    terminate(
      `Cannot add the type name "${typeName}" to a value of type "${typeNameOf(target)}": awsps keeps type names only on objects. Wrap the value in a [pscustomobject] first.`,
      'CannotAddTypeName',
      target,
    );
  }
  const resolved = resolveTypeName(typeName);
  target.typeNames.unshift(resolved ? resolved.fullName : typeName);
}

function noteMembers(ctx: CommandContext, dictionary: unknown): Array<{ name: string; value: unknown }> {
  if (!(dictionary instanceof PSHashtable)) return [];
  const out: Array<{ name: string; value: unknown }> = [];
  for (const { key, value } of dictionary.entries()) {
    const name = key === null || key === undefined ? '' : toStr(key);
    if (name === '') {
      ctx.writeError(addMemberError('The name for a NoteProperty member should not be null or an empty string.', 'NotePropertyNameShouldNotBeNull', name));
      continue;
    }
    out.push({ name, value: value === undefined ? null : value });
  }
  return out;
}

/** -NotePropertyName may not be a member type name: pwsh's ValidateNotePropertyNameAttribute. */
const ADDABLE_TYPES = ['AliasProperty', 'CodeMethod', 'CodeProperty', 'MemberSet', 'NoteProperty', 'PropertySet', 'ScriptMethod', 'ScriptProperty'];

function validateNotePropertyName(name: string): void {
  if (ADDABLE_TYPES.some((t) => t.toLowerCase() === name.trim().toLowerCase())) {
    throw new RuntimeError(
      makeErrorRecord(
        `Cannot validate argument on parameter 'NotePropertyName'. The parameter NotePropertyName cannot take values that could be converted to the type ${PSMemberTypesEnum.fullName}. To define the name of a member with those values, use Add-Member, and specify the member type.`,
        {
          type: 'System.Management.Automation.ParameterBindingValidationException',
          id: 'ParameterArgumentValidationError,Microsoft.PowerShell.Commands.AddMemberCommand',
          category: 'InvalidData',
          baseTypeNames: ['System.Management.Automation.ParameterBindingException', 'System.Management.Automation.RuntimeException', 'System.SystemException', 'System.Exception'],
        },
      ),
    );
  }
}

function parameterBindingError(message: string, id: string): RuntimeError {
  return new RuntimeError(
    makeErrorRecord(message, {
      type: 'System.Management.Automation.ParameterBindingException',
      id: `${id},Microsoft.PowerShell.Commands.AddMemberCommand`,
      category: 'InvalidArgument',
      baseTypeNames: ['System.Management.Automation.RuntimeException', 'System.SystemException', 'System.Exception'],
    }),
  );
}

/** -MemberType's value as PSMemberTypes, or undefined when it does not convert. */
function tryMemberType(raw: unknown): EnumValue | undefined {
  if (raw instanceof EnumValue && raw.type === PSMemberTypesEnum) return raw;
  if (typeof raw !== 'string' && typeof raw !== 'number') return undefined;
  try {
    return convertTo(raw, PSMemberTypesEnum.fullName) as EnumValue;
  } catch (e) {
    if (e instanceof RuntimeError) return undefined;
    throw e;
  }
}

type Resolved =
  | { set: typeof MEMBER_SET; memberType: EnumValue; args: MemberArgs }
  | { set: typeof NOTE_SINGLE; name: string; value: unknown }
  | { set: typeof NOTE_MULTI; members: unknown };

/** The MemberSet arguments, or the note-property form pwsh would have bound the positional arguments to. */
function memberSetArguments(ctx: CommandContext): Resolved {
  const raw = ctx.params.MemberType;
  const memberType = tryMemberType(raw);
  const onlyFirstTwo = !ctx.isBound('Value') && !ctx.isBound('SecondValue');
  if (!memberType) {
    if (raw instanceof PSHashtable && !ctx.isBound('Name') && onlyFirstTwo) return { set: NOTE_MULTI, members: raw };
    if ((typeof raw === 'string' || typeof raw === 'number') && ctx.isBound('Name') && onlyFirstTwo) {
      return { set: NOTE_SINGLE, name: toStr(raw), value: ctx.params.Name ?? null };
    }
    try {
      convertTo(raw ?? null, PSMemberTypesEnum.fullName);
    } catch (e) {
      if (e instanceof RuntimeError) throw parameterBindingError(`Cannot bind parameter 'MemberType'. ${e.message}`, 'CannotConvertArgumentNoMessage');
      throw e;
    }
    throw parameterBindingError(`Cannot bind parameter 'MemberType'. Cannot convert value "${toStr(raw)}" to type "${PSMemberTypesEnum.fullName}".`, 'CannotConvertArgumentNoMessage');
  }
  if (!ctx.isBound('Name') || ctx.params.Name === null || ctx.params.Name === undefined) {
    throw parameterBindingError('Cannot process command because of one or more missing mandatory parameters: Name.', 'MissingMandatoryParameter');
  }
  return {
    set: MEMBER_SET,
    memberType,
    args: {
      name: toStr(ctx.params.Name),
      value: ctx.params.Value === undefined ? null : ctx.params.Value,
      secondValue: ctx.params.SecondValue === undefined ? null : ctx.params.SecondValue,
      hasValue: ctx.isBound('Value'),
      hasSecondValue: ctx.isBound('SecondValue'),
    },
  };
}

function resolveArguments(ctx: CommandContext): Resolved {
  switch (ctx.parameterSetName) {
    case NOTE_MULTI:
      return { set: NOTE_MULTI, members: ctx.params.NotePropertyMembers };
    case NOTE_SINGLE: {
      const name = String(ctx.params.NotePropertyName);
      validateNotePropertyName(name);
      return { set: NOTE_SINGLE, name, value: ctx.params.NotePropertyValue === undefined ? null : ctx.params.NotePropertyValue };
    }
    default:
      return memberSetArguments(ctx);
  }
}

function processOne(ctx: CommandContext, target: unknown): void | Promise<void> {
  const typeName = ctx.params.TypeName;
  if (typeof typeName === 'string' && typeName.trim() === '') {
    terminate('The TypeName parameter should not be null, empty, or contain only white spaces.', 'TypeNameShouldNotBeEmpty', typeName);
  }
  if (!canHoldInstanceMembers(target)) {
    ctx.writeError(valueTypeTarget(target));
    return;
  }
  const invoke: Invoke = ctx.invoke.bind(ctx);
  const passThru = switchParam(ctx, 'PassThru');
  if (ctx.parameterSetName === TYPE_NAME_SET) {
    addTypeName(target, String(typeName));
    return passThru ? ctx.write(target) : undefined;
  }
  const resolved = resolveArguments(ctx);
  let added = false;
  if (resolved.set === NOTE_MULTI) {
    for (const { name, value } of noteMembers(ctx, resolved.members)) {
      if (addToTarget(ctx, target, noteMember(name, value), invoke)) added = true;
    }
  } else if (resolved.set === NOTE_SINGLE) {
    added = addToTarget(ctx, target, noteMember(resolved.name, resolved.value), invoke);
  } else {
    added = addToTarget(ctx, target, memberFromType(resolved.memberType, resolved.args, invoke), invoke);
  }
  if (!added) return;
  if (typeof typeName === 'string') addTypeName(target, typeName);
  return passThru ? ctx.write(target) : undefined;
}

export const addMemberCommand: CommandDefinition = {
  name: 'Add-Member',
  module: 'Microsoft.PowerShell.Utility',
  synopsis: 'Adds custom properties and methods to an instance of a PowerShell object.',
  outputType: ['System.Object'],
  defaultParameterSet: TYPE_NAME_SET,
  parameters: PARAMETERS,
  create() {
    return {
      process(ctx, input, hasInput) {
        return processOne(ctx, hasInput ? input : ctx.params.InputObject);
      },
    };
  },
};
