// Reading and writing a member path in an SDK (JS v3) value: 'Name', 'IndexDocument.Suffix', '' (the value
// itself), '^Name' (the parent's member), 'CommonPrefixes[].Prefix' (a member of each list element), '=name'
// (computed by computed-paths.ts; read-only).

import { computedPath } from './computed-paths.js';

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date) && !(v instanceof Uint8Array);
}

/** The value at `path` in `value` (undefined when any step is missing). */
export function readPath(value: Record<string, unknown>, path: string, parent: Record<string, unknown> | undefined): unknown {
  if (path === '') return value;
  if (path.startsWith('^')) return parent?.[path.slice(1)];
  if (path.startsWith('=')) return computedPath(path.slice(1), value, parent);
  const each = path.indexOf('[].');
  if (each >= 0) {
    const list = readPath(value, path.slice(0, each), parent);
    if (!Array.isArray(list)) return undefined;
    return list.map((e) => (isRecord(e) ? readPath(e, path.slice(each + 3), value) : undefined)).filter((e) => e !== undefined);
  }
  let current: unknown = value;
  for (const step of path.split('.')) {
    if (!isRecord(current)) return undefined;
    current = current[step];
  }
  return current;
}

/** Stores `member` at `path` in `target`: nested objects are created, 'X[].Y' appends {Y: v} elements to X. */
export function writePath(target: Record<string, unknown>, path: string, member: unknown): void {
  if (member === undefined || path.startsWith('^') || path.startsWith('=')) return;
  if (path === '') {
    if (isRecord(member)) Object.assign(target, member);
    return;
  }
  const each = path.indexOf('[].');
  if (each >= 0) {
    const listPath = path.slice(0, each);
    const existing = readPath(target, listPath, undefined);
    const list = Array.isArray(existing) ? existing : [];
    if (!Array.isArray(existing)) writePath(target, listPath, list);
    for (const v of Array.isArray(member) ? member : [member]) {
      const element: Record<string, unknown> = {};
      writePath(element, path.slice(each + 3), v);
      list.push(element);
    }
    return;
  }
  const steps = path.split('.');
  let current = target;
  for (const step of steps.slice(0, -1)) {
    const next = current[step];
    if (isRecord(next)) current = next;
    else {
      const created: Record<string, unknown> = {};
      current[step] = created;
      current = created;
    }
  }
  current[steps.at(-1)!] = member;
}

export { isRecord };
