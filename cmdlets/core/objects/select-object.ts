// Select-Object: picks properties (new "Selected.<type>" objects), expands one property, and selects
// objects by position (-First/-Last/-Skip/-SkipLast/-Index/-SkipIndex) or uniqueness. -First and -Index
// stop the upstream commands once everything requested has been written.

import { isPromise, type CommandContext, type CommandDefinition, type MaybePromise, type ParameterDef } from '../../../src/pipeline/types.js';
import { StopUpstreamError } from '../../../src/pipeline/stop.js';
import { PSObject } from '../../../src/objects/psobject.js';
import { isCollection, toArray, typeNameOf } from '../../../src/engine/conversions.js';
import { compareValues, wildcardToRegExp } from '../../../src/engine/operators.js';
import { argumentError, terminate } from './common/errors.js';
import { Deque } from './common/deque.js';
import { numberParam, stringArrayParam, stringParam, switchParam } from './common/params.js';
import { parsePropertySpecs, resolveExpression, type PropertyExpression, type PropertySpec, type ResolvedValue } from './common/property-expression.js';

const COMMAND = 'SelectObjectCommand';
const FQ = `Microsoft.PowerShell.Commands.${COMMAND}`;
const CUSTOM = 'System.Management.Automation.PSCustomObject';

const PARAMETERS: ParameterDef[] = [
  { name: 'InputObject', type: 'System.Management.Automation.PSObject', valueFromPipeline: true, allowNull: true },
  { name: 'Property', type: 'System.Object[]', position: 0, parameterSets: ['DefaultParameter', 'SkipLastParameter'] },
  { name: 'ExcludeProperty', type: 'System.String[]', parameterSets: ['DefaultParameter', 'SkipLastParameter'] },
  { name: 'ExpandProperty', type: 'System.String', parameterSets: ['DefaultParameter', 'SkipLastParameter'] },
  { name: 'Unique', type: 'switch' },
  { name: 'CaseInsensitive', type: 'switch' },
  { name: 'Last', type: 'System.Int32', parameterSets: ['DefaultParameter'] },
  { name: 'First', type: 'System.Int32', parameterSets: ['DefaultParameter'] },
  { name: 'Skip', type: 'System.Int32', parameterSets: ['DefaultParameter'] },
  { name: 'SkipLast', type: 'System.Int32', parameterSets: ['SkipLastParameter'] },
  { name: 'Wait', type: 'switch', parameterSets: ['DefaultParameter', 'IndexParameter'] },
  { name: 'Index', type: 'System.Int32[]', parameterSets: ['IndexParameter'] },
  { name: 'SkipIndex', type: 'System.Int32[]', parameterSets: ['SkipIndexParameter'] },
];

function isCustomObject(o: PSObject): boolean {
  return o.typeNames.includes(CUSTOM);
}

/** The .NET type of the input's base object, as "Selected.<type>" names it. */
function baseTypeName(input: unknown): string {
  if (input instanceof PSObject) return isCustomObject(input) ? CUSTOM : input.typeName;
  return typeNameOf(input);
}

function validateRange(ctx: CommandContext, name: string): number | undefined {
  const v = numberParam(ctx, name);
  if (v !== undefined && v < 0) {
    terminate(
      argumentError(
        `Cannot validate argument on parameter '${name}'. The ${v} argument is less than the minimum allowed range of 0. Supply an argument that is greater than or equal to 0 and then try the command again.`,
        `ParameterArgumentValidationError,${FQ}`,
        null,
        'InvalidData',
      ),
    );
  }
  return v;
}

interface Written {
  obj: unknown;
  notes: ReadonlyArray<readonly [string, unknown]>;
}

