// Which values a pipeline unrolls: arrays and lists, but not strings, hashtables or objects.

import { PSHashtable } from '../objects/hashtable.js';
import { PSObject } from '../objects/psobject.js';

export function isEnumerable(v: unknown): v is Iterable<unknown> {
  if (v === null || typeof v !== 'object') return false;
  if (Array.isArray(v)) return true;
  if (v instanceof PSHashtable || v instanceof PSObject || v instanceof Date) return false;
  return typeof (v as { [Symbol.iterator]?: unknown })[Symbol.iterator] === 'function';
}

export function enumerate(v: unknown): Iterable<unknown> {
  if (Array.isArray(v)) return v;
  if (isEnumerable(v)) return v;
  if (v === null || v === undefined) return [];
  return [v];
}
