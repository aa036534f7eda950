// -Select (AWS Tools CreateSelectDelegate) and the deprecated -PassThru: which values a service cmdlet
// writes for a response. Paths are evaluated over the response's PSObjects: each segment must name a
// member (case-insensitively), collections are flattened and nulls dropped.

import type { ParameterDef } from '../../pipeline/types.js';
import { PSObject } from '../../objects/psobject.js';
import { PSHashtable } from '../../objects/hashtable.js';
import { PSList } from '../../objects/pslist.js';
import { RuntimeError, makeErrorRecord } from '../../engine/errors.js';
import { getMember, listProperties } from '../../engine/members.js';

export const INVALID_SELECT_MESSAGE = 'Invalid value for -Select parameter.';
export const PASSTHRU_WITH_SELECT_MESSAGE = '-PassThru cannot be used when -Select is specified.';

/** Text of the [Obsolete] attribute on a generated -PassThru parameter. */
export function passThruObsoleteMessage(pipelineParameter: string): string {
  return `The -PassThru parameter is deprecated, use -Select '^${pipelineParameter}' instead. This parameter will be removed in a future version.`;
}

/** The warning PowerShell's binder writes when the obsolete -PassThru is bound. */
export function passThruDeprecationWarning(pipelineParameter: string): string {
  return `Parameter 'PassThru' is obsolete. ${passThruObsoleteMessage(pipelineParameter)}`;
}

/**
 * new ArgumentException(message, "Select") thrown from ProcessRecord: .NET appends the parameter name, and
 * PowerShell reports it as System.ArgumentException,<cmdlet class>.
 */
function selectArgumentError(message: string, commandClass?: string): RuntimeError {
  return new RuntimeError(
    makeErrorRecord(`${message} (Parameter 'Select')`, {
      type: 'System.ArgumentException',
      id: commandClass ? `System.ArgumentException,${commandClass}` : 'System.ArgumentException',
      category: 'NotSpecified',
      baseTypeNames: ['System.SystemException', 'System.Exception'],
    }),
  );
}

export function invalidSelectError(commandClass?: string): RuntimeError {
  return selectArgumentError(INVALID_SELECT_MESSAGE, commandClass);
}

export function passThruWithSelectError(commandClass?: string): RuntimeError {
  return selectArgumentError(PASSTHRU_WITH_SELECT_MESSAGE, commandClass);
}

export interface SelectorOptions {
  /** The operation's OutputProperty (the default -Select): '*' is the whole response, null means emit nothing. */
  defaultOutputProperty: string | null;
  /** Bound parameter values by canonical name (what ^Name and -PassThru return). */
  boundParameters: Record<string, unknown>;
  /** The cmdlet's own parameters (not the inherited common ones), for ^Name lookup by name or alias. */
  parameters?: readonly ParameterDef[];
  /** -PassThru was given. */
  passThru?: boolean;
  /** The parameter -PassThru returns (the pipeline parameter, or the one behind a configured expression). */
  passThruParameter?: string;
  /** .NET class of the cmdlet, for the FullyQualifiedErrorId of the errors. */
  commandClass?: string;
}

/** Maps one service response to the values to write, in order. */
export interface Selector {
  (response: unknown): unknown[];
  /**
   * True when the output is a cmdlet parameter value (^Name or -PassThru) rather than part of the response:
   * while auto-iterating, it is written once after the last page instead of once per page.
   */
  readonly selectsParameter: boolean;
  /** The selected value itself, not enumerated (what Select(response, cmdlet) returns in AWS Tools). */
  value(response: unknown): unknown;
}

function makeSelector(value: (response: unknown) => unknown, selectsParameter: boolean): Selector {
  return Object.assign((response: unknown) => emittedValues(value(response)), { selectsParameter, value });
}

/**
 * Builds the selector for a cmdlet invocation. selectValue is undefined when -Select was not bound ($null
 * when bound to $null). Throws the AWS Tools errors for an invalid -Select or -Select with -PassThru.
 */
