// Turns objects into formatting packets, as PowerShell's format-default / Format-Table / Format-List do:
// the first object picks the view (a registered view, else a table for up to 4 properties and a list for
// more), objects that do not fit it are shown "out of band" (strings as text, other objects as a list),
// and -GroupBy starts a new group whenever the grouping value changes.

import { EnumValue } from '../objects/enum-value.js';
import { fail } from '../engine/errors.js';
import { typeNamesOf } from '../engine/conversions.js';
import { formatComposite, formatValue } from '../engine/dotnet-format.js';
import { displayToString, displayValue, formatElements, isFormatEnumerable } from './display.js';
import {
  evaluateExpression,
  expressionText,
  propertyNamesOf,
  propertyValue,
  resolveNames,
  type Evaluate,
  type Expression,
  type PropertySpec,
} from './properties.js';
import {
  FormatEndData,
  FormatEntryData,
  FormatStartData,
  FormattedOutput,
  GroupEndData,
  GroupStartData,
  type TableColumnInfo,
} from './packets.js';
import type { Alignment } from './table-writer.js';
import { findOutOfBandView, findView, viewNamesFor, type ColumnValue, type ListViewDef, type RegisteredView, type RenderContext, type TableViewDef, type ViewDef } from './views.js';
import './default-views.js';

export type FormatShape = 'table' | 'list';

export interface FormatOptions {
  /** Forced by Format-Table/Format-List; undefined lets the object pick (Out-Default). */
  shape?: FormatShape;
  /** -Property entries. */
  properties?: PropertySpec[];
  groupBy?: PropertySpec;
  autoSize?: boolean;
  wrap?: boolean;
  hideTableHeaders?: boolean;
  repeatHeader?: boolean;
  /** -View name. */
  view?: string;
  /** -Expand: how collections are shown (default EnumOnly: each element). */
  expand?: 'CoreOnly' | 'EnumOnly' | 'Both';
  /** -Force: format strings and other scalars too instead of printing them as text. */
  force?: boolean;
  /** -DisplayError: show #ERR in cells whose expression failed. */
  displayError?: boolean;
  /** $FormatEnumerationLimit. */
  enumerationLimit?: number;
  /** Runs -Property/-GroupBy script blocks with $_ set. */
  evaluate?: Evaluate;
  /** Command name used in error messages (Format-Table). */
  commandName?: string;
  /** Passed to custom views (colour, console width). */
  render?: RenderContext;
}

const PLAIN_RENDER: RenderContext = { color: false, width: 120 };

const MAX_DEFAULT_TABLE_COLUMNS = 10;
const SCALAR_TYPES = new Set([
  'System.String',
  'System.SByte',
  'System.Byte',
  'System.Int16',
  'System.UInt16',
  'System.Int32',
  'System.UInt32',
  'System.Int64',
  'System.UInt64',
  'System.Char',
  'System.Single',
  'System.Double',
  'System.Boolean',
  'System.Decimal',
  'System.IntPtr',
  'System.Security.SecureString',
  'System.Numerics.BigInteger',
]);

/** Values pwsh prints with ToString() instead of a table (DefaultScalarTypes, enums included). */
export function isScalar(v: unknown): boolean {
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint') return true;
  if (v instanceof EnumValue) return true;
  const t = typeNamesOf(v)[0];
  return t !== undefined && SCALAR_TYPES.has(t);
}

function hasDisplayProperties(v: unknown): boolean {
  return propertyNamesOf(v).some((n) => !/^(PSComputerName|PSShowComputerName|RunspaceId)$/i.test(n));
}

/** Applies a FormatString (composite "{0:N2}" or a plain .NET format "N2") like FormatField does. */
function applyFormatString(value: unknown, formatString: string): string {
  try {
    if (formatString.includes('{0') || formatString.includes('}')) return formatComposite(formatString, [value], displayToString);
    return formatValue(value, formatString, displayToString);
  } catch {
    return '';
  }
}

interface Cell {
  text: string;
}

