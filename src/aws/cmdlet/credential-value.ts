// A credentials object (-Credential, $StoredAWSCredentials) as the value the client layer takes: static keys
// as they are, an assume-role object as a provider that calls STS AssumeRole with its source credentials.

import { packageExports } from '../clients/services.js';
import type { AwsCredentialIdentityProvider } from '@smithy/types';
import { notSupportedError as notSupported } from './service-errors.js';
import { credentialSpecOf, type AWSCredentialsObject, type CredentialSpec } from '../credential-store/index.js';
import { suppressSdkNodeVersionWarning, type CredentialValue } from '../clients/index.js';

/** One provider per object, so every client using it shares the role's temporary credentials. */
const providers = new WeakMap<AWSCredentialsObject, CredentialValue>();

function specValue(spec: CredentialSpec, commandClass: string): CredentialValue {
  if (spec.kind === 'static') {
    return spec.sessionToken
      ? { accessKeyId: spec.accessKeyId, secretAccessKey: spec.secretAccessKey, sessionToken: spec.sessionToken }
      : { accessKeyId: spec.accessKeyId, secretAccessKey: spec.secretAccessKey };
  }
  if (spec.mfaSerial !== null) {
    throw notSupported('Assume-role credentials with an MFA serial number are not supported yet (no MFA token prompt).', commandClass);
  }
  const source = specValue(spec.source, commandClass);
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
        },
      });
    }
    return inner(options);
  };
}

/** The client-layer value of a credentials object. */
export function credentialValueOf(value: AWSCredentialsObject, commandClass: string): CredentialValue {
  let v = providers.get(value);
  if (v === undefined) {
    const spec = credentialSpecOf(value);
    if (!spec) throw new Error('credentials object without a spec');
    v = specValue(spec, commandClass);
    providers.set(value, v);
  }
  return v;
}
