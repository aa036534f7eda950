// Read-S3Object: downloads one object to a file (-Key -File, -Version), every object under a key prefix to a
// folder (-KeyPrefix -Folder, the key hierarchy kept as sub-folders), or an S3Object from the pipeline (to
// -File, or to -Folder under its key). Writes the FileInfo (or DirectoryInfo) item of what it wrote.

import * as fs from 'node:fs';
import * as nodePath from 'node:path';
import type { ParameterDef } from '../../src/pipeline/types.js';
import { PSObject } from '../../src/objects/psobject.js';
import { toStr } from '../../src/engine/conversions.js';
import { argumentError, cleanKey, defineS3Cmdlet, fileSystemError, stringParam, type S3Call } from './s3-cmdlet-runtime.js';
import { customerKeyParameters, customerKeyMembers } from './s3-object-options.js';
import { downloadToFile, fileSystemItem, type GetObjectMembers } from './s3-download.js';

const FILE = 'DownloadFile';
const FOLDER = 'DownloadFolder';
const FROM_OBJECT = 'FromS3ObjectToFileOrFolder';
const byName = { valueFromPipelineByPropertyName: true } as const;

const PARAMETERS: ParameterDef[] = [
  { name: 'BucketName', type: 'System.String', position: 0, valueFromPipeline: true, mandatory: [FILE, FOLDER], ...byName },
  { name: 'Key', type: 'System.String', position: 1, parameterSets: [FILE], mandatory: true, ...byName },
  { name: 'File', type: 'System.String', position: 2, parameterSets: [FILE, FROM_OBJECT], mandatory: [FILE], ...byName },
  { name: 'Version', type: 'System.String', aliases: ['VersionId'], position: 3, parameterSets: [FILE], ...byName },
  { name: 'KeyPrefix', type: 'System.String', aliases: ['Prefix'], position: 1, parameterSets: [FOLDER], ...byName },
  { name: 'Folder', type: 'System.String', aliases: ['Directory'], position: 2, parameterSets: [FOLDER, FROM_OBJECT], mandatory: [FOLDER], ...byName },
  { name: 'S3Object', type: 'Amazon.S3.Model.S3Object', valueFromPipeline: true, parameterSets: [FROM_OBJECT], mandatory: true, ...byName },
  { name: 'ModifiedSinceDate', type: 'System.DateTime', hidden: true, ...byName },
  { name: 'UnmodifiedSinceDate', type: 'System.DateTime', hidden: true, ...byName },
  { name: 'UtcModifiedSinceDate', type: 'System.DateTime', ...byName },
  { name: 'UtcUnmodifiedSinceDate', type: 'System.DateTime', ...byName },
  ...customerKeyParameters([FILE, FROM_OBJECT]),
  { name: 'ChecksumMode', type: 'System.String', completionValues: ['ENABLED'], parameterSets: [FILE, FROM_OBJECT], ...byName },
];

/** '/', '\', '*', '/*' and '\*' all mean "the whole bucket". */
const ROOT_INDICATORS = new Set(['/', '\\', '*', '/*', '\\*']);

/** The conditions and keys every GetObject of this invocation carries. */
function getObjectMembers(call: S3Call): Record<string, unknown> {
  const p = call.params;
  for (const [obsolete, utc] of [
    ['ModifiedSinceDate', 'UtcModifiedSinceDate'],
    ['UnmodifiedSinceDate', 'UtcUnmodifiedSinceDate'],
  ] as const) {
    if (call.ctx.isBound(obsolete) && call.ctx.isBound(utc)) throw argumentError(`Parameters ${obsolete} and ${utc} are mutually exclusive.`, undefined, call.commandClass);
  }
  const members: Record<string, unknown> = {};
  const since = p.UtcModifiedSinceDate ?? p.ModifiedSinceDate;
  if (since instanceof Date) members.IfModifiedSince = since;
  const until = p.UtcUnmodifiedSinceDate ?? p.UnmodifiedSinceDate;
  if (until instanceof Date) members.IfUnmodifiedSince = until;
  Object.assign(members, customerKeyMembers(p, ''));
  const checksum = stringParam(p, 'ChecksumMode');
  if (checksum !== undefined) members.ChecksumMode = checksum.toUpperCase();
  return members;
}

async function downloadFile(call: S3Call, input: GetObjectMembers, file: string): Promise<void> {
  await downloadToFile(call, input, file);
  await call.emit(fileSystemItem(file));
}

/** The local path of a key under a folder; keys that would land outside it are refused. */
function pathUnder(folder: string, relativeKey: string, call: S3Call): string {
  const target = nodePath.resolve(folder, ...relativeKey.split('/').filter((s) => s !== ''));
  if (target !== folder && !target.startsWith(folder.endsWith(nodePath.sep) ? folder : folder + nodePath.sep)) {
    throw argumentError(`The object key '${relativeKey}' would be written outside the folder '${folder}'.`, 'KeyPrefix', call.commandClass);
  }
  return target;
}

