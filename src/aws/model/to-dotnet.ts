// SDK (JS v3) values → the .NET model objects AWS Tools writes: PSObjects typed Amazon.<Svc>.Model.<Type>
// with the .NET property names, order and types, dates as Local DateTime values, and on responses the
// AmazonWebServiceResponse members (ResponseMetadata, HttpStatusCode).

import { PSObject } from '../../objects/psobject.js';
import { PSHashtable } from '../../objects/hashtable.js';
import { withKind } from '../../objects/datetime.js';
import { EnumValue, type EnumTypeDef } from '../../objects/enum-value.js';
import { ConstantValue } from '../../objects/constant-value.js';
import type { ShapeFile } from './shape-file.js';
import { isConstantKind, kindTypeName, listElementKind, type ModelType } from './shape-store.js';
import { isRecord, readPath } from './sdk-paths.js';
import { customToDotNet } from './custom-types.js';

const RESPONSE_METADATA_TYPE = 'Amazon.Runtime.ResponseMetadata';

/** System.Net.HttpStatusCode (the codes a successful AWS call returns, and the common failures). */
const HTTP_STATUS_CODE: EnumTypeDef = {
  fullName: 'System.Net.HttpStatusCode',
  members: [
    ['OK', 200],
    ['Created', 201],
    ['Accepted', 202],
    ['NoContent', 204],
    ['PartialContent', 206],
    ['NotModified', 304],
    ['BadRequest', 400],
    ['Forbidden', 403],
    ['NotFound', 404],
    ['Conflict', 409],
    ['InternalServerError', 500],
    ['ServiceUnavailable', 503],
  ],
};

/** A value of no known model type: records become plain objects, lists arrays, dates Local dates. */
export function genericToDotNet(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  if (Array.isArray(value)) return value.map((v) => genericToDotNet(v));
  if (value instanceof Date) return withKind(new Date(value.getTime()), 'Local');
  if (typeof value === 'bigint') return Number(value);
  if (!isRecord(value)) return value;
  const o = new PSObject(['System.Object']);
  for (const [k, v] of Object.entries(value)) if (k !== '$metadata') o.addNote(k, genericToDotNet(v), 'Property');
  return o;
}

/** An SDK structure as the model type `type`. */
export function modelToDotNet(value: Record<string, unknown>, type: ModelType, parent?: Record<string, unknown>): PSObject {
  const o = new PSObject([type.fullName, 'System.Object']);
  for (const [name, kind, path, fallback] of type.entry.m) {
    let raw = readPath(value, path ?? name, parent);
    // {} stands for an object the .NET getter creates empty; a fresh one per value.
    if ((raw === undefined || raw === null) && fallback !== undefined) raw = typeof fallback === 'object' ? {} : fallback;
    o.addNote(name, kindToDotNet(raw, kind, type.file, value, name.endsWith('Utc') && path !== undefined), 'Property', kindTypeName(type.file, kind));
  }
  if (type.entry.r === 1) addResponseMembers(o, value.$metadata);
  o.sealed = true;
  return o;
}

/** One member value of a kind. Lists and maps missing from the response are empty, as the .NET SDK (v3) gives them. */
function kindToDotNet(raw: unknown, kind: string, file: ShapeFile, parent: Record<string, unknown>, utc: boolean): unknown {
  if (kind.startsWith('list:')) {
    if (raw === undefined || raw === null) return [];
    // A list of constants is List<string> outside S3 (shape-store.ts listHoldsConstants).
    const element = listElementKind(file, kind);
    return (Array.isArray(raw) ? raw : [raw]).map((e) => kindToDotNet(e, element, file, parent, utc));
  }
  if (kind.startsWith('map:')) {
    const h = new PSHashtable();
    if (isRecord(raw)) for (const [k, v] of Object.entries(raw)) h.set(k, kindToDotNet(v, kind.slice(4), file, parent, utc));
    return h;
  }
  if (kind.startsWith('custom:')) return customToDotNet(kind.slice(7), raw, file.namespace);
  if (raw === undefined || raw === null) return null;
  if (kind.startsWith('struct:')) {
    const type = file.types[kind.slice(7)];
    return isRecord(raw) && type ? modelToDotNet(raw, { fullName: `${file.namespace}.Model.${kind.slice(7)}`, file, entry: type }, parent) : genericToDotNet(raw);
  }
  // The unmarshaller's FindValue: services send the declared spelling, so the value is kept as sent.
  if (isConstantKind(kind)) return new ConstantValue(`${file.namespace}.${kind.slice(kind.indexOf(':') + 1)}`, String(raw));
  switch (kind) {
    case 'timestamp':
      return toDate(raw, utc);
    case 'int':
    case 'long':
    case 'double':
    case 'float':
      return typeof raw === 'string' ? Number(raw) : typeof raw === 'bigint' ? Number(raw) : raw;
    case 'bool':
      return typeof raw === 'string' ? raw.toLowerCase() === 'true' : raw;
    default:
      return genericToDotNet(raw);
  }
}

/** A Date from an SDK date or from Unix seconds (SQS attributes); Local as the .NET SDK returns them, or Utc for *Utc twins. */
function toDate(raw: unknown, utc: boolean): Date | null {
  let ms: number;
  if (raw instanceof Date) ms = raw.getTime();
  else if (typeof raw === 'number' || (typeof raw === 'string' && /^\d+$/.test(raw))) ms = Number(raw) * 1000;
  else if (typeof raw === 'string') ms = Date.parse(raw);
  else return null;
  return withKind(new Date(ms), utc ? 'Utc' : 'Local');
}

/** AmazonWebServiceResponse's ResponseMetadata and HttpStatusCode, from the SDK's $metadata. */
export function addResponseMembers(o: PSObject, metadata: unknown): void {
  const md = isRecord(metadata) ? metadata : {};
  const rm = new PSObject([RESPONSE_METADATA_TYPE, 'System.Object']);
  rm.addNote('RequestId', typeof md.requestId === 'string' ? md.requestId : null, 'Property');
  const extra = new PSHashtable();
  if (typeof md.extendedRequestId === 'string') extra.set('x-amz-id-2', md.extendedRequestId);
  rm.addNote('Metadata', extra, 'Property');
  rm.toStringOverride = () => RESPONSE_METADATA_TYPE;
  o.addNote('ResponseMetadata', rm, 'Property');
  const status = typeof md.httpStatusCode === 'number' ? md.httpStatusCode : 200;
  o.addNote('HttpStatusCode', new EnumValue(HTTP_STATUS_CODE, status), 'Property');
}
