// The state of the test AWS Sign-in service: pending authorization requests (from /v1/authorize until the user
// decides), issued authorization codes (single use, 5 minutes, bound to client, redirect URI and PKCE
// challenge), and refresh tokens (rotated on use, bound to the DPoP key of the code exchange, valid for the
// 12 hours of the console session). CreateOAuth2Token follows the SDK model (com.amazonaws.signin): errors are
// AccessDeniedException / ValidationException / InternalServerException with an OAuth2ErrorCode in "error".

import { createHash, createHmac, randomBytes, randomUUID } from 'node:crypto';
import { loginSessionArn, type ConsoleIdentity, type SessionCredentials, type SessionIssuer } from './issuers.js';

export const SAME_DEVICE_CLIENT = 'arn:aws:signin:::devtools/same-device';
export const CROSS_DEVICE_CLIENT = 'arn:aws:signin:::devtools/cross-device';
export const CONFIRMATION_PATH = '/v1/sessions/confirmation';
const INVALID_GRANT = 'The provided authorization grant is invalid, expired, revoked, or malformed';

export class SigninError extends Error {
  constructor(
    readonly status: number,
    readonly shape: 'AccessDeniedException' | 'ValidationException' | 'InternalServerException' | 'TooManyRequestsError',
    readonly error: string,
    message: string,
  ) {
    super(message);
  }
}

export interface AuthorizeRequest {
  readonly id: string;
  readonly clientId: string;
  readonly redirectUri: string;
  readonly state: string;
  readonly codeChallenge: string;
}

interface IssuedCode {
  readonly clientId: string;
  readonly redirectUri: string;
  readonly codeChallenge: string;
  readonly identity: ConsoleIdentity;
  readonly expiresAt: number;
}

export interface RefreshGrant {
  readonly clientId: string;
  readonly identity: ConsoleIdentity;
  /** RFC 7638 thumbprint of the DPoP key the grant is bound to. */
  readonly jkt: string;
  readonly sessionExpiresAt: number;
}

export interface TokenCall {
  readonly grantType: string;
  readonly clientId: string;
  readonly outcome: string;
}

export interface SigninServiceOptions {
  readonly endpoint: () => string;
  readonly identity: ConsoleIdentity;
  readonly issue: SessionIssuer;
  readonly accessTokenLifetimeSeconds: number;
  readonly sessionLifetimeSeconds: number;
  readonly now: () => number;
}

const CODE_LIFETIME_MS = 5 * 60 * 1000;

function sha256Base64Url(text: string): string {
  return createHash('sha256').update(text, 'ascii').digest('base64url');
}

export class SigninService {
  readonly pending = new Map<string, AuthorizeRequest>();
  readonly codes = new Map<string, IssuedCode>();
  readonly refreshTokens = new Map<string, RefreshGrant>();
  readonly tokenCalls: TokenCall[] = [];
  /** Every credential handed out (tests search output for them). */
  readonly issued: SessionCredentials[] = [];
  /** Errors to answer the next CreateOAuth2Token calls with, in order. */
  readonly injectedErrors: SigninError[] = [];
  private readonly idTokenKey = randomBytes(32);

  constructor(private readonly options: SigninServiceOptions) {}

  /** Validates an authorize query; the request waits for the user's decision. Throws a message for a 400 page. */
  authorize(q: URLSearchParams): AuthorizeRequest {
    const need = (name: string): string => {
      const v = q.get(name);
      if (v === null || v === '') throw new Error(`Missing ${name}`);
      return v;
    };
    if (need('response_type') !== 'code') throw new Error('Unsupported response_type');
    const clientId = need('client_id');
    if (clientId !== SAME_DEVICE_CLIENT && clientId !== CROSS_DEVICE_CLIENT) throw new Error('Unknown client_id');
    if (need('scope') !== 'openid') throw new Error('Unsupported scope');
    if (need('code_challenge_method') !== 'SHA-256') throw new Error('Unsupported code_challenge_method');
    const codeChallenge = need('code_challenge');
    if (!/^[A-Za-z0-9_-]{43}$/.test(codeChallenge)) throw new Error('Malformed code_challenge');
    const redirectUri = need('redirect_uri');
    const ok =
      clientId === SAME_DEVICE_CLIENT
        ? /^http:\/\/(127\.0\.0\.1|localhost):\d+\/oauth\/callback$/.test(redirectUri)
        : redirectUri === `${this.options.endpoint()}${CONFIRMATION_PATH}`;
    if (!ok) throw new Error('redirect_uri not allowed for this client');
    const request: AuthorizeRequest = { id: randomUUID(), clientId, redirectUri, state: need('state'), codeChallenge };
    this.pending.set(request.id, request);
    return request;
  }

  /** The user's decision; returns where the browser is redirected. */
  decide(requestId: string, allow: boolean): string {
    const request = this.pending.get(requestId);
    if (request === undefined) throw new Error('Unknown or finished authorization request');
    this.pending.delete(requestId);
    const target = new URL(request.redirectUri);
    if (!allow) {
      target.searchParams.set('error', 'access_denied');
      target.searchParams.set('state', request.state);
      return target.href;
    }
    const code = randomBytes(24).toString('base64url');
    this.codes.set(code, {
      clientId: request.clientId,
      redirectUri: request.redirectUri,
      codeChallenge: request.codeChallenge,
      identity: this.options.identity,
      expiresAt: this.options.now() + CODE_LIFETIME_MS,
    });
    target.searchParams.set('code', code);
    target.searchParams.set('state', request.state);
    return target.href;
  }

