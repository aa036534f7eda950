// The static fields of the S3 ConstantClasses the AWS SDK for .NET writes by hand (S3/Custom/S3Enumerations.cs),
// whose names do not follow the generated rule ('STANDARD_IA' is S3StorageClass.StandardInfrequentAccess, not
// STANDARD_IA) or whose values the service model does not list (S3Region, S3Permission, VersionStatus).
// [field name, value], in the SDK's declaration order. Values a class's model lists beyond these get the
// generated names (constant-class-statics.ts).

export type ConstantFields = ReadonlyArray<readonly [name: string, value: string]>;

export const S3_CONSTANT_FIELDS: Readonly<Record<string, ConstantFields>> = {
  S3StorageClass: [
    ['Standard', 'STANDARD'],
    ['ReducedRedundancy', 'REDUCED_REDUNDANCY'],
    ['Glacier', 'GLACIER'],
    ['StandardInfrequentAccess', 'STANDARD_IA'],
    ['OneZoneInfrequentAccess', 'ONEZONE_IA'],
    ['IntelligentTiering', 'INTELLIGENT_TIERING'],
    ['DeepArchive', 'DEEP_ARCHIVE'],
    ['GlacierInstantRetrieval', 'GLACIER_IR'],
    ['Outposts', 'OUTPOSTS'],
    ['Snow', 'SNOW'],
    ['ExpressOnezone', 'EXPRESS_ONEZONE'],
    ['FSX_OPENZFS', 'FSX_OPENZFS'],
  ],
  S3CannedACL: [
    ['NoACL', 'NoACL'],
    ['Private', 'private'],
    ['PublicRead', 'public-read'],
    ['PublicReadWrite', 'public-read-write'],
    ['AuthenticatedRead', 'authenticated-read'],
    ['AWSExecRead', 'aws-exec-read'],
    ['BucketOwnerRead', 'bucket-owner-read'],
    ['BucketOwnerFullControl', 'bucket-owner-full-control'],
    ['LogDeliveryWrite', 'log-delivery-write'],
  ],
  S3Region: [
    ['US', ''],
    ['USE2', 'us-east-2'],
    ['EU', 'EU'],
    ['EUN1', 'eu-north-1'],
    ['EUW1', 'eu-west-1'],
    ['EUW2', 'eu-west-2'],
    ['EUW3', 'eu-west-3'],
    ['EUC1', 'eu-central-1'],
    ['USW1', 'us-west-1'],
    ['USW2', 'us-west-2'],
    ['GOVE1', 'us-gov-east-1'],
    ['GOVW1', 'us-gov-west-1'],
    ['APE1', 'ap-east-1'],
    ['APS1', 'ap-southeast-1'],
    ['APS2', 'ap-southeast-2'],
    ['APN1', 'ap-northeast-1'],
    ['APN2', 'ap-northeast-2'],
    ['APN3', 'ap-northeast-3'],
    ['APS3', 'ap-south-1'],
    ['SAE1', 'sa-east-1'],
    ['CN1', 'cn-north-1'],
    ['CNW1', 'cn-northwest-1'],
    ['CAN1', 'ca-central-1'],
    ['SFO', 'us-west-1'],
    ['CN', 'cn-north-1'],
    ['GOV', 'us-gov-west-1'],
  ],
  S3Permission: [
    ['READ', 'READ'],
    ['WRITE', 'WRITE'],
    ['READ_ACP', 'READ_ACP'],
    ['WRITE_ACP', 'WRITE_ACP'],
    ['FULL_CONTROL', 'FULL_CONTROL'],
    ['RESTORE_OBJECT', 'RESTORE'],
  ],
  ServerSideEncryptionMethod: [
    ['None', ''],
    ['AES256', 'AES256'],
    ['AWSKMS', 'aws:kms'],
  ],
  ServerSideEncryptionCustomerMethod: [
    ['None', ''],
    ['AES256', 'AES256'],
  ],
  GranteeType: [
    ['Group', 'Group'],
    ['Email', 'AmazonCustomerByEmail'],
    ['CanonicalUser', 'CanonicalUser'],
  ],
  VersionStatus: [
    ['Off', 'Off'],
    ['Suspended', 'Suspended'],
    ['Enabled', 'Enabled'],
  ],
  EncodingType: [['Url', 'Url']],
  ReplicationStatus: [
    ['Pending', 'PENDING'],
    ['Completed', 'COMPLETED'],
    ['Replica', 'REPLICA'],
    ['Failed', 'FAILED'],
  ],
  FileHeaderInfo: [
    ['Use', 'USE'],
    ['Ignore', 'IGNORE'],
    ['None', 'NONE'],
  ],
  QuoteFields: [
    ['Always', 'ALWAYS'],
    ['AsNeeded', 'ASNEEDED'],
  ],
  CompressionType: [
    ['None', 'NONE'],
    ['Gzip', 'GZIP'],
    ['Bzip2', 'BZIP2'],
  ],
  ObjectLockLegalHoldStatus: [
    ['On', 'ON'],
    ['Off', 'OFF'],
  ],
  ObjectLockRetentionMode: [
    ['Governance', 'GOVERNANCE'],
    ['Compliance', 'COMPLIANCE'],
  ],
  ObjectLockMode: [
    ['Governance', 'GOVERNANCE'],
    ['Compliance', 'COMPLIANCE'],
  ],
};
