// The shell's credentials: $StoredAWSCredentials holds an Amazon.PowerShell.Common.AWSPSCredentials
// (Credentials, Name, Source), as Set-AWSCredential and Initialize-AWSDefaultConfiguration leave it.

import { PSObject } from '../../objects/psobject.js';
import type { SessionStateApi } from '../../pipeline/types.js';
import { isCredentialsObject, type AWSCredentialsObject } from './credential-objects.js';

export const STORED_CREDENTIALS_VARIABLE = 'StoredAWSCredentials';
export const PS_CREDENTIALS_TYPE = 'Amazon.PowerShell.Common.AWSPSCredentials';

/** Where the credentials came from (Amazon.PowerShell.Common.CredentialsSource). */
export type CredentialsSource = 'Strings' | 'Profile' | 'Unknown';

export function newShellCredentials(credentials: AWSCredentialsObject, name: string | null, source: CredentialsSource): PSObject {
  const o = new PSObject([PS_CREDENTIALS_TYPE, 'System.Object']);
  o.addNote('Credentials', credentials, 'Property', 'Amazon.Runtime.AWSCredentials');
  o.addNote('Name', name, 'Property', 'System.String');
  o.addNote('Source', source, 'Property', 'Amazon.PowerShell.Common.CredentialsSource');
  o.sealed = true;
  o.toStringOverride = () => PS_CREDENTIALS_TYPE;
  return o;
}

/** The credentials object in $StoredAWSCredentials (an AWSPSCredentials or a bare credentials object), if any. */
export function storedCredentials(session: SessionStateApi): AWSCredentialsObject | undefined {
  const v = session.getVariable(STORED_CREDENTIALS_VARIABLE);
  if (isCredentialsObject(v)) return v;
  if (v instanceof PSObject && v.typeNames[0] === PS_CREDENTIALS_TYPE) {
    const inner = v.get('Credentials');
    if (isCredentialsObject(inner)) return inner;
  }
  return undefined;
}

/** Sets $StoredAWSCredentials in the caller's scope, or in `scope` (Global, Local, Script, Private), as AWS Tools does. */
export function setShellCredentials(session: SessionStateApi, value: PSObject | null, scope?: string): void {
  session.setVariable(STORED_CREDENTIALS_VARIABLE, value, scope);
}
