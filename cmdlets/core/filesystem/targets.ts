// The items a path-taking cmdlet acts on: every -Path / -LiteralPath value resolved, wildcards expanded,
// -Filter/-Include/-Exclude applied, and PathNotFound written for a plain path that names nothing
// (pwsh skips that error when -Include or -Exclude is given, and for wildcards that match nothing).

import type { CommandContext } from '../../../src/pipeline/types.js';
import type { ErrorRecord } from '../../../src/engine/errors.js';
import { pathNotFound } from './errors.js';
import type { FsEntry } from './fs-entry.js';
import { hasIncludeOrExclude, nameFilter, resolveUserPath, type NameFilterOptions } from './resolve.js';

export type Target =
  | { provider: 'FileSystem'; entry: FsEntry; fromWildcard: boolean }
  /** An Env: path; `name` may hold wildcards when `wildcard` is set. */
  | { provider: 'Environment'; name: string; wildcard: boolean };

export interface TargetOptions {
  cmdlet: string;
  literal: boolean;
  force: boolean;
  filters?: NameFilterOptions;
  /** The error for a plain path that names nothing (default: PathNotFound for the full path). */
  missing?: (raw: string, fullPath: string) => ErrorRecord;
}

export async function resolveTargets(ctx: CommandContext, paths: readonly string[], options: TargetOptions): Promise<Target[]> {
  const filters = options.filters ?? {};
  const accept = nameFilter(filters);
  const targets: Target[] = [];
  for (const raw of paths) {
    const res = await resolveUserPath(ctx, raw, { cmdlet: options.cmdlet, literal: options.literal, force: options.force });
    if (res.provider === 'none') continue;
    if (res.provider === 'Environment') {
      targets.push({ provider: 'Environment', name: res.name, wildcard: res.wildcard });
      continue;
    }
    if (res.entries.length === 0) {
      if (!res.wildcard && !hasIncludeOrExclude(filters)) {
        ctx.writeError(options.missing ? options.missing(raw, res.path) : pathNotFound(res.path, options.cmdlet));
      }
      continue;
    }
    for (const entry of res.entries) {
      if (!accept || accept(entry.name)) targets.push({ provider: 'FileSystem', entry, fromWildcard: res.wildcard });
    }
  }
  return targets;
}

export function filterOptions(ctx: CommandContext): NameFilterOptions {
  const list = (v: unknown): string[] | undefined =>
    v === null || v === undefined ? undefined : (Array.isArray(v) ? v : [v]).filter((x) => x !== null && x !== undefined).map(String);
  const filter = ctx.params.Filter;
  return {
    filter: filter === null || filter === undefined || filter === '' ? undefined : String(filter),
    include: list(ctx.params.Include),
    exclude: list(ctx.params.Exclude),
  };
}
