// The generated .NET model types (cmdlets/generated/shapes/*.json) and their runtime: SDK ↔ .NET conversion,
// casts, New-Object and typed properties from scripts.

import { describe, expect, it } from 'vitest';
import { createTestEngine } from '../../helpers/engine.js';
import { readGeneratedJson } from '../../../src/aws/generated/data-files.js';
import type { ShapeFile } from '../../../src/aws/model/shape-file.js';
import { toSdkValue, requestMemberToSdk } from '../../../src/aws/model/index.js';
import { toDotNet } from '../../../src/aws/cmdlet/dotnet-shapes.js';
import { PSObject } from '../../../src/objects/psobject.js';
import { PSHashtable } from '../../../src/objects/hashtable.js';
import { ConstantValue } from '../../../src/objects/constant-value.js';

const ec2 = (): ShapeFile => readGeneratedJson<ShapeFile>('shapes/ec2.json');
const member = (file: ShapeFile, type: string, name: string) => file.types[type]?.m.find((m) => m[0] === name);

describe('generated shapes', () => {
  it('describes EC2 Filter and the DescribeInstances response tree', () => {
    expect(ec2().types.Filter?.m).toEqual([['Name', 'string'], ['Values', 'list:string']]);
    expect(member(ec2(), 'DescribeInstancesResponse', 'Reservations')?.[1]).toBe('list:struct:Reservation');
    expect(member(ec2(), 'Reservation', 'Instances')?.[1]).toBe('list:struct:Instance');
    expect(member(ec2(), 'Instance', 'InstanceId')?.[1]).toBe('string');
    expect(member(ec2(), 'Instance', 'State')?.[1]).toBe('struct:InstanceState');
    expect(member(ec2(), 'InstanceState', 'Name')?.[1]).toBe('enum:InstanceStateName');
    expect(ec2().enums.InstanceStateName).toContain('running');
  });

  it('wraps a shared output shape in a property named after it (RunInstancesResponse.Reservation)', () => {
    expect(ec2().types.RunInstancesResponse?.m).toEqual([['Reservation', 'struct:Reservation', '']]);
  });

  it('sorts properties by name and keeps number precision', () => {
    const names = ec2().types.Instance!.m.map((m) => m[0]);
    expect(names.slice(0, 3)).toEqual(['AmiLaunchIndex', 'Architecture', 'BlockDeviceMappings']);
    expect(member(readGeneratedJson<ShapeFile>('shapes/cloudwatch.json'), 'MetricDatum', 'Value')?.[1]).toBe('double');
    expect(member(ec2(), 'IpPermission', 'FromPort')?.[1]).toBe('int');
  });

  it('applies the .NET overrides (S3, SQS, EC2)', () => {
    const s3 = readGeneratedJson<ShapeFile>('shapes/s3.json');
    expect(member(s3, 'S3Bucket', 'BucketName')).toEqual(['BucketName', 'string', 'Name']);
    expect(member(s3, 'Owner', 'Id')).toEqual(['Id', 'string', 'ID']);
    expect(member(s3, 'ListObjectsV2Response', 'S3Objects')).toEqual(['S3Objects', 'list:struct:S3Object', 'Contents']);
    expect(member(s3, 'ListObjectsV2Request', 'BucketName')).toEqual(['BucketName', 'string', 'Bucket']);
    expect(member(readGeneratedJson<ShapeFile>('shapes/sqs.json'), 'GetQueueAttributesResponse', 'QueueARN')).toEqual(['QueueARN', 'string', 'Attributes.QueueArn']);
    expect(member(ec2(), 'IpPermission', 'IpRanges')).toEqual(['IpRanges', 'list:string', 'IpRanges[].CidrIp']);
    expect(member(ec2(), 'IpPermission', 'Ipv4Ranges')).toEqual(['Ipv4Ranges', 'list:struct:IpRange', 'IpRanges']);
  });
});

