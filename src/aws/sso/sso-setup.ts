// Writing SSO settings to the shared config file (Initialize-AWSSSOConfiguration, Set-AWSSSOSessionConfiguration):
// [profile X] gets sso_account_id, sso_role_name and sso_session (the legacy keys it may have held go, so the
// profile cannot contradict its session), [sso-session Y] gets sso_region, sso_registration_scopes and
// sso_start_url. Everything else in the file stays byte for byte (profile-files' locked atomic edits).

import { setProfile, type ProfileFileTarget } from '../profile-files/index.js';

export interface SsoSessionSettings {
  readonly sessionName: string;
  readonly startUrl: string;
  readonly region: string;
  readonly scopes: readonly string[];
}

export interface SsoProfileSettings {
  readonly profileName: string;
  readonly sessionName: string;
  readonly accountId: string;
  readonly roleName: string;
  /** The profile's default region for service calls (Initialize-AWSSSOConfiguration -Region); null leaves it alone. */
  readonly region: string | null;
}

export function writeSsoSession(config: ProfileFileTarget, s: SsoSessionSettings): void {
  setProfile(
    config,
    s.sessionName,
    { sso_region: s.region, sso_registration_scopes: s.scopes.join(','), sso_start_url: s.startUrl },
    { sectionType: 'sso-session' },
  );
}

export function writeSsoProfile(config: ProfileFileTarget, p: SsoProfileSettings): void {
  const changes: Record<string, string | null> = {
    sso_account_id: p.accountId,
    sso_role_name: p.roleName,
    sso_session: p.sessionName,
    sso_start_url: null,
    sso_region: null,
  };
  if (p.region !== null) changes.region = p.region;
  setProfile(config, p.profileName, changes);
}
