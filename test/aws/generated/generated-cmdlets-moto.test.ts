// Generated cmdlets of every service against a real moto: called with the real tool's parameter names
// (positional and named, piped by value and by property name), outputs checked by .NET type name and
// properties, and cross-checked with the AWS CLI where the result is state on the server.

import { generateKeyPairSync } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useMotoSession } from '../cmdlet/moto-session.js';

/** An OpenSSH public key line ('ssh-rsa AAAA... comment') for a fresh RSA key. */
function sshPublicKey(comment: string): string {
  const { publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = publicKey.export({ format: 'jwk' }) as { n: string; e: string };
  const field = (b: Buffer): Buffer => Buffer.concat([Buffer.from([0, 0, (b.length >> 8) & 0xff, b.length & 0xff].map((x, i) => (i < 2 ? (b.length >>> (24 - 8 * i)) & 0xff : x))), b]);
  // mpint: a leading zero byte keeps a high-bit integer positive.
  const mpint = (b64url: string): Buffer => {
    const raw = Buffer.from(b64url, 'base64url');
    return field(raw[0] & 0x80 ? Buffer.concat([Buffer.from([0]), raw]) : raw);
  };
  const blob = Buffer.concat([field(Buffer.from('ssh-rsa')), mpint(jwk.e), mpint(jwk.n)]);
  return `ssh-rsa ${blob.toString('base64')} ${comment}`;
}

const session = useMotoSession();

async function ps(script: string | string[]): Promise<{ stdout: string; stderr: string; lines: string[] }> {
  const { run } = session.newEngine();
  const r = await run(Array.isArray(script) ? script.join('\n') : script);
  return { ...r, lines: r.stdout.split('\n').filter((l) => l !== '') };
}

function cli(args: string[]): Record<string, unknown> {
  return JSON.parse(session.awsCli(['--region', 'us-east-1', ...args])) as Record<string, unknown>;
}

describe('SQS', () => {
  it('creates, lists, describes, sends, receives and removes a queue', async () => {
    const r = await ps([
      '$url = New-SQSQueue -QueueName gen-q1',
      '$url',
      '(Get-SQSQueue -QueueNamePrefix gen-q) -join ","',
      // Pipeline by value: the queue URL string binds -QueueUrl (position 0).
      '$attr = $url | Get-SQSQueueAttribute -AttributeName All',
      '$attr.GetType().FullName',
      '$attr.Attributes["VisibilityTimeout"]',
      '$sent = Send-SQSMessage $url -MessageBody "hello generated"',
      '$sent.GetType().FullName',
      '$m = Receive-SQSMessage -QueueUrl $url',
      '$m.GetType().FullName',
      '$m.Body',
      'Remove-SQSQueue -QueueUrl $url -Force',
      '@(Get-SQSQueue -QueueNamePrefix gen-q).Count',
    ]);
    expect(r.stderr).toBe('');
    expect(r.lines[0]).toMatch(/\/gen-q1$/);
    expect(r.lines[1]).toBe(r.lines[0]);
    expect(r.lines.slice(2)).toEqual([
      'Amazon.SQS.Model.GetQueueAttributesResponse',
      '30',
      'Amazon.SQS.Model.SendMessageResponse',
      'Amazon.SQS.Model.Message',
      'hello generated',
      '0',
    ]);
    expect(session.awsCli(['--region', 'us-east-1', 'sqs', 'list-queues'])).not.toContain('gen-q1');
  });

  it('binds by property name: objects with a QueueUrl property pipe into -QueueUrl', async () => {
    const r = await ps([
      '$null = New-SQSQueue -QueueName gen-byprop',
      '[pscustomobject]@{ QueueUrl = (Get-SQSQueue -QueueNamePrefix gen-byprop) } | Get-SQSQueueAttribute -AttributeName QueueArn | ForEach-Object { $_.Attributes["QueueArn"] }',
    ]);
    expect(r.stderr).toBe('');
    expect(r.lines).toEqual(['arn:aws:sqs:us-east-1:123456789012:gen-byprop']);
  });

  it('a $null for a service-required parameter writes the real warning and still calls the service', async () => {
    const r = await ps('try { Get-SQSQueueAttribute -QueueUrl $null } catch { "caught: " + $_.Exception.Message }');
    expect(r.stderr).toContain(
      'WARNING: You are passing $null as a value for parameter QueueUrl which is marked as required. In case you believe this parameter was incorrectly marked as required, report this by opening an issue at https://github.com/aws/aws-tools-for-powershell/issues.',
    );
    expect(r.stdout).toMatch(/^caught: /);
  });
});

describe('SNS', () => {
  it('creates a topic, subscribes a queue, publishes, and the queue receives the notification', async () => {
    const r = await ps([
      '$topic = New-SNSTopic -Name gen-topic',
      '$q = New-SQSQueue -QueueName gen-topic-q',
      '$arn = (Get-SQSQueueAttribute -QueueUrl $q -AttributeName QueueArn).Attributes["QueueArn"]',
      '$sub = Connect-SNSNotification -TopicArn $topic -Protocol sqs -Endpoint $arn',
      '$sub -like "arn:aws:sns:*:gen-topic:*"',
      '(Get-SNSTopic).TopicArn -contains $topic',
      '(Get-SNSSubscriptionByTopic -TopicArn $topic).Protocol',
      '$id = Publish-SNSMessage -TopicArn $topic -Message "to the queue" -Subject s',
      '$id -is [string]',
      '$m = Receive-SQSMessage -QueueUrl $q',
      '($m.Body | ConvertFrom-Json).Message',
    ]);
    expect(r.stderr).toBe('');
    expect(r.lines).toEqual(['True', 'True', 'sqs', 'True', 'to the queue']);
  });
});

describe('EC2', () => {
  it('key pairs: create (with key material), list as KeyPairInfo, remove with -Force', async () => {
    const r = await ps([
      '$kp = New-EC2KeyPair -KeyName gen-kp',
      '$kp.GetType().FullName',
      '$kp.KeyMaterial.StartsWith("-----BEGIN")',
      '(Get-EC2KeyPair -KeyName gen-kp).GetType().FullName',
      'Remove-EC2KeyPair -KeyName gen-kp -Force',
      '@(Get-EC2KeyPair | Where-Object KeyName -eq gen-kp).Count',
    ]);
    expect(r.stderr).toBe('');
    expect(r.lines).toEqual(['Amazon.EC2.Model.KeyPair', 'True', 'Amazon.EC2.Model.KeyPairInfo', '0']);
  });

  it('a blob parameter takes the text, sent UTF-8 encoded (Import-EC2KeyPair -PublicKey, inline and from a file)', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'awsps-blob-'));
    const file = path.join(dir, 'id.pub');
    fs.writeFileSync(file, `${sshPublicKey('from-file')}\n`);
    const key = sshPublicKey('inline');
    const r = await ps([
      `$a = Import-EC2KeyPair -KeyName gen-import-a -PublicKey '${key}'`,
      '$a.GetType().FullName',
      '$a.KeyName',
      `$b = Import-EC2KeyPair -KeyName gen-import-b -PublicKey (Get-Content '${file}' -Raw)`,
      '$b.KeyName',
      '(Get-EC2KeyPair -KeyName gen-import-a, gen-import-b).KeyFingerprint.Count',
    ]);
    expect(r.stderr).toBe('');
    expect(r.lines).toEqual(['Amazon.EC2.Model.ImportKeyPairResponse', 'gen-import-a', 'gen-import-b', '2']);
  });

  it('Remove-* asks for confirmation: without -Force a non-interactive shell refuses, and nothing is removed', async () => {
    const r = await ps(['$null = New-EC2KeyPair -KeyName gen-keep', 'Remove-EC2KeyPair -KeyName gen-keep', '@(Get-EC2KeyPair -KeyName gen-keep).Count']);
    expect(r.stderr).toContain('PowerShell is in NonInteractive mode');
    expect(r.lines.at(-1)).toBe('1');
  });

  it('filters as hashtables and Filter objects; Get-EC2Instance | Stop-EC2Instance; Reservation output', async () => {
    const r = await ps([
      '$vpc = New-EC2Vpc -CidrBlock 10.20.0.0/16',
      '$vpc.GetType().FullName',
      '$f = [Amazon.EC2.Model.Filter]@{ Name = "vpc-id"; Values = $vpc.VpcId }',
      '(Get-EC2Vpc -Filter $f).VpcId -eq $vpc.VpcId',
      '(Get-EC2Vpc -Filter @{ Name = "cidr-block"; Values = "10.20.0.0/16" }).VpcId -eq $vpc.VpcId',
      '$image = (Get-EC2Image -Owner amazon | Select-Object -First 1).ImageId',
      '$res = New-EC2Instance -ImageId $image -MinCount 2 -MaxCount 2 -InstanceType t2.micro',
      '$res.GetType().FullName',
      '$res.Instances.Count',
      '(Get-EC2Instance).GetType().FullName',
      // Reservation objects pipe into -InstanceId (the real tool's special binding).
      '$changes = Get-EC2Instance | Stop-EC2Instance -Force',
      '$changes[0].GetType().FullName',
      '($changes.CurrentState.Name | Sort-Object -Unique) -join ","',
      '((Get-EC2Instance).Instances.State.Name | Sort-Object -Unique) -join ","',
    ]);
    expect(r.stderr).toBe('');
    expect(r.lines).toEqual([
      'Amazon.EC2.Model.Vpc',
      'True',
      'True',
      'Amazon.EC2.Model.Reservation',
      '2',
      'Amazon.EC2.Model.Reservation',
      'Amazon.EC2.Model.InstanceStateChange',
      'stopping',
      'stopped',
    ]);
  });

  it('a hashtable with an unknown key fails binding with PowerShell\'s conversion message, before any call', async () => {
    const r = await ps('Get-EC2Vpc -Filter @{ Nme = "vpc-id" }');
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain("Cannot bind parameter 'Filter'. Cannot convert value \"System.Collections.Hashtable\" to type");
    expect(r.stderr).toContain("The property 'Nme' was not found for the 'Amazon.EC2.Model.Filter' object.");
    expect(r.stderr).not.toMatch(/\bat \w+ \(|node_modules/);
  });

  it('flattened parameters: Request-EC2SpotInstance -LaunchSpecification_ImageId', async () => {
    const r = await ps([
      '$image = (Get-EC2Image -Owner amazon | Select-Object -First 1).ImageId',
      '$req = Request-EC2SpotInstance -SpotPrice 0.05 -InstanceCount 1 -LaunchSpecification_ImageId $image -LaunchSpecification_InstanceType t2.micro',
      '$req.GetType().FullName',
      '$req.LaunchSpecification.ImageId -eq $image',
    ]);
    expect(r.stderr).toBe('');
    expect(r.lines).toEqual(['Amazon.EC2.Model.SpotInstanceRequest', 'True']);
  });

  it('pages to completion, and -MaxResult with -NoAutoIteration makes one call', async () => {
    const r = await ps([
      '1..7 | ForEach-Object { $null = New-EC2KeyPair -KeyName "gen-page-$_" }',
      '@(Get-EC2Region).Count -gt 10',
      '@(Get-EC2KeyPair | Where-Object KeyName -like "gen-page-*").Count',
    ]);
    expect(r.stderr).toBe('');
    expect(r.lines).toEqual(['True', '7']);
  });
});

