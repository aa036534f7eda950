// The parameters a generated cmdlet will have once defined, from its spec alone (no SDK, no definition in the
// engine): the service parameters, the generator's switches and the common service parameters, in the order
// defineServiceCmdlet declares them. Get-Command -ParameterName, -Syntax and Get-Help read them.

import type { ParameterDef } from '../../src/pipeline/types.js';
import type { GeneratedCmdletSpec, GeneratedParameter } from '../../src/aws/generated/catalog-types.js';
import { commonServiceParameters } from '../../src/aws/cmdlet/common-parameters.js';

function parameterDef(p: GeneratedParameter): ParameterDef {
  const def: ParameterDef = { name: p.name, type: p.type, valueFromPipelineByPropertyName: true };
  if (p.aliases !== undefined) def.aliases = [...p.aliases];
  if (p.position !== undefined) def.position = p.position;
  if (p.valueFromPipeline) def.valueFromPipeline = true;
  if (p.parameterSets !== undefined) def.parameterSets = [...p.parameterSets];
  if (p.mandatory !== undefined) def.mandatory = typeof p.mandatory === 'boolean' ? p.mandatory : [...p.mandatory];
  if (p.enumValues !== undefined) def.validateSet = [...p.enumValues];
  return def;
}

function switchParameter(name: string): ParameterDef {
  return { name, type: 'switch', valueFromPipelineByPropertyName: true };
}

export function generatedParameters(spec: GeneratedCmdletSpec): ParameterDef[] {
  const params = spec.parameters.map(parameterDef);
  const has = (name: string): boolean => params.some((p) => p.name === name);
  if (!has('Select')) params.push({ name: 'Select', type: 'System.String', valueFromPipelineByPropertyName: true });
  if (spec.passThruParameter !== undefined && !has('PassThru')) params.push(switchParameter('PassThru'));
  if (spec.paging !== undefined && !has('NoAutoIteration')) params.push(switchParameter('NoAutoIteration'));
  if (spec.confirmImpact !== undefined && spec.hasForce !== false && !has('Force')) params.push(switchParameter('Force'));
  params.push(...commonServiceParameters().filter((p) => !has(p.name)));
  return params;
}
