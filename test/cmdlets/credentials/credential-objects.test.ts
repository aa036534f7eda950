// Credentials objects keep keys out of every property; only credentialSpecOf() reads them.

import { describe, expect, it } from 'vitest';
import { credentialSpecOf, newAssumeRoleCredentials, newKeyCredentials } from '../../../src/aws/credential-store/index.js';

describe('credentials objects', () => {
  it('expose no key as a property, in JSON or in keys', () => {
    const c = newKeyCredentials('AKIAX', 'SECRETVALUE', 'TOKENVALUE');
    expect(c.typeName).toBe('Amazon.Runtime.SessionAWSCredentials');
    expect(c.properties()).toEqual([]);
    expect(JSON.stringify(c)).not.toContain('SECRETVALUE');
    expect(Object.keys(c).join()).not.toMatch(/secret|token/i);
    expect(credentialSpecOf(c)).toEqual({ kind: 'static', accessKeyId: 'AKIAX', secretAccessKey: 'SECRETVALUE', sessionToken: 'TOKENVALUE' });
  });

  it('an assume-role object shows SourceCredentials, RoleArn, RoleSessionName, Options', () => {
    const role = newAssumeRoleCredentials(newKeyCredentials('AKIAX', 'SECRETVALUE', null), {
      roleArn: 'arn:aws:iam::1:role/r',
      roleSessionName: null,
      externalId: 'e',
      mfaSerial: null,
    });
    expect(role.properties().map((p) => p.name)).toEqual(['SourceCredentials', 'RoleArn', 'RoleSessionName', 'Options']);
    expect(String(role.get('RoleSessionName'))).toMatch(/^aws-dotnet-sdk-session-\d{18}$/);
    expect(credentialSpecOf(role)).toMatchObject({ kind: 'assume-role', roleArn: 'arn:aws:iam::1:role/r', externalId: 'e', source: { kind: 'static' } });
    expect(credentialSpecOf({})).toBeUndefined();
  });
});