/** The value of a view column / list item for an object. */
function columnValue(value: ColumnValue, obj: unknown): unknown {
  if (typeof value === 'string') return propertyValue(obj, value).value;
  return value(obj);
}

function columnLabel(label: string | undefined, value: ColumnValue): string {
  if (label !== undefined) return label;
  return typeof value === 'string' ? value : '';
}

/** A -Property entry after wildcard expansion against an object. */
interface ResolvedColumn {
  spec: PropertySpec | undefined;
  expression: Expression;
}

interface GroupingInfo {
  value: (obj: unknown) => { ok: boolean; value: unknown };
  label: string;
  render?: (obj: unknown) => string;
}

abstract class ViewGenerator {
  grouping: GroupingInfo | undefined;
  private currentKey: string | undefined;
  private haveKey = false;
  private currentValue: { ok: boolean; value: unknown } = { ok: false, value: null };

  constructor(
    protected readonly options: FormatOptions,
    protected readonly registered: RegisteredView | undefined,
  ) {}

  /** Objects of the view's types (or any object when the view came from properties) belong to this view. */
  isApplicable(obj: unknown): boolean {
    if (!this.registered) return true;
    const names = typeNamesOf(obj).map((n) => n.toLowerCase());
    return this.registered.appliesTo.some((t) => names.includes(t.toLowerCase()));
  }

  abstract startData(obj: unknown): FormatStartData;
  abstract payload(obj: unknown): FormatEntryData;

  protected display(obj: unknown, value: unknown, formatString: string | undefined, table: boolean): string {
    if (formatString) return applyFormatString(value, formatString);
    return displayValue(value, { enumerationLimit: this.options.enumerationLimit, table });
  }

  protected cell(obj: unknown, e: Expression, spec: PropertySpec | undefined, table: boolean): Cell {
    const r = evaluateExpression(e, obj, this.options.evaluate);
    if (!r.ok) return { text: r.error !== undefined && this.options.displayError ? '#ERR' : '' };
    return { text: this.display(obj, r.value, spec?.formatString, table) };
  }

  /** True when the grouping value changed (a new group starts). */
  updateGroupingKey(obj: unknown): boolean {
    if (!this.grouping) return false;
    const v = this.grouping.value(obj);
    const key = v.ok ? `v:${displayValue(v.value, { enumerationLimit: this.options.enumerationLimit })}` : 'none';
    const changed = !this.haveKey || key !== this.currentKey;
    this.haveKey = true;
    this.currentKey = key;
    this.currentValue = v;
    return changed;
  }

  groupStart(firstObj: unknown): GroupStartData {
    const g = this.grouping;
    if (!g || !this.currentValue.ok) return new GroupStartData(undefined);
    if (g.render) return new GroupStartData(g.render(firstObj));
    const text = displayValue(this.currentValue.value, { enumerationLimit: this.options.enumerationLimit });
    return new GroupStartData(`   ${g.label}: ${text}`);
  }
}

function groupingFromOptions(options: FormatOptions): GroupingInfo | undefined {
  const g = options.groupBy;
  if (!g) return undefined;
  return {
    value: (obj) => evaluateExpression(g.expression, obj, options.evaluate),
    label: g.label ?? expressionText(g.expression),
  };
}

function groupingFromView(view: ViewDef): GroupingInfo | undefined {
  if (view.kind === 'custom' || !view.groupBy) return undefined;
  const gb = view.groupBy;
  return {
    value: (obj) => (typeof gb.value === 'string' ? (() => {
      const r = propertyValue(obj, gb.value);
      return { ok: r.found, value: r.value };
    })() : { ok: true, value: gb.value(obj) }),
    label: gb.label ?? (typeof gb.value === 'string' ? gb.value : ''),
    render: gb.render,
  };
}

/** The alignment pwsh picks for a column from the first object: numbers (and other scalars) right, rest left. */
function defaultAlignment(obj: unknown, e: Expression, evaluate: Evaluate | undefined): Alignment {
  const r = evaluateExpression(e, obj, evaluate);
  if (!r.ok || r.value === null) return 'left';
  if (typeof r.value === 'string') return 'left';
  return isScalar(r.value) ? 'right' : 'left';
}