export function createSelector(selectValue: string | null | undefined, options: SelectorOptions): Selector {
  if (selectValue !== undefined) {
    const selector = boundSelector(selectValue, options);
    if (options.passThru) throw passThruWithSelectError(options.commandClass);
    return selector;
  }
  if (options.passThru) {
    const name = options.passThruParameter;
    if (name === undefined) throw new Error('passThruParameter is required when the cmdlet has -PassThru');
    return makeSelector(() => parameterValue(options, name), true);
  }
  return defaultSelector(options.defaultOutputProperty);
}

function defaultSelector(outputProperty: string | null): Selector {
  if (outputProperty === null || outputProperty === '') return makeSelector(() => null, false);
  if (outputProperty === '*') return makeSelector((response) => response ?? null, false);
  const segments = outputProperty.split('.');
  return makeSelector((response) => {
    let v: unknown = response;
    for (const s of segments) {
      if (v === null || v === undefined) return null;
      v = getMember(v, s);
    }
    return v ?? null;
  }, false);
}

function boundSelector(selectValue: string | null, options: SelectorOptions): Selector {
  if (selectValue === null || selectValue === '') throw invalidSelectError(options.commandClass);
  if (selectValue === '*') return makeSelector((response) => response ?? null, false);
  if (selectValue.startsWith('^')) {
    const param = findOwnParameter(options.parameters ?? [], selectValue.slice(1));
    if (!param) throw invalidSelectError(options.commandClass);
    return makeSelector(() => parameterValue(options, param.name), true);
  }
  const segments = selectValue.split('.');
  if (segments.some((s) => s === '')) throw invalidSelectError(options.commandClass);
  return makeSelector((response) => selectPath(response, segments, options.commandClass), false);
}

function findOwnParameter(params: readonly ParameterDef[], name: string): ParameterDef | undefined {
  const lname = name.toLowerCase();
  for (const p of params) {
    if (p.name.toLowerCase() === lname) return p;
    if (p.aliases?.some((a) => a.toLowerCase() === lname)) return p;
  }
  return undefined;
}

function parameterValue(options: SelectorOptions, name: string): unknown {
  const v = options.boundParameters[name];
  return v === undefined ? null : v;
}

/** What WriteObject(x, enumerateCollection: true) writes, skipping a null result entirely (ProcessOutput). */
export function emittedValues(v: unknown): unknown[] {
  if (v === null || v === undefined) return [];
  if (Array.isArray(v)) return v.map((x) => (x === undefined ? null : x));
  if (v instanceof PSList) return v.items.slice();
  return [v];
}

function isFlattenedCollection(v: unknown): v is unknown[] | PSList {
  return Array.isArray(v) || v instanceof PSList;
}

/** A.B.C over the response: SelectMany over collections, nulls dropped; an unknown member is an invalid -Select. $null for a $null response. */
export function selectPath(response: unknown, segments: readonly string[], commandClass?: string): unknown[] | null {
  if (response === null || response === undefined) return null;
  let current: unknown[] = [response];
  for (const segment of segments) {
    const next: unknown[] = [];
    for (const item of current) {
      if (!hasMember(item, segment)) throw invalidSelectError(commandClass);
      const v = getMember(item, segment);
      if (isFlattenedCollection(v)) {
        for (const x of Array.isArray(v) ? v : v.items) if (x !== null && x !== undefined) next.push(x);
      } else if (v !== null && v !== undefined) next.push(v);
    }
    current = next;
  }
  return current;
}

const HASHTABLE_MEMBERS = new Set(['count', 'keys', 'values', 'isreadonly', 'isfixedsize', 'issynchronized', 'syncroot']);

function hasMember(item: unknown, name: string): boolean {
  if (item instanceof PSObject) return item.has(name);
  if (item instanceof PSHashtable) return HASHTABLE_MEMBERS.has(name.toLowerCase());
  const lname = name.toLowerCase();
  return listProperties(item).some((p) => p.name.toLowerCase() === lname);
}
