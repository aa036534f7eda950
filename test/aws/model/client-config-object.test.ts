// New-Object Amazon.S3.AmazonS3Config (and the other services' config classes): a config object whose properties
// -ClientConfig honours can be set (converted to their .NET types), which -ClientConfig accepts (applying what
// was changed), and which refuses a property it does not have. The guide's example runs against moto.

import { describe, expect, it } from 'vitest';
import { createTestEngine } from '../../helpers/engine.js';
import { useMotoSession } from '../cmdlet/moto-session.js';
import { clientConfigSettings, newClientConfigObject } from '../../../src/aws/cmdlet/client-config.js';
import { RuntimeError } from '../../../src/engine/errors.js';
import { setMember } from '../../../src/engine/members.js';
import { TimeSpan } from '../../../src/objects/timespan.js';

const S3_CLASS = 'Amazon.PowerShell.Cmdlets.S3.GetS3ObjectCmdlet';
const session = useMotoSession();

async function ps(script: string): Promise<{ stdout: string; stderr: string }> {
  return createTestEngine().run(script);
}

describe('the config objects', () => {
  it('New-Object creates each service config class', async () => {
    const classes = [
      'Amazon.S3.AmazonS3Config',
      'Amazon.EC2.AmazonEC2Config',
      'Amazon.SQS.AmazonSQSConfig',
      'Amazon.SimpleNotificationService.AmazonSimpleNotificationServiceConfig',
      'Amazon.CloudWatch.AmazonCloudWatchConfig',
      'Amazon.SecurityToken.AmazonSecurityTokenServiceConfig',
    ];
    const r = await ps(classes.map((c) => `(New-Object -TypeName ${c}).GetType().FullName`).join('\n'));
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(classes.map((c) => `${c}\n`).join(''));
  });

  it('resolves as a type, is a ClientConfig, prints as its type name', async () => {
    const r = await ps('$c = New-Object amazon.s3.amazons3config; [Amazon.S3.AmazonS3Config].FullName; $c -is [Amazon.Runtime.ClientConfig]; "$c"');
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('Amazon.S3.AmazonS3Config\nTrue\nAmazon.S3.AmazonS3Config\n');
  });

  it('has the properties -ClientConfig honours at their defaults; S3 adds ForcePathStyle', async () => {
    const r = await ps('New-Object Amazon.S3.AmazonS3Config | Format-List; (New-Object Amazon.SQS.AmazonSQSConfig).PSObject.Properties.Name -join ","');
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(
      [
        '',
        'ForcePathStyle       : False',
        'AuthenticationRegion : ',
        'MaxErrorRetry        : 4',
        'RegionEndpoint       : ',
        'ServiceURL           : ',
        'Timeout              : ',
        'UseHttp              : False',
        '',
        'AuthenticationRegion,MaxErrorRetry,RegionEndpoint,ServiceURL,Timeout,UseHttp',
        '',
      ].join('\n'),
    );
  });

  it('assignments convert to the property types', async () => {
    const r = await ps(
      [
        '$c = New-Object Amazon.S3.AmazonS3Config',
        "$c.ForcePathStyle = 'yes'; $c.ForcePathStyle",
        "$c.MaxErrorRetry = '2'; $c.MaxErrorRetry.GetType().Name",
        "$c.Timeout = '00:02:30'; $c.Timeout.TotalSeconds",
        "$c.ServiceURL = 'http://localhost:4566'; $c.ServiceURL",
      ].join('\n'),
    );
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('True\nInt32\n150\nhttp://localhost:4566\n');
  });

  it('a property the class does not have fails as on any .NET object', async () => {
    const r = await ps('$c = New-Object Amazon.S3.AmazonS3Config; $c.UndefinedProperty = 1; (New-Object Amazon.EC2.AmazonEC2Config).ForcePathStyle = $true');
    expect(r.stderr.match(/The property '\w+' cannot be found on this object\. Verify that the property exists and can be set\./g)).toEqual([
      "The property 'UndefinedProperty' cannot be found on this object. Verify that the property exists and can be set.",
      "The property 'ForcePathStyle' cannot be found on this object. Verify that the property exists and can be set.",
    ]);
  });

  it('-ClientConfig applies only what was changed from the defaults', () => {
    const c = newClientConfigObject('s3');
    expect(clientConfigSettings(c, 's3', S3_CLASS)).toEqual({});
    setMember(c, 'ForcePathStyle', true);
    setMember(c, 'Timeout', TimeSpan.fromMilliseconds(150000));
    setMember(c, 'MaxErrorRetry', 1);
    setMember(c, 'RegionEndpoint', 'eu-west-1');
    expect(clientConfigSettings(c, 's3', S3_CLASS)).toEqual({ forcePathStyle: true, requestTimeout: 150000, maxAttempts: 2, region: 'eu-west-1' });
  });

  it('a bad value fails binding with the setter error; another service config does not convert', () => {
    const c = newClientConfigObject('s3');
    setMember(c, 'Timeout', TimeSpan.fromMilliseconds(0));
    const message = (f: () => unknown): string => {
      try {
        f();
      } catch (e) {
        if (e instanceof RuntimeError) return e.record.message;
        throw e;
      }
      return 'no error';
    };
    expect(message(() => clientConfigSettings(c, 's3', S3_CLASS))).toBe(
      `Cannot bind parameter 'ClientConfig'. Cannot create object of type "Amazon.S3.AmazonS3Config". Exception setting "Timeout": "Specified argument was out of the range of valid values. (Parameter 'timeout')"`,
    );
    expect(message(() => clientConfigSettings(newClientConfigObject('sqs'), 's3', S3_CLASS))).toBe(
      `Cannot bind parameter 'ClientConfig'. Cannot convert the "Amazon.SQS.AmazonSQSConfig" value of type "Amazon.SQS.AmazonSQSConfig" to type "Amazon.S3.AmazonS3Config".`,
    );
  });
});

