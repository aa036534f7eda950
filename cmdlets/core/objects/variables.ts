// The variable cmdlets: Get-Variable, Set-Variable, New-Variable, Remove-Variable, Clear-Variable.
// Values live in the session (SessionStateApi); the description and options a cmdlet sets are
// remembered here per runspace (SessionStateApi has no place for them), so Get-Variable shows them
// and these cmdlets honour ReadOnly/Constant.

import type { CommandContext, CommandDefinition, SessionStateApi, ParameterDef } from '../../../src/pipeline/types.js';
import { PSObject } from '../../../src/objects/psobject.js';
import { EnumValue, registerEnumType } from '../../../src/objects/enum-value.js';
import { compareStrings, hasWildcard, wildcardToRegExp } from '../../../src/engine/operators.js';
import { stringArrayParam, stringParam, switchParam } from './common/params.js';
import { notFoundError, sessionStateError } from './common/errors.js';
import { makeErrorRecord } from '../../../src/engine/errors.js';
import { registerKnownType } from '../../../src/engine/type-resolution.js';
import { writeEach } from './common/flow.js';
import { runspaceState } from './common/runspace.js';

export const ScopedItemOptionsEnum = registerEnumType({
  fullName: 'System.Management.Automation.ScopedItemOptions',
  members: [
    ['None', 0],
    ['ReadOnly', 1],
    ['Constant', 2],
    ['Private', 4],
    ['AllScope', 8],
    ['Unspecified', 16],
  ],
  flags: true,
});

export const SessionStateEntryVisibilityEnum = registerEnumType({
  fullName: 'System.Management.Automation.SessionStateEntryVisibility',
  members: [
    ['Public', 0],
    ['Private', 1],
  ],
});

registerKnownType(ScopedItemOptionsEnum.fullName);
registerKnownType(SessionStateEntryVisibilityEnum.fullName);

const READ_ONLY = 1;
const CONSTANT = 2;

interface VariableMeta {
  description: string;
  options: number;
  visibility: number;
}

function metaTable(ctx: CommandContext): Map<string, VariableMeta> {
  return runspaceState(ctx, 'variableMetadata', () => new Map<string, VariableMeta>());
}

function metaOf(ctx: CommandContext, name: string): VariableMeta {
  return metaTable(ctx).get(name.toLowerCase()) ?? { description: '', options: 0, visibility: 0 };
}

/** A System.Management.Automation.PSVariable as Get-Variable writes it. */
export function psVariable(ctx: CommandContext, name: string, value: unknown): PSObject {
  const meta = metaOf(ctx, name);
  const o = new PSObject(['System.Management.Automation.PSVariable', 'System.Object']);
  o.addNote('Name', name, 'Property', 'System.String');
  o.addNote('Description', meta.description, 'Property', 'System.String');
  o.addNote('Value', value === undefined ? null : value, 'Property', 'System.Object');
  o.addNote('Visibility', new EnumValue(SessionStateEntryVisibilityEnum, meta.visibility), 'Property', 'System.Management.Automation.SessionStateEntryVisibility');
  o.addNote('Module', null, 'Property', 'System.Management.Automation.PSModuleInfo');
  o.addNote('ModuleName', '', 'Property', 'System.String');
  o.addNote('Options', new EnumValue(ScopedItemOptionsEnum, meta.options), 'Property', 'System.Management.Automation.ScopedItemOptions');
  o.addNote('Attributes', [], 'Property', 'System.Collections.ObjectModel.Collection`1[[System.Attribute]]');
  o.sealed = true;
  o.toStringOverride = () => name;
  return o;
}

/** Numeric value of an -Option / -Visibility argument (enum value, name(s) or number). */
function flagValue(v: unknown, names: ReadonlyArray<readonly [string, number]>): number {
  if (v === undefined || v === null) return 0;
  if (v instanceof EnumValue) return v.value;
  if (typeof v === 'number') return v;
  let out = 0;
  for (const part of (Array.isArray(v) ? v : String(v).split(',')).map((p) => String(p).trim())) {
    const m = names.find(([n]) => n.toLowerCase() === part.toLowerCase());
    if (m) out |= m[1];
  }
  return out;
}

