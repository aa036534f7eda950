// Failures of SSO login and SSO credential resolution, and their PowerShell error records. Messages name
// profiles, sessions, start URLs and files, never a token or key.

import { RuntimeError, makeErrorRecord, type ErrorCategory } from '../../engine/errors.js';
import { redactSecrets } from '../clients/secret-redaction.js';

export type SsoErrorReason = 'config' | 'not-logged-in' | 'denied' | 'expired' | 'service' | 'cancelled';

export class SsoError extends Error {
  override readonly name = 'SsoError';
  constructor(
    message: string,
    readonly reason: SsoErrorReason,
  ) {
    super(message);
  }
}

/** What a user must run to (re)start the portal session of a profile. */
export function loginHint(profileName: string | null, sessionName: string | null): string {
  if (profileName !== null) return `Invoke-AWSSSOLogin -ProfileName ${profileName}`;
  return `Invoke-AWSSSOLogin -SessionName ${sessionName ?? ''}`;
}

export function notLoggedInText(profileName: string, sessionName: string | null, expired: boolean): string {
  const what = sessionName !== null ? `SSO session '${sessionName}' of the profile '${profileName}'` : `SSO session of the profile '${profileName}'`;
  return `The ${what} ${expired ? 'has expired' : 'has no valid token'}. Run ${loginHint(profileName, null)} to sign in again.`;
}

const CATEGORY: Record<SsoErrorReason, ErrorCategory> = {
  config: 'InvalidData',
  'not-logged-in': 'AuthenticationError',
  denied: 'PermissionDenied',
  expired: 'AuthenticationError',
  service: 'NotSpecified',
  cancelled: 'OperationStopped',
};

const EXCEPTION: Record<SsoErrorReason, string> = {
  config: 'System.ArgumentException',
  'not-logged-in': 'Amazon.Runtime.AmazonClientException',
  denied: 'Amazon.Runtime.AmazonClientException',
  expired: 'Amazon.Runtime.AmazonClientException',
  service: 'Amazon.Runtime.AmazonClientException',
  cancelled: 'System.OperationCanceledException',
};

/** The terminating error a cmdlet throws for an SsoError. */
export function ssoRuntimeError(err: SsoError, commandClass?: string): RuntimeError {
  const type = EXCEPTION[err.reason];
  const short = type.slice(type.lastIndexOf('.') + 1);
  return new RuntimeError(
    makeErrorRecord(redactSecrets(err.message), {
      type,
      id: commandClass !== undefined ? `${short},${commandClass}` : short,
      category: CATEGORY[err.reason],
      baseTypeNames: type === 'System.ArgumentException' || type === 'System.OperationCanceledException' ? ['System.SystemException', 'System.Exception'] : ['System.Exception'],
    }),
  );
}
