// Where the test sign-in service's session credentials come from. With moto, the console identity's role is
// assumed through moto's STS, so the keys are ones moto issued and a signed call with them identifies as
// that identity (GetCallerIdentity answers with the login session's ARN); without moto, random keys.

import { randomBytes } from 'node:crypto';

export interface ConsoleIdentity {
  readonly accountId: string;
  readonly roleName: string;
  readonly sessionName: string;
}

export interface SessionCredentials {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly sessionToken: string;
}

export type SessionIssuer = (identity: ConsoleIdentity, lifetimeSeconds: number) => Promise<SessionCredentials>;

/** The login session value of an identity: its assumed-role session ARN (the id token's subject). */
export function loginSessionArn(identity: ConsoleIdentity): string {
  return `arn:aws:sts::${identity.accountId}:assumed-role/${identity.roleName}/${identity.sessionName}`;
}

export const randomSessionIssuer: SessionIssuer = () =>
  Promise.resolve({
    accessKeyId: `ASIA${randomBytes(8).toString('hex').toUpperCase()}`,
    secretAccessKey: randomBytes(30).toString('base64'),
    sessionToken: randomBytes(120).toString('base64'),
  });

export function motoSessionIssuer(motoEndpoint: string): SessionIssuer {
  return async (identity, lifetimeSeconds) => {
    const { STSClient, AssumeRoleCommand } = await import('@aws-sdk/client-sts');
    const sts = new STSClient({ endpoint: motoEndpoint, region: 'us-east-1', credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' } });
    try {
      const out = await sts.send(
        new AssumeRoleCommand({
          RoleArn: `arn:aws:iam::${identity.accountId}:role/${identity.roleName}`,
          RoleSessionName: identity.sessionName,
          DurationSeconds: Math.max(lifetimeSeconds, 900),
        }),
      );
      const c = out.Credentials;
      if (c?.AccessKeyId === undefined || c.SecretAccessKey === undefined || c.SessionToken === undefined) throw new Error('moto returned no credentials');
      return { accessKeyId: c.AccessKeyId, secretAccessKey: c.SecretAccessKey, sessionToken: c.SessionToken };
    } finally {
      sts.destroy();
    }
  };
}
