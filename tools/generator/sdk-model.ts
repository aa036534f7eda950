// Reads what the generator needs from an installed SDK client package: its operations (the XxxCommand
// classes and their schemas) and its paginators' token members.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { NormalizedSchema } from '@smithy/core/schema';
import type { ServiceSource } from './context.js';

export interface SdkOperation {
  /** 'DescribeInstances'. */
  readonly name: string;
  /** 'DescribeInstancesCommand'. */
  readonly command: string;
  readonly input: NormalizedSchema;
  readonly output: NormalizedSchema;
}

export interface SdkPaginator {
  readonly inputToken: string;
  readonly outputToken: string;
  readonly pageSize?: string;
}

type CommandClass = new (input: object) => { schema?: unknown };

/** Every operation of the package, sorted by name. */
export function sdkOperations(source: ServiceSource): SdkOperation[] {
  const operations: SdkOperation[] = [];
  for (const [exportName, value] of Object.entries(source.sdk)) {
    if (!/^[A-Z]\w*Command$/.test(exportName) || typeof value !== 'function') continue;
    const schema = new (value as CommandClass)({}).schema;
    if (!Array.isArray(schema)) continue;
    operations.push({
      name: exportName.slice(0, -'Command'.length),
      command: exportName,
      input: NormalizedSchema.of(schema[4] as never),
      output: NormalizedSchema.of(schema[5] as never),
    });
  }
  return operations.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/**
 * The paginators, by operation: the package builds each one with createPaginator(Client, Command, inputToken,
 * outputToken, pageSize?), whose token names are not readable from the function, so they are read from the
 * package's compiled source.
 */
export function sdkPaginators(source: ServiceSource): Map<string, SdkPaginator> {
  const text = fs.readFileSync(path.join(source.packageDir, 'dist-cjs', 'index.js'), 'utf8');
  const found = new Map<string, SdkPaginator>();
  const pattern = /createPaginator\(\w+, (\w+)Command, "([^"]+)", "([^"]+)"(?:, "([^"]+)")?\)/g;
  for (const m of text.matchAll(pattern)) {
    found.set(m[1], { inputToken: m[2], outputToken: m[3], ...(m[4] !== undefined ? { pageSize: m[4] } : {}) });
  }
  return found;
}

/** The members of a structure schema (none for a unit/non-structure). */
export function structMembers(schema: NormalizedSchema): Array<[string, NormalizedSchema]> {
  if (!schema.isStructSchema()) return [];
  return [...schema.structIterator()];
}

/**
 * The required members of a structure: the raw structure schema lists them first and counts them in its last
 * element, when that element is a number.
 */
export function requiredMembers(schema: NormalizedSchema): Set<string> {
  const required = new Set<string>();
  if (!schema.isStructSchema()) return required;
  const raw = schema.getSchema() as unknown;
  if (!Array.isArray(raw)) return required;
  const names = raw[4] as unknown;
  const count = raw[raw.length - 1] as unknown;
  if (Array.isArray(names) && typeof count === 'number' && raw.length > 6) {
    for (const n of names.slice(0, count)) required.add(String(n));
  }
  return required;
}

/** The short shape name: 'com.amazonaws.ec2#Filter' → 'Filter'. */
export function shapeName(schema: NormalizedSchema): string {
  const full = schema.getName(true) ?? '';
  const i = full.indexOf('#');
  return i >= 0 ? full.slice(i + 1) : full;
}
