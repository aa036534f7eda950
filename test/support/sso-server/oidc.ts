// The SSO-OIDC half of the test server (service "SSO OIDC", restJson1): RegisterClient, StartDeviceAuthorization
// and CreateToken with the device-code and refresh-token grants, following the service's documented behaviour
// and RFC 8628: a client polls with the device code, gets authorization_pending until the user approves at the
// verification URL, slow_down when it polls faster than the interval, expired_token after the device code's
// lifetime, access_denied when the user declines, invalid_grant for a used, unknown or foreign code.

import { randomBytes, randomUUID } from 'node:crypto';
import { ServiceError, stringField } from './http-util.js';

export const DEVICE_CODE_GRANT = 'urn:ietf:params:oauth:grant-type:device_code';
export const REFRESH_TOKEN_GRANT = 'refresh_token';

export interface OidcOptions {
  /** Seconds a device code stays usable (the service says 600). */
  deviceCodeLifetimeSeconds: number;
  /** Polling interval the service asks for, in seconds (the service says 1). */
  intervalSeconds: number;
  /** Seconds an access token lives (default 8 hours). */
  accessTokenLifetimeSeconds: number;
  /** Seconds a client registration lives (the service: 90 days). */
  registrationLifetimeSeconds: number;
  /** The start URLs this identity store answers to. */
  startUrls: readonly string[];
  /** The verification page, e.g. http://127.0.0.1:1234/verify. */
  verificationUri: () => string;
  now: () => number;
}

export interface RegisteredClient {
  readonly clientId: string;
  readonly clientSecret: string;
  readonly clientName: string;
  readonly scopes: readonly string[];
  readonly expiresAt: number;
}

type DeviceState = 'pending' | 'approved' | 'denied' | 'redeemed';

export interface DeviceAuthorization {
  readonly deviceCode: string;
  readonly userCode: string;
  readonly clientId: string;
  readonly startUrl: string;
  readonly expiresAt: number;
  state: DeviceState;
  username: string | null;
  interval: number;
  lastPollAt: number | null;
  /** Errors a test asked the next polls to get (slow_down, ...), before the real state is looked at. */
  readonly injected: string[];
}

export interface IssuedToken {
  readonly accessToken: string;
  readonly refreshToken: string;
  readonly clientId: string;
  readonly username: string;
  readonly startUrl: string;
  expiresAt: number;
  revoked: boolean;
}

const USER_CODE_ALPHABET = 'BCDFGHJKLMNPQRSTVWXZ';

