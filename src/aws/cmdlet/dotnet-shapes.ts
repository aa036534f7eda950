// The .NET model types AWS Tools writes, read from the generated shapes (cmdlets/generated/shapes/<svc>.json,
// built by tools/generator/shapes.ts with its one table of .NET customizations). This module keeps the API the
// cmdlet runtime calls: toDotNet for responses and model objects, requestObject for $AWSHistory.

import { PSObject } from '../../objects/psobject.js';
import { genericToDotNet, modelToDotNet } from '../model/to-dotnet.js';
import { modelType } from '../model/shape-store.js';
import { isRecord } from '../model/sdk-paths.js';

export interface DotNetMember {
  /** The .NET property name. */
  readonly name: string;
  /** The SDK member path it is read from (default: the same name). */
  readonly sdk?: string;
  /** The member's kind in the generated shapes ('string', 'list:struct:S3Object', ...). */
  readonly kind: string;
}

export interface DotNetShape {
  readonly members: readonly DotNetMember[];
  /** A service response (AmazonWebServiceResponse): adds ResponseMetadata and HttpStatusCode from $metadata. */
  readonly response?: boolean;
}

/** The shape a .NET type name is described by, or undefined when the generated shapes do not list it. */
export function dotNetShape(typeName: string): DotNetShape | undefined {
  const type = modelType(typeName);
  if (!type) return undefined;
  return {
    members: type.entry.m.map(([name, kind, sdk]) => (sdk === undefined ? { name, kind } : { name, kind, sdk })),
    response: type.entry.r === 1,
  };
}

/**
 * One SDK value as the shell sees the .NET value: model objects become PSObjects of typeName (or plain
 * objects when the type is unknown), lists arrays, dates Local System.DateTime values as the .NET SDK
 * returns them; undefined is $null.
 */
export function toDotNet(value: unknown, typeName?: string): unknown {
  if (value === undefined || value === null) return null;
  if (Array.isArray(value)) return value.map((v) => toDotNet(v, typeName));
  if (!isRecord(value) || typeName === undefined) return genericToDotNet(value);
  const type = modelType(typeName);
  if (!type) return genericObjectOfType(value, typeName);
  return modelToDotNet(value, type);
}

/** An SDK structure under a type name the shapes do not describe: its own members, typed. */
function genericObjectOfType(value: Record<string, unknown>, typeName: string): PSObject {
  const o = new PSObject([typeName, 'System.Object']);
  for (const [k, v] of Object.entries(value)) if (k !== '$metadata') o.addNote(k, genericToDotNet(v), 'Property');
  return o;
}

/** A plain object for $AWSHistory's request records (the SDK input as sent). */
export function requestObject(input: Record<string, unknown>, typeName: string): PSObject {
  const o = new PSObject([typeName, 'System.Object']);
  for (const [k, v] of Object.entries(input)) o.addNote(k, genericToDotNet(v), 'Property');
  return o;
}

/** The generated shapes as a read-only table by .NET type name (looked up lazily; iterating it lists nothing). */
export const DOTNET_SHAPES: Readonly<Record<string, DotNetShape>> = new Proxy({} as Record<string, DotNetShape>, {
  get: (_target, key) => (typeof key === 'string' ? dotNetShape(key) : undefined),
  has: (_target, key) => typeof key === 'string' && dotNetShape(key) !== undefined,
});
