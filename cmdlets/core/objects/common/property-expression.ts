// -Property arguments of the object cmdlets (PowerShell's PSPropertyExpression + ParameterProcessor):
// a property name (possibly with wildcards), a script block, or a hashtable for a calculated property
// (@{Name='x'; Expression={...}}, plus Ascending/Descending for Sort-Object).

import { isPromise, type CommandContext, type InvokeOptions, type MaybePromise, type ScriptBlockLike } from '../../../../src/pipeline/types.js';
import { PSHashtable } from '../../../../src/objects/hashtable.js';
import { RuntimeError } from '../../../../src/engine/errors.js';
import { isScriptBlock, toBool, typeNameOf } from '../../../../src/engine/conversions.js';
import { hasWildcard } from '../../../../src/engine/operators.js';
import { argumentError, terminate } from './errors.js';
import { findProperty, matchingProperties, readProperty } from './properties.js';

export interface PropertyExpression {
  /** The property name or pattern; undefined for a script block. */
  readonly pattern?: string;
  readonly script?: ScriptBlockLike;
  readonly wildcard: boolean;
  /** Text shown for the expression: the name as typed, or the script block's text. */
  readonly text: string;
}

export interface PropertySpec {
  readonly expression: PropertyExpression;
  /** Name/Label of a calculated property. */
  readonly label?: string;
  /** Sort-Object's per-property Ascending/Descending. */
  readonly ascending?: boolean;
  readonly descending?: boolean;
}

/** Hashtable keys a command accepts, each matched by unambiguous prefix as pwsh does. */
export type KeySet = 'select' | 'sort' | 'group';

const KEYS: Record<KeySet, string[]> = {
  select: ['Name', 'Label', 'Expression'],
  sort: ['Expression', 'Ascending', 'Descending'],
  group: ['Expression'],
};

function expressionOf(value: unknown): PropertyExpression | undefined {
  if (typeof value === 'string') return { pattern: value, wildcard: hasWildcard(value), text: value };
  if (isScriptBlock(value)) return { script: value, wildcard: false, text: value.text };
  return undefined;
}

function keyError(message: string, id: string, command: string): never {
  terminate(argumentError(message, `${id},Microsoft.PowerShell.Commands.${command}`));
}

/** Canonical key for a user-typed hashtable key: exact name, the N/L/E short forms, or a unique prefix. */
function canonicalKey(key: string, allowed: string[], command: string): string {
  const lower = key.toLowerCase();
  const matches = allowed.filter((k) => k.toLowerCase().startsWith(lower));
  if (matches.length === 1) return matches[0]!;
  // "N" and "L" are the documented short forms; "Name"/"Label" cannot clash with anything else.
  const exact = allowed.find((k) => k.toLowerCase() === lower);
  if (exact) return exact;
  if (matches.length > 1) keyError(`The ${key} key is ambiguous; ${matches[0]} and ${matches[1]} conflict.`, 'DictionaryKeyAmbiguous', command);
  keyError(`The ${key} key is not valid.`, 'DictionaryKeyIllegal', command);
}

function fromHashtable(h: PSHashtable, keySet: KeySet, command: string): PropertySpec {
  const allowed = KEYS[keySet];
  const seen = new Map<string, string>();
  let expression: PropertyExpression | undefined;
  let label: string | undefined;
  let ascending: boolean | undefined;
  let descending: boolean | undefined;
  for (const { key, value } of h.entries()) {
    if (typeof key !== 'string') keyError(`The ${String(key)} key type is not valid. The key must be a string.`, 'DictionaryKeyNonString', command);
    const canon = canonicalKey(key, allowed, command);
    // Name and Label are the same entry.
    const slot = canon === 'Label' ? 'Name' : canon;
    const prior = seen.get(slot);
    if (prior !== undefined) keyError(`The duplicated key "${key}" conflicts with "${prior}".`, 'DictionaryKeyDuplicate', command);
    seen.set(slot, key);
    switch (canon) {
      case 'Expression': {
        const e = expressionOf(value);
        if (!e) {
          keyError(
            `The "Expression" key has a type, ${typeNameOf(value)}, that is not valid; expected types are {System.String, System.Management.Automation.ScriptBlock}.`,
            'DictionaryKeyIllegalValue1',
            command,
          );
        }
        if (e.wildcard) keyError(`The "Expression" key cannot have wildcard characters in value "${e.text}".`, 'ExpressionGlobbing2', command);
        expression = e;
        break;
      }
      case 'Name':
      case 'Label':
        if (typeof value !== 'string') {
          keyError(`The "${canon}" key has a type, ${typeNameOf(value)}, that is not valid; expected type is System.String.`, 'DictionaryKeyIllegalValue2', command);
        }
        label = value;
        break;
      case 'Ascending':
        ascending = toBool(value);
        break;
      case 'Descending':
        descending = toBool(value);
        break;
    }
  }
  if (!expression) keyError('A mandatory entry for expression is missing.', 'DictionaryKeyMandatoryEntry', command);
  return { expression, label, ascending, descending };
}

