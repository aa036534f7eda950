// Where the .NET SDK (and so AWS Tools) shapes its model differently from the SDK for JavaScript v3: the one
// table of .NET customizations. Everything else follows the .NET generator's rules (shapes.ts): type and
// property names are the model's with the first letter capitalised, properties sorted by name, operation
// types named <Operation>Request / <Operation>Response.
//
// S3 is the big one: the .NET S3 client is hand-written. Paths name where a property lives in the JS value
// ('IndexDocument.Suffix', '^Name' on the parent, 'CommonPrefixes[].Prefix' per element); see shape-file.ts.

import type { MemberEntry } from '../../../src/aws/model/shape-file.js';

export interface TypeOverride {
  /** The complete member list, in this order (replaces the generated one). */
  readonly members?: readonly MemberEntry[];
  /** JS member → .NET property name. */
  readonly rename?: Readonly<Record<string, string>>;
  /** Properties the .NET type adds (sorted in with the others). */
  readonly add?: readonly MemberEntry[];
  /** Properties added after the sorted ones (partial-class extensions keep their own order). */
  readonly append?: readonly MemberEntry[];
  /** JS members the .NET type does not have. */
  readonly drop?: readonly string[];
}

export interface ServiceOverrides {
  /** JS operation → the .NET operation name its Request/Response types carry (S3's hand-written client). */
  readonly operations?: Readonly<Record<string, string>>;
  /** Operation → the property a shared output shape is wrapped in, when it is not the shape's name. */
  readonly responseWrappers?: Readonly<Record<string, string>>;
  /** Timestamp properties of request-side types get a <Name>Utc twin (the .NET SDK's Utc properties). */
  readonly utcTwins?: boolean;
  /** Model shape name → .NET type name. */
  readonly typeNames?: Readonly<Record<string, string>>;
  /** JS member → .NET property name in every request type of the service. */
  readonly requestMembers?: Readonly<Record<string, string>>;
  /** Per .NET type (short name). */
  readonly types?: Readonly<Record<string, TypeOverride>>;
}

/** SQS GetQueueAttributesResponse's convenience properties (GetQueueAttributesResponse.extensions.cs), read from Attributes. */
const SQS_QUEUE_ATTRIBUTES: readonly MemberEntry[] = [
  ['VisibilityTimeout', 'int', 'Attributes.VisibilityTimeout', 0],
  ['DelaySeconds', 'int', 'Attributes.DelaySeconds', 0],
  ['MaximumMessageSize', 'int', 'Attributes.MaximumMessageSize', 0],
  ['MessageRetentionPeriod', 'int', 'Attributes.MessageRetentionPeriod', 0],
  ['ApproximateNumberOfMessages', 'int', 'Attributes.ApproximateNumberOfMessages', 0],
  ['ApproximateNumberOfMessagesNotVisible', 'int', 'Attributes.ApproximateNumberOfMessagesNotVisible', 0],
  ['ApproximateNumberOfMessagesDelayed', 'int', 'Attributes.ApproximateNumberOfMessagesDelayed', 0],
  ['CreatedTimestamp', 'timestamp', 'Attributes.CreatedTimestamp', 0],
  ['LastModifiedTimestamp', 'timestamp', 'Attributes.LastModifiedTimestamp', 0],
  ['QueueARN', 'string', 'Attributes.QueueArn'],
  ['Policy', 'string', 'Attributes.Policy'],
  ['FifoQueue', 'bool', 'Attributes.FifoQueue', false],
  ['ContentBasedDeduplication', 'bool', 'Attributes.ContentBasedDeduplication'],
];

export const DOTNET_OVERRIDES: Readonly<Record<string, ServiceOverrides>> = {
  s3: {
    operations: {
      GetBucketAcl: 'GetACL',
      GetObjectAcl: 'GetACL',
      PutBucketAcl: 'PutACL',
      PutObjectAcl: 'PutACL',
      ListObjectVersions: 'ListVersions',
      HeadObject: 'GetObjectMetadata',
      GetBucketCors: 'GetCORSConfiguration',
      PutBucketCors: 'PutCORSConfiguration',
      DeleteBucketCors: 'DeleteCORSConfiguration',
      GetBucketLifecycleConfiguration: 'GetLifecycleConfiguration',
      PutBucketLifecycleConfiguration: 'PutLifecycleConfiguration',
      DeleteBucketLifecycle: 'DeleteLifecycleConfiguration',
      GetBucketNotificationConfiguration: 'GetBucketNotification',
      PutBucketNotificationConfiguration: 'PutBucketNotification',
    },
    typeNames: { Object: 'S3Object', Bucket: 'S3Bucket', Grant: 'S3Grant' },
    requestMembers: { Bucket: 'BucketName' },
    types: {
      S3Bucket: { members: [['BucketName', 'string', 'Name'], ['CreationDate', 'timestamp']] },
      Owner: { rename: { ID: 'Id' } },
      S3Object: {
        members: [
          ['BucketName', 'string', '^Name'],
          ['ETag', 'string'],
          ['Key', 'string'],
          ['LastModified', 'timestamp'],
          ['Owner', 'struct:Owner'],
          ['Size', 'long'],
          ['StorageClass', 'enum:ObjectStorageClass'],
        ],
      },
      ListObjectsResponse: {
        rename: { Contents: 'S3Objects', EncodingType: 'Encoding' },
        drop: ['CommonPrefixes'],
        add: [['CommonPrefixes', 'list:string', 'CommonPrefixes[].Prefix']],
      },
      ListObjectsV2Response: {
        rename: { Contents: 'S3Objects', EncodingType: 'Encoding' },
        drop: ['CommonPrefixes'],
        add: [['CommonPrefixes', 'list:string', 'CommonPrefixes[].Prefix']],
      },
      ListObjectsRequest: { rename: { EncodingType: 'Encoding' } },
      ListObjectsV2Request: { rename: { EncodingType: 'Encoding' } },
      GetBucketLocationResponse: { members: [['Location', 'constant:S3Region', 'LocationConstraint']] },
      GetBucketWebsiteResponse: { members: [['WebsiteConfiguration', 'struct:WebsiteConfiguration', '']] },
      WebsiteConfiguration: {
        members: [
          ['ErrorDocument', 'string', 'ErrorDocument.Key'],
          ['IndexDocumentSuffix', 'string', 'IndexDocument.Suffix'],
          ['RedirectAllRequestsTo', 'struct:RedirectAllRequestsTo'],
          ['RoutingRules', 'list:struct:RoutingRule'],
        ],
      },
    },
  },
  cloudwatch: { utcTwins: true },
  sns: { utcTwins: true },
  sqs: {
    types: { GetQueueAttributesResponse: { append: SQS_QUEUE_ATTRIBUTES } },
  },
  ec2: {
    utcTwins: true,
    responseWrappers: { AttachVolume: 'Attachment', DetachVolume: 'Attachment' },
    typeNames: { RequestSpotLaunchSpecification: 'LaunchSpecification' },
    types: {
      // The JS member IpRanges is .NET's Ipv4Ranges; .NET adds IpRanges, the CIDRs as strings.
      IpPermission: { rename: { IpRanges: 'Ipv4Ranges' }, add: [['IpRanges', 'list:string', 'IpRanges[].CidrIp']] },
      LaunchSpecification: { drop: ['Monitoring'], add: [['MonitoringEnabled', 'bool', 'Monitoring.Enabled']] },
    },
  },
};
