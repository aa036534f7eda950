// Property lookup as Select-Object, Sort-Object, Group-Object, Measure-Object and Compare-Object see it
// (pwsh's PSPropertyExpression): a PSObject's own properties, the adapted .NET properties of a value (a
// string's Length), and for a Hashtable its keys first, then its own properties (Count, Keys, ...).
// An [ordered] dictionary is not a Hashtable, so pwsh does not look at its keys: neither do we.

import { PSObject } from '../../../../src/objects/psobject.js';
import { PSHashtable } from '../../../../src/objects/hashtable.js';
import { RuntimeError } from '../../../../src/engine/errors.js';
import { getMember, listProperties } from '../../../../src/engine/members.js';
import { displayHintOf, DisplayHintTypeEnum, enumMemberOrDefault } from '../../../../src/objects/date-display-hint.js';
import { formatDate } from '../../../../src/engine/dotnet-format.js';
import { wildcardToRegExp } from '../../../../src/engine/operators.js';

function isKeyedHashtable(v: unknown): v is PSHashtable {
  return v instanceof PSHashtable && !v.ordered;
}

function hashtableKey(h: PSHashtable, name: string): string | undefined {
  if (!h.has(name)) return undefined;
  const lower = name.toLowerCase();
  for (const k of h.keys()) if (typeof k === 'string' && k.toLowerCase() === lower) return k;
  return name;
}

/** Property names of a value, in the order Select-Object * and Format-List * show them. */
export function propertyNames(value: unknown): string[] {
  if (value === null || value === undefined) return [];
  if (value instanceof PSObject) return value.propertyNames();
  if (isKeyedHashtable(value)) return value.keys().map((k) => String(k));
  const names = listProperties(value).map((p) => p.name);
  if (value instanceof Date) {
    // Extended members come first: Get-Date's DisplayHint note, then the DateTime script property.
    const rest = names.filter((n) => n !== 'DateTime');
    return displayHintOf(value) !== undefined ? ['DisplayHint', 'DateTime', ...rest] : ['DateTime', ...rest];
  }
  return names;
}

/** The canonical spelling of a property the value has, or undefined. */
export function findProperty(value: unknown, name: string): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (value instanceof PSObject) return value.getProperty(name)?.name;
  if (isKeyedHashtable(value)) {
    const key = hashtableKey(value, name);
    if (key !== undefined) return key;
  }
  const lower = name.toLowerCase();
  return dotnetPropertyNames(value).find((n) => n.toLowerCase() === lower);
}

/** Get-Date's DateTime script property: long date and/or long time, by DisplayHint. */
function dateTimeText(d: Date): string {
  const hint = displayHintOf(d);
  if (hint === 'Date') return formatDate(d, 'D');
  if (hint === 'Time') return formatDate(d, 'T');
  return `${formatDate(d, 'D')} ${formatDate(d, 'T')}`;
}

/** Reads a property that exists (see findProperty). */
export function readProperty(value: unknown, name: string): unknown {
  if (value instanceof PSObject) {
    try {
      const v = value.get(name);
      return v === undefined ? null : v;
    } catch (e) {
      // A getter that fails (a script property's error, a process's ExitCode before it exits) reads as $null, as
      // pwsh's property expressions swallow the exception.
      if (e instanceof RuntimeError) return null;
      throw e;
    }
  }
  if (value instanceof Date) {
    const lower = name.toLowerCase();
    if (lower === 'displayhint') return enumMemberOrDefault(DisplayHintTypeEnum, displayHintOf(value) ?? 'DateTime');
    if (lower === 'datetime') return dateTimeText(value);
  }
  const v = getMember(value, name);
  return v === undefined ? null : v;
}

/** The value's own (adapted .NET) properties, without a hashtable's keys. */
function dotnetPropertyNames(value: unknown): string[] {
  return isKeyedHashtable(value) ? listProperties(value).map((p) => p.name) : propertyNames(value);
}

/** Names of the value's properties matching a wildcard pattern (case-insensitive); a hashtable's keys first. */
export function matchingProperties(value: unknown, pattern: string): string[] {
  const re = wildcardToRegExp(pattern);
  const names = propertyNames(value).filter((n) => re.test(n));
  if (names.length > 0 || !isKeyedHashtable(value)) return names;
  return dotnetPropertyNames(value).filter((n) => re.test(n));
}
