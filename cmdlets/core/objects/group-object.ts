// Group-Object: groups objects with equal property values into GroupInfo objects (Count, Name, Group,
// Values), or into a hashtable with -AsHashTable.

import { isPromise, type CommandDefinition, type ParameterDef } from '../../../src/pipeline/types.js';
import { PSObject } from '../../../src/objects/psobject.js';
import { PSHashtable } from '../../../src/objects/hashtable.js';
import { PSList } from '../../../src/objects/pslist.js';
import { dotnetToString, isCollection, toArray, typeNameOf } from '../../../src/engine/conversions.js';
import { argumentError, terminate } from './common/errors.js';
import { writeEach } from './common/flow.js';
import { switchParam } from './common/params.js';
import { parsePropertySpecs, type PropertySpec } from './common/property-expression.js';
import { compareEntries, orderEntry, type OrderEntry } from './common/order.js';

const COMMAND = 'GroupObjectCommand';
const FQ = `Microsoft.PowerShell.Commands.${COMMAND}`;

const PARAMETERS: ParameterDef[] = [
  { name: 'NoElement', type: 'switch' },
  { name: 'AsHashTable', type: 'switch', aliases: ['AHT'], parameterSets: ['HashTable'] },
  { name: 'AsString', type: 'switch', parameterSets: ['HashTable'] },
  { name: 'InputObject', type: 'System.Management.Automation.PSObject', valueFromPipeline: true, allowNull: true },
  { name: 'Property', type: 'System.Object[]', position: 0 },
  { name: 'CaseSensitive', type: 'switch' },
];

interface Group {
  first: OrderEntry;
  items: unknown[];
  count: number;
}

/** GroupInfo.Name: the key values' .NET strings joined by ", " ($null skipped, collections as {a, b}). */
function groupName(entry: OrderEntry): string {
  const parts: string[] = [];
  for (const k of entry.keys) {
    const v = k.value;
    if (v === null || v === undefined) continue;
    parts.push(isCollection(v) ? `{${toArray(v).map((x) => dotnetToString(x)).join(', ')}}` : dotnetToString(v));
  }
  return parts.join(', ');
}

function groupInfo(g: Group, noElement: boolean): PSObject {
  const names = noElement
    ? ['Microsoft.PowerShell.Commands.GroupInfoNoElement', 'Microsoft.PowerShell.Commands.GroupInfo', 'System.Object']
    : ['Microsoft.PowerShell.Commands.GroupInfo', 'System.Object'];
  const o = new PSObject(names);
  o.addNote('Count', g.count, 'Property', 'System.Int32');
  o.addNote('Name', groupName(g.first), 'Property', 'System.String');
  o.addNote('Group', noElement ? [] : g.items, 'Property', 'System.Collections.ObjectModel.Collection`1[[System.Management.Automation.PSObject]]');
  o.addNote('Values', PSList.arrayList(g.first.keys.map((k) => k.value)), 'Property', 'System.Collections.ArrayList');
  o.sealed = true;
  return o;
}

/** True when every key position holds values of one type (nulls aside): pwsh then sorts the groups. */
function sameKeyTypes(entries: readonly OrderEntry[]): boolean {
  const types: (string | undefined)[] = [];
  let width = -1;
  for (const e of entries) {
    if (width < 0) width = e.keys.length;
    else if (e.keys.length !== width) return false;
    for (let i = 0; i < e.keys.length; i++) {
      const v = e.keys[i]!.value;
      if (v === null || v === undefined) continue;
      const t = typeNameOf(v);
      if (types[i] === undefined) types[i] = t;
      else if (types[i] !== t) return false;
    }
  }
  return true;
}

export const groupObjectCommand: CommandDefinition = {
  name: 'Group-Object',
  aliases: ['group'],
  module: 'Microsoft.PowerShell.Utility',
  synopsis: 'Groups objects that contain the same value for specified properties.',
  outputType: ['Microsoft.PowerShell.Commands.GroupInfo', 'System.Collections.Hashtable'],
  parameters: PARAMETERS,
  create() {
    let specs: PropertySpec[] = [];
    let caseSensitive = false;
    let ascending: boolean[] = [];
    const entries: OrderEntry[] = [];

    return {
      begin(ctx) {
        const raw = ctx.params.Property;
        const values = raw === undefined || raw === null ? [] : Array.isArray(raw) ? raw : [raw];
        specs = parsePropertySpecs(values, 'group', COMMAND);
        ascending = specs.length === 0 ? [true] : specs.map(() => true);
        caseSensitive = switchParam(ctx, 'CaseSensitive');
        const asHash = switchParam(ctx, 'AsHashTable');
        const asString = switchParam(ctx, 'AsString');
        if (asString && !asHash) {
          terminate(
            argumentError('The command cannot be run because the AsString parameter requires that you specify the AsHashtable parameter.', `ArgumentException,${FQ}`, null),
          );
        }
        if (asHash && !asString && specs.length > 1) {
          terminate(
            argumentError(
              'The command cannot be run because using the AsHashTable parameter with more than one property requires adding the AsString parameter.',
              `ArgumentException,${FQ}`,
              null,
            ),
          );
        }
      },
      process(ctx, input, hasInput) {
        const obj = hasInput ? input : ctx.params.InputObject;
        if (obj === null || obj === undefined) return;
        const e = orderEntry(ctx, specs, obj);
        if (isPromise(e)) return e.then((x) => void entries.push(x));
        entries.push(e);
      },
      end(ctx) {
        const groups: Group[] = [];
        const equal = (a: OrderEntry, b: OrderEntry): boolean => compareEntries(a, b, ascending, caseSensitive) === 0;
        if (sameKeyTypes(entries)) {
          // Same types: a stable sort, then runs of equal keys (groups come out sorted).
          const sorted = [...entries].sort((a, b) => compareEntries(a, b, ascending, caseSensitive));
          for (const e of sorted) {
            const last = groups[groups.length - 1];
            if (last && equal(last.first, e)) {
              last.items.push(e.obj);
              last.count++;
            } else groups.push({ first: e, items: [e.obj], count: 1 });
          }
        } else {
          // Mixed types: groups in order of first appearance.
          for (const e of entries) {
            const g = groups.find((x) => equal(x.first, e));
            if (g) {
              g.items.push(e.obj);
              g.count++;
            } else groups.push({ first: e, items: [e.obj], count: 1 });
          }
        }
        if (groups.length === 0) return;
        const noElement = switchParam(ctx, 'NoElement');
        if (switchParam(ctx, 'AsHashTable')) {
          const asString = switchParam(ctx, 'AsString');
          const h = new PSHashtable();
          for (const g of groups) {
            const key = asString ? groupName(g.first) : (g.first.keys[0]?.value ?? null);
            h.set(key, noElement ? [] : g.items);
          }
          return ctx.write(h);
        }
        return writeEach(
          ctx,
          groups.map((g) => groupInfo(g, noElement)),
        );
      },
    };
  },
};
