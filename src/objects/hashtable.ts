// PowerShell's hashtable: case-insensitive string keys, kept in insertion order
// (so @{} and [ordered]@{} both list keys as typed, which is what users expect to see).

import { ConstantValue } from './constant-value.js';

export interface HashEntry {
  key: unknown;
  value: unknown;
}

// .NET keeps a ConstantClass key apart from string keys: its hash is Value.GetHashCode() (ordinal) while a
// string key hashes through the hashtable's case-insensitive comparer, so 'running' never finds the constant
// 'running' (nor the reverse), but two constants of the same value are one key. The prefix holds an
// upper-case letter, which no lower-cased string key can contain.
const CONSTANT_KEY_PREFIX = '\u0000ConstantClass:';

function normalizeKey(key: unknown): unknown {
  if (typeof key === 'string') return key.toLowerCase();
  return key instanceof ConstantValue ? CONSTANT_KEY_PREFIX + key.value : key;
}

export class PSHashtable {
  private readonly map = new Map<unknown, HashEntry>();
  /** True for [ordered]@{} (System.Collections.Specialized.OrderedDictionary). */
  ordered: boolean;

  constructor(ordered = false) {
    this.ordered = ordered;
  }

  static from(entries: Iterable<[unknown, unknown]>, ordered = false): PSHashtable {
    const h = new PSHashtable(ordered);
    for (const [k, v] of entries) h.set(k, v);
    return h;
  }

  get typeName(): string {
    return this.ordered ? 'System.Collections.Specialized.OrderedDictionary' : 'System.Collections.Hashtable';
  }

  get count(): number {
    return this.map.size;
  }

  has(key: unknown): boolean {
    return this.map.has(normalizeKey(key));
  }

  get(key: unknown): unknown {
    return this.map.get(normalizeKey(key))?.value;
  }

  /** Sets a value, keeping the original spelling of an existing key. */
  set(key: unknown, value: unknown): void {
    const nk = normalizeKey(key);
    const e = this.map.get(nk);
    if (e) e.value = value;
    else this.map.set(nk, { key, value });
  }

  /** Hashtable.Add: fails on a duplicate key, as .NET does. Returns false when the key exists. */
  add(key: unknown, value: unknown): boolean {
    const nk = normalizeKey(key);
    if (this.map.has(nk)) return false;
    this.map.set(nk, { key, value });
    return true;
  }

  delete(key: unknown): boolean {
    return this.map.delete(normalizeKey(key));
  }

  clear(): void {
    this.map.clear();
  }

  keys(): unknown[] {
    return [...this.map.values()].map((e) => e.key);
  }

  values(): unknown[] {
    return [...this.map.values()].map((e) => e.value);
  }

  entries(): HashEntry[] {
    return [...this.map.values()];
  }

  clone(): PSHashtable {
    const h = new PSHashtable(this.ordered);
    for (const e of this.map.values()) h.set(e.key, e.value);
    return h;
  }
}
