// Maps a .NET request property path (the reference's requestMember: 'LaunchSpecification.ImageId') onto the
// SDK for JavaScript's input members. The two models mostly agree up to case; where the .NET SDK renamed or
// re-shaped a member, the table below says where the value goes.

import type { NormalizedSchema } from '@smithy/core/schema';
import type { ServiceName } from '../../src/aws/clients/services.js';
import { structMembers } from './sdk-model.js';

/**
 * Where the .NET SDK renamed or re-shaped request members: .NET path prefix → SDK path prefix, per service, tried
 * in order on whole path segments (case-insensitive). An empty SDK path means the SDK has no such member.
 */
const RENAMED_MEMBERS: Partial<Record<ServiceName, ReadonlyArray<readonly [string, string]>>> = {
  s3: [
    ['BucketName', 'Bucket'],
    ['Encoding', 'EncodingType'],
    ['CannedACL', 'ACL'],
    ['AccessControlList.Grants', 'AccessControlPolicy.Grants'],
    ['AccessControlList.Owner.Id', 'AccessControlPolicy.Owner.ID'],
    ['AccessControlList.Owner', 'AccessControlPolicy.Owner'],
    ['AnalyticsId', 'Id'],
    ['IntelligentTieringId', 'Id'],
    ['InventoryId', 'Id'],
    ['MetricsId', 'Id'],
    ['AnalyticsConfiguration.AnalyticsId', 'AnalyticsConfiguration.Id'],
    ['IntelligentTieringConfiguration.IntelligentTieringId', 'IntelligentTieringConfiguration.Id'],
    ['InventoryConfiguration.InventoryId', 'InventoryConfiguration.Id'],
    ['MetricsConfiguration.MetricsId', 'MetricsConfiguration.Id'],
    ['AnalyticsConfiguration.StorageClassAnalysis.DataExport.Destination.S3BucketDestination.BucketName', 'AnalyticsConfiguration.StorageClassAnalysis.DataExport.Destination.S3BucketDestination.Bucket'],
    ['InventoryConfiguration.Destination.S3BucketDestination.BucketName', 'InventoryConfiguration.Destination.S3BucketDestination.Bucket'],
    ['InventoryConfiguration.Destination.S3BucketDestination.InventoryFormat', 'InventoryConfiguration.Destination.S3BucketDestination.Format'],
    ['InventoryConfiguration.Destination.S3BucketDestination.InventoryEncryption', 'InventoryConfiguration.Destination.S3BucketDestination.Encryption'],
    ['InventoryConfiguration.InventoryOptionalFields', 'InventoryConfiguration.OptionalFields'],
    ['EtagToMatch', 'IfMatch'],
    ['EtagToNotMatch', 'IfNoneMatch'],
    ['ModifiedSinceDateUtc', 'IfModifiedSince'],
    ['ModifiedSinceDate', 'IfModifiedSince'],
    ['UnmodifiedSinceDateUtc', 'IfUnmodifiedSince'],
    ['UnmodifiedSinceDate', 'IfUnmodifiedSince'],
    ['ServerSideEncryptionCustomerMethod', 'SSECustomerAlgorithm'],
    ['ServerSideCustomerEncryptionMethod', 'SSECustomerAlgorithm'],
    ['ServerSideEncryptionCustomerProvidedKeyMD5', 'SSECustomerKeyMD5'],
    ['ServerSideEncryptionCustomerProvidedKey', 'SSECustomerKey'],
    ['ServerSideEncryptionMethod', 'ServerSideEncryption'],
    ['Days', 'RestoreRequest.Days'],
    ['Description', 'RestoreRequest.Description'],
    ['Tier', 'RestoreRequest.GlacierJobParameters.Tier'],
    ['RetrievalTier', 'RestoreRequest.Tier'],
    ['RestoreRequestType', 'RestoreRequest.Type'],
    ['SelectParameters', 'RestoreRequest.SelectParameters'],
    ['OutputLocation.S3.AccessControlList.Grants', 'RestoreRequest.OutputLocation.S3.AccessControlList'],
    ['OutputLocation.S3.AccessControlList.Owner', ''],
    ['OutputLocation', 'RestoreRequest.OutputLocation'],
    ['ServerSideEncryptionConfiguration.ServerSideEncryptionRules', 'ServerSideEncryptionConfiguration.Rules'],
    ['LoggingConfig.TargetBucketName', 'BucketLoggingStatus.LoggingEnabled.TargetBucket'],
    ['LoggingConfig.Grants', 'BucketLoggingStatus.LoggingEnabled.TargetGrants'],
    ['LoggingConfig', 'BucketLoggingStatus.LoggingEnabled'],
    ['TopicConfigurations', 'NotificationConfiguration.TopicConfigurations'],
    ['QueueConfigurations', 'NotificationConfiguration.QueueConfigurations'],
    ['LambdaFunctionConfigurations', 'NotificationConfiguration.LambdaFunctionConfigurations'],
    ['EventBridgeConfiguration', 'NotificationConfiguration.EventBridgeConfiguration'],
    ['Configuration', 'ReplicationConfiguration'],
    ['TagSet', 'Tagging.TagSet'],
    ['MfaCodes.SerialNumber', ''],
    ['MfaCodes.AuthenticationValue', ''],
    ['VersioningConfig.EnableMfaDelete', 'VersioningConfiguration.MFADelete'],
    ['VersioningConfig', 'VersioningConfiguration'],
    ['WebsiteConfiguration.IndexDocumentSuffix', 'WebsiteConfiguration.IndexDocument.Suffix'],
    ['WebsiteConfiguration.ErrorDocument', 'WebsiteConfiguration.ErrorDocument.Key'],
  ],
  ec2: [
    ['LaunchSpecification.AllSecurityGroups', 'LaunchSpecification.SecurityGroups'],
    ['LaunchSpecification.MonitoringEnabled', 'LaunchSpecification.Monitoring.Enabled'],
  ],
};

