// Lays formatting packets out as text lines, as PowerShell's OutCommandInner does for Out-Default,
// Out-String and Out-Host: a blank line opens every table/list/custom block, tables without fixed widths are
// held back briefly (or, with -AutoSize, until the group ends) so their widths fit the data, and objects that
// arrive out of band are printed in place.

import { generateLines, splitLines } from './text.js';
import { TableWriter, type Alignment } from './table-writer.js';
import { writeListEntry } from './list-writer.js';
import { cellLength } from './text.js';
import {
  FormatEndData,
  FormatEntryData,
  FormatStartData,
  FormattedOutput,
  GroupEndData,
  GroupStartData,
  type ShapeInfo,
} from './packets.js';

export interface LineOutput {
  /** Columns for lists and custom views; Infinity when unlimited (Out-String without -Width). */
  readonly columns: number;
  /** Columns tables are laid out in (the console width when columns is unlimited). */
  readonly tableColumns: number;
  /** Console rows, for -RepeatHeader; undefined when unknown. */
  readonly rows?: number;
  /** Colour table headers and list labels as pwsh does on a terminal. */
  readonly color?: boolean;
  writeLine(line: string): void;
}

export interface TableDelay {
  /** How long (ms) the first rows of a table without fixed widths are held to size its columns (pwsh: 300). */
  delayMs: number;
  /** Rows held at most before the table is printed. */
  maxRows: number;
  /** Clock, for tests. */
  now: () => number;
}

/** $PSStyle.Formatting.TableHeader and .FormatAccent (bold green). */
const ACCENT = '\x1b[32;1m';

export const DEFAULT_TABLE_DELAY: TableDelay = { delayMs: 300, maxRows: 100, now: () => Date.now() };

/** OutputGroupQueue: holds a group's packets until its column widths can be computed. */
class GroupQueue {
  private readonly queue: FormattedOutput[] = [];
  private processing = false;
  private rows = 0;
  private started = 0;

  constructor(
    /** -AutoSize: hold the whole group. */
    private readonly wholeGroup: boolean,
    private readonly delay: TableDelay,
    private readonly notify: (held: FormattedOutput[]) => void,
  ) {}

  get holding(): boolean {
    return this.processing;
  }

  /** Packets to process now, in order (empty while holding). */
  add(p: FormattedOutput): FormattedOutput[] {
    if (p instanceof FormatEntryData && !p.outOfBand) this.rows++;
    if (!this.processing && p instanceof GroupStartData) {
      this.processing = true;
      this.rows = 0;
      this.started = this.delay.now();
      this.queue.push(p);
      return [];
    }
    if (
      this.processing &&
      (p instanceof GroupEndData ||
        (!this.wholeGroup && (this.rows >= this.delay.maxRows || this.delay.now() - this.started > this.delay.delayMs)))
    ) {
      this.queue.push(p);
      return this.release();
    }
    if (this.processing) {
      this.queue.push(p);
      return [];
    }
    return [p];
  }

  /** Stops holding: computes the widths from what is held and returns it all. */
  release(): FormattedOutput[] {
    if (!this.processing) return [];
    this.processing = false;
    this.rows = 0;
    this.notify(this.queue.filter((p) => !(p instanceof FormatEntryData && p.outOfBand)));
    return this.queue.splice(0);
  }
}

interface GroupContext {
  writer?: TableWriter;
  labels?: string[];
  rowCount: number;
}

export class Outputter {
  private shape: ShapeInfo | undefined;
  private group: GroupContext | undefined;
  private queue: GroupQueue | undefined;
  private widthHint: number[] | undefined;
  private groupsInFormat = 0;

  constructor(
    private readonly lo: LineOutput,
    private readonly delay: TableDelay = DEFAULT_TABLE_DELAY,
  ) {}

  /** True while table rows are held back to size the columns. */
  get holding(): boolean {
    return this.queue?.holding ?? false;
  }

  process(p: FormattedOutput): void {
    if (p instanceof FormatStartData) this.enableQueue(p);
    const ready = this.queue ? this.queue.add(p) : [p];
    for (const r of ready) this.handle(r);
  }

  /** Prints whatever is held back (the table delay ran out, or the output ends). */
  release(): void {
    if (!this.queue) return;
    for (const r of this.queue.release()) this.handle(r);
  }

  private enableQueue(fs: FormatStartData): void {
    this.queue = undefined;
    if (fs.shape.kind !== 'table' || fs.shape.columns.length === 0) return;
    if (fs.autoSize) {
      this.queue = new GroupQueue(true, this.delay, (held) => this.computeHint(fs, held));
    } else if (fs.shape.columns[0]!.width === 0) {
      this.queue = new GroupQueue(false, this.delay, (held) => this.computeHint(fs, held));
    }
  }

