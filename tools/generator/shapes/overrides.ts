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

/** The S3 members every S3 object listing entry has (S3Object.cs; S3ObjectVersion derives from it). */
const S3_OBJECT_MEMBERS: readonly MemberEntry[] = [
  ['BucketName', 'string', '^Name'],
  ['ETag', 'string'],
  ['Key', 'string'],
  ['LastModified', 'timestamp'],
  ['Owner', 'struct:Owner'],
  ['Size', 'long', 'Size', 0],
  ['StorageClass', 'enum:S3StorageClass'],
];

/** The GetObjectMetadata / GetObject conditional and SSE-C request members as the .NET SDK names them. */
const S3_OBJECT_REQUEST_RENAMES: Readonly<Record<string, string>> = {
  IfMatch: 'EtagToMatch',
  IfNoneMatch: 'EtagToNotMatch',
  IfModifiedSince: 'ModifiedSinceDate',
  IfUnmodifiedSince: 'UnmodifiedSinceDate',
  SSECustomerAlgorithm: 'ServerSideEncryptionCustomerMethod',
  SSECustomerKey: 'ServerSideEncryptionCustomerProvidedKey',
  SSECustomerKeyMD5: 'ServerSideEncryptionCustomerProvidedKeyMD5',
};

/**
 * S3: the .NET S3 client is hand-written (sdk/src/Services/S3/Custom/Model), so many of its types differ from
 * the JS SDK's. Hand-written classes keep their declaration order (what PowerShell lists), not sorted order.
 */
