// Credential profiles in the shared files, as the AWS Tools see them: which files are searched, reading a
// profile into a credentials object, listing profiles, and writing/copying/removing them.

import {
  configFilePath,
  credentialsFilePath,
  readProfileFile,
  removeProfile,
  setProfile,
  type ProfileFileTarget,
} from '../profile-files/index.js';
import {
  ASSUME_ROLE_CREDENTIALS_TYPE,
  AWSCredentialsObject,
  LOGIN_CREDENTIALS_TYPE,
  newAssumeRoleCredentials,
  newKeyCredentials,
  newProcessCredentials,
  profileReferenceOf,
  type CredentialSpec,
  type ProfileReference,
} from './credential-objects.js';
import { federatedCredentialsObject } from './federated-profiles.js';

export class CredentialStoreError extends Error {
  override readonly name = 'CredentialStoreError';
  constructor(
    message: string,
    readonly reason: 'not-found' | 'unsupported' | 'invalid',
  ) {
    super(message);
  }
}

/** The files a command searches: -ProfileLocation alone, or the default credentials file plus the config file. */
export interface ProfileFiles {
  readonly credentials: ProfileFileTarget;
  /** null when -ProfileLocation names the one file to use. */
  readonly config: ProfileFileTarget | null;
}

export function profileFilesFor(profileLocation: string | null, cwd: string): ProfileFiles {
  const credentials: ProfileFileTarget = { path: credentialsFilePath({ profileLocation, cwd }), kind: 'credentials' };
  if (profileLocation) return { credentials, config: null };
  return { credentials, config: { path: configFilePath({ cwd }), kind: 'config' } };
}

/** "'/h/.aws/credentials' or '/h/.aws/config'", for not-found messages. */
export function describeSearchedFiles(files: ProfileFiles): string {
  return files.config ? `'${files.credentials.path}' or '${files.config.path}'` : `'${files.credentials.path}'`;
}

/** A profile's settings, config-file values overridden by credentials-file values (as botocore merges them). */
export function findProfile(files: ProfileFiles, name: string): Map<string, string> | undefined {
  const fromCredentials = readProfileFile(files.credentials).profiles.get(name);
  const fromConfig = files.config ? readProfileFile(files.config).profiles.get(name) : undefined;
  if (!fromCredentials && !fromConfig) return undefined;
  return new Map([...(fromConfig?.values ?? []), ...(fromCredentials?.values ?? [])]);
}

export interface ProfileInfo {
  profileName: string;
  /** Where the AWS Tools say the profile lives: the shared credentials file the store reads. */
  profileLocation: string;
}

/** Every profile name, credentials file first (file order), then profiles only the config file has. */
export function listProfiles(files: ProfileFiles): ProfileInfo[] {
  const names = [...readProfileFile(files.credentials).profiles.keys()];
  if (files.config) {
    for (const name of readProfileFile(files.config).profiles.keys()) if (!names.includes(name)) names.push(name);
  }
  return names.map((profileName) => ({ profileName, profileLocation: files.credentials.path }));
}

function notFound(files: ProfileFiles, name: string): CredentialStoreError {
  return new CredentialStoreError(`The credential profile '${name}' was not found in ${describeSearchedFiles(files)}.`, 'not-found');
}

function setting(values: ReadonlyMap<string, string>, key: string): string | null {
  const v = values.get(key);
  return v === undefined || v === '' ? null : v;
}

/** The profile as the SDK's fromIni will read it (with -ProfileLocation alone, the default config file too). */
function profileReference(files: ProfileFiles, name: string): ProfileReference {
  return { profileName: name, credentialsFile: files.credentials.path, configFile: files.config?.path ?? configFilePath() };
}