describe('the guide\'s ClientConfig object against moto', () => {
  it('Get-S3Object -ClientConfig $s3Config (ForcePathStyle, a 150 s Timeout)', async () => {
    session.awsCli(['s3api', 'create-bucket', '--bucket', 'cc-object']);
    session.awsCli(['s3api', 'put-object', '--bucket', 'cc-object', '--key', 'hello.txt']);
    const { run } = session.newEngine();
    const r = await run(
      [
        '$s3Config = New-Object -TypeName Amazon.S3.AmazonS3Config',
        '$s3Config.ForcePathStyle = $true',
        '$s3Config.Timeout = [TimeSpan]::FromMilliseconds(150000)',
        '(Get-S3Object -BucketName cc-object -ClientConfig $s3Config).Key',
      ].join('\n'),
    );
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('hello.txt\n');
  });

  it('ServiceURL on the object sends the call to it', async () => {
    const { run } = session.newEngine();
    const r = await run(
      [
        '$c = New-Object Amazon.S3.AmazonS3Config',
        "$c.ServiceURL = 'http://127.0.0.1:9'",
        '$c.MaxErrorRetry = 0',
        'Get-S3Bucket -ClientConfig $c',
      ].join('\n'),
    );
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/127\.0\.0\.1:9|ECONNREFUSED/);
  });

  it('an EC2 config object is refused by an S3 cmdlet', async () => {
    const { run } = session.newEngine();
    const r = await run('Get-S3Bucket -ClientConfig (New-Object Amazon.EC2.AmazonEC2Config)');
    expect(r.stderr).toContain(`Cannot bind parameter 'ClientConfig'. Cannot convert the "Amazon.EC2.AmazonEC2Config" value of type "Amazon.EC2.AmazonEC2Config" to type "Amazon.S3.AmazonS3Config".`);
  });
});
