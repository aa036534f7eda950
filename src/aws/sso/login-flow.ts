// The device-authorization login of an access portal session (what `aws sso login` does): reuse a valid cached
// token, else refresh it, else register a client (cached until it expires), start a device authorization,
// show the verification URL and code (opening the browser when there is one), poll CreateToken at the
// interval the service asks for (authorization_pending: keep waiting; slow_down: wait 5 seconds longer, per
// RFC 8628; expired_token / access_denied / the code's lifetime: fail), and cache the token.

import { loadOidc, sdkErrorName, tokenResponse } from './oidc.js';
import { SsoError } from './errors.js';
import { isFresh, refreshToken } from './refresh.js';
import { readRegistration, readToken, writeRegistration, writeToken, type ClientRegistration, type SsoToken } from './token-cache.js';
import type { SsoSessionConfig } from './sso-config.js';

export const SLOW_DOWN_INCREMENT_MS = 5000;
/** Registrations about to expire are replaced rather than used for a login that may take minutes. */
const REGISTRATION_MARGIN_MS = 15 * 60 * 1000;

export interface LoginIo {
  /** Shows text to the user (the cmdlet writes it to the host). */
  say(text: string): void;
  /** Tries to open the URL in a browser; false when there is none to open. */
  openBrowser(url: string): boolean;
  readonly signal: AbortSignal;
}

export interface LoginOptions {
  /** Log in even when a valid token is cached. */
  force?: boolean;
  now?: () => number;
  /** For tests of the polling rules: how much longer to wait after slow_down. */
  slowDownIncrementMs?: number;
  /** For tests: the clock the waits use. */
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
}

export type LoginOutcome = { kind: 'cached' | 'refreshed' | 'logged-in'; token: SsoToken };

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(new SsoError('The SSO login was cancelled.', 'cancelled'));
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(new SsoError('The SSO login was cancelled.', 'cancelled'));
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

function serviceFailure(step: string, err: unknown): SsoError {
  const name = sdkErrorName(err);
  const detail = err instanceof Error ? err.message : String(err);
  return new SsoError(`SSO login failed at ${step}: ${name !== '' && !detail.startsWith(name) ? `${name}: ` : ''}${detail}`, 'service');
}

async function clientRegistration(session: SsoSessionConfig, now: number): Promise<ClientRegistration> {
  const cached = readRegistration(session.startUrl, session.region, session.sessionName, session.scopes);
  if (cached !== undefined && cached.expiresAt - now > REGISTRATION_MARGIN_MS) return cached;
  const { SSOOIDCClient, RegisterClientCommand } = await loadOidc();
  const client = new SSOOIDCClient({ region: session.region });
  try {
    const out = await client.send(
      new RegisterClientCommand({
        clientName: `awsps-client-${Math.floor(now / 1000)}`,
        clientType: 'public',
        ...(session.sessionName !== null && session.scopes.length > 0 ? { scopes: [...session.scopes] } : {}),
      }),
    );
    if (out.clientId === undefined || out.clientSecret === undefined || out.clientSecretExpiresAt === undefined) {
      throw new SsoError('SSO login failed at RegisterClient: the service returned no client.', 'service');
    }
    const registration: ClientRegistration = {
      clientId: out.clientId,
      clientSecret: out.clientSecret,
      expiresAt: out.clientSecretExpiresAt * 1000,
      scopes: session.sessionName !== null ? [...session.scopes] : [],
    };
    writeRegistration(session.startUrl, session.region, session.sessionName, registration);
    return registration;
  } catch (err) {
    throw err instanceof SsoError ? err : serviceFailure('RegisterClient', err);
  } finally {
    client.destroy();
  }
}

function instructions(uri: string, code: string, opening: boolean): string {
  const lead = opening
    ? 'Attempting to automatically open the SSO authorization page in your default browser.\nIf the browser does not open or you wish to use a different device to authorize this request, open the following URL:'
    : 'Open the following URL in a browser on any device to authorize this request:';
  return `${lead}\n\n${uri}\n\nThen enter the code:\n\n${code}\n`;
}

/** Logs in (or reuses the cached session); throws SsoError on failure. */
export async function ssoLogin(session: SsoSessionConfig, io: LoginIo, options: LoginOptions = {}): Promise<LoginOutcome> {
  const now = options.now ?? Date.now;
  const wait = options.sleep ?? sleep;
  if (options.force !== true) {
    const cached = readToken(session.startUrl, session.sessionName);
    if (cached !== undefined && isFresh(cached, now())) return { kind: 'cached', token: cached };
    if (cached !== undefined) {
      const refreshed = await refreshToken(session, cached, now);
      if (refreshed !== undefined) return { kind: 'refreshed', token: refreshed };
    }
  }

  const registration = await clientRegistration(session, now());
  const { SSOOIDCClient, StartDeviceAuthorizationCommand, CreateTokenCommand } = await loadOidc();
  const client = new SSOOIDCClient({ region: session.region });
  try {
    let device;
    try {
      device = await client.send(
        new StartDeviceAuthorizationCommand({ clientId: registration.clientId, clientSecret: registration.clientSecret, startUrl: session.startUrl }),
      );
    } catch (err) {
      throw serviceFailure('StartDeviceAuthorization', err);
    }
    const uri = device.verificationUriComplete ?? device.verificationUri;
    if (device.deviceCode === undefined || device.userCode === undefined || uri === undefined) {
      throw new SsoError('SSO login failed at StartDeviceAuthorization: the service returned no device code.', 'service');
    }
    const opened = io.openBrowser(uri);
    io.say(instructions(uri, device.userCode, opened));

    let interval = (device.interval ?? 5) * 1000;
    const deadline = now() + (device.expiresIn ?? 600) * 1000;
    for (;;) {
      await wait(interval, io.signal);
      if (now() >= deadline) throw new SsoError('The SSO authorization request expired before it was approved. Run the login again.', 'expired');
      let out;
      try {
        out = await client.send(
          new CreateTokenCommand({
            clientId: registration.clientId,
            clientSecret: registration.clientSecret,
            grantType: 'urn:ietf:params:oauth:grant-type:device_code',
            deviceCode: device.deviceCode,
          }),
        );
      } catch (err) {
        const name = sdkErrorName(err);
        if (name === 'AuthorizationPendingException') continue;
        if (name === 'SlowDownException') {
          interval += options.slowDownIncrementMs ?? SLOW_DOWN_INCREMENT_MS;
          continue;
        }
        if (name === 'ExpiredTokenException') throw new SsoError('The SSO authorization request expired before it was approved. Run the login again.', 'expired');
        if (name === 'AccessDeniedException') throw new SsoError('The SSO authorization request was denied.', 'denied');
        throw serviceFailure('CreateToken', err);
      }
      const issued = tokenResponse(out);
      if (issued === undefined) throw new SsoError('SSO login failed at CreateToken: the service returned no token.', 'service');
      const token: SsoToken = {
        startUrl: session.startUrl,
        region: session.region,
        accessToken: issued.accessToken,
        expiresAt: now() + issued.expiresIn * 1000,
      };
      // Legacy (start-URL keyed) tokens are cached without a registration: they cannot be refreshed.
      if (session.sessionName !== null) {
        token.clientId = registration.clientId;
        token.clientSecret = registration.clientSecret;
        token.registrationExpiresAt = registration.expiresAt;
        if (issued.refreshToken !== undefined) token.refreshToken = issued.refreshToken;
      }
      writeToken(session.sessionName, token);
      return { kind: 'logged-in', token };
    }
  } finally {
    client.destroy();
  }
}
