// Credentials of a SAML role profile: sign in at the profile's endpoint (with the network credential the shell
// was given for it in this session), check that the assertion still grants the profile's role, and exchange it
// with STS AssumeRoleWithSAML (an unsigned call; the SDK's endpoint rules apply, e.g. AWS_ENDPOINT_URL_STS).
// The caller memoizes the credentials and calls again, re-authenticating, when they near their expiry.

import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@smithy/types';
import { RuntimeError, makeErrorRecord } from '../../engine/errors.js';
import { packageExports } from '../clients/services.js';
import { redactSecrets, rememberSecret } from '../clients/secret-redaction.js';
import { suppressSdkNodeVersionWarning } from '../clients/sdk-warning.js';
import type { SsoFiles } from '../sso/sso-config.js';
import { SamlError, authenticate } from './saml-auth.js';
import { rolesOf } from './saml-assertion.js';
import { readSamlEndpoint, readSamlRoleProfile, type SamlRoleProfile } from './saml-profiles.js';
import { sessionNetworkCredential } from './saml-session.js';

/** The error record of a SAML failure (no password or assertion is ever in the message). */
export function samlRuntimeError(err: SamlError, commandClass?: string): RuntimeError {
  const type = err.reason === 'unsupported' ? 'System.PlatformNotSupportedException' : err.reason === 'config' ? 'System.ArgumentException' : 'Amazon.Runtime.FederatedAuthenticationFailureException';
  const short = type.slice(type.lastIndexOf('.') + 1);
  return new RuntimeError(
    makeErrorRecord(redactSecrets(err.message), {
      type,
      id: commandClass !== undefined ? `${short},${commandClass}` : short,
      category: err.reason === 'unsupported' ? 'NotImplemented' : err.reason === 'config' ? 'InvalidArgument' : 'AuthenticationError',
      baseTypeNames: type.startsWith('System.') ? ['System.SystemException', 'System.Exception'] : ['Amazon.Runtime.AmazonClientException', 'System.Exception'],
    }),
  );
}

/** AssumeRoleWithSAML for one role of an assertion. */
export async function assumeRoleWithSaml(assertion: string, roleArn: string, principalArn: string, region: string | null): Promise<AwsCredentialIdentity> {
  suppressSdkNodeVersionWarning();
  const { STSClient, AssumeRoleWithSAMLCommand } = packageExports(await import('@aws-sdk/client-sts'));
  const sts = new STSClient({ region: region ?? process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION ?? 'us-east-1' });
  try {
    const out = await sts.send(new AssumeRoleWithSAMLCommand({ RoleArn: roleArn, PrincipalArn: principalArn, SAMLAssertion: assertion }));
    const c = out.Credentials;
    if (c?.AccessKeyId === undefined || c.SecretAccessKey === undefined || c.SessionToken === undefined) {
      throw new SamlError('AssumeRoleWithSAML returned no credentials.', 'authentication');
    }
    rememberSecret(c.SecretAccessKey);
    rememberSecret(c.SessionToken);
    return { accessKeyId: c.AccessKeyId, secretAccessKey: c.SecretAccessKey, sessionToken: c.SessionToken, ...(c.Expiration !== undefined ? { expiration: c.Expiration } : {}) };
  } finally {
    sts.destroy();
  }
}

async function resolve(profile: SamlRoleProfile): Promise<AwsCredentialIdentity> {
  const endpoint = readSamlEndpoint(profile.endpointName);
  if (endpoint === undefined) {
    throw new SamlError(`The SAML endpoint '${profile.endpointName}' of the role profile '${profile.profileName}' is not defined. Run Set-AWSSamlEndpoint -StoreAs ${profile.endpointName}.`, 'config');
  }
  const credential = sessionNetworkCredential(endpoint.name, profile.userIdentity);
  if (credential === null && endpoint.authenticationType === 'Basic') {
    throw new SamlError(
      `The role profile '${profile.profileName}' needs the password of '${profile.userIdentity ?? 'the user'}' for the SAML endpoint '${endpoint.name}', and this session has none. Run Set-AWSSamlRoleProfile -EndpointName ${endpoint.name} -NetworkCredential ... -StoreAs ${profile.profileName}.`,
      'authentication',
    );
  }
  const assertion = await authenticate(endpoint, credential);
  if (!rolesOf(assertion).some((r) => r.roleArn === profile.roleArn)) {
    throw new SamlError(`The identity provider no longer grants the role '${profile.roleArn}' of the profile '${profile.profileName}'.`, 'role');
  }
  return assumeRoleWithSaml(assertion, profile.roleArn, profile.principalArn, profile.stsRegion);
}

export function samlCredentialProvider(profileName: string, files: SsoFiles): AwsCredentialIdentityProvider {
  return async () => {
    const profile = readSamlRoleProfile(files, profileName);
    if (profile === undefined) throw samlRuntimeError(new SamlError(`The profile '${profileName}' is not a SAML role profile.`, 'config'));
    try {
      return await resolve(profile);
    } catch (err) {
      if (err instanceof SamlError) throw samlRuntimeError(err);
      throw err;
    }
  };
}
