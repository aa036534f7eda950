// Property expressions as Format-Table/-List, ConvertTo-Json and the CSV cmdlets see an object: the list of
// its properties, one property's value, and -Property entries (names with wildcards, script blocks,
// calculated properties @{Label=..; Expression=..; Width=..; Alignment=..; FormatString=..}).

import { PSHashtable } from '../objects/hashtable.js';
import { PSObject } from '../objects/psobject.js';
import { TimeSpan } from '../objects/timespan.js';
import { displayHintOf } from '../objects/date-display-hint.js';
import { formatDate } from '../engine/dotnet-format.js';
import { RuntimeError, fail } from '../engine/errors.js';
import { isScriptBlock, typeNameOf } from '../engine/conversions.js';
import { getMember, listProperties } from '../engine/members.js';
import { hasWildcard, wildcardToRegExp } from '../engine/operators.js';
import type { ScriptBlockLike } from '../pipeline/types.js';
import type { Alignment } from './table-writer.js';

const DATE_PROPERTIES = [
  'DateTime',
  'Date',
  'Day',
  'DayOfWeek',
  'DayOfYear',
  'Hour',
  'Kind',
  'Millisecond',
  'Microsecond',
  'Nanosecond',
  'Minute',
  'Month',
  'Second',
  'Ticks',
  'TimeOfDay',
  'Year',
];
export const TIMESPAN_PROPERTIES = [
  'Ticks',
  'Days',
  'Hours',
  'Milliseconds',
  'Microseconds',
  'Nanoseconds',
  'Minutes',
  'Seconds',
  'TotalDays',
  'TotalHours',
  'TotalMilliseconds',
  'TotalMicroseconds',
  'TotalNanoseconds',
  'TotalMinutes',
  'TotalSeconds',
];
/** DateTime's script property: the long date and time, or only one of them per Get-Date -DisplayHint. */
export function longDateText(d: Date): string {
  const hint = displayHintOf(d);
  if (hint === 'Date') return formatDate(d, 'D');
  if (hint === 'Time') return formatDate(d, 'T');
  return `${formatDate(d, 'D')} ${formatDate(d, 'T')}`;
}

/** The names of an object's properties in the order pwsh lists them (Get-Member / Format-List *). */
export function propertyNamesOf(v: unknown): string[] {
  if (v === null || v === undefined) return [];
  if (v instanceof PSObject) return v.propertyNames();
  if (v instanceof Date) return displayHintOf(v) ? ['DisplayHint', ...DATE_PROPERTIES] : DATE_PROPERTIES;
  if (v instanceof TimeSpan) return TIMESPAN_PROPERTIES;
  if (typeof v !== 'object' && typeof v !== 'string') return [];
  return listProperties(v).map((p) => p.name);
}

export interface PropertyLookup {
  found: boolean;
  value: unknown;
}

const MISSING: PropertyLookup = { found: false, value: null };

/** One property of an object (case-insensitive); found is false when the object has no such property. */
export function propertyValue(v: unknown, name: string): PropertyLookup {
  if (v instanceof PSObject) {
    if (!v.has(name)) return MISSING;
    return { found: true, value: readOrEmpty(() => v.get(name)) };
  }
  const lower = name.toLowerCase();
  const real = propertyNamesOf(v).find((n) => n.toLowerCase() === lower);
  if (real === undefined) return MISSING;
  if (v instanceof Date && real === 'DisplayHint') return { found: true, value: displayHintOf(v) ?? null };
  if (v instanceof Date && real === 'DateTime') return { found: true, value: longDateText(v) };
  return { found: true, value: readOrEmpty(() => getMember(v, real)) };
}

/** A property read for display: one whose getter fails shows empty, as pwsh's formatter shows it. */
function readOrEmpty(read: () => unknown): unknown {
  try {
    const value = read();
    return value === undefined ? null : value;
  } catch (e) {
    if (e instanceof RuntimeError) return null;
    throw e;
  }
}