/** Builds the credentials object for a basic, session, assume-role, credential_process, SSO, SAML or login profile. */
export function credentialsFromProfile(files: ProfileFiles, name: string, visiting: string[] = []): AWSCredentialsObject {
  const values = findProfile(files, name);
  if (!values) throw notFound(files, name);
  const roleArn = setting(values, 'role_arn');
  if (roleArn) {
    const sourceProfile = setting(values, 'source_profile');
    if (!sourceProfile) {
      const how = setting(values, 'credential_source') ? 'credential_source' : 'no source_profile';
      throw new CredentialStoreError(
        `The role profile '${name}' uses ${how}; only role profiles with a source_profile are supported.`,
        'unsupported',
      );
    }
    if (visiting.includes(sourceProfile) || sourceProfile === name) {
      const chain = [...visiting, name, sourceProfile];
      throw new CredentialStoreError(`The credential profile '${chain[0]}' has a source_profile cycle: ${chain.join(' -> ')}.`, 'invalid');
    }
    const source = credentialsFromProfile(files, sourceProfile, [...visiting, name]);
    // A source only the SDK can produce (credential_process) makes the whole role profile an SDK-resolved one.
    if (profileReferenceOf(source) !== undefined) {
      return new AWSCredentialsObject(ASSUME_ROLE_CREDENTIALS_TYPE, profileReference(files, name));
    }
    return newAssumeRoleCredentials(source, {
      roleArn,
      roleSessionName: setting(values, 'role_session_name'),
      externalId: setting(values, 'external_id'),
      mfaSerial: setting(values, 'mfa_serial'),
      profileName: name,
    });
  }
  const accessKey = setting(values, 'aws_access_key_id');
  const secretKey = setting(values, 'aws_secret_access_key');
  if (accessKey && secretKey) return newKeyCredentials(accessKey, secretKey, setting(values, 'aws_session_token'));
  if (setting(values, 'credential_process')) {
    // The SDK runs the process (and runs it again when its keys expire); the files are the ones searched now.
    return newProcessCredentials(profileReference(files, name));
  }
  const federated = federatedCredentialsObject(values, profileReference(files, name));
  if (federated !== undefined) return federated;
  // The SDK's login provider signs with the cached token (and refreshes it) when the credentials are used.
  if (setting(values, 'login_session')) return new AWSCredentialsObject(LOGIN_CREDENTIALS_TYPE, profileReference(files, name));
  const kind = setting(values, 'sso_session') || setting(values, 'sso_start_url')
    ? 'an SSO profile'
    : setting(values, 'credential_process')
      ? 'a credential_process profile'
      : setting(values, 'web_identity_token_file')
        ? 'a web identity profile'
        : 'a profile without aws_access_key_id and aws_secret_access_key';
  throw new CredentialStoreError(`The credential profile '${name}' is ${kind}, which these cmdlets cannot load as credentials.`, 'unsupported');
}

/** Every credential key a profile may hold: writing one type clears the others so the profile stays one type. */
const CREDENTIAL_KEYS = [
  'aws_access_key_id',
  'aws_secret_access_key',
  'aws_session_token',
  'role_arn',
  'source_profile',
  'credential_source',
  'mfa_serial',
  'external_id',
  'role_session_name',
] as const;

function changesFor(set: Record<string, string | null>): Record<string, string | null> {
  const changes: Record<string, string | null> = {};
  for (const key of CREDENTIAL_KEYS) changes[key] = null;
  for (const [key, value] of Object.entries(set)) changes[key] = value;
  return changes;
}

/** Writes a basic (or, with a token, session) profile to the credentials file. */
export function storeKeyProfile(files: ProfileFiles, name: string, accessKey: string, secretKey: string, sessionToken: string | null): void {
  setProfile(
    files.credentials,
    name,
    changesFor({ aws_access_key_id: accessKey, aws_secret_access_key: secretKey, aws_session_token: sessionToken }),
  );
}

export interface RoleProfileSettings {
  sourceProfile: string;
  roleArn: string;
  mfaSerial: string | null;
  externalId: string | null;
  roleSessionName: string | null;
}

/** Writes an assume-role profile (role_arn + source_profile, optional mfa_serial, external_id, role_session_name). */
export function storeRoleProfile(files: ProfileFiles, name: string, s: RoleProfileSettings): void {
  setProfile(
    files.credentials,
    name,
    changesFor({
      role_arn: s.roleArn,
      source_profile: s.sourceProfile,
      mfa_serial: s.mfaSerial,
      external_id: s.externalId,
      role_session_name: s.roleSessionName,
    }),
  );
}

/** Stores what a credentials object holds (the -Credential parameter set of Set-AWSCredential -StoreAs). */
export function storeSpec(files: ProfileFiles, name: string, spec: CredentialSpec): void {
  if (spec.kind === 'static') {
    storeKeyProfile(files, name, spec.accessKeyId, spec.secretAccessKey, spec.sessionToken);
    return;
  }
  throw new CredentialStoreError(
    'An AssumeRoleAWSCredentials object cannot be stored as a profile: its source profile is unknown. Use -SourceProfile and -RoleArn with -StoreAs.',
    'unsupported',
  );
}

/** Copies a profile's settings under a new name in the credentials file (Set-AWSCredential -ProfileName x -StoreAs y). */
export function copyProfile(files: ProfileFiles, from: string, to: string): void {
  const values = findProfile(files, from);
  if (!values) throw notFound(files, from);
  const changes: Record<string, string | null> = changesFor({});
  for (const [key, value] of values) changes[key] = value;
  setProfile(files.credentials, to, changes);
}

/** Whether the profile exists in any searched file. */
export function profileExists(files: ProfileFiles, name: string): boolean {
  return findProfile(files, name) !== undefined;
}

/** Removes the profile from the credentials file and (default location) the config file; false when absent. */
export function deleteProfile(files: ProfileFiles, name: string): boolean {
  const fromCredentials = removeProfile(files.credentials, name);
  const fromConfig = files.config ? removeProfile(files.config, name) : false;
  return fromCredentials || fromConfig;
}

/** Sets `region` in the config file's profile (Initialize-AWSDefaultConfiguration -Region). */
export function storeProfileRegion(files: ProfileFiles, name: string, region: string): void {
  const target = files.config ?? files.credentials;
  setProfile(target, name, { region });
}
