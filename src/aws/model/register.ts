// Makes the generated model types known to the engine: type literals and casts ([Amazon.EC2.Model.Filter]),
// typed property assignment and New-Object. Registering reads nothing; a service's shapes are read the first
// time one of its type names is used.

import { registerTypeResolver } from '../../engine/type-resolution.js';
import { registerTypeConverter } from '../../engine/conversions.js';
import { convertToModelType, isModelTypeName, resolveModelTypeName } from './model-objects.js';

let registered = false;

export function registerModelTypes(): void {
  if (registered) return;
  registered = true;
  registerTypeResolver(resolveModelTypeName);
  registerTypeConverter(isModelTypeName, convertToModelType);
}
