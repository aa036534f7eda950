// One credential provider shared by every client that uses the same source: temporary credentials are fetched
// once, reused by all of them, and fetched again shortly before they expire (the SDK clients memoize too, but
// each for itself, so an assumed role would otherwise be assumed once per service and region).

import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@smithy/types';

/** Refresh this long before expiry, like the SDK's own identity memoization. */
export const REFRESH_BEFORE_EXPIRY_MS = 5 * 60 * 1000;

export function memoizeCredentials(
  provider: AwsCredentialIdentityProvider,
  now: () => number = Date.now,
): AwsCredentialIdentityProvider {
  let current: AwsCredentialIdentity | undefined;
  let pending: Promise<AwsCredentialIdentity> | undefined;
  const fresh = (identity: AwsCredentialIdentity): boolean =>
    identity.expiration === undefined || identity.expiration.getTime() - now() > REFRESH_BEFORE_EXPIRY_MS;
  return (options) => {
    if (options?.forceRefresh !== true && current !== undefined && fresh(current)) return Promise.resolve(current);
    // Concurrent callers share one fetch; a failed fetch is not remembered.
    pending ??= provider(options).then(
      (identity) => {
        current = identity;
        pending = undefined;
        return identity;
      },
      (err: unknown) => {
        pending = undefined;
        throw err;
      },
    );
    return pending;
  };
}
