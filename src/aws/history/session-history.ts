// The link between the history buffer and a shell session. As in AWS Tools (a static
// AWSCmdletHistoryBuffer.Instance) there is one buffer per process; the first AWS cmdlet that runs
// publishes it as the global variable $AWSHistory, which is $null until then.

import type { SessionStateApi } from '../../pipeline/types.js';
import { AWSHistoryState, type CmdletHistoryRecorder } from './history-state.js';

export const AWS_HISTORY_VARIABLE = 'AWSHistory';

const processHistory = new AWSHistoryState();

/** The process-wide history buffer and configuration. */
export function awsHistoryState(): AWSHistoryState {
  return processHistory;
}

export interface SessionHistory {
  readonly state: AWSHistoryState;
  /** At the start of an AWS service cmdlet: publishes $AWSHistory if unset and starts the invocation's trace. */
  beginCmdlet(cmdletName: string): CmdletHistoryRecorder;
  /** At the end of the cmdlet, or when a service error terminates it: keeps the trace. */
  endCmdlet(recorder: CmdletHistoryRecorder): void;
  /** Sets $AWSHistory (global) to the buffer unless it already holds a value. */
  publish(): void;
}

export function historyFor(session: SessionStateApi): SessionHistory {
  const state = processHistory;
  const publish = (): void => {
    const current = session.getVariable(AWS_HISTORY_VARIABLE);
    if (current === null || current === undefined) session.setVariable(AWS_HISTORY_VARIABLE, state.view, 'global');
  };
  return {
    state,
    publish,
    beginCmdlet(cmdletName) {
      publish();
      return state.startCmdlet(cmdletName);
    },
    endCmdlet(recorder) {
      state.push(recorder);
    },
  };
}
