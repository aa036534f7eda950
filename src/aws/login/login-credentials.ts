// Credentials of a login_session profile: the SDK's own provider (fromLoginCredentials of
// @aws-sdk/credential-providers, i.e. @aws-sdk/credential-provider-login) reads the cached token, and when the
// access token is within 5 minutes of expiry refreshes it with CreateOAuth2Token (DPoP-signed with the cached
// key) and rewrites the cache. awsps only checks first that a token is cached, so a profile nobody logged in
// with names Invoke-AWSLogin, and words the provider's failures in PowerShell terms. The caller memoizes.

import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@smithy/types';
import { packageExports } from '../clients/services.js';
import { rememberSecret } from '../clients/secret-redaction.js';
import { suppressSdkNodeVersionWarning } from '../clients/sdk-warning.js';
import { LoginError, loginHint, loginRuntimeError } from './errors.js';
import { isLoginProfile, loginProfileValues, loginSessionOf, type LoginFiles } from './login-profile.js';
import { hasLoginToken } from './token-cache.js';

function notLoggedIn(profileName: string): LoginError {
  return new LoginError(`The profile '${profileName}' has no cached login session credentials. Run ${loginHint(profileName)} to sign in.`, 'not-logged-in');
}

function providerFailure(profileName: string, err: unknown): LoginError {
  const detail = err instanceof Error ? err.message : String(err);
  return new LoginError(
    `Could not get credentials from the login session of the profile '${profileName}': ${detail} Run ${loginHint(profileName)} to sign in again.`,
    'not-logged-in',
  );
}

/** awsps' provider for a login_session profile; undefined for every other profile. */
export function loginProfileProvider(profileName: string, files: LoginFiles): AwsCredentialIdentityProvider | undefined {
  const values = loginProfileValues(files, profileName);
  if (values === undefined || !isLoginProfile(values)) return undefined;
  return async (identityProperties): Promise<AwsCredentialIdentity> => {
    const session = loginSessionOf(loginProfileValues(files, profileName));
    if (session === null || !hasLoginToken(session)) throw loginRuntimeError(notLoggedIn(profileName));
    suppressSdkNodeVersionWarning();
    const { fromLoginCredentials } = packageExports(await import('@aws-sdk/credential-providers'));
    let credentials: AwsCredentialIdentity;
    try {
      credentials = await fromLoginCredentials({ profile: profileName, filepath: files.credentials, configFilepath: files.config, ignoreCache: true })(
        identityProperties,
      );
    } catch (err) {
      throw loginRuntimeError(providerFailure(profileName, err));
    }
    rememberSecret(credentials.secretAccessKey);
    rememberSecret(credentials.sessionToken);
    return credentials;
  };
}
