// .NET operation names that differ from the SDK for JavaScript's. AWS Tools names its cmdlets' operations after
// the .NET SDK, which renamed several S3 operations (and folds the bucket and object ACL calls into one).

import type { ServiceName } from '../../src/aws/clients/services.js';

export interface OperationTarget {
  /** SDK operation the cmdlet calls. */
  readonly sdkOperation: string;
  /** A second SDK operation called instead when this parameter is bound (S3 GetACL with -Key → GetObjectAcl). */
  readonly whenBound?: { readonly parameter: string; readonly sdkOperation: string };
}

const S3: Readonly<Record<string, OperationTarget>> = {
  GetACL: { sdkOperation: 'GetBucketAcl', whenBound: { parameter: 'Key', sdkOperation: 'GetObjectAcl' } },
  PutACL: { sdkOperation: 'PutBucketAcl', whenBound: { parameter: 'Key', sdkOperation: 'PutObjectAcl' } },
  GetBucketNotification: { sdkOperation: 'GetBucketNotificationConfiguration' },
  PutBucketNotification: { sdkOperation: 'PutBucketNotificationConfiguration' },
  GetCORSConfiguration: { sdkOperation: 'GetBucketCors' },
  PutCORSConfiguration: { sdkOperation: 'PutBucketCors' },
  DeleteCORSConfiguration: { sdkOperation: 'DeleteBucketCors' },
  GetLifecycleConfiguration: { sdkOperation: 'GetBucketLifecycleConfiguration' },
  PutLifecycleConfiguration: { sdkOperation: 'PutBucketLifecycleConfiguration' },
  DeleteLifecycleConfiguration: { sdkOperation: 'DeleteBucketLifecycle' },
  GetObjectMetadata: { sdkOperation: 'HeadObject' },
  ListVersions: { sdkOperation: 'ListObjectVersions' },
  PutBucket: { sdkOperation: 'CreateBucket' },
  InitiateMultipartUpload: { sdkOperation: 'CreateMultipartUpload' },
  CopyPart: { sdkOperation: 'UploadPartCopy' },
};

const BY_SERVICE: Partial<Record<ServiceName, Readonly<Record<string, OperationTarget>>>> = { s3: S3 };

/** The SDK operation(s) behind a .NET operation name. */
export function operationTarget(service: ServiceName, dotNetOperation: string): OperationTarget {
  return BY_SERVICE[service]?.[dotNetOperation] ?? { sdkOperation: dotNetOperation };
}

/** SDK operations the real tool reaches only through hand-written cmdlets that cite no operation (Test-S3Bucket). */
export const HANDWRITTEN_ONLY_OPERATIONS: Partial<Record<ServiceName, readonly string[]>> = { s3: ['HeadBucket'] };