const S3_TYPES: Readonly<Record<string, TypeOverride>> = {
  S3Bucket: { members: [['BucketName', 'string', 'Name'], ['CreationDate', 'timestamp']] },
  Owner: { rename: { ID: 'Id' } },
  S3Object: { members: S3_OBJECT_MEMBERS },
  // S3ObjectVersion : S3Object; reflection lists the derived class's own properties first.
  S3ObjectVersion: {
    members: [['IsLatest', 'bool', 'IsLatest', false], ['VersionId', 'string'], ['IsDeleteMarker', 'bool', 'IsDeleteMarker', false], ...S3_OBJECT_MEMBERS],
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
  // ListVersionsResponse.cs: versions and delete markers in one list, in the listing's order.
  ListVersionsResponse: {
    members: [
      ['IsTruncated', 'bool', 'IsTruncated', false],
      ['KeyMarker', 'string'],
      ['VersionIdMarker', 'string'],
      ['NextKeyMarker', 'string'],
      ['NextVersionIdMarker', 'string'],
      ['Versions', 'list:struct:S3ObjectVersion', '=s3VersionsWithDeleteMarkers'],
      ['Name', 'string'],
      ['Prefix', 'string'],
      ['MaxKeys', 'int', 'MaxKeys', 0],
      ['CommonPrefixes', 'list:string', 'CommonPrefixes[].Prefix'],
      ['Delimiter', 'string'],
      ['Encoding', 'enum:EncodingType', 'EncodingType'],
      ['RequestCharged', 'enum:RequestCharged'],
    ],
  },
  ListVersionsRequest: { rename: { EncodingType: 'Encoding' } },
  // An empty LocationConstraint (us-east-1) is S3Region.USEast1's legacy value "".
  GetBucketLocationResponse: { members: [['Location', 'constant:S3Region', 'LocationConstraint', '']] },
  GetBucketWebsiteResponse: { members: [['WebsiteConfiguration', 'struct:WebsiteConfiguration', '']] },
  WebsiteConfiguration: {
    members: [
      ['ErrorDocument', 'string', 'ErrorDocument.Key'],
      ['IndexDocumentSuffix', 'string', 'IndexDocument.Suffix'],
      ['RedirectAllRequestsTo', 'struct:RoutingRuleRedirect'],
      ['RoutingRules', 'list:struct:RoutingRule'],
    ],
  },
  // ACLs: S3AccessControlList (Owner, Grants), S3Grant (Grantee, Permission), S3Grantee (Type computed from the set member).
  S3Grantee: {
    members: [['Type', 'enum:GranteeType'], ['DisplayName', 'string'], ['EmailAddress', 'string'], ['CanonicalUser', 'string', 'ID'], ['URI', 'string']],
  },
  S3Grant: { members: [['Grantee', 'struct:S3Grantee'], ['Permission', 'enum:S3Permission']] },
  S3AccessControlList: { members: [['Owner', 'struct:Owner'], ['Grants', 'list:struct:S3Grant']] },
  GetACLResponse: { members: [['AccessControlList', 'struct:S3AccessControlList', '']] },
  GetACLRequest: { add: [['Key', 'string'], ['VersionId', 'string']] },
  PutACLRequest: { rename: { ACL: 'CannedACL', AccessControlPolicy: 'AccessControlList' }, add: [['Key', 'string'], ['VersionId', 'string']] },
  // Versioning: GetBucketVersioningResponse.VersioningConfig; Status reads "Off" until versioning was ever enabled.
  S3BucketVersioningConfig: { members: [['Status', 'enum:VersionStatus', 'Status', 'Off'], ['EnableMfaDelete', 'bool', '=s3MfaDeleteEnabled']] },
  GetBucketVersioningResponse: { members: [['VersioningConfig', 'struct:S3BucketVersioningConfig', '']] },
  PutBucketVersioningRequest: { rename: { VersioningConfiguration: 'VersioningConfig' } },
  // Logging: the getter creates an empty config when logging is off.
  S3BucketLoggingConfig: {
    members: [['TargetBucketName', 'string', 'TargetBucket'], ['Grants', 'list:struct:S3Grant', 'TargetGrants'], ['TargetPrefix', 'string'], ['TargetObjectKeyFormat', 'struct:TargetObjectKeyFormat']],
  },
  GetBucketLoggingResponse: { members: [['BucketLoggingConfig', 'struct:S3BucketLoggingConfig', 'LoggingEnabled', {}]] },
  PutBucketLoggingRequest: { drop: ['BucketLoggingStatus'], add: [['LoggingConfig', 'struct:S3BucketLoggingConfig', 'BucketLoggingStatus.LoggingEnabled']] },
  // Tagging: object tags are GetObjectTaggingResponse.Tagging; bucket tags are set as PutBucketTaggingRequest.TagSet.
  GetObjectTaggingResponse: { members: [['Tagging', 'list:struct:Tag', 'TagSet'], ['VersionId', 'string']] },
  PutBucketTaggingRequest: { drop: ['Tagging'], add: [['TagSet', 'list:struct:Tag', 'Tagging.TagSet']] },
  // CORS, lifecycle and replication configurations are each response's Configuration.
  CORSConfiguration: { rename: { CORSRules: 'Rules' } },
  CORSRule: { rename: { ID: 'Id' } },
  GetCORSConfigurationResponse: { members: [['Configuration', 'struct:CORSConfiguration', '']] },
  PutCORSConfigurationRequest: { rename: { CORSConfiguration: 'Configuration' } },
  LifecycleRule: { rename: { ID: 'Id' } },
  GetLifecycleConfigurationResponse: {
    members: [['Configuration', 'struct:LifecycleConfiguration', ''], ['TransitionDefaultMinimumObjectSize', 'enum:TransitionDefaultMinimumObjectSize']],
  },
  PutLifecycleConfigurationRequest: { rename: { LifecycleConfiguration: 'Configuration' } },
  ReplicationRule: { rename: { ID: 'Id' } },
  GetBucketReplicationResponse: { rename: { ReplicationConfiguration: 'Configuration' } },
  PutBucketReplicationRequest: { rename: { ReplicationConfiguration: 'Configuration' } },
  // Default encryption: ServerSideEncryptionConfiguration.ServerSideEncryptionRules[].ServerSideEncryptionByDefault.
  ServerSideEncryptionConfiguration: { rename: { Rules: 'ServerSideEncryptionRules' } },
  ServerSideEncryptionRule: { rename: { ApplyServerSideEncryptionByDefault: 'ServerSideEncryptionByDefault' } },
  ServerSideEncryptionByDefault: { rename: { SSEAlgorithm: 'ServerSideEncryptionAlgorithm', KMSMasterKeyID: 'ServerSideEncryptionKeyManagementServiceKeyId' } },
  // Notifications: the .NET request and response carry the configuration lists themselves.
  GetBucketNotificationResponse: {
    members: [
      ['EventBridgeConfiguration', 'struct:EventBridgeConfiguration'],
      ['LambdaFunctionConfigurations', 'list:struct:LambdaFunctionConfiguration'],
      ['QueueConfigurations', 'list:struct:QueueConfiguration'],
      ['TopicConfigurations', 'list:struct:TopicConfiguration'],
    ],
  },
  PutBucketNotificationRequest: {
    drop: ['NotificationConfiguration'],
    add: [
      ['EventBridgeConfiguration', 'struct:EventBridgeConfiguration', 'NotificationConfiguration.EventBridgeConfiguration'],
      ['LambdaFunctionConfigurations', 'list:struct:LambdaFunctionConfiguration', 'NotificationConfiguration.LambdaFunctionConfigurations'],
      ['QueueConfigurations', 'list:struct:QueueConfiguration', 'NotificationConfiguration.QueueConfigurations'],
      ['TopicConfigurations', 'list:struct:TopicConfiguration', 'NotificationConfiguration.TopicConfigurations'],
    ],
  },
  // Analytics, inventory, metrics and Intelligent-Tiering configurations name their Id after themselves.
  AnalyticsConfiguration: { rename: { Id: 'AnalyticsId' } },
  AnalyticsS3BucketDestination: { rename: { Bucket: 'BucketName' } },
  GetBucketAnalyticsConfigurationRequest: { rename: { Id: 'AnalyticsId' } },
  DeleteBucketAnalyticsConfigurationRequest: { rename: { Id: 'AnalyticsId' } },
  PutBucketAnalyticsConfigurationRequest: { rename: { Id: 'AnalyticsId' } },
  InventoryConfiguration: { rename: { Id: 'InventoryId', OptionalFields: 'InventoryOptionalFields' } },
  InventoryS3BucketDestination: { rename: { Bucket: 'BucketName', Format: 'InventoryFormat', Encryption: 'InventoryEncryption' } },
  GetBucketInventoryConfigurationRequest: { rename: { Id: 'InventoryId' } },
  DeleteBucketInventoryConfigurationRequest: { rename: { Id: 'InventoryId' } },
  PutBucketInventoryConfigurationRequest: { rename: { Id: 'InventoryId' } },
  MetricsConfiguration: { rename: { Id: 'MetricsId' } },
  GetBucketMetricsConfigurationRequest: { rename: { Id: 'MetricsId' } },
  DeleteBucketMetricsConfigurationRequest: { rename: { Id: 'MetricsId' } },
  PutBucketMetricsConfigurationRequest: { rename: { Id: 'MetricsId' } },
  IntelligentTieringConfiguration: { rename: { Id: 'IntelligentTieringId' } },
  GetBucketIntelligentTieringConfigurationRequest: { rename: { Id: 'IntelligentTieringId' } },
  DeleteBucketIntelligentTieringConfigurationRequest: { rename: { Id: 'IntelligentTieringId' } },
  PutBucketIntelligentTieringConfigurationRequest: { rename: { Id: 'IntelligentTieringId' } },
  // HeadObject: GetObjectMetadataResponse.cs (hand-written part) + its generated members.
  GetObjectMetadataResponse: {
    members: [
      ['AcceptRanges', 'string'],
      ['ArchiveStatus', 'enum:ArchiveStatus'],
      ['BucketKeyEnabled', 'bool'],
      ['ChecksumCRC32', 'string'],
      ['ChecksumCRC32C', 'string'],
      ['ChecksumCRC64NVME', 'string'],
      ['ChecksumSHA1', 'string'],
      ['ChecksumSHA256', 'string'],
      ['ChecksumType', 'enum:ChecksumType'],
      ['ContentLength', 'long', 'ContentLength', -1],
      ['ContentRange', 'string'],
      ['DeleteMarker', 'string'],
      ['ETag', 'string'],
      ['Expiration', 'custom:Expiration'],
      ['Expires', 'timestamp'],
      ['ExpiresString', 'string'],
      ['Headers', 'custom:HeadersCollection', ''],
      ['LastModified', 'timestamp'],
      ['Metadata', 'custom:MetadataCollection'],
      ['MissingMeta', 'int'],
      ['ObjectLockLegalHoldStatus', 'enum:ObjectLockLegalHoldStatus'],
      ['ObjectLockMode', 'enum:ObjectLockMode'],
      ['ObjectLockRetainUntilDate', 'timestamp'],
      ['PartsCount', 'int'],
      ['ReplicationStatus', 'enum:ReplicationStatus'],
      ['RequestCharged', 'enum:RequestCharged'],
      ['RestoreExpiration', 'timestamp', '=s3RestoreExpiration'],
      ['RestoreInProgress', 'bool', '=s3RestoreInProgress'],
      ['ServerSideEncryptionCustomerMethod', 'enum:ServerSideEncryptionCustomerMethod', 'SSECustomerAlgorithm', ''],
      ['ServerSideEncryptionCustomerProvidedKeyMD5', 'string', 'SSECustomerKeyMD5'],
      ['ServerSideEncryptionKeyManagementServiceKeyId', 'string', 'SSEKMSKeyId'],
      ['ServerSideEncryptionMethod', 'enum:ServerSideEncryptionMethod', 'ServerSideEncryption', ''],
      ['StorageClass', 'enum:S3StorageClass'],
      ['TagsCount', 'int', 'TagCount'],
      ['VersionId', 'string'],
      ['WebsiteRedirectLocation', 'string'],
    ],
  },
  GetObjectMetadataRequest: {
    rename: S3_OBJECT_REQUEST_RENAMES,
    add: [['ModifiedSinceDateUtc', 'timestamp', 'IfModifiedSince'], ['UnmodifiedSinceDateUtc', 'timestamp', 'IfUnmodifiedSince']],
  },
  SelectObjectContentRequest: {
    rename: {
      Bucket: 'Bucket',
      SSECustomerAlgorithm: 'ServerSideCustomerEncryptionMethod',
      SSECustomerKey: 'ServerSideEncryptionCustomerProvidedKey',
      SSECustomerKeyMD5: 'ServerSideEncryptionCustomerProvidedKeyMD5',
    },
  },
  WriteGetObjectResponseRequest: { rename: { ServerSideEncryption: 'ServerSideEncryptionMethod' } },
  // RestoreObjectRequest flattens the JS RestoreRequest structure.
  RestoreObjectRequest: {
    drop: ['RestoreRequest'],
    add: [
      ['Days', 'int', 'RestoreRequest.Days'],
      ['Description', 'string', 'RestoreRequest.Description'],
      ['OutputLocation', 'struct:OutputLocation', 'RestoreRequest.OutputLocation'],
      ['RestoreRequestType', 'enum:RestoreRequestType', 'RestoreRequest.Type'],
      ['RetrievalTier', 'enum:Tier', 'RestoreRequest.Tier'],
      ['SelectParameters', 'struct:SelectParameters', 'RestoreRequest.SelectParameters'],
      ['Tier', 'enum:Tier', 'RestoreRequest.GlacierJobParameters.Tier'],
    ],
  },
};

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
    typeNames: {
      Object: 'S3Object',
      ObjectVersion: 'S3ObjectVersion',
      Bucket: 'S3Bucket',
      Grant: 'S3Grant',
      TargetGrant: 'S3Grant',
      Grantee: 'S3Grantee',
      AccessControlPolicy: 'S3AccessControlList',
      VersioningConfiguration: 'S3BucketVersioningConfig',
      LoggingEnabled: 'S3BucketLoggingConfig',
      BucketLifecycleConfiguration: 'LifecycleConfiguration',
      Condition: 'RoutingRuleCondition',
      Redirect: 'RoutingRuleRedirect',
    },
    requestMembers: { Bucket: 'BucketName' },
    types: S3_TYPES,
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