class TableFromProperties extends ViewGenerator {
  private columns: ResolvedColumn[] = [];

  init(obj: unknown): void {
    const specs = this.options.properties;
    if (specs && specs.length > 0) {
      for (const spec of specs) {
        const resolved = resolveNames(spec.expression, obj);
        if (resolved.length === 0 && !(spec.expression.kind === 'property' && /[*?[]/.test(spec.expression.name))) {
          this.columns.push({ spec, expression: spec.expression });
        }
        for (const e of resolved) this.columns.push({ spec, expression: e });
      }
      return;
    }
    const names = propertyNamesOf(obj).filter((n) => !/^(PSComputerName|PSShowComputerName|RunspaceId)$/i.test(n));
    for (const name of names.slice(0, MAX_DEFAULT_TABLE_COLUMNS)) this.columns.push({ spec: undefined, expression: { kind: 'property', name } });
  }

  startData(obj: unknown): FormatStartData {
    const columns: TableColumnInfo[] = this.columns.map((c) => ({
      label: c.spec?.label ?? expressionText(c.expression),
      width: c.spec?.width ?? 0,
      alignment: c.spec?.alignment ?? defaultAlignment(obj, c.expression, this.options.evaluate),
    }));
    return new FormatStartData(
      { kind: 'table', columns, hideHeader: this.options.hideTableHeaders === true, repeatHeader: this.options.repeatHeader === true },
      this.options.autoSize === true,
    );
  }

  payload(obj: unknown): FormatEntryData {
    const values = this.columns.map((c) => this.cell(obj, c.expression, c.spec, true).text);
    return new FormatEntryData({ kind: 'tableRow', values, alignments: values.map(() => undefined), multiLine: this.options.wrap === true });
  }
}

class TableFromView extends ViewGenerator {
  constructor(
    options: FormatOptions,
    registered: RegisteredView,
    private readonly view: TableViewDef,
  ) {
    super(options, registered);
  }

  startData(): FormatStartData {
    const columns: TableColumnInfo[] = this.view.columns.map((c) => ({
      label: columnLabel(c.label, c.value),
      width: c.width ?? 0,
      alignment: c.alignment ?? 'left',
    }));
    const hide = this.options.hideTableHeaders ?? this.view.hideHeader ?? false;
    return new FormatStartData(
      { kind: 'table', columns, hideHeader: hide, repeatHeader: this.options.repeatHeader === true },
      this.options.autoSize ?? this.view.autoSize ?? false,
    );
  }

  payload(obj: unknown): FormatEntryData {
    const values = this.view.columns.map((c) => this.display(obj, columnValue(c.value, obj), c.formatString, true));
    const multiLine = this.options.wrap ?? this.view.wrap ?? false;
    return new FormatEntryData({ kind: 'tableRow', values, alignments: values.map(() => undefined), multiLine });
  }
}

class ListFromProperties extends ViewGenerator {
  startData(): FormatStartData {
    return new FormatStartData({ kind: 'list' }, false);
  }

  payload(obj: unknown, outOfBand = false): FormatEntryData {
    const labels: string[] = [];
    const values: string[] = [];
    const specs = this.options.properties;
    if (specs && specs.length > 0 && !outOfBand) {
      for (const spec of specs) {
        for (const e of resolveNames(spec.expression, obj)) {
          labels.push(spec.label ?? expressionText(e));
          values.push(this.cell(obj, e, spec, false).text);
        }
      }
    } else {
      for (const name of propertyNamesOf(obj)) {
        if (/^(PSComputerName|PSShowComputerName|RunspaceId)$/i.test(name)) continue;
        labels.push(name);
        values.push(this.cell(obj, { kind: 'property', name }, undefined, false).text);
      }
    }
    return new FormatEntryData({ kind: 'listEntry', labels, values }, outOfBand);
  }
}

class ListFromView extends ViewGenerator {
  constructor(
    options: FormatOptions,
    registered: RegisteredView,
    private readonly view: ListViewDef,
  ) {
    super(options, registered);
  }

