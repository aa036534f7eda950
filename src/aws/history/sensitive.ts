// Redaction of secrets before a request or response is kept in $AWSHistory (unless the user opted in with
// Set-AWSHistoryConfiguration -IncludeSensitiveData). Members are matched by name, case-insensitively, at
// any depth; only the objects on the path to a secret are copied, the rest are shared.

import { PSObject } from '../../objects/psobject.js';
import { PSHashtable } from '../../objects/hashtable.js';

/** Member names whose values are secrets (credentials, tokens, key material, passwords). */
export const SENSITIVE_MEMBER_NAMES: readonly string[] = [
  'SecretAccessKey',
  'SecretKey',
  'SessionToken',
  'KeyMaterial',
  'PrivateKey',
  'Password',
  'PasswordData',
  'AccessToken',
  'RefreshToken',
  'IdToken',
  'ClientSecret',
  'CodeVerifier',
  'DeviceCode',
  'SSECustomerKey',
  'CopySourceSSECustomerKey',
];

/** What a redacted value reads as. */
export const REDACTED_VALUE = '*****';

const SENSITIVE = new Set(SENSITIVE_MEMBER_NAMES.map((n) => n.toLowerCase()));

export function isSensitiveMemberName(name: string): boolean {
  return SENSITIVE.has(name.toLowerCase());
}

/** The value with every sensitive member (at any depth) replaced by REDACTED_VALUE; the same reference when nothing changed. */
export function redactSensitive(value: unknown): unknown {
  return redact(value, new Set());
}

function redact(value: unknown, seen: Set<object>): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (seen.has(value)) return value;
  seen.add(value);
  try {
    if (value instanceof PSObject) return redactPSObject(value, seen);
    if (Array.isArray(value)) return redactArray(value, seen);
    if (value instanceof PSHashtable) return redactHashtable(value, seen);
    return value;
  } finally {
    seen.delete(value);
  }
}

function redactPSObject(o: PSObject, seen: Set<object>): PSObject {
  let copy: PSObject | undefined;
  for (const p of o.properties()) {
    if (p.kind === 'ScriptProperty') continue;
    const next = SENSITIVE.has(p.name.toLowerCase()) && p.value !== null && p.value !== undefined ? REDACTED_VALUE : redact(p.value, seen);
    if (next !== p.value) {
      copy ??= o.clone();
      const cp = copy.getProperty(p.name);
      if (cp) cp.value = next;
    }
  }
  return copy ?? o;
}

function redactArray(a: unknown[], seen: Set<object>): unknown[] {
  let copy: unknown[] | undefined;
  for (let i = 0; i < a.length; i++) {
    const next = redact(a[i], seen);
    if (next !== a[i]) {
      copy ??= a.slice();
      copy[i] = next;
    }
  }
  return copy ?? a;
}

function redactHashtable(h: PSHashtable, seen: Set<object>): PSHashtable {
  let changed = false;
  const entries: [unknown, unknown][] = [];
  for (const { key: k, value: v } of h.entries()) {
    const next = typeof k === 'string' && SENSITIVE.has(k.toLowerCase()) && v !== null && v !== undefined ? REDACTED_VALUE : redact(v, seen);
    if (next !== v) changed = true;
    entries.push([k, next]);
  }
  return changed ? PSHashtable.from(entries, h.ordered) : h;
}
