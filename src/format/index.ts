// The formatting subsystem's public surface: renderers for tables and lists, Out-Default for the host,
// Out-String's text, value display, the view registry and the error view.

import { formatPackets, type FormatOptions } from './formatter.js';
import { parsePropertySpec, parsePropertySpecs, type Evaluate } from './properties.js';
import { renderLines } from './out-default.js';

export interface FormatCommandOptions {
  /** -Property values as a user gives them: names (wildcards allowed), script blocks, hashtables. */
  property?: unknown[];
  /** -GroupBy: a name, script block or hashtable. */
  groupBy?: unknown;
  autoSize?: boolean;
  wrap?: boolean;
  hideTableHeaders?: boolean;
  view?: string;
  force?: boolean;
  expand?: 'CoreOnly' | 'EnumOnly' | 'Both';
  enumerationLimit?: number;
  /** Evaluates script blocks of calculated properties / -GroupBy with $_ = the object. */
  evaluate?: Evaluate;
}

function toFormatOptions(shape: 'table' | 'list', o: FormatCommandOptions): FormatOptions {
  return {
    shape,
    properties: o.property ? parsePropertySpecs(o.property, shape) : undefined,
    groupBy: o.groupBy !== undefined && o.groupBy !== null ? parsePropertySpec(o.groupBy, 'groupBy') : undefined,
    autoSize: o.autoSize,
    wrap: o.wrap,
    hideTableHeaders: o.hideTableHeaders,
    view: o.view,
    force: o.force,
    expand: o.expand,
    enumerationLimit: o.enumerationLimit,
    evaluate: o.evaluate,
  };
}

/** The lines `objects | Format-Table ... | Out-String -Stream -Width width` prints (blank lines included). */
export function formatTable(objects: Iterable<unknown>, options: FormatCommandOptions, width: number): string[] {
  return renderLines(formatPackets(objects, toFormatOptions('table', options)), width, { enumerationLimit: options.enumerationLimit });
}

/** The lines `objects | Format-List ... | Out-String -Stream` prints (values wrap at `width`). */
export function formatList(objects: Iterable<unknown>, options: FormatCommandOptions, width = Infinity): string[] {
  return renderLines(formatPackets(objects, toFormatOptions('list', options)), width === Infinity ? 120 : width, {
    columns: width,
    enumerationLimit: options.enumerationLimit,
  });
}

export { toFormatOptions };
export { displayValue as formatCell, displayValue, displayToString, DEFAULT_ENUMERATION_LIMIT } from './display.js';
export { OutDefault, renderLines, renderToString, type OutDefaultSink, type OutDefaultOptions } from './out-default.js';
export { Formatter, formatPackets, type FormatOptions } from './formatter.js';
export { Outputter, type LineOutput } from './outputter.js';
export { FormattedOutput, isFormattedOutput } from './packets.js';
export { registerView, findView, type ViewDef } from './views.js';
export { formatErrorForHost, formatWarning, formatVerbose, formatDebug } from './error-view.js';
export { parsePropertySpec, parsePropertySpecs, propertyNamesOf, propertyValue, type Evaluate } from './properties.js';
