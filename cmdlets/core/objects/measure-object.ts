// Measure-Object: count, sum, average, minimum, maximum and standard deviation of the input (or of
// properties of it), or lines/words/characters of text. Streaming statistics: constant memory.

import type { CommandContext, CommandDefinition, MaybePromise, ParameterDef } from '../../../src/pipeline/types.js';
import { isPromise } from '../../../src/pipeline/types.js';
import { PSObject } from '../../../src/objects/psobject.js';
import { EnumValue } from '../../../src/objects/enum-value.js';
import { dotnetToString, parseNumber, typeNameOf } from '../../../src/engine/conversions.js';
import { compareValues } from '../../../src/engine/operators.js';
import { argumentError, invalidOperationError, terminate } from './common/errors.js';
import { writeEach } from './common/flow.js';
import { switchParam } from './common/params.js';
import { parsePropertySpecs, resolveExpression, type PropertySpec, type ResolvedValue } from './common/property-expression.js';

const COMMAND = 'Microsoft.PowerShell.Commands.MeasureObjectCommand';
const GENERIC = ['GenericMeasure'];
const TEXT = ['TextMeasure'];

const PARAMETERS: ParameterDef[] = [
  { name: 'InputObject', type: 'System.Management.Automation.PSObject', valueFromPipeline: true, allowNull: true },
  { name: 'Property', type: 'System.Object[]', position: 0 },
  { name: 'StandardDeviation', type: 'switch', parameterSets: GENERIC },
  { name: 'Sum', type: 'switch', parameterSets: GENERIC },
  { name: 'AllStats', type: 'switch', parameterSets: GENERIC },
  { name: 'Average', type: 'switch', parameterSets: GENERIC },
  { name: 'Maximum', type: 'switch', parameterSets: GENERIC },
  { name: 'Minimum', type: 'switch', parameterSets: GENERIC },
  { name: 'Line', type: 'switch', parameterSets: TEXT },
  { name: 'Word', type: 'switch', parameterSets: TEXT },
  { name: 'Character', type: 'switch', parameterSets: TEXT },
  { name: 'IgnoreWhiteSpace', type: 'switch', parameterSets: TEXT },
];

/** Running statistics for one property (or for the input objects themselves). */
class Statistics {
  count = 0;
  sum = 0;
  // Welford's online algorithm for the (sample) variance.
  mean = 0;
  m2 = 0;
  min: unknown = null;
  max: unknown = null;
  lines = 0;
  words = 0;
  characters = 0;
}

/** LanguagePrimitives.TryConvertTo<double>: numbers, numeric strings, booleans, enums, $null (0). */
function toDouble(v: unknown): number | undefined {
  if (typeof v === 'number') return v;
  if (v === null || v === undefined) return 0;
  if (typeof v === 'string') return parseNumber(v);
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'bigint') return Number(v);
  if (v instanceof EnumValue) return v.value;
  return undefined;
}

/** Measure-Object's Compare: numbers numerically, mixed types as strings; returns the new min/max. */
function minMax(value: unknown, current: unknown, isMin: boolean): unknown {
  if (current === null || current === undefined) return value;
  let a: unknown = value;
  let b: unknown = current;
  if (a !== null && a !== undefined) a = toDouble(a) ?? a;
  b = toDouble(b) ?? b;
  const sameType = (typeof a === 'number' && typeof b === 'number') || typeNameOf(a) === typeNameOf(b);
  if (a !== null && a !== undefined && !sameType) {
    a = dotnetToString(a);
    b = dotnetToString(b);
  }
  const c = a === null || a === undefined ? 1 : compareValues(b, a, true);
  return c * (isMin ? 1 : -1) > 0 ? value : current;
}

function countWords(s: string): number {
  let words = 0;
  let inSpace = true;
  for (let i = 0; i < s.length; i++) {
    const space = /\s/.test(s[i]!);
    if (space) inSpace = true;
    else {
      if (inSpace) words++;
      inSpace = false;
    }
  }
  return words;
}

function countLines(s: string): number {
  if (s === '') return 0;
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === 10) n++;
  return s.charCodeAt(s.length - 1) === 10 ? n : n + 1;
}

