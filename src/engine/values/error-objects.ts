// The objects an ErrorRecord exposes to scripts: $_.Exception, $_.CategoryInfo, $_.InvocationInfo.
// They are built once per record/exception (cached) so $_.Exception -eq $_.Exception holds.

import { ErrorRecord, type ExceptionInfo } from '../errors.js';
import { PSObject } from '../../objects/psobject.js';
import { PSHashtable } from '../../objects/hashtable.js';
import { EnumValue, ErrorCategoryEnum, enumMember } from '../../objects/enum-value.js';
import { exceptionBaseNames } from './type-info.js';

const exceptionCache = new WeakMap<ExceptionInfo, PSObject>();
const categoryCache = new WeakMap<ErrorRecord, PSObject>();
const invocationCache = new WeakMap<ErrorRecord, PSObject>();

function shortName(fullName: string): string {
  return fullName.slice(fullName.lastIndexOf('.') + 1);
}

/** The exception object for $_.Exception (Message, InnerException, HResult, AWS data such as ErrorCode). */
export function exceptionObject(info: ExceptionInfo, record?: ErrorRecord): PSObject {
  const hit = exceptionCache.get(info);
  if (hit) return hit;
  const names = [info.typeName, ...(info.baseTypeNames ?? []), ...exceptionBaseNames(info.typeName), 'System.Exception', 'System.Object'];
  const o = new PSObject([...new Set(names)]);
  exceptionCache.set(info, o);
  if (record && names.includes('System.Management.Automation.RuntimeException')) {
    o.addNote('ErrorRecord', record, 'Property');
    o.addNote('WasThrownFromThrowStatement', false, 'Property');
  }
  for (const [k, v] of Object.entries(info.data ?? {})) o.addNote(k, v ?? null, 'Property');
  o.addNote('TargetSite', null, 'Property');
  o.addNote('Message', info.message, 'Property');
  o.addNote('Data', new PSHashtable(), 'Property');
  o.addNote('InnerException', info.innerException ? exceptionObject(info.innerException) : null, 'Property');
  o.addNote('HelpLink', null, 'Property');
  o.addNote('Source', null, 'Property');
  o.addNote('HResult', -2146233087, 'Property');
  o.addNote('StackTrace', null, 'Property');
  o.sealed = true;
  o.toStringOverride = () => `${info.typeName}: ${info.message}`;
  return o;
}

/** $_.ErrorDetails: null unless the error carries details (ErrorDetails with Message and RecommendedAction). */
export function errorDetailsObject(record: ErrorRecord): PSObject | null {
  if (record.errorDetails === undefined) return null;
  const o = new PSObject(['System.Management.Automation.ErrorDetails', 'System.Object']);
  o.addNote('Message', record.errorDetails, 'Property');
  o.addNote('RecommendedAction', null, 'Property');
  o.sealed = true;
  const message = record.errorDetails;
  o.toStringOverride = () => message;
  return o;
}

function categoryEnum(name: string): EnumValue {
  return enumMember(ErrorCategoryEnum, name) ?? new EnumValue(ErrorCategoryEnum, 0);
}

function targetTypeName(target: unknown): string {
  if (target === null || target === undefined) return '';
  if (typeof target === 'string') return 'String';
  if (typeof target === 'number') return Number.isInteger(target) ? 'Int32' : 'Double';
  if (typeof target === 'boolean') return 'Boolean';
  if (Array.isArray(target)) return 'Object[]';
  if (target instanceof PSObject) return shortName(target.typeName);
  return 'Object';
}

/** $_.CategoryInfo: prints "ObjectNotFound: (x:String) [Get-Item], ItemNotFoundException". */
export function categoryInfoObject(record: ErrorRecord, toText: (v: unknown) => string): PSObject {
  const hit = categoryCache.get(record);
  if (hit) return hit;
  const o = new PSObject(['System.Management.Automation.ErrorCategoryInfo', 'System.Object']);
  const targetName = record.targetObject === null || record.targetObject === undefined ? '' : toText(record.targetObject);
  const reason = shortName(record.exception.typeName);
  o.addNote('Category', categoryEnum(record.category), 'Property');
  o.addNote('Activity', record.commandName ?? '', 'Property');
  o.addNote('Reason', reason, 'Property');
  o.addNote('TargetName', targetName, 'Property');
  o.addNote('TargetType', targetTypeName(record.targetObject), 'Property');
  o.sealed = true;
  o.toStringOverride = (self) =>
    `${record.category}: (${String(self.get('TargetName'))}:${String(self.get('TargetType'))}) [${String(self.get('Activity'))}], ${String(self.get('Reason'))}`;
  categoryCache.set(record, o);
  return o;
}

/** $_.InvocationInfo: where the error happened. */
export function invocationInfoObject(record: ErrorRecord): PSObject {
  const hit = invocationCache.get(record);
  if (hit) return hit;
  const pos = record.position;
  const o = new PSObject(['System.Management.Automation.InvocationInfo', 'System.Object']);
  o.addNote('MyCommand', record.commandName ?? null, 'Property');
  o.addNote('BoundParameters', new PSHashtable(), 'Property');
  o.addNote('UnboundArguments', [], 'Property');
  o.addNote('ScriptLineNumber', pos?.line ?? 0, 'Property');
  o.addNote('OffsetInLine', pos?.column ?? 0, 'Property');
  o.addNote('HistoryId', 1, 'Property');
  o.addNote('ScriptName', pos?.file ?? '', 'Property');
  o.addNote('Line', pos?.lineText ?? '', 'Property');
  o.addNote('Statement', pos ? pos.lineText.slice(pos.column - 1, pos.column - 1 + (pos.length ?? 0)) : '', 'Property');
  o.addNote('PositionMessage', pos ? positionMessage(pos) : '', 'Property');
  o.addNote('PSScriptRoot', pos?.file ? pos.file.replace(/[/\\][^/\\]*$/, '') : '', 'Property');
  o.addNote('PSCommandPath', pos?.file ?? null, 'Property');
  o.addNote('InvocationName', record.commandName ?? '', 'Property');
  o.addNote('PipelineLength', 0, 'Property');
  o.addNote('PipelinePosition', 0, 'Property');
  o.addNote('ExpectingInput', false, 'Property');
  o.addNote('CommandOrigin', 'Internal', 'Property');
  o.addNote('DisplayScriptPosition', null, 'Property');
  o.sealed = true;
  invocationCache.set(record, o);
  return o;
}

function positionMessage(pos: NonNullable<ErrorRecord['position']>): string {
  const where = pos.file ? `At ${pos.file}:${pos.line} char:${pos.column}` : `At line:${pos.line} char:${pos.column}`;
  const underline = ' '.repeat(Math.max(pos.column - 1, 0)) + '~'.repeat(Math.max(pos.length ?? 1, 1));
  return `${where}\n+ ${pos.lineText}\n+ ${underline}`;
}
