// The user guide's EC2 walkthrough (ec2.ps1) end to end through the CLI against moto loaded with the guide's
// AMIs (fixtures/guide-amis.json), every step cross-checked with the AWS CLI on the same moto.

import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { section, useWalkthrough, WALKTHROUGH_DIR } from './walkthrough-harness.js';

const w = useWalkthrough({ motoEnv: { MOTO_AMIS_PATH: path.join(WALKTHROUGH_DIR, 'fixtures', 'guide-amis.json') } });

interface Ids {
  vpc: string;
  subnet: string;
  spotSubnet: string;
  spotGroup: string;
}

let ids: Ids;
let out = '';
let err = '';
let code = -1;

beforeAll(() => {
  const vpc = w.awsJson<{ Vpc: { VpcId: string } }>(['ec2', 'create-vpc', '--cidr-block', '10.25.0.0/16']).Vpc.VpcId;
  const subnet = w.awsJson<{ Subnet: { SubnetId: string } }>(['ec2', 'create-subnet', '--vpc-id', vpc, '--cidr-block', '10.25.1.0/24']).Subnet.SubnetId;
  const west = ['--region', 'us-west-2'];
  const spotVpc = w.awsJson<{ Vpc: { VpcId: string } }>([...west, 'ec2', 'create-vpc', '--cidr-block', '10.0.0.0/16']).Vpc.VpcId;
  const spotSubnet = w.awsJson<{ Subnet: { SubnetId: string } }>([...west, 'ec2', 'create-subnet', '--vpc-id', spotVpc, '--cidr-block', '10.0.1.0/24']).Subnet.SubnetId;
  const spotGroup = w.awsJson<{ GroupId: string }>([...west, 'ec2', 'create-security-group', '--vpc-id', spotVpc, '--group-name', 'spot', '--description', 'spot']).GroupId;
  ids = { vpc, subnet, spotSubnet, spotGroup };
  const r = w.run('ec2.ps1', [vpc, subnet, spotSubnet, spotGroup]);
  out = r.stdout;
  err = r.stderr;
  code = r.code;
});

