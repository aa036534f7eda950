// The -Name / -Id / -InputObject parameters the process cmdlets share (positions and sets differ per cmdlet).

import type { ParameterDef } from '../../../src/pipeline/types.js';
import { PROCESS_TYPE } from './process-object.js';

export function nameParameter(extra: Partial<ParameterDef> = {}): ParameterDef {
  return { name: 'Name', type: 'System.String[]', aliases: ['ProcessName'], valueFromPipelineByPropertyName: true, parameterSets: ['Name'], ...extra };
}

export function idParameter(extra: Partial<ParameterDef> = {}): ParameterDef {
  return { name: 'Id', type: 'System.Int32[]', mandatory: true, valueFromPipelineByPropertyName: true, parameterSets: ['Id'], ...extra };
}

export function inputObjectParameter(extra: Partial<ParameterDef> = {}): ParameterDef {
  return { name: 'InputObject', type: `${PROCESS_TYPE}[]`, mandatory: true, valueFromPipeline: true, parameterSets: ['InputObject'], ...extra };
}
