// Lays out table rows the way PowerShell's TableWriter and ColumnWidthManager do: one space between
// columns, the last column never padded, values truncated with an ellipsis (or wrapped with -Wrap),
// and columns dropped from the right when they do not fit the screen.

import { ELLIPSIS, cellLength, generateLines, spaces, takeHeadCells, takeTailCells, truncateAtNewLine } from './text.js';

export type Alignment = 'left' | 'center' | 'right';

const SEPARATOR = 1;
const RESET = '\x1b[0m';
const MIN_SCREEN_COLUMNS = 5;
const MIN_COLUMN_WIDTH = 1;

/**
 * Fits column widths (0 = not assigned) into tableWidth: unassigned columns share the free space;
 * when the total is too wide the rightmost columns shrink, then disappear (width -1).
 */
export function calculateColumnWidths(widths: number[], tableWidth: number): number[] {
  const w = widths.slice();
  if (assignColumnWidths(w, tableWidth)) return w;
  trimToFit(w, tableWidth);
  return w;
}

function currentTableWidth(w: number[]): number {
  let sum = 0;
  let visible = 0;
  for (const x of w) {
    if (x > 0) {
      sum += x;
      visible++;
    }
  }
  return sum + SEPARATOR * (visible - 1);
}

function assignColumnWidths(w: number[], tableWidth: number): boolean {
  if (w.every((x) => x > 0)) {
    const total = w.reduce((a, b) => a + b, 0) + SEPARATOR * (w.length - 1);
    return total <= tableWidth;
  }
  const fixed = w.map((x) => x > 0);
  for (let k = 0; k < w.length; k++) if (w[k] === 0) w[k] = MIN_COLUMN_WIDTH;
  let available = tableWidth - currentTableWidth(w);
  if (available < 0) return false;
  while (available > 0) {
    for (let k = 0; k < w.length; k++) {
      if (fixed[k]) continue;
      w[k]!++;
      available--;
      if (available === 0) break;
    }
  }
  return true;
}

function trimToFit(w: number[], tableWidth: number): void {
  for (;;) {
    const excess = currentTableWidth(w) - tableWidth;
    if (excess <= 0) return;
    let last = w.length - 1;
    for (let k = 0; k < w.length; k++) {
      if (w[k]! < 0) {
        last = k - 1;
        break;
      }
    }
    if (last < 0) return;
    const shrunk = w[last]! - excess;
    if (shrunk < MIN_COLUMN_WIDTH) w[last] = -1;
    else w[last] = shrunk;
  }
}

interface Column {
  width: number;
  alignment: Alignment;
}

export class TableWriter {
  private readonly cols: Column[] = [];
  private readonly disabled: boolean;
  private readonly hideHeader: boolean;
  private headerCache: string[] | undefined;

  /** ANSI style wrapped around header cells ($PSStyle.Formatting.TableHeader), '' for none. */
  private readonly headerStyle: string;

  constructor(screenColumns: number, widths: number[], alignments: Alignment[], hideHeader = false, headerStyle = '') {
    this.hideHeader = hideHeader;
    this.headerStyle = headerStyle;
    if (screenColumns < MIN_SCREEN_COLUMNS) {
      this.disabled = true;
      return;
    }
    const fitted = calculateColumnWidths(widths, screenColumns);
    this.disabled = !fitted.some((x) => x >= MIN_COLUMN_WIDTH);
    for (let k = 0; k < fitted.length; k++) this.cols.push({ width: fitted[k]!, alignment: alignments[k] ?? 'left' });
  }

  /** Final widths after fitting (-1 for a dropped column). */
  get widths(): number[] {
    return this.cols.map((c) => c.width);
  }

  /** The label row(s) and the dashes row; empty when headers are hidden. */
  header(labels: string[]): string[] {
    if (this.disabled || this.hideHeader) return [];
    if (this.headerCache) return this.headerCache;
    const lines = this.multiLineRow(labels, undefined, true);
    const dashes = this.cols.map((c, k) => {
      if (c.width <= 0) return '';
      let count = c.width;
      const label = labels[k] ?? '';
      if (label) count = Math.min(count, cellLength(label));
      return '-'.repeat(count);
    });
    lines.push(this.singleLineRow(dashes, undefined, true));
    this.headerCache = lines;
    return lines;
  }

