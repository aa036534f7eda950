// The text one value shows in a table cell, a list value or a group label (PowerShell's
// PSObjectHelper.SmartToString): collections as {a, b, c, d…} up to $FormatEnumerationLimit, dates in the
// current culture (en-US), doubles in tables with two decimals ("F"), everything else via ToString().

import { PSHashtable } from '../objects/hashtable.js';
import { PSObject } from '../objects/psobject.js';
import { PSList } from '../objects/pslist.js';
import { dotnetToString, isScriptBlock, toStr } from '../engine/conversions.js';
import { formatDate, formatNumber } from '../engine/dotnet-format.js';
import { ELLIPSIS } from './text.js';
import { dictionaryEntry } from './dictionary-entry.js';
import { longDateText, propertyValue } from './properties.js';

export { longDateText };

export const DEFAULT_ENUMERATION_LIMIT = 4;

export interface DisplayOptions {
  /** $FormatEnumerationLimit: elements shown before the ellipsis; negative for all. */
  enumerationLimit?: number;
  /** Table cells show doubles with the culture's two decimals (pwsh 7.3+). */
  table?: boolean;
}

const PS_CUSTOM_OBJECT = 'System.Management.Automation.PSCustomObject';

/** Collections the formatter expands into {a, b}: arrays, lists, byte arrays and dictionaries. */
export function isFormatEnumerable(v: unknown): boolean {
  return Array.isArray(v) || v instanceof PSList || v instanceof Uint8Array || v instanceof PSHashtable;
}

/** The elements a formatter enumerates; a hashtable yields DictionaryEntry objects. */
export function formatElements(v: unknown): unknown[] {
  if (Array.isArray(v)) return v;
  if (v instanceof PSList) return v.items;
  if (v instanceof Uint8Array) return Array.from(v);
  if (v instanceof PSHashtable) return v.entries().map((e) => dictionaryEntry(e.key, e.value));
  return [v];
}

/** PSObject.ToString() as the formatter calls it: current culture, PowerShell's number text. */
export function displayToString(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean' || typeof v === 'bigint') return toStr(v);
  if (v instanceof Date) return formatDate(v, 'G');
  if (isScriptBlock(v)) return v.text;
  return dotnetToString(v);
}

const DISPLAY_NAME_PATTERNS = [/^name$/i, /^id$/i, /^key$/i, /key$/i, /name$/i, /id$/i];

/**
 * The name shown for an element inside {…}: its own ToString when its type has one, else the value of a
 * name-like property (Name, Id, Key, *Key, *Name, *Id) as PowerShell's GetObjectName does.
 */
function objectName(x: unknown): string {
  if (x === null || x === undefined) return '$null';
  if (!(x instanceof PSObject)) return displayToString(x);
  if (x.toStringOverride || x.typeNames[0] === PS_CUSTOM_OBJECT) return displayToString(x);
  const names = x.propertyNames();
  for (const re of DISPLAY_NAME_PATTERNS) {
    const hit = names.find((n) => re.test(n) && !/^PS(ComputerName|ShowComputerName)$|^RunspaceId$/i.test(n));
    if (hit !== undefined) return displayToString(propertyValue(x, hit).value);
  }
  return displayToString(x);
}

/** SmartToString: the display text of one value. */
export function displayValue(v: unknown, options: DisplayOptions = {}): string {
  if (v === null || v === undefined) return '';
  if (isFormatEnumerable(v)) {
    const limit = options.enumerationLimit ?? DEFAULT_ENUMERATION_LIMIT;
    let out = '{';
    let count = 0;
    let first = true;
    for (const x of formatElements(v)) {
      if (limit >= 0) {
        if (count === limit) {
          out += ELLIPSIS;
          break;
        }
        count++;
      }
      if (!first) out += ', ';
      first = false;
      out += objectName(x);
    }
    return out + '}';
  }
  if (options.table && typeof v === 'number' && !Number.isInteger(v) && Number.isFinite(v)) return formatNumber(v, 'F');
  return displayToString(v);
}
