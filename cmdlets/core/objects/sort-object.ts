// Sort-Object: a stable sort by property values (names, script blocks, or @{Expression; Ascending;
// Descending}), with -Unique, -Top and -Bottom.

import { isPromise, type CommandContext, type CommandDefinition, type ParameterDef } from '../../../src/pipeline/types.js';
import { argumentError, terminate } from './common/errors.js';
import { writeEach } from './common/flow.js';
import { numberParam, switchParam } from './common/params.js';
import { parsePropertySpecs, type PropertySpec } from './common/property-expression.js';
import { compareEntries, orderEntry, type OrderEntry } from './common/order.js';

const COMMAND = 'SortObjectCommand';

const PARAMETERS: ParameterDef[] = [
  { name: 'Descending', type: 'switch' },
  { name: 'Unique', type: 'switch' },
  { name: 'Top', type: 'System.Int32', mandatory: true, parameterSets: ['Top'] },
  { name: 'Bottom', type: 'System.Int32', mandatory: true, parameterSets: ['Bottom'] },
  { name: 'Stable', type: 'switch', parameterSets: ['Default'] },
  { name: 'InputObject', type: 'System.Management.Automation.PSObject', valueFromPipeline: true, allowNull: true },
  { name: 'Property', type: 'System.Object[]', position: 0 },
  { name: 'CaseSensitive', type: 'switch' },
];

function atLeastOne(ctx: CommandContext, name: string): number | undefined {
  const v = numberParam(ctx, name);
  if (v !== undefined && v < 1) {
    terminate(
      argumentError(
        `Cannot validate argument on parameter '${name}'. The ${v} argument is less than the minimum allowed range of 1. Supply an argument that is greater than or equal to 1 and then try the command again.`,
        `ParameterArgumentValidationError,Microsoft.PowerShell.Commands.${COMMAND}`,
        null,
        'InvalidData',
      ),
    );
  }
  return v;
}

export const sortObjectCommand: CommandDefinition = {
  name: 'Sort-Object',
  aliases: ['sort'],
  module: 'Microsoft.PowerShell.Utility',
  synopsis: 'Sorts objects by property values.',
  defaultParameterSet: 'Default',
  parameters: PARAMETERS,
  create() {
    let specs: PropertySpec[] = [];
    let ascending: boolean[] = [];
    let caseSensitive = false;
    const entries: OrderEntry[] = [];

    return {
      begin(ctx) {
        const raw = ctx.params.Property;
        const values = raw === undefined || raw === null ? [] : Array.isArray(raw) ? raw : [raw];
        specs = parsePropertySpecs(values, 'sort', COMMAND);
        const descending = switchParam(ctx, 'Descending');
        // A hashtable's Ascending/Descending overrides -Descending for its own key.
        ascending = specs.length === 0 ? [!descending] : specs.map((s) => (s.descending !== undefined ? !s.descending : s.ascending !== undefined ? s.ascending : !descending));
        caseSensitive = switchParam(ctx, 'CaseSensitive');
        atLeastOne(ctx, 'Top');
        atLeastOne(ctx, 'Bottom');
      },
      process(ctx, input, hasInput) {
        const obj = hasInput ? input : ctx.params.InputObject;
        // Like pwsh, $null input is dropped.
        if (obj === null || obj === undefined) return;
        const e = orderEntry(ctx, specs, obj);
        if (isPromise(e)) return e.then((x) => void entries.push(x));
        entries.push(e);
      },
      end(ctx) {
        // Array.prototype.sort is stable: equal objects keep their input order.
        entries.sort((a, b) => compareEntries(a, b, ascending, caseSensitive));
        let sorted = entries;
        if (switchParam(ctx, 'Unique')) {
          sorted = [];
          for (const e of entries) {
            const prev = sorted[sorted.length - 1];
            if (!prev || compareEntries(prev, e, ascending, caseSensitive) !== 0) sorted.push(e);
          }
        }
        const top = numberParam(ctx, 'Top');
        const bottom = numberParam(ctx, 'Bottom');
        if (top !== undefined) sorted = sorted.slice(0, top);
        else if (bottom !== undefined) sorted = sorted.slice(Math.max(0, sorted.length - bottom));
        return writeEach(
          ctx,
          sorted.map((e) => e.obj),
        );
      },
    };
  },
};
