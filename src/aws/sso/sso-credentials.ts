// Credentials of an SSO profile (sso_session or legacy style): the cached portal token is checked first (and
// refreshed with its refresh token when it is about to expire), so a missing or expired session gives the
// message that names Invoke-AWSSSOLogin; the role credentials then come from the SDK's own fromSSO, which
// reads the same cache and calls the portal's GetRoleCredentials. The caller memoizes the result until the
// credentials near their expiry.

import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@smithy/types';
import type { RuntimeError } from '../../engine/errors.js';
import { packageExports } from '../clients/services.js';
import { rememberSecret } from '../clients/secret-redaction.js';
import { suppressSdkNodeVersionWarning } from '../clients/sdk-warning.js';
import { ProfileFileError } from '../profile-files/index.js';
import { SsoError, notLoggedInText, ssoRuntimeError } from './errors.js';
import { isFresh, refreshToken } from './refresh.js';
import { readSsoProfile, type SsoFiles, type SsoProfileConfig } from './sso-config.js';
import { readToken } from './token-cache.js';

function notLoggedIn(config: SsoProfileConfig, expired: boolean): RuntimeError {
  return ssoRuntimeError(new SsoError(notLoggedInText(config.profileName, config.session.sessionName, expired), expired ? 'expired' : 'not-logged-in'));
}

function readConfig(profileName: string, files: SsoFiles): SsoProfileConfig {
  let config: SsoProfileConfig | undefined;
  try {
    config = readSsoProfile(files, profileName);
  } catch (err) {
    if (err instanceof SsoError) throw ssoRuntimeError(err);
    if (err instanceof ProfileFileError) throw ssoRuntimeError(new SsoError(err.message, 'config'));
    throw err;
  }
  if (config === undefined) throw ssoRuntimeError(new SsoError(`The profile '${profileName}' is not an SSO profile.`, 'config'));
  if (config.accountId === null || config.roleName === null) {
    const missing = config.accountId === null ? 'sso_account_id' : 'sso_role_name';
    throw ssoRuntimeError(new SsoError(`The SSO profile '${profileName}' has no ${missing}: it can sign in but not give credentials.`, 'config'));
  }
  return config;
}

/** Makes sure the cache holds a token the portal will take; throws the Invoke-AWSSSOLogin error otherwise. */
async function ensureToken(config: SsoProfileConfig): Promise<void> {
  const { session } = config;
  const token = readToken(session.startUrl, session.sessionName);
  if (token === undefined) throw notLoggedIn(config, false);
  if (isFresh(token)) return;
  const refreshed = await refreshToken(session, token);
  if (refreshed !== undefined) return;
  if (token.expiresAt <= Date.now()) throw notLoggedIn(config, true);
}

function isUnauthorized(err: unknown): boolean {
  const text = err instanceof Error ? `${err.name} ${err.message}` : String(err);
  return /UnauthorizedException/.test(text);
}

export function ssoCredentialProvider(profileName: string, files: SsoFiles): AwsCredentialIdentityProvider {
  return async (identityProperties): Promise<AwsCredentialIdentity> => {
    const config = readConfig(profileName, files);
    await ensureToken(config);
    suppressSdkNodeVersionWarning();
    const { fromSSO } = packageExports(await import('@aws-sdk/credential-providers'));
    let credentials: AwsCredentialIdentity;
    try {
      credentials = await fromSSO({ profile: profileName, filepath: files.credentials, configFilepath: files.config, ignoreCache: true })(identityProperties);
    } catch (err) {
      // The portal no longer knows the token (signed out elsewhere, or revoked): a new login is the cure.
      if (isUnauthorized(err)) throw notLoggedIn(config, true);
      throw err;
    }
    rememberSecret(credentials.secretAccessKey);
    rememberSecret(credentials.sessionToken);
    return credentials;
  };
}

