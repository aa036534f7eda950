// Help text of the parameters the real generator adds to every cmdlet rather than taking from the service model
// (-Select, -PassThru, -Force, -NoAutoIteration), and of the output, worded as AWS Tools words them.

import type { GeneratedCmdletSpec, GeneratedPaging } from '../../../src/aws/generated/catalog-types.js';

function article(typeName: string): string {
  return /^[aeiou]/i.test(typeName) ? 'an' : 'a';
}

export function selectHelp(spec: GeneratedCmdletSpec): string {
  const response = spec.responseType;
  return `Use the -Select parameter to control the cmdlet output. The default value is '${spec.select ?? '*'}'. Specifying -Select '*' will result in the cmdlet returning the whole service response (${response}). Specifying the name of a property of type ${response} will result in that property being returned. Specifying -Select '^ParameterName' will result in the cmdlet returning the selected cmdlet parameter value.`;
}

export function passThruHelp(parameter: string): string {
  return `Changes the cmdlet behavior to return the value passed to the ${parameter} parameter. The -PassThru parameter is deprecated, use -Select '^${parameter}' instead. This parameter will be removed in a future version.`;
}

export const FORCE_HELP = 'This parameter overrides confirmation prompts to force the cmdlet to continue its operation. This parameter should always be used with caution.';

export function noAutoIterationHelp(paging: GeneratedPaging): string {
  return `By default the cmdlet will auto-iterate and retrieve all results to the pipeline by performing multiple service calls. If set, the cmdlet will retrieve only the next 'page' of results using the value of ${paging.startParameter} as the start point.`;
}

/** The note the real tool appends to the paging token parameter's own documentation. */
export function pagingStartNote(paging: GeneratedPaging): string {
  const p = paging.startParameter;
  return [
    'Note: This parameter is only used if you are manually controlling output pagination of the service API call.',
    `In order to manually control output pagination, use '-${p} $null' for the first call and '-${p} $AWSHistory.LastServiceResponse.${paging.responseToken}' for subsequent calls.`,
  ].join('\n\n');
}

/**
 * OUTPUTS: the type line ('Amazon.EC2.Model.Reservation or Amazon.EC2.Model.DescribeInstancesResponse'), a
 * newline, then the description. selectsCollection: the default -Select member is a list.
 */
export function outputsText(spec: GeneratedCmdletSpec, selectsCollection: boolean): string {
  const response = spec.responseType;
  const history = 'can also be referenced from properties attached to the cmdlet entry in the $AWSHistory stack.';
  if (spec.select === null || spec.outputType.length === 0 || spec.outputType[0] === 'None') {
    return `None or ${response}\nThis cmdlet does not generate any output. The service response (type ${response}) can be referenced from properties attached to the cmdlet entry in the $AWSHistory stack.`;
  }
  if (spec.select === '*') {
    return `${response}\nThis cmdlet returns ${article(response)} ${response} object containing multiple properties. The object ${history}`;
  }
  const output = spec.outputType[0];
  const what = selectsCollection ? `a collection of ${output} objects` : `${article(output)} ${output} object`;
  return `${output} or ${response}\nThis cmdlet returns ${what}. The service call response (type ${response}) ${history}`;
}
