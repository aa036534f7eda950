// What the config file says about an SSO login: a profile with sso_session (new style: the [sso-session NAME]
// section holds sso_start_url, sso_region and sso_registration_scopes) or a legacy profile carrying
// sso_start_url and sso_region itself; plus sso_account_id and sso_role_name for credentials.

import { readProfileFile, type ProfileFileTarget } from '../profile-files/index.js';
import { SsoError } from './errors.js';

export const DEFAULT_REGISTRATION_SCOPES = ['sso:account:access'];

/** Where an SSO token comes from: one access portal session. */
export interface SsoSessionConfig {
  /** The sso-session name; null for a legacy profile (the token is then keyed by the start URL). */
  readonly sessionName: string | null;
  readonly startUrl: string;
  readonly region: string;
  readonly scopes: readonly string[];
}

export interface SsoProfileConfig {
  readonly profileName: string;
  readonly session: SsoSessionConfig;
  readonly accountId: string | null;
  readonly roleName: string | null;
}

export interface SsoFiles {
  readonly credentials: string;
  readonly config: string;
}

function configTarget(files: SsoFiles): ProfileFileTarget {
  return { path: files.config, kind: 'config' };
}

function value(values: ReadonlyMap<string, string> | undefined, key: string): string | null {
  const v = values?.get(key);
  return v === undefined || v === '' ? null : v;
}

function parseScopes(text: string | null): string[] {
  if (text === null) return [...DEFAULT_REGISTRATION_SCOPES];
  return text
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** The profile's settings, the credentials file's values over the config file's (as the SDKs merge them). */
export function profileValues(files: SsoFiles, profileName: string): Map<string, string> | undefined {
  const fromConfig = readProfileFile(configTarget(files)).profiles.get(profileName);
  const fromCredentials = readProfileFile({ path: files.credentials, kind: 'credentials' }).profiles.get(profileName);
  if (fromConfig === undefined && fromCredentials === undefined) return undefined;
  return new Map([...(fromConfig?.values ?? []), ...(fromCredentials?.values ?? [])]);
}

/** Whether these profile settings describe an SSO profile (either style). */
export function isSsoProfile(values: ReadonlyMap<string, string>): boolean {
  return value(values, 'sso_session') !== null || value(values, 'sso_start_url') !== null;
}

export function readSessionConfig(files: SsoFiles, sessionName: string): SsoSessionConfig {
  const section = readProfileFile(configTarget(files)).ssoSessions.get(sessionName);
  if (section === undefined) {
    throw new SsoError(`The sso-session '${sessionName}' was not found in '${files.config}'.`, 'config');
  }
  const startUrl = value(section.values, 'sso_start_url');
  const region = value(section.values, 'sso_region');
  const missing = [startUrl === null ? 'sso_start_url' : null, region === null ? 'sso_region' : null].filter((m) => m !== null);
  if (startUrl === null || region === null) {
    throw new SsoError(`The sso-session '${sessionName}' in '${files.config}' is missing ${missing.join(' and ')}.`, 'config');
  }
  return { sessionName, startUrl, region, scopes: parseScopes(value(section.values, 'sso_registration_scopes')) };
}

/** The SSO settings of a profile; undefined when the profile has none. */
export function readSsoProfile(files: SsoFiles, profileName: string): SsoProfileConfig | undefined {
  const values = profileValues(files, profileName);
  if (values === undefined || !isSsoProfile(values)) return undefined;
  const accountId = value(values, 'sso_account_id');
  const roleName = value(values, 'sso_role_name');
  const sessionName = value(values, 'sso_session');
  if (sessionName !== null) {
    const session = readSessionConfig(files, sessionName);
    const ownStart = value(values, 'sso_start_url');
    const ownRegion = value(values, 'sso_region');
    // The SDKs refuse a profile whose own values contradict its session.
    if ((ownStart !== null && ownStart !== session.startUrl) || (ownRegion !== null && ownRegion !== session.region)) {
      throw new SsoError(`The profile '${profileName}' has sso_start_url or sso_region values that conflict with its sso-session '${sessionName}'.`, 'config');
    }
    return { profileName, session, accountId, roleName };
  }
  const startUrl = value(values, 'sso_start_url');
  const region = value(values, 'sso_region');
  if (startUrl === null || region === null) {
    throw new SsoError(`The profile '${profileName}' is missing ${startUrl === null ? 'sso_start_url' : 'sso_region'}.`, 'config');
  }
  return { profileName, session: { sessionName: null, startUrl, region, scopes: [] }, accountId, roleName };
}
