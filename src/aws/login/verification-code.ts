// The cross-device flow's verification code: the sign-in page shows base64 of "code=<auth code>&state=<state>"
// (AWS Tools: "a Base64 encoded string of code=xyz&state=abc"; the AWS CLI parses it as a query string). Errors
// and their ids are AWS Tools' (InvalidVerificationCode, MissingAuthorizationCode, MissingStateParameter); the
// typed text itself is kept out of the error record, as it holds a usable authorization code.

import { LoginError } from './errors.js';

export interface VerificationCode {
  readonly code: string;
  readonly state: string;
}

/** Strict base64 as .NET's Convert.FromBase64String takes it (whitespace ignored, padding required). */
function decodeBase64(text: string): string | undefined {
  const compact = text.replace(/\s+/g, '');
  if (compact === '' || compact.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(compact)) return undefined;
  const decoded = Buffer.from(compact, 'base64');
  const roundTrip = decoded.toString('base64');
  return roundTrip === compact ? decoded.toString('utf8') : undefined;
}

export function parseVerificationCode(typed: string): VerificationCode {
  const text = decodeBase64(typed);
  if (text === undefined) {
    throw new LoginError(
      'Invalid verification code format. Please ensure you copied the complete code from the browser.',
      'verification-code',
      'InvalidVerificationCode',
    );
  }
  const params = new URLSearchParams(text);
  const code = params.get('code');
  if (code === null || code === '') {
    throw new LoginError("Verification code is missing the required 'code' parameter.", 'verification-code', 'MissingAuthorizationCode', 'InvalidData');
  }
  const state = params.get('state');
  if (state === null || state === '') {
    throw new LoginError("Verification code is missing the required 'state' parameter.", 'verification-code', 'MissingStateParameter', 'InvalidData');
  }
  return { code, state };
}
