// The InvocationInfo a cmdlet's stream records carry (WarningRecord.InvocationInfo and the like): the cmdlet's
// MyInvocation, where it was called and with what. Built only when a script reads it.

import { PSObject } from './psobject.js';
import type { PSHashtable } from './hashtable.js';
import type { ScriptPosition } from '../engine/errors.js';

export interface CommandInvocationData {
  commandName: string;
  invocationName: string;
  boundParameters: PSHashtable;
  position: ScriptPosition | undefined;
  pipelineLength: number;
  pipelinePosition: number;
  expectingInput: boolean;
}

export function commandInvocationInfo(d: CommandInvocationData): PSObject {
  const pos = d.position;
  const file = pos?.file ?? '';
  const o = new PSObject(['System.Management.Automation.InvocationInfo', 'System.Object']);
  o.addNote('MyCommand', d.commandName, 'Property');
  o.addNote('BoundParameters', d.boundParameters, 'Property');
  o.addNote('UnboundArguments', [], 'Property');
  o.addNote('ScriptLineNumber', pos?.line ?? 0, 'Property');
  o.addNote('OffsetInLine', pos?.column ?? 0, 'Property');
  o.addNote('HistoryId', 1, 'Property');
  o.addNote('ScriptName', file, 'Property');
  o.addNote('Line', pos?.lineText ?? '', 'Property');
  o.addNote('Statement', pos ? pos.lineText.slice(pos.column - 1, pos.column - 1 + (pos.length ?? pos.lineText.length)) : '', 'Property');
  o.addNote('PositionMessage', pos ? positionMessage(pos) : '', 'Property');
  o.addNote('PSScriptRoot', file ? file.replace(/[/\\][^/\\]*$/, '') : '', 'Property');
  o.addNote('PSCommandPath', file || null, 'Property');
  o.addNote('InvocationName', d.invocationName, 'Property');
  o.addNote('PipelineLength', d.pipelineLength, 'Property');
  o.addNote('PipelinePosition', d.pipelinePosition, 'Property');
  o.addNote('ExpectingInput', d.expectingInput, 'Property');
  o.addNote('CommandOrigin', 'Internal', 'Property');
  o.addNote('DisplayScriptPosition', null, 'Property');
  o.sealed = true;
  return o;
}

function positionMessage(pos: ScriptPosition): string {
  const where = pos.file ? `At ${pos.file}:${pos.line} char:${pos.column}` : `At line:${pos.line} char:${pos.column}`;
  const underline = ' '.repeat(Math.max(pos.column - 1, 0)) + '~'.repeat(Math.max(pos.length ?? 1, 1));
  return `${where}\n+ ${pos.lineText}\n+ ${underline}`;
}
