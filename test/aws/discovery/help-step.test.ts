// The generator's help step on hand-built cmdlet specs against the installed SDK packages' type declarations.

import { createRequire } from 'node:module';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateHelpFiles } from '../../../tools/generator/help.js';
import { referenceDirectory, type GeneratedCmdlets, type GeneratorContext, type ServiceSource } from '../../../tools/generator/context.js';
import type { ReferenceService } from '../../../tools/generator/reference-types.js';
import type { GeneratedCmdletSpec } from '../../../src/aws/generated/catalog-types.js';
import type { ServiceName } from '../../../src/aws/clients/services.js';
import { htmlToParagraphs } from '../../../tools/generator/help/html-text.js';
import { parseModelDeclarations, type ModelMember } from '../../../tools/generator/help/doc-comments.js';
import { ROOT } from '../../support/bundle.js';

const require = createRequire(path.join(ROOT, 'package.json'));

function source(service: ServiceName, sdkPackage: string, dotNetNamespace: string): ServiceSource {
  const packageJson = require.resolve(`${sdkPackage}/package.json`);
  return {
    service,
    sdkPackage,
    sdkVersion: (JSON.parse(fs.readFileSync(packageJson, 'utf8')) as { version: string }).version,
    packageDir: path.dirname(packageJson),
    sdk: require(sdkPackage) as Record<string, unknown>,
    dotNetNamespace,
    reference: JSON.parse(fs.readFileSync(path.join(referenceDirectory(ROOT), 'services', `${service}.json`), 'utf8')) as ReferenceService,
  };
}

const sendMessage: GeneratedCmdletSpec = {
  name: 'Send-SQSMessage',
  operation: 'SendMessage',
  sdkCommand: 'SendMessageCommand',
  className: 'Amazon.PowerShell.Cmdlets.SQS.SendSQSMessageCmdlet',
  parameters: [
    { name: 'QueueUrl', type: 'System.String', position: 0, valueFromPipeline: true, mandatory: true, requestMember: 'QueueUrl' },
    { name: 'MessageBody', type: 'System.String', position: 1, mandatory: true, requestMember: 'MessageBody' },
    { name: 'DelayInSeconds', type: 'System.Int32', aliases: ['DelaySeconds'], position: 2, requestMember: 'DelaySeconds' },
  ],
  select: '*',
  responseType: 'Amazon.SQS.Model.SendMessageResponse',
  outputType: ['Amazon.SQS.Model.SendMessageResponse'],
  confirmImpact: 'Medium',
  hasForce: true,
};

const describeInstances: GeneratedCmdletSpec = {
  name: 'Get-EC2Instance',
  operation: 'DescribeInstances',
  sdkCommand: 'DescribeInstancesCommand',
  className: 'Amazon.PowerShell.Cmdlets.EC2.GetEC2InstanceCmdlet',
  parameters: [
    { name: 'InstanceId', type: 'System.Object[]', aliases: ['InstanceIds'], position: 0, valueFromPipeline: true, requestMember: 'InstanceIds', encoding: 'ec2-instance-ids' },
    { name: 'Filter', type: 'Amazon.EC2.Model.Filter[]', aliases: ['Filters'], position: 1, requestMember: 'Filters', encoding: 'model' },
    { name: 'NextToken', type: 'System.String', requestMember: 'NextToken' },
  ],
  select: 'Reservations',
  responseType: 'Amazon.EC2.Model.DescribeInstancesResponse',
  outputType: ['Amazon.EC2.Model.Reservation'],
  passThruParameter: 'InstanceId',
  paging: { startParameter: 'NextToken', requestToken: 'NextToken', responseToken: 'NextToken' },
};

const spotRequest: GeneratedCmdletSpec = {
  name: 'Request-EC2SpotInstance',
  operation: 'RequestSpotInstances',
  sdkCommand: 'RequestSpotInstancesCommand',
  className: 'Amazon.PowerShell.Cmdlets.EC2.RequestEC2SpotInstanceCmdlet',
  parameters: [{ name: 'LaunchSpecification_ImageId', type: 'System.String', requestMember: 'LaunchSpecification.ImageId' }],
  select: null,
  responseType: 'Amazon.EC2.Model.RequestSpotInstancesResponse',
  outputType: ['None'],
  hasForce: true,
};

function generate(): ReturnType<typeof generateHelpFiles> {
  const ctx: GeneratorContext = {
    root: ROOT,
    services: [source('sqs', '@aws-sdk/client-sqs', 'Amazon.SQS'), source('ec2', '@aws-sdk/client-ec2', 'Amazon.EC2')],
  };
  const cmdlets: GeneratedCmdlets = {
    byService: new Map<ServiceName, GeneratedCmdletSpec[]>([
      ['sqs', [sendMessage]],
      ['ec2', [spotRequest, describeInstances]],
    ]),
    sdkOperation: new Map([
      ['Send-SQSMessage', 'SendMessage'],
      ['Get-EC2Instance', 'DescribeInstances'],
      ['Request-EC2SpotInstance', 'RequestSpotInstances'],
    ]),
  };
  return generateHelpFiles(ctx, cmdlets);
}

