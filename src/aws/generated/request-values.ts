// Converts a bound parameter value into the SDK member value, by the parameter's encoding (catalog-types.ts):
// model objects and hashtables to plain SDK structures, hashtables to maps, text and files to UTF-8 blobs, and
// EC2 instance objects to their IDs.

import * as fs from 'node:fs';
import { PSObject } from '../../objects/psobject.js';
import { PSHashtable } from '../../objects/hashtable.js';
import { PSList } from '../../objects/pslist.js';
import { toStr } from '../../engine/conversions.js';
import { toSdkValue } from '../model/index.js';
import type { GeneratedParameter } from './catalog-types.js';

/** A plain string-keyed object from a hashtable or object (a map member: tags, attributes, metadata). */
function mapValue(value: unknown): unknown {
  if (value instanceof PSHashtable) {
    const out: Record<string, unknown> = {};
    for (const e of value.entries()) out[toStr(e.key)] = plain(e.value);
    return out;
  }
  if (value instanceof PSObject) {
    const out: Record<string, unknown> = {};
    for (const p of value.properties()) out[p.name] = plain(p.value);
    return out;
  }
  return value;
}

/** Values inside maps: lists flattened to arrays, nested maps converted. */
function plain(value: unknown): unknown {
  if (value instanceof PSList) return value.items.map(plain);
  if (Array.isArray(value)) return value.map(plain);
  if (value instanceof PSHashtable || value instanceof PSObject) return mapValue(value);
  return value;
}

function isFileItem(value: unknown): value is PSObject {
  return value instanceof PSObject && value.typeNames[0] === 'System.IO.FileInfo';
}

/** A stream/blob member: a string, a string array (joined by newlines), a file item (its bytes) or bytes. */
function blobValue(value: unknown): unknown {
  if (value instanceof Uint8Array) return value;
  if (isFileItem(value)) return fs.readFileSync(toStr(value.get('FullName')));
  if (Array.isArray(value)) {
    if (value.every((v) => typeof v === 'number')) return Uint8Array.from(value as number[]);
    return Buffer.from(value.map((v) => toStr(v)).join('\n'), 'utf8');
  }
  return Buffer.from(toStr(value), 'utf8');
}

/** EC2 -InstanceId: instance IDs, Instance objects (their InstanceId) or Reservation objects (their instances' IDs). */
function instanceIds(value: unknown): string[] {
  const items = Array.isArray(value) ? value : value instanceof PSList ? value.items : [value];
  const ids: string[] = [];
  for (const item of items) {
    if (item instanceof PSObject) {
      if (item.has('InstanceId')) ids.push(toStr(item.get('InstanceId')));
      else if (item.has('Instances')) ids.push(...instanceIds(item.get('Instances')));
      else ids.push(toStr(item));
    } else if (item !== null && item !== undefined) ids.push(toStr(item));
  }
  return ids;
}

/** A model object, hashtable, or list of them, as the SDK structure(s) of the .NET type ('Amazon.EC2.Model.Filter[]'). */
export function modelRequestValue(value: unknown, type: string): unknown {
  return toSdkValue(value, type);
}

/** The converter for a parameter, or undefined when the bound value goes to the SDK as it is. */
export function requestConverter(p: GeneratedParameter): ((value: unknown) => unknown) | undefined {
  switch (p.encoding) {
    case 'model': {
      const type = p.type;
      return (value) => toSdkValue(value, type);
    }
    case 'map':
      return mapValue;
    case 'blob':
      return blobValue;
    case 'ec2-instance-ids':
      return instanceIds;
    default:
      return undefined;
  }
}
