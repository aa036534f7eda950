// Turns what the user typed (-Path with wildcards, or -LiteralPath) into existing file-system entries,
// the way pwsh's LocationGlobber does: wildcards expand segment by segment, hidden names only match with
// -Force, matches come back sorted, and a wildcard that matches nothing is not an error.

import { readdir } from 'node:fs/promises';
import type { CommandContext } from '../../../src/pipeline/types.js';
import { driveNotFound, providerNotFound } from './errors.js';
import { getEntry, isHiddenName, type FsEntry } from './fs-entry.js';
import { DriveNotFound, joinPath, parseUserPath, ProviderNotFound } from './paths.js';
import { anyMatcher, filterMatcher, hasWildcard, unescapeWildcard, wildcardMatcher, type NameMatcher } from './wildcard.js';

export type Resolution =
  /** `path` is the absolute path with escapes removed (what error messages show). */
  | { provider: 'FileSystem'; path: string; wildcard: boolean; entries: FsEntry[] }
  | { provider: 'Environment'; name: string; wildcard: boolean }
  /** The path could not be parsed (unknown drive or provider); the error was written unless quiet. */
  | { provider: 'none' };

export interface ResolveOptions {
  cmdlet: string;
  /** -LiteralPath: no wildcard expansion, no unescaping. */
  literal: boolean;
  /** -Force: wildcards also match hidden (dot) names. */
  force: boolean;
  /** Do not write parse errors (Test-Path). */
  quiet?: boolean;
}

// Created on first use: building a collator loads ICU data, which would slow every start-up.
let collator: Intl.Collator | undefined;

/** Orders names as pwsh lists them: culture order ignoring case, ties broken ordinally. */
export function compareNames(a: string, b: string): number {
  collator ??= new Intl.Collator('en', { sensitivity: 'accent' });
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

/** Parses a user path, writing DriveNotFound/ProviderNotFound (unless quiet) when it names no provider we have. */
export function parsePathOrReport(ctx: CommandContext, raw: string, cmdlet: string, quiet = false) {
  try {
    return parseUserPath(ctx.session, raw);
  } catch (err) {
    if (err instanceof DriveNotFound) {
      if (!quiet) ctx.writeError(driveNotFound(err.driveName, cmdlet));
      return undefined;
    }
    if (err instanceof ProviderNotFound) {
      if (!quiet) ctx.writeError(providerNotFound(err.providerName, cmdlet));
      return undefined;
    }
    throw err;
  }
}

export async function resolveUserPath(ctx: CommandContext, raw: string, options: ResolveOptions): Promise<Resolution> {
  const parsed = parsePathOrReport(ctx, raw, options.cmdlet, options.quiet);
  if (!parsed) return { provider: 'none' };
  if (parsed.provider === 'Environment') {
    return { provider: 'Environment', name: parsed.name, wildcard: !options.literal && hasWildcard(parsed.name) };
  }
  if (options.literal || !hasWildcard(parsed.path)) {
    const path = options.literal ? parsed.path : unescapeWildcard(parsed.path);
    const entry = await getEntry(path).catch(() => null);
    return { provider: 'FileSystem', path, wildcard: false, entries: entry ? [entry] : [] };
  }
  const paths = await expandWildcardPath(parsed.path, options.force);
  const entries: FsEntry[] = [];
  for (const p of paths) {
    const entry = await getEntry(p).catch(() => null);
    if (entry) entries.push(entry);
  }
  return { provider: 'FileSystem', path: parsed.path, wildcard: true, entries };
}

/** Expands an absolute path whose segments may hold wildcards into the existing paths it matches. */
export async function expandWildcardPath(pattern: string, force: boolean): Promise<string[]> {
  const segments = pattern.split('/').filter((s) => s !== '');
  let bases = ['/'];
  for (const segment of segments) {
    if (!hasWildcard(segment)) {
      const literal = unescapeWildcard(segment);
      bases = bases.map((b) => joinPath(b, literal));
      continue;
    }
    const matches = wildcardMatcher(segment);
    const next: string[] = [];
    for (const base of bases) {
      let names: string[];
      try {
        names = await readdir(base);
      } catch {
        continue;
      }
      names = names.filter((n) => (force || !isHiddenName(n)) && matches(n)).sort(compareNames);
      for (const n of names) next.push(joinPath(base, n));
    }
    bases = next;
    if (bases.length === 0) break;
  }
  return bases;
}

export interface NameFilterOptions {
  filter?: string;
  include?: readonly string[];
  exclude?: readonly string[];
}

/** -Filter, -Include and -Exclude applied to an item's name; undefined when none is given. */
export function nameFilter(options: NameFilterOptions): NameMatcher | undefined {
  const filter = options.filter ? filterMatcher(options.filter) : undefined;
  const include = options.include && options.include.length > 0 ? anyMatcher(options.include) : undefined;
  const exclude = options.exclude && options.exclude.length > 0 ? anyMatcher(options.exclude) : undefined;
  if (!filter && !include && !exclude) return undefined;
  return (name) => (!filter || filter(name)) && (!include || include(name)) && !(exclude && exclude(name));
}

export function hasIncludeOrExclude(options: NameFilterOptions): boolean {
  return (options.include?.length ?? 0) > 0 || (options.exclude?.length ?? 0) > 0;
}
