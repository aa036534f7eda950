// The progress a page-to-completion listing shows while it fetches more pages: the cmdlet as the
// activity, the number of objects written so far as the status; taken down when paging ends.

import type { CommandContext } from '../../pipeline/types.js';
import { ProgressRecord } from '../../objects/progress-record.js';
import { progressWanted, writeProgress } from '../../host/write-progress.js';
import type { PagingProgress } from './auto-page.js';

export function pagingProgress(ctx: CommandContext, cmdletName: string): PagingProgress | undefined {
  if (!progressWanted(ctx)) return undefined;
  let shown = false;
  return {
    update(items) {
      writeProgress(ctx, new ProgressRecord(0, cmdletName, `${items} items`));
      shown = true;
    },
    end() {
      if (!shown) return;
      shown = false;
      const record = new ProgressRecord(0, cmdletName, 'Completed');
      record.recordType = 'Completed';
      writeProgress(ctx, record);
    },
  };
}