/** Session variables sorted by name, as Get-Variable lists them. */
function allVariables(session: SessionStateApi): Array<[string, unknown]> {
  return [...session.listVariables()].sort((a, b) => compareStrings(a[0], b[0]));
}

function matchesAny(name: string, patterns: string[] | undefined): boolean {
  if (!patterns || patterns.length === 0) return false;
  return patterns.some((p) => wildcardToRegExp(p).test(name));
}

/** Names matching -Name (wildcards) and -Include/-Exclude, existing only. */
function selectVariables(ctx: CommandContext, names: string[]): Array<[string, unknown]> {
  const include = stringArrayParam(ctx, 'Include');
  const exclude = stringArrayParam(ctx, 'Exclude');
  return allVariables(ctx.session).filter(
    ([n]) => matchesAny(n, names) && (!include || include.length === 0 || matchesAny(n, include)) && !matchesAny(n, exclude),
  );
}

function variableNotFound(name: string, command: string): ReturnType<typeof notFoundError> {
  return notFoundError(`Cannot find a variable with the name '${name}'.`, `VariableNotFound,Microsoft.PowerShell.Commands.${command}`, name);
}

function scopeOf(ctx: CommandContext): string | undefined {
  return stringParam(ctx, 'Scope');
}

function isProtected(ctx: CommandContext, name: string, force: boolean): boolean {
  const o = metaOf(ctx, name).options;
  return (o & CONSTANT) !== 0 || (!force && (o & READ_ONLY) !== 0);
}

function notWritable(name: string, command: string): ReturnType<typeof sessionStateError> {
  return sessionStateError(
    `Cannot overwrite variable ${name} because it is read-only or constant.`,
    `VariableNotWritable,Microsoft.PowerShell.Commands.${command}`,
    'WriteError',
    name,
  );
}

/** Stores -Description/-Option/-Visibility given to Set-Variable / New-Variable. */
function rememberMeta(ctx: CommandContext, name: string): void {
  const table = metaTable(ctx);
  const key = name.toLowerCase();
  const current = table.get(key) ?? { description: '', options: 0, visibility: 0 };
  if (ctx.isBound('Description')) current.description = stringParam(ctx, 'Description') ?? '';
  if (ctx.isBound('Option')) current.options = flagValue(ctx.params.Option, ScopedItemOptionsEnum.members);
  if (ctx.isBound('Visibility')) current.visibility = flagValue(ctx.params.Visibility, SessionStateEntryVisibilityEnum.members);
  table.set(key, current);
}

const OPTION_NAMES = ScopedItemOptionsEnum.members.map(([n]) => n);
const VISIBILITY_NAMES = SessionStateEntryVisibilityEnum.members.map(([n]) => n);

// ---------------------------------------------------------------------------------------------------------------
// Get-Variable

const getVariableParams: ParameterDef[] = [
  { name: 'Name', type: 'System.String[]', position: 0, valueFromPipeline: true, valueFromPipelineByPropertyName: true },
  { name: 'ValueOnly', type: 'switch' },
  { name: 'Include', type: 'System.String[]' },
  { name: 'Exclude', type: 'System.String[]' },
  { name: 'Scope', type: 'System.String' },
];

export const getVariableCommand: CommandDefinition = {
  name: 'Get-Variable',
  aliases: ['gv'],
  module: 'Microsoft.PowerShell.Utility',
  synopsis: 'Gets the variables in the current console.',
  outputType: ['System.Management.Automation.PSVariable'],
  parameters: getVariableParams,
  create() {
    return {
      process(ctx) {
        const names = stringArrayParam(ctx, 'Name') ?? ['*'];
        const found = selectVariables(ctx, names);
        for (const n of names) {
          if (!hasWildcard(n) && !found.some(([name]) => name.toLowerCase() === n.toLowerCase())) {
            ctx.writeError(variableNotFound(n, 'GetVariableCommand'));
          }
        }
        const valueOnly = switchParam(ctx, 'ValueOnly');
        return writeEach(
          ctx,
          found.map(([name, value]) => (valueOnly ? value : psVariable(ctx, name, value))),
        );
      },
    };
  },
};

// ---------------------------------------------------------------------------------------------------------------
// Set-Variable