  /** Whether the code is one the cross-device confirmation page may show. */
  isCrossDeviceCode(code: string): boolean {
    return this.codes.get(code)?.clientId === CROSS_DEVICE_CLIENT;
  }

  /** Lets a test age an authorization code past its lifetime. */
  expireCodes(): void {
    for (const [code, issued] of this.codes) this.codes.set(code, { ...issued, expiresAt: this.options.now() - 1 });
  }

  /** Lets a test end the console session behind every refresh token. */
  expireSessions(): void {
    for (const [token, grant] of this.refreshTokens) this.refreshTokens.set(token, { ...grant, sessionExpiresAt: this.options.now() - 1 });
  }

  private idToken(identity: ConsoleIdentity, clientId: string): string {
    const now = Math.floor(this.options.now() / 1000);
    const header = Buffer.from(JSON.stringify({ alg: 'HS256', typ: 'JWT' })).toString('base64url');
    const arn = loginSessionArn(identity);
    const claims = Buffer.from(
      JSON.stringify({ sub: arn, aud: clientId, iss: `${this.options.endpoint()}/signin`, session_arn: arn, iat: now, exp: now + this.options.accessTokenLifetimeSeconds }),
    ).toString('base64url');
    const signature = createHmac('sha256', this.idTokenKey).update(`${header}.${claims}`).digest('base64url');
    return `${header}.${claims}.${signature}`;
  }

  private async tokens(identity: ConsoleIdentity, grant: RefreshGrant): Promise<Record<string, unknown>> {
    const credentials = await this.options.issue(identity, this.options.accessTokenLifetimeSeconds);
    this.issued.push(credentials);
    const refreshToken = randomBytes(48).toString('base64url');
    this.refreshTokens.set(refreshToken, grant);
    return {
      accessToken: { accessKeyId: credentials.accessKeyId, secretAccessKey: credentials.secretAccessKey, sessionToken: credentials.sessionToken },
      tokenType: 'urn:aws:params:oauth:token-type:access_token_sigv4',
      expiresIn: this.options.accessTokenLifetimeSeconds,
      refreshToken,
    };
  }

  /** CreateOAuth2Token; jkt is the verified DPoP key thumbprint of the request. */
  async createToken(body: Record<string, unknown>, jkt: string): Promise<Record<string, unknown>> {
    const str = (k: string): string | undefined => (typeof body[k] === 'string' && body[k] !== '' ? (body[k] as string) : undefined);
    const grantType = str('grantType') ?? '';
    const clientId = str('clientId') ?? '';
    const record = (outcome: string) => this.tokenCalls.push({ grantType, clientId, outcome });
    const injected = this.injectedErrors.shift();
    if (injected !== undefined) {
      record(injected.shape);
      throw injected;
    }
    const invalidGrant = (why: string) => {
      record(`invalid_grant: ${why}`);
      return new SigninError(400, 'ValidationException', 'invalid_grant', INVALID_GRANT);
    };
    if (clientId !== SAME_DEVICE_CLIENT && clientId !== CROSS_DEVICE_CLIENT) {
      record('invalid client');
      throw new SigninError(400, 'ValidationException', 'invalid_request', 'Invalid client_id');
    }
    if (grantType === 'authorization_code') {
      const code = str('code');
      const issued = code !== undefined ? this.codes.get(code) : undefined;
      if (code === undefined || issued === undefined) throw invalidGrant('unknown code');
      this.codes.delete(code);
      if (issued.expiresAt <= this.options.now()) {
        record('AUTHCODE_EXPIRED');
        throw new SigninError(403, 'AccessDeniedException', 'AUTHCODE_EXPIRED', 'The authorization code has expired.');
      }
      if (issued.clientId !== clientId) throw invalidGrant('client mismatch');
      if (str('redirectUri') !== issued.redirectUri) throw invalidGrant('redirect_uri mismatch');
      const verifier = str('codeVerifier');
      if (verifier === undefined || sha256Base64Url(verifier) !== issued.codeChallenge) throw invalidGrant('PKCE verification failed');
      const out = await this.tokens(issued.identity, {
        clientId,
        identity: issued.identity,
        jkt,
        sessionExpiresAt: this.options.now() + this.options.sessionLifetimeSeconds * 1000,
      });
      record('issued');
      return { ...out, idToken: this.idToken(issued.identity, clientId) };
    }
    if (grantType === 'refresh_token') {
      const token = str('refreshToken');
      const grant = token !== undefined ? this.refreshTokens.get(token) : undefined;
      if (token === undefined || grant === undefined) throw invalidGrant('unknown refresh token');
      if (grant.clientId !== clientId) throw invalidGrant('client mismatch');
      if (grant.jkt !== jkt) throw invalidGrant('DPoP key is not the one the token is bound to');
      if (grant.sessionExpiresAt <= this.options.now()) {
        record('TOKEN_EXPIRED');
        throw new SigninError(403, 'AccessDeniedException', 'TOKEN_EXPIRED', 'The session has expired.');
      }
      // Refresh tokens rotate: the one used is spent.
      this.refreshTokens.delete(token);
      const out = await this.tokens(grant.identity, grant);
      record('refreshed');
      return out;
    }
    record('unsupported grant');
    throw new SigninError(400, 'ValidationException', 'unsupported_grant_type', 'Unsupported grant_type');
  }
}
