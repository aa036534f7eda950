// Makes the generated model types known to the engine: type literals and casts ([Amazon.EC2.Model.Filter]),
// typed property assignment and New-Object. Registering reads nothing; a service's shapes are read the first
// time one of its type names is used.

import { registerKnownType, registerTypeResolver } from '../../engine/type-resolution.js';
import { CONSTANT_CLASS_TYPE } from '../../objects/constant-value.js';
import { registerTypeConverter } from '../../engine/conversions.js';
import { convertToModelType, isModelTypeName, resolveModelTypeName } from './model-objects.js';

let registered = false;

export function registerModelTypes(): void {
  if (registered) return;
  registered = true;
  registerTypeResolver(resolveModelTypeName);
  // The base of every ConstantClass ($x -is [Amazon.Runtime.ConstantClass]).
  registerKnownType(CONSTANT_CLASS_TYPE);
  registerTypeConverter(isModelTypeName, convertToModelType);
}
