// Progress for S3 transfers ("Uploading [File big.bin    ]" with the bar at the percentage done),
// reported like any cmdlet's WriteProgress: the host shows it on a terminal's stderr unless
// $ProgressPreference is SilentlyContinue, and takes it down when the transfer ends.

import type { CommandContext } from '../../src/pipeline/types.js';
import { ProgressRecord } from '../../src/objects/progress-record.js';
import { progressWanted, writeProgress } from '../../src/host/write-progress.js';

export interface TransferProgress {
  /** Reports bytes done out of total (total 0: unknown). */
  update(done: number, total: number, status?: string): void;
  /** Completes the activity (its line disappears). */
  end(): void;
}

const SILENT: TransferProgress = { update: () => undefined, end: () => undefined };

/** Progress for one transfer ('Uploading', 'Downloading'); a no-op when progress is not shown. */
export function transferProgress(ctx: CommandContext, activity: string, status: string): TransferProgress {
  if (!progressWanted(ctx)) return SILENT;
  let lastPercent = -2;
  let lastStatus = status;
  let started = false;
  return {
    update(done, total, newStatus) {
      const percent = total > 0 ? Math.min(100, Math.floor((done / total) * 100)) : -1;
      const text = newStatus ?? status;
      // Chunks arrive far more often than the percentage changes.
      if (percent === lastPercent && text === lastStatus) return;
      lastPercent = percent;
      lastStatus = text;
      const record = new ProgressRecord(0, activity, text);
      record.percentComplete = percent;
      writeProgress(ctx, record);
      started = true;
    },
    end() {
      if (!started) return;
      started = false;
      const record = new ProgressRecord(0, activity, lastStatus);
      record.recordType = 'Completed';
      writeProgress(ctx, record);
    },
  };
}
