// S3's .NET response shapes (the .NET S3 client is hand-written): each generated S3 cmdlet family called with
// the real tool's cmdlet and parameter names against a real moto; the default output (the reference's -Select)
// is checked by type name and properties, and the whole response (-Select *) by type name.

import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { useMotoSession } from '../cmdlet/moto-session.js';

const session = useMotoSession();
const BUCKET = 'shapes-b1';
const VERSIONED = 'shapes-versioned';
const LOGS = 'shapes-logs';

function s3api(args: string[]): string {
  return session.awsCli(['--region', 'us-east-1', 's3api', ...args]);
}

beforeAll(() => {
  const body = join(mkdtempSync(join(tmpdir(), 's3-shapes-')), 'body.txt');
  writeFileSync(body, 'hello shapes');
  s3api(['create-bucket', '--bucket', BUCKET]);
  s3api(['put-object', '--bucket', BUCKET, '--key', 'doc.txt', '--body', body, '--content-type', 'text/plain', '--metadata', 'owner=team-a']);
  s3api(['put-object', '--bucket', BUCKET, '--key', 'dir/one.txt', '--body', body]);
  // Server access logs need a target bucket the log-delivery group may write to.
  s3api(['create-bucket', '--bucket', LOGS]);
  s3api(['put-bucket-acl', '--bucket', LOGS, '--acl', 'log-delivery-write']);
  s3api(['create-bucket', '--bucket', VERSIONED]);
  s3api(['put-bucket-versioning', '--bucket', VERSIONED, '--versioning-configuration', 'Status=Enabled']);
  s3api(['put-object', '--bucket', VERSIONED, '--key', 'a.txt', '--body', body]);
  s3api(['put-object', '--bucket', VERSIONED, '--key', 'a.txt', '--body', body]);
  s3api(['delete-object', '--bucket', VERSIONED, '--key', 'a.txt']);
  s3api(['put-object', '--bucket', VERSIONED, '--key', 'b.txt', '--body', body]);
});

async function ps(lines: readonly string[]): Promise<{ stderr: string; lines: string[] }> {
  const { run } = session.newEngine();
  const r = await run(lines.join('\n'));
  return { stderr: r.stderr, lines: r.stdout.split('\n').map((l) => l.trimEnd()).filter((l) => l !== '') };
}

interface ShapeCase {
  /** The cmdlet family. */
  readonly name: string;
  /** Lines run first (configuration the getter reads). */
  readonly setup?: readonly string[];
  /** The getter call, with the real parameter names. */
  readonly call: string;
  /** The default output's .NET type name. */
  readonly type: string;
  /** Expressions over the default output `$o`, each printed on its own line. */
  readonly checks: readonly string[];
  readonly expected: readonly string[];
  /** The whole response's type name (-Select *). */
  readonly responseType: string;
}

