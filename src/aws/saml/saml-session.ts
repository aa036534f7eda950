// The network credentials given to Set-AWSSamlRoleProfile in this shell session, by endpoint and user: what
// re-authentication uses when a role profile's credentials expire (and those typed at its credential prompt). Held
// in memory only, never written.

import { rememberSecret } from '../clients/secret-redaction.js';
import type { NetworkCredential } from './saml-auth.js';

const credentials = new Map<string, NetworkCredential>();

function key(endpointName: string, userName: string): string {
  return `${endpointName.toLowerCase()}\0${userName.toLowerCase()}`;
}

export function rememberNetworkCredential(endpointName: string, credential: NetworkCredential): void {
  rememberSecret(credential.password);
  credentials.set(key(endpointName, credential.userName), credential);
}

/** The session's credential for the endpoint and user (any user of the endpoint when userName is null). */
export function sessionNetworkCredential(endpointName: string, userName: string | null): NetworkCredential | null {
  if (userName !== null) return credentials.get(key(endpointName, userName)) ?? null;
  const prefix = `${endpointName.toLowerCase()}\0`;
  for (const [k, v] of credentials) if (k.startsWith(prefix)) return v;
  return null;
}

/** Forgets every remembered password: what a new shell session starts with. */
export function forgetNetworkCredentials(): void {
  credentials.clear();
}
