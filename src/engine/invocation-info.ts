// $MyInvocation: pwsh's InvocationInfo for the running function or script, with its MyCommand (a FunctionInfo,
// ExternalScriptInfo or ScriptInfo). Built on first read: most functions never look at it.

import * as path from 'node:path';
import { PSObject } from '../objects/psobject.js';
import { PSHashtable } from '../objects/hashtable.js';
import type { ParameterDef } from '../pipeline/types.js';
import type { ScriptPosition } from './errors.js';
import type { ScriptBlock } from './scriptblock.js';
import { COMMON_PARAMETER_NAMES } from '../pipeline/processor.js';

/** What kind of command a script block runs as: CommandInfo.CommandType. */
export type ScriptCommandKind = 'Function' | 'Filter' | 'ExternalScript' | 'Script';

export interface ScriptCommandIdentity {
  kind: ScriptCommandKind;
  /** Function name; the script file's full path for ExternalScript; '' for a script block. */
  name: string;
  scriptBlock: ScriptBlock;
  params: ParameterDef[];
  advanced: boolean;
  defaultSet?: string;
}

export interface InvocationData {
  command: ScriptCommandIdentity;
  invocationName: string;
  boundParameters: PSHashtable;
  unboundArguments: unknown[];
  /** Where the command was invoked; none for the top level and -File. */
  position?: ScriptPosition;
  pipelineLength: number;
  pipelinePosition: number;
  expectingInput: boolean;
  commandOrigin: 'Runspace' | 'Internal';
}

const INVOCATION_INFO = ['System.Management.Automation.InvocationInfo', 'System.Object'];

export function invocationInfo(d: InvocationData): PSObject {
  return invocationInfoOf(commandInfo(d.command), d);
}

/** What a cmdlet's stream records carry as InvocationInfo: the cmdlet (by name) and where it was called. */
export interface CmdletInvocationData extends Omit<InvocationData, 'command' | 'unboundArguments' | 'commandOrigin'> {
  commandName: string;
}

export function cmdletInvocationInfo(d: CmdletInvocationData): PSObject {
  return invocationInfoOf(d.commandName, { ...d, unboundArguments: [], commandOrigin: 'Internal' });
}

function invocationInfoOf(myCommand: unknown, d: Omit<InvocationData, 'command'>): PSObject {
  const o = new PSObject(INVOCATION_INFO);
  const pos = d.position;
  const file = pos?.file ?? '';
  o.addNote('MyCommand', myCommand, 'Property');
  o.addNote('BoundParameters', d.boundParameters, 'Property');
  o.addNote('UnboundArguments', d.unboundArguments, 'Property');
  o.addNote('ScriptLineNumber', pos?.line ?? 0, 'Property');
  o.addNote('OffsetInLine', pos?.column ?? 0, 'Property');
  o.addNote('HistoryId', 1, 'Property');
  o.addNote('ScriptName', file, 'Property');
  o.addNote('Line', pos?.lineText ?? '', 'Property');
  o.addNote('Statement', pos ? pos.lineText.slice(pos.column - 1, pos.column - 1 + (pos.length ?? pos.lineText.length)) : '', 'Property');
  o.addNote('PositionMessage', pos ? positionMessage(pos) : '', 'Property');
  o.addNote('PSScriptRoot', file ? path.dirname(file) : '', 'Property');
  o.addNote('PSCommandPath', file, 'Property');
  o.addNote('InvocationName', d.invocationName, 'Property');
  o.addNote('PipelineLength', d.pipelineLength, 'Property');
  o.addNote('PipelinePosition', d.pipelinePosition, 'Property');
  o.addNote('ExpectingInput', d.expectingInput, 'Property');
  o.addNote('CommandOrigin', d.commandOrigin, 'Property');
  o.addNote('DisplayScriptPosition', null, 'Property');
  o.sealed = true;
  return o;
}

function positionMessage(pos: ScriptPosition): string {
  const where = pos.file ? `At ${pos.file}:${pos.line} char:${pos.column}` : `At line:${pos.line} char:${pos.column}`;
  const underline = ' '.repeat(Math.max(pos.column - 1, 0)) + '~'.repeat(Math.max(pos.length ?? 1, 1));
  return `${where}\n+ ${pos.lineText}\n+ ${underline}`;
}

