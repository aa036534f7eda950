// The test AWS Sign-in service answers like the real one as far as the SDKs show it: the authorize page only
// takes the CLI clients' parameters, approval is an HTTP POST that redirects with code and state, and the
// token endpoint (reached here through the SDK's own SigninClient, so every error arrives as the modeled
// exception with its OAuth2ErrorCode) checks PKCE, the redirect URI and a DPoP proof on every call, binds
// refresh tokens to the DPoP key and rotates them.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SigninClient, CreateOAuth2TokenCommand } from '@aws-sdk/nested-clients/signin';
import type { FinalizeRequestMiddleware } from '@smithy/types';
import { newDpopKeyPem, dpopProof } from '../../../src/aws/login/dpop.js';
import { authorizeUrl, CLIENT_ID_SAME_DEVICE } from '../../../src/aws/login/login-flow.js';
import { newPkceParameters, codeChallengeOf } from '../../../src/aws/login/pkce.js';
import { parseVerificationCode } from '../../../src/aws/login/verification-code.js';
import { LoginError } from '../../../src/aws/login/errors.js';
import { startSigninServer, type SigninServer } from '../../support/signin-server/index.js';

let server: SigninServer;
const REDIRECT = 'http://127.0.0.1:1/oauth/callback';

beforeAll(async () => {
  server = await startSigninServer();
});

afterAll(async () => {
  await server?.stop();
});

/** A SigninClient whose requests carry a DPoP proof made by proof(method, url). */
function client(proof: (method: string, url: string) => string | undefined): SigninClient {
  const c = new SigninClient({ region: 'us-east-1', endpoint: server.endpoint, credentials: { accessKeyId: '', secretAccessKey: '' }, maxAttempts: 1 });
  const middleware: FinalizeRequestMiddleware<object, object> = (next) => async (args) => {
    const request = args.request as { method: string; protocol: string; hostname: string; port?: number; path: string; headers: Record<string, string> };
    const value = proof(request.method, `${request.protocol}//${request.hostname}:${request.port}${request.path}`);
    if (value !== undefined) request.headers.DPoP = value;
    return next(args);
  };
  c.middlewareStack.add(middleware as never, { step: 'finalizeRequest', name: 'testDpop' });
  return c;
}

async function authorizationCode(verifierChallenge = newPkceParameters()): Promise<{ code: string; verifier: string; state: string }> {
  const page = await fetch(authorizeUrl(server.endpoint, CLIENT_ID_SAME_DEVICE, REDIRECT, verifierChallenge));
  const html = await page.text();
  const requestId = /name="request_id" value="([^"]+)"/.exec(html)![1]!;
  const consent = await fetch(`${server.endpoint}/v1/authorize/consent`, {
    method: 'POST',
    body: new URLSearchParams({ request_id: requestId, decision: 'allow' }),
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    redirect: 'manual',
  });
  const location = new URL(consent.headers.get('location')!);
  expect(`${location.origin}${location.pathname}`).toBe(REDIRECT);
  expect(location.searchParams.get('state')).toBe(verifierChallenge.state);
  return { code: location.searchParams.get('code')!, verifier: verifierChallenge.codeVerifier, state: verifierChallenge.state };
}

async function failure(p: Promise<unknown>): Promise<{ name: string; error: string; message: string }> {
  try {
    await p;
  } catch (err) {
    const e = err as { name: string; error?: string; message: string };
    return { name: e.name, error: e.error ?? '', message: e.message };
  }
  throw new Error('expected a failure');
}

describe('authorize page', () => {
  it('refuses parameters the CLI clients never send', async () => {
    const good = new URL(authorizeUrl(server.endpoint, CLIENT_ID_SAME_DEVICE, REDIRECT, newPkceParameters()));
    for (const [key, value] of [
      ['code_challenge_method', 'S256'],
      ['client_id', 'arn:aws:signin:::devtools/other'],
      ['redirect_uri', 'https://attacker.example/oauth/callback'],
      ['scope', 'openid profile'],
    ] as const) {
      const bad = new URL(good);
      bad.searchParams.set(key, value);
      expect((await fetch(bad)).status, key).toBe(400);
    }
    expect((await fetch(good)).status).toBe(200);
  });
});

