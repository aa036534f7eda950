// Failures of Invoke-AWSLogin and of resolving a login_session profile, and their PowerShell error records.
// Messages name profiles, regions, sessions and files, never a token, key or authorization code. Where AWS
// Tools for PowerShell (AWSLoginCmdlets.cs) throws a specific error id, the same id is used.

import { RuntimeError, makeErrorRecord, type ErrorCategory } from '../../engine/errors.js';
import { redactSecrets } from '../clients/secret-redaction.js';

export type LoginErrorReason =
  /** A bad argument or setting (ArgumentException). */
  | 'argument'
  /** The verification code typed for the cross-device flow is not what the browser showed. */
  | 'verification-code'
  /** A needed answer and a shell that cannot prompt. */
  | 'non-interactive'
  /** The authorization redirect carried an error or a foreign state (AWS Tools throws System.Exception). */
  | 'authorization'
  /** No usable cached login token for a login_session profile. */
  | 'not-logged-in'
  /** The sign-in service refused or failed. */
  | 'service'
  | 'cancelled';

export class LoginError extends Error {
  override readonly name = 'LoginError';
  constructor(
    message: string,
    readonly reason: LoginErrorReason,
    /** The error id AWS Tools uses where it names one (e.g. InvalidVerificationCode). */
    readonly errorId?: string,
    readonly category?: ErrorCategory,
    readonly target: unknown = null,
  ) {
    super(message);
  }
}

/** What a user runs to (re)start the login session of a profile. */
export function loginHint(profileName: string): string {
  return `Invoke-AWSLogin -ProfileName ${profileName}`;
}

interface RecordShape {
  type: string;
  category: ErrorCategory;
  baseTypeNames: string[];
}

const SYSTEM_EXCEPTION = ['System.SystemException', 'System.Exception'];

const SHAPE: Record<LoginErrorReason, RecordShape> = {
  argument: { type: 'System.ArgumentException', category: 'InvalidArgument', baseTypeNames: SYSTEM_EXCEPTION },
  'verification-code': { type: 'System.ArgumentException', category: 'InvalidArgument', baseTypeNames: SYSTEM_EXCEPTION },
  'non-interactive': { type: 'System.InvalidOperationException', category: 'InvalidOperation', baseTypeNames: SYSTEM_EXCEPTION },
  authorization: { type: 'System.Exception', category: 'NotSpecified', baseTypeNames: [] },
  'not-logged-in': { type: 'Amazon.Runtime.AmazonClientException', category: 'AuthenticationError', baseTypeNames: ['System.Exception'] },
  service: { type: 'Amazon.Runtime.AmazonServiceException', category: 'NotSpecified', baseTypeNames: ['Amazon.Runtime.AmazonClientException', 'System.Exception'] },
  cancelled: { type: 'System.OperationCanceledException', category: 'OperationStopped', baseTypeNames: SYSTEM_EXCEPTION },
};

/** The terminating error a cmdlet (or the credential chain, without a class) throws for a LoginError. */
export function loginRuntimeError(err: LoginError, commandClass?: string): RuntimeError {
  const shape = SHAPE[err.reason];
  const short = err.errorId ?? (shape.type === 'System.Exception' ? shape.type : shape.type.slice(shape.type.lastIndexOf('.') + 1));
  return new RuntimeError(
    makeErrorRecord(redactSecrets(err.message), {
      type: shape.type,
      id: commandClass !== undefined ? `${short},${commandClass}` : short,
      category: err.category ?? shape.category,
      target: err.target,
      baseTypeNames: shape.baseTypeNames,
    }),
  );
}
