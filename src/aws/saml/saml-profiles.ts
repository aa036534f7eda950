// Where SAML federation settings live. The AWS Tools keep SAML endpoints and role profiles in the .NET SDK's
// Windows-only encrypted store; awsps keeps them in plain files with no secret in them:
//   - endpoints (Set-AWSSamlEndpoint) in ~/.aws/awsps/saml_endpoints, one [NAME] section each with
//     `endpoint` and `authentication_type`;
//   - role profiles (Set-AWSSamlRoleProfile) as [profile NAME] in the shared config file with
//     saml_endpoint_name, saml_role_arn, saml_principal_arn, and saml_user_identity / saml_sts_region when
//     given. Keys no other tool reads, so the AWS CLI and SDKs never mistake such a profile for one of theirs.
// A password is never written anywhere.

import * as path from 'node:path';
import { homeDirectory, readProfileFile, setProfile, type ProfileFileTarget } from '../profile-files/index.js';
import { profileValues, type SsoFiles } from '../sso/sso-config.js';

export const SAML_ENDPOINT_NAME = 'saml_endpoint_name';
export const SAML_ROLE_ARN = 'saml_role_arn';
export const SAML_PRINCIPAL_ARN = 'saml_principal_arn';
export const SAML_USER_IDENTITY = 'saml_user_identity';
export const SAML_STS_REGION = 'saml_sts_region';

export const AUTHENTICATION_TYPES = ['Basic', 'Digest', 'Kerberos', 'Negotiate', 'NTLM'] as const;
export type AuthenticationType = (typeof AUTHENTICATION_TYPES)[number];
/** What the AWS Tools use when -AuthenticationType is not given. */
export const DEFAULT_AUTHENTICATION_TYPE: AuthenticationType = 'Kerberos';

export interface SamlEndpoint {
  readonly name: string;
  readonly endpoint: string;
  readonly authenticationType: AuthenticationType;
}

export interface SamlRoleProfile {
  readonly profileName: string;
  readonly endpointName: string;
  readonly roleArn: string;
  readonly principalArn: string;
  readonly userIdentity: string | null;
  readonly stsRegion: string | null;
}

export function samlEndpointsFile(): ProfileFileTarget {
  return { path: path.join(homeDirectory(), '.aws', 'awsps', 'saml_endpoints'), kind: 'credentials' };
}

export function normalizeAuthenticationType(text: string): AuthenticationType | undefined {
  return AUTHENTICATION_TYPES.find((t) => t.toLowerCase() === text.toLowerCase());
}

export function writeSamlEndpoint(e: SamlEndpoint): void {
  setProfile(samlEndpointsFile(), e.name, { endpoint: e.endpoint, authentication_type: e.authenticationType });
}

export function readSamlEndpoint(name: string): SamlEndpoint | undefined {
  const section = readProfileFile(samlEndpointsFile()).profiles.get(name);
  const endpoint = section?.values.get('endpoint');
  if (section === undefined || endpoint === undefined || endpoint === '') return undefined;
  const authenticationType = normalizeAuthenticationType(section.values.get('authentication_type') ?? '') ?? DEFAULT_AUTHENTICATION_TYPE;
  return { name, endpoint, authenticationType };
}

export function isSamlRoleProfile(values: ReadonlyMap<string, string>): boolean {
  return (values.get(SAML_ENDPOINT_NAME) ?? '') !== '' && (values.get(SAML_ROLE_ARN) ?? '') !== '';
}

export function readSamlRoleProfile(files: SsoFiles, profileName: string): SamlRoleProfile | undefined {
  const values = profileValues(files, profileName);
  if (values === undefined || !isSamlRoleProfile(values)) return undefined;
  const get = (key: string): string | null => {
    const v = values.get(key);
    return v === undefined || v === '' ? null : v;
  };
  return {
    profileName,
    endpointName: get(SAML_ENDPOINT_NAME) ?? '',
    roleArn: get(SAML_ROLE_ARN) ?? '',
    principalArn: get(SAML_PRINCIPAL_ARN) ?? '',
    userIdentity: get(SAML_USER_IDENTITY),
    stsRegion: get(SAML_STS_REGION),
  };
}

export function writeSamlRoleProfile(config: ProfileFileTarget, p: SamlRoleProfile): void {
  setProfile(config, p.profileName, {
    [SAML_ENDPOINT_NAME]: p.endpointName,
    [SAML_ROLE_ARN]: p.roleArn,
    [SAML_PRINCIPAL_ARN]: p.principalArn,
    [SAML_USER_IDENTITY]: p.userIdentity,
    [SAML_STS_REGION]: p.stsRegion,
  });
}