  private computeHint(fs: FormatStartData, held: FormattedOutput[]): void {
    if (fs.shape.kind !== 'table') return;
    const widths = fs.shape.columns.map((c) => cellLength(c.label));
    for (const p of held) {
      if (!(p instanceof FormatEntryData) || p.entry.kind !== 'tableRow') continue;
      p.entry.values.forEach((v, k) => {
        if (k < widths.length) widths[k] = Math.max(widths[k]!, cellLength(v));
      });
    }
    this.widthHint = widths;
  }

  private handle(p: FormattedOutput): void {
    if (p instanceof FormatStartData) {
      if (this.shape) this.endFormat();
      this.shape = p.shape;
      this.groupsInFormat = 0;
      this.lo.writeLine('');
    } else if (p instanceof FormatEndData) {
      this.endFormat();
    } else if (p instanceof GroupStartData) {
      this.startGroup(p);
    } else if (p instanceof GroupEndData) {
      this.group = undefined;
    } else if (p instanceof FormatEntryData) {
      if (p.outOfBand || !this.group || !this.shape) this.writeOutOfBand(p);
      else this.writeEntry(p);
    }
  }

  private endFormat(): void {
    const wasList = this.shape?.kind === 'list';
    this.shape = undefined;
    this.group = undefined;
    this.queue = undefined;
    if (!wasList) this.lo.writeLine('');
  }

  private startGroup(gs: GroupStartData): void {
    const shape = this.shape;
    if (gs.label !== undefined) {
      if (this.groupsInFormat > 0) this.lo.writeLine('');
      for (const line of generateLines(gs.label, this.lo.columns, this.lo.columns)) this.lo.writeLine(line);
      this.lo.writeLine('');
    }
    this.groupsInFormat++;
    const group: GroupContext = { rowCount: 0 };
    if (shape?.kind === 'table' && shape.columns.length > 0) {
      const hint = this.widthHint;
      this.widthHint = undefined;
      const widths = shape.columns.map((c, k) => (hint ? hint[k]! : c.width));
      const alignments: Alignment[] = shape.columns.map((c) => c.alignment);
      group.writer = new TableWriter(this.lo.tableColumns, widths, alignments, shape.hideHeader, this.lo.color ? ACCENT : '');
      group.labels = shape.columns.map((c) => c.label);
      for (const line of group.writer.header(group.labels)) this.lo.writeLine(line);
      group.rowCount = shape.hideHeader ? 0 : group.writer.header(group.labels).length;
    }
    this.group = group;
  }

  private writeEntry(p: FormatEntryData): void {
    const e = p.entry;
    const group = this.group!;
    const shape = this.shape!;
    if (e.kind === 'tableRow' && shape.kind === 'table' && group.writer) {
      const n = shape.columns.length;
      const values: string[] = [];
      const alignments: (Alignment | undefined)[] = [];
      for (let k = 0; k < n; k++) {
        values.push(k < e.values.length ? e.values[k]! : '');
        alignments.push(k < e.values.length ? e.alignments[k] : 'left');
      }
      if (shape.repeatHeader && this.lo.rows !== undefined && group.rowCount >= this.lo.rows - 2) {
        this.lo.writeLine('');
        const header = group.writer.header(group.labels ?? []);
        for (const line of header) this.lo.writeLine(line);
        group.rowCount = header.length;
      }
      for (const line of group.writer.row(values, e.multiLine, alignments)) this.lo.writeLine(line);
      group.rowCount++;
      return;
    }
    if (e.kind === 'listEntry') {
      for (const line of writeListEntry(e.labels, e.values, this.lo.columns, this.lo.color ? ACCENT : '')) this.lo.writeLine(line);
      this.lo.writeLine('');
      return;
    }
    if (e.kind === 'complex') {
      for (const line of generateLines(e.text, this.lo.columns, this.lo.columns)) this.lo.writeLine(line);
      return;
    }
    this.writeOutOfBand(p);
  }

  private writeOutOfBand(p: FormatEntryData): void {
    const e = p.entry;
    switch (e.kind) {
      case 'rawText':
      case 'complex':
        for (const line of splitLines(e.text)) this.lo.writeLine(line);
        break;
      case 'listEntry':
        this.lo.writeLine('');
        for (const line of writeListEntry(e.labels, e.values, this.lo.columns, this.lo.color ? ACCENT : '')) this.lo.writeLine(line);
        this.lo.writeLine('');
        break;
      case 'tableRow':
        // A table row with no table open (its FormatStartData was filtered away): show the values.
        this.lo.writeLine(e.values.join(' '));
        break;
    }
  }
}
