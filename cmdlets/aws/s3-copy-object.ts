// Copy-S3Object: object to object (same or another bucket, with -MetadataDirective COPY/REPLACE, new ACL,
// storage class, encryption, metadata, headers and tags), object to a local file or folder, and every object
// under a key prefix to a local folder. Writes the destination S3Object, FileInfo or DirectoryInfo.

import * as nodePath from 'node:path';
import type { ParameterDef } from '../../src/pipeline/types.js';
import { toStr } from '../../src/engine/conversions.js';
import { getMember } from '../../src/engine/members.js';
import { toDotNet } from '../../src/aws/cmdlet/dotnet-shapes.js';
import { notSupportedError } from '../../src/aws/cmdlet/service-errors.js';
import { PSHashtable } from '../../src/objects/hashtable.js';
import { argumentError, cleanKey, defineS3Cmdlet, stringParam, type S3Call } from './s3-cmdlet-runtime.js';
import { aclParameters, customerKeyMembers, customerKeyParameters, encryptionParameters, metadataParameters, objectWriteMembers, storageClassParameters } from './s3-object-options.js';
import { downloadToFile, fileSystemItem } from './s3-download.js';
import { downloadFolder } from './s3-read-object.js';

const TO_FILE = 'CopySingleObjectToLocalFile';
const TO_OBJECT = 'CopyS3ObjectToS3Object';
const TO_FOLDER = 'CopySingleObjectToLocalFolder';
const MANY_TO_FOLDER = 'CopyMultipleObjectsToLocalFolder';
const byName = { valueFromPipelineByPropertyName: true } as const;
/** CopyObject copies at most 5 GB in one request. */
const MAX_SINGLE_COPY = 5 * 1024 * 1024 * 1024;

const PARAMETERS: ParameterDef[] = [
  { name: 'BucketName', type: 'System.String', aliases: ['SourceBucket'], position: 0, valueFromPipeline: true, mandatory: true, ...byName },
  { name: 'Key', type: 'System.String', aliases: ['SourceKey'], position: 1, parameterSets: [TO_FILE, TO_OBJECT, TO_FOLDER], mandatory: [TO_OBJECT, TO_FILE], ...byName },
  { name: 'VersionId', type: 'System.String', aliases: ['SourceVersionId'], parameterSets: [TO_FILE, TO_FOLDER, TO_OBJECT], ...byName },
  { name: 'DestinationKey', type: 'System.String', position: 2, parameterSets: [TO_OBJECT], mandatory: true, ...byName },
  { name: 'DestinationBucket', type: 'System.String', position: 3, parameterSets: [TO_OBJECT], ...byName },
  { name: 'MetadataDirective', type: 'System.String', completionValues: ['COPY', 'REPLACE'], parameterSets: [TO_OBJECT], ...byName },
  { name: 'ContentType', type: 'System.String', parameterSets: [TO_OBJECT], ...byName },
  ...aclParameters([TO_OBJECT]),
  ...storageClassParameters([TO_OBJECT]),
  ...encryptionParameters([TO_OBJECT]),
  { name: 'WebsiteRedirectLocation', type: 'System.String', parameterSets: [TO_OBJECT], ...byName },
  ...metadataParameters([TO_OBJECT]),
  { name: 'LocalFile', type: 'System.String', aliases: ['File'], position: 2, parameterSets: [TO_FILE], mandatory: true, ...byName },
  { name: 'LocalFolder', type: 'System.String', aliases: ['Folder'], parameterSets: [TO_FOLDER, MANY_TO_FOLDER], mandatory: true, ...byName },
  { name: 'KeyPrefix', type: 'System.String', aliases: ['SourcePrefix'], parameterSets: [MANY_TO_FOLDER], ...byName },
  { name: 'ETagToMatch', type: 'System.String', parameterSets: [TO_OBJECT], ...byName },
  { name: 'ETagToNotMatch', type: 'System.String', parameterSets: [TO_OBJECT], ...byName },
  { name: 'ModifiedSinceDate', type: 'System.DateTime', hidden: true, ...byName },
  { name: 'UnmodifiedSinceDate', type: 'System.DateTime', hidden: true, ...byName },
  { name: 'UtcModifiedSinceDate', type: 'System.DateTime', ...byName },
  { name: 'UtcUnmodifiedSinceDate', type: 'System.DateTime', ...byName },
  { name: 'CopySourceServerSideEncryptionCustomerMethod', type: 'System.String', completionValues: ['AES256'], parameterSets: [TO_OBJECT], ...byName },
  { name: 'CopySourceServerSideEncryptionCustomerProvidedKey', type: 'System.String', parameterSets: [TO_OBJECT], ...byName },
  { name: 'CopySourceServerSideEncryptionCustomerProvidedKeyMD5', type: 'System.String', parameterSets: [TO_OBJECT], ...byName },
  ...customerKeyParameters([TO_OBJECT, TO_FOLDER, TO_FILE]),
  { name: 'ChecksumAlgorithm', type: 'System.String', completionValues: ['CRC32', 'CRC32C', 'SHA1', 'SHA256'], parameterSets: [TO_OBJECT], ...byName },
  { name: 'ChecksumMode', type: 'System.String', completionValues: ['ENABLED'], parameterSets: [TO_OBJECT, TO_FOLDER, TO_FILE], ...byName },
];

