// Member names of a variable's current value: `$kp.Key<Tab>`. Only reads properties already there; never
// calls a method or a script property getter with side effects beyond reading.

import { PSObject } from '../objects/psobject.js';
import { PSHashtable } from '../objects/hashtable.js';

/** Property names of a value (the first element's for a collection, as member enumeration shows them). */
export function memberNames(value: unknown): string[] {
  const v = Array.isArray(value) ? value[0] : value;
  if (v === null || v === undefined) return [];
  if (v instanceof PSObject) return v.propertyNames();
  if (v instanceof PSHashtable) return [...v.keys()].map(String);
  if (typeof v === 'string') return ['Length'];
  if (v instanceof Date) return ['Date', 'Day', 'DayOfWeek', 'DayOfYear', 'Hour', 'Kind', 'Millisecond', 'Minute', 'Month', 'Second', 'Ticks', 'TimeOfDay', 'Year'];
  if (typeof v === 'object') return Object.keys(v).filter((k) => !k.startsWith('_'));
  return [];
}

/** The value of `$name.A.B` from the variable's value, reading plain properties only. */
export function memberPathValue(root: unknown, path: readonly string[]): unknown {
  let v = root;
  for (const name of path) {
    if (Array.isArray(v)) v = v[0];
    if (v instanceof PSObject) v = v.get(name);
    else if (v instanceof PSHashtable) v = v.get(name);
    else if (v !== null && typeof v === 'object') {
      const key = Object.keys(v).find((k) => k.toLowerCase() === name.toLowerCase());
      v = key === undefined ? undefined : (v as Record<string, unknown>)[key];
    } else return undefined;
  }
  return v;
}
