// A credentials object of the shell (-Credential, $StoredAWSCredentials) as the value the client layer takes:
// static keys as they are; an AssumeRoleAWSCredentials as the SDK's fromTemporaryCredentials over its source
// credentials (asking the host for the MFA code when it has an MFA serial); a profile-backed object
// (credential_process) as the SDK's fromIni for that profile.

import type { AwsCredentialIdentityProvider } from '@smithy/types';
import { credentialSpecOf, profileReferenceOf, type AWSCredentialsObject, type CredentialSpec } from '../credential-store/index.js';
import { fromProfile, type CredentialValue } from './credentials.js';
import { mfaCodeProvider } from './mfa-prompt.js';
import { packageExports } from './services.js';
import { suppressSdkNodeVersionWarning } from './sdk-warning.js';

/** One value per object, so every client using it shares the role's temporary credentials. */
const values = new WeakMap<AWSCredentialsObject, CredentialValue>();

function assumeRoleProvider(spec: Extract<CredentialSpec, { kind: 'assume-role' }>): AwsCredentialIdentityProvider {
  const source = specValue(spec.source);
  let inner: AwsCredentialIdentityProvider | undefined;
  return async (options) => {
    if (inner === undefined) {
      suppressSdkNodeVersionWarning();
      const { fromTemporaryCredentials } = packageExports(await import('@aws-sdk/credential-providers'));
      inner = fromTemporaryCredentials({
        masterCredentials: source,
        params: {
          RoleArn: spec.roleArn,
          RoleSessionName: spec.roleSessionName,
          ...(spec.externalId !== null ? { ExternalId: spec.externalId } : {}),
          ...(spec.mfaSerial !== null ? { SerialNumber: spec.mfaSerial } : {}),
        },
        ...(spec.mfaSerial !== null ? { mfaCodeProvider: mfaCodeProvider(spec.profileName !== undefined ? `The credential profile '${spec.profileName}'` : `The role '${spec.roleArn}'`) } : {}),
      });
    }
    return inner(options);
  };
}

function specValue(spec: CredentialSpec): CredentialValue {
  if (spec.kind === 'static') {
    return spec.sessionToken
      ? { accessKeyId: spec.accessKeyId, secretAccessKey: spec.secretAccessKey, sessionToken: spec.sessionToken }
      : { accessKeyId: spec.accessKeyId, secretAccessKey: spec.secretAccessKey };
  }
  return assumeRoleProvider(spec);
}

/** The client-layer value of a credentials object. */
export function credentialObjectValue(value: AWSCredentialsObject): CredentialValue {
  let v = values.get(value);
  if (v === undefined) {
    const reference = profileReferenceOf(value);
    if (reference !== undefined) {
      v = fromProfile(reference.profileName, { credentials: reference.credentialsFile, config: reference.configFile }).provider;
    } else {
      const spec = credentialSpecOf(value);
      if (spec === undefined) throw new Error('credentials object without a spec');
      v = specValue(spec);
    }
    values.set(value, v);
  }
  return v;
}