  startData(): FormatStartData {
    return new FormatStartData({ kind: 'list' }, false);
  }

  payload(obj: unknown): FormatEntryData {
    const names = typeNamesOf(obj).map((n) => n.toLowerCase());
    const entry =
      this.view.entries.find((e) => e.selectedBy?.some((t) => names.includes(t.toLowerCase()))) ??
      this.view.entries.find((e) => !e.selectedBy) ??
      this.view.entries[0];
    const items = entry?.items ?? [];
    const labels = items.map((i) => columnLabel(i.label, i.value));
    const values = items.map((i) => this.display(obj, columnValue(i.value, obj), i.formatString, false));
    return new FormatEntryData({ kind: 'listEntry', labels, values });
  }
}

class ComplexFromView extends ViewGenerator {
  constructor(
    options: FormatOptions,
    registered: RegisteredView,
    private readonly render: (obj: unknown, context: RenderContext) => string,
  ) {
    super(options, registered);
  }

  startData(): FormatStartData {
    return new FormatStartData({ kind: 'complex' }, false);
  }

  payload(obj: unknown): FormatEntryData {
    return new FormatEntryData({ kind: 'complex', text: this.render(obj, this.options.render ?? PLAIN_RENDER) });
  }
}

function viewNotFound(options: FormatOptions, obj: unknown, shape: FormatShape): never {
  const names = typeNamesOf(obj);
  const kindName = shape === 'table' ? 'Table' : 'List';
  const valid = viewNamesFor(names, shape);
  const message =
    valid.length > 0
      ? `The view name ${options.view} cannot be found. Specify one of the following ${kindName} views and try again: ${valid.join(', ')}.`
      : `The view name ${options.view} cannot be found. There are no existing ${kindName} views for ${names[0] ?? 'System.Object'} objects.`;
  fail(message, {
    id: `FormatViewNotFound${options.commandName ? `,Microsoft.PowerShell.Commands.${options.commandName.replace('-', '')}Command` : ''}`,
    category: 'ObjectNotFound',
    target: options.view,
    type: 'System.Management.Automation.PipelineStoppedException',
  });
}

function generatorForView(options: FormatOptions, r: RegisteredView): ViewGenerator {
  const v = r.view;
  let g: ViewGenerator;
  if (v.kind === 'table') g = new TableFromView(options, r, v);
  else if (v.kind === 'list') g = new ListFromView(options, r, v);
  else g = new ComplexFromView(options, r, v.render);
  g.grouping = groupingFromOptions(options) ?? groupingFromView(v);
  return g;
}

function generatorFromProperties(options: FormatOptions, obj: unknown, shape: FormatShape | undefined): ViewGenerator {
  let s = shape;
  if (!s) {
    const count = propertyNamesOf(obj).filter((n) => !/^(PSComputerName|PSShowComputerName|RunspaceId)$/i.test(n)).length;
    s = count <= 4 ? 'table' : 'list';
  }
  let g: ViewGenerator;
  if (s === 'table') {
    const t = new TableFromProperties(options, undefined);
    t.init(obj);
    g = t;
  } else {
    g = new ListFromProperties(options, undefined);
  }
  g.grouping = groupingFromOptions(options);
  return g;
}

/** Chooses the view for the first object of a format sequence (FormatViewManager.Initialize). */
function selectGenerator(options: FormatOptions, obj: unknown): ViewGenerator {
  const names = typeNamesOf(obj);
  const shape = options.shape;
  if (!shape) {
    const r = findView(names);
    return r ? generatorForView(options, r) : generatorFromProperties(options, obj, undefined);
  }
  if (options.properties && options.properties.length > 0) return generatorFromProperties(options, obj, shape);
  if (options.view) {
    const r = findView(names, shape, options.view);
    if (!r) viewNotFound(options, obj, shape);
    return generatorForView(options, r);
  }
  const r = findView(names, shape);
  return r ? generatorForView(options, r) : generatorFromProperties(options, obj, shape);
}

/**
 * The formatter of one Format-* / Out-Default invocation. Feed it objects with process(), close it with
 * end(); every packet goes to `emit` as soon as it exists.
 */
export class Formatter {
  private generator: ViewGenerator | undefined;
  private state: 'none' | 'document' | 'group' = 'none';

