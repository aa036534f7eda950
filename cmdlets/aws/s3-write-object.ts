// Write-S3Object: uploads a file (-File, key defaulting to its name), in-line text (-Content/-Text), a stream
// (-Stream: text, lines, bytes or a file item) or a folder (-Folder, -KeyPrefix, -Recurse, -SearchPattern).
// Large files go up in parallel multipart parts (s3-upload.ts). Writes nothing on success, as AWS Tools does.

import * as fs from 'node:fs';
import * as nodePath from 'node:path';
import type { ParameterDef } from '../../src/pipeline/types.js';
import { PSObject } from '../../src/objects/psobject.js';
import { PSList } from '../../src/objects/pslist.js';
import { RuntimeError, makeErrorRecord } from '../../src/engine/errors.js';
import { toStr } from '../../src/engine/conversions.js';
import { cleanKey, defineS3Cmdlet, fileSystemError, stringParam, type S3Call } from './s3-cmdlet-runtime.js';
import { contentTypeFor } from './s3-content-types.js';
import { aclParameters, customerKeyParameters, encryptionParameters, metadataParameters, objectWriteMembers, storageClassParameters } from './s3-object-options.js';
import { uploadObject, uploadOptions, type UploadBody } from './s3-upload.js';

const FILE = 'UploadSingleFile';
const CONTENT = 'UploadFromContent';
const STREAM = 'UploadFromStream';
const FOLDER = 'UploadFolder';
const byName = { valueFromPipelineByPropertyName: true } as const;

const PARAMETERS: ParameterDef[] = [
  { name: 'BucketName', type: 'System.String', position: 0, valueFromPipeline: true, mandatory: true, ...byName },
  { name: 'Key', type: 'System.String', position: 1, parameterSets: [FILE, CONTENT, STREAM], mandatory: [CONTENT, STREAM], ...byName },
  { name: 'File', type: 'System.String', position: 2, parameterSets: [FILE], mandatory: true, ...byName },
  { name: 'Stream', type: 'System.Object', parameterSets: [STREAM], mandatory: true, ...byName },
  { name: 'Content', type: 'System.String', aliases: ['Text'], parameterSets: [CONTENT], mandatory: true, ...byName },
  { name: 'KeyPrefix', type: 'System.String', aliases: ['Prefix'], position: 1, parameterSets: [FOLDER], mandatory: true, ...byName },
  { name: 'Folder', type: 'System.String', aliases: ['Directory'], position: 2, parameterSets: [FOLDER], mandatory: true, ...byName },
  { name: 'Recurse', type: 'switch', position: 3, parameterSets: [FOLDER], ...byName },
  { name: 'SearchPattern', type: 'System.String', aliases: ['Pattern'], position: 4, parameterSets: [FOLDER], ...byName },
  ...aclParameters(),
  { name: 'ContentType', type: 'System.String', ...byName },
  ...storageClassParameters(),
  ...encryptionParameters(),
  ...customerKeyParameters(),
  ...metadataParameters(),
  { name: 'ChecksumAlgorithm', type: 'System.String', completionValues: ['CRC32', 'CRC32C', 'SHA1', 'SHA256'], parameterSets: [FILE, CONTENT, STREAM], ...byName },
  { name: 'ConcurrentServiceRequest', type: 'System.Int32', aliases: ['ConcurrentServiceRequests'], allowNull: true, ...byName },
  { name: 'CalculateContentMD5Header', type: 'System.Boolean', ...byName },
  { name: 'PartSize', type: 'System.Object', ...byName },
];

/** The members every upload of this invocation carries; ContentType per object unless -ContentType is given. */
function baseMembers(call: S3Call, bucket: string): Record<string, unknown> {
  const members = objectWriteMembers(call.params, call.commandClass);
  members.Bucket = bucket;
  const checksum = stringParam(call.params, 'ChecksumAlgorithm');
  if (checksum !== undefined) members.ChecksumAlgorithm = checksum.toUpperCase();
  const contentType = stringParam(call.params, 'ContentType');
  if (contentType !== undefined) members.ContentType = contentType;
  return members;
}

function withKey(members: Record<string, unknown>, key: string, typeSource: string): Record<string, unknown> {
  return { ...members, Key: key, ContentType: members.ContentType ?? contentTypeFor(typeSource) };
}

function fileSize(path: string, call: S3Call): number {
  let st: fs.Stats;
  try {
    st = fs.statSync(path);
  } catch (err) {
    throw fileSystemError(err, path, call.commandClass);
  }
  if (!st.isFile()) throw fileSystemError(Object.assign(new Error(''), { code: 'EISDIR' }), path, call.commandClass);
  return st.size;
}

async function uploadFile(call: S3Call, bucket: string): Promise<void> {
  const path = call.ctx.session.resolvePath(toStr(call.params.File).trim());
  const given = stringParam(call.params, 'Key');
  const key = given !== undefined ? cleanKey(given) : nodePath.basename(path);
  const size = fileSize(path, call);
  await uploadObject(call, withKey(baseMembers(call, bucket), key, path), { kind: 'file', path, size }, uploadOptions(call.params, call.commandClass, path));
}

async function uploadContent(call: S3Call, bucket: string): Promise<void> {
  const key = cleanKey(toStr(call.params.Key));
  const data = Buffer.from(toStr(call.params.Content ?? ''), 'utf8');
  await uploadObject(call, withKey(baseMembers(call, bucket), key, key), { kind: 'bytes', data }, uploadOptions(call.params, call.commandClass, key));
}

