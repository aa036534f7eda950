// A generated cmdlet's definition from its spec (cmdlets/generated/<service>.json), on the service cmdlet base.

import type { CommandDefinition, ParamTypeName } from '../../pipeline/types.js';
import type { ServiceName } from '../clients/services.js';
import { defineServiceCmdlet } from '../cmdlet/define-service-cmdlet.js';
import type { ServiceCmdletParameter } from '../cmdlet/service-cmdlet-spec.js';
import type { GeneratedCmdletSpec, GeneratedParameter } from './catalog-types.js';
import { requestConverter } from './request-values.js';
import { cmdletExtension, type CmdletExtension } from './extensions.js';

const BINDER_TYPES = new Set([
  'System.String',
  'System.String[]',
  'System.Int32',
  'System.Int32[]',
  'System.Int64',
  'System.Int64[]',
  'System.Double',
  'System.Double[]',
  'System.Boolean',
  'System.DateTime',
  'System.Collections.Hashtable',
  'switch',
]);

/**
 * The type the binder converts to. Model types, enumerations (ConstantClass: any string binds, the service
 * validates) and streams are converted by the request converter instead.
 */
function binderType(p: GeneratedParameter): ParamTypeName {
  if (BINDER_TYPES.has(p.type)) return p.type as ParamTypeName;
  if (p.enumType !== undefined) return p.type.endsWith('[]') ? 'System.String[]' : 'System.String';
  // Model types bind as PowerShell binds them: a hashtable or object converts to the model type (or fails
  // binding with PowerShell's message), then the request converter maps it to the SDK's shape.
  if (p.encoding === 'model' && /^Amazon\.\w+\.Model\.\w+(\[\])?$/.test(p.type)) return p.type as ParamTypeName;
  return p.type.endsWith('[]') || p.type === 'object[]' ? 'System.Object[]' : 'System.Object';
}

function parameter(p: GeneratedParameter, extension: CmdletExtension | undefined): ServiceCmdletParameter {
  const toRequest = requestConverter(p);
  const unhandledExtension = p.extension === true && !extension?.parameters.includes(p.name);
  return {
    name: p.name,
    type: binderType(p),
    valueFromPipelineByPropertyName: true,
    ...(p.aliases ? { aliases: [...p.aliases] } : {}),
    ...(p.position !== undefined ? { position: p.position } : {}),
    ...(p.valueFromPipeline ? { valueFromPipeline: true } : {}),
    ...(p.parameterSets ? { parameterSets: [...p.parameterSets] } : {}),
    ...(p.mandatory === true ? { mandatory: true } : Array.isArray(p.mandatory) ? { mandatory: [...(p.mandatory as readonly string[])] } : {}),
    // Service-required members are [AllowNull][AllowEmptyString]: $null warns, then the call goes ahead.
    ...(p.warnsOnNull ? { warnsOnNull: true, allowNull: true, allowEmptyString: true } : {}),
    ...(p.enumValues ? { completionValues: [...p.enumValues] } : {}),
    ...(p.requestMember !== undefined ? { requestMember: p.requestMember } : {}),
    ...(toRequest ? { toRequest } : {}),
    ...(p.notSupported !== undefined ? { notSupported: p.notSupported } : unhandledExtension ? { notSupported: `the hand-written -${p.name} extension` } : {}),
  };
}

export function defineGeneratedCmdlet(spec: GeneratedCmdletSpec, service: ServiceName, module: string): CommandDefinition {
  const extension = cmdletExtension(spec.name);
  return defineServiceCmdlet({
    name: spec.name,
    module,
    service,
    className: spec.className,
    operation: spec.operation,
    sdkCommand: spec.sdkCommand,
    parameters: spec.parameters.map((p) => parameter(p, extension)),
    select: spec.select,
    responseType: spec.responseType,
    outputType: [...spec.outputType],
    aliases: spec.aliases ? [...spec.aliases] : undefined,
    defaultParameterSet: spec.defaultParameterSet,
    passThruParameter: spec.passThruParameter,
    paging: spec.paging,
    defaultRegion: spec.defaultRegion,
    confirmImpact: spec.confirmImpact,
    shouldProcessTarget: spec.shouldProcessTarget,
    hasForce: spec.hasForce,
    alternateCommand: spec.alternateCommand,
    prepareRequest: extension?.prepareRequest,
    completeResponse: extension?.completeResponse,
    output: extension?.output,
  });
}
