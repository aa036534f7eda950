// Values a cmdlet asks the user for when they were not passed (Initialize-AWSSSOConfiguration prompts for each
// missing setting). A shell that cannot prompt makes a missing value a clear error naming the parameter.

import { RuntimeError, makeErrorRecord } from '../../../src/engine/errors.js';
import type { CommandContext } from '../../../src/pipeline/types.js';

export function stringParam(ctx: CommandContext, name: string): string | null {
  const v = ctx.params[name];
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : null;
}

export function stringArrayParam(ctx: CommandContext, name: string): string[] | null {
  const v = ctx.params[name];
  if (v === null || v === undefined) return null;
  const items = (Array.isArray(v) ? v : [v]).map((x) => String(x).trim()).filter((x) => x !== '');
  return items.length > 0 ? items : null;
}

export function missingValueError(parameter: string, cmdletClass: string): RuntimeError {
  return new RuntimeError(
    makeErrorRecord(`A value for -${parameter} is required and the shell cannot prompt for it (non-interactive). Pass -${parameter}.`, {
      type: 'System.ArgumentException',
      id: `ArgumentException,Amazon.PowerShell.Common.${cmdletClass}`,
      category: 'InvalidArgument',
      target: parameter,
      baseTypeNames: ['System.SystemException', 'System.Exception'],
    }),
  );
}

/** The parameter's value, else what the user types at "<label>: " (asked again while empty). */
export async function valueOrPrompt(ctx: CommandContext, parameter: string, label: string, cmdletClass: string): Promise<string> {
  const given = stringParam(ctx, parameter);
  if (given !== null) return given;
  if (!ctx.host.interactive) throw missingValueError(parameter, cmdletClass);
  for (;;) {
    const answer = (await ctx.host.readLine(`${label}: `)).trim();
    if (answer !== '') return answer;
  }
}
