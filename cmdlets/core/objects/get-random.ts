// Get-Random: random numbers in a range, random picks from the input, or a shuffle. -SetSeed reseeds
// the runspace's generator, so later Get-Random calls continue the seeded sequence as in pwsh.

import type { CommandContext, CommandDefinition } from '../../../src/pipeline/types.js';
import { runspaceState, setRunspaceState } from './common/runspace.js';
import { convertTo } from '../../../src/engine/conversions.js';
import { RandomGenerator } from './common/random.js';
import { numberParam, switchParam } from './common/params.js';
import { argumentError, terminate } from './common/errors.js';
import { writeEach } from './common/flow.js';

/** The runspace's generator; -SetSeed replaces it with a seeded one that later calls keep using. */
function generatorFor(ctx: CommandContext): RandomGenerator {
  const seed = numberParam(ctx, 'SetSeed');
  if (seed !== undefined) {
    const g = new RandomGenerator(seed);
    setRunspaceState(ctx, 'randomGenerator', g);
    return g;
  }
  return runspaceState(ctx, 'randomGenerator', () => new RandomGenerator());
}

const INT32_MIN = -2147483648;
const INT32_MAX = 2147483647;

function isInt32(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= INT32_MIN && v <= INT32_MAX;
}

function isInt64(v: unknown): boolean {
  return typeof v === 'bigint' || (typeof v === 'number' && Number.isInteger(v));
}

function minMaxError(min: unknown, max: unknown): never {
  terminate(
    argumentError(
      `The Minimum value (${String(min)}) cannot be greater than or equal to the Maximum value (${String(max)}).`,
      'MinGreaterThanOrEqualMax,Microsoft.PowerShell.Commands.GetRandomCommand',
      null,
    ),
  );
}

function toDouble(v: unknown, fallback: number): number {
  if (v === undefined || v === null) return fallback;
  if (typeof v === 'number') return v;
  return convertTo(v, 'System.Double') as number;
}

/** The numbers Get-Random writes for the RandomNumberParameterSet. */
function randomNumbers(ctx: CommandContext, gen: RandomGenerator, count: number): unknown[] {
  const max = ctx.params.Maximum ?? null;
  const min = ctx.params.Minimum ?? null;
  const out: unknown[] = [];
  if ((max === null || isInt32(max)) && (min === null || isInt32(min))) {
    const lo = min === null ? 0 : min;
    const hi = max === null ? INT32_MAX : max;
    if (lo >= hi) minMaxError(lo, hi);
    for (let i = 0; i < count; i++) out.push(gen.nextInRange(lo, hi));
    return out;
  }
  if ((max === null || isInt64(max)) && (min === null || isInt64(min))) {
    const lo = min === null ? 0n : BigInt(min as number | bigint);
    const hi = max === null ? 9223372036854775807n : BigInt(max as number | bigint);
    if (lo >= hi) minMaxError(lo, hi);
    for (let i = 0; i < count; i++) {
      const n = gen.nextInt64InRange(lo, hi);
      out.push(n >= BigInt(Number.MIN_SAFE_INTEGER) && n <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(n) : n);
    }
    return out;
  }
  const lo = toDouble(min, 0);
  const hi = toDouble(max, Number.MAX_VALUE);
  if (lo >= hi) minMaxError(min ?? lo, max ?? hi);
  for (let i = 0; i < count; i++) out.push(gen.nextDoubleInRange(lo, hi));
  return out;
}

export const getRandomCommand: CommandDefinition = {
  name: 'Get-Random',
  module: 'Microsoft.PowerShell.Utility',
  synopsis: 'Gets a random number, or selects objects randomly from a collection.',
  defaultParameterSet: 'RandomNumberParameterSet',
  outputType: ['System.Int32', 'System.Int64', 'System.Double', 'System.Object'],
  parameters: [
    { name: 'SetSeed', type: 'System.Int32' },
    { name: 'Maximum', type: 'System.Object', position: 0, parameterSets: ['RandomNumberParameterSet'] },
    { name: 'Minimum', type: 'System.Object', parameterSets: ['RandomNumberParameterSet'] },
    {
      name: 'InputObject',
      type: 'System.Object[]',
      position: 0,
      mandatory: true,
      valueFromPipeline: true,
      allowNull: true,
      parameterSets: ['RandomListItemParameterSet', 'ShuffleParameterSet'],
    },
    { name: 'Count', type: 'System.Int32', parameterSets: ['RandomListItemParameterSet', 'RandomNumberParameterSet'] },
    { name: 'Shuffle', type: 'switch', mandatory: true, parameterSets: ['ShuffleParameterSet'] },
  ],
  create() {
    let gen: RandomGenerator;
    let count = 1;
    // Reservoir of picked items (Algorithm R), reordered randomly at the end.
    const chosen: unknown[] = [];
    let seen = 0;
    const listMode = (ctx: CommandContext): boolean => ctx.parameterSetName !== 'RandomNumberParameterSet';
    return {
      begin(ctx) {
        gen = generatorFor(ctx);
        const c = numberParam(ctx, 'Count');
        if (c !== undefined && c < 1) {
          terminate(
            argumentError(
              `Cannot validate argument on parameter 'Count'. The ${c} argument is less than the minimum allowed range of 1. Supply an argument that is greater than or equal to 1 and then try the command again.`,
              'ParameterArgumentValidationError,Microsoft.PowerShell.Commands.GetRandomCommand',
            ),
          );
        }
        count = switchParam(ctx, 'Shuffle') ? Number.MAX_SAFE_INTEGER : (c ?? 1);
        if (!listMode(ctx)) return writeEach(ctx, randomNumbers(ctx, gen, count));
      },
      process(ctx) {
        if (!listMode(ctx)) return;
        // The binder has bound the piped object (or the argument) to InputObject as object[].
        const v = ctx.params.InputObject;
        const items = Array.isArray(v) ? v : v === undefined ? [] : [v];
        for (const item of items) {
          if (seen < count) chosen.push(item);
          else {
            const j = gen.nextBelow(seen + 1);
            if (j < count) chosen[j] = item;
          }
          seen++;
        }
      },
      end(ctx) {
        if (!listMode(ctx)) return;
        const n = chosen.length;
        const out: unknown[] = [];
        for (let i = 0; i < n; i++) {
          const j = gen.nextInRange(i, n);
          out.push(chosen[j]);
          if (i !== j) chosen[j] = chosen[i];
        }
        return writeEach(ctx, out);
      },
    };
  },
};