function dateParam(call: S3Call, utc: string, obsolete: string): Date | undefined {
  if (call.ctx.isBound(utc) && call.ctx.isBound(obsolete)) throw argumentError(`Parameters ${obsolete} and ${utc} are mutually exclusive.`, undefined, call.commandClass);
  const v = call.params[utc] ?? call.params[obsolete];
  return v instanceof Date ? v : undefined;
}

/** The CopySource value: bucket and URL-encoded key (and version). */
function copySource(bucket: string, key: string, versionId: string | undefined): string {
  const encodedKey = key.split('/').map(encodeURIComponent).join('/');
  return `${bucket}/${encodedKey}${versionId !== undefined ? `?versionId=${encodeURIComponent(versionId)}` : ''}`;
}

function hasEntries(v: unknown): boolean {
  return v instanceof PSHashtable && v.count > 0;
}

async function copyToObject(call: S3Call): Promise<void> {
  const p = call.params;
  const sourceBucket = toStr(p.BucketName);
  const sourceKey = cleanKey(toStr(p.Key));
  const versionId = stringParam(p, 'VersionId');
  const destBucket = stringParam(p, 'DestinationBucket') ?? sourceBucket;
  const destKey = cleanKey(stringParam(p, 'DestinationKey') ?? sourceKey);

  const head = await call.send(new call.sdk.HeadObjectCommand({ Bucket: sourceBucket, Key: sourceKey, VersionId: versionId, ...customerKeyMembers(p, 'CopySource') } as never), 'GetObjectMetadata');
  if ((head.ContentLength ?? 0) > MAX_SINGLE_COPY) throw notSupportedError(`Copy-S3Object cannot copy '${sourceKey}' (over 5 GB, which needs a multipart copy) yet in awsps.`, call.commandClass);

  const input: Record<string, unknown> = { ...objectWriteMembers(p, call.commandClass), ...customerKeyMembers(p, 'CopySource'), Bucket: destBucket, Key: destKey, CopySource: copySource(sourceBucket, sourceKey, versionId) };
  const contentType = stringParam(p, 'ContentType');
  if (contentType !== undefined) input.ContentType = contentType;
  const directive = stringParam(p, 'MetadataDirective');
  // New content type, metadata or headers only apply with REPLACE: asking for them implies it.
  if (directive !== undefined) input.MetadataDirective = directive.toUpperCase();
  else if (contentType !== undefined || hasEntries(p.Metadata) || hasEntries(p.HeaderCollection)) input.MetadataDirective = 'REPLACE';
  if (input.Tagging !== undefined) input.TaggingDirective = 'REPLACE';
  const redirect = stringParam(p, 'WebsiteRedirectLocation');
  if (redirect !== undefined) input.WebsiteRedirectLocation = redirect;
  const match = stringParam(p, 'ETagToMatch');
  if (match !== undefined) input.CopySourceIfMatch = match;
  const noneMatch = stringParam(p, 'ETagToNotMatch');
  if (noneMatch !== undefined) input.CopySourceIfNoneMatch = noneMatch;
  const since = dateParam(call, 'UtcModifiedSinceDate', 'ModifiedSinceDate');
  if (since) input.CopySourceIfModifiedSince = since;
  const until = dateParam(call, 'UtcUnmodifiedSinceDate', 'UnmodifiedSinceDate');
  if (until) input.CopySourceIfUnmodifiedSince = until;
  const checksum = stringParam(p, 'ChecksumAlgorithm');
  if (checksum !== undefined) input.ChecksumAlgorithm = checksum.toUpperCase();
  await call.send(new call.sdk.CopyObjectCommand(input as never), 'CopyObject');

  // The output is the destination's S3Object, as a listing shows it.
  const listing = await call.send(new call.sdk.ListObjectsCommand({ Bucket: destBucket, Prefix: destKey }), 'ListObjects');
  const objects = getMember(toDotNet(listing, 'Amazon.S3.Model.ListObjectsResponse'), 'S3Objects');
  const copied = Array.isArray(objects) ? objects.find((o) => getMember(o, 'Key') === destKey) : undefined;
  if (copied !== undefined) await call.emit(copied);
}

