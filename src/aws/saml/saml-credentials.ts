// Credentials of a SAML role profile: sign in at the profile's endpoint (with the network credential the shell
// was given for it in this session, else one the user types at a credential prompt), check that the assertion
// still grants the profile's role, and exchange it with STS AssumeRoleWithSAML (an unsigned call; the SDK's
// endpoint rules apply, e.g. AWS_ENDPOINT_URL_STS). The caller memoizes the credentials and calls again,
// re-authenticating, when they near their expiry.

import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@smithy/types';
import { RuntimeError, makeErrorRecord } from '../../engine/errors.js';
import { packageExports } from '../clients/services.js';
import { redactSecrets, rememberSecret } from '../clients/secret-redaction.js';
import { suppressSdkNodeVersionWarning } from '../clients/sdk-warning.js';
import type { SsoFiles } from '../sso/sso-config.js';
import { SamlError, authenticate } from './saml-auth.js';
import { rolesOf } from './saml-assertion.js';
import { readSamlEndpoint, readSamlRoleProfile, type SamlEndpoint, type SamlRoleProfile } from './saml-profiles.js';
import { rememberNetworkCredential, sessionNetworkCredential } from './saml-session.js';
import { credentialPromptMessage, promptForCredential, retryPromptMessage } from './credential-prompt.js';
import { interactivePromptHost } from '../clients/mfa-prompt.js';

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

/** Sign-in attempts at a credential prompt before giving up (the first prompt and two retries). */
const PROMPT_ATTEMPTS = 3;

function cannotPromptError(profile: SamlRoleProfile, endpointName: string): SamlError {
  const who = profile.userIdentity === null ? 'a user name and password' : `the password of '${profile.userIdentity}'`;
  return new SamlError(
    `The role profile '${profile.profileName}' needs ${who} for the SAML endpoint '${endpointName}' to sign in again, and the shell cannot prompt for it (non-interactive). ` +
      `Run the command in an interactive shell, or first run Set-AWSSamlRoleProfile -EndpointName ${endpointName} -NetworkCredential (Get-Credential) -StoreAs ${profile.profileName} in this session.`,
    'authentication',
  );
}

/**
 * Signs in with the password this session holds for the endpoint and user; without one, asks on the terminal
 * (asking again, as the AWS Tools do, while the identity provider refuses what was typed). A password that
 * worked is kept in memory for the next re-authentication of this session.
 */
async function signIn(profile: SamlRoleProfile, endpoint: SamlEndpoint): Promise<string> {
  const remembered = sessionNetworkCredential(endpoint.name, profile.userIdentity);
  if (remembered !== null || endpoint.authenticationType !== 'Basic') return authenticate(endpoint, remembered);
  const host = interactivePromptHost();
  if (host === undefined) throw cannotPromptError(profile, endpoint.name);
  let message = credentialPromptMessage(profile.profileName);
  let userName = profile.userIdentity;
  for (let attempt = 1; ; attempt++) {
    const credential = await promptForCredential(host, message, userName);
    try {
      const assertion = await authenticate(endpoint, credential);
      rememberNetworkCredential(endpoint.name, credential);
      return assertion;
    } catch (err) {
      if (!(err instanceof SamlError) || err.reason !== 'rejected' || attempt === PROMPT_ATTEMPTS) throw err;
      message = retryPromptMessage(credential.userName);
      userName = credential.userName;
    }
  }
}

async function resolve(profile: SamlRoleProfile): Promise<AwsCredentialIdentity> {
  const endpoint = readSamlEndpoint(profile.endpointName);
  if (endpoint === undefined) {
    throw new SamlError(`The SAML endpoint '${profile.endpointName}' of the role profile '${profile.profileName}' is not defined. Run Set-AWSSamlEndpoint -StoreAs ${profile.endpointName}.`, 'config');
  }
  const assertion = await signIn(profile, endpoint);
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
