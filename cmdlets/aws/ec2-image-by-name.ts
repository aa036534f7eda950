// Get-EC2ImageByName (AWS.Tools.EC2, hand-written in AWS Tools): bare, it lists the logical image names
// (-ShowFilters: their name patterns); with -Name it asks DescribeImages for Amazon-owned images whose name
// matches the patterns and writes them sorted by name, newest (highest) first. One built-in name writes only
// the newest image unless -AllAvailable; several names, or any custom pattern, write every match.

import type { CommandDefinition } from '../../src/pipeline/types.js';
import { defineServiceCmdlet, type ServiceInvocation } from '../../src/aws/cmdlet/index.js';
import { getMember } from '../../src/engine/members.js';
import { IMAGE_NAME_DEFINITIONS, resolveImageNames } from './ec2-image-names.js';

const IMAGE = 'Amazon.EC2.Model.Image';

/** -Name as a list of non-empty strings (the binder has already made it a string[]). */
function names(params: Readonly<Record<string, unknown>>): string[] {
  const v = params.Name;
  const list = Array.isArray(v) ? v : v === null || v === undefined ? [] : [v];
  return list.filter((x): x is string => typeof x === 'string' && x !== '');
}

function imageName(image: unknown): string {
  const n = getMember(image, 'Name');
  return typeof n === 'string' ? n : '';
}

/** Newest first: the real cmdlet orders by Name descending (image names end in their release date). */
function imagesOutput(response: unknown, invocation: ServiceInvocation): unknown {
  const images = response === null || response === undefined ? null : getMember(response, 'Images');
  if (!Array.isArray(images)) return null;
  const sorted = [...images].sort((a, b) => imageName(b).localeCompare(imageName(a), 'en-US'));
  const resolved = resolveImageNames(names(invocation.params));
  const all = invocation.params.AllAvailable === true || resolved.patterns.length > 1 || resolved.customPatternUsed;
  return all ? sorted : sorted.slice(0, 1);
}

const describeImagesByName: CommandDefinition = defineServiceCmdlet({
  name: 'Get-EC2ImageByName',
  module: 'AWS.Tools.EC2',
  service: 'ec2',
  className: 'Amazon.PowerShell.Cmdlets.EC2.GetEC2ImageByNameCmdlet',
  operation: 'DescribeImages',
  sdkCommand: 'DescribeImagesCommand',
  synopsis:
    "Outputs a collection of one or more Amazon Machine Images using either a set of supplied service-pack independent 'logical' name pattern(s), or a set of custom name patterns. The set of service-pack independent logical names can be viewed using the -ShowFilters switch.",
  parameters: [
    { name: 'Name', type: 'System.String[]', aliases: ['FilterNames', 'Names'], position: 0, valueFromPipeline: true, valueFromPipelineByPropertyName: true },
    { name: 'ShowFilters', type: 'switch', valueFromPipelineByPropertyName: true },
    { name: 'AllAvailable', type: 'switch', valueFromPipelineByPropertyName: true },
  ],
  select: 'Images',
  responseType: 'Amazon.EC2.Model.DescribeImagesResponse',
  outputType: ['System.String', IMAGE],
  prepareRequest(request, invocation) {
    request.Owners = ['amazon'];
    request.Filters = [{ Name: 'name', Values: resolveImageNames(names(invocation.params)).patterns }];
  },
  output: imagesOutput,
});

export const getEC2ImageByName: CommandDefinition = {
  ...describeImagesByName,
  create() {
    const service = describeImagesByName.create();
    return {
      process(ctx, input, hasInput) {
        const requested = names(ctx.params);
        if (requested.length === 0) {
          // The logical names (or their patterns) need no service call.
          for (const d of IMAGE_NAME_DEFINITIONS) ctx.write(ctx.params.ShowFilters === true ? d.pattern : d.key);
          return;
        }
        for (const warning of resolveImageNames(requested).warnings) ctx.writeWarning(warning);
        return service.process?.(ctx, input, hasInput);
      },
    };
  },
};
