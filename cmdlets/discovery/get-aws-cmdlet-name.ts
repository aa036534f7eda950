// Get-AWSCmdletName (AWS.Tools.Common): the cmdlets that call a service operation, belong to a service, or
// match an AWS CLI command. Output columns as the user guide shows them: CmdletName, ServiceOperation,
// ServiceName, CmdletNounPrefix.

import type { CommandDefinition } from '../../src/pipeline/types.js';
import { PSObject } from '../../src/objects/psobject.js';
import { RuntimeError, makeErrorRecord } from '../../src/engine/errors.js';
import { awsCmdlets, awsServices, type AwsCmdletEntry } from './aws-catalog.js';
import { filterServices, userRegex } from './service-filter.js';

const QUERY_SET = 'QueryApiOperationOrService';
const CLI_SET = 'FromAwsCliCommand';

/** 'aws [--options] ec2 authorize-security-group-ingress ...' → service 'ec2', operation 'authorizesecuritygroupingress'. */
export function parseAwsCliCommand(command: string): { service: string; operation: string } | undefined {
  const parts = command.split(' ').filter((p) => p !== '');
  let i = parts.length > 0 && parts[0].toLowerCase() === 'aws' ? 1 : 0;
  let service: string | undefined;
  for (; i < parts.length; i++) {
    if (parts[i].startsWith('--')) continue;
    if (service === undefined) service = parts[i];
    else return { service, operation: parts[i].trim().replace(/-/g, '') };
  }
  return undefined;
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A whole-word pattern ('^value$') unless -MatchWithRegex, as the real cmdlet builds it. */
function nameRegex(value: string, asRegex: boolean, parameter: string): RegExp {
  return userRegex(asRegex ? value : `^${value}$`, parameter);
}

function resultObject(entry: AwsCmdletEntry): PSObject {
  const o = new PSObject();
  o.addNote('CmdletName', entry.name);
  o.addNote('ServiceOperation', entry.operations.join(';'));
  o.addNote('ServiceName', entry.service?.summary.serviceName ?? '');
  o.addNote('CmdletNounPrefix', entry.service?.summary.nounPrefix ?? '');
  return o;
}

export const getAWSCmdletName: CommandDefinition = {
  name: 'Get-AWSCmdletName',
  module: 'AWS.Tools.Common',
  synopsis:
    'Searches for cmdlets that invoke a Amazon Web Services service operation, map to an AWS CLI command, or lists all cmdlets that belong to a service identified by one or more words in its name or its cmdlet noun prefix. If no service name or pattern is given all service cmdlets are output.',
  outputType: ['System.Management.Automation.PSObject'],
  defaultParameterSet: QUERY_SET,
  parameters: [
    { name: 'ApiOperation', type: 'System.String', position: 0, valueFromPipeline: true, valueFromPipelineByPropertyName: true, parameterSets: [QUERY_SET] },
    { name: 'CmdletName', type: 'System.String', valueFromPipelineByPropertyName: true, parameterSets: [QUERY_SET] },
    { name: 'MatchWithRegex', type: 'switch', valueFromPipelineByPropertyName: true, parameterSets: [QUERY_SET] },
    { name: 'Service', type: 'System.String', valueFromPipelineByPropertyName: true, parameterSets: [QUERY_SET] },
    { name: 'AwsCliCommand', type: 'System.String', mandatory: true, valueFromPipelineByPropertyName: true, parameterSets: [CLI_SET] },
  ],
  create() {
    return {
      process(ctx) {
        const p = ctx.params;
        const asRegex = p.MatchWithRegex === true;
        let serviceFilter = typeof p.Service === 'string' ? p.Service : undefined;
        let operation: RegExp | undefined;
        if (typeof p.AwsCliCommand === 'string') {
          const parsed = parseAwsCliCommand(p.AwsCliCommand);
          if (parsed === undefined) {
            throw new RuntimeError(
              makeErrorRecord("Unable to extract service and/or operation name from command. Expected text format of 'aws [options] <command> <subcommand>'.", {
                type: 'System.ArgumentException',
                id: 'ArgumentException,Amazon.PowerShell.Common.GetCmdletNameCmdlet',
                category: 'InvalidArgument',
                target: p.AwsCliCommand,
              }),
            );
          }
          ctx.writeVerbose(`Searching for ${parsed.operation} in service ${parsed.service}`);
          serviceFilter = parsed.service;
          operation = userRegex(`^${escapeRegex(parsed.operation)}$`, 'AwsCliCommand');
        }
        if (typeof p.ApiOperation === 'string') operation = nameRegex(p.ApiOperation, asRegex, 'ApiOperation');
        const cmdletName = typeof p.CmdletName === 'string' ? nameRegex(p.CmdletName, asRegex, 'CmdletName') : undefined;

        const services = filterServices(awsServices(), serviceFilter);
        const all = awsCmdlets(ctx.session);
        const results: PSObject[] = [];
        for (const service of services) {
          for (const entry of all) {
            if (entry.service?.service !== service.service) continue;
            if (cmdletName !== undefined && !cmdletName.test(entry.name)) continue;
            if (operation !== undefined && !entry.operations.some((op) => operation.test(op))) continue;
            results.push(resultObject(entry));
          }
        }
        if (results.length === 0) return ctx.writeVerbose('The specified parameters did not match any service.');
        return ctx.writeEnumerated(results);
      },
    };
  },
};