describe('CloudWatch', () => {
  it('writes MetricDatum objects and reads the metric back', async () => {
    const r = await ps([
      '$dat = New-Object Amazon.CloudWatch.Model.MetricDatum',
      '$dat.Timestamp = (Get-Date).ToUniversalTime()',
      '$dat.MetricName = "GenLatency"',
      '$dat.Unit = "Seconds"',
      '$dat.Value = ".50"',
      'Write-CWMetricData -Namespace "Gen/Test" -MetricData $dat',
      '$m = Get-CWMetricList -Namespace "Gen/Test"',
      '$m.GetType().FullName',
      '$m.MetricName',
    ]);
    expect(r.stderr).toBe('');
    expect(r.lines).toEqual(['Amazon.CloudWatch.Model.Metric', 'GenLatency']);
    const listed = cli(['cloudwatch', 'list-metrics', '--namespace', 'Gen/Test']).Metrics as Array<{ MetricName: string }>;
    expect(listed.map((m) => m.MetricName)).toEqual(['GenLatency']);
  });
});

describe('S3', () => {
  it('flattened website parameters and the .NET website shape', async () => {
    const r = await ps([
      'New-S3Bucket -BucketName gen-site | Out-Null',
      'Write-S3BucketWebsite -BucketName gen-site -WebsiteConfiguration_IndexDocumentSuffix index.html -WebsiteConfiguration_ErrorDocument error.html',
      '$w = Get-S3BucketWebsite -BucketName gen-site',
      '$w.IndexDocumentSuffix',
      '$w.ErrorDocument',
    ]);
    expect(r.stderr).toBe('');
    expect(r.lines).toEqual(['index.html', 'error.html']);
    const site = cli(['s3api', 'get-bucket-website', '--bucket', 'gen-site']) as { IndexDocument: { Suffix: string }; ErrorDocument: { Key: string } };
    expect(site.IndexDocument.Suffix).toBe('index.html');
    expect(site.ErrorDocument.Key).toBe('error.html');
  });

  it('a parameter the SDK cannot take fails loudly instead of being ignored', async () => {
    const r = await ps('try { Write-S3BucketVersioning -BucketName x -MfaCodes_SerialNumber 1 } catch { $_.Exception.Message }');
    expect(r.stdout).toMatch(/MfaCodes_SerialNumber/);
  });
});

describe('STS', () => {
  it('Get-STSCallerIdentity returns the identity', async () => {
    const r = await ps(['$id = Get-STSCallerIdentity', '$id.GetType().FullName', '$id.Account']);
    expect(r.lines).toEqual(['Amazon.SecurityToken.Model.GetCallerIdentityResponse', '123456789012']);
  });
});