describe('CreateOAuth2Token', () => {
  it('exchanges a code for credentials, a refresh token and an identity token, with a valid DPoP proof', async () => {
    const key = newDpopKeyPem();
    const { code, verifier } = await authorizationCode();
    const out = await client((m, u) => dpopProof(key, m, u)).send(
      new CreateOAuth2TokenCommand({ tokenInput: { clientId: CLIENT_ID_SAME_DEVICE, grantType: 'authorization_code', code, codeVerifier: verifier, redirectUri: REDIRECT } }),
    );
    expect(out.tokenOutput?.expiresIn).toBe(900);
    expect(out.tokenOutput?.accessToken?.accessKeyId).toMatch(/^ASIA/);
    expect(out.tokenOutput?.idToken?.split('.')).toHaveLength(3);
    // A code is single use.
    const again = await failure(
      client((m, u) => dpopProof(key, m, u)).send(
        new CreateOAuth2TokenCommand({ tokenInput: { clientId: CLIENT_ID_SAME_DEVICE, grantType: 'authorization_code', code, codeVerifier: verifier, redirectUri: REDIRECT } }),
      ),
    );
    expect(again).toMatchObject({ name: 'ValidationException', error: 'invalid_grant' });

    // The refresh token is bound to the key and rotates.
    const refresh = (token: string, pem: string) =>
      client((m, u) => dpopProof(pem, m, u)).send(new CreateOAuth2TokenCommand({ tokenInput: { clientId: CLIENT_ID_SAME_DEVICE, grantType: 'refresh_token', refreshToken: token } }));
    expect(await failure(refresh(out.tokenOutput!.refreshToken!, newDpopKeyPem()))).toMatchObject({ name: 'ValidationException', error: 'invalid_grant' });
    const refreshed = await refresh(out.tokenOutput!.refreshToken!, key);
    expect(refreshed.tokenOutput?.idToken).toBeUndefined();
    expect(await failure(refresh(out.tokenOutput!.refreshToken!, key))).toMatchObject({ name: 'ValidationException', error: 'invalid_grant' });
    expect((await refresh(refreshed.tokenOutput!.refreshToken!, key)).tokenOutput?.accessToken?.accessKeyId).toMatch(/^ASIA/);
  });

  it('checks PKCE and the redirect URI', async () => {
    const key = newDpopKeyPem();
    const a = await authorizationCode();
    const send = (input: Record<string, string>) =>
      client((m, u) => dpopProof(key, m, u)).send(new CreateOAuth2TokenCommand({ tokenInput: { clientId: CLIENT_ID_SAME_DEVICE, grantType: 'authorization_code', ...input } }));
    expect(await failure(send({ code: a.code, codeVerifier: 'x'.repeat(64), redirectUri: REDIRECT }))).toMatchObject({ error: 'invalid_grant' });
    const b = await authorizationCode();
    expect(await failure(send({ code: b.code, codeVerifier: b.verifier, redirectUri: 'http://127.0.0.1:2/oauth/callback' }))).toMatchObject({ error: 'invalid_grant' });
    const c = await authorizationCode();
    server.service.expireCodes();
    expect(await failure(send({ code: c.code, codeVerifier: c.verifier, redirectUri: REDIRECT }))).toMatchObject({ name: 'AccessDeniedException', error: 'AUTHCODE_EXPIRED' });
  });

  it('requires a fresh, correctly signed DPoP proof for this method and URL', async () => {
    const key = newDpopKeyPem();
    const cases: [string, (m: string, u: string) => string | undefined][] = [
      ['missing DPoP header', () => undefined],
      ['htu is', (m) => dpopProof(key, m, `${server.endpoint}/v1/other`)],
      ['htm is', (_m, u) => dpopProof(key, 'GET', u)],
      ['iat is not recent', (m, u) => dpopProof(key, m, u, Date.now() - 3600_000)],
      ['bad signature', (m, u) => dpopProof(key, m, u).replace(/\.[^.]+$/, `.${Buffer.alloc(64, 1).toString('base64url')}`)],
    ];
    for (const [reason, proof] of cases) {
      const { code, verifier } = await authorizationCode();
      const f = await failure(
        client(proof).send(
          new CreateOAuth2TokenCommand({ tokenInput: { clientId: CLIENT_ID_SAME_DEVICE, grantType: 'authorization_code', code, codeVerifier: verifier, redirectUri: REDIRECT } }),
        ),
      );
      expect(f, reason).toMatchObject({ name: 'ValidationException', error: 'invalid_request' });
      expect(server.dpopFailures.at(-1), reason).toContain(reason);
    }
    // A proof is good once.
    let replay: string | undefined;
    const first = await authorizationCode();
    await client((m, u) => (replay = dpopProof(key, m, u))).send(
      new CreateOAuth2TokenCommand({ tokenInput: { clientId: CLIENT_ID_SAME_DEVICE, grantType: 'authorization_code', code: first.code, codeVerifier: first.verifier, redirectUri: REDIRECT } }),
    );
    const second = await authorizationCode();
    const f = await failure(
      client(() => replay).send(
        new CreateOAuth2TokenCommand({ tokenInput: { clientId: CLIENT_ID_SAME_DEVICE, grantType: 'authorization_code', code: second.code, codeVerifier: second.verifier, redirectUri: REDIRECT } }),
      ),
    );
    expect(f).toMatchObject({ error: 'invalid_request' });
    expect(server.dpopFailures.at(-1)).toBe('jti replayed');
  });
});

describe('login building blocks', () => {
  it('makes the CLI-style PKCE values: a 64-character unreserved verifier and its unpadded base64url SHA-256', () => {
    const p = newPkceParameters();
    expect(p.codeVerifier).toMatch(/^[A-Za-z0-9._~-]{64}$/);
    expect(p.codeChallenge).toBe(codeChallengeOf(p.codeVerifier));
    // RFC 7636 appendix B's example.
    expect(codeChallengeOf('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk')).toBe('E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM');
  });

  it('reads the verification code the AWS CLI way (base64 of a query string, either order)', () => {
    expect(parseVerificationCode(Buffer.from('code=abc%2B1&state=s-1').toString('base64'))).toEqual({ code: 'abc+1', state: 's-1' });
    expect(parseVerificationCode(Buffer.from('state=s-2&code=xyz').toString('base64'))).toEqual({ code: 'xyz', state: 's-2' });
    expect(() => parseVerificationCode('abc')).toThrow(LoginError);
  });
});
