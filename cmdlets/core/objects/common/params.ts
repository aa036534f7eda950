// Typed reads of bound parameters. The binder has already coerced values to the declared types; these
// helpers only narrow `unknown` and normalise "absent" ($null, undefined) in one place.

import type { CommandContext } from '../../../../src/pipeline/types.js';

export function switchParam(ctx: CommandContext, name: string): boolean {
  return ctx.params[name] === true;
}

export function stringParam(ctx: CommandContext, name: string): string | undefined {
  const v = ctx.params[name];
  if (v === undefined || v === null) return undefined;
  return typeof v === 'string' ? v : String(v);
}

export function numberParam(ctx: CommandContext, name: string): number | undefined {
  const v = ctx.params[name];
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') return Number(v);
  return undefined;
}

/** A parameter declared as an array: a lone value is wrapped, absent is undefined. */
function arrayParam(ctx: CommandContext, name: string): unknown[] | undefined {
  const v = ctx.params[name];
  if (v === undefined) return undefined;
  if (Array.isArray(v)) return v;
  return [v];
}

export function stringArrayParam(ctx: CommandContext, name: string): string[] | undefined {
  const v = arrayParam(ctx, name);
  if (v === undefined) return undefined;
  return v.filter((x) => x !== null && x !== undefined).map((x) => (typeof x === 'string' ? x : String(x)));
}
