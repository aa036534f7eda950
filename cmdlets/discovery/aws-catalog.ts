// What discovery knows about the AWS cmdlets: the generated ones from cmdlets/generated/index.json (never
// defined in the engine just to be listed) and the hand-written ones the engine has registered (module
// AWS.Tools.*). One list, so Get-Command, Get-AWSCmdletName and Get-Help agree.

import type { CommandDefinition, SessionStateApi } from '../../src/pipeline/types.js';
import type { ServiceName } from '../../src/aws/clients/services.js';
import type { GeneratedServiceSummary } from '../../src/aws/generated/catalog-types.js';
import { generatedIndex } from '../../src/aws/generated/catalog.js';

/** The version every built-in AWS.Tools module reports: the AWS Tools V4 release line awsps reproduces. */
export const AWS_TOOLS_VERSION = '4.1.0.0';

/** The service operations of cmdlets the real tool writes by hand (its AWSCmdlet attribute), by cmdlet name. */
const HANDWRITTEN_OPERATIONS: Readonly<Record<string, readonly string[]>> = {
  'Copy-S3Object': ['CopyObject'],
  'Get-S3MultipartUpload': ['ListMultipartUploads'],
  'Get-S3PreSignedURL': ['GetPreSignedURL'],
  'New-S3Bucket': ['PutBucket'],
  'Read-S3Object': ['GetObject'],
  'Remove-S3Bucket': ['DeleteBucket'],
  'Remove-S3MultipartUpload': ['AbortMultipartUpload'],
  'Remove-S3Object': ['DeleteObjects'],
  'Test-S3Bucket': [''],
  'Write-S3Object': ['PutObject', 'InitiateMultipartUpload', 'UploadPart', 'CompleteMultipartUpload'],
  'Get-EC2PasswordData': ['GetPasswordData'],
  'Use-STSRoleWithSAML': ['AssumeRoleWithSAML'],
  'Use-STSWebIdentityRole': ['AssumeRoleWithWebIdentity'],
  // Generated in the real tool, defined by hand here (cmdlets/aws/).
  'Get-S3Bucket': ['ListBuckets'],
  'Get-S3Object': ['ListObjects'],
  'Get-STSCallerIdentity': ['GetCallerIdentity'],
};

export interface AwsService {
  readonly service: ServiceName;
  readonly summary: GeneratedServiceSummary;
}

export interface AwsCmdletEntry {
  readonly name: string;
  readonly module: string;
  readonly service: AwsService | undefined;
  readonly operations: readonly string[];
  /** The engine's definition, for a hand-written cmdlet (a generated one is listed without being defined). */
  readonly definition: CommandDefinition | undefined;
}

/** The services of the generated index, ordered by module name as Get-AWSService orders them. */
export function awsServices(): AwsService[] {
  const index = generatedIndex();
  if (index === undefined) return [];
  return (Object.entries(index.services) as [ServiceName, GeneratedServiceSummary][])
    .map(([service, summary]) => ({ service, summary }))
    .sort((a, b) => ordinal(a.summary.module, b.summary.module));
}

export function ordinal(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Every AWS cmdlet: generated and registered hand-written ones, sorted by name. */
export function awsCmdlets(session: SessionStateApi): AwsCmdletEntry[] {
  const services = awsServices();
  const byModule = new Map(services.map((s) => [s.summary.module.toLowerCase(), s]));
  const byService = new Map(services.map((s) => [s.service, s]));
  const out = new Map<string, AwsCmdletEntry>();
  for (const c of generatedIndex()?.cmdlets ?? []) {
    const service = byService.get(c.service);
    out.set(c.name.toLowerCase(), { name: c.name, module: service?.summary.module ?? '', service, operations: [c.operation], definition: undefined });
  }
  for (const def of session.listCommands()) {
    if (!def.module?.startsWith('AWS.Tools.')) continue;
    const known = out.get(def.name.toLowerCase());
    if (known !== undefined) {
      out.set(def.name.toLowerCase(), { ...known, definition: def });
      continue;
    }
    out.set(def.name.toLowerCase(), {
      name: def.name,
      module: def.module,
      service: byModule.get(def.module.toLowerCase()),
      operations: HANDWRITTEN_OPERATIONS[def.name] ?? [],
      definition: def,
    });
  }
  return [...out.values()].sort((a, b) => ordinal(a.name, b.name));
}
