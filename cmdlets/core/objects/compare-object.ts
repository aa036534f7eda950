// Compare-Object: matches difference objects against reference objects within a sync window and writes
// the differences (SideIndicator "<=" only in the reference, "=>" only in the difference, "==" both).

import { isPromise, type CommandContext, type CommandDefinition, type MaybePromise, type ParameterDef } from '../../../src/pipeline/types.js';
import { PSObject } from '../../../src/objects/psobject.js';
import { numberParam, switchParam } from './common/params.js';
import { argumentError, terminate } from './common/errors.js';
import { parsePropertySpecs, type PropertySpec } from './common/property-expression.js';
import { compareEntries, orderEntry, type OrderEntry } from './common/order.js';

const COMMAND = 'CompareObjectCommand';

const PARAMETERS: ParameterDef[] = [
  // PSObject[] in pwsh; object[] keeps hashtables as they are.
  { name: 'ReferenceObject', type: 'System.Object[]', position: 0, mandatory: true, allowNull: true },
  { name: 'DifferenceObject', type: 'System.Object[]', position: 1, mandatory: true, valueFromPipeline: true, allowNull: true },
  { name: 'SyncWindow', type: 'System.Int32' },
  { name: 'Property', type: 'System.Object[]' },
  { name: 'ExcludeDifferent', type: 'switch' },
  { name: 'IncludeEqual', type: 'switch' },
  { name: 'PassThru', type: 'switch' },
  { name: 'CaseSensitive', type: 'switch' },
];

function asArray(v: unknown): unknown[] {
  if (v === undefined || v === null) return [];
  return Array.isArray(v) ? v : [v];
}

/** Computes the order entries of several objects, synchronously unless a property script is async. */
function entriesOf(ctx: CommandContext, specs: readonly PropertySpec[], objs: readonly unknown[]): MaybePromise<OrderEntry[]> {
  const out: OrderEntry[] = [];
  const step = (i: number): MaybePromise<OrderEntry[]> => {
    for (; i < objs.length; i++) {
      const e = orderEntry(ctx, specs, objs[i]);
      if (isPromise(e)) {
        const next = i + 1;
        return e.then((x) => {
          out.push(x);
          return step(next);
        });
      }
      out.push(e);
    }
    return out;
  };
  return step(0);
}

