// AWS.Tools.SecurityToken cmdlets defined on the service cmdlet base.

import type { CommandDefinition } from '../../src/pipeline/types.js';
import { defineServiceCmdlet } from '../../src/aws/cmdlet/index.js';

export const getSTSCallerIdentity: CommandDefinition = defineServiceCmdlet({
  name: 'Get-STSCallerIdentity',
  module: 'AWS.Tools.SecurityToken',
  service: 'sts',
  className: 'Amazon.PowerShell.Cmdlets.STS.GetSTSCallerIdentityCmdlet',
  operation: 'GetCallerIdentity',
  sdkCommand: 'GetCallerIdentityCommand',
  synopsis: 'Calls the AWS Security Token Service (STS) GetCallerIdentity API operation.',
  parameters: [],
  select: '*',
  responseType: 'Amazon.SecurityToken.Model.GetCallerIdentityResponse',
  outputType: ['Amazon.SecurityToken.Model.GetCallerIdentityResponse'],
});

export const stsCmdlets: CommandDefinition[] = [getSTSCallerIdentity];
