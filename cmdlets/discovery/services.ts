// Get-AWSService and Get-AWSPowerShellVersion (AWS.Tools.Common): the services awsps has cmdlets for, read from
// the generated index, and the version banner.

import type { CommandDefinition } from '../../src/pipeline/types.js';
import { PSObject } from '../../src/objects/psobject.js';
import { PS_VERSION } from '../../src/engine/automatic-variables.js';
import { awsServices, AWS_TOOLS_VERSION, type AwsService } from './aws-catalog.js';
import { filterServices, serviceShortName } from './service-filter.js';

function serviceObject(s: AwsService): PSObject {
  const o = new PSObject();
  o.addNote('Service', serviceShortName(s));
  o.addNote('CmdletNounPrefix', s.summary.nounPrefix);
  o.addNote('ModuleName', s.summary.module);
  o.addNote('SDKAssemblyVersion', s.summary.sdkVersion);
  o.addNote('ServiceName', s.summary.serviceName);
  return o;
}

export const getAWSService: CommandDefinition = {
  name: 'Get-AWSService',
  module: 'AWS.Tools.Common',
  synopsis:
    'Returns the name of the AWS services supported by the current version of AWS Tools for PowerShell, optionally restricting the scope of the search to a specific service which can be identified using one or more words from the service name or the prefix applied to the nouns of cmdlets belonging to the service.',
  outputType: ['System.Management.Automation.PSObject'],
  parameters: [{ name: 'Service', type: 'System.String', position: 0, valueFromPipeline: true, valueFromPipelineByPropertyName: true }],
  create() {
    return {
      process(ctx) {
        const services = filterServices(awsServices(), typeof ctx.params.Service === 'string' ? ctx.params.Service : undefined);
        if (services.length === 0) return ctx.writeVerbose('The specified parameters did not match any service.');
        return ctx.writeEnumerated(services.map(serviceObject));
      },
    };
  },
};

/** The banner, laid out as the real cmdlet's, naming the SDK awsps runs on instead of the .NET one. */
export function versionBanner(): string {
  const clients = awsServices().map((s) => `${s.summary.sdkPackage} ${s.summary.sdkVersion}`);
  return [
    '',
    'Tools for PowerShell',
    `Version ${AWS_TOOLS_VERSION}`,
    `awsps ${PS_VERSION}: the AWS.Tools modules are built in.`,
    '',
    'Amazon Web Services SDK for JavaScript v3',
    ...(clients.length > 0 ? [`Client Versions ${clients.join(', ')}`] : []),
    '',
    'Release notes: https://github.com/aws/aws-tools-for-powershell/blob/master/CHANGELOG.md',
  ].join('\n');
}

/** 'Amazon Simple Storage Service (S3)' sorts under S: the user guide's list ignores the vendor word. */
function sortKey(serviceName: string): string {
  return serviceName.replace(/^(Amazon|AWS)\s+/i, '').toLowerCase();
}

export const getAWSPowerShellVersion: CommandDefinition = {
  name: 'Get-AWSPowerShellVersion',
  module: 'AWS.Tools.Common',
  synopsis: 'Outputs a summary of the version and build information of the AWS Tools for PowerShell, and optionally the services it supports.',
  outputType: ['System.String'],
  parameters: [{ name: 'ListServiceVersionInfo', type: 'switch', aliases: ['ListServices'] }],
  create() {
    return {
      process(ctx) {
        const r = ctx.write(versionBanner());
        if (ctx.params.ListServiceVersionInfo !== true) return r;
        const rows = awsServices()
          .sort((a, b) => (sortKey(a.summary.serviceName) < sortKey(b.summary.serviceName) ? -1 : sortKey(a.summary.serviceName) > sortKey(b.summary.serviceName) ? 1 : 0))
          .map((s) => {
            const o = new PSObject();
            o.addNote('Service', s.summary.serviceName);
            o.addNote('Noun Prefix', s.summary.nounPrefix);
            o.addNote('Module Name', s.summary.module);
            o.addNote('SDK Assembly Version', s.summary.sdkVersion);
            return o;
          });
        if (r instanceof Promise) return r.then(() => ctx.writeEnumerated(rows));
        return ctx.writeEnumerated(rows);
      },
    };
  },
};
