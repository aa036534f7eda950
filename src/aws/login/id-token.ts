// What the login learns from the identity token of the code exchange, as the AWS CLI v2 reads it: the login
// session is the JWT payload's "sub" (the console session's ARN), and the account is that ARN's account field.
// The token's signature is not checked: it came straight from the sign-in endpoint over the login's own call.

import { LoginError } from './errors.js';

export interface LoginIdentity {
  readonly loginSession: string;
  readonly accountId: string;
}

function failure(detail: string): LoginError {
  return new LoginError(`The sign-in service returned an unusable identity token: ${detail}.`, 'service');
}

export function identityFromIdToken(idToken: string): LoginIdentity {
  const parts = idToken.split('.');
  if (parts.length !== 3) throw failure('it is not a JWT');
  let payload: unknown;
  try {
    payload = JSON.parse(Buffer.from(parts[1]!, 'base64url').toString('utf8'));
  } catch {
    throw failure('its payload is not JSON');
  }
  const sub = typeof payload === 'object' && payload !== null ? (payload as Record<string, unknown>).sub : undefined;
  if (typeof sub !== 'string' || sub === '') throw failure('it has no subject');
  // arn:partition:service:region:account:resource
  const fields = sub.split(':');
  if (fields.length < 6 || fields[0] !== 'arn' || !/^\d{12}$/.test(fields[4] ?? '')) throw failure(`its subject '${sub}' is not an ARN with an account`);
  return { loginSession: sub, accountId: fields[4]! };
}
