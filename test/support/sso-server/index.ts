// The test IAM Identity Center (SSO-OIDC + access portal + verification page). See server.ts.

export { startSsoServer, approveDevice, DEFAULT_ACCOUNTS, DEFAULT_START_URL, type SsoServer, type SsoServerOptions } from './server.js';
export { motoStsIssuer, randomIssuer, reservedRoleArn, reservedRoleName } from './issuers.js';
export { DEVICE_CODE_GRANT, REFRESH_TOKEN_GRANT, sameStartUrl } from './oidc.js';
export type { PortalAccount, RoleCredentials, CredentialIssuer } from './portal.js';
