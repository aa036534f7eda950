// Remove-S3Object (one key, or many with -KeyCollection / -KeyAndVersionCollection / S3Object input, in
// DeleteObjects batches) and Remove-S3Bucket (-DeleteBucketContent deletes every object version and delete
// marker first). Both confirm (ConfirmImpact High) unless -Force.

import type { CommandContext, ParameterDef } from '../../src/pipeline/types.js';
import { RuntimeError, makeErrorRecord } from '../../src/engine/errors.js';
import { toStr } from '../../src/engine/conversions.js';
import { getMember } from '../../src/engine/members.js';
import { PSList } from '../../src/objects/pslist.js';
import { toDotNet } from '../../src/aws/cmdlet/dotnet-shapes.js';
import { SERVICE_EXCEPTION_BASES } from '../../src/aws/clients/index.js';
import { argumentError, cleanKey, defineS3Cmdlet, stringParam, type S3Call } from './s3-cmdlet-runtime.js';

const byName = { valueFromPipelineByPropertyName: true } as const;
const WITH_KEY = 'WithKey';
const WITH_KEYS = 'WithKeyCollection';
const WITH_VERSIONS = 'WithKeyVersionCollection';
const WITH_OBJECTS = 'WithS3ObjectCollection';
/** DeleteObjects takes at most 1000 keys per request. */
const DELETE_BATCH = 1000;

interface ObjectId {
  Key: string;
  VersionId?: string;
}

function items(value: unknown): unknown[] {
  if (value === null || value === undefined) return [];
  if (value instanceof PSList) return value.items;
  return Array.isArray(value) ? value : [value];
}

function memberText(o: unknown, name: string): string | undefined {
  const v = o === null || typeof o !== 'object' ? undefined : getMember(o, name);
  return v === null || v === undefined || v === '' ? undefined : toStr(v);
}

function mfa(params: Record<string, unknown>): string | undefined {
  const serial = stringParam(params, 'SerialNumber');
  const code = stringParam(params, 'AuthenticationValue');
  return serial !== undefined && code !== undefined ? `${serial} ${code}` : undefined;
}

/** The keys (and versions) a collection parameter set names, and the bucket they are in. */
function collectionTargets(call: S3Call): { bucket: string; ids: ObjectId[] } {
  const p = call.params;
  switch (call.ctx.parameterSetName) {
    case WITH_KEYS:
      return { bucket: toStr(p.BucketName), ids: items(p.KeyCollection).map((k) => ({ Key: toStr(k) })) };
    case WITH_VERSIONS:
      return {
        bucket: toStr(p.BucketName),
        ids: items(p.KeyAndVersionCollection).map((kv) => {
          const key = memberText(kv, 'Key');
          if (key === undefined) throw argumentError('Each -KeyAndVersionCollection entry needs a Key (and optionally a VersionId), e.g. @{ Key = "a.txt"; VersionId = "..." }.', 'KeyAndVersionCollection', call.commandClass);
          const version = memberText(kv, 'VersionId');
          return version === undefined ? { Key: key } : { Key: key, VersionId: version };
        }),
      };
    default: {
      const objects = items(p.InputObject);
      const bucket = memberText(objects[0], 'BucketName') ?? stringParam(p, 'BucketName');
      if (bucket === undefined) throw argumentError('The -InputObject values carry no BucketName: pass the S3Object values Get-S3Object writes.', 'InputObject', call.commandClass);
      return {
        bucket,
        ids: objects.map((o) => {
          const key = memberText(o, 'Key') ?? '';
          const version = memberText(o, 'VersionId');
          return version === undefined ? { Key: key } : { Key: key, VersionId: version };
        }),
      };
    }
  }
}