/** Every key under a prefix ('' for the whole bucket), following ListObjectsV2 continuation tokens. */
export async function listKeys(call: S3Call, bucket: string, prefix: string): Promise<string[]> {
  const keys: string[] = [];
  let token: string | undefined;
  do {
    const page = await call.send(new call.sdk.ListObjectsV2Command({ Bucket: bucket, Prefix: prefix === '' ? undefined : prefix, ContinuationToken: token }), 'ListObjectsV2');
    for (const o of page.Contents ?? []) if (o.Key !== undefined) keys.push(o.Key);
    token = page.IsTruncated ? page.NextContinuationToken : undefined;
  } while (token);
  return keys;
}

/** Downloads every object under a prefix into a folder, keeping the key hierarchy; returns how many. */
export async function downloadFolder(call: S3Call, bucket: string, keyPrefix: string | undefined, folder: string, members: Record<string, unknown>): Promise<number> {
  let prefix = keyPrefix === undefined || ROOT_INDICATORS.has(keyPrefix) ? '' : cleanKey(keyPrefix);
  // A prefix names a virtual folder: "logs" means "logs/".
  if (prefix !== '' && !prefix.endsWith('/')) prefix += '/';
  try {
    fs.mkdirSync(folder, { recursive: true });
  } catch (err) {
    throw fileSystemError(err, folder, call.commandClass);
  }
  let count = 0;
  for (const key of await listKeys(call, bucket, prefix)) {
    const relative = key.slice(prefix.length);
    if (relative === '') continue;
    const target = pathUnder(folder, relative, call);
    if (key.endsWith('/')) {
      fs.mkdirSync(target, { recursive: true });
      continue;
    }
    await downloadToFile(call, { ...members, Bucket: bucket, Key: key }, target);
    count++;
  }
  return count;
}

function objectMember(obj: unknown, name: string): string | undefined {
  if (!(obj instanceof PSObject)) return undefined;
  const v = obj.get(name);
  return v === null || v === undefined || v === '' ? undefined : toStr(v);
}

async function fromS3Object(call: S3Call, members: Record<string, unknown>): Promise<void> {
  const obj = call.params.S3Object;
  const bucket = objectMember(obj, 'BucketName') ?? stringParam(call.params, 'BucketName');
  const key = objectMember(obj, 'Key');
  if (bucket === undefined || key === undefined) throw argumentError('The -S3Object value has no BucketName or Key: pass the objects Get-S3Object writes.', 'S3Object', call.commandClass);
  const versionId = objectMember(obj, 'VersionId');
  const input: GetObjectMembers = { ...members, Bucket: bucket, Key: key, ...(versionId !== undefined ? { VersionId: versionId } : {}) };
  const file = stringParam(call.params, 'File');
  const folder = stringParam(call.params, 'Folder');
  if (file === undefined && folder === undefined) throw argumentError('Give -File or -Folder to say where the S3 object is written.', 'File', call.commandClass);
  const target = file !== undefined ? call.ctx.session.resolvePath(file) : pathUnder(call.ctx.session.resolvePath(folder!), key, call);
  await downloadFile(call, input, target);
}

export const readS3Object = defineS3Cmdlet({
  name: 'Read-S3Object',
  className: 'ReadS3ObjectCmdlet',
  synopsis: 'Downloads one or more objects from an S3 bucket to the local file system.',
  parameters: PARAMETERS,
  defaultParameterSet: FILE,
  outputType: ['System.IO.FileInfo', 'System.IO.DirectoryInfo'],
  async run(call) {
    const members = getObjectMembers(call);
    const bucket = stringParam(call.params, 'BucketName') ?? '';
    switch (call.ctx.parameterSetName) {
      case FROM_OBJECT:
        return fromS3Object(call, members);
      case FOLDER: {
        const folder = call.ctx.session.resolvePath(toStr(call.params.Folder));
        const originalPrefix = stringParam(call.params, 'KeyPrefix');
        const count = await downloadFolder(call, bucket, originalPrefix, folder, members);
        call.ctx.writeVerbose(`Downloaded ${count} object(s) from bucket '${bucket}' with keyprefix '${originalPrefix ?? ''}' to '${folder}'`);
        await call.emit(fileSystemItem(folder));
        return;
      }
      default: {
        const key = cleanKey(toStr(call.params.Key));
        const file = call.ctx.session.resolvePath(toStr(call.params.File));
        const version = stringParam(call.params, 'Version');
        await downloadFile(call, { ...members, Bucket: bucket, Key: key, ...(version !== undefined ? { VersionId: version } : {}) }, file);
      }
    }
  },
});
