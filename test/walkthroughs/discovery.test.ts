// The user guide's cmdlet discovery examples (discovery.ps1) end to end through the CLI.

import { beforeAll, describe, expect, it } from 'vitest';
import { section, useWalkthrough } from './walkthrough-harness.js';

const w = useWalkthrough();
let out = '';
let err = '';

beforeAll(() => {
  const r = w.run('discovery.ps1');
  out = r.stdout;
  err = r.stderr;
});

const DESCRIBE_INSTANCES = '\nCmdletName      ServiceOperation  CmdletNounPrefix\n----------      ----------------  ----------------\nGet-EC2Instance DescribeInstances EC2\n\n';

describe('discovery walkthrough', () => {
  it('runs without errors', () => {
    expect(err).toBe('');
  });

  it('Get-AWSCmdletName finds the cmdlet of an API operation, by name or position, scoped by -Service', () => {
    expect(section(out, 'api operation')).toBe(DESCRIBE_INSTANCES);
    expect(section(out, 'positional')).toBe(DESCRIBE_INSTANCES);
    expect(section(out, 'service')).toBe('Amazon Elastic Compute Cloud (EC2)\nGet-EC2Instance\nGet-EC2Instance\n');
  });

  it('-MatchWithRegex -Service EC2 lists the security group cmdlets the guide lists', () => {
    const names = section(out, 'regex').trim().split('\n');
    for (const n of [
      'Get-EC2SecurityGroup',
      'Get-EC2SecurityGroupReference',
      'Get-EC2StaleSecurityGroup',
      'Grant-EC2SecurityGroupEgress',
      'Grant-EC2SecurityGroupIngress',
      'New-EC2SecurityGroup',
      'Remove-EC2SecurityGroup',
      'Revoke-EC2SecurityGroupEgress',
      'Revoke-EC2SecurityGroupIngress',
      'Update-EC2SecurityGroupRuleEgressDescription',
      'Update-EC2SecurityGroupRuleIngressDescription',
    ]) {
      expect(names).toContain(n);
    }
    expect(names.every((n) => /SecurityGroup/.test(n) && /-EC2/.test(n))).toBe(true);
  });

  it('-AwsCliCommand maps an AWS CLI command to its cmdlet', () => {
    expect(section(out, 'cli command')).toBe(
      '\nCmdletName                    ServiceOperation              CmdletNounPrefix\n----------                    ----------------              ----------------\nGrant-EC2SecurityGroupIngress AuthorizeSecurityGroupIngress EC2\n\n',
    );
  });

  it('Get-Command -Module lists a service module\'s cmdlets, sortable by noun and filterable by -Noun', () => {
    expect(section(out, 'get-command')).toBe(
      [
        'True',
        'Get-EC2AccountAttribute',
        'Edit-EC2AccountVpcEncryptionControl',
        '',
        'CommandType     Name                                               Version    Source',
        '-----------     ----                                               -------    ------',
        'Cmdlet          Get-EC2KeyPair                                     4.1.0.0    AWS.Tools.EC2',
        'Cmdlet          Import-EC2KeyPair                                  4.1.0.0    AWS.Tools.EC2',
        'Cmdlet          New-EC2KeyPair                                     4.1.0.0    AWS.Tools.EC2',
        'Cmdlet          Remove-EC2KeyPair                                  4.1.0.0    AWS.Tools.EC2',
        '',
      ].join('\n'),
    );
    expect(section(out, 'region cmdlets')).toBe('Clear-DefaultAWSRegion\nGet-AWSRegion\nGet-DefaultAWSRegion\nSet-DefaultAWSRegion\n');
  });

  it('Set-Alias makes Get-S3Content an alias of Read-S3Object', () => {
    // The strings print inside the still open Get-Command table, which ends with the script.
    expect(section(out, 'aliases')).toBe('Read-S3Object\n\n');
  });
});
