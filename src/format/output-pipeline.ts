// What every outputter runs (pwsh's OutCommandInner with its format-default helper): raw objects go through
// a default formatter, Format-* packets go straight to the line layout. A Format-* sequence arriving while
// the default formatter has a table open closes that table first, as pwsh does.

import { Formatter, type FormatOptions } from './formatter.js';
import { FormatStartData, FormattedOutput } from './packets.js';
import { Outputter, type LineOutput, type TableDelay } from './outputter.js';

export class OutputPipeline {
  private formatter: Formatter | undefined;
  private readonly outputter: Outputter;

  constructor(
    lo: LineOutput,
    delay: TableDelay,
    private readonly formatOptions: () => FormatOptions,
  ) {
    this.outputter = new Outputter(lo, delay);
  }

  /** True while table rows are held back to size the columns. */
  get holding(): boolean {
    return this.outputter.holding;
  }

  push(obj: unknown): void {
    if (obj === null || obj === undefined) return;
    if (obj instanceof FormattedOutput) {
      if (obj instanceof FormatStartData) this.endDefault();
      this.outputter.process(obj);
      return;
    }
    if (!this.formatter) this.formatter = new Formatter(this.formatOptions(), (p) => this.outputter.process(p));
    this.formatter.process(obj);
  }

  /** Prints rows held for the table delay, keeping the table open. */
  release(): void {
    this.outputter.release();
  }

  /** Closes everything open and prints what is held. */
  end(): void {
    this.endDefault();
    this.outputter.release();
  }

  private endDefault(): void {
    this.formatter?.end();
    this.formatter = undefined;
  }
}
