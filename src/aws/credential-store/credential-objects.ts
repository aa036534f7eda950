// The credentials objects the credential cmdlets return (Amazon.Runtime.BasicAWSCredentials, SessionAWSCredentials,
// AssumeRoleAWSCredentials). Like the .NET types, the keys are not properties: they live in a JS-private field
// and only credentialSpecOf() (for the client layer) can read them, so no formatting, serialisation or
// member access in a script can ever show a secret. A script sees the keys only by asking for them, as in .NET:
// $credentials.GetCredentials() returns the ImmutableCredentials.

import { PSObject } from '../../objects/psobject.js';
import { RuntimeError } from '../../engine/errors.js';
import { registerObjectMethods } from '../../engine/members.js';
import { DotNetException, methodInvocationError, methodTable } from '../../engine/methods/support.js';
import { redactSecrets } from '../clients/secret-redaction.js';
import { credentialObjectValue } from '../clients/credential-object-value.js';

export const BASIC_CREDENTIALS_TYPE = 'Amazon.Runtime.BasicAWSCredentials';
export const SESSION_CREDENTIALS_TYPE = 'Amazon.Runtime.SessionAWSCredentials';
export const ASSUME_ROLE_CREDENTIALS_TYPE = 'Amazon.Runtime.AssumeRoleAWSCredentials';
export const ASSUME_ROLE_OPTIONS_TYPE = 'Amazon.Runtime.AssumeRoleAWSCredentialsOptions';
export const PROCESS_CREDENTIALS_TYPE = 'Amazon.Runtime.ProcessAWSCredentials';
/** A login_session profile (Invoke-AWSLogin, `aws login`): AWSSDK.Core 4.0.3.2's type for it. */
export const LOGIN_CREDENTIALS_TYPE = 'Amazon.Runtime.LoginAWSCredentials';
export const IMMUTABLE_CREDENTIALS_TYPE = 'Amazon.Runtime.ImmutableCredentials';
const AWS_CREDENTIALS_BASE = 'Amazon.Runtime.AWSCredentials';
const BASE_TYPES = [AWS_CREDENTIALS_BASE, 'System.Object'];

/** What the client layer needs to build SDK credentials. Only credentialSpecOf() returns one. */
export type CredentialSpec =
  | { kind: 'static'; accessKeyId: string; secretAccessKey: string; sessionToken: string | null }
  | {
      kind: 'assume-role';
      source: CredentialSpec;
      roleArn: string;
      roleSessionName: string;
      externalId: string | null;
      mfaSerial: string | null;
      /** The role profile it was read from, if any (named in errors such as a missing MFA code). */
      profileName?: string;
    };

/**
 * Credentials that only the SDK's profile reader can produce (credential_process): the object remembers which
 * profile in which files, and the client layer resolves it with fromIni when a call needs it.
 */
export interface ProfileReference {
  readonly profileName: string;
  readonly credentialsFile: string;
  readonly configFile: string;
}

/** A credentials object: a PSObject (so the shell formats it like the .NET type) that holds its spec privately. */
export class AWSCredentialsObject extends PSObject {
  readonly #spec: CredentialSpec | undefined;
  readonly #profile: ProfileReference | undefined;

  constructor(typeName: string, spec: CredentialSpec | ProfileReference) {
    super([typeName, ...BASE_TYPES]);
    if ('kind' in spec) this.#spec = spec;
    else this.#profile = Object.freeze({ ...spec });
    this.sealed = true;
    // .NET's ToString of these types is the type name (that is what a table cell shows for SourceCredentials).
    this.toStringOverride = () => typeName;
  }

  static specOf(value: unknown): CredentialSpec | undefined {
    return value instanceof AWSCredentialsObject ? value.#spec : undefined;
  }

  static profileOf(value: unknown): ProfileReference | undefined {
    return value instanceof AWSCredentialsObject ? value.#profile : undefined;
  }
}

/** The profile a profile-backed credentials object (credential_process) stands for; undefined for others. */
export function profileReferenceOf(value: unknown): ProfileReference | undefined {
  return AWSCredentialsObject.profileOf(value);
}

/** ProcessAWSCredentials: runs the profile's credential_process (through the SDK) whenever fresh keys are needed. */
export function newProcessCredentials(profile: ProfileReference): AWSCredentialsObject {
  return new AWSCredentialsObject(PROCESS_CREDENTIALS_TYPE, profile);
}

/** The keys/role behind a credentials object, or undefined for anything else. For the client layer only: never display it. */
export function credentialSpecOf(value: unknown): CredentialSpec | undefined {
  return AWSCredentialsObject.specOf(value);
}

export function isCredentialsObject(value: unknown): value is AWSCredentialsObject {
  return value instanceof AWSCredentialsObject;
}

/** BasicAWSCredentials or, with a session token, SessionAWSCredentials (neither has public properties). */
export function newKeyCredentials(accessKeyId: string, secretAccessKey: string, sessionToken: string | null): AWSCredentialsObject {
  const spec: CredentialSpec = { kind: 'static', accessKeyId, secretAccessKey, sessionToken };
  return new AWSCredentialsObject(sessionToken ? SESSION_CREDENTIALS_TYPE : BASIC_CREDENTIALS_TYPE, spec);
}

