// Refreshing an sso-session token with its refresh token (CreateToken, grant refresh_token), as botocore's
// SSOTokenProvider does: only tokens that carry a refresh token and a still valid client registration can be
// refreshed, and the new token (with the rotated refresh token) replaces the cached one.

import { loadOidc, tokenResponse } from './oidc.js';
import { writeToken, type SsoToken } from './token-cache.js';
import type { SsoSessionConfig } from './sso-config.js';

/** Refresh when the token has less than this left (the JS SDK's window; botocore uses 15 minutes). */
export const REFRESH_WINDOW_MS = 5 * 60 * 1000;

export function isFresh(token: SsoToken, now: number = Date.now()): boolean {
  return token.expiresAt - now > REFRESH_WINDOW_MS;
}

export function canRefresh(token: SsoToken, now: number = Date.now()): boolean {
  return (
    token.refreshToken !== undefined &&
    token.clientId !== undefined &&
    token.clientSecret !== undefined &&
    token.registrationExpiresAt !== undefined &&
    token.registrationExpiresAt > now
  );
}

/** The refreshed token (also written to the cache), or undefined when it cannot be refreshed. */
export async function refreshToken(session: SsoSessionConfig, token: SsoToken, now: () => number = Date.now): Promise<SsoToken | undefined> {
  if (session.sessionName === null || !canRefresh(token, now())) return undefined;
  const { SSOOIDCClient, CreateTokenCommand } = await loadOidc();
  const client = new SSOOIDCClient({ region: session.region });
  try {
    const out = tokenResponse(
      await client.send(
        new CreateTokenCommand({
          clientId: token.clientId,
          clientSecret: token.clientSecret,
          grantType: 'refresh_token',
          refreshToken: token.refreshToken,
        }),
      ),
    );
    if (out === undefined) return undefined;
    const refreshed: SsoToken = {
      ...token,
      startUrl: session.startUrl,
      region: session.region,
      accessToken: out.accessToken,
      expiresAt: now() + out.expiresIn * 1000,
      ...(out.refreshToken !== undefined ? { refreshToken: out.refreshToken } : {}),
    };
    writeToken(session.sessionName, refreshed);
    return refreshed;
  } catch {
    // A refused refresh (spent or revoked refresh token) means a new login, not an error of its own.
    return undefined;
  } finally {
    client.destroy();
  }
}