export const compareObjectCommand: CommandDefinition = {
  name: 'Compare-Object',
  aliases: ['compare', 'diff'],
  module: 'Microsoft.PowerShell.Utility',
  synopsis: 'Compares two sets of objects.',
  parameters: PARAMETERS,
  create() {
    let specs: PropertySpec[] = [];
    let ascending: boolean[] = [true];
    let caseSensitive = false;
    let syncWindow = 2147483647;
    let includeEqual = false;
    let excludeDifferent = false;
    let passThru = false;
    let reference: OrderEntry[] | undefined;
    let refIndex = 0;
    const refBacklog: OrderEntry[] = [];
    const diffBacklog: OrderEntry[] = [];
    const pending: unknown[] = [];

    const equal = (a: OrderEntry, b: OrderEntry): boolean => compareEntries(a, b, ascending, caseSensitive) === 0;

    const emit = (entry: OrderEntry, side: string): void => {
      let o: unknown;
      if (passThru) {
        o = entry.obj;
        // The original object carries the indicator; values that are not objects cannot carry notes.
        if (o instanceof PSObject) {
          o.remove('SideIndicator');
          o.addNote('SideIndicator', side);
        }
      } else {
        const p = new PSObject();
        if (specs.length === 0) p.addNote('InputObject', entry.obj);
        else specs.forEach((s, i) => {
          if (!p.has(s.expression.text)) p.addNote(s.expression.text, entry.keys[i]?.value ?? null);
        });
        p.addNote('SideIndicator', side);
        o = p;
      }
      pending.push(o);
    };
    const emitMatch = (e: OrderEntry): void => {
      if (includeEqual) emit(e, '==');
    };
    const emitDifference = (e: OrderEntry): void => {
      if (!excludeDifferent) emit(e, '=>');
    };
    const emitReference = (e: OrderEntry): void => {
      if (!excludeDifferent) emit(e, '<=');
    };

    const matchAndRemove = (match: OrderEntry | undefined, list: OrderEntry[]): OrderEntry | undefined => {
      if (!match) return undefined;
      const i = list.findIndex((x) => equal(match, x));
      return i < 0 ? undefined : list.splice(i, 1)[0];
    };

    /** pwsh's matching step for one difference entry (or none, to drain the references). */
    const step = (diff: OrderEntry | undefined): void => {
      let ref: OrderEntry | undefined = reference && refIndex < reference.length ? reference[refIndex++] : undefined;
      if (ref && diff && equal(ref, diff)) {
        emitMatch(ref);
        return;
      }
      const fromRefs = matchAndRemove(diff, refBacklog);
      if (fromRefs) {
        emitMatch(fromRefs);
        diff = undefined;
      }
      if (matchAndRemove(ref, diffBacklog)) {
        emitMatch(ref!);
        ref = undefined;
      }
      if (diff) {
        if (syncWindow > 0) {
          while (diffBacklog.length >= syncWindow) emitDifference(diffBacklog.shift()!);
          diffBacklog.push(diff);
        } else emitDifference(diff);
      }
      if (ref) {
        if (syncWindow > 0) {
          while (refBacklog.length >= syncWindow) emitReference(refBacklog.shift()!);
          refBacklog.push(ref);
        } else emitReference(ref);
      }
    };

    const flush = (ctx: CommandContext): MaybePromise<void> => {
      while (pending.length > 0) {
        const w = ctx.write(pending.shift());
        if (isPromise(w)) return w.then(() => flush(ctx));
      }
    };

    const processDifference = (ctx: CommandContext, diffs: OrderEntry[]): MaybePromise<void> => {
      if (!reference || reference.length === 0) {
        for (const d of diffs) emitDifference(d);
      } else for (const d of diffs) step(d);
      return flush(ctx);
    };

    return {
      begin(ctx) {
        const raw = ctx.params.Property;
        specs = parsePropertySpecs(asArray(raw), 'group', COMMAND);
        ascending = specs.length === 0 ? [true] : specs.map(() => true);
        caseSensitive = switchParam(ctx, 'CaseSensitive');
        const sw = numberParam(ctx, 'SyncWindow');
        if (sw !== undefined) {
          if (sw < 0) {
            terminate(
              argumentError(
                `Cannot validate argument on parameter 'SyncWindow'. The ${sw} argument is less than the minimum allowed range of 0. Supply an argument that is greater than or equal to 0 and then try the command again.`,
                `ParameterArgumentValidationError,Microsoft.PowerShell.Commands.${COMMAND}`,
                null,
                'InvalidData',
              ),
            );
          }
          syncWindow = sw;
        }
        passThru = switchParam(ctx, 'PassThru');
        excludeDifferent = switchParam(ctx, 'ExcludeDifferent');
        includeEqual = switchParam(ctx, 'IncludeEqual');
        // -ExcludeDifferent implies -IncludeEqual unless it was explicitly turned off.
        if (excludeDifferent && !(ctx.isBound('IncludeEqual') && !includeEqual)) includeEqual = true;
        const refs = entriesOf(ctx, specs, asArray(ctx.params.ReferenceObject));
        if (isPromise(refs)) return refs.then((r) => void (reference = r));
        reference = refs;
      },
      process(ctx) {
        const diffs = asArray(ctx.params.DifferenceObject);
        if (diffs.length === 0) return;
        const entries = entriesOf(ctx, specs, diffs);
        return isPromise(entries) ? entries.then((e) => processDifference(ctx, e)) : processDifference(ctx, entries);
      },
      end(ctx) {
        if (reference) while (refIndex < reference.length) step(undefined);
        for (const d of diffBacklog) emitDifference(d);
        diffBacklog.length = 0;
        for (const r of refBacklog) emitReference(r);
        refBacklog.length = 0;
        return flush(ctx);
      },
    };
  },
};
