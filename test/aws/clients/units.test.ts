// Pieces of the client layer that need no server: credential memoization, secret redaction, error mapping.

import { describe, expect, it } from 'vitest';
import type { AwsCredentialIdentity } from '@smithy/types';
import { memoizeCredentials, REFRESH_BEFORE_EXPIRY_MS, redactSecrets, rememberSecret, sdkErrorToRecord } from '../../../src/aws/clients/index.js';
import { httpStatusCode } from '../../../src/aws/clients/http-status-code.js';
import type { EnumValue } from '../../../src/objects/enum-value.js';

describe('memoizeCredentials', () => {
  it('reuses temporary credentials and fetches new ones shortly before they expire', async () => {
    let clock = 1_000_000;
    let fetches = 0;
    const provider = memoizeCredentials(async (): Promise<AwsCredentialIdentity> => {
      fetches++;
      return { accessKeyId: `AKIA${fetches}`, secretAccessKey: 's', expiration: new Date(clock + 60 * 60 * 1000) };
    }, () => clock);
    const [a, b] = await Promise.all([provider(), provider()]);
    expect(fetches).toBe(1);
    expect(b).toBe(a);
    clock += 60 * 60 * 1000 - REFRESH_BEFORE_EXPIRY_MS - 1;
    expect((await provider()).accessKeyId).toBe('AKIA1');
    clock += 2;
    expect((await provider()).accessKeyId).toBe('AKIA2');
    expect(fetches).toBe(2);
  });

  it('does not remember a failed fetch', async () => {
    let calls = 0;
    const provider = memoizeCredentials(async () => {
      calls++;
      if (calls === 1) throw new Error('transient');
      return { accessKeyId: 'AKIAOK', secretAccessKey: 's' };
    });
    await expect(provider()).rejects.toThrow('transient');
    expect((await provider()).accessKeyId).toBe('AKIAOK');
  });
});

describe('secrets in messages', () => {
  it('masks remembered secrets and profile-style assignments', () => {
    rememberSecret('TopSecretValue1234567890');
    expect(redactSecrets('signature used TopSecretValue1234567890 here')).toBe('signature used **** here');
    expect(redactSecrets('aws_secret_access_key = abcdefABCDEF123')).toBe('aws_secret_access_key = ****');
  });

  it('keeps them out of mapped SDK errors', () => {
    rememberSecret('AnotherSecretValue0987654321');
    const r = sdkErrorToRecord(new Error('could not sign with AnotherSecretValue0987654321'));
    expect(r.message).toBe('could not sign with ****');
    expect(r.exception.typeName).toBe('Amazon.Runtime.AmazonClientException');
  });
});

describe('sdkErrorToRecord', () => {
  it('maps a credential provider failure to AmazonClientException', () => {
    const err = Object.assign(new Error('Could not load credentials from any providers'), { name: 'CredentialsProviderError' });
    const r = sdkErrorToRecord(err, { service: 's3' });
    expect(r.exception.typeName).toBe('Amazon.Runtime.AmazonClientException');
    expect(r.message).toBe('Unable to get credentials: Could not load credentials from any providers');
    expect(r.category).toBe('AuthenticationError');
  });

  it('names each service its .NET exception type', () => {
    const serviceError = (name: string) =>
      Object.assign(new Error('boom'), { name, $fault: 'client', $metadata: { httpStatusCode: 400, requestId: 'req-1' } });
    expect(sdkErrorToRecord(serviceError('QueueDoesNotExist'), { service: 'sqs' }).exception.typeName).toBe('Amazon.SQS.AmazonSQSException');
    expect(sdkErrorToRecord(serviceError('NotFound'), { service: 'sns' }).exception.typeName).toBe(
      'Amazon.SimpleNotificationService.AmazonSimpleNotificationServiceException',
    );
    const sts = sdkErrorToRecord(serviceError('ExpiredToken'), { service: 'sts' });
    expect(sts.exception.typeName).toBe('Amazon.SecurityToken.AmazonSecurityTokenServiceException');
    expect(sts.exception.data).toEqual({ ErrorCode: 'ExpiredToken', ErrorType: 'Sender', StatusCode: httpStatusCode(400), RequestId: 'req-1' });
    // System.Net.HttpStatusCode: shows its name, keeps its number.
    expect(String(sts.exception.data?.StatusCode)).toBe('BadRequest');
    expect((sts.exception.data?.StatusCode as EnumValue).value).toBe(400);
  });

  it('maps a timeout to System.TimeoutException', () => {
    const r = sdkErrorToRecord(Object.assign(new Error('socket timed out'), { name: 'TimeoutError' }));
    expect(r.exception.typeName).toBe('System.TimeoutException');
    expect(r.category).toBe('OperationTimeout');
  });
});
