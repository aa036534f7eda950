// System.Management.Automation.PSCredential ([pscredential], Get-Credential) and the System.Net.NetworkCredential
// its GetNetworkCredential() returns. A PSCredential holds a user name and a SecureString; both are read-only
// properties, so formatting shows the user name and "System.Security.SecureString", never the password.
// The constructors, [pscredential]::Empty and the methods are registered in cmdlets/core/objects/security-types.ts.

import { PSObject } from './psobject.js';
import { SecureString } from './secure-string.js';

export const PSCREDENTIAL_TYPE = 'System.Management.Automation.PSCredential';
export const NETWORK_CREDENTIAL_TYPE = 'System.Net.NetworkCredential';

export class PSCredential extends PSObject {
  readonly #userName: string | null;
  readonly #password: SecureString | null;

  /** Callers validate first (PSCredential(string, SecureString) rejects an empty name and a null password). */
  constructor(userName: string | null, password: SecureString | null) {
    super([PSCREDENTIAL_TYPE, 'System.Object']);
    this.#userName = userName;
    this.#password = password;
    this.addNote('UserName', null, 'Property', 'System.String');
    this.addNote('Password', null, 'Property', 'System.Security.SecureString');
    const user = this.getProperty('UserName');
    const pass = this.getProperty('Password');
    // Both are {get;} in .NET: assigning either is "'UserName' is a ReadOnly property.".
    if (user) Object.assign(user, { getter: () => this.#userName, readOnly: true });
    if (pass) Object.assign(pass, { getter: () => this.#password, readOnly: true });
    this.sealed = true;
    this.toStringOverride = () => PSCREDENTIAL_TYPE;
  }

  get userName(): string | null {
    return this.#userName;
  }

  get password(): SecureString | null {
    return this.#password;
  }

  /** Another reference to the same credential: its values cannot change, so sharing them is safe. */
  override clone(): PSCredential {
    return new PSCredential(this.#userName, this.#password);
  }

  override toString(): string {
    return PSCREDENTIAL_TYPE;
  }
}

/** [pscredential]::Empty: user name and password both $null. */
export const EMPTY_CREDENTIAL = new PSCredential(null, null);

/**
 * PSCredential.SplitUserDomain: "domain\user", or "user@domain" when the part after the last '@' has no dot
 * (or the name has several '@'); anything else is all user name with an empty domain.
 */
export function splitUserDomain(input: string): { user: string; domain: string } {
  const slash = input.indexOf('\\');
  if (slash >= 0) return { user: input.slice(slash + 1), domain: input.slice(0, slash) };
  const at = input.lastIndexOf('@');
  if (at >= 0 && (input.lastIndexOf('.') < at || input.indexOf('@') !== at)) return { user: input.slice(0, at), domain: input.slice(at + 1) };
  return { user: input, domain: '' };
}

/**
 * System.Net.NetworkCredential: UserName, Password (plain text, as in .NET: asking for it is how a script reads
 * a password), SecurePassword and Domain. The default view shows only UserName and Domain.
 */
export function newNetworkCredential(userName: string, password: string, domain: string): PSObject {
  const o = new PSObject([NETWORK_CREDENTIAL_TYPE, 'System.Object']);
  o.addNote('UserName', userName, 'Property', 'System.String');
  o.addNote('Password', password, 'Property', 'System.String');
  o.addNote('SecurePassword', null, 'Property', 'System.Security.SecureString');
  o.addNote('Domain', domain, 'Property', 'System.String');
  // SecurePassword follows Password (assigning one sets the other in .NET).
  const secure = o.getProperty('SecurePassword');
  if (secure) secure.getter = (self) => new SecureString(String(self.get('Password') ?? ''));
  o.sealed = true;
  o.toStringOverride = () => NETWORK_CREDENTIAL_TYPE;
  return o;
}
