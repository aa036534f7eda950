// GetResolvedPathHelper: Resolve-Path for each input (wildcards expanded unless literal); a path that
// resolves to nothing ends the command with PathNotFoundError for the path as typed.

import type { CommandContext } from '../../../src/pipeline/types.js';
import { resolveUserPath } from '../filesystem/resolve.js';
import { pathNotResolved } from './messages.js';

export async function resolvePaths(ctx: CommandContext, cmdlet: string, raw: string, literal: boolean): Promise<string[]> {
  const res = await resolveUserPath(ctx, raw, { cmdlet, literal, force: false, quiet: true });
  if (res.provider !== 'FileSystem' || res.entries.length === 0) pathNotResolved(cmdlet, raw);
  return res.entries.map((e) => e.path);
}

/** The paths bound to -Path or -LiteralPath (string or string[]) and whether they are literal. */
export function inputPaths(ctx: CommandContext): { paths: string[]; literal: boolean } {
  const literal = ctx.params.LiteralPath !== undefined && ctx.params.LiteralPath !== null;
  const value = literal ? ctx.params.LiteralPath : ctx.params.Path;
  const list = value === undefined || value === null ? [] : Array.isArray(value) ? value : [value];
  return { paths: list.filter((v) => v !== null && v !== undefined).map(String), literal };
}