  constructor(
    private readonly options: FormatOptions,
    private readonly emit: (packet: FormattedOutput) => void,
  ) {}

  process(obj: unknown): void {
    if (obj === null || obj === undefined) return;
    if (obj instanceof FormattedOutput) {
      this.emit(obj);
      return;
    }
    if (!isFormatEnumerable(obj)) {
      this.processObject(obj);
      return;
    }
    switch (this.options.expand ?? 'EnumOnly') {
      case 'CoreOnly':
        this.processObject(obj);
        break;
      case 'Both': {
        const items = formatElements(obj);
        this.emitText('The following object supports IEnumerable:');
        this.processOutOfBand(obj);
        this.emitText(
          items.length === 0
            ? 'The IEnumerable contains no objects.'
            : items.length === 1
              ? 'The IEnumerable contains the following object:'
              : `The IEnumerable contains the following ${items.length} objects:`,
        );
        for (const x of items) if (x !== null && x !== undefined) this.processObject(x);
        break;
      }
      default:
        for (const x of formatElements(obj)) if (x !== null && x !== undefined) this.processObject(x);
    }
  }

  /** Closes the open group and format sequence. */
  end(): void {
    if (this.state === 'group') this.emit(new GroupEndData());
    if (this.state !== 'none') this.emit(new FormatEndData());
    this.state = 'none';
    this.generator = undefined;
  }

  private emitText(text: string): void {
    this.emit(new FormatEntryData({ kind: 'rawText', text }, true));
  }

  private get processesOutOfBand(): boolean {
    return !this.options.shape || !this.options.force;
  }

  private processObject(obj: unknown): void {
    if (this.processesOutOfBand && this.outOfBand(obj, false)) return;
    if (this.state === 'none') {
      this.generator = selectGenerator(this.options, obj);
      this.emit(this.generator.startData(obj));
      this.state = 'document';
    }
    const g = this.generator!;
    if (this.processesOutOfBand && !g.isApplicable(obj) && this.outOfBand(obj, true)) return;
    if (this.state === 'document') {
      g.updateGroupingKey(obj);
      this.emit(g.groupStart(obj));
      this.state = 'group';
    } else if (g.updateGroupingKey(obj)) {
      this.emit(new GroupEndData());
      this.emit(g.groupStart(obj));
    }
    this.emit(g.payload(obj));
  }

  private processOutOfBand(obj: unknown): void {
    this.outOfBand(obj, true);
  }

  /** Emits the object out of band when it has its own treatment; false when it must join the document. */
  private outOfBand(obj: unknown, useListFallback: boolean): boolean {
    const entry = outOfBandEntry(obj, useListFallback, this.options);
    if (!entry) return false;
    this.emit(entry);
    return true;
  }
}

/** OutOfBandFormatViewManager.GenerateOutOfBandData. */
function outOfBandEntry(obj: unknown, useListFallback: boolean, options: FormatOptions): FormatEntryData | undefined {
  const names = typeNamesOf(obj);
  const view = findOutOfBandView(names);
  if (view) return new FormatEntryData({ kind: 'complex', text: view.render(obj, options.render ?? PLAIN_RENDER) }, true);
  if (isScalar(obj) || !hasDisplayProperties(obj)) return new FormatEntryData({ kind: 'rawText', text: displayToString(obj) }, true);
  if (!useListFallback) return undefined;
  const list = new ListFromProperties({ enumerationLimit: options.enumerationLimit, evaluate: options.evaluate }, undefined);
  return list.payload(obj, true);
}

/** Builds the packets for a whole sequence of objects (Format-Table/-List on already collected input). */
export function formatPackets(objects: Iterable<unknown>, options: FormatOptions): FormattedOutput[] {
  const out: FormattedOutput[] = [];
  const f = new Formatter(options, (p) => out.push(p));
  for (const o of objects) f.process(o);
  f.end();
  return out;
}