function isFileItem(v: unknown): v is PSObject {
  return v instanceof PSObject && v.typeNames[0] === 'System.IO.FileInfo';
}

/** -Stream: text (UTF-8), lines (joined by newlines), bytes, or a file item (its content, streamed). */
function streamBody(value: unknown, call: S3Call): UploadBody {
  const v = value instanceof PSList ? value.items : value;
  if (v instanceof Uint8Array) return { kind: 'bytes', data: v };
  if (isFileItem(v)) {
    const path = toStr(v.get('FullName'));
    return { kind: 'file', path, size: fileSize(path, call) };
  }
  if (Array.isArray(v)) {
    if (v.length > 0 && v.every((b) => typeof b === 'number' && Number.isInteger(b) && b >= 0 && b < 256)) return { kind: 'bytes', data: Uint8Array.from(v as number[]) };
    return { kind: 'bytes', data: Buffer.from(v.map((s) => toStr(s)).join('\n'), 'utf8') };
  }
  if (typeof v === 'string') return { kind: 'bytes', data: Buffer.from(v, 'utf8') };
  throw new RuntimeError(
    makeErrorRecord(`Cannot upload a value of type ${v instanceof PSObject ? v.typeNames[0] : typeof v} with -Stream: give a string, a string array, a byte array or a file item (Get-Item).`, {
      type: 'System.ArgumentException',
      id: `System.ArgumentException,${call.commandClass}`,
      category: 'InvalidArgument',
      baseTypeNames: ['System.SystemException', 'System.Exception'],
    }),
  );
}

async function uploadStream(call: S3Call, bucket: string): Promise<void> {
  const key = cleanKey(toStr(call.params.Key));
  await uploadObject(call, withKey(baseMembers(call, bucket), key, key), streamBody(call.params.Stream, call), uploadOptions(call.params, call.commandClass, key));
}

/** .NET's Directory.GetFiles search pattern (* and ?), matched against the file name. */
function patternRegex(pattern: string): RegExp {
  const body = pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
  return new RegExp(`^${body}$`);
}

function listFiles(root: string, recurse: boolean, pattern: RegExp): string[] {
  const files: string[] = [];
  const walk = (dir: string): void => {
    const entries = fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const full = nodePath.join(dir, e.name);
      if (e.isDirectory()) {
        if (recurse) walk(full);
      } else if (e.isFile() && pattern.test(e.name)) files.push(full);
    }
  };
  walk(root);
  return files;
}

/** The key prefix of a folder upload: '/' or '\' is the bucket root, anything else ends with '/'. */
function folderPrefix(keyPrefix: string): string {
  if (keyPrefix === '/' || keyPrefix === '\\') return '';
  const clean = cleanKey(keyPrefix);
  return clean === '' || clean.endsWith('/') ? clean : `${clean}/`;
}

async function uploadFolder(call: S3Call, bucket: string): Promise<void> {
  const folder = call.ctx.session.resolvePath(toStr(call.params.Folder).trim());
  const originalPrefix = toStr(call.params.KeyPrefix);
  if (!fs.existsSync(folder) || !fs.statSync(folder).isDirectory()) {
    throw new RuntimeError(
      makeErrorRecord(`Could not find a part of the path '${folder}'.`, {
        type: 'System.IO.DirectoryNotFoundException',
        id: `System.IO.DirectoryNotFoundException,${call.commandClass}`,
        category: 'ObjectNotFound',
        target: folder,
        baseTypeNames: ['System.IO.IOException', 'System.SystemException', 'System.Exception'],
      }),
    );
  }
  const files = listFiles(folder, call.params.Recurse === true, patternRegex(stringParam(call.params, 'SearchPattern') ?? '*'));
  const prefix = folderPrefix(originalPrefix);
  const members = baseMembers(call, bucket);
  let uploaded = 0;
  for (const file of files) {
    const relative = nodePath.relative(folder, file).split(nodePath.sep).join('/');
    const options = uploadOptions(call.params, call.commandClass, file);
    await uploadObject(call, withKey(members, prefix + relative, file), { kind: 'file', path: file, size: fileSize(file, call) }, options);
    uploaded++;
  }
  call.ctx.writeVerbose(`Uploaded ${uploaded} object(s) to bucket '${bucket}' from '${folder}' with keyprefix '${originalPrefix}'`);
}

export const writeS3Object = defineS3Cmdlet({
  name: 'Write-S3Object',
  className: 'WriteS3ObjectCmdlet',
  synopsis: 'Uploads one or more files from the local file system to an S3 bucket.',
  parameters: PARAMETERS,
  defaultParameterSet: FILE,
  outputType: [],
  confirmImpact: 'Low',
  confirmation: (ctx) => ({ target: toStr(ctx.params.BucketName ?? ''), action: 'Write-S3Object (PutObject)' }),
  async run(call) {
    const bucket = toStr(call.params.BucketName);
    switch (call.ctx.parameterSetName) {
      case CONTENT:
        return uploadContent(call, bucket);
      case STREAM:
        return uploadStream(call, bucket);
      case FOLDER:
        return uploadFolder(call, bucket);
      default:
        return uploadFile(call, bucket);
    }
  },
});
