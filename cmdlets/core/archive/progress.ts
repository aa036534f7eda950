// ProgressBarHelper: "Compress-Archive" / "Expand-Archive" with the module's status text and the share of
// entries done; written only when the host shows progress, and only when the whole percentage changes.

import type { CommandContext } from '../../../src/pipeline/types.js';
import { ProgressRecord } from '../../../src/objects/progress-record.js';
import { progressWanted, writeProgress } from '../../../src/host/write-progress.js';

export interface EntryProgress {
  /** `done` entries out of `total`. */
  update(done: number, total: number): void;
  end(): void;
}

export function entryProgress(ctx: CommandContext, activity: string, status: string): EntryProgress {
  if (!progressWanted(ctx)) return { update: () => undefined, end: () => undefined };
  let last = -1;
  let started = false;
  return {
    update(done, total) {
      if (total <= 0) return;
      const percent = Math.min(100, Math.floor((done / total) * 100));
      if (percent === last) return;
      last = percent;
      started = true;
      const record = new ProgressRecord(0, activity, status);
      record.percentComplete = percent;
      writeProgress(ctx, record);
    },
    end() {
      if (!started) return;
      started = false;
      const record = new ProgressRecord(0, activity, status);
      record.recordType = 'Completed';
      writeProgress(ctx, record);
    },
  };
}