export interface AssumeRoleSettings {
  roleArn: string;
  roleSessionName: string | null;
  externalId: string | null;
  mfaSerial: string | null;
  /** The role profile these settings come from. */
  profileName?: string;
}

/** .NET's default session name: "aws-dotnet-sdk-session-" + DateTime.UtcNow.Ticks. */
export function defaultRoleSessionName(now: number = Date.now()): string {
  const ticks = BigInt(now) * 10000n + 621355968000000000n;
  return `aws-dotnet-sdk-session-${ticks}`;
}

/** AssumeRoleAWSCredentials: SourceCredentials, RoleArn, RoleSessionName, Options (as the .NET type displays). */
export function newAssumeRoleCredentials(source: AWSCredentialsObject, settings: AssumeRoleSettings): AWSCredentialsObject {
  const sourceSpec = credentialSpecOf(source);
  if (!sourceSpec) throw new Error('source credentials object without a spec');
  const roleSessionName = settings.roleSessionName ?? defaultRoleSessionName();
  const o = new AWSCredentialsObject(ASSUME_ROLE_CREDENTIALS_TYPE, {
    kind: 'assume-role',
    source: sourceSpec,
    roleArn: settings.roleArn,
    roleSessionName,
    externalId: settings.externalId,
    mfaSerial: settings.mfaSerial,
    ...(settings.profileName !== undefined ? { profileName: settings.profileName } : {}),
  });
  o.sealed = false;
  o.addNote('SourceCredentials', source, 'Property', 'Amazon.Runtime.AWSCredentials');
  o.addNote('RoleArn', settings.roleArn, 'Property', 'System.String');
  o.addNote('RoleSessionName', roleSessionName, 'Property', 'System.String');
  o.addNote('Options', newAssumeRoleOptions(settings), 'Property', ASSUME_ROLE_OPTIONS_TYPE);
  o.sealed = true;
  return o;
}

function newAssumeRoleOptions(settings: AssumeRoleSettings): PSObject {
  const o = new PSObject([ASSUME_ROLE_OPTIONS_TYPE, 'System.Object']);
  o.addNote('ExternalId', settings.externalId, 'Property', 'System.String');
  o.addNote('MfaSerialNumber', settings.mfaSerial, 'Property', 'System.String');
  o.addNote('DurationSeconds', null, 'Property', 'System.Nullable`1[[System.Int32]]');
  o.sealed = true;
  o.toStringOverride = () => ASSUME_ROLE_OPTIONS_TYPE;
  return o;
}

// ---------------------------------------------------------------------------------------------------------------
// AWSCredentials.GetCredentials()

/** Amazon.Runtime.ImmutableCredentials: the keys (Token is '' without a session token, as .NET stores it). */
export function newImmutableCredentials(accessKey: string, secretKey: string, token: string | null | undefined): PSObject {
  const o = new PSObject([IMMUTABLE_CREDENTIALS_TYPE, 'System.Object']);
  o.addNote('AccessKey', accessKey, 'Property', 'System.String');
  o.addNote('SecretKey', secretKey, 'Property', 'System.String');
  o.addNote('Token', token ?? '', 'Property', 'System.String');
  o.addNote('UseToken', token !== null && token !== undefined && token !== '', 'Property', 'System.Boolean');
  o.sealed = true;
  return o;
}

/** A failure while resolving: "Exception calling "GetCredentials" with "0" argument(s): ..." without any secret. */
function resolutionError(e: unknown): RuntimeError {
  const message = e instanceof RuntimeError ? e.record.message : e instanceof Error ? e.message : String(e);
  return methodInvocationError('GetCredentials', 0, new DotNetException(redactSecrets(message.trim()), 'Amazon.Runtime.AmazonClientException'));
}

/** Role, process, SSO and SAML credentials: resolved (and cached) by the client layer, as a call would. */
async function resolveThroughClientLayer(o: AWSCredentialsObject): Promise<PSObject> {
  try {
    const value = credentialObjectValue(o);
    const identity = typeof value === 'function' ? await value() : value;
    return newImmutableCredentials(identity.accessKeyId, identity.secretAccessKey, identity.sessionToken);
  } catch (e) {
    throw resolutionError(e);
  }
}

/** GetCredentials(): keys at once for Basic/Session credentials; others resolve asynchronously (the shell awaits). */
function getCredentials(o: PSObject): PSObject | Promise<PSObject> {
  if (!(o instanceof AWSCredentialsObject)) throw resolutionError(new Error(`${o.typeName} is not a credentials object awsps can resolve.`));
  const spec = AWSCredentialsObject.specOf(o);
  if (spec?.kind === 'static') return newImmutableCredentials(spec.accessKeyId, spec.secretAccessKey, spec.sessionToken);
  return resolveThroughClientLayer(o);
}

registerObjectMethods(AWS_CREDENTIALS_BASE, methodTable<PSObject>([['GetCredentials', 0, 0, (o) => getCredentials(o)]]), {
  GetCredentials: 'Amazon.Runtime.ImmutableCredentials GetCredentials()',
});
