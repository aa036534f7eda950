// Hand-built generated files (index, service specs, help) for the discovery tests, served through the catalog's
// reader so the tests do not depend on the generator's output.

import type { GeneratedCmdletSpec, GeneratedHelpFile, GeneratedIndex, GeneratedServiceFile } from '../../../src/aws/generated/catalog-types.js';
import { setGeneratedFileReader } from '../../../src/aws/generated/catalog.js';

const describeInstances: GeneratedCmdletSpec = {
  name: 'Get-EC2Instance',
  operation: 'DescribeInstances',
  sdkCommand: 'DescribeInstancesCommand',
  className: 'Amazon.PowerShell.Cmdlets.EC2.GetEC2InstanceCmdlet',
  parameters: [
    { name: 'InstanceId', type: 'System.Object[]', aliases: ['InstanceIds'], position: 0, valueFromPipeline: true, requestMember: 'InstanceIds' },
    { name: 'Filter', type: 'Amazon.EC2.Model.Filter[]', aliases: ['Filters'], position: 1, requestMember: 'Filters' },
    { name: 'NextToken', type: 'System.String', requestMember: 'NextToken' },
  ],
  select: 'Reservations',
  responseType: 'Amazon.EC2.Model.DescribeInstancesResponse',
  outputType: ['Amazon.EC2.Model.Reservation'],
  passThruParameter: 'InstanceId',
  paging: { startParameter: 'NextToken', requestToken: 'NextToken', responseToken: 'NextToken' },
};

const authorizeIngress: GeneratedCmdletSpec = {
  name: 'Grant-EC2SecurityGroupIngress',
  operation: 'AuthorizeSecurityGroupIngress',
  sdkCommand: 'AuthorizeSecurityGroupIngressCommand',
  className: 'Amazon.PowerShell.Cmdlets.EC2.GrantEC2SecurityGroupIngressCmdlet',
  parameters: [
    { name: 'GroupId', type: 'System.String', position: 0, valueFromPipeline: true, requestMember: 'GroupId' },
    { name: 'IpPermission', type: 'Amazon.EC2.Model.IpPermission[]', aliases: ['IpPermissions'], position: 1, requestMember: 'IpPermissions' },
  ],
  select: '*',
  responseType: 'Amazon.EC2.Model.AuthorizeSecurityGroupIngressResponse',
  outputType: ['Amazon.EC2.Model.AuthorizeSecurityGroupIngressResponse'],
  confirmImpact: 'Medium',
};

const describeSecurityGroups: GeneratedCmdletSpec = {
  name: 'Get-EC2SecurityGroup',
  operation: 'DescribeSecurityGroups',
  sdkCommand: 'DescribeSecurityGroupsCommand',
  className: 'Amazon.PowerShell.Cmdlets.EC2.GetEC2SecurityGroupCmdlet',
  parameters: [{ name: 'GroupId', type: 'System.String[]', aliases: ['GroupIds'], position: 0, valueFromPipeline: true, requestMember: 'GroupIds' }],
  select: 'SecurityGroups',
  responseType: 'Amazon.EC2.Model.DescribeSecurityGroupsResponse',
  outputType: ['Amazon.EC2.Model.SecurityGroup'],
};

const writeWebsite: GeneratedCmdletSpec = {
  name: 'Write-S3BucketWebsite',
  operation: 'PutBucketWebsite',
  sdkCommand: 'PutBucketWebsiteCommand',
  className: 'Amazon.PowerShell.Cmdlets.S3.WriteS3BucketWebsiteCmdlet',
  parameters: [
    { name: 'BucketName', type: 'System.String', position: 0, valueFromPipeline: true, mandatory: true, requestMember: 'Bucket' },
    { name: 'WebsiteConfiguration_IndexDocumentSuffix', type: 'System.String', requestMember: 'WebsiteConfiguration.IndexDocument.Suffix' },
    { name: 'Encoding', type: 'System.String', requestMember: 'Encoding' },
  ],
  select: null,
  responseType: 'Amazon.S3.Model.PutBucketWebsiteResponse',
  outputType: ['None'],
  confirmImpact: 'Medium',
};

export const FIXTURE_INDEX: GeneratedIndex = {
  services: {
    ec2: {
      module: 'AWS.Tools.EC2',
      nounPrefix: 'EC2',
      serviceName: 'Amazon Elastic Compute Cloud (EC2)',
      dotNetNamespace: 'Amazon.EC2',
      sdkPackage: '@aws-sdk/client-ec2',
      sdkVersion: '3.1169.0',
      cmdletCount: 3,
      excludedOperations: [],
    },
    s3: {
      module: 'AWS.Tools.S3',
      nounPrefix: 'S3',
      serviceName: 'Amazon Simple Storage Service (S3)',
      dotNetNamespace: 'Amazon.S3',
      sdkPackage: '@aws-sdk/client-s3',
      sdkVersion: '3.1175.0',
      cmdletCount: 1,
      excludedOperations: ['PutBucket'],
    },
    // Two services are enough for these tests; the real index has all seven.
  } as Partial<GeneratedIndex['services']> as GeneratedIndex['services'],
  cmdlets: [
    { name: 'Get-EC2Instance', service: 'ec2', operation: 'DescribeInstances' },
    { name: 'Get-EC2SecurityGroup', service: 'ec2', operation: 'DescribeSecurityGroups' },
    { name: 'Grant-EC2SecurityGroupIngress', service: 'ec2', operation: 'AuthorizeSecurityGroupIngress' },
    { name: 'Write-S3BucketWebsite', service: 's3', operation: 'PutBucketWebsite' },
  ],
  aliases: { 'Get-EC2Instances': 'Get-EC2Instance' },
  optionalAliases: { 'EC2-DescribeInstances': 'Get-EC2Instance', 'Describe-EC2Instances': 'Get-EC2Instance' },
};

const FILES: Record<string, unknown> = {
  'index.json': FIXTURE_INDEX,
  'ec2.json': { service: 'ec2', module: 'AWS.Tools.EC2', cmdlets: [describeInstances, describeSecurityGroups, authorizeIngress] } satisfies GeneratedServiceFile,
  's3.json': { service: 's3', module: 'AWS.Tools.S3', cmdlets: [writeWebsite] } satisfies GeneratedServiceFile,
  'help/ec2.json': {
    service: 'ec2',
    cmdlets: {
      'Get-EC2Instance': {
        synopsis: 'Calls the Amazon Elastic Compute Cloud (EC2) DescribeInstances API operation.',
        description: 'Describes the specified instances or all instances.\n\nIf you specify instance IDs, the output includes information for only the specified instances.',
        parameters: { InstanceId: 'The instance IDs.\n\nDefault: Describes all your instances.', Filter: 'The filters.', Select: "Use the -Select parameter to control the cmdlet output. The default value is 'Reservations'." },
        outputs: 'Amazon.EC2.Model.Reservation or Amazon.EC2.Model.DescribeInstancesResponse\nThis cmdlet returns a collection of Amazon.EC2.Model.Reservation objects.',
      },
    },
  } satisfies GeneratedHelpFile,
};

/** Serves the fixture files; pass the names of files to leave out (as if the generator had not written them). */
export function useFixture(missing: readonly string[] = []): void {
  setGeneratedFileReader(<T,>(rel: string): T | undefined => (missing.includes(rel) ? undefined : (FILES[rel] as T | undefined)));
}

export function useRealFiles(): void {
  setGeneratedFileReader();
}
