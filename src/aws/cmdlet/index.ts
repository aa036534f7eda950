// The base of every AWS service cmdlet: a spec (plain data, as the cmdlet generator emits it) → CommandDefinition.

export { defineServiceCmdlet } from './define-service-cmdlet.js';
export type { ServiceCmdletSpec, ServiceCmdletParameter, ServiceCmdletPaging, ServiceInvocation } from './service-cmdlet-spec.js';
export { DOTNET_SHAPES, dotNetShape, toDotNet, type DotNetMember, type DotNetShape } from './dotnet-shapes.js';
export { commonServiceParameters, AWS_CREDENTIALS_TYPE } from './common-parameters.js';
export { notSupportedError, parameterNotSupportedError } from './service-errors.js';