/** Per-cmdlet renames where one .NET name means different SDK members in different operations. */
const CMDLET_RENAMED_MEMBERS: Readonly<Record<string, ReadonlyArray<readonly [string, string]>>> = {
  'Write-S3CORSConfiguration': [['Configuration.Rules', 'CORSConfiguration.CORSRules']],
  'Write-S3LifecycleConfiguration': [['Configuration.Rules', 'LifecycleConfiguration.Rules']],
};

function renamedPath(renames: ReadonlyArray<readonly [string, string]>, dotNetPath: string): string | undefined {
  const lower = dotNetPath.toLowerCase();
  for (const [from, to] of renames) {
    const f = from.toLowerCase();
    if (lower === f) return to;
    if (lower.startsWith(`${f}.`)) return to === '' ? '' : `${to}${dotNetPath.slice(from.length)}`;
  }
  return undefined;
}

export interface ResolvedMember {
  /** SDK path: 'LaunchSpecification.ImageId'. */
  readonly path: string;
  readonly schema: NormalizedSchema;
}

function findMember(struct: NormalizedSchema, name: string): [string, NormalizedSchema] | undefined {
  const lower = name.toLowerCase();
  return structMembers(struct).find(([n]) => n.toLowerCase() === lower);
}

/** Walks an SDK path on the input schema. */
export function memberAt(input: NormalizedSchema, sdkPath: string): ResolvedMember | undefined {
  let current = input;
  const names: string[] = [];
  for (const segment of sdkPath.split('.')) {
    const found = findMember(current, segment);
    if (!found) return undefined;
    names.push(found[0]);
    current = found[1];
  }
  return { path: names.join('.'), schema: current };
}

/** .NET-only date members: StartTimeUtc is the SDK's StartTime. */
function withoutUtcSuffix(path: string): string {
  return path.replace(/Utc$/, '');
}

/** The SDK member a .NET request path names, or undefined when the SDK has no such member. */
export function resolveRequestMember(service: ServiceName, input: NormalizedSchema, dotNetPath: string, cmdletName = ''): ResolvedMember | undefined {
  const renamed = renamedPath(CMDLET_RENAMED_MEMBERS[cmdletName] ?? [], dotNetPath) ?? renamedPath(RENAMED_MEMBERS[service] ?? [], dotNetPath);
  if (renamed === '') return undefined;
  const path = renamed ?? dotNetPath;
  return memberAt(input, path) ?? memberAt(input, withoutUtcSuffix(path));
}

/** SDK member names the .NET SDK names otherwise on every request (operations the reference does not describe). */
const DOTNET_MEMBER_NAMES: Partial<Record<ServiceName, Readonly<Record<string, string>>>> = {
  s3: { Bucket: 'BucketName' },
};

/** The .NET name of a request member found in the SDK model. */
export function dotNetMemberName(service: ServiceName, analyzedName: string): string {
  return DOTNET_MEMBER_NAMES[service]?.[analyzedName] ?? analyzedName;
}