/** The canonical spelling of a property name on an object, or undefined when it has none. */
export function realPropertyName(v: unknown, name: string): string | undefined {
  if (v instanceof PSObject) return v.getProperty(name)?.name;
  const lower = name.toLowerCase();
  return propertyNamesOf(v).find((n) => n.toLowerCase() === lower);
}

// ---------------------------------------------------------------------------------------------------------
// -Property / -GroupBy entries
// ---------------------------------------------------------------------------------------------------------

export type Expression = { kind: 'property'; name: string } | { kind: 'script'; block: ScriptBlockLike };

export interface PropertySpec {
  expression: Expression;
  label?: string;
  width?: number;
  alignment?: Alignment;
  formatString?: string;
}

export type SpecKind = 'table' | 'list' | 'groupBy';

/** Evaluates a script block with $_ set to the object; returns its output, unwrapped when single. */
export type Evaluate = (block: ScriptBlockLike, obj: unknown) => unknown;

const KEYS: Record<SpecKind, string[]> = {
  table: ['Expression', 'FormatString', 'Label', 'Width', 'Alignment'],
  list: ['Expression', 'FormatString', 'Label'],
  groupBy: ['Expression', 'FormatString', 'Label'],
};

function keyError(message: string, id: string): never {
  fail(message, { id, category: 'InvalidArgument', type: 'System.Management.Automation.ParameterBindingException' });
}

/** Maps a hashtable key to its entry name: case-insensitive prefixes of the names; Name means Label. */
function canonicalKey(key: string, kind: SpecKind): string {
  const lower = key.toLowerCase();
  const candidates = [...KEYS[kind], 'Name'];
  const hits = candidates.filter((c) => lower.length > 0 && c.toLowerCase().startsWith(lower));
  if (hits.length === 0) keyError(`The ${key} key is not valid.`, 'IllegalKey');
  const exact = hits.find((h) => h.toLowerCase() === lower);
  const hit = exact ?? hits[0]!;
  if (!exact && hits.length > 1) keyError(`The ${key} key is ambiguous; ${hits[0]} and ${hits[1]} conflict.`, 'AmbiguousKey');
  return hit === 'Name' ? 'Label' : hit;
}

function expressionFrom(value: unknown, keyName: string | undefined): Expression {
  if (typeof value === 'string') {
    if (value === '') keyError(keyName ? `The "${keyName}" key cannot have an empty string value.` : 'An empty string value is not allowed.', 'ExpressionEmptyString');
    return { kind: 'property', name: value };
  }
  if (isScriptBlock(value)) return { kind: 'script', block: value };
  if (keyName) {
    keyError(
      `The "${keyName}" key has a type, ${typeNameOf(value)}, that is not valid; expected types are {System.String, System.Management.Automation.ScriptBlock}.`,
      'DictionaryKeyIllegalValue2',
    );
  }
  keyError(
    `Cannot convert ${typeNameOf(value)} to one of the following types {System.Collections.IDictionary, System.String, System.Management.Automation.ScriptBlock}.`,
    'DictionaryKeyUnknownType',
  );
}

function alignmentFrom(value: unknown, key: string): Alignment {
  const s = String(value ?? '').toLowerCase();
  for (const a of ['left', 'center', 'right'] as const) if (s.length > 0 && a.startsWith(s)) return a;
  keyError(`The value "${String(value)}" for key "${key}" is not valid; valid values are left, center, right.`, 'IllegalAlignmentValue');
}

