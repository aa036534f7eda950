// The .NET parameter type the real generator declares for an SDK member (operations the reference facts do not
// describe): value types, string arrays, model arrays, Hashtable for maps.

import type { NormalizedSchema } from '@smithy/core/schema';
import type { ServiceSource } from './context.js';
import { shapeName } from './sdk-model.js';

function scalarType(schema: NormalizedSchema): string | undefined {
  if (schema.isBooleanSchema()) return 'System.Boolean';
  if (schema.isTimestampSchema()) return 'System.DateTime';
  if (schema.isBlobSchema() || schema.isStreaming()) return 'System.Object';
  if (schema.isDocumentSchema()) return 'System.Management.Automation.PSObject';
  if (schema.isStringSchema()) return 'System.String';
  if (schema.isNumericSchema()) {
    const raw = schema.getSchema();
    // Smithy numeric kinds: 1 (the SDK's NumericSchema) covers int/long/float/double; the shape name tells which.
    const name = shapeName(schema).toLowerCase();
    if (/long/.test(name)) return 'System.Int64';
    if (/double|float|decimal/.test(name)) return 'System.Double';
    return raw === 1 ? 'System.Int32' : 'System.Int32';
  }
  return undefined;
}

export function dotNetTypeName(service: ServiceSource, schema: NormalizedSchema): string {
  const scalar = scalarType(schema);
  if (scalar) return scalar;
  if (schema.isMapSchema()) return 'System.Collections.Hashtable';
  if (schema.isListSchema()) return `${dotNetTypeName(service, schema.getValueSchema())}[]`;
  return `${service.dotNetNamespace}.Model.${shapeName(schema)}`;
}
