// The session's command history (what Get-History lists and Invoke-History runs): every command line
// entered at the prompt, with its status and times, numbered from 1 as pwsh does.

import { PSObject } from '../objects/psobject.js';
import { TimeSpan } from '../objects/timespan.js';
import { registerView } from '../format/views.js';

export const HISTORY_INFO_TYPE = 'Microsoft.PowerShell.Commands.HistoryInfo';

export type ExecutionStatus = 'Completed' | 'Failed' | 'Stopped';

export interface HistoryEntry {
  readonly id: number;
  commandLine: string;
  status: ExecutionStatus;
  readonly start: Date;
  end: Date;
}

/** $MaximumHistoryCount's default. */
const MAX_ENTRIES = 4096;

export class SessionHistory {
  private readonly entries: HistoryEntry[] = [];
  private nextId = 1;
  /** The entry of the line now running: Invoke-History replaces its text with the line it runs. */
  private running: HistoryEntry | undefined;

  /** Finished entries: as in pwsh, the line now running is not history yet. */
  list(): readonly HistoryEntry[] {
    return this.running ? this.entries.filter((e) => e !== this.running) : this.entries;
  }

  find(id: number): HistoryEntry | undefined {
    return this.entries.find((e) => e.id === id && e !== this.running);
  }

  /** The most recent finished entry whose command line starts with the text (case-insensitive). */
  findByPrefix(prefix: string): HistoryEntry | undefined {
    const lower = prefix.toLowerCase();
    for (let i = this.entries.length - 1; i >= 0; i--) {
      const e = this.entries[i];
      if (e !== this.running && e.commandLine.toLowerCase().startsWith(lower)) return e;
    }
    return undefined;
  }

  /** The most recent finished entry (what Invoke-History without -Id runs). */
  last(): HistoryEntry | undefined {
    for (let i = this.entries.length - 1; i >= 0; i--) if (this.entries[i] !== this.running) return this.entries[i];
    return undefined;
  }

  begin(commandLine: string): HistoryEntry {
    const now = new Date();
    const entry: HistoryEntry = { id: this.nextId++, commandLine, status: 'Completed', start: now, end: now };
    this.entries.push(entry);
    if (this.entries.length > MAX_ENTRIES) this.entries.shift();
    this.running = entry;
    return entry;
  }

  end(entry: HistoryEntry, status: ExecutionStatus): void {
    entry.status = status;
    entry.end = new Date();
    if (this.running === entry) this.running = undefined;
  }

  /** Invoke-History records the line it runs instead of its own command line. */
  replaceRunning(commandLine: string): void {
    if (this.running) this.running.commandLine = commandLine;
  }
}

export function historyInfo(e: HistoryEntry): PSObject {
  const o = new PSObject([HISTORY_INFO_TYPE, 'System.Object']);
  o.addNote('Id', e.id, 'Property', 'System.Int64');
  o.addNote('CommandLine', e.commandLine, 'Property', 'System.String');
  o.addNote('ExecutionStatus', e.status, 'Property', 'System.Management.Automation.Runspaces.PipelineState');
  o.addNote('StartExecutionTime', e.start, 'Property', 'System.DateTime');
  o.addNote('EndExecutionTime', e.end, 'Property', 'System.DateTime');
  o.addNote('Duration', TimeSpan.fromMilliseconds(e.end.getTime() - e.start.getTime()), 'Property', 'System.TimeSpan');
  return o;
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/** The Duration column of pwsh's HistoryInfo table view (s.fff under a minute, m:ss.ff under an hour, else h:mm:ss). */
export function formatDuration(d: TimeSpan): string {
  const totalMs = Math.max(0, Math.floor(d.totalMilliseconds));
  const ms = totalMs % 1000;
  const s = Math.floor(totalMs / 1000) % 60;
  const m = Math.floor(totalMs / 60000) % 60;
  const hours = Math.floor(totalMs / 3600000);
  if (hours >= 1) return `${hours}:${pad2(m)}:${pad2(s)}`;
  if (m >= 1) return `${m}:${pad2(s)}.${pad2(Math.floor(ms / 10))}`;
  return `${s}.${String(ms).padStart(3, '0')}`;
}

let viewRegistered = false;

export function registerHistoryView(): void {
  if (viewRegistered) return;
  viewRegistered = true;
  registerView(HISTORY_INFO_TYPE, {
    kind: 'table',
    name: 'history',
    columns: [
      { label: 'Id', width: 4, alignment: 'right', value: 'Id' },
      {
        label: 'Duration',
        width: 12,
        alignment: 'right',
        value: (o) => {
          const d = o instanceof PSObject ? o.get('Duration') : null;
          return d instanceof TimeSpan ? formatDuration(d) : '';
        },
      },
      { label: 'CommandLine', value: 'CommandLine' },
    ],
  });
}
