// The object settings Write-S3Object and Copy-S3Object share, from their parameters to SDK request members:
// canned ACL (the tool's values, NoACL meaning none), storage class (and the deprecated switches), server-side
// encryption, -Metadata, -HeaderCollection and -TagSet.

import type { ParameterDef } from '../../src/pipeline/types.js';
import { PSHashtable } from '../../src/objects/hashtable.js';
import { toStr } from '../../src/engine/conversions.js';
import { toSdkValue } from '../../src/aws/model/index.js';
import { argumentError, stringParam } from './s3-cmdlet-runtime.js';

const byName = { valueFromPipelineByPropertyName: true } as const;

/** Amazon.S3.S3CannedACL as the tool accepts it. */
export const CANNED_ACLS = [
  'NoACL',
  'private',
  'public-read',
  'public-read-write',
  'authenticated-read',
  'aws-exec-read',
  'bucket-owner-read',
  'bucket-owner-full-control',
  'log-delivery-write',
];
export const STORAGE_CLASSES = ['STANDARD', 'REDUCED_REDUNDANCY', 'STANDARD_IA', 'ONEZONE_IA', 'INTELLIGENT_TIERING', 'GLACIER', 'DEEP_ARCHIVE', 'GLACIER_IR', 'OUTPOSTS', 'EXPRESS_ONEZONE'];
const SSE_METHODS = ['None', 'AES256', 'aws:kms', 'aws:kms:dsse'];

/** Parameters in the sets given (undefined: every set). */
function inSets(sets: string[] | undefined): { parameterSets?: string[] } {
  return sets ? { parameterSets: sets } : {};
}

export function aclParameters(sets?: string[]): ParameterDef[] {
  return [
    { name: 'CannedACLName', type: 'System.String', completionValues: CANNED_ACLS, ...inSets(sets), ...byName },
    { name: 'PublicReadOnly', type: 'switch', ...inSets(sets), ...byName },
    { name: 'PublicReadWrite', type: 'switch', ...inSets(sets), ...byName },
  ];
}

export function storageClassParameters(sets?: string[]): ParameterDef[] {
  return [
    { name: 'StorageClass', type: 'System.String', completionValues: STORAGE_CLASSES, ...inSets(sets), ...byName },
    { name: 'StandardStorage', type: 'switch', ...inSets(sets), ...byName },
    { name: 'ReducedRedundancyStorage', type: 'switch', ...inSets(sets), ...byName },
  ];
}

export function encryptionParameters(sets?: string[]): ParameterDef[] {
  return [
    { name: 'ServerSideEncryption', type: 'System.String', completionValues: SSE_METHODS, ...inSets(sets), ...byName },
    { name: 'ServerSideEncryptionKeyManagementServiceKeyId', type: 'System.String', ...inSets(sets), ...byName },
  ];
}

export function customerKeyParameters(sets?: string[]): ParameterDef[] {
  return [
    { name: 'ServerSideEncryptionCustomerMethod', type: 'System.String', completionValues: ['AES256'], ...inSets(sets), ...byName },
    { name: 'ServerSideEncryptionCustomerProvidedKey', type: 'System.String', ...inSets(sets), ...byName },
    { name: 'ServerSideEncryptionCustomerProvidedKeyMD5', type: 'System.String', ...inSets(sets), ...byName },
  ];
}

export function metadataParameters(sets?: string[]): ParameterDef[] {
  return [
    { name: 'Metadata', type: 'System.Collections.Hashtable', ...inSets(sets), ...byName },
    { name: 'HeaderCollection', type: 'System.Collections.Hashtable', aliases: ['Headers'], ...inSets(sets), ...byName },
    { name: 'TagSet', type: 'System.Object[]', ...inSets(sets), ...byName },
  ];
}

/** -CannedACLName (NoACL: no ACL header), else the obsolete -PublicReadOnly/-PublicReadWrite switches. */
export function cannedAcl(params: Record<string, unknown>): string | undefined {
  const named = stringParam(params, 'CannedACLName');
  if (named !== undefined) {
    const known = CANNED_ACLS.find((a) => a.toLowerCase() === named.toLowerCase());
    if (known === 'NoACL') return undefined;
    return known ?? named;
  }
  if (params.PublicReadOnly === true) return 'public-read';
  if (params.PublicReadWrite === true) return 'public-read-write';
  return undefined;
}

function storageClass(params: Record<string, unknown>): string | undefined {
  const named = stringParam(params, 'StorageClass');
  if (named !== undefined) return STORAGE_CLASSES.find((c) => c.toLowerCase() === named.toLowerCase()) ?? named;
  if (params.StandardStorage === true) return 'STANDARD';
  if (params.ReducedRedundancyStorage === true) return 'REDUCED_REDUNDANCY';
  return undefined;
}