const setVariableParams: ParameterDef[] = [
  { name: 'Name', type: 'System.String[]', position: 0, mandatory: true, valueFromPipelineByPropertyName: true },
  { name: 'Value', type: 'System.Object', position: 1, valueFromPipeline: true, valueFromPipelineByPropertyName: true, allowNull: true },
  { name: 'Include', type: 'System.String[]' },
  { name: 'Exclude', type: 'System.String[]' },
  { name: 'Description', type: 'System.String', valueFromPipelineByPropertyName: true },
  { name: 'Option', type: 'System.Management.Automation.ScopedItemOptions', valueFromPipelineByPropertyName: true, validateSet: OPTION_NAMES },
  { name: 'Force', type: 'switch' },
  { name: 'Visibility', type: 'System.Management.Automation.SessionStateEntryVisibility', valueFromPipelineByPropertyName: true, validateSet: VISIBILITY_NAMES },
  { name: 'PassThru', type: 'switch' },
  { name: 'Scope', type: 'System.String', valueFromPipelineByPropertyName: true },
];

/** Sets each named variable (wildcards select existing ones) and returns what -PassThru writes. */
function setVariables(ctx: CommandContext, value: unknown, command: string): unknown[] {
  const names = stringArrayParam(ctx, 'Name') ?? [];
  const force = switchParam(ctx, 'Force');
  const out: unknown[] = [];
  for (const n of names) {
    const targets = hasWildcard(n) ? selectVariables(ctx, [n]).map(([name]) => name) : [n];
    for (const name of targets) {
      if (ctx.session.hasVariable(name) && isProtected(ctx, name, force)) {
        ctx.writeError(notWritable(name, command));
        continue;
      }
      ctx.session.setVariable(name, value, scopeOf(ctx));
      rememberMeta(ctx, name);
      if (switchParam(ctx, 'PassThru')) out.push(psVariable(ctx, name, value));
    }
  }
  return out;
}

export const setVariableCommand: CommandDefinition = {
  name: 'Set-Variable',
  aliases: ['set', 'sv'],
  module: 'Microsoft.PowerShell.Utility',
  synopsis: 'Sets the value of a variable. Creates the variable if one with the requested name does not exist.',
  parameters: setVariableParams,
  create() {
    // Values piped in (with no -Value argument) are collected and assigned at the end, as pwsh does.
    let piped: unknown[] | undefined;
    return {
      process(ctx, input, hasInput) {
        if (hasInput) {
          (piped ??= []).push(input);
          return;
        }
        const value = ctx.isBound('Value') ? (ctx.params.Value ?? null) : null;
        return writeEach(ctx, setVariables(ctx, value, 'SetVariableCommand'));
      },
      end(ctx) {
        if (!piped) return;
        const value = piped.length === 0 ? null : piped.length === 1 ? piped[0] : piped;
        return writeEach(ctx, setVariables(ctx, value, 'SetVariableCommand'));
      },
    };
  },
};

// ---------------------------------------------------------------------------------------------------------------
// New-Variable

const newVariableParams: ParameterDef[] = [
  { name: 'Name', type: 'System.String', position: 0, mandatory: true, valueFromPipelineByPropertyName: true },
  { name: 'Value', type: 'System.Object', position: 1, valueFromPipeline: true, valueFromPipelineByPropertyName: true, allowNull: true },
  { name: 'Description', type: 'System.String' },
  { name: 'Option', type: 'System.Management.Automation.ScopedItemOptions', validateSet: OPTION_NAMES },
  { name: 'Visibility', type: 'System.Management.Automation.SessionStateEntryVisibility', validateSet: VISIBILITY_NAMES },
  { name: 'Force', type: 'switch' },
  { name: 'PassThru', type: 'switch' },
  { name: 'Scope', type: 'System.String' },
];

