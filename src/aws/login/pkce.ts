// The PKCE values and CSRF state of one authorization request, as the AWS CLI v2 makes them
// (awscli/customizations/login/utils.py): a 64-character verifier from RFC 7636's unreserved alphabet, its
// SHA-256 challenge in unpadded base64url with the method named "SHA-256" (what the sign-in service expects,
// not RFC 7636's "S256"), and a random UUID as state.

import { createHash, randomInt, randomUUID } from 'node:crypto';

export const CODE_CHALLENGE_METHOD = 'SHA-256';
const VERIFIER_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~';
const VERIFIER_LENGTH = 64;

export interface PkceParameters {
  readonly codeVerifier: string;
  readonly codeChallenge: string;
  readonly state: string;
}

export function codeChallengeOf(verifier: string): string {
  return createHash('sha256').update(verifier, 'ascii').digest('base64url');
}

export function newPkceParameters(): PkceParameters {
  let verifier = '';
  for (let i = 0; i < VERIFIER_LENGTH; i++) verifier += VERIFIER_ALPHABET[randomInt(VERIFIER_ALPHABET.length)];
  return { codeVerifier: verifier, codeChallenge: codeChallengeOf(verifier), state: randomUUID() };
}