/** DeleteObjectsException: some keys could not be deleted (the others were). */
function deleteErrors(errors: Array<{ Key?: string; Code?: string; Message?: string }>, commandClass: string): RuntimeError {
  const detail = errors.map((e) => `'${e.Key ?? ''}': ${e.Message ?? e.Code ?? 'unknown error'}${e.Code ? ` (${e.Code})` : ''}`).join('; ');
  return new RuntimeError(
    makeErrorRecord(`Error deleting objects: ${detail}`, {
      type: 'Amazon.S3.DeleteObjectsException',
      id: `Amazon.S3.DeleteObjectsException,${commandClass}`,
      category: 'NotSpecified',
      baseTypeNames: ['Amazon.S3.AmazonS3Exception', ...SERVICE_EXCEPTION_BASES],
      data: { DeleteErrors: errors.map((e) => toDotNet(e, 'Amazon.S3.Model.Error')) },
    }),
  );
}

/** Deletes objects in batches; returns the DeletedObject values; fails with every key that was not deleted. */
async function deleteMany(call: S3Call, bucket: string, ids: ObjectId[], quiet: boolean): Promise<unknown[]> {
  const deleted: unknown[] = [];
  const errors: Array<{ Key?: string; Code?: string; Message?: string }> = [];
  const serial = mfa(call.params);
  for (let i = 0; i < ids.length; i += DELETE_BATCH) {
    const input: Record<string, unknown> = { Bucket: bucket, Delete: { Objects: ids.slice(i, i + DELETE_BATCH), Quiet: quiet } };
    if (serial !== undefined) input.MFA = serial;
    const checksum = stringParam(call.params, 'ChecksumAlgorithm');
    if (checksum !== undefined) input.ChecksumAlgorithm = checksum.toUpperCase();
    const out = await call.send(new call.sdk.DeleteObjectsCommand(input as never), 'DeleteObjects');
    for (const d of out.Deleted ?? []) deleted.push(toDotNet(d, 'Amazon.S3.Model.DeletedObject'));
    errors.push(...(out.Errors ?? []));
  }
  if (errors.length > 0) throw deleteErrors(errors, call.commandClass);
  return deleted;
}

function removeObjectTarget(ctx: CommandContext): string {
  const p = ctx.params;
  switch (ctx.parameterSetName) {
    case WITH_KEY:
      return toStr(p.Key ?? '');
    case WITH_KEYS:
      return items(p.KeyCollection).map((k) => toStr(k)).join(', ');
    case WITH_VERSIONS:
      return items(p.KeyAndVersionCollection).map((kv) => memberText(kv, 'Key') ?? '').join(', ');
    default:
      return items(p.InputObject).map((o) => memberText(o, 'Key') ?? '').join(', ');
  }
}

const REMOVE_OBJECT_PARAMETERS: ParameterDef[] = [
  { name: 'BucketName', type: 'System.String', position: 0, valueFromPipeline: true, parameterSets: [WITH_KEY, WITH_VERSIONS, WITH_KEYS], mandatory: true, ...byName },
  { name: 'Key', type: 'System.String', position: 1, parameterSets: [WITH_KEY], mandatory: true, ...byName },
  { name: 'VersionId', type: 'System.String', position: 2, parameterSets: [WITH_KEY], ...byName },
  { name: 'KeyAndVersionCollection', type: 'System.Object[]', aliases: ['VersionKeys', 'VersionKey'], parameterSets: [WITH_VERSIONS], mandatory: true, ...byName },
  { name: 'InputObject', type: 'Amazon.S3.Model.S3Object[]', aliases: ['InputObjects', 'S3ObjectCollection'], valueFromPipeline: true, parameterSets: [WITH_OBJECTS], mandatory: true, ...byName },
  { name: 'KeyCollection', type: 'System.String[]', aliases: ['Keys'], parameterSets: [WITH_KEYS], mandatory: true, ...byName },
  { name: 'ReportErrorsOnly', type: 'switch', aliases: ['Quiet'], parameterSets: [WITH_KEYS, WITH_OBJECTS, WITH_VERSIONS], ...byName },
  { name: 'ChecksumAlgorithm', type: 'System.String', completionValues: ['CRC32', 'CRC32C', 'SHA1', 'SHA256'], parameterSets: [WITH_VERSIONS, WITH_KEYS], ...byName },
  { name: 'SerialNumber', type: 'System.String', aliases: ['MfaCodes_First'], ...byName },
  { name: 'AuthenticationValue', type: 'System.String', aliases: ['MfaCodes_Second'], ...byName },
];

