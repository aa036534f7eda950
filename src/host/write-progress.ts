// How a command reports progress (Cmdlet.WriteProgress): honours -ProgressAction / $ProgressPreference
// and hands the record to the host, which shows it only on a terminal. Write-Progress and the AWS
// cmdlets (S3 transfers, long listings) all go through here, so there is one progress display.

import type { CommandContext } from '../pipeline/types.js';
import type { ProgressRecord } from '../objects/progress-record.js';
import { makeErrorRecord, RuntimeError } from '../engine/errors.js';
import { toStr } from '../engine/conversions.js';

/** Commands that are not Write-Progress report under an id of their own, outside the Int32 -SourceId range. */
const commandSourceIds = new WeakMap<CommandContext, number>();
let nextSourceId = 2 ** 32;

export function commandSourceId(ctx: CommandContext): number {
  let id = commandSourceIds.get(ctx);
  if (id === undefined) {
    id = nextSourceId++;
    commandSourceIds.set(ctx, id);
  }
  return id;
}

function progressAction(ctx: CommandContext): string {
  const p = ctx.params.ProgressAction;
  if (typeof p === 'string') return p.toLowerCase();
  const v = ctx.session.getVariable('ProgressPreference');
  return v === null || v === undefined ? 'continue' : toStr(v).toLowerCase();
}

/**
 * Whether progress from this command would be shown at all, so that callers reporting often (a transfer's
 * chunks, a listing's pages) build no records for nothing: only the console host on a terminal shows it.
 */
export function progressWanted(ctx: CommandContext): boolean {
  if (process.stderr.isTTY !== true || ctx.host.writeProgress === undefined) return false;
  const action = progressAction(ctx);
  return action !== 'silentlycontinue' && action !== 'ignore';
}

export function writeProgress(ctx: CommandContext, record: ProgressRecord, sourceId: number = commandSourceId(ctx)): void {
  const action = progressAction(ctx);
  if (action === 'silentlycontinue' || action === 'ignore') return;
  if (action === 'inquire' || action === 'suspend' || action === 'break') {
    throw new RuntimeError(
      makeErrorRecord(`The value '${action === 'inquire' ? 'Inquire' : action === 'suspend' ? 'Suspend' : 'Break'}' of the ProgressPreference is not supported by awsps; use Continue, SilentlyContinue or Stop.`, {
        type: 'System.NotSupportedException',
        baseTypeNames: ['System.SystemException', 'System.Exception'],
        id: 'ProgressPreferenceNotSupported',
        category: 'NotImplemented',
      }),
    );
  }
  ctx.host.writeProgress?.(sourceId, record);
  if (action === 'stop') {
    throw new RuntimeError(
      makeErrorRecord(`The running command stopped because the preference variable "ProgressPreference" or common parameter is set to Stop: ${record.activity}`, {
        type: 'System.Management.Automation.ActionPreferenceStopException',
        id: 'ActionPreferenceStop',
        category: 'OperationStopped',
      }),
      true,
    );
  }
}