const COMMAND_TYPE_NAMES: Record<ScriptCommandKind, string> = {
  Function: 'System.Management.Automation.FunctionInfo',
  Filter: 'System.Management.Automation.FilterInfo',
  ExternalScript: 'System.Management.Automation.ExternalScriptInfo',
  Script: 'System.Management.Automation.ScriptInfo',
};

/** MyCommand: the CommandInfo of a function, script file or script block, with pwsh's properties in pwsh's order. */
export function commandInfo(c: ScriptCommandIdentity): PSObject {
  const typeNames = [COMMAND_TYPE_NAMES[c.kind]];
  if (c.kind === 'Filter') typeNames.push('System.Management.Automation.FunctionInfo');
  const o = new PSObject([...typeNames, 'System.Management.Automation.CommandInfo', 'System.Object']);
  const text = c.scriptBlock.text;
  const add = (name: string, value: unknown): void => void o.addNote(name, value, 'Property');
  const parameters = (): PSHashtable => parameterDictionary(c.params);
  // The members every CommandInfo has, in the place each derived type lists them.
  const addCommandInfoMembers = (): void => {
    add('Version', null);
    add('Visibility', 'Public');
    add('ModuleName', '');
    add('Module', null);
    add('RemotingCapability', 'PowerShell');
    o.addScriptProperty('Parameters', parameters);
  };
  if (c.kind === 'ExternalScript') {
    const name = path.basename(c.name);
    add('Path', c.name);
    add('Definition', c.name);
    add('Source', c.name);
    add('OriginalEncoding', 'System.Text.UTF8Encoding');
    add('ScriptBlock', c.scriptBlock);
    add('ScriptContents', c.scriptBlock.source.text);
    add('Name', name);
    add('CommandType', 'ExternalScript');
    addCommandInfoMembers();
    add('OutputType', []);
    o.toStringOverride = () => name;
  } else if (c.kind === 'Script') {
    add('ScriptBlock', c.scriptBlock);
    add('Definition', text);
    add('Name', '');
    add('CommandType', 'Script');
    add('Source', '');
    addCommandInfoMembers();
    add('OutputType', []);
    o.toStringOverride = () => text;
  } else {
    const dash = c.name.indexOf('-');
    add('HelpUri', '');
    add('ScriptBlock', c.scriptBlock);
    add('CmdletBinding', c.advanced);
    add('DefaultParameterSet', c.defaultSet ?? null);
    add('Definition', text);
    add('Options', 'None');
    add('Description', '');
    add('Verb', dash > 0 ? c.name.slice(0, dash) : '');
    add('Noun', dash > 0 ? c.name.slice(dash + 1) : '');
    add('HelpFile', '');
    add('OutputType', []);
    add('Name', c.name);
    add('CommandType', c.kind);
    add('Source', '');
    addCommandInfoMembers();
    o.toStringOverride = () => c.name;
  }
  o.sealed = true;
  return o;
}

/** CommandInfo.Parameters: name → ParameterMetadata. Simple functions list only their own parameters. */
/** CommandInfo.Parameters: each parameter's ParameterMetadata by name. */
export function parameterDictionary(params: readonly ParameterDef[]): PSHashtable {
  const h = new PSHashtable();
  for (const p of params) {
    if (p.hidden) continue;
    const m = new PSObject(['System.Management.Automation.ParameterMetadata', 'System.Object']);
    m.addNote('Name', p.name, 'Property');
    m.addNote('ParameterType', parameterTypeName(p), 'Property');
    m.addNote('ParameterSets', p.parameterSets ?? ['__AllParameterSets'], 'Property');
    m.addNote('IsDynamic', false, 'Property');
    m.addNote('Aliases', p.aliases ?? [], 'Property');
    m.addNote('SwitchParameter', p.type === 'switch', 'Property');
    m.addNote('IsCommonParameter', COMMON_PARAMETER_NAMES.has(p.name.toLowerCase()), 'Property');
    m.toStringOverride = () => p.name;
    h.set(p.name, m);
  }
  return h;
}

function parameterTypeName(p: ParameterDef): string {
  if (p.type === 'switch') return 'System.Management.Automation.SwitchParameter';
  if (p.type === 'scriptblock') return 'System.Management.Automation.ScriptBlock';
  return p.type;
}