/** Parses one -Property/-GroupBy value: a name, a script block or a hashtable (calculated property). */
export function parsePropertySpec(value: unknown, kind: SpecKind): PropertySpec {
  if (value === null || value === undefined) {
    keyError('The value of a parameter was null; one of the following types was expected: {System.Collections.IDictionary, System.String, System.Management.Automation.ScriptBlock}.', 'NullParameter');
  }
  if (!(value instanceof PSHashtable)) {
    const expression = expressionFrom(value, undefined);
    if (kind === 'groupBy' && expression.kind === 'property' && hasWildcard(expression.name)) {
      keyError(`Wildcard characters are not allowed in "${expression.name}".`, 'ExpressionGlobbing');
    }
    return { expression };
  }
  const spec: Partial<PropertySpec> = {};
  const seen = new Map<string, string>();
  for (const entry of value.entries()) {
    if (typeof entry.key !== 'string') keyError(`The ${String(entry.key)} key type is not valid. The key must be a string.`, 'DictionaryKeyNonString');
    const key = canonicalKey(entry.key, kind);
    const previous = seen.get(key);
    if (previous !== undefined) keyError(`The duplicated key "${entry.key}" conflicts with "${previous}".`, 'DuplicateKey');
    seen.set(key, entry.key);
    const v = entry.value;
    switch (key) {
      case 'Expression':
        spec.expression = expressionFrom(v, entry.key);
        break;
      case 'Label':
        if (typeof v !== 'string') {
          keyError(`The "${entry.key}" key has a type, ${typeNameOf(v)}, that is not valid; expected type is System.String.`, 'DictionaryKeyIllegalValue1');
        }
        spec.label = v;
        break;
      case 'FormatString':
        if (typeof v !== 'string') {
          keyError(`The "${entry.key}" key has a type, ${typeNameOf(v)}, that is not valid; expected type is System.String.`, 'DictionaryKeyIllegalValue1');
        }
        if (v === '') keyError(`Cannot have an empty formatting string for key "${entry.key}".`, 'FormatStringEmpty');
        spec.formatString = v;
        break;
      case 'Width': {
        const n = typeof v === 'number' ? v : Number(v);
        if (!Number.isInteger(n)) {
          keyError(`The "${entry.key}" key has a type, ${typeNameOf(v)}, that is not valid; expected type is System.Int32.`, 'DictionaryKeyIllegalValue1');
        }
        if (n <= 0) keyError(`The value "${n}" for key "${entry.key}" should be greater than 0.`, 'WidthOutOfRange');
        spec.width = n;
        break;
      }
      case 'Alignment':
        spec.alignment = alignmentFrom(v, entry.key);
        break;
    }
  }
  if (!spec.expression) {
    // A hashtable with only a label names the column after the label's property (pwsh requires Expression).
    keyError('A mandatory entry for Expression is missing.', 'MissingMandatoryKey');
  }
  return spec as PropertySpec;
}

export function parsePropertySpecs(values: unknown, kind: SpecKind): PropertySpec[] {
  const list = Array.isArray(values) ? values : [values];
  return list.map((v) => parsePropertySpec(v, kind));
}

/** The text an expression shows as a column label: the property name or the script block's text. */
export function expressionText(e: Expression): string {
  return e.kind === 'property' ? e.name : e.block.text;
}

/**
 * Expands a property name against an object: wildcard patterns give every matching property (object order),
 * a plain name gives the property with its real spelling; [] when nothing matches. Script blocks stay as is.
 */
export function resolveNames(e: Expression, obj: unknown): Expression[] {
  if (e.kind === 'script') return [e];
  if (hasWildcard(e.name)) {
    const re = wildcardToRegExp(e.name);
    return propertyNamesOf(obj)
      .filter((n) => re.test(n))
      .map((name) => ({ kind: 'property', name }));
  }
  const real = realPropertyName(obj, e.name);
  return real === undefined ? [] : [{ kind: 'property', name: real }];
}

export interface ExpressionResult {
  /** False when the property does not exist or the script block failed. */
  ok: boolean;
  value: unknown;
  error?: unknown;
}

/** The value of an expression for an object. */
export function evaluateExpression(e: Expression, obj: unknown, evaluate: Evaluate | undefined): ExpressionResult {
  if (e.kind === 'property') {
    const r = propertyValue(obj, e.name);
    return { ok: r.found, value: r.value };
  }
  if (!evaluate) {
    fail('Script block expressions cannot be evaluated here.', { id: 'ScriptBlockEvaluationUnavailable', category: 'InvalidOperation' });
  }
  try {
    const value = evaluate(e.block, obj);
    return { ok: true, value: value === undefined ? null : value };
  } catch (error) {
    return { ok: false, value: null, error };
  }
}
