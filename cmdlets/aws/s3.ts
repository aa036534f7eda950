// AWS.Tools.S3 cmdlets defined on the service cmdlet base: Get-S3Bucket (ListBuckets, with the hand-written
// -BucketName filter), New-S3Bucket (the hand-written PutBucket cmdlet) and Get-S3Object (ListObjects V1,
// auto-iterating on NextMarker).

import type { CommandDefinition } from '../../src/pipeline/types.js';
import { defineServiceCmdlet, toDotNet, type ServiceInvocation } from '../../src/aws/cmdlet/index.js';
import { getMember } from '../../src/engine/members.js';
import { PSObject } from '../../src/objects/psobject.js';
import { applyS3NextMarkerRule, s3ListObjectsNextMarker } from '../../src/aws/paging/s3-list-objects.js';
import { handwrittenS3Cmdlets } from './s3-handwritten.js';

const MODULE = 'AWS.Tools.S3';
const CLASS_NS = 'Amazon.PowerShell.Cmdlets.S3';
const S3_BUCKET = 'Amazon.S3.Model.S3Bucket';
const S3_DEFAULT_REGION = 'us-east-1';

function bucketNameParam(invocation: ServiceInvocation): string | null {
  const v = invocation.params.BucketName;
  return typeof v === 'string' && v !== '' ? v : null;
}

/** Get-S3Bucket -BucketName: the listed bucket of that exact name (nothing when there is none). */
function bucketsOutput(response: unknown, invocation: ServiceInvocation): unknown {
  const buckets = response === null || response === undefined ? null : getMember(response, 'Buckets');
  const name = bucketNameParam(invocation);
  if (name === null || !Array.isArray(buckets)) return buckets;
  return buckets.filter((b) => getMember(b, 'BucketName') === name);
}

export const getS3Bucket: CommandDefinition = defineServiceCmdlet({
  name: 'Get-S3Bucket',
  module: MODULE,
  service: 's3',
  className: `${CLASS_NS}.GetS3BucketCmdlet`,
  operation: 'ListBuckets',
  sdkCommand: 'ListBucketsCommand',
  synopsis: 'Calls the Amazon S3 ListBuckets API operation.',
  parameters: [
    { name: 'BucketName', type: 'System.String', position: 0, valueFromPipeline: true, valueFromPipelineByPropertyName: true },
  ],
  select: 'Buckets',
  responseType: 'Amazon.S3.Model.ListBucketsResponse',
  outputType: [S3_BUCKET],
  defaultRegion: S3_DEFAULT_REGION,
  output: bucketsOutput,
});

/** PublicReadOnly/PublicReadWrite are the obsolete spellings of -CannedACLName. */
function cannedAcl(invocation: ServiceInvocation): string | undefined {
  const named = invocation.params.CannedACLName;
  if (typeof named === 'string' && named !== '') return named;
  if (invocation.params.PublicReadWrite === true) return 'public-read-write';
  if (invocation.params.PublicReadOnly === true) return 'public-read';
  return undefined;
}

export const newS3Bucket: CommandDefinition = defineServiceCmdlet({
  name: 'New-S3Bucket',
  module: MODULE,
  service: 's3',
  className: `${CLASS_NS}.NewS3BucketCmdlet`,
  operation: 'PutBucket',
  sdkCommand: 'CreateBucketCommand',
  synopsis: 'Creates a new Amazon S3 bucket in the specified region.',
  parameters: [
    {
      name: 'BucketName',
      type: 'System.String',
      position: 0,
      valueFromPipeline: true,
      valueFromPipelineByPropertyName: true,
      mandatory: true,
      requestMember: 'Bucket',
    },
    {
      name: 'CannedACLName',
      type: 'System.String',
      valueFromPipelineByPropertyName: true,
    },
    { name: 'PublicReadOnly', type: 'switch', valueFromPipelineByPropertyName: true },
    { name: 'PublicReadWrite', type: 'switch', valueFromPipelineByPropertyName: true },
    { name: 'ObjectLockEnabledForBucket', type: 'System.Boolean', allowNull: true, valueFromPipelineByPropertyName: true, requestMember: 'ObjectLockEnabledForBucket' },
  ],
  select: '*',
  responseType: 'Amazon.S3.Model.PutBucketResponse',
  outputType: [S3_BUCKET],
  defaultRegion: S3_DEFAULT_REGION,
  confirmImpact: 'Low',
  shouldProcessTarget: 'BucketName',
  prepareRequest(request, invocation) {
    const acl = cannedAcl(invocation);
    if (acl !== undefined) request.ACL = acl;
    // us-east-1 is S3's default location and must not be named as a constraint.
    if (invocation.region !== S3_DEFAULT_REGION) request.CreateBucketConfiguration = { LocationConstraint: invocation.region };
  },
  // The hand-written cmdlet writes an S3Bucket for the new bucket, stamped with the local time.
  output: (_response, invocation) => toDotNet({ Name: bucketNameParam(invocation), CreationDate: new Date() }, S3_BUCKET),
});

