// Profile types whose credentials awsps produces itself instead of the SDK's fromIni: SSO profiles (so the
// token cache is checked and refreshed first, and a missing or expired session names Invoke-AWSSSOLogin, for
// the files actually searched) and SAML role profiles (which no SDK reads). The credential chain
// (src/aws/clients/credentials.ts, fromProfile) asks federatedProfileProvider first; the credential cmdlets
// (credentialsFromProfile) represent such a profile by federatedCredentialsObject.

import type { AwsCredentialIdentityProvider } from '@smithy/types';
import { isSsoProfile, profileValues, type SsoFiles } from '../sso/sso-config.js';
import { ssoCredentialProvider } from '../sso/sso-credentials.js';
import { isSamlRoleProfile } from '../saml/saml-profiles.js';
import { samlCredentialProvider } from '../saml/saml-credentials.js';
import { AWSCredentialsObject, type ProfileReference } from './credential-objects.js';

export const SSO_CREDENTIALS_TYPE = 'Amazon.Runtime.SSOAWSCredentials';
export const SAML_CREDENTIALS_TYPE = 'Amazon.Runtime.FederatedAWSCredentials';

/** awsps' provider for an SSO or SAML role profile; undefined for every other profile (fromIni reads those). */
export function federatedProfileProvider(profileName: string, files: SsoFiles): AwsCredentialIdentityProvider | undefined {
  const values = profileValues(files, profileName);
  if (values === undefined) return undefined;
  if (isSsoProfile(values)) return ssoCredentialProvider(profileName, files);
  if (isSamlRoleProfile(values)) return samlCredentialProvider(profileName, files);
  return undefined;
}

/** The credentials object of an SSO or SAML role profile (resolved through the chain when used); undefined for others. */
export function federatedCredentialsObject(values: ReadonlyMap<string, string>, reference: ProfileReference): AWSCredentialsObject | undefined {
  if (isSsoProfile(values)) return new AWSCredentialsObject(SSO_CREDENTIALS_TYPE, reference);
  if (isSamlRoleProfile(values)) return new AWSCredentialsObject(SAML_CREDENTIALS_TYPE, reference);
  return undefined;
}
