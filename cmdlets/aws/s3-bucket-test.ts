// Test-S3Bucket: $true when the bucket exists (even when it belongs to someone else and access is denied),
// $false when S3 says there is no such bucket; any other failure is the service's error.

import { toStr } from '../../src/engine/conversions.js';
import { RuntimeError } from '../../src/engine/errors.js';
import { defineS3Cmdlet } from './s3-cmdlet-runtime.js';

function errorCode(err: unknown): { code: string; status: unknown } {
  if (!(err instanceof RuntimeError)) return { code: '', status: null };
  const data = err.record.exception.data ?? {};
  return { code: String(data.ErrorCode ?? ''), status: data.StatusCode === null || data.StatusCode === undefined ? null : String(data.StatusCode) };
}

export const testS3Bucket = defineS3Cmdlet({
  name: 'Test-S3Bucket',
  className: 'TestS3BucketCmdlet',
  synopsis: 'Determines whether an S3 bucket exists.',
  parameters: [{ name: 'BucketName', type: 'System.String', position: 0, valueFromPipeline: true, mandatory: true, valueFromPipelineByPropertyName: true }],
  outputType: ['System.Boolean'],
  async run(call) {
    let exists: boolean;
    try {
      await call.send(new call.sdk.HeadBucketCommand({ Bucket: toStr(call.params.BucketName) }), 'HeadBucket');
      exists = true;
    } catch (err) {
      const { code, status } = errorCode(err);
      if (code === 'NotFound' || code === 'NoSuchBucket' || status === 'NotFound') exists = false;
      else if (code === 'Forbidden' || code === 'AccessDenied' || status === 'Forbidden') exists = true;
      else throw err;
    }
    await call.emit(exists);
  },
});
