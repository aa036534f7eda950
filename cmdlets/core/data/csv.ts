// CSV text in and out, following PowerShell's ExportCsvHelper and ImportCsvHelper: the first object fixes
// the columns, fields are quoted ("Always" by default in pwsh 7), values are .NET ToString() text; reading
// is lenient in the same places pwsh is (spaces around quoted fields, text after a closing quote).

import { PSHashtable } from '../../../src/objects/hashtable.js';
import { PSObject } from '../../../src/objects/psobject.js';
import { dotnetToString, toStr, typeNameOf } from '../../../src/engine/conversions.js';
import { RuntimeError, makeErrorRecord } from '../../../src/engine/errors.js';
import { propertyNamesOf, propertyValue } from '../../../src/format/properties.js';

export type QuoteKind = 'Always' | 'AsNeeded' | 'Never';

export const CSV_TYPE_PREFIX = 'CSV:';

export interface CsvWriteOptions {
  delimiter: string;
  quoteKind: QuoteKind;
  /** -QuoteFields: only these columns are quoted (case-insensitive). */
  quoteFields?: string[];
}

/** The columns of the first object: its properties, or a dictionary's keys. */
export function csvPropertyNames(obj: unknown): string[] {
  if (obj instanceof PSHashtable) return obj.keys().map((k) => toStr(k));
  return propertyNamesOf(obj);
}

/** "#TYPE <first type name>" for -IncludeTypeInformation (an imported object's CSV: prefix dropped). */
export function csvTypeLine(obj: unknown): string {
  const t = obj instanceof PSObject ? obj.typeNames[0] : typeNameOf(obj);
  if (!t) return '#TYPE';
  return `#TYPE ${t.toUpperCase().startsWith(CSV_TYPE_PREFIX) ? t.slice(CSV_TYPE_PREFIX.length) : t}`;
}

