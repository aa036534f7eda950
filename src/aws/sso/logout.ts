// Ending portal sessions: the portal's Logout (POST /logout with the token in x-amz-sso_bearer_token, the call
// `aws sso logout` makes) and removal of the cached token. The portal endpoint follows the SDKs' rules
// (AWS_ENDPOINT_URL_SSO, then AWS_ENDPOINT_URL, then portal.sso.<region>.amazonaws.com).

import * as fs from 'node:fs';
import { deleteToken, listTokenFiles, readToken, type SsoToken } from './token-cache.js';
import type { SsoSessionConfig } from './sso-config.js';

const LOGOUT_TIMEOUT_MS = 10_000;

export function portalEndpoint(region: string, env: Readonly<Record<string, string | undefined>> = process.env): string {
  const configured = env.AWS_ENDPOINT_URL_SSO || env.AWS_ENDPOINT_URL;
  if (configured) return configured.replace(/\/+$/, '');
  const suffix = region.startsWith('cn-') ? 'amazonaws.com.cn' : 'amazonaws.com';
  return `https://portal.sso.${region}.${suffix}`;
}

/** Asks the portal to end the token's session; a failure (already signed out, offline) is not an error: the token goes anyway. */
export async function portalLogout(token: SsoToken): Promise<boolean> {
  if (token.region === '' || token.expiresAt <= Date.now()) return false;
  try {
    const res = await fetch(`${portalEndpoint(token.region)}/logout`, {
      method: 'POST',
      headers: { 'x-amz-sso_bearer_token': token.accessToken },
      signal: AbortSignal.timeout(LOGOUT_TIMEOUT_MS),
    });
    await res.arrayBuffer();
    return res.ok;
  } catch {
    return false;
  }
}

/** Logs one session out; false when no token was cached for it. */
export async function logoutSession(session: SsoSessionConfig): Promise<boolean> {
  const token = readToken(session.startUrl, session.sessionName);
  if (token === undefined) return deleteToken(session.startUrl, session.sessionName);
  await portalLogout(token);
  return deleteToken(session.startUrl, session.sessionName);
}

/** Logs every cached session out (the token files; client registrations stay, as the AWS CLI keeps them). Returns how many. */
export async function logoutAll(): Promise<number> {
  let count = 0;
  for (const { file, token } of listTokenFiles()) {
    await portalLogout(token);
    try {
      fs.unlinkSync(file);
      count++;
    } catch {
      // Already gone (another shell logged out at the same time).
    }
  }
  return count;
}
