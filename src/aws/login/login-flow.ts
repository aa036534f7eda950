// The AWS Sign-in login (what `aws login` and AWS Tools' Invoke-AWSLogin do), an OAuth 2.0 authorization-code
// flow with PKCE against <sign-in endpoint>/v1/authorize, then CreateOAuth2Token with a DPoP proof:
//   same-device:  a local listener takes the browser's redirect to http://127.0.0.1:<port>/oauth/callback
//                 (client arn:aws:signin:::devtools/same-device);
//   cross-device: the redirect goes to the sign-in service's own /v1/sessions/confirmation page, which shows
//                 a base64 verification code the user types here (client arn:aws:signin:::devtools/cross-device).
// The returned state must be the one sent. The issued credentials, refresh token, identity token and the DPoP
// key make the cache entry the SDK's login credential provider reads and refreshes.

import { newDpopKeyPem } from './dpop.js';
import { LoginError } from './errors.js';
import { identityFromIdToken, type LoginIdentity } from './id-token.js';
import { CODE_CHALLENGE_METHOD, newPkceParameters, type PkceParameters } from './pkce.js';
import { connectSignin, exchangeAuthorizationCode, type IssuedTokens, type SigninConnection } from './signin-client.js';
import { startCallbackListener } from './callback-listener.js';
import { parseVerificationCode } from './verification-code.js';
import { cacheTime, type LoginToken } from './token-cache.js';

export const CLIENT_ID_SAME_DEVICE = 'arn:aws:signin:::devtools/same-device';
export const CLIENT_ID_CROSS_DEVICE = 'arn:aws:signin:::devtools/cross-device';
export const AUTHORIZE_PATH = '/v1/authorize';
export const CROSS_DEVICE_REDIRECT_PATH = '/v1/sessions/confirmation';

export type LoginWorkflow = 'same-device' | 'cross-device';

export interface LoginFlowIo {
  /** One line of text for the user. */
  say(line: string): void;
  /** Tries to open the URL in a browser; false when it could not. */
  openBrowser(url: string): boolean;
  /** The verification code the user copies from the browser (cross-device flow). */
  readVerificationCode(): Promise<string>;
  readonly signal: AbortSignal;
}

export interface SignedIn {
  readonly identity: LoginIdentity;
  readonly token: LoginToken;
}

/** The authorize URL with AWS Tools' parameter order; values percent-encoded as RFC 3986 asks. */
export function authorizeUrl(baseEndpoint: string, clientId: string, redirectUri: string, pkce: PkceParameters): string {
  const params: [string, string][] = [
    ['response_type', 'code'],
    ['client_id', clientId],
    ['redirect_uri', redirectUri],
    ['state', pkce.state],
    ['code_challenge', pkce.codeChallenge],
    ['code_challenge_method', CODE_CHALLENGE_METHOD],
    ['scope', 'openid'],
  ];
  return `${baseEndpoint}${AUTHORIZE_PATH}?${params.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&')}`;
}

function checkState(returned: string | null, expected: string): void {
  if (returned !== expected) throw new LoginError('State mismatch - possible CSRF attack', 'authorization');
}

async function sameDevice(connection: SigninConnection, pkce: PkceParameters, io: LoginFlowIo): Promise<{ code: string; redirectUri: string }> {
  const listener = await startCallbackListener();
  try {
    const url = authorizeUrl(connection.baseEndpoint, CLIENT_ID_SAME_DEVICE, listener.redirectUri, pkce);
    io.say('Using a browser, visit:');
    io.say(url);
    io.say('');
    io.openBrowser(url);
    const result = await listener.wait(io.signal);
    if (result.error !== null) {
      throw new LoginError(`OAuth error: ${/^\w{1,300}$/.test(result.error) ? result.error : 'invalid_error_format'}`, 'authorization');
    }
    checkState(result.state, pkce.state);
    if (result.code === null || result.code === '') throw new LoginError('Failed to retrieve an authorization code.', 'authorization');
    return { code: result.code, redirectUri: listener.redirectUri };
  } finally {
    await listener.close();
  }
}

async function crossDevice(connection: SigninConnection, pkce: PkceParameters, io: LoginFlowIo): Promise<{ code: string; redirectUri: string }> {
  const redirectUri = `${connection.baseEndpoint}${CROSS_DEVICE_REDIRECT_PATH}`;
  const url = authorizeUrl(connection.baseEndpoint, CLIENT_ID_CROSS_DEVICE, redirectUri, pkce);
  io.say('Please complete the login workflow via the following URL:');
  io.say('');
  io.say(url);
  io.say('');
  const typed = await io.readVerificationCode();
  const { code, state } = parseVerificationCode(typed);
  checkState(state, pkce.state);
  return { code, redirectUri };
}

function cacheEntry(tokens: IssuedTokens, identity: LoginIdentity, clientId: string, dpopKey: string, region: string, now: number): LoginToken {
  return {
    accessToken: {
      accessKeyId: tokens.accessKeyId,
      secretAccessKey: tokens.secretAccessKey,
      sessionToken: tokens.sessionToken,
      accountId: identity.accountId,
      expiresAt: cacheTime(now + tokens.expiresIn * 1000),
    },
    tokenType: tokens.tokenType,
    clientId,
    refreshToken: tokens.refreshToken,
    idToken: tokens.idToken,
    dpopKey,
    signInRegion: region,
  };
}

/** Runs the browser authorization and the code exchange; the caller caches the token and updates the profile. */
export async function signIn(region: string, workflow: LoginWorkflow, io: LoginFlowIo, now: () => number = Date.now): Promise<SignedIn> {
  let connection: SigninConnection;
  try {
    connection = await connectSignin(region);
  } catch (err) {
    throw new LoginError(`Could not set up the AWS Sign-in client for region ${region}: ${err instanceof Error ? err.message : String(err)}`, 'service');
  }
  try {
    const pkce = newPkceParameters();
    const clientId = workflow === 'same-device' ? CLIENT_ID_SAME_DEVICE : CLIENT_ID_CROSS_DEVICE;
    const { code, redirectUri } = workflow === 'same-device' ? await sameDevice(connection, pkce, io) : await crossDevice(connection, pkce, io);
    const dpopKey = newDpopKeyPem();
    const tokens = await exchangeAuthorizationCode(connection, { clientId, code, codeVerifier: pkce.codeVerifier, redirectUri, dpopKeyPem: dpopKey }, io.signal);
    const identity = identityFromIdToken(tokens.idToken);
    return { identity, token: cacheEntry(tokens, identity, clientId, dpopKey, region, now()) };
  } finally {
    connection.destroy();
  }
}
