// After a login, logout or a new federated profile, credentials resolved earlier (and the SDK clients built
// on them) may be stale or failed: drop both so the next call resolves the profile afresh.

import { clearCredentialCache } from '../../../src/aws/clients/credentials.js';
import { clearClientCache } from '../../../src/aws/clients/client-cache.js';

export async function forgetResolvedCredentials(): Promise<void> {
  clearCredentialCache();
  await clearClientCache();
}