/** Select-Object -Unique equality: the objects (or their selected properties) compare equal. */
function sameObject(a: Written, b: Written, caseSensitive: boolean): boolean {
  if (a.notes.length !== b.notes.length) return false;
  if (a.notes.length === 0) {
    if ((a.obj === null || a.obj === undefined) && (b.obj === null || b.obj === undefined)) return true;
    return compareValues(a.obj, b.obj, caseSensitive) === 0;
  }
  for (let i = 0; i < a.notes.length; i++) {
    const [name, value] = a.notes[i]!;
    const other = b.notes.find(([n]) => n.toLowerCase() === name.toLowerCase());
    if (!other) return false;
    const bv = other[1];
    if ((value === null || value === undefined) && (bv === null || bv === undefined)) continue;
    if (compareValues(value, bv, caseSensitive) !== 0) return false;
  }
  return true;
}

const NONE = Symbol('none');

export const selectObjectCommand: CommandDefinition = {
  name: 'Select-Object',
  aliases: ['select'],
  module: 'Microsoft.PowerShell.Utility',
  synopsis: 'Selects objects or object properties.',
  defaultParameterSet: 'DefaultParameter',
  parameters: PARAMETERS,
  create() {
    let specs: PropertySpec[] = [];
    let expand: PropertyExpression | undefined;
    let expandName = '';
    let exclude: RegExp[] | undefined;
    let unique = false;
    let caseSensitive = true;
    const uniques: Written[] = [];
    // The positional selection (pwsh's SelectObjectQueue).
    const queue = new Deque<unknown>();
    let first = 0;
    let last = 0;
    let skip = 0;
    let skipLast = 0;
    let firstOrLast = false;
    let streamed = 0;
    let wait = false;
    // -Index / -SkipIndex
    let indexes: number[] | undefined;
    let includeIndex = true;
    let nextIndex = 0;
    let objectIndex = 0;

    const excluded = (name: string): boolean => exclude !== undefined && exclude.some((re) => re.test(name));

    /** Writes (or, with -Unique, remembers) a result object. */
    const filteredWrite = (ctx: CommandContext, out: unknown, input: unknown, notes: ReadonlyArray<readonly [string, unknown]>): MaybePromise<void> => {
      if (unique) {
        const w: Written = { obj: out, notes };
        if (uniques.some((u) => sameObject(u, w, caseSensitive))) return;
        markSelected(out, input, notes.length > 0);
        uniques.push(w);
        return;
      }
      markSelected(out, input, notes.length > 0);
      return ctx.write(out);
    };

    /** pwsh's SetPSCustomObject: custom objects get "Selected.<input type>" as their first type name. */
    const markSelected = (out: unknown, input: unknown, isNew: boolean): void => {
      if (!(out instanceof PSObject) || !isCustomObject(out)) return;
      const name = `Selected.${baseTypeName(input)}`;
      if (isNew || !out.typeNames.includes(name)) out.typeNames.unshift(name);
    };

    /** Adds the -Property notes to an expanded value (a copy, so the original object is not changed). */
    const withNotes = (ctx: CommandContext, value: unknown, input: unknown, notes: ReadonlyArray<readonly [string, unknown]>): unknown => {
      if (notes.length === 0 || !(value instanceof PSObject)) return value;
      const copy = value.clone();
      for (const [name, v] of notes) {
        if (copy.has(name)) {
          ctx.writeError(
            argumentError(
              `The property cannot be processed because the property "${name}" already exists.`,
              `AlreadyExistingUserSpecifiedPropertyExpand,${FQ}`,
              input,
              'InvalidOperation',
            ),
          );
        } else copy.addNote(name, v);
      }
      return copy;
    };

    const expandAndWrite = (ctx: CommandContext, input: unknown, notes: Array<readonly [string, unknown]>, results: ResolvedValue[]): MaybePromise<void> => {
      const found = results.filter((r) => r.exists);
      if (found.length === 0) {
        ctx.writeError(argumentError(`Property "${expandName}" cannot be found.`, `ExpandPropertyNotFound,${FQ}`, input));
        return;
      }
      if (found.length > 1) {
        ctx.writeError(argumentError(`Multiple properties cannot be expanded.`, `MutlipleExpandProperties,${FQ}`, input));
        return;
      }
      const value = found[0]!.value;
      if (value === null || value === undefined) return;
      if (!isCollection(value)) return filteredWrite(ctx, withNotes(ctx, value, input, notes), input, notes);
      const items = toArray(value);
      const step = (i: number): MaybePromise<void> => {
        for (; i < items.length; i++) {
          const item = items[i];
          if (item === null || item === undefined) continue;
          const w = filteredWrite(ctx, withNotes(ctx, item, input, notes), input, notes);
          if (isPromise(w)) {
            const next = i + 1;
            return w.then(() => step(next));
          }
        }
      };
      return step(0);
    };

    /** Builds the notes for one object, then writes the new object or the expansion. */
    const finish = (ctx: CommandContext, input: unknown, notes: Array<readonly [string, unknown]>): MaybePromise<void> => {
      if (expand) {
        const r = resolveExpression(ctx, expand, input);
        return isPromise(r) ? r.then((rs) => expandAndWrite(ctx, input, notes, rs)) : expandAndWrite(ctx, input, notes, r);
      }
      const result = new PSObject([CUSTOM, 'System.Object']);
      for (const [name, value] of notes) {
        if (result.has(name)) {
          ctx.writeError(
            argumentError(
              `The property cannot be processed because the property "${name}" already exists.`,
              `AlreadyExistingUserSpecifiedPropertyNoExpand,${FQ}`,
              input,
              'InvalidOperation',
            ),
          );
        } else result.addNote(name, value);
      }
      return filteredWrite(ctx, result, input, notes);
    };

    const addResults = (ctx: CommandContext, input: unknown, spec: PropertySpec, results: ResolvedValue[], notes: Array<readonly [string, unknown]>): boolean => {
      const kept = results.filter((r) => !excluded(r.name));
      if (spec.label !== undefined && kept.length > 1) {
        ctx.writeError(argumentError('Cannot rename multiple results.', `RenamingMultipleResults,${FQ}`, input, 'InvalidOperation'));
        return false;
      }
      for (const r of kept) notes.push([spec.label ?? r.name, r.value]);
      return true;
    };

    const collectFrom = (ctx: CommandContext, input: unknown, notes: Array<readonly [string, unknown]>, i: number): MaybePromise<void> => {
      for (; i < specs.length; i++) {
        const spec = specs[i]!;
        const r = resolveExpression(ctx, spec.expression, input);
        if (isPromise(r)) {
          const next = i + 1;
          return r.then((rs) => (addResults(ctx, input, spec, rs, notes) ? collectFrom(ctx, input, notes, next) : undefined));
        }
        if (!addResults(ctx, input, spec, r, notes)) return;
      }
      return finish(ctx, input, notes);
    };

    const processObject = (ctx: CommandContext, input: unknown): MaybePromise<void> => {
      if (specs.length === 0 && !expand) return filteredWrite(ctx, input, input, []);
      return collectFrom(ctx, input, [], 0);
    };

    /** pwsh's SelectObjectQueue.StreamingDequeue: the object to process now, if any. */
    const streamingDequeue = (): unknown => {
      if (skip === 0) {
        if (skipLast > 0) {
          if (queue.length > skipLast) return queue.shift();
        } else {
          if (streamed < first || !firstOrLast) {
            streamed++;
            return queue.shift();
          }
          if (last === 0) queue.shift();
        }
      } else if (last === 0) {
        queue.shift();
        skip--;
      } else if (first !== 0) {
        skip--;
        queue.shift();
      }
      return NONE;
    };

    const enqueue = (obj: unknown): void => {
      if (last > 0 && queue.length >= last + skip && first === 0) queue.shift();
      else if (last > 0 && queue.length >= last && first !== 0) queue.shift();
      queue.push(obj);
    };

    const stopAfter = (w: MaybePromise<void>): MaybePromise<void> => {
      if (isPromise(w)) {
        return w.then(() => {
          throw new StopUpstreamError();
        });
      }
      throw new StopUpstreamError();
    };

    const processIndexed = (ctx: CommandContext, input: unknown): MaybePromise<void> => {
      const idx = indexes!;
      let w: MaybePromise<void> = undefined;
      if (includeIndex) {
        if (nextIndex < idx.length && objectIndex === idx[nextIndex]) {
          const at = idx[nextIndex];
          w = processObject(ctx, input);
          while (nextIndex < idx.length && idx[nextIndex] === at) nextIndex++;
        }
        objectIndex++;
        if (!wait && nextIndex >= idx.length) return stopAfter(w);
        return w;
      }
      if (nextIndex < idx.length && objectIndex === idx[nextIndex]) {
        const at = idx[nextIndex];
        while (nextIndex < idx.length && idx[nextIndex] === at) nextIndex++;
      } else w = processObject(ctx, input);
      objectIndex++;
      return w;
    };

    return {
      begin(ctx) {
        const props = ctx.params.Property;
        const values = props === undefined || props === null ? [] : Array.isArray(props) ? props : [props];
        const excludes = stringArrayParam(ctx, 'ExcludeProperty');
        if (excludes) {
          exclude = excludes.map((p) => wildcardToRegExp(p));
          // -ExcludeProperty alone means "every property but these".
          if (values.length === 0) values.push('*');
        }
        specs = parsePropertySpecs(values, 'select', COMMAND);
        const expandText = stringParam(ctx, 'ExpandProperty');
        if (expandText) {
          expandName = expandText;
          expand = parsePropertySpecs([expandText], 'select', COMMAND)[0]!.expression;
        }
        unique = switchParam(ctx, 'Unique');
        caseSensitive = !switchParam(ctx, 'CaseInsensitive');
        wait = switchParam(ctx, 'Wait');
        first = validateRange(ctx, 'First') ?? 0;
        last = validateRange(ctx, 'Last') ?? 0;
        skip = validateRange(ctx, 'Skip') ?? 0;
        skipLast = validateRange(ctx, 'SkipLast') ?? 0;
        firstOrLast = ctx.isBound('First') || ctx.isBound('Last');
        const index = ctx.params.Index ?? ctx.params.SkipIndex;
        if (index !== undefined && index !== null) {
          includeIndex = ctx.isBound('Index');
          indexes = (Array.isArray(index) ? index : [index]).map((n) => Number(n)).sort((a, b) => a - b);
          const negative = indexes.find((n) => n < 0);
          if (negative !== undefined) {
            terminate(
              argumentError(
                `Cannot validate argument on parameter '${includeIndex ? 'Index' : 'SkipIndex'}'. The ${negative} argument is less than the minimum allowed range of 0. Supply an argument that is greater than or equal to 0 and then try the command again.`,
                `ParameterArgumentValidationError,${FQ}`,
                null,
                'InvalidData',
              ),
            );
          }
        }
      },

      process(ctx, input, hasInput) {
        const obj = hasInput ? input : ctx.params.InputObject;
        if (obj === null || obj === undefined) return;
        if (indexes) return processIndexed(ctx, obj);
        enqueue(obj);
        const next = streamingDequeue();
        const w = next === NONE ? undefined : processObject(ctx, next);
        if (firstOrLast && last === 0 && first !== 0 && streamed >= first && !wait) return stopAfter(w);
        return w;
      },

      end(ctx) {
        const out: unknown[] = [];
        if (ctx.parameterSetName === 'DefaultParameter' || ctx.parameterSetName === '__AllParameterSets') {
          if (first !== 0) while (queue.length > 0) out.push(queue.shift());
          else while (queue.length > skip) out.push(queue.shift());
        }
        const step = (i: number): MaybePromise<void> => {
          for (; i < out.length; i++) {
            const w = processObject(ctx, out[i]);
            if (isPromise(w)) {
              const next = i + 1;
              return w.then(() => step(next));
            }
          }
          return writeUniques(0);
        };
        const writeUniques = (i: number): MaybePromise<void> => {
          for (; i < uniques.length; i++) {
            const w = ctx.write(uniques[i]!.obj);
            if (isPromise(w)) {
              const next = i + 1;
              return w.then(() => writeUniques(next));
            }
          }
        };
        return step(0);
      },
    };
  },
};
