// Out-Default for the host: formats every object a top-level statement outputs, as it is produced, and
// writes the lines to the terminal. Also the whole-text rendering behind Out-String.

import type { FormatOptions } from './formatter.js';
import { DEFAULT_TABLE_DELAY, type LineOutput, type TableDelay } from './outputter.js';
import { DEFAULT_ENUMERATION_LIMIT } from './display.js';
import { OutputPipeline } from './output-pipeline.js';

export interface OutDefaultSink {
  write(text: string): void;
  /** Current terminal width in columns. */
  width(): number;
  /** Current terminal height in rows, when known (for Format-Table -RepeatHeader). */
  height?(): number;
}

export interface OutDefaultOptions {
  /** Reads $FormatEnumerationLimit (default 4). */
  enumerationLimit?: () => number;
  /** Table delay settings (pwsh holds tables without fixed widths for 300 ms). */
  tableDelay?: Partial<TableDelay>;
  /** Print held table rows once the delay has passed even when no further object arrives (default true). */
  timer?: boolean;
  /** Colour table headers, list labels and errors as pwsh does on a terminal. */
  color?: boolean;
}

export class OutDefault {
  private pipeline: OutputPipeline | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly delay: TableDelay;
  private readonly lineOutput: LineOutput;

  constructor(
    sink: OutDefaultSink,
    private readonly options: OutDefaultOptions = {},
  ) {
    this.delay = { ...DEFAULT_TABLE_DELAY, ...options.tableDelay };
    this.lineOutput = {
      get columns() {
        return sink.width();
      },
      get tableColumns() {
        return sink.width();
      },
      get rows() {
        return sink.height?.();
      },
      color: options.color === true,
      writeLine: (line: string) => sink.write(line + '\n'),
    };
  }

  /** Formats one output object (or a Format-* packet) and writes whatever lines are ready. */
  push(obj: unknown): void {
    if (!this.pipeline) this.pipeline = new OutputPipeline(this.lineOutput, this.delay, () => this.formatOptions());
    this.pipeline.push(obj);
    this.armTimer();
  }

  /** Ends the current output: prints held rows and closes the open table/list (its trailing blank line). */
  flush(): void {
    this.clearTimer();
    this.pipeline?.end();
    this.pipeline = undefined;
  }

  private formatOptions(): FormatOptions {
    return {
      enumerationLimit: this.options.enumerationLimit?.() ?? DEFAULT_ENUMERATION_LIMIT,
      render: { color: this.options.color === true, width: this.lineOutput.columns, hostStreams: true },
    };
  }

  private armTimer(): void {
    if (this.options.timer === false || this.timer || !this.pipeline?.holding) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.pipeline?.release();
    }, this.delay.delayMs);
    this.timer.unref?.();
  }

  private clearTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }
}

export interface RenderOptions {
  /** Columns for lists and custom views (Infinity: no wrapping, as Out-String without -Width). */
  columns?: number;
  /** Columns for tables (defaults to `width`). */
  tableColumns?: number;
  enumerationLimit?: number;
}

/** The lines pwsh's outputters print for these objects (Format-* packets included). */
export function renderLines(objects: Iterable<unknown>, width: number, options: RenderOptions = {}): string[] {
  const lines: string[] = [];
  const lo: LineOutput = {
    columns: options.columns ?? width,
    tableColumns: options.tableColumns ?? width,
    writeLine: (l) => lines.push(l),
  };
  const pipeline = new OutputPipeline(lo, { ...DEFAULT_TABLE_DELAY, delayMs: Infinity, maxRows: Infinity }, () => ({
    enumerationLimit: options.enumerationLimit ?? DEFAULT_ENUMERATION_LIMIT,
  }));
  for (const o of objects) pipeline.push(o);
  pipeline.end();
  return lines;
}

/** Out-String: the text of the objects, every line ending in a newline. */
export function renderToString(objects: Iterable<unknown>, width: number, options: RenderOptions = {}): string {
  let out = '';
  for (const l of renderLines(objects, width, options)) out += l + '\n';
  return out;
}
