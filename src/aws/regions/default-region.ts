// The shell-default region. Like AWS Tools it lives in the session variable $StoredAWSRegion (so users may
// also assign it directly); these helpers are the one place that reads and writes it.

import type { SessionStateApi } from '../../pipeline/types.js';

export const STORED_REGION_VARIABLE = 'StoredAWSRegion';

/** The system name in $StoredAWSRegion, or undefined when it is unset, $null or not a string. */
export function getStoredRegion(session: SessionStateApi): string | undefined {
  const v = session.getVariable(STORED_REGION_VARIABLE);
  return typeof v === 'string' && v !== '' ? v : undefined;
}

/** Sets $StoredAWSRegion in the caller's scope, or in `scope` ('Global', 'Script', 'Local', 'Private'). */
export function setStoredRegion(session: SessionStateApi, systemName: string, scope?: string): void {
  session.setVariable(STORED_REGION_VARIABLE, systemName, scope);
}

/** Clear-DefaultAWSRegion sets the variable to $null rather than removing it, as AWS Tools does. */
export function clearStoredRegion(session: SessionStateApi, scope?: string): void {
  session.setVariable(STORED_REGION_VARIABLE, null, scope);
}