export const removeS3Object = defineS3Cmdlet({
  name: 'Remove-S3Object',
  className: 'RemoveS3ObjectCmdlet',
  synopsis: 'Deletes one or more objects from an S3 bucket.',
  parameters: REMOVE_OBJECT_PARAMETERS,
  defaultParameterSet: WITH_KEY,
  outputType: ['Amazon.S3.Model.DeleteObjectResponse', 'Amazon.S3.Model.DeletedObject'],
  confirmImpact: 'High',
  confirmation: (ctx) => ({ target: removeObjectTarget(ctx), action: 'Remove-S3Object (DeleteObjects)' }),
  async run(call) {
    if (call.ctx.parameterSetName === WITH_KEY) {
      const input: Record<string, unknown> = { Bucket: toStr(call.params.BucketName), Key: cleanKey(toStr(call.params.Key)) };
      const version = stringParam(call.params, 'VersionId');
      if (version !== undefined) input.VersionId = version;
      const serial = mfa(call.params);
      if (serial !== undefined) input.MFA = serial;
      const out = await call.send(new call.sdk.DeleteObjectCommand(input as never), 'DeleteObject');
      await call.emit(toDotNet(out, 'Amazon.S3.Model.DeleteObjectResponse'));
      return;
    }
    const { bucket, ids } = collectionTargets(call);
    if (ids.length === 0) return;
    for (const d of await deleteMany(call, bucket, ids, call.params.ReportErrorsOnly === true)) await call.emit(d);
  },
});

/** Every object version and delete marker of a bucket (unversioned objects have version 'null'). */
async function allVersions(call: S3Call, bucket: string): Promise<ObjectId[]> {
  const ids: ObjectId[] = [];
  let keyMarker: string | undefined;
  let versionMarker: string | undefined;
  for (;;) {
    const page = await call.send(new call.sdk.ListObjectVersionsCommand({ Bucket: bucket, KeyMarker: keyMarker, VersionIdMarker: versionMarker }), 'ListVersions');
    for (const v of [...(page.Versions ?? []), ...(page.DeleteMarkers ?? [])]) {
      if (v.Key !== undefined) ids.push(v.VersionId ? { Key: v.Key, VersionId: v.VersionId } : { Key: v.Key });
    }
    if (!page.IsTruncated) return ids;
    keyMarker = page.NextKeyMarker;
    versionMarker = page.NextVersionIdMarker;
  }
}

export const removeS3Bucket = defineS3Cmdlet({
  name: 'Remove-S3Bucket',
  className: 'RemoveS3BucketCmdlet',
  synopsis: 'Deletes an S3 bucket, optionally deleting every object and object version in it first.',
  parameters: [
    { name: 'BucketName', type: 'System.String', position: 0, valueFromPipeline: true, mandatory: true, ...byName },
    { name: 'DeleteBucketContent', type: 'switch', aliases: ['DeleteObjects'], ...byName },
  ],
  outputType: ['Amazon.S3.Model.DeleteBucketResponse'],
  confirmImpact: 'High',
  confirmation: (ctx) => ({ target: toStr(ctx.params.BucketName ?? ''), action: 'Remove-S3Bucket (DeleteBucket)' }),
  select: { defaultOutputProperty: '*' },
  async run(call) {
    const bucket = toStr(call.params.BucketName);
    if (call.params.DeleteBucketContent === true) {
      await deleteMany(call, bucket, await allVersions(call, bucket), true);
      await call.send(new call.sdk.DeleteBucketCommand({ Bucket: bucket }), 'DeleteBucket');
      return;
    }
    const out = await call.send(new call.sdk.DeleteBucketCommand({ Bucket: bucket }), 'DeleteBucket');
    await call.writeResponse(toDotNet(out, 'Amazon.S3.Model.DeleteBucketResponse'));
  },
});