function userCode(): string {
  const bytes = randomBytes(8);
  let code = '';
  for (let i = 0; i < 8; i++) code += USER_CODE_ALPHABET[bytes[i]! % USER_CODE_ALPHABET.length];
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

function opaque(prefix: string, bytes: number): string {
  return `${prefix}${randomBytes(bytes).toString('base64url')}`;
}

const OAUTH_ERRORS: Record<string, { status: number; code: string; description: string }> = {
  authorization_pending: { status: 400, code: 'AuthorizationPendingException', description: 'Authorization is still pending' },
  slow_down: { status: 400, code: 'SlowDownException', description: 'Client is polling too quickly' },
  expired_token: { status: 400, code: 'ExpiredTokenException', description: 'Device code has expired' },
  access_denied: { status: 400, code: 'AccessDeniedException', description: 'The user denied the authorization request' },
  invalid_grant: { status: 400, code: 'InvalidGrantException', description: 'Invalid grant provided' },
  invalid_client: { status: 401, code: 'InvalidClientException', description: 'Invalid client provided' },
  invalid_request: { status: 400, code: 'InvalidRequestException', description: 'Invalid request' },
  unsupported_grant_type: { status: 400, code: 'UnsupportedGrantTypeException', description: 'Unsupported grant type' },
  invalid_scope: { status: 400, code: 'InvalidScopeException', description: 'Invalid scope' },
  invalid_client_metadata: { status: 400, code: 'InvalidClientMetadataException', description: 'Invalid client metadata' },
};

export function oauthError(error: string, description?: string): ServiceError {
  const known = OAUTH_ERRORS[error];
  if (known === undefined) throw new Error(`unknown OAuth error ${error}`);
  return new ServiceError(known.status, known.code, description ?? known.description, error);
}

export class OidcService {
  readonly clients = new Map<string, RegisteredClient>();
  readonly devices = new Map<string, DeviceAuthorization>();
  readonly tokens = new Map<string, IssuedToken>();
  private readonly refreshTokens = new Map<string, IssuedToken>();
  /** Every request the service answered, by operation, for assertions. */
  readonly calls: { operation: string; grantType?: string; result: string }[] = [];

  constructor(private readonly options: OidcOptions) {}

  registerClient(body: Record<string, unknown>): Record<string, unknown> {
    const clientName = stringField(body, 'clientName');
    const clientType = stringField(body, 'clientType');
    if (clientName === undefined || clientType === undefined) throw oauthError('invalid_request', 'clientName and clientType are required');
    if (clientType !== 'public') throw oauthError('invalid_client_metadata', `Invalid client type: ${clientType}`);
    const scopes = Array.isArray(body.scopes) ? body.scopes.filter((s): s is string => typeof s === 'string') : [];
    for (const scope of scopes) {
      if (!/^[a-z0-9]+(:[a-z0-9_]+)+$/i.test(scope)) throw oauthError('invalid_scope', `Invalid scope: ${scope}`);
    }
    const now = this.options.now();
    const client: RegisteredClient = {
      clientId: opaque('cid-', 18),
      clientSecret: opaque('csecret-', 48),
      clientName,
      scopes,
      expiresAt: now + this.options.registrationLifetimeSeconds * 1000,
    };
    this.clients.set(client.clientId, client);
    this.calls.push({ operation: 'RegisterClient', result: 'ok' });
    return {
      clientId: client.clientId,
      clientSecret: client.clientSecret,
      clientIdIssuedAt: Math.floor(now / 1000),
      clientSecretExpiresAt: Math.floor(client.expiresAt / 1000),
    };
  }

  private authenticateClient(body: Record<string, unknown>): RegisteredClient {
    const client = this.clients.get(stringField(body, 'clientId') ?? '');
    if (client === undefined || client.clientSecret !== stringField(body, 'clientSecret')) throw oauthError('invalid_client');
    if (client.expiresAt <= this.options.now()) throw oauthError('invalid_client', 'Client registration has expired');
    return client;
  }

  startDeviceAuthorization(body: Record<string, unknown>): Record<string, unknown> {
    const client = this.authenticateClient(body);
    const startUrl = stringField(body, 'startUrl');
    if (startUrl === undefined) throw oauthError('invalid_request', 'startUrl is required');
    if (!this.options.startUrls.some((u) => sameStartUrl(u, startUrl))) throw oauthError('invalid_request', `Invalid start URL: ${startUrl}`);
    const device: DeviceAuthorization = {
      deviceCode: opaque('dc-', 32),
      userCode: userCode(),
      clientId: client.clientId,
      startUrl,
      expiresAt: this.options.now() + this.options.deviceCodeLifetimeSeconds * 1000,
      state: 'pending',
      username: null,
      interval: this.options.intervalSeconds,
      lastPollAt: null,
      injected: [],
    };
    this.devices.set(device.deviceCode, device);
    this.calls.push({ operation: 'StartDeviceAuthorization', result: 'ok' });
    const verificationUri = this.options.verificationUri();
    return {
      deviceCode: device.deviceCode,
      userCode: device.userCode,
      verificationUri,
      verificationUriComplete: `${verificationUri}?user_code=${encodeURIComponent(device.userCode)}`,
      expiresIn: this.options.deviceCodeLifetimeSeconds,
      interval: device.interval,
    };
  }

  createToken(body: Record<string, unknown>): Record<string, unknown> {
    const grantType = stringField(body, 'grantType');
    try {
      const result = this.createTokenFor(grantType, body);
      this.calls.push({ operation: 'CreateToken', grantType, result: 'ok' });
      return result;
    } catch (err) {
      if (err instanceof ServiceError) this.calls.push({ operation: 'CreateToken', grantType, result: err.oauthError ?? err.code });
      throw err;
    }
  }

  private createTokenFor(grantType: string | undefined, body: Record<string, unknown>): Record<string, unknown> {
    const client = this.authenticateClient(body);
    if (grantType === DEVICE_CODE_GRANT) return this.redeemDeviceCode(client, stringField(body, 'deviceCode'));
    if (grantType === REFRESH_TOKEN_GRANT) return this.refresh(client, stringField(body, 'refreshToken'));
    if (grantType === undefined) throw oauthError('invalid_request', 'grantType is required');
    throw oauthError('unsupported_grant_type', `Unsupported grant type: ${grantType}`);
  }

  private redeemDeviceCode(client: RegisteredClient, deviceCode: string | undefined): Record<string, unknown> {
    const device = this.devices.get(deviceCode ?? '');
    if (device === undefined || device.clientId !== client.clientId || device.state === 'redeemed') throw oauthError('invalid_grant');
    const now = this.options.now();
    const injected = device.injected.shift();
    if (injected !== undefined) {
      device.lastPollAt = now;
      // RFC 8628 3.5: after slow_down the client must add 5 seconds to its interval.
      if (injected === 'slow_down') device.interval += 5;
      throw oauthError(injected);
    }
    if (device.expiresAt <= now) throw oauthError('expired_token');
    if (device.state === 'denied') throw oauthError('access_denied');
    if (device.state === 'pending') {
      const tooSoon = device.lastPollAt !== null && now - device.lastPollAt < device.interval * 1000 - 100;
      device.lastPollAt = now;
      if (tooSoon) {
        device.interval += 5;
        throw oauthError('slow_down');
      }
      throw oauthError('authorization_pending');
    }
    device.state = 'redeemed';
    return this.issue(client, device.username ?? 'user@example.com', device.startUrl);
  }

  private refresh(client: RegisteredClient, refreshToken: string | undefined): Record<string, unknown> {
    const previous = this.refreshTokens.get(refreshToken ?? '');
    if (previous === undefined || previous.clientId !== client.clientId || previous.revoked) throw oauthError('invalid_grant', 'Invalid refresh token provided');
    // Refresh tokens rotate: the old one is spent.
    this.refreshTokens.delete(previous.refreshToken);
    return this.issue(client, previous.username, previous.startUrl);
  }

  private issue(client: RegisteredClient, username: string, startUrl: string): Record<string, unknown> {
    const token: IssuedToken = {
      accessToken: opaque('aoa', 96),
      refreshToken: opaque('aor', 96),
      clientId: client.clientId,
      username,
      startUrl,
      expiresAt: this.options.now() + this.options.accessTokenLifetimeSeconds * 1000,
      revoked: false,
    };
    this.tokens.set(token.accessToken, token);
    this.refreshTokens.set(token.refreshToken, token);
    return {
      accessToken: token.accessToken,
      tokenType: 'Bearer',
      expiresIn: this.options.accessTokenLifetimeSeconds,
      refreshToken: token.refreshToken,
    };
  }

  /** The verification page's decision for a user code: true when the code was waiting for one. */
  decide(code: string, allow: boolean, username: string): boolean {
    const wanted = code.trim().toUpperCase();
    for (const device of this.devices.values()) {
      if (device.userCode !== wanted || device.state !== 'pending' || device.expiresAt <= this.options.now()) continue;
      device.state = allow ? 'approved' : 'denied';
      device.username = username;
      return true;
    }
    return false;
  }

  /** A live (unexpired, not logged out) access token. */
  liveToken(accessToken: string): IssuedToken | undefined {
    const token = this.tokens.get(accessToken);
    if (token === undefined || token.revoked || token.expiresAt <= this.options.now()) return undefined;
    return token;
  }

  revoke(accessToken: string): boolean {
    const token = this.tokens.get(accessToken);
    if (token === undefined || token.revoked) return false;
    token.revoked = true;
    return true;
  }

  /** Makes the next polls of the device authorization with this user code fail with these OAuth errors first. */
  injectPollErrors(code: string, errors: readonly string[]): void {
    const device = [...this.devices.values()].find((d) => d.userCode === code);
    if (device === undefined) throw new Error(`no device authorization with user code ${code}`);
    device.injected.push(...errors);
  }

  /** The user code of the most recent device authorization (what a user would read off the terminal). */
  latestUserCode(): string | undefined {
    return [...this.devices.values()].at(-1)?.userCode;
  }
}

/** The service treats a start URL with or without its trailing slash as the same portal. */
export function sameStartUrl(a: string, b: string): boolean {
  return a.replace(/\/+$/, '') === b.replace(/\/+$/, '');
}

export function newRequestId(): string {
  return randomUUID();
}