describe('EC2 walkthrough', () => {
  it('runs without errors', () => {
    expect(err).toBe('');
    expect(code).toBe(0);
  });

  it('creates the key pair: Get-Member shows Amazon.EC2.Model.KeyPair, Format-List its members, the .pem is a valid RSA key', () => {
    const keyPairs = w.awsJson<{ KeyPairs: Array<{ KeyName: string; KeyFingerprint: string }> }>(['ec2', 'describe-key-pairs']).KeyPairs;
    expect(keyPairs).toEqual([]); // removed again at the end of the walkthrough
    const s = section(out, 'key pair');
    expect(s).toContain(
      [
        '   TypeName: Amazon.EC2.Model.KeyPair',
        '',
        'Name           MemberType Definition',
        '----           ---------- ----------',
        'Equals         Method     bool Equals(System.Object obj)',
        'GetHashCode    Method     int GetHashCode()',
        'GetType        Method     type GetType()',
        'ToString       Method     string ToString()',
        'KeyFingerprint Property   string KeyFingerprint {get;set;}',
        'KeyMaterial    Property   string KeyMaterial {get;set;}',
        'KeyName        Property   string KeyName {get;set;}',
      ].join('\n'),
    );
    const fingerprint = /KeyFingerprint : ([0-9a-f]{2}(?::[0-9a-f]{2}){19})\n/.exec(s)?.[1];
    expect(fingerprint).toBeDefined();
    expect(s).toMatch(/KeyName        : myPSKeyPair\nKeyFingerprint : [0-9a-f:]+\nKeyMaterial    : -----BEGIN RSA PRIVATE KEY-----\n(?: {17}[A-Za-z0-9+/=]+\n)+ {17}-----END RSA PRIVATE KEY-----\n/);
    // Get-EC2KeyPair | format-list KeyName, KeyFingerprint shows the same fingerprint as the new key pair.
    expect(s).toContain(`\nKeyName        : myPSKeyPair\nKeyFingerprint : ${fingerprint}\n\n`);
    const pem = path.join(w.dir, 'myPSKeyPair.pem');
    expect(fs.readFileSync(pem, 'latin1')).toMatch(/^-----BEGIN RSA PRIVATE KEY-----\n[\s\S]+-----END RSA PRIVATE KEY-----\n/);
    expect(execFileSync('openssl', ['rsa', '-check', '-noout', '-in', pem], { encoding: 'utf8' })).toContain('RSA key ok');
  });

  it('creates the security group in the VPC and grants the two IpPermission objects', () => {
    const groups = w.awsJson<{ SecurityGroups: Array<{ GroupId: string; VpcId: string; Description: string; IpPermissions: Array<{ FromPort: number; ToPort: number; IpProtocol: string; IpRanges: Array<{ CidrIp: string }> }> }> }>([
      'ec2',
      'describe-security-groups',
      '--filters',
      'Name=group-name,Values=myPSSecurityGroup',
    ]).SecurityGroups;
    expect(groups).toHaveLength(1);
    const g = groups[0];
    expect(g.VpcId).toBe(ids.vpc);
    expect(g.Description).toBe('EC2-VPC from PowerShell');
    expect(g.IpPermissions.map((p) => [p.IpProtocol, p.FromPort, p.ToPort, p.IpRanges.map((r) => r.CidrIp)]).sort()).toEqual([
      ['tcp', 22, 22, ['203.0.113.25/32']],
      ['tcp', 3389, 3389, ['203.0.113.25/32']],
    ]);
    const before = section(out, 'security group');
    const view = (permissions: string) =>
      [
        'Description         : EC2-VPC from PowerShell',
        `GroupId             : ${g.GroupId}`,
        'GroupName           : myPSSecurityGroup',
        `IpPermissions       : ${permissions}`,
        'IpPermissionsEgress : {Amazon.EC2.Model.IpPermission}',
        'OwnerId             : 123456789012',
        `SecurityGroupArn    : arn:aws:ec2:us-east-1:123456789012:security-group/${g.GroupId}`,
        'Tags                : {}',
        `VpcId               : ${ids.vpc}`,
      ].join('\n');
    expect(before).toBe(`\n${view('{}')}\n\nTrue\n`);
    expect(section(out, 'security group after grant')).toBe(`${view('{Amazon.EC2.Model.IpPermission, Amazon.EC2.Model.IpPermission}')}\n\n`);
    const rule = (port: number) =>
      [
        `FromPort         : ${port}`,
        'IpProtocol       : tcp',
        'IpRanges         : {203.0.113.25/32}',
        'Ipv4Ranges       : {Amazon.EC2.Model.IpRange}',
        'Ipv6Ranges       : {}',
        'PrefixListIds    : {}',
        `ToPort           : ${port}`,
        'UserIdGroupPairs : {}',
      ].join('\n');
    expect(section(out, 'inbound rules')).toBe(`${rule(22)}\n\n${rule(3389)}\n\n`);
  });

  it('finds the Windows images with a Filter object built from a generic list', () => {
    const windows = w.awsJson<{ Images: unknown[] }>(['ec2', 'describe-images', '--owners', 'amazon', 'self', '--filters', 'Name=platform,Values=windows']).Images;
    const s = section(out, 'images');
    expect(s.startsWith(`${windows.length}\n\n`)).toBe(true);
    expect(s).toContain(
      [
        'Description        : Microsoft Windows Server 2019 Full Locale English with SQL Web 2017 AMI provided by Amazon',
        'Hypervisor         : xen',
        'ImageId            : ami-000226b77608d973b',
        'ImageLocation      : amazon/Windows_Server-2019-English-Full-SQL_2017_Web-2019.06.12',
        'ImageOwnerAlias    : amazon',
        'ImageType          : machine',
        'Name               : Windows_Server-2019-English-Full-SQL_2017_Web-2019.06.12',
        'OwnerId            : 801119661308',
      ].join('\n'),
    );
  });

  it('Get-EC2ImageByName lists the logical names and maps WINDOWS_2016_CORE to the newest Core-Base image', () => {
    const s = section(out, 'image by name');
    expect(s.startsWith('39\nWINDOWS_2016_BASE\nVPC_NAT\n\n')).toBe(true);
    const core = w.awsJson<{ Images: Array<{ Name: string; ImageId: string }> }>([
      'ec2',
      'describe-images',
      '--owners',
      'amazon',
      '--filters',
      'Name=name,Values=Windows_Server-2016-English-Core-Base*',
    ]).Images;
    expect(core.length).toBe(3);
    const newest = [...core].sort((a, b) => b.Name.localeCompare(a.Name))[0];
    expect(newest.ImageId).toBe('ami-06f2a2afca06f15fc');
    expect(s).toContain(`ImageId         : ${newest.ImageId}\nImageLocation   : amazon/${newest.Name}\nImageOwnerAlias : amazon\nName            : ${newest.Name}\n`);
  });

  it('launches an instance in the subnet with the key pair and group, then stops and terminates it', () => {
    const s = section(out, 'launch');
    const reservationId = /ReservationId : (r-[0-9a-f]+)\n/.exec(s)?.[1];
    const instanceId = /InstanceId     : (i-[0-9a-f]+)\n/.exec(s)?.[1];
    expect(s).toBe(
      [
        '',
        `ReservationId : ${reservationId}`,
        'OwnerId       : 123456789012',
        'RequesterId   : ',
        'Groups        : {}',
        '',
        '',
        'AmiLaunchIndex : 0',
        'ImageId        : ami-c49c0dac',
        `InstanceId     : ${instanceId}`,
        'InstanceType   : m1.small',
        'KeyName        : myPSKeyPair',
        'SecurityGroups : {myPSSecurityGroup}',
        `SubnetId       : ${ids.subnet}`,
        `VpcId          : ${ids.vpc}`,
        'State          : Amazon.EC2.Model.InstanceState',
        '',
        '',
      ].join('\n'),
    );
    expect(section(out, 'stop')).toBe('stopping\n');
    expect(section(out, 'terminate')).toBe('shutting-down\n');
    const reservations = w.awsJson<{ Reservations: Array<{ ReservationId: string; Instances: Array<{ InstanceId: string; KeyName: string; SubnetId: string; State: { Name: string } }> }> }>([
      'ec2',
      'describe-instances',
      '--instance-ids',
      instanceId ?? '',
    ]).Reservations;
    expect(reservations[0].ReservationId).toBe(reservationId);
    expect(reservations[0].Instances[0]).toMatchObject({ KeyName: 'myPSKeyPair', SubnetId: ids.subnet, State: { Name: 'terminated' } });
  });

  it('requests a one-time Spot Instance in us-west-2 with a network interface object', () => {
    expect(section(out, 'spot')).toBe('Amazon.EC2.Model.SpotInstanceRequest\n0.007000\none-time\nami-7527031c\n');
    const requests = w.awsJson<{ SpotInstanceRequests: Array<{ Type: string; LaunchSpecification: { ImageId: string; InstanceType: string } }> }>([
      '--region',
      'us-west-2',
      'ec2',
      'describe-spot-instance-requests',
    ]).SpotInstanceRequests;
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatchObject({ Type: 'one-time', LaunchSpecification: { ImageId: 'ami-7527031c', InstanceType: 'm1.small' } });
  });

  it('Remove-EC2KeyPair describes the operation as the guide shows, then removes the key pair', () => {
    expect(section(out, 'remove key pair')).toBe('What if: Performing the operation "Remove-EC2KeyPair (DeleteKeyPair)" on target "myPSKeyPair".\n');
  });
});
