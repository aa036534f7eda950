// The token endpoint's DPoP (RFC 9449) checks: the proof is a dpop+jwt signed ES256 by the P-256 key in its
// header, for this request's method and URL, recent, and never replayed. Returns the key's RFC 7638
// thumbprint, to which the service binds the refresh token it issues.

import { createHash, createPublicKey, verify, type JsonWebKey } from 'node:crypto';

export class DpopError extends Error {}

const MAX_AGE_SECONDS = 300;

function decodeJson(part: string): Record<string, unknown> {
  const value: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new DpopError('not a JSON object');
  return value as Record<string, unknown>;
}

export function jwkThumbprint(jwk: { crv: string; kty: string; x: string; y: string }): string {
  return createHash('sha256').update(JSON.stringify({ crv: jwk.crv, kty: jwk.kty, x: jwk.x, y: jwk.y })).digest('base64url');
}

export class DpopVerifier {
  private readonly seen = new Set<string>();
  constructor(private readonly now: () => number) {}

  /** Verifies the proof for method and url; throws DpopError with the reason. */
  verify(proof: string | undefined, method: string, url: string): string {
    if (proof === undefined || proof === '') throw new DpopError('missing DPoP header');
    const parts = proof.split('.');
    if (parts.length !== 3) throw new DpopError('not a JWS');
    let header: Record<string, unknown>;
    let claims: Record<string, unknown>;
    try {
      header = decodeJson(parts[0]!);
      claims = decodeJson(parts[1]!);
    } catch {
      throw new DpopError('undecodable header or claims');
    }
    if (header.typ !== 'dpop+jwt') throw new DpopError('typ is not dpop+jwt');
    if (header.alg !== 'ES256') throw new DpopError('alg is not ES256');
    const jwk = header.jwk as Record<string, unknown> | undefined;
    if (jwk?.kty !== 'EC' || jwk.crv !== 'P-256' || typeof jwk.x !== 'string' || typeof jwk.y !== 'string' || 'd' in jwk) {
      throw new DpopError('jwk is not a public P-256 key');
    }
    const key = createPublicKey({ key: { kty: 'EC', crv: 'P-256', x: jwk.x, y: jwk.y } as JsonWebKey, format: 'jwk' });
    const ok = verify('sha256', Buffer.from(`${parts[0]}.${parts[1]}`), { key, dsaEncoding: 'ieee-p1363' }, Buffer.from(parts[2]!, 'base64url'));
    if (!ok) throw new DpopError('bad signature');
    if (claims.htm !== method) throw new DpopError(`htm is ${String(claims.htm)}, not ${method}`);
    if (claims.htu !== url) throw new DpopError(`htu is ${String(claims.htu)}, not ${url}`);
    if (typeof claims.iat !== 'number' || Math.abs(this.now() / 1000 - claims.iat) > MAX_AGE_SECONDS) throw new DpopError('iat is not recent');
    if (typeof claims.jti !== 'string' || claims.jti === '') throw new DpopError('no jti');
    if (this.seen.has(claims.jti)) throw new DpopError('jti replayed');
    this.seen.add(claims.jti);
    return jwkThumbprint({ crv: 'P-256', kty: 'EC', x: jwk.x, y: jwk.y });
  }
}