function quoteAlways(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

function appendField(value: string | null, column: string, options: CsvWriteOptions): string {
  if (options.quoteFields) {
    const quoted = options.quoteFields.some((f) => f.toLowerCase() === column.toLowerCase());
    return value === null ? '' : quoted ? quoteAlways(value) : value;
  }
  if (value === null) return '';
  switch (options.quoteKind) {
    case 'Always':
      return quoteAlways(value);
    case 'AsNeeded':
      return value.includes(options.delimiter) || value.includes('\n') || value.includes('"') ? quoteAlways(value) : value;
    default:
      return value;
  }
}

export function csvHeaderLine(names: readonly string[], options: CsvWriteOptions): string {
  return names.map((n) => appendField(n, n, options)).join(options.delimiter);
}

/** A property value as CSV text: .NET ToString(); a missing or null value is an empty field. */
function fieldText(obj: unknown, name: string): string | null {
  let value: unknown;
  if (obj instanceof PSHashtable) {
    if (!obj.has(name)) return null;
    value = obj.get(name);
  } else {
    const r = propertyValue(obj, name);
    if (!r.found) return null;
    value = r.value;
  }
  if (value === null || value === undefined) return null;
  return dotnetToString(value);
}

export function csvRecordLine(obj: unknown, names: readonly string[], options: CsvWriteOptions): string {
  return names.map((n) => appendField(fieldText(obj, n), n, options)).join(options.delimiter);
}

// ---------------------------------------------------------------------------------------------------------
// Reading
// ---------------------------------------------------------------------------------------------------------

/** Reads CSV records from a text the way ImportCsvHelper reads a stream. */
export class CsvReader {
  private pos = 0;
  typeName: string | undefined;
  header: string[] | undefined;
  private warnedUnspecified = false;

  constructor(
    private readonly text: string,
    private readonly delimiter: string,
    header: string[] | undefined,
    typeName: string | undefined,
    /** Called once when empty header names were replaced by H1, H2, ... */
    private readonly warn: (message: string) => void,
  ) {
    this.header = header;
    this.typeName = typeName;
  }

  private get eof(): boolean {
    return this.pos >= this.text.length;
  }

  private peekIs(c: string): boolean {
    return this.text[this.pos] === c;
  }

  private readChar(): string {
    return this.text[this.pos++]!;
  }

  private readLine(): string {
    const rest = this.text.slice(this.pos);
    const m = /\r\n|\r|\n/.exec(rest);
    if (!m) {
      this.pos = this.text.length;
      return rest;
    }
    this.pos += m.index + m[0].length;
    return rest.slice(0, m.index);
  }

  /** A line break at the current character (consumed), or '' when there is none. */
  private newLine(ch: string): string {
    if (ch === '\r') {
      if (this.peekIs('\n')) {
        this.pos++;
        return '\r\n';
      }
      return '\r';
    }
    return ch === '\n' ? '\n' : '';
  }

  readHeader(): void {
    if (this.typeName === undefined && !this.eof && this.peekIs('#')) {
      const line = this.readLine();
      if (line.toLowerCase().startsWith('#type')) {
        const t = line.slice(5).trim();
        this.typeName = t ? CSV_TYPE_PREFIX + t : undefined;
      }
    }
    while (this.header === undefined && !this.eof) {
      const values = this.parseNextRecord();
      while (values.length > 1 && values[values.length - 1] === '') values.pop();
      if (values.length !== 0 && values[0]!.startsWith('#Fields: ')) {
        values[0] = values[0]!.slice(9);
        this.header = values;
      } else if (values.length !== 0 && values[0]!.startsWith('#')) {
        // comment line
      } else {
        this.header = values;
      }
    }
    if (this.header && this.header.length > 0) validateHeader(this.header);
  }

  /** The objects of the remaining records. */
  *objects(): Generator<PSObject> {
    this.readHeader();
    for (;;) {
      const values = this.parseNextRecord();
      if (values.length === 0) break;
      if (values.length === 1 && values[0] === '') continue;
      yield this.build(values);
    }
  }

  private build(values: string[]): PSObject {
    const typeNames = this.typeName
      ? [this.typeName, 'System.Management.Automation.PSCustomObject', 'System.Object']
      : ['System.Management.Automation.PSCustomObject', 'System.Object'];
    const o = new PSObject(typeNames);
    let unspecified = 1;
    const names = this.header ?? [];
    for (let i = 0; i < names.length; i++) {
      let name = names[i]!;
      if (name.length === 0 && this.delimiter === '"') continue;
      if (!name) name = `H${unspecified++}`;
      o.addNote(name, i < values.length ? values[i] : null);
    }
    if (!this.warnedUnspecified && unspecified !== 1) {
      this.warnedUnspecified = true;
      this.warn('One or more headers were not specified. Default names starting with "H" have been used in place of any missing headers.');
    }
    return o;
  }

  private parseNextRecord(): string[] {
    const result: string[] = [];
    let current = '';
    let seenBeginQuote = false;
    while (!this.eof) {
      const ch = this.readChar();
      if (ch === this.delimiter) {
        if (seenBeginQuote) current += ch;
        else {
          result.push(current);
          current = '';
        }
      } else if (ch === '"') {
        if (seenBeginQuote) {
          if (this.peekIs('"')) {
            this.pos++;
            current += '"';
          } else {
            seenBeginQuote = false;
            const r = this.readTillNextDelimiter(true);
            current += r.text;
            result.push(current);
            current = '';
            if (r.endOfRecord) break;
          }
        } else if (current.length === 0) {
          seenBeginQuote = true;
        } else {
          current += ch;
          const r = this.readTillNextDelimiter(false);
          current += r.text;
          result.push(current);
          current = '';
          if (r.endOfRecord) break;
        }
      } else if (ch === ' ' || ch === '\t') {
        if (seenBeginQuote) current += ch;
        else if (current.length === 0) continue;
        else {
          current += ch;
          const r = this.readTillNextDelimiter(true);
          current += r.text;
          result.push(current);
          current = '';
          if (r.endOfRecord) break;
        }
      } else {
        const nl = this.newLine(ch);
        if (nl) {
          if (seenBeginQuote) current += nl;
          else {
            result.push(current);
            current = '';
            break;
          }
        } else {
          current += ch;
        }
      }
    }
    if (current.length !== 0) result.push(current);
    return result;
  }

  private readTillNextDelimiter(eatTrailingBlanks: boolean): { text: string; endOfRecord: boolean } {
    let temp = '';
    let nonWhiteSpace = false;
    let endOfRecord = false;
    for (;;) {
      if (this.eof) {
        endOfRecord = true;
        break;
      }
      const ch = this.readChar();
      if (ch === this.delimiter) break;
      if (this.newLine(ch)) {
        endOfRecord = true;
        break;
      }
      temp += ch;
      if (ch !== ' ' && ch !== '\t') nonWhiteSpace = true;
    }
    return { text: eatTrailingBlanks && !nonWhiteSpace ? temp.trim() : temp, endOfRecord };
  }
}

function validateHeader(names: readonly string[]): void {
  const seen = new Set<string>();
  for (const n of names) {
    if (!n) continue;
    const k = n.toLowerCase();
    if (seen.has(k)) {
      throw new RuntimeError(
        makeErrorRecord(`The member "${n}" is already present.`, {
          type: 'System.Management.Automation.ExtendedTypeSystemException',
          id: 'AlreadyPresentPSMemberInfoInternalCollectionAdd',
          category: 'NotSpecified',
        }),
      );
    }
    seen.add(k);
  }
}