const CASES: readonly ShapeCase[] = [
  {
    name: 'versioning (Write-/Get-S3BucketVersioning)',
    setup: [`New-S3Bucket -BucketName shapes-ver2 | Out-Null`],
    call: 'Get-S3BucketVersioning -BucketName shapes-ver2',
    type: 'Amazon.S3.Model.S3BucketVersioningConfig',
    checks: ['($o.PSObject.Properties.Name -join ",")', '$o.Status', '$o.EnableMfaDelete', 'Write-S3BucketVersioning -BucketName shapes-ver2 -VersioningConfig_Status Enabled', '(Get-S3BucketVersioning shapes-ver2).Status'],
    // A ConstantClass (VersionStatus) on its own prints as a table of its Value.
    expected: ['Status,EnableMfaDelete', 'Value', '-----', 'Off', 'False', 'Value', '-----', 'Enabled'],
    responseType: 'Amazon.S3.Model.GetBucketVersioningResponse',
  },
  {
    name: 'object tags (Write-/Get-S3ObjectTagSet)',
    setup: [`Write-S3ObjectTagSet -BucketName ${BUCKET} -Key doc.txt -Tagging_TagSet @{Key='team';Value='a'},@{Key='env';Value='dev'}`],
    call: `Get-S3ObjectTagSet -BucketName ${BUCKET} -Key doc.txt`,
    type: 'Amazon.S3.Model.Tag',
    checks: ['@($o).Count', '($o | ForEach-Object { "$($_.Key)=$($_.Value)" } | Sort-Object) -join ","'],
    expected: ['2', 'env=dev,team=a'],
    responseType: 'Amazon.S3.Model.GetObjectTaggingResponse',
  },
  {
    name: 'logging (Get-S3BucketLogging, logging off: an empty config)',
    call: `Get-S3BucketLogging -BucketName ${VERSIONED}`,
    type: 'Amazon.S3.Model.S3BucketLoggingConfig',
    checks: ['($o.PSObject.Properties.Name -join ",")', '$null -eq $o.TargetBucketName', '$o.Grants.Count'],
    expected: ['TargetBucketName,Grants,TargetPrefix,TargetObjectKeyFormat', 'True', '0'],
    responseType: 'Amazon.S3.Model.GetBucketLoggingResponse',
  },
  {
    name: 'logging (Write-/Get-S3BucketLogging)',
    setup: [`Write-S3BucketLogging -BucketName ${BUCKET} -LoggingConfig_TargetBucketName ${LOGS} -LoggingConfig_TargetPrefix logs/`],
    call: `Get-S3BucketLogging -BucketName ${BUCKET}`,
    type: 'Amazon.S3.Model.S3BucketLoggingConfig',
    checks: ['$o.TargetBucketName', '$o.TargetPrefix'],
    expected: [LOGS, 'logs/'],
    responseType: 'Amazon.S3.Model.GetBucketLoggingResponse',
  },
  {
    name: 'CORS (Write-/Get-S3CORSConfiguration)',
    setup: [`Write-S3CORSConfiguration -BucketName ${BUCKET} -Configuration_Rule @{Id='r1';AllowedMethods='GET','PUT';AllowedOrigins='*';MaxAgeSeconds=300}`],
    call: `Get-S3CORSConfiguration -BucketName ${BUCKET}`,
    type: 'Amazon.S3.Model.CORSConfiguration',
    checks: ['($o.PSObject.Properties.Name -join ",")', '$o.Rules[0].GetType().FullName', '$o.Rules[0].Id', '$o.Rules[0].AllowedMethods -join ","', '$o.Rules[0].MaxAgeSeconds'],
    expected: ['Rules', 'Amazon.S3.Model.CORSRule', 'r1', 'GET,PUT', '300'],
    responseType: 'Amazon.S3.Model.GetCORSConfigurationResponse',
  },
  {
    name: 'lifecycle (Write-/Get-S3LifecycleConfiguration)',
    setup: [`Write-S3LifecycleConfiguration -BucketName ${BUCKET} -Configuration_Rule @{Id='expire-tmp';Status='Enabled';Filter=@{Prefix='tmp/'};Expiration=@{Days=30}}`],
    call: `Get-S3LifecycleConfiguration -BucketName ${BUCKET}`,
    type: 'Amazon.S3.Model.LifecycleConfiguration',
    checks: ['$o.Rules[0].GetType().FullName', '$o.Rules[0].Id', '$o.Rules[0].Status', '$o.Rules[0].Expiration.Days'],
    expected: ['Amazon.S3.Model.LifecycleRule', 'expire-tmp', 'Value', '-----', 'Enabled', '30'],
    responseType: 'Amazon.S3.Model.GetLifecycleConfigurationResponse',
  },
  {
    name: 'replication (Write-/Get-S3BucketReplication)',
    setup: [
      `Write-S3BucketReplication -BucketName ${VERSIONED} -Configuration_Role arn:aws:iam::123456789012:role/replication -Configuration_Rule @{Id='rep1';Status='Enabled';Prefix='';Destination=@{Bucket='arn:aws:s3:::shapes-b1'}}`,
    ],
    call: `Get-S3BucketReplication -BucketName ${VERSIONED}`,
    type: 'Amazon.S3.Model.ReplicationConfiguration',
    checks: ['$o.Role', '$o.Rules[0].Id', '$o.Rules[0].Destination.Bucket'],
    expected: ['arn:aws:iam::123456789012:role/replication', 'rep1', 'arn:aws:s3:::shapes-b1'],
    responseType: 'Amazon.S3.Model.GetBucketReplicationResponse',
  },
  {
    name: 'ACL (Get-S3ACL on a bucket and an object)',
    call: `Get-S3ACL -BucketName ${BUCKET}`,
    type: 'Amazon.S3.Model.S3AccessControlList',
    checks: [
      '($o.PSObject.Properties.Name -join ",")',
      '$o.Owner.GetType().FullName',
      '$o.Grants[0].GetType().FullName',
      '($o.Grants[0].Grantee.PSObject.Properties.Name -join ",")',
      '$o.Grants[0].Grantee.Type',
      '$o.Grants[0].Grantee.CanonicalUser -eq $o.Owner.Id',
      '$o.Grants[0].Permission',
      `(Get-S3ACL -BucketName ${BUCKET} -Key doc.txt).GetType().FullName`,
    ],
    expected: [
      'Owner,Grants',
      'Amazon.S3.Model.Owner',
      'Amazon.S3.Model.S3Grant',
      'Type,DisplayName,EmailAddress,CanonicalUser,URI',
      ...['Value', '-----', 'CanonicalUser'],
      'True',
      ...['Value', '-----', 'FULL_CONTROL'],
      'Amazon.S3.Model.S3AccessControlList',
    ],
    responseType: 'Amazon.S3.Model.GetACLResponse',
  },
  {
    name: 'location (Get-S3BucketLocation in us-east-1)',
    call: `Get-S3BucketLocation -BucketName ${BUCKET}`,
    type: 'Amazon.S3.S3Region',
    checks: ['"[$($o.Value)]"', '"[$o]"'],
    expected: ['[]', '[]'],
    responseType: 'Amazon.S3.Model.GetBucketLocationResponse',
  },
  {
    name: 'website (Write-/Get-S3BucketWebsite)',
    setup: [`Write-S3BucketWebsite -BucketName ${BUCKET} -WebsiteConfiguration_IndexDocumentSuffix index.html -WebsiteConfiguration_ErrorDocument error.html`],
    call: `Get-S3BucketWebsite -BucketName ${BUCKET}`,
    type: 'Amazon.S3.Model.WebsiteConfiguration',
    checks: ['($o.PSObject.Properties.Name -join ",")', '$o.IndexDocumentSuffix', '$o.ErrorDocument'],
    expected: ['ErrorDocument,IndexDocumentSuffix,RedirectAllRequestsTo,RoutingRules', 'index.html', 'error.html'],
    responseType: 'Amazon.S3.Model.GetBucketWebsiteResponse',
  },
  {
    name: 'object metadata (Get-S3ObjectMetadata: Headers and Metadata collections)',
    call: `Get-S3ObjectMetadata -BucketName ${BUCKET} -Key doc.txt`,
    type: 'Amazon.S3.Model.GetObjectMetadataResponse',
    checks: [
      '$o.ContentLength',
      '$o.Headers.GetType().FullName',
      '$o.Headers.ContentType',
      '$o.Headers["Content-Type"]',
      '$o.Headers.ContentLength',
      '$o.Headers.Keys -contains "Content-Length"',
      '$o.Metadata.GetType().FullName',
      '$o.Metadata.Count',
      '$o.Metadata.Keys -join ","',
      '$o.Metadata["owner"]',
      '$o.Metadata["x-amz-meta-owner"]',
      '$o.LastModified.GetType().FullName',
      `$o.ETag -match '^"[0-9a-f]{32}"$'`,
      '$o.ServerSideEncryptionMethod.GetType().FullName',
      '$null -eq $o.RestoreInProgress',
    ],
    expected: [
      '12',
      'Amazon.S3.Model.HeadersCollection',
      'text/plain',
      'text/plain',
      '12',
      'True',
      'Amazon.S3.Model.MetadataCollection',
      '1',
      'x-amz-meta-owner',
      'team-a',
      'team-a',
      'System.DateTime',
      'True',
      'Amazon.S3.ServerSideEncryptionMethod',
      'True',
    ],
    responseType: 'Amazon.S3.Model.GetObjectMetadataResponse',
  },
  {
    name: 'versions (Get-S3Version: versions and delete markers in one list)',
    call: `Get-S3Version -BucketName ${VERSIONED}`,
    type: 'Amazon.S3.Model.ListVersionsResponse',
    checks: [
      '($o.PSObject.Properties.Name -join ",")',
      '$o.Versions[0].GetType().FullName',
      '($o.Versions | ForEach-Object { "$($_.Key):$($_.IsDeleteMarker):$($_.IsLatest)" }) -join ","',
      '($o.Versions | Select-Object -First 1).BucketName',
      '$o.Versions[1].Size',
      '$o.IsTruncated',
    ],
    expected: [
      'IsTruncated,KeyMarker,VersionIdMarker,NextKeyMarker,NextVersionIdMarker,Versions,Name,Prefix,MaxKeys,CommonPrefixes,Delimiter,Encoding,RequestCharged,ResponseMetadata,HttpStatusCode',
      'Amazon.S3.Model.S3ObjectVersion',
      'a.txt:True:True,a.txt:False:False,a.txt:False:False,b.txt:False:True',
      VERSIONED,
      '12',
      'False',
    ],
    responseType: 'Amazon.S3.Model.ListVersionsResponse',
  },
  {
    name: 'listing (Get-S3ObjectV2)',
    call: `Get-S3ObjectV2 -BucketName ${BUCKET}`,
    type: 'Amazon.S3.Model.S3Object',
    checks: ['($o | ForEach-Object Key) -join ","', '$o[0].BucketName', '$o[0].Size', '$o[0].LastModified.GetType().FullName'],
    expected: ['dir/one.txt,doc.txt', BUCKET, '12', 'System.DateTime'],
    responseType: 'Amazon.S3.Model.ListObjectsV2Response',
  },
  {
    name: 'default encryption (Set-/Get-S3BucketEncryption)',
    setup: [`Set-S3BucketEncryption -BucketName ${BUCKET} -ServerSideEncryptionConfiguration_ServerSideEncryptionRule @{ServerSideEncryptionByDefault=@{ServerSideEncryptionAlgorithm='AES256'}}`],
    call: `Get-S3BucketEncryption -BucketName ${BUCKET}`,
    type: 'Amazon.S3.Model.ServerSideEncryptionConfiguration',
    checks: ['$o.ServerSideEncryptionRules[0].ServerSideEncryptionByDefault.ServerSideEncryptionAlgorithm'],
    expected: ['Value', '-----', 'AES256'],
    responseType: 'Amazon.S3.Model.GetBucketEncryptionResponse',
  },
];

describe('S3 generated cmdlets write the .NET shapes', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const call = c.call;
    const r = await ps([
      ...(c.setup ?? []),
      `$o = ${call}`,
      '@($o)[0].GetType().FullName',
      ...c.checks,
      `(${call} -Select *).GetType().FullName`,
    ]);
    expect(r.stderr).toBe('');
    expect(r.lines).toEqual([c.type, ...c.expected, c.responseType]);
  });
});
