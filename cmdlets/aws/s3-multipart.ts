// Get-S3MultipartUpload (every in-progress multipart upload of a bucket, paging through ListMultipartUploads)
// and Remove-S3MultipartUpload (aborts the uploads started before a date, or more than -DaysBefore days ago).

import type { ParameterDef } from '../../src/pipeline/types.js';
import { toStr } from '../../src/engine/conversions.js';
import { toDotNet } from '../../src/aws/cmdlet/dotnet-shapes.js';
import { argumentError, defineS3Cmdlet, stringParam, type S3Call } from './s3-cmdlet-runtime.js';

const byName = { valueFromPipelineByPropertyName: true } as const;

interface UploadInfo {
  Key?: string;
  UploadId?: string;
  Initiated?: Date;
}

/** Every in-progress upload matching the request members, following the key and upload-id markers. */
async function listUploads(call: S3Call, request: Record<string, unknown>): Promise<UploadInfo[]> {
  const uploads: UploadInfo[] = [];
  let input = { ...request };
  for (;;) {
    const page = await call.send(new call.sdk.ListMultipartUploadsCommand(input as never), 'ListMultipartUploads');
    uploads.push(...(page.Uploads ?? []));
    if (!page.IsTruncated) return uploads;
    input = { ...input, KeyMarker: page.NextKeyMarker, UploadIdMarker: page.NextUploadIdMarker };
  }
}

const GET_PARAMETERS: ParameterDef[] = [
  { name: 'BucketName', type: 'System.String', position: 0, valueFromPipeline: true, mandatory: true, ...byName },
  { name: 'Encoding', type: 'System.String', completionValues: ['url'], ...byName },
  { name: 'ExpectedBucketOwner', type: 'System.String', ...byName },
  { name: 'Delimiter', type: 'System.String', ...byName },
  { name: 'KeyMarker', type: 'System.String', ...byName },
  { name: 'MaxUpload', type: 'System.Int32', aliases: ['MaxUploads'], allowNull: true, ...byName },
  { name: 'Prefix', type: 'System.String', aliases: ['KeyPrefix'], position: 1, ...byName },
  { name: 'UploadIdMarker', type: 'System.String', ...byName },
];

export const getS3MultipartUpload = defineS3Cmdlet({
  name: 'Get-S3MultipartUpload',
  className: 'GetS3MultipartUploadCmdlet',
  synopsis: 'Lists the multipart uploads in progress in an S3 bucket.',
  parameters: GET_PARAMETERS,
  outputType: ['Amazon.S3.Model.MultipartUpload'],
  async run(call) {
    const p = call.params;
    const request: Record<string, unknown> = { Bucket: toStr(p.BucketName) };
    for (const [param, member] of [
      ['Encoding', 'EncodingType'],
      ['ExpectedBucketOwner', 'ExpectedBucketOwner'],
      ['Delimiter', 'Delimiter'],
      ['KeyMarker', 'KeyMarker'],
      ['Prefix', 'Prefix'],
      ['UploadIdMarker', 'UploadIdMarker'],
    ] as const) {
      const v = stringParam(p, param);
      if (v !== undefined) request[member] = v;
    }
    if (typeof p.MaxUpload === 'number') request.MaxUploads = p.MaxUpload;
    for (const u of await listUploads(call, request)) await call.emit(toDotNet(u, 'Amazon.S3.Model.MultipartUpload'));
  },
});

const ABSOLUTE = 'Absolute';
const RELATIVE = 'Relative';
const DAY_MS = 24 * 60 * 60 * 1000;

export const removeS3MultipartUpload = defineS3Cmdlet({
  name: 'Remove-S3MultipartUpload',
  className: 'RemoveS3MultipartUploadCmdlet',
  synopsis: 'Aborts the multipart uploads of an S3 bucket that were started before a date.',
  aliases: ['Remove-S3MultipartUploads'],
  parameters: [
    { name: 'BucketName', type: 'System.String', position: 0, valueFromPipeline: true, mandatory: true, ...byName },
    { name: 'InitiatedDate', type: 'System.DateTime', position: 1, parameterSets: [ABSOLUTE], mandatory: true, ...byName },
    { name: 'DaysBefore', type: 'System.Int32', position: 1, parameterSets: [RELATIVE], mandatory: true, ...byName },
  ],
  defaultParameterSet: RELATIVE,
  outputType: [],
  confirmImpact: 'High',
  confirmation: (ctx) => ({ target: toStr(ctx.params.BucketName ?? ''), action: 'Remove-S3MultipartUpload (AbortMultipartUpload)' }),
  async run(call) {
    const bucket = toStr(call.params.BucketName);
    let before: Date;
    if (call.ctx.parameterSetName === ABSOLUTE) before = call.params.InitiatedDate as Date;
    else {
      const days = call.params.DaysBefore as number;
      if (days < 0) throw argumentError('DaysBefore must be zero or a positive number of days.', 'DaysBefore', call.commandClass);
      before = new Date(Date.now() - days * DAY_MS);
    }
    let aborted = 0;
    for (const u of await listUploads(call, { Bucket: bucket })) {
      if (u.Initiated === undefined || u.Initiated.getTime() >= before.getTime()) continue;
      await call.send(new call.sdk.AbortMultipartUploadCommand({ Bucket: bucket, Key: u.Key, UploadId: u.UploadId }), 'AbortMultipartUpload');
      aborted++;
    }
    call.ctx.writeVerbose(`Aborted ${aborted} multipart upload(s) in bucket '${bucket}' initiated before ${before.toISOString()}`);
  },
});