export const newVariableCommand: CommandDefinition = {
  name: 'New-Variable',
  aliases: ['nv'],
  module: 'Microsoft.PowerShell.Utility',
  synopsis: 'Creates a new variable.',
  parameters: newVariableParams,
  create() {
    return {
      process(ctx, input, hasInput) {
        const name = stringParam(ctx, 'Name') ?? '';
        const value = hasInput ? input : ctx.isBound('Value') ? (ctx.params.Value ?? null) : null;
        const force = switchParam(ctx, 'Force');
        if (ctx.session.hasVariable(name)) {
          if (!force) {
            ctx.writeError(
              makeErrorRecord(`A variable with name '${name}' already exists.`, {
                type: 'System.Management.Automation.SessionStateUnauthorizedAccessException',
                baseTypeNames: ['System.Management.Automation.SessionStateException', 'System.Management.Automation.RuntimeException', 'System.SystemException', 'System.Exception'],
                id: 'VariableAlreadyExists,Microsoft.PowerShell.Commands.NewVariableCommand',
                category: 'ResourceExists',
                target: name,
              }),
            );
            return;
          }
          if (isProtected(ctx, name, true)) {
            ctx.writeError(notWritable(name, 'NewVariableCommand'));
            return;
          }
        }
        // A fresh variable starts with fresh metadata.
        metaTable(ctx).delete(name.toLowerCase());
        ctx.session.setVariable(name, value, scopeOf(ctx));
        rememberMeta(ctx, name);
        if (switchParam(ctx, 'PassThru')) return ctx.write(psVariable(ctx, name, value));
      },
    };
  },
};

// ---------------------------------------------------------------------------------------------------------------
// Remove-Variable / Clear-Variable

function namedVariableParams(withPassThru: boolean): ParameterDef[] {
  const params: ParameterDef[] = [
    { name: 'Name', type: 'System.String[]', position: 0, mandatory: true, valueFromPipelineByPropertyName: true },
    { name: 'Include', type: 'System.String[]' },
    { name: 'Exclude', type: 'System.String[]' },
    { name: 'Force', type: 'switch' },
  ];
  if (withPassThru) params.push({ name: 'PassThru', type: 'switch' });
  params.push({ name: 'Scope', type: 'System.String', valueFromPipelineByPropertyName: true });
  return params;
}

/** The existing variables -Name selects; unknown literal names are reported. */
function targetsOrErrors(ctx: CommandContext, command: string): string[] {
  const names = stringArrayParam(ctx, 'Name') ?? [];
  const out: string[] = [];
  for (const n of names) {
    const found = selectVariables(ctx, [n]).map(([name]) => name);
    if (found.length === 0 && !hasWildcard(n)) ctx.writeError(variableNotFound(n, command));
    out.push(...found);
  }
  return out;
}

export const removeVariableCommand: CommandDefinition = {
  name: 'Remove-Variable',
  aliases: ['rv'],
  module: 'Microsoft.PowerShell.Utility',
  synopsis: 'Deletes a variable and its value.',
  parameters: namedVariableParams(false),
  create() {
    return {
      process(ctx) {
        const force = switchParam(ctx, 'Force');
        for (const name of targetsOrErrors(ctx, 'RemoveVariableCommand')) {
          if (isProtected(ctx, name, force)) {
            ctx.writeError(
              sessionStateError(
                `Cannot remove variable ${name} because it is constant or read-only. If the variable is read-only, try the operation again specifying the Force option.`,
                'VariableNotRemovable,Microsoft.PowerShell.Commands.RemoveVariableCommand',
                'WriteError',
                name,
              ),
            );
            continue;
          }
          ctx.session.removeVariable(name, scopeOf(ctx));
          metaTable(ctx).delete(name.toLowerCase());
        }
      },
    };
  },
};

export const clearVariableCommand: CommandDefinition = {
  name: 'Clear-Variable',
  aliases: ['clv'],
  module: 'Microsoft.PowerShell.Utility',
  synopsis: 'Deletes the value of a variable.',
  parameters: namedVariableParams(true),
  create() {
    return {
      process(ctx) {
        const force = switchParam(ctx, 'Force');
        const out: unknown[] = [];
        for (const name of targetsOrErrors(ctx, 'ClearVariableCommand')) {
          if (isProtected(ctx, name, force)) {
            ctx.writeError(notWritable(name, 'ClearVariableCommand'));
            continue;
          }
          ctx.session.setVariable(name, null, scopeOf(ctx));
          if (switchParam(ctx, 'PassThru')) out.push(psVariable(ctx, name, null));
        }
        return writeEach(ctx, out);
      },
    };
  },
};