function countChars(s: string, ignoreWhiteSpace: boolean): number {
  if (!ignoreWhiteSpace) return s.length;
  let n = 0;
  for (let i = 0; i < s.length; i++) if (!/\s/.test(s[i]!)) n++;
  return n;
}

const MEASURE_INFO = 'Microsoft.PowerShell.Commands.MeasureInfo';

export const measureObjectCommand: CommandDefinition = {
  name: 'Measure-Object',
  aliases: ['measure'],
  module: 'Microsoft.PowerShell.Utility',
  synopsis: 'Calculates the numeric properties of objects, and the characters, words, and lines in string objects.',
  defaultParameterSet: 'GenericMeasure',
  outputType: ['Microsoft.PowerShell.Commands.GenericMeasureInfo', 'Microsoft.PowerShell.Commands.TextMeasureInfo', 'Microsoft.PowerShell.Commands.GenericObjectMeasureInfo'],
  parameters: PARAMETERS,
  create() {
    let sum = false;
    let average = false;
    let min = false;
    let max = false;
    let stdDev = false;
    let lines = false;
    let words = false;
    let chars = false;
    let ignoreWhiteSpace = false;
    let text = false;
    let numeric = false;
    let nonNumericError = false;
    let specs: PropertySpec[] | undefined;
    // Statistics for the input itself (no -Property), kept outside the map for the hot path.
    const own = new Statistics();
    const byProperty = new Map<string, { name: string; stat: Statistics }>();

    const entry = (name: string): Statistics => {
      const key = name.toLowerCase();
      let e = byProperty.get(key);
      if (!e) {
        e = { name, stat: new Statistics() };
        byProperty.set(key, e);
      }
      return e.stat;
    };

    const analyze = (ctx: CommandContext, stat: Statistics, value: unknown): void => {
      stat.count++;
      if (text) {
        const s = value === null || value === undefined ? '' : dotnetToString(value);
        if (chars) stat.characters += countChars(s, ignoreWhiteSpace);
        if (words) stat.words += countWords(s);
        if (lines) stat.lines += countLines(s);
      }
      if (numeric) {
        const n = toDouble(value);
        if (n === undefined) {
          nonNumericError = true;
          ctx.writeError(invalidOperationError(`Input object "${dotnetToString(value)}" is not numeric.`, `NonNumericInputObject,${COMMAND}`, value, 'InvalidType'));
          return;
        }
        stat.sum += n;
        if (stdDev) {
          const delta = n - stat.mean;
          stat.mean += delta / stat.count;
          stat.m2 += delta * (n - stat.mean);
        }
      }
      if (min) stat.min = minMax(value, stat.min, true);
      if (max) stat.max = minMax(value, stat.max, false);
    };

    const analyzeResults = (ctx: CommandContext, spec: PropertySpec, results: ResolvedValue[], seen: Set<string>): void => {
      for (const r of results) {
        if (!r.exists) {
          // A miss is remembered so that a property no object has is reported at the end.
          if (!spec.expression.wildcard) entry(r.name);
          continue;
        }
        const key = r.name.toLowerCase();
        if (seen.has(key)) continue;
        seen.add(key);
        analyze(ctx, entry(r.name), r.value);
      }
    };

    const analyzeProperties = (ctx: CommandContext, obj: unknown, seen: Set<string>, i: number): MaybePromise<void> => {
      const list = specs!;
      for (; i < list.length; i++) {
        const spec = list[i]!;
        const r = resolveExpression(ctx, spec.expression, obj);
        if (isPromise(r)) {
          const next = i + 1;
          return r.then((rs) => {
            analyzeResults(ctx, spec, rs, seen);
            return analyzeProperties(ctx, obj, seen, next);
          });
        }
        analyzeResults(ctx, spec, r, seen);
      }
    };

    const genericInfo = (stat: Statistics, property: string | null): PSObject => {
      const numericMinMax = (stat.min === null || toDouble(stat.min) !== undefined) && (stat.max === null || toDouble(stat.max) !== undefined);
      const type = numericMinMax ? 'Microsoft.PowerShell.Commands.GenericMeasureInfo' : 'Microsoft.PowerShell.Commands.GenericObjectMeasureInfo';
      const o = new PSObject([type, MEASURE_INFO, 'System.Object']);
      const numberOrNull = (v: unknown): unknown => (v === null ? null : numericMinMax ? (toDouble(v) ?? null) : v);
      o.addNote('Count', stat.count, 'Property', 'System.Int32');
      o.addNote('Average', average && !nonNumericError && stat.count > 0 ? stat.sum / stat.count : null, 'Property', 'System.Nullable`1[[System.Double]]');
      o.addNote('Sum', sum && !nonNumericError ? stat.sum : null, 'Property', 'System.Nullable`1[[System.Double]]');
      o.addNote('Maximum', max ? numberOrNull(stat.max) : null, 'Property', numericMinMax ? 'System.Nullable`1[[System.Double]]' : 'System.Object');
      o.addNote('Minimum', min ? numberOrNull(stat.min) : null, 'Property', numericMinMax ? 'System.Nullable`1[[System.Double]]' : 'System.Object');
      o.addNote(
        'StandardDeviation',
        stdDev && !nonNumericError ? Math.sqrt(stat.count > 1 ? stat.m2 / (stat.count - 1) : 0) : null,
        'Property',
        'System.Nullable`1[[System.Double]]',
      );
      o.addNote('Property', property, 'Property', 'System.String');
      o.sealed = true;
      return o;
    };

    const textInfo = (stat: Statistics, property: string | null): PSObject => {
      const o = new PSObject(['Microsoft.PowerShell.Commands.TextMeasureInfo', MEASURE_INFO, 'System.Object']);
      o.addNote('Lines', lines ? stat.lines : null, 'Property', 'System.Nullable`1[[System.Int32]]');
      o.addNote('Words', words ? stat.words : null, 'Property', 'System.Nullable`1[[System.Int32]]');
      o.addNote('Characters', chars ? stat.characters : null, 'Property', 'System.Nullable`1[[System.Int32]]');
      o.addNote('Property', property, 'Property', 'System.String');
      o.sealed = true;
      return o;
    };

    return {
      begin(ctx) {
        const all = switchParam(ctx, 'AllStats');
        sum = all || switchParam(ctx, 'Sum');
        average = all || switchParam(ctx, 'Average');
        min = all || switchParam(ctx, 'Minimum');
        max = all || switchParam(ctx, 'Maximum');
        stdDev = all || switchParam(ctx, 'StandardDeviation');
        numeric = sum || average || stdDev;
        text = ctx.parameterSetName === 'TextMeasure';
        lines = switchParam(ctx, 'Line');
        words = switchParam(ctx, 'Word');
        chars = switchParam(ctx, 'Character');
        ignoreWhiteSpace = switchParam(ctx, 'IgnoreWhiteSpace');
        const raw = ctx.params.Property;
        if (raw !== undefined && raw !== null) {
          const values = Array.isArray(raw) ? raw : [raw];
          for (const v of values) {
            if (typeof v !== 'string' && (typeof v !== 'object' || v === null || !('text' in v))) {
              terminate(argumentError(`Cannot convert ${typeNameOf(v)} to a property name or script block.`, `ParameterArgumentTransformationError,${COMMAND}`, v));
            }
          }
          specs = parsePropertySpecs(values, 'group', 'MeasureObjectCommand');
        }
      },
      process(ctx, input, hasInput) {
        const obj = hasInput ? input : ctx.params.InputObject;
        if (obj === null || obj === undefined) return;
        if (!specs) {
          analyze(ctx, own, obj);
          return;
        }
        return analyzeProperties(ctx, obj, new Set<string>(), 0);
      },
      end(ctx) {
        const out: PSObject[] = [];
        if (!specs) {
          out.push(text ? textInfo(own, null) : genericInfo(own, null));
          return writeEach(ctx, out);
        }
        for (const { name, stat } of byProperty.values()) {
          if (stat.count === 0) {
            ctx.writeError(
              argumentError(
                `The property "${name}" cannot be found in the input for any objects.`,
                `${text ? 'TextMeasurePropertyNotFound' : 'GenericMeasurePropertyNotFound'},${COMMAND}`,
                null,
              ),
            );
            continue;
          }
          out.push(text ? textInfo(stat, name) : genericInfo(stat, name));
        }
        return writeEach(ctx, out);
      },
    };
  },
};