function entries(table: unknown): Array<[string, string]> {
  if (!(table instanceof PSHashtable)) return [];
  return table.entries().map((e) => [toStr(e.key), e.value === null || e.value === undefined ? '' : toStr(e.value)]);
}

/** -Metadata: user metadata; keys may carry the x-amz-meta- prefix (the SDK adds it). */
function metadata(params: Record<string, unknown>): Record<string, string> | undefined {
  const list = entries(params.Metadata);
  if (list.length === 0) return undefined;
  const out: Record<string, string> = {};
  for (const [k, v] of list) out[k.replace(/^x-amz-meta-/i, '')] = v;
  return out;
}

/** The standard headers -HeaderCollection may set, by lower-case name, as SDK request members. */
const HEADER_MEMBERS: Readonly<Record<string, string>> = {
  'cache-control': 'CacheControl',
  'content-disposition': 'ContentDisposition',
  'content-encoding': 'ContentEncoding',
  'content-language': 'ContentLanguage',
  'content-type': 'ContentType',
  'content-md5': 'ContentMD5',
  expires: 'Expires',
  'x-amz-website-redirect-location': 'WebsiteRedirectLocation',
};

/** -HeaderCollection entries as SDK members; a header S3 objects cannot carry is refused, not dropped. */
function headers(params: Record<string, unknown>, commandClass: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, value] of entries(params.HeaderCollection)) {
    const member = HEADER_MEMBERS[name.toLowerCase()];
    if (member === undefined) {
      throw argumentError(
        `The header '${name}' cannot be set with -HeaderCollection; use one of ${Object.keys(HEADER_MEMBERS).join(', ')}, or -Metadata for user metadata.`,
        'HeaderCollection',
        commandClass,
      );
    }
    out[member] = member === 'Expires' ? new Date(value) : value;
  }
  return out;
}

/** -TagSet (Tag objects or @{Key=..;Value=..} tables) as the URL-encoded x-amz-tagging value. */
export function taggingHeader(params: Record<string, unknown>): string | undefined {
  const tags = tagList(params);
  if (tags.length === 0) return undefined;
  return tags.map((t) => `${encodeURIComponent(t.Key)}=${encodeURIComponent(t.Value ?? '')}`).join('&');
}

export function tagList(params: Record<string, unknown>): Array<{ Key: string; Value?: string }> {
  const v = params.TagSet;
  if (v === null || v === undefined) return [];
  const sdk = toSdkValue(v, 'Amazon.S3.Model.Tag[]');
  return Array.isArray(sdk) ? (sdk as Array<{ Key: string; Value?: string }>) : [];
}

/**
 * The request members every object write shares: ACL, storage class, encryption, metadata, headers, tags.
 * `ContentType` comes from -HeaderCollection only here; the caller applies -ContentType and inference.
 */
export function objectWriteMembers(params: Record<string, unknown>, commandClass: string): Record<string, unknown> {
  const members: Record<string, unknown> = { ...headers(params, commandClass) };
  const acl = cannedAcl(params);
  if (acl !== undefined) members.ACL = acl;
  const sc = storageClass(params);
  if (sc !== undefined) members.StorageClass = sc;
  const sse = stringParam(params, 'ServerSideEncryption');
  if (sse !== undefined && sse.toLowerCase() !== 'none') members.ServerSideEncryption = sse;
  const kms = stringParam(params, 'ServerSideEncryptionKeyManagementServiceKeyId');
  if (kms !== undefined) members.SSEKMSKeyId = kms;
  Object.assign(members, customerKeyMembers(params, ''));
  const meta = metadata(params);
  if (meta) members.Metadata = meta;
  const tagging = taggingHeader(params);
  if (tagging !== undefined) members.Tagging = tagging;
  return members;
}

/** SSE-C members (prefix 'CopySource' for the source object of a copy). */
export function customerKeyMembers(params: Record<string, unknown>, prefix: '' | 'CopySource'): Record<string, unknown> {
  const members: Record<string, unknown> = {};
  const method = stringParam(params, `${prefix}ServerSideEncryptionCustomerMethod`);
  if (method !== undefined && method.toLowerCase() !== 'none') members[`${prefix}SSECustomerAlgorithm`] = method;
  const key = stringParam(params, `${prefix}ServerSideEncryptionCustomerProvidedKey`);
  if (key !== undefined) members[`${prefix}SSECustomerKey`] = key;
  const md5 = stringParam(params, `${prefix}ServerSideEncryptionCustomerProvidedKeyMD5`);
  if (md5 !== undefined) members[`${prefix}SSECustomerKeyMD5`] = md5;
  return members;
}