/** Parses the -Property arguments; `command` is the class name used in error ids (SelectObjectCommand). */
export function parsePropertySpecs(values: readonly unknown[], keySet: KeySet, command: string): PropertySpec[] {
  const out: PropertySpec[] = [];
  for (const v of values) {
    if (v instanceof PSHashtable) {
      out.push(fromHashtable(v, keySet, command));
      continue;
    }
    const e = expressionOf(v);
    if (!e) {
      terminate(
        argumentError(
          `Cannot convert ${typeNameOf(v)} to one of the following types {System.String, System.Management.Automation.ScriptBlock}.`,
          `DictionaryKeyUnknownType,Microsoft.PowerShell.Commands.${command}`,
        ),
      );
    }
    out.push({ expression: e });
  }
  return out;
}

/** A script block's output as one value, as DoInvokeReturnAsIs gives it: nothing → $null, one → it, more → array. */
export function unwrapOutput(out: readonly unknown[]): unknown {
  if (out.length === 0) return null;
  if (out.length === 1) return out[0] ?? null;
  return [...out];
}

/**
 * Runs a property script block with $_ set to the object. Errors inside it make the value $null rather
 * than failing the command, as PSPropertyExpression does.
 */
export function evalScript(ctx: CommandContext, script: ScriptBlockLike, target: unknown): MaybePromise<unknown> {
  const options: InvokeOptions = { dollarUnder: target };
  let r: MaybePromise<unknown[]>;
  try {
    r = ctx.invoke(script, options);
  } catch (e) {
    if (e instanceof RuntimeError) return null;
    throw e;
  }
  if (isPromise(r)) {
    return r.then(unwrapOutput, (e: unknown) => {
      if (e instanceof RuntimeError) return null;
      throw e;
    });
  }
  return unwrapOutput(r);
}

/** One resolved name of an expression on an object: the property's own spelling (or the expression's text). */
export interface ResolvedValue {
  name: string;
  value: unknown;
  /** False when a plain (non-wildcard) name matched no property. */
  exists: boolean;
}

/**
 * Resolves an expression against an object: the matching properties with their values (several for a
 * wildcard, none when a wildcard matches nothing; a missing plain name gives one entry with exists=false).
 */
export function resolveExpression(ctx: CommandContext, e: PropertyExpression, target: unknown): MaybePromise<ResolvedValue[]> {
  if (e.script) {
    const v = evalScript(ctx, e.script, target);
    return isPromise(v) ? v.then((value) => [{ name: e.text, value, exists: true }]) : [{ name: e.text, value: v, exists: true }];
  }
  const pattern = e.pattern!;
  if (e.wildcard) return matchingProperties(target, pattern).map((name) => ({ name, value: readProperty(target, name), exists: true }));
  const found = findProperty(target, pattern);
  if (found === undefined) return [{ name: pattern, value: null, exists: false }];
  return [{ name: found, value: readProperty(target, found), exists: true }];
}

/**
 * The single value of an expression for sorting/grouping/comparing: the first match's value.
 * `exists` is false when the property is missing (such objects sort last in Sort-Object).
 */
export function expressionValue(ctx: CommandContext, e: PropertyExpression, target: unknown): MaybePromise<ResolvedValue> {
  if (e.script) {
    const v = evalScript(ctx, e.script, target);
    return isPromise(v) ? v.then((value) => ({ name: e.text, value, exists: true })) : { name: e.text, value: v, exists: true };
  }
  const pattern = e.pattern!;
  const name = e.wildcard ? matchingProperties(target, pattern)[0] : findProperty(target, pattern);
  if (name === undefined) return { name: pattern, value: null, exists: false };
  return { name, value: readProperty(target, name), exists: true };
}

/** Evaluates several expressions on one object, synchronously unless a script block is asynchronous. */
export function expressionValues(ctx: CommandContext, specs: readonly PropertySpec[], target: unknown): MaybePromise<ResolvedValue[]> {
  return fillValues(ctx, specs, target, new Array<ResolvedValue>(specs.length), 0);
}

function fillValues(ctx: CommandContext, specs: readonly PropertySpec[], target: unknown, out: ResolvedValue[], start: number): MaybePromise<ResolvedValue[]> {
  for (let i = start; i < specs.length; i++) {
    const r = expressionValue(ctx, specs[i]!.expression, target);
    if (isPromise(r)) {
      return r.then((v) => {
        out[i] = v;
        return fillValues(ctx, specs, target, out, i + 1);
      });
    }
    out[i] = r;
  }
  return out;
}
