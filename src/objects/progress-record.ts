// System.Management.Automation.ProgressRecord: what Write-Progress (and a cmdlet's WriteProgress) hands
// the host. -1 means "not given" for the parent id, the percentage and the seconds remaining.

export type ProgressRecordType = 'Processing' | 'Completed';

export class ProgressRecord {
  parentActivityId = -1;
  percentComplete = -1;
  secondsRemaining = -1;
  currentOperation: string | null = null;
  recordType: ProgressRecordType = 'Processing';

  constructor(
    readonly activityId: number,
    public activity: string,
    public statusDescription: string,
  ) {}
}
