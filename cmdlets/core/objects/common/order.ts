// Ordering by property values, shared by Sort-Object, Group-Object and Compare-Object (pwsh's
// OrderByProperty / OrderByPropertyComparer / ObjectCommandComparer).

import { isPromise, type CommandContext, type MaybePromise } from '../../../../src/pipeline/types.js';
import { compareValues } from '../../../../src/engine/operators.js';
import { expressionValues, type PropertySpec, type ResolvedValue } from './property-expression.js';

/** An input object with its key values (one per -Property entry, or the object itself). */
export interface OrderEntry {
  obj: unknown;
  keys: ResolvedValue[];
}

/** Computes the keys of an object: the -Property values, or the object itself when there are none. */
export function orderEntry(ctx: CommandContext, specs: readonly PropertySpec[], obj: unknown): MaybePromise<OrderEntry> {
  if (specs.length === 0) return { obj, keys: [{ name: '', value: obj, exists: true }] };
  const keys = expressionValues(ctx, specs, obj);
  return isPromise(keys) ? keys.then((k) => ({ obj, keys: k })) : { obj, keys };
}

function isNull(v: unknown): boolean {
  return v === null || v === undefined;
}

/** ObjectCommandComparer on two values: $null equals $null and sorts first; otherwise PowerShell's comparison. */
export function compareKeyValues(a: unknown, b: unknown, caseSensitive: boolean): number {
  if (isNull(a) && isNull(b)) return 0;
  return compareValues(a, b, caseSensitive);
}

/**
 * OrderByPropertyComparer: key by key, existing values compared (negated when descending); an object
 * missing the property sorts after those that have it, whatever the direction.
 */
export function compareEntries(a: OrderEntry, b: OrderEntry, ascending: readonly boolean[], caseSensitive: boolean): number {
  const n = Math.min(a.keys.length, b.keys.length);
  for (let k = 0; k < n; k++) {
    const x = a.keys[k]!;
    const y = b.keys[k]!;
    let r: number;
    if (x.exists && y.exists) {
      r = compareKeyValues(x.value, y.value, caseSensitive);
      if (ascending[k] === false) r = -r;
    } else if (x.exists) r = -1;
    else if (y.exists) r = 1;
    else r = 0;
    if (r !== 0) return r;
  }
  return 0;
}
