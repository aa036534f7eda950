// The hand-written AWS.Tools.S3 cmdlets built on s3-cmdlet-runtime.ts (the ones whose operations AWS Tools
// excludes from generation), in one list for s3.ts. They take precedence over generated cmdlets of the same name.

import type { CommandDefinition } from '../../src/pipeline/types.js';
import { writeS3Object } from './s3-write-object.js';
import { readS3Object } from './s3-read-object.js';
import { removeS3Bucket, removeS3Object } from './s3-remove.js';
import { copyS3Object } from './s3-copy-object.js';
import { testS3Bucket } from './s3-bucket-test.js';
import { getS3PreSignedURL } from './s3-presigned-url.js';
import { getS3MultipartUpload, removeS3MultipartUpload } from './s3-multipart.js';

export const handwrittenS3Cmdlets: CommandDefinition[] = [
  writeS3Object,
  readS3Object,
  removeS3Object,
  removeS3Bucket,
  copyS3Object,
  testS3Bucket,
  getS3PreSignedURL,
  getS3MultipartUpload,
  removeS3MultipartUpload,
];
