// The registry of default views: which columns/properties a type shows when it reaches Out-Default or
// Format-Table/-List without -Property (PowerShell's *.format.ps1xml, DefaultFormatters/*.cs). Other modules
// may register views for the types they emit.

import type { Alignment } from './table-writer.js';

/** A property name, or a function computing the value (what a format.ps1xml script block column does). */
export type ColumnValue = string | ((obj: unknown) => unknown);

export interface TableColumnDef {
  /** Header text; defaults to the property name (a function column needs one). */
  label?: string;
  /** Fixed width; omitted or 0 to size from the data. */
  width?: number;
  alignment?: Alignment;
  value: ColumnValue;
  /** .NET format string applied to the value ("{0:N2}" or "N2"). */
  formatString?: string;
}

export interface GroupByDef {
  value: ColumnValue;
  /** Label in the auto-generated "   Label: value" header (defaults to the property name). */
  label?: string;
  /** A custom header (a format.ps1xml custom control), given the first object of the group. */
  render?: (obj: unknown) => string;
}

export interface TableViewDef {
  kind: 'table';
  name: string;
  columns: TableColumnDef[];
  groupBy?: GroupByDef;
  autoSize?: boolean;
  /** Rows wrap instead of being cut (<Wrap/> in the row definition). */
  wrap?: boolean;
  hideHeader?: boolean;
}

export interface ListItemDef {
  label?: string;
  value: ColumnValue;
  formatString?: string;
}

export interface ListEntryDef {
  /** Type names this entry applies to; the entry without one is the default. */
  selectedBy?: string[];
  items: ListItemDef[];
}

export interface ListViewDef {
  kind: 'list';
  name: string;
  entries: ListEntryDef[];
  groupBy?: GroupByDef;
}

/** What a custom view may adapt to: colours on a terminal, the console width. */
export interface RenderContext {
  color: boolean;
  width: number;
  /** Out-Default on the console: a record merged from another stream (3>&1, ...) shows as that stream does. */
  hostStreams?: boolean;
}

export interface CustomViewDef {
  kind: 'custom';
  name: string;
  /** The text shown for the object (may span lines). */
  render: (obj: unknown, context: RenderContext) => string;
  /** Shown wherever it appears, without starting a new table/list (ErrorRecord). */
  outOfBand?: boolean;
}

export type ViewDef = TableViewDef | ListViewDef | CustomViewDef;
export type ViewKind = ViewDef['kind'];

/** A registered view with the type names it applies to (objects of any of them share one table). */
export interface RegisteredView {
  view: ViewDef;
  appliesTo: string[];
}

const registry = new Map<string, RegisteredView[]>();

/** Adds a view for one or more type names; the first view registered for a type is its default. */
export function registerView(typeNames: string | string[], view: ViewDef): void {
  const appliesTo = Array.isArray(typeNames) ? typeNames : [typeNames];
  const entry: RegisteredView = { view, appliesTo };
  for (const t of appliesTo) {
    const key = t.toLowerCase();
    const list = registry.get(key);
    if (list) list.push(entry);
    else registry.set(key, [entry]);
  }
}

/** Removes all views of a type (used by tests and by modules replacing a view). */
export function unregisterViews(typeName: string): void {
  registry.delete(typeName.toLowerCase());
}

/**
 * The view for an object with these type names (most specific first): the first registered view of the first
 * type that has one, restricted to a kind and/or a view name when given.
 */
export function findView(typeNames: readonly string[], kind?: ViewKind, name?: string): RegisteredView | undefined {
  for (const t of typeNames) {
    const views = registry.get(t.toLowerCase());
    if (!views) continue;
    const hit = views.find((r) => (!kind || r.view.kind === kind) && (!name || r.view.name.toLowerCase() === name.toLowerCase()));
    if (hit) return hit;
  }
  return undefined;
}

/** Every view name registered for these type names (for the "view cannot be found" error). */
export function viewNamesFor(typeNames: readonly string[], kind: ViewKind): string[] {
  const out: string[] = [];
  for (const t of typeNames) for (const r of registry.get(t.toLowerCase()) ?? []) if (r.view.kind === kind) out.push(r.view.name);
  return [...new Set(out)];
}

export function findOutOfBandView(typeNames: readonly string[]): CustomViewDef | undefined {
  const r = findView(typeNames, 'custom');
  return r && r.view.kind === 'custom' && r.view.outOfBand ? r.view : undefined;
}
