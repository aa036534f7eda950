// A Write-Progress-like line for S3 transfers ("Uploading: File big.bin...42%"), drawn on stderr only when
// stderr is a terminal and $ProgressPreference is not SilentlyContinue; redrawn at most every 100 ms and
// erased when the transfer ends, so redirected output and logs never see it.

import type { CommandContext } from '../../src/pipeline/types.js';

const REDRAW_MS = 100;
const BAR_WIDTH = 30;

export interface TransferProgress {
  /** Reports bytes done out of total (total 0: unknown). */
  update(done: number, total: number, status?: string): void;
  /** Erases the line. */
  end(): void;
}

const SILENT: TransferProgress = { update: () => undefined, end: () => undefined };

function progressEnabled(ctx: CommandContext): boolean {
  if (process.stderr.isTTY !== true) return false;
  const pref = ctx.session.getVariable('ProgressPreference');
  return pref === null || pref === undefined || String(pref).toLowerCase() !== 'silentlycontinue';
}

/** A progress line for one activity ('Uploading', 'Downloading'); a no-op when progress is not shown. */
export function transferProgress(ctx: CommandContext, activity: string, status: string): TransferProgress {
  if (!progressEnabled(ctx)) return SILENT;
  const stream = process.stderr;
  let lastDraw = 0;
  let drawn = false;
  return {
    update(done, total, newStatus) {
      const now = Date.now();
      if (now - lastDraw < REDRAW_MS && done < total) return;
      lastDraw = now;
      const percent = total > 0 ? Math.min(100, Math.floor((done / total) * 100)) : 0;
      const filled = Math.round((percent / 100) * BAR_WIDTH);
      const bar = `[${'o'.repeat(filled)}${' '.repeat(BAR_WIDTH - filled)}]`;
      const text = `${activity}: ${newStatus ?? status}...${percent}% ${bar}`;
      const width = stream.columns ?? 120;
      stream.write(`\r\x1b[K${text.slice(0, Math.max(0, width - 1))}`);
      drawn = true;
    },
    end() {
      if (drawn) stream.write('\r\x1b[K');
      drawn = false;
    },
  };
}
