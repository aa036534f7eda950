// The MFA code for a role that requires one (a role profile's mfa_serial, Set-AWSCredential -MfaSerial): the
// SDK's providers ask for it through their mfaCodeProvider callback, and the shell reads it from the host the
// way it prompts for a missing mandatory parameter. A host that cannot prompt (-NonInteractive, no terminal)
// makes it a clear error instead of a hang or a silent failure.

import { RuntimeError, makeErrorRecord } from '../../engine/errors.js';
import type { HostApi } from '../../pipeline/types.js';

/** The part of the host a prompt needs (writeOut for a prompt's caption and message). */
export type PromptHost = Pick<HostApi, 'interactive' | 'readLine' | 'writeOut'>;

/** The shell's host: one per process, set by every AWS cmdlet before it resolves credentials. */
let promptHost: PromptHost | undefined;

export function setPromptHost(host: PromptHost | undefined): void {
  promptHost = host;
}

/** The host to ask the user through (an MFA code, a SAML password), or undefined when nobody can answer. */
export function interactivePromptHost(): PromptHost | undefined {
  return promptHost?.interactive === true ? promptHost : undefined;
}

/** botocore's prompt text (the AWS CLI asks the same way). */
export function mfaPromptText(serial: string): string {
  return `Enter MFA code for ${serial}: `;
}

export function mfaUnavailableText(what: string, serial: string): string {
  return `${what} requires an MFA code for '${serial}', but the shell cannot prompt for it (non-interactive). Run interactively, or use credentials that do not need MFA.`;
}

function mfaUnavailableError(what: string, serial: string): RuntimeError {
  return new RuntimeError(
    makeErrorRecord(mfaUnavailableText(what, serial), {
      type: 'System.InvalidOperationException',
      id: 'MfaCodeUnavailable',
      category: 'AuthenticationError',
      baseTypeNames: ['System.SystemException', 'System.Exception'],
    }),
  );
}

/** An mfaCodeProvider for the SDK; `what` names the credentials in the error ("The credential profile 'x'"). */
export function mfaCodeProvider(what: string): (serial: string) => Promise<string> {
  return async (serial) => {
    const host = promptHost;
    if (host === undefined || !host.interactive) throw mfaUnavailableError(what, serial);
    return (await host.readLine(mfaPromptText(serial))).trim();
  };
}