describe('SDK → .NET', () => {
  it('converts a response with nested types, dates and response members', () => {
    const launch = new Date('2024-01-15T10:00:00Z');
    const r = toDotNet(
      { Reservations: [{ ReservationId: 'r-1', Instances: [{ InstanceId: 'i-1', LaunchTime: launch, State: { Name: 'running', Code: 16 } }] }], $metadata: { requestId: 'req-1', httpStatusCode: 200 } },
      'Amazon.EC2.Model.DescribeInstancesResponse',
    ) as PSObject;
    expect(r.typeNames).toEqual(['Amazon.EC2.Model.DescribeInstancesResponse', 'System.Object']);
    const reservation = (r.get('Reservations') as PSObject[])[0]!;
    const instance = (reservation.get('Instances') as PSObject[])[0]!;
    expect(instance.typeName).toBe('Amazon.EC2.Model.Instance');
    expect((instance.get('State') as PSObject).get('Name')).toEqual(new ConstantValue('Amazon.EC2.InstanceStateName', 'running'));
    expect((instance.get('LaunchTime') as Date).getTime()).toBe(launch.getTime());
    expect(instance.get('Tags')).toEqual([]);
    expect((r.get('ResponseMetadata') as PSObject).get('RequestId')).toBe('req-1');
  });

  it('S3 listing: S3Objects with BucketName from the listing, CommonPrefixes as strings', () => {
    const r = toDotNet({ Name: 'bkt', Contents: [{ Key: 'a.txt', Size: 3, Owner: { ID: 'o1' } }], CommonPrefixes: [{ Prefix: 'p/' }] }, 'Amazon.S3.Model.ListObjectsV2Response') as PSObject;
    const o = (r.get('S3Objects') as PSObject[])[0]!;
    expect(o.typeName).toBe('Amazon.S3.Model.S3Object');
    expect(o.get('BucketName')).toBe('bkt');
    expect((o.get('Owner') as PSObject).get('Id')).toBe('o1');
    expect(r.get('CommonPrefixes')).toEqual(['p/']);
  });

  it('S3 GetBucketLocation Location is an S3Region with Value; website configuration is flattened', () => {
    const loc = toDotNet({ LocationConstraint: 'eu-west-1' }, 'Amazon.S3.Model.GetBucketLocationResponse') as PSObject;
    expect(loc.get('Location')).toEqual(new ConstantValue('Amazon.S3.S3Region', 'eu-west-1'));
    const site = toDotNet({ IndexDocument: { Suffix: 'index.html' }, ErrorDocument: { Key: 'err.html' } }, 'Amazon.S3.Model.GetBucketWebsiteResponse') as PSObject;
    const config = site.get('WebsiteConfiguration') as PSObject;
    expect(config.get('IndexDocumentSuffix')).toBe('index.html');
    expect(config.get('ErrorDocument')).toBe('err.html');
  });

  it('SQS GetQueueAttributesResponse convenience members', () => {
    const r = toDotNet({ Attributes: { QueueArn: 'arn:aws:sqs:us-east-1:1:q', ApproximateNumberOfMessages: '5', CreatedTimestamp: '1700000000' } }, 'Amazon.SQS.Model.GetQueueAttributesResponse') as PSObject;
    expect(r.get('QueueARN')).toBe('arn:aws:sqs:us-east-1:1:q');
    expect(r.get('ApproximateNumberOfMessages')).toBe(5);
    expect(r.get('VisibilityTimeout')).toBe(0);
    expect((r.get('CreatedTimestamp') as Date).getTime()).toBe(1_700_000_000_000);
  });

  it('EC2 IpPermission.IpRanges lists the CIDRs beside Ipv4Ranges', () => {
    const p = toDotNet({ IpProtocol: 'tcp', IpRanges: [{ CidrIp: '10.0.0.0/8' }] }, 'Amazon.EC2.Model.IpPermission') as PSObject;
    expect(p.get('IpRanges')).toEqual(['10.0.0.0/8']);
    expect(((p.get('Ipv4Ranges') as PSObject[])[0]!).get('CidrIp')).toBe('10.0.0.0/8');
  });
});