describe('generateHelpFiles', () => {
  const files = generate();

  it('writes one file per service, keyed help/<svc>.json, cmdlets sorted by name', () => {
    expect(Object.keys(files)).toEqual(['help/sqs.json', 'help/ec2.json']);
    expect(files['help/ec2.json'].service).toBe('ec2');
    expect(Object.keys(files['help/ec2.json'].cmdlets)).toEqual(['Get-EC2Instance', 'Request-EC2SpotInstance']);
  });

  it("words the synopsis as AWS Tools does, with the service's full name", () => {
    expect(files['help/sqs.json'].cmdlets['Send-SQSMessage'].synopsis).toBe('Calls the Amazon Simple Queue Service (SQS) SendMessage API operation.');
    expect(files['help/ec2.json'].cmdlets['Get-EC2Instance'].synopsis).toBe('Calls the Amazon Elastic Compute Cloud (EC2) DescribeInstances API operation.');
  });

  it('takes the description from the command class comment, as plain paragraphs', () => {
    const d = files['help/ec2.json'].cmdlets['Get-EC2Instance'].description;
    expect(d.startsWith('Describes the specified instances or all instances.\n\nIf you specify instance IDs,')).toBe(true);
    expect(d).not.toMatch(/<\/?\w+>/);
    expect(d).not.toContain('@example');
  });

  it('documents each parameter by its request member, flattened members from the nested structure', () => {
    const sqs = files['help/sqs.json'].cmdlets['Send-SQSMessage'].parameters;
    expect(sqs.QueueUrl).toBe('The URL of the Amazon SQS queue to which a message is sent.\n\nQueue URLs and names are case-sensitive.');
    expect(sqs.DelayInSeconds.startsWith('The length of time, in seconds, for which to delay a specific message.')).toBe(true);
    const spot = files['help/ec2.json'].cmdlets['Request-EC2SpotInstance'].parameters;
    expect(spot.LaunchSpecification_ImageId).toBe('The ID of the AMI.');
  });

  it('adds the texts of -Select, -PassThru, -Force, -NoAutoIteration and the paging note', () => {
    const p = files['help/ec2.json'].cmdlets['Get-EC2Instance'].parameters;
    expect(p.Select).toBe(
      "Use the -Select parameter to control the cmdlet output. The default value is 'Reservations'. Specifying -Select '*' will result in the cmdlet returning the whole service response (Amazon.EC2.Model.DescribeInstancesResponse). Specifying the name of a property of type Amazon.EC2.Model.DescribeInstancesResponse will result in that property being returned. Specifying -Select '^ParameterName' will result in the cmdlet returning the selected cmdlet parameter value.",
    );
    expect(p.PassThru).toBe("Changes the cmdlet behavior to return the value passed to the InstanceId parameter. The -PassThru parameter is deprecated, use -Select '^InstanceId' instead. This parameter will be removed in a future version.");
    expect(p.NoAutoIteration).toContain("using the value of NextToken as the start point.");
    expect(p.NextToken).toContain("use '-NextToken $null' for the first call and '-NextToken $AWSHistory.LastServiceResponse.NextToken' for subsequent calls.");
    expect(files['help/sqs.json'].cmdlets['Send-SQSMessage'].parameters.Force).toBe(
      'This parameter overrides confirmation prompts to force the cmdlet to continue its operation. This parameter should always be used with caution.',
    );
  });

  it('describes the output: a collection, the whole response, or nothing', () => {
    expect(files['help/ec2.json'].cmdlets['Get-EC2Instance'].outputs).toBe(
      'Amazon.EC2.Model.Reservation or Amazon.EC2.Model.DescribeInstancesResponse\nThis cmdlet returns a collection of Amazon.EC2.Model.Reservation objects. The service call response (type Amazon.EC2.Model.DescribeInstancesResponse) can also be referenced from properties attached to the cmdlet entry in the $AWSHistory stack.',
    );
    expect(files['help/sqs.json'].cmdlets['Send-SQSMessage'].outputs).toBe(
      'Amazon.SQS.Model.SendMessageResponse\nThis cmdlet returns an Amazon.SQS.Model.SendMessageResponse object containing multiple properties. The object can also be referenced from properties attached to the cmdlet entry in the $AWSHistory stack.',
    );
    expect(files['help/ec2.json'].cmdlets['Request-EC2SpotInstance'].outputs).toBe(
      'None or Amazon.EC2.Model.RequestSpotInstancesResponse\nThis cmdlet does not generate any output. The service response (type Amazon.EC2.Model.RequestSpotInstancesResponse) can be referenced from properties attached to the cmdlet entry in the $AWSHistory stack.',
    );
  });

  it('is deterministic', () => {
    expect(JSON.stringify(generate())).toBe(JSON.stringify(files));
  });
});

describe('documentation HTML to text', () => {
  it('splits paragraphs, marks list items, drops inline tags and decodes entities', () => {
    expect(htmlToParagraphs('<p>One <code>Two</code>\n   three.</p><ul><li><p>a &amp; b</p></li><li>c &lt;d&gt;</li></ul><note><p>See <a href="x">the guide</a>.</p></note>')).toEqual([
      'One Two three.',
      '- a & b',
      '- c <d>',
      'See the guide.',
    ]);
  });

  it('reads member comments and types of exported interfaces', () => {
    const docs = new Map<string, Map<string, ModelMember>>();
    parseModelDeclarations(
      ['export interface A {', '    /**', '     * <p>The b.</p>', '     * @public', '     */', '    B?: C[] | undefined;', '    D: string | undefined;', '}'].join('\n'),
      docs,
    );
    expect(docs.get('A')?.get('B')).toEqual({ doc: '<p>The b.</p>', type: 'C[] | undefined' });
    expect(docs.get('A')?.get('D')).toEqual({ doc: '', type: 'string | undefined' });
  });
});
