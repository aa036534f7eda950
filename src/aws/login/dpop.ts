// DPoP (RFC 9449) for the sign-in token endpoint: the login generates a P-256 key, proves possession of it on
// the authorization-code exchange, and stores it (SEC1 PEM, with its public point) in the token cache, where
// the SDK's login credential provider (@aws-sdk/credential-provider-login) reads it to sign the proofs of
// every refresh. The proof is built exactly as that provider builds it: header {alg ES256, typ dpop+jwt,
// jwk {kty, crv, x, y}}, claims {jti, htm, htu, iat}, signature as raw r||s.

import { createPrivateKey, createPublicKey, generateKeyPairSync, randomUUID, sign, type KeyObject } from 'node:crypto';

/** A new P-256 private key as "-----BEGIN EC PRIVATE KEY-----" PEM (what the token cache's dpopKey holds). */
export function newDpopKeyPem(): string {
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  return privateKey.export({ format: 'pem', type: 'sec1' }).toString();
}

function publicJwk(privateKey: KeyObject): { kty: string; crv: string; x: string; y: string } {
  const jwk = createPublicKey(privateKey).export({ format: 'jwk' });
  if (jwk.kty !== 'EC' || jwk.crv !== 'P-256' || jwk.x === undefined || jwk.y === undefined) throw new Error('The DPoP key is not a P-256 key.');
  return { kty: 'EC', crv: 'P-256', x: jwk.x, y: jwk.y };
}

/** The DPoP header value for one request: method and the request URL without query. */
export function dpopProof(keyPem: string, method: string, url: string, now: number = Date.now()): string {
  const key = createPrivateKey({ key: keyPem, format: 'pem', type: 'sec1' });
  const header = { alg: 'ES256', typ: 'dpop+jwt', jwk: publicJwk(key) };
  const claims = { jti: randomUUID(), htm: method, htu: url, iat: Math.floor(now / 1000) };
  const signingInput = `${Buffer.from(JSON.stringify(header)).toString('base64url')}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}`;
  const signature = sign('sha256', Buffer.from(signingInput), { key, dsaEncoding: 'ieee-p1363' });
  return `${signingInput}.${signature.toString('base64url')}`;
}
