// -ClientConfig's mapping from .NET config properties to SDK client settings (no service calls).

import { describe, expect, it } from 'vitest';
import { RuntimeError } from '../../../src/engine/errors.js';
import { PSHashtable } from '../../../src/objects/hashtable.js';
import { PSObject } from '../../../src/objects/psobject.js';
import { TimeSpan } from '../../../src/objects/timespan.js';
import { clientConfigSettings, clientConfigTypeName } from '../../../src/aws/cmdlet/client-config.js';
import type { ServiceName } from '../../../src/aws/clients/index.js';

const S3_CLASS = 'Amazon.PowerShell.Cmdlets.S3.GetS3BucketCmdlet';

function table(record: Record<string, unknown>): PSHashtable {
  return PSHashtable.from(Object.entries(record));
}

function settings(record: Record<string, unknown>, service: ServiceName = 's3', endpointUrlGiven = false): ReturnType<typeof clientConfigSettings> {
  return clientConfigSettings(table(record), service, S3_CLASS, endpointUrlGiven);
}

function failure(f: () => unknown): { message: string; type: string; id: string } {
  try {
    f();
  } catch (e) {
    if (e instanceof RuntimeError) return { message: e.record.message, type: e.record.exception.typeName, id: e.record.fullyQualifiedErrorId };
    throw e;
  }
  throw new Error('expected a failure');
}

describe('clientConfigSettings', () => {
  it('names each service config class', () => {
    expect(clientConfigTypeName('s3')).toBe('Amazon.S3.AmazonS3Config');
    expect(clientConfigTypeName('sns')).toBe('Amazon.SimpleNotificationService.AmazonSimpleNotificationServiceConfig');
    expect(clientConfigTypeName('sts')).toBe('Amazon.SecurityToken.AmazonSecurityTokenServiceConfig');
  });

  it('$null and an empty hashtable ask for nothing', () => {
    expect(clientConfigSettings(null, 's3', S3_CLASS)).toEqual({});
    expect(settings({})).toEqual({});
  });

  it('maps the supported properties, case-insensitively', () => {
    expect(
      settings({ serviceurl: 'http://localhost:5000', RegionEndpoint: 'EU-West-1', ForcePathStyle: 0, MaxErrorRetry: '4', Timeout: TimeSpan.fromMilliseconds(150000) }),
    ).toEqual({ endpoint: 'http://localhost:5000', region: 'eu-west-1', forcePathStyle: false, maxAttempts: 5, requestTimeout: 150000 });
  });

  it('takes Timeout as a TimeSpan, a TimeSpan string or seconds; InfiniteTimeout means none', () => {
    expect(settings({ Timeout: '00:00:30' }).requestTimeout).toBe(30000);
    expect(settings({ Timeout: 2.5 }).requestTimeout).toBe(2500);
    expect(settings({ Timeout: TimeSpan.fromMilliseconds(-1) }).requestTimeout).toBe(0);
    expect(failure(() => settings({ Timeout: 0 })).message).toBe(
      `Cannot bind parameter 'ClientConfig'. Cannot create object of type "Amazon.S3.AmazonS3Config". Exception setting "Timeout": "Specified argument was out of the range of valid values. (Parameter 'timeout')"`,
    );
  });

  it('takes RegionEndpoint as a name, an AWSRegion-like object or a RegionEndpoint-like object', () => {
    const endpoint = PSObject.fromRecord({ SystemName: 'ap-southeast-2', DisplayName: 'Asia Pacific (Sydney)' });
    expect(settings({ RegionEndpoint: endpoint }).region).toBe('ap-southeast-2');
    expect(failure(() => settings({ RegionEndpoint: 'mars-north-1' })).message).toBe(
      `Cannot bind parameter 'ClientConfig'. Cannot create object of type "Amazon.S3.AmazonS3Config". Cannot convert the "mars-north-1" value of type "System.String" to type "Amazon.RegionEndpoint".`,
    );
  });

  it('a [pscustomobject] works like a hashtable', () => {
    expect(clientConfigSettings(PSObject.fromRecord({ MaxErrorRetry: 0 }), 's3', S3_CLASS)).toEqual({ maxAttempts: 1 });
  });

  it('an unknown property is the binding error PowerShell raises', () => {
    expect(failure(() => settings({ ForcePathStyle: true, UndefinedProperty: 'Value' }))).toEqual({
      message: `Cannot bind parameter 'ClientConfig'. Cannot create object of type "Amazon.S3.AmazonS3Config". The UndefinedProperty property was not found for the Amazon.S3.AmazonS3Config object.`,
      type: 'System.Management.Automation.ParameterBindingException',
      id: `CannotConvertArgumentNoMessage,${S3_CLASS}`,
    });
  });

  it('ForcePathStyle only exists on the S3 config', () => {
    expect(failure(() => settings({ ForcePathStyle: true }, 'sqs')).message).toBe(
      `Cannot bind parameter 'ClientConfig'. Cannot create object of type "Amazon.SQS.AmazonSQSConfig". The ForcePathStyle property was not found for the Amazon.SQS.AmazonSQSConfig object.`,
    );
  });

  it('a value that is not a hashtable or a config object does not convert', () => {
    expect(failure(() => clientConfigSettings('abc', 's3', S3_CLASS)).message).toBe(
      `Cannot bind parameter 'ClientConfig'. Cannot convert the "abc" value of type "System.String" to type "Amazon.S3.AmazonS3Config".`,
    );
    const sqsConfig = new PSObject(['Amazon.SQS.AmazonSQSConfig', 'Amazon.Runtime.ClientConfig', 'System.Object']);
    sqsConfig.toStringOverride = () => 'Amazon.SQS.AmazonSQSConfig';
    expect(failure(() => clientConfigSettings(sqsConfig, 's3', S3_CLASS)).message).toBe(
      `Cannot bind parameter 'ClientConfig'. Cannot convert the "Amazon.SQS.AmazonSQSConfig" value of type "Amazon.SQS.AmazonSQSConfig" to type "Amazon.S3.AmazonS3Config".`,
    );
  });

  it('a ServiceURL must be an http(s) URL', () => {
    expect(failure(() => settings({ ServiceURL: 'not a url' })).message).toBe(
      `Cannot bind parameter 'ClientConfig'. Cannot create object of type "Amazon.S3.AmazonS3Config". Exception setting "ServiceURL": "Invalid URI: The format of the URI could not be determined."`,
    );
  });

  it('real .NET properties awsps cannot honour are refused, not ignored', () => {
    expect(failure(() => settings({ ProxyHost: 'proxy.example' }))).toEqual({
      message: 'The ClientConfig property ProxyHost (Amazon.S3.AmazonS3Config) is not supported yet by awsps.',
      type: 'System.NotSupportedException',
      id: `System.NotSupportedException,${S3_CLASS}`,
    });
  });

  it('AuthenticationRegion is the signing region; UseHttp asks for http (an explicit endpoint keeps its scheme)', () => {
    expect(settings({ AuthenticationRegion: 'us-west-2' })).toEqual({ signingRegion: 'us-west-2' });
    expect(settings({ UseHttp: true })).toEqual({ useHttp: true });
    expect(settings({ UseHttp: false })).toEqual({ useHttp: false });
  });
});
