// The .NET model types AWS Tools writes, as a table: for each type, its properties in .NET declaration order
// and the SDK for JavaScript (v3) member each one is read from. It is the one place that knows where the two
// SDKs name things differently (S3Bucket.BucketName is JS Name, Owner.Id is JS ID); SDK members a type does
// not list are kept under their own name (the two SDKs mostly agree), after the listed ones.

import { PSObject } from '../../objects/psobject.js';
import { PSHashtable } from '../../objects/hashtable.js';
import { withKind } from '../../objects/datetime.js';
import { EnumValue, type EnumTypeDef } from '../../objects/enum-value.js';

export interface DotNetMember {
  /** The .NET property name. */
  readonly name: string;
  /** The SDK member it is read from (default: the same name). */
  readonly sdk?: string;
  /** The .NET type of each value when it is a model object (or a list of them). */
  readonly shape?: string;
}

export interface DotNetShape {
  readonly members: readonly DotNetMember[];
  /** A service response (AmazonWebServiceResponse): adds ResponseMetadata and HttpStatusCode from $metadata. */
  readonly response?: boolean;
}

export const DOTNET_SHAPES: Readonly<Record<string, DotNetShape>> = {
  // S3
  'Amazon.S3.Model.ListBucketsResponse': {
    response: true,
    members: [
      { name: 'Buckets', shape: 'Amazon.S3.Model.S3Bucket' },
      { name: 'Owner', shape: 'Amazon.S3.Model.Owner' },
      { name: 'ContinuationToken' },
      { name: 'Prefix' },
    ],
  },
  'Amazon.S3.Model.S3Bucket': {
    members: [{ name: 'BucketName', sdk: 'Name' }, { name: 'CreationDate' }],
  },
  'Amazon.S3.Model.Owner': { members: [{ name: 'DisplayName' }, { name: 'Id', sdk: 'ID' }] },
  'Amazon.S3.Model.PutBucketResponse': { response: true, members: [{ name: 'Location' }] },
  'Amazon.S3.Model.ListObjectsResponse': {
    response: true,
    members: [
      { name: 'CommonPrefixes' },
      { name: 'Delimiter' },
      { name: 'Encoding', sdk: 'EncodingType' },
      { name: 'IsTruncated' },
      { name: 'Marker' },
      { name: 'MaxKeys' },
      { name: 'Name' },
      { name: 'NextMarker' },
      { name: 'Prefix' },
      { name: 'S3Objects', sdk: 'Contents', shape: 'Amazon.S3.Model.S3Object' },
    ],
  },
  'Amazon.S3.Model.ListObjectsV2Response': {
    response: true,
    members: [
      { name: 'CommonPrefixes' },
      { name: 'ContinuationToken' },
      { name: 'Delimiter' },
      { name: 'Encoding', sdk: 'EncodingType' },
      { name: 'IsTruncated' },
      { name: 'KeyCount' },
      { name: 'MaxKeys' },
      { name: 'Name' },
      { name: 'NextContinuationToken' },
      { name: 'Prefix' },
      { name: 'S3Objects', sdk: 'Contents', shape: 'Amazon.S3.Model.S3Object' },
      { name: 'StartAfter' },
    ],
  },
  'Amazon.S3.Model.S3Object': {
    members: [
      { name: 'BucketName' },
      { name: 'ETag' },
      { name: 'Key' },
      { name: 'LastModified' },
      { name: 'Owner', shape: 'Amazon.S3.Model.Owner' },
      { name: 'Size' },
      { name: 'StorageClass' },
    ],
  },
  // STS
  'Amazon.SecurityToken.Model.GetCallerIdentityResponse': {
    response: true,
    members: [{ name: 'Account' }, { name: 'Arn' }, { name: 'UserId' }],
  },
};

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

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date) && !(v instanceof Uint8Array);
}

/** The shape a .NET type name is described by, or undefined when the table does not list it. */
export function dotNetShape(typeName: string): DotNetShape | undefined {
  return DOTNET_SHAPES[typeName];
}

/**
 * One SDK value as the shell sees the .NET value: model objects become PSObjects of typeName (or plain
 * objects when the type is unknown), lists arrays, dates Local System.DateTime values as the .NET SDK
 * returns them; undefined is $null.
 */
export function toDotNet(value: unknown, typeName?: string): unknown {
  if (value === undefined || value === null) return null;
  if (Array.isArray(value)) return value.map((v) => toDotNet(v, typeName));
  if (value instanceof Date) return withKind(new Date(value.getTime()), 'Local');
  if (typeof value === 'bigint') return Number(value);
  if (!isRecord(value)) return value;
  return typeName !== undefined ? modelObject(value, typeName) : genericObject(value);
}

function modelObject(value: Record<string, unknown>, typeName: string): PSObject {
  const o = new PSObject([typeName, 'System.Object']);
  const shape = DOTNET_SHAPES[typeName];
  const used = new Set<string>(['$metadata']);
  for (const m of shape?.members ?? []) {
    const sdkName = m.sdk ?? m.name;
    used.add(sdkName);
    o.addNote(m.name, toDotNet(value[sdkName], m.shape), 'Property');
  }
  for (const [k, v] of Object.entries(value)) {
    if (!used.has(k) && !o.has(k)) o.addNote(k, toDotNet(v), 'Property');
  }
  if (shape?.response) addResponseMembers(o, value.$metadata);
  return o;
}

function genericObject(value: Record<string, unknown>): PSObject {
  const o = new PSObject(['System.Object']);
  for (const [k, v] of Object.entries(value)) if (k !== '$metadata') o.addNote(k, toDotNet(v), 'Property');
  return o;
}

/** AmazonWebServiceResponse's ResponseMetadata and HttpStatusCode, from the SDK's $metadata. */
function addResponseMembers(o: PSObject, metadata: unknown): void {
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

/** A plain object for $AWSHistory's request records (the SDK input as sent). */
export function requestObject(input: Record<string, unknown>, typeName: string): PSObject {
  const o = new PSObject([typeName, 'System.Object']);
  for (const [k, v] of Object.entries(input)) o.addNote(k, toDotNet(v), 'Property');
  return o;
}