/** The .NET list is never null (an empty page has an empty S3Objects), and a truncated page names its NextMarker. */
function completeListObjectsResponse(response: unknown): unknown {
  if (!(response instanceof PSObject)) return response;
  if (!Array.isArray(response.get('S3Objects'))) response.set('S3Objects', []);
  return applyS3NextMarkerRule(response);
}

/** -Key (GetSingleObject) lists with the key as the prefix; only the object of exactly that key is written. */
function objectsOutput(response: unknown, invocation: ServiceInvocation): unknown {
  const objects = response === null || response === undefined ? null : getMember(response, 'S3Objects');
  const key = invocation.params.Key;
  if (!invocation.isBound('Key') || !Array.isArray(objects)) return objects;
  return objects.filter((o) => getMember(o, 'Key') === key);
}

const MULTIPLE = 'GetMultipleObjects';
const SINGLE = 'GetSingleObject';

export const getS3Object: CommandDefinition = defineServiceCmdlet({
  name: 'Get-S3Object',
  module: MODULE,
  service: 's3',
  className: `${CLASS_NS}.GetS3ObjectCmdlet`,
  operation: 'ListObjects',
  sdkCommand: 'ListObjectsCommand',
  synopsis: 'Calls the Amazon S3 ListObjects API operation.',
  aliases: ['List-S3Object', 'List-S3Objects', 'S3-ListObjects'],
  defaultParameterSet: MULTIPLE,
  parameters: [
    { name: 'BucketName', type: 'System.String', position: 0, valueFromPipeline: true, mandatory: true, requestMember: 'Bucket' },
    // Prefix before Key: the binder gives an ambiguous position 1 to the first string parameter listed.
    { name: 'Prefix', type: 'System.String', aliases: ['KeyPrefix'], position: 1, parameterSets: [MULTIPLE], requestMember: 'Prefix' },
    { name: 'Key', type: 'System.String', position: 1, parameterSets: [SINGLE], mandatory: true },
    { name: 'Delimiter', type: 'System.String', parameterSets: [MULTIPLE], requestMember: 'Delimiter' },
    { name: 'Marker', type: 'System.String', aliases: ['NextToken'], parameterSets: [MULTIPLE], requestMember: 'Marker' },
    { name: 'MaxKey', type: 'System.Int32', aliases: ['MaxItems', 'MaxKeys'], allowNull: true, parameterSets: [MULTIPLE], requestMember: 'MaxKeys' },
    // Amazon.S3.EncodingType / RequestPayer are ConstantClass types: any string converts, the service validates.
    { name: 'Encoding', type: 'System.String', requestMember: 'EncodingType' },
    { name: 'ExpectedBucketOwner', type: 'System.String', requestMember: 'ExpectedBucketOwner' },
    { name: 'RequestPayer', type: 'System.String', requestMember: 'RequestPayer' },
  ],
  select: 'S3Objects',
  responseType: 'Amazon.S3.Model.ListObjectsResponse',
  outputType: ['Amazon.S3.Model.S3Object'],
  passThruParameter: 'BucketName',
  defaultRegion: S3_DEFAULT_REGION,
  paging: { startParameter: 'Marker', requestToken: 'Marker', responseToken: 'NextMarker', pageSizeMember: 'MaxKeys', nextToken: s3ListObjectsNextMarker },
  prepareRequest(request, invocation) {
    const key = invocation.params.Key;
    if (invocation.isBound('Key') && typeof key === 'string') request.Prefix = key;
  },
  completeResponse: completeListObjectsResponse,
  output: objectsOutput,
});

export const s3Cmdlets: CommandDefinition[] = [getS3Bucket, newS3Bucket, getS3Object, ...handwrittenS3Cmdlets];