function downloadMembers(call: S3Call): Record<string, unknown> {
  const members: Record<string, unknown> = { ...customerKeyMembers(call.params, '') };
  const since = dateParam(call, 'UtcModifiedSinceDate', 'ModifiedSinceDate');
  if (since) members.IfModifiedSince = since;
  const until = dateParam(call, 'UtcUnmodifiedSinceDate', 'UnmodifiedSinceDate');
  if (until) members.IfUnmodifiedSince = until;
  const checksum = stringParam(call.params, 'ChecksumMode');
  if (checksum !== undefined) members.ChecksumMode = checksum.toUpperCase();
  return members;
}

async function copyToFile(call: S3Call, target: string): Promise<void> {
  const key = cleanKey(toStr(call.params.Key));
  const versionId = stringParam(call.params, 'VersionId');
  await downloadToFile(call, { ...downloadMembers(call), Bucket: toStr(call.params.BucketName), Key: key, ...(versionId !== undefined ? { VersionId: versionId } : {}) }, target);
  await call.emit(fileSystemItem(target));
}

export const copyS3Object = defineS3Cmdlet({
  name: 'Copy-S3Object',
  className: 'CopyS3ObjectCmdlet',
  synopsis: 'Copies an S3 object to another S3 object, or S3 objects to the local file system.',
  parameters: PARAMETERS,
  defaultParameterSet: TO_FILE,
  outputType: ['Amazon.S3.Model.S3Object', 'System.IO.FileInfo', 'System.IO.DirectoryInfo'],
  confirmImpact: 'Low',
  confirmation: (ctx) => ({ target: toStr(ctx.params.Key ?? ''), action: 'Copy-S3Object (CopyObject)' }),
  async run(call) {
    const p = call.params;
    switch (call.ctx.parameterSetName) {
      case TO_OBJECT:
        return copyToObject(call);
      case TO_FOLDER: {
        const key = stringParam(p, 'Key');
        if (key === undefined) throw argumentError('Give -Key, the object to copy into -LocalFolder (or -KeyPrefix to copy every object under a prefix).', 'Key', call.commandClass);
        return copyToFile(call, nodePath.join(call.ctx.session.resolvePath(toStr(p.LocalFolder)), cleanKey(key)));
      }
      case MANY_TO_FOLDER: {
        const folder = call.ctx.session.resolvePath(toStr(p.LocalFolder));
        await downloadFolder(call, toStr(p.BucketName), stringParam(p, 'KeyPrefix'), folder, downloadMembers(call));
        await call.emit(fileSystemItem(folder));
        return;
      }
      default:
        return copyToFile(call, call.ctx.session.resolvePath(toStr(p.LocalFile)));
    }
  },
});
