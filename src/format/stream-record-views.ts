// Views of the stream records (PowerShellCore_format_ps1xml.cs): a WarningRecord shows its Message, an
// InformationRecord its ToString(), both out of band. On the console (Out-Default) a record that reached the
// output through a merge (3>&1, *>&1, ...) keeps its stream's look, as pwsh's Out-Default does with WriteStream.

import { formatDebug, formatVerbose, formatWarning } from './error-view.js';
import { registerView, type RenderContext } from './views.js';
import { DEBUG_RECORD_TYPE, INFORMATION_RECORD_TYPE, InformationRecord, InformationalRecord, VERBOSE_RECORD_TYPE, WARNING_RECORD_TYPE } from '../objects/stream-records.js';

const PREFIXED = { Warning: formatWarning, Verbose: formatVerbose, Debug: formatDebug } as const;

function informationalText(o: unknown, rc: RenderContext): string {
  if (!(o instanceof InformationalRecord)) return String(o);
  const stream = o.writeStream;
  if (rc.hostStreams && stream && stream !== 'Information') return PREFIXED[stream](o.message, { color: rc.color });
  return o.message;
}

/** InformationRecord.ToString(): its MessageData's. */
function informationText(o: InformationRecord): string {
  return o.toStringOverride ? o.toStringOverride(o) : '';
}

export function registerStreamRecordViews(): void {
  registerView(WARNING_RECORD_TYPE, { kind: 'custom', name: 'WarningRecord', outOfBand: true, render: informationalText });
  // pwsh has no view for these: only a merge (4>&1, 5>&1) puts them in the output, and Out-Default shows them as their stream.
  registerView([VERBOSE_RECORD_TYPE, DEBUG_RECORD_TYPE], { kind: 'custom', name: 'StreamRecord', outOfBand: true, render: informationalText });
  registerView(INFORMATION_RECORD_TYPE, { kind: 'custom', name: 'InformationRecord', outOfBand: true, render: (o) => (o instanceof InformationRecord ? informationText(o) : String(o)) });
}