  /** One row: a single line with values cut at the column width, or several lines when wrapping. */
  row(values: string[], multiLine: boolean, alignments?: (Alignment | undefined)[]): string[] {
    if (this.disabled) return [];
    return multiLine ? this.multiLineRow(values, alignments) : [this.singleLineRow(values, alignments)];
  }

  private alignmentOf(k: number, alignments: (Alignment | undefined)[] | undefined): Alignment {
    return alignments?.[k] ?? this.cols[k]!.alignment;
  }

  private styled(text: string, isHeader: boolean): string {
    return isHeader && this.headerStyle ? `${this.headerStyle}${text}${RESET}` : text;
  }

  private singleLineRow(values: string[], alignments: (Alignment | undefined)[] | undefined, isHeader = false): string {
    let sb = '';
    const n = this.cols.length;
    for (let k = 0; k < n; k++) {
      const col = this.cols[k]!;
      if (col.width <= 0) continue;
      if (k > 0) sb += spaces(SEPARATOR);
      sb += this.styled(rowField(values[k] ?? '', col.width, this.alignmentOf(k, alignments), k !== n - 1), isHeader);
    }
    return sb;
  }

  private multiLineRow(values: string[], alignments: (Alignment | undefined)[] | undefined, isHeader = false): string[] {
    const valid: number[] = [];
    for (let k = 0; k < this.cols.length; k++) if (this.cols[k]!.width > 0) valid.push(k);
    if (valid.length === 0) return [];
    const cells: string[][] = [];
    for (let i = 0; i < valid.length; i++) {
      const k = valid[i]!;
      const addPadding = i !== valid.length - 1;
      const lines = multiLineField(values[k] ?? '', this.cols[k]!.width, this.alignmentOf(k, alignments), addPadding);
      cells.push(i > 0 ? lines.map((l) => spaces(SEPARATOR) + l) : lines);
    }
    const rows = Math.max(...cells.map((c) => c.length));
    const lastWithContent: number[] = [];
    for (let r = 0; r < rows; r++) {
      lastWithContent[r] = 0;
      for (let c = 0; c < cells.length; c++) if (cells[c]!.length > r) lastWithContent[r] = c;
    }
    for (let c = 0; c < cells.length; c++) {
      let padding = 0;
      if (c < cells.length - 1) padding = this.cols[valid[c]!]!.width + (c > 0 ? SEPARATOR : 0);
      for (let r = cells[c]!.length; r < rows; r++) cells[c]!.push(c > lastWithContent[r]! ? '' : spaces(padding));
    }
    const out: string[] = [];
    for (let r = 0; r < rows; r++) {
      let sb = '';
      for (let c = 0; c < cells.length; c++) {
        const v = cells[c]![r]!;
        sb += this.styled(c === lastWithContent[r] && rows > 1 ? v.trimEnd() : v, isHeader);
      }
      out.push(sb);
    }
    return out;
  }
}

function multiLineField(val: string, width: number, alignment: Alignment, addPadding: boolean): string[] {
  const lines = generateLines(val, width, width);
  if (addPadding || alignment !== 'left') {
    for (let i = 0; i < lines.length; i++) {
      if (cellLength(lines[i]!) < width) lines[i] = rowField(lines[i]!, width, alignment, addPadding);
    }
  }
  return lines;
}

/** Pads or truncates one cell value to the column width (PowerShell's GenerateRowField). */
export function rowField(val: string, width: number, alignment: Alignment, addPadding: boolean): string {
  let s = truncateAtNewLine(val);
  const len = cellLength(s);
  if (len < width) {
    const pad = width - len;
    if (alignment === 'right') s = spaces(pad) + s;
    else if (alignment === 'center') {
      const left = Math.floor(pad / 2);
      s = spaces(left) + s + (addPadding ? spaces(pad - left) : '');
    } else if (addPadding) s += spaces(pad);
  } else if (len > width) {
    const keep = width - ELLIPSIS.length;
    if (keep > 0) s = alignment === 'right' ? ELLIPSIS + takeTailCells(s, keep) : takeHeadCells(s, keep) + ELLIPSIS;
    else s = alignment === 'right' ? takeTailCells(s, width) : takeHeadCells(s, width);
  }
  if (cellLength(s) === width) return s;
  // A two-cell character was cut in half (or the last column stays unpadded): make up one cell.
  if (alignment === 'right') return ' ' + s;
  return addPadding ? s + ' ' : s;
}
