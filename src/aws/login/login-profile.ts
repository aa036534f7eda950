// The profile side of a login: its settings as the SDKs merge them (credentials file over config file), and the
// edit AWS Tools makes (AWSLoginProfileMethods.UpdateLoginProfile): login_session and region set in the config
// file's [default] or [profile NAME] section, created when missing; everything else stays as it was
// (profile-files' locked atomic edits).

import { readProfileFile, setProfile, type ProfileFileTarget } from '../profile-files/index.js';

export interface LoginFiles {
  readonly credentials: string;
  readonly config: string;
}

/** The profile's settings, or undefined when neither file has it. */
export function loginProfileValues(files: LoginFiles, profileName: string): Map<string, string> | undefined {
  const fromConfig = readProfileFile({ path: files.config, kind: 'config' }).profiles.get(profileName);
  const fromCredentials = readProfileFile({ path: files.credentials, kind: 'credentials' }).profiles.get(profileName);
  if (fromConfig === undefined && fromCredentials === undefined) return undefined;
  return new Map([...(fromConfig?.values ?? []), ...(fromCredentials?.values ?? [])]);
}

function setting(values: ReadonlyMap<string, string> | undefined, key: string): string | null {
  const v = values?.get(key);
  return v === undefined || v === '' ? null : v;
}

export function loginSessionOf(values: ReadonlyMap<string, string> | undefined): string | null {
  return setting(values, 'login_session');
}

export function regionOf(values: ReadonlyMap<string, string> | undefined): string | null {
  return setting(values, 'region');
}

/**
 * Whether the SDK's profile resolution (credential-provider-ini) reaches the login provider for these
 * settings: it has login_session and none of the settings the SDK tries first (role, static keys, web
 * identity, credential_process, SSO).
 */
export function isLoginProfile(values: ReadonlyMap<string, string>): boolean {
  if (loginSessionOf(values) === null) return false;
  const earlier = ['role_arn', 'credential_source', 'aws_access_key_id', 'web_identity_token_file', 'credential_process', 'sso_session', 'sso_start_url', 'sso_account_id'];
  return earlier.every((key) => setting(values, key) === null);
}

export function writeLoginProfile(files: LoginFiles, profileName: string, loginSession: string, region: string): void {
  const config: ProfileFileTarget = { path: files.config, kind: 'config' };
  setProfile(config, profileName, { login_session: loginSession, region });
}
