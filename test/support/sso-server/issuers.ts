// Where the test portal's role credentials come from. With a moto endpoint the portal assumes the permission
// set's role through moto's STS (signed with moto's throw-away keys), so the keys it hands out are ones moto
// itself issued and a later signed call with them identifies as the assumed role; without one it mints
// random keys (enough for tests that never call AWS).

import { createHash, randomBytes } from 'node:crypto';
import type { CredentialIssuer, RoleCredentials } from './portal.js';

/** The IAM role IAM Identity Center creates for a permission set: AWSReservedSSO_<name>_<16 hex>. */
export function reservedRoleName(roleName: string): string {
  return `AWSReservedSSO_${roleName}_${createHash('sha256').update(roleName).digest('hex').slice(0, 16)}`;
}

export function reservedRoleArn(accountId: string, roleName: string): string {
  return `arn:aws:iam::${accountId}:role/aws-reserved/sso.amazonaws.com/${reservedRoleName(roleName)}`;
}

export function randomIssuer(lifetimeSeconds = 3600): CredentialIssuer {
  return () =>
    Promise.resolve({
      accessKeyId: `ASIA${randomBytes(8).toString('hex').toUpperCase()}`,
      secretAccessKey: randomBytes(30).toString('base64'),
      sessionToken: randomBytes(120).toString('base64'),
      expiration: Date.now() + lifetimeSeconds * 1000,
    });
}

/** Role sessions are named after the user, as Identity Center does (limited to STS's session-name alphabet). */
function sessionName(username: string): string {
  return username.replace(/[^\w+=,.@-]/g, '-').slice(0, 64) || 'sso-user';
}

export function motoStsIssuer(motoEndpoint: string, lifetimeSeconds = 3600): CredentialIssuer {
  return async ({ accountId, roleName, username }): Promise<RoleCredentials> => {
    const { STSClient, AssumeRoleCommand } = await import('@aws-sdk/client-sts');
    const sts = new STSClient({
      endpoint: motoEndpoint,
      region: 'us-east-1',
      credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' },
    });
    try {
      const out = await sts.send(
        new AssumeRoleCommand({ RoleArn: reservedRoleArn(accountId, roleName), RoleSessionName: sessionName(username), DurationSeconds: lifetimeSeconds }),
      );
      const c = out.Credentials;
      if (c?.AccessKeyId === undefined || c.SecretAccessKey === undefined || c.SessionToken === undefined || c.Expiration === undefined) {
        throw new Error('moto returned no credentials');
      }
      return { accessKeyId: c.AccessKeyId, secretAccessKey: c.SecretAccessKey, sessionToken: c.SessionToken, expiration: c.Expiration.getTime() };
    } finally {
      sts.destroy();
    }
  };
}