describe('.NET → SDK', () => {
  it('converts hashtables with .NET names, any case, one or many', () => {
    const h = new PSHashtable();
    h.set('name', 'vpc-id');
    h.set('VALUES', 'vpc-1');
    expect(toSdkValue(h, 'Amazon.EC2.Model.Filter[]')).toEqual([{ Name: 'vpc-id', Values: ['vpc-1'] }]);
  });

  it('maps .NET paths to SDK paths (S3 BucketName, flattened members, merged IpRanges)', () => {
    expect(requestMemberToSdk('Amazon.S3.Model.ListObjectsV2Request', 'BucketName', 'b')).toEqual({ sdkPath: 'Bucket', value: 'b' });
    expect(requestMemberToSdk('Amazon.S3.Model.PutBucketWebsiteRequest', 'WebsiteConfiguration.IndexDocumentSuffix', 'index.html')).toEqual({ sdkPath: 'WebsiteConfiguration.IndexDocument.Suffix', value: 'index.html' });
    const ip = new PSHashtable();
    ip.set('IpProtocol', 'tcp');
    ip.set('FromPort', '22');
    ip.set('IpRanges', ['203.0.113.25/32']);
    expect(toSdkValue(ip, 'Amazon.EC2.Model.IpPermission')).toEqual({ IpProtocol: 'tcp', FromPort: 22, IpRanges: [{ CidrIp: '203.0.113.25/32' }] });
  });
});

describe('model types from scripts', () => {
  it('New-Object IpPermission with collections pre-created, typed properties', async () => {
    const { run } = createTestEngine();
    const r = await run(`$ip = New-Object Amazon.EC2.Model.IpPermission; $ip.IpProtocol = "tcp"; $ip.FromPort = "22"; $ip.IpRanges.Add("203.0.113.25/32")
$ip.FromPort.GetType().FullName; $ip.IpRanges.Count; $ip.GetType().FullName`);
    expect(r.stderr).toBe('');
    expect(r.stdout.split('\n').slice(0, 3)).toEqual(['System.Int32', '1', 'Amazon.EC2.Model.IpPermission']);
  });

  it('MetricDatum.Value converts to a double; an unknown member is an error', async () => {
    const { run } = createTestEngine();
    const r = await run('$dat = New-Object Amazon.CloudWatch.Model.MetricDatum; $dat.Value = ".50"; $dat.Value; $dat.Foo = 1');
    expect(r.stdout.trim()).toBe('0.5');
    expect(r.stderr).toContain("The property 'Foo' cannot be found on this object. Verify that the property exists and can be set.");
  });

  it('casts a hashtable to a model type; an unknown key is the cast error', async () => {
    const { run } = createTestEngine();
    const r = await run('$f = [Amazon.EC2.Model.Filter]@{Name="vpc-id";Values="vpc-1234abcd"}; $f.Values.Count; $f.Values[0]; [Amazon.EC2.Model.Filter]@{Name="x";Foo=1}');
    expect(r.stdout.split('\n').slice(0, 2)).toEqual(['1', 'vpc-1234abcd']);
    expect(r.stderr.replace(/\s*\n\s*\|?\s*/g, ' ')).toContain(
      'Cannot convert value "System.Collections.Hashtable" to type "Amazon.EC2.Model.Filter". Error: "Cannot create object of type "Amazon.EC2.Model.Filter". The property \'Foo\' was not found for the \'Amazon.EC2.Model.Filter\' object. The settable properties are: [Name <System.String>] , [Values <System.Collections.Generic.List`1[[System.String, System.Private.CoreLib, Version=8.0.0.0, Culture=neutral, PublicKeyToken=7cec85d7bea7798e]]>]."',
    );
  });

  it('New-Object -Property and Get-Member show the .NET type', async () => {
    const { run } = createTestEngine();
    const r = await run(`$n = New-Object Amazon.EC2.Model.InstanceNetworkInterfaceSpecification -Property @{DeviceIndex=0; SubnetId="subnet-b61f49f0"}
$n.Groups.Add("sg-5d293231"); $n.DeviceIndex.GetType().Name; ($n | Get-Member -Name SubnetId).Definition; ($n | Get-Member)[0].TypeName`);
    expect(r.stderr).toBe('');
    expect(r.stdout.split('\n').slice(0, 3)).toEqual(['Int32', 'string SubnetId {get;set;}', 'Amazon.EC2.Model.InstanceNetworkInterfaceSpecification']);
  });
});
