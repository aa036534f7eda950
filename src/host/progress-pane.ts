// Draws the pending activities on the terminal at the cursor, as pwsh's ProgressPane does on Unix: the
// lines are written from the cursor's line down and the cursor goes back where it was, so output that
// follows overwrites them. The pane is taken down before anything else is written and drawn again
// after (PreWrite/PostWrite), redrawn at most every 200 ms (pwsh's update timer) except for a
// Completed record, and taken down for good when the command ends (ResetProgress).

import type { ProgressRecord } from '../objects/progress-record.js';
import { PendingProgress } from './pending-progress.js';
import { renderProgress } from './progress-view.js';

/** pwsh's progress pane update interval. */
const UPDATE_MS = 200;

export interface TerminalStream {
  write(text: string): unknown;
  readonly columns?: number;
  readonly rows?: number;
}

const ESC = '\x1b[';

export class ProgressPane {
  private pending: PendingProgress | undefined;
  /** Lines on screen now (0: hidden). */
  private shownLines = 0;
  /** The pane was drawn from the line below the cursor because the cursor was not at a line start. */
  private shownBelow = false;
  /** The cursor's column, followed through what the host writes to the terminal. */
  private column = 0;
  private lastDraw = 0;

  constructor(
    private readonly stream: TerminalStream,
    private readonly color: () => boolean,
    private readonly now: () => number = Date.now,
  ) {}

  get isShowing(): boolean {
    return this.shownLines > 0;
  }

  update(sourceId: number, record: ProgressRecord): void {
    const first = this.pending === undefined;
    this.pending ??= new PendingProgress();
    this.pending.update(sourceId, record);
    if (first || record.recordType === 'Completed' || this.now() - this.lastDraw >= UPDATE_MS) this.draw();
  }

  /** Takes the pane down and forgets every activity (the command ended). */
  reset(): void {
    this.hide();
    this.pending = undefined;
  }

  /** Takes the pane down before the host writes to the terminal (pwsh's PreWrite/PreRead). */
  hide(): void {
    if (this.shownLines === 0) return;
    this.stream.write(this.shownBelow ? `${ESC}1B\r${ESC}J${ESC}1A${ESC}${this.column + 1}G` : `\r${ESC}J`);
    this.shownLines = 0;
  }

  /** Follows the cursor through text the host wrote to the terminal, then shows the pane again (PostWrite). */
  written(text: string): void {
    this.column = columnAfter(this.column, text);
    if (this.pending !== undefined && !this.pending.isEmpty) this.draw();
  }

  /** The user finished a line (Read-Host, a confirmation): the cursor is at a line start. */
  lineRead(): void {
    this.written('\n');
  }

  private draw(): void {
    this.lastDraw = this.now();
    const rows = this.stream.rows ?? 24;
    const lines = this.pending ? renderProgress(this.pending, { width: this.stream.columns ?? 80, maxLines: Math.max(5, Math.floor(rows / 3)), color: this.color() }) : [];
    if (lines.length === 0) {
      this.hide();
      return;
    }
    let text = '';
    if (this.shownLines > 0) {
      text += this.shownBelow ? `${ESC}1B\r${ESC}J` : `\r${ESC}J`;
    } else if (this.column > 0) {
      text += '\n';
    }
    const below = this.shownLines > 0 ? this.shownBelow : this.column > 0;
    text += `\r${lines.join(`${ESC}K\n`)}${ESC}K`;
    const up = lines.length - 1 + (below ? 1 : 0);
    if (up > 0) text += `${ESC}${up}A`;
    text += below ? `${ESC}${this.column + 1}G` : '\r';
    this.stream.write(text);
    this.shownLines = lines.length;
    this.shownBelow = below;
  }
}

/** The cursor column after writing text (escape sequences take no room; \r and \n go to the line start). */
function columnAfter(column: number, text: string): number {
  const cut = Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r'));
  const tail = cut >= 0 ? text.slice(cut + 1) : text;
  const visible = tail.includes('\x1b') ? tail.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '').length : tail.length;
  return cut >= 0 ? visible : column + visible;
}
