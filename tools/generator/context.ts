// What every part of the generator reads: the installed SDK packages (their command classes, which carry the
// operation schemas, and their paginators) and the reference facts about the real AWS Tools cmdlets.

import { createRequire } from 'node:module';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ServiceName } from '../../src/aws/clients/services.js';
import type { GeneratedCmdletSpec } from '../../src/aws/generated/catalog-types.js';
import type { ReferenceService } from './reference-types.js';

export interface ServiceSource {
  readonly service: ServiceName;
  /** '@aws-sdk/client-ec2'. */
  readonly sdkPackage: string;
  readonly sdkVersion: string;
  /** The package's directory (its dist-types/ has the documentation comments). */
  readonly packageDir: string;
  /** The package's exports: XxxCommand classes, paginateXxx functions, enums. */
  readonly sdk: Readonly<Record<string, unknown>>;
  /** The .NET namespace: 'Amazon.EC2', 'Amazon.SimpleNotificationService', 'Amazon.SecurityToken'. */
  readonly dotNetNamespace: string;
  /** ../shared/reference/aws-tools-for-powershell/services/<svc>.json. */
  readonly reference: ReferenceService;
}

export interface GeneratorContext {
  readonly root: string;
  readonly services: readonly ServiceSource[];
}

/** What the cmdlet step produced, for the steps that describe the cmdlets (help). */
export interface GeneratedCmdlets {
  readonly byService: ReadonlyMap<ServiceName, readonly GeneratedCmdletSpec[]>;
  /** Cmdlet name → the SDK operation (JS command name without 'Command'). */
  readonly sdkOperation: ReadonlyMap<string, string>;
}

const SERVICES: ReadonlyArray<{ service: ServiceName; sdkPackage: string; dotNetNamespace: string }> = [
  { service: 's3', sdkPackage: '@aws-sdk/client-s3', dotNetNamespace: 'Amazon.S3' },
  { service: 'ec2', sdkPackage: '@aws-sdk/client-ec2', dotNetNamespace: 'Amazon.EC2' },
  { service: 'sqs', sdkPackage: '@aws-sdk/client-sqs', dotNetNamespace: 'Amazon.SQS' },
  { service: 'sns', sdkPackage: '@aws-sdk/client-sns', dotNetNamespace: 'Amazon.SimpleNotificationService' },
  { service: 'cloudwatch', sdkPackage: '@aws-sdk/client-cloudwatch', dotNetNamespace: 'Amazon.CloudWatch' },
  { service: 'sts', sdkPackage: '@aws-sdk/client-sts', dotNetNamespace: 'Amazon.SecurityToken' },
  { service: 'ssooidc', sdkPackage: '@aws-sdk/client-sso-oidc', dotNetNamespace: 'Amazon.SSOOIDC' },
];

/** The reference facts: the copy committed under tools/reference (AWSPS_REFERENCE_DIR points elsewhere, e.g. a newer copy). */
export function referenceDirectory(root: string): string {
  const configured = process.env.AWSPS_REFERENCE_DIR;
  if (configured) return configured;
  return path.join(root, 'tools', 'reference', 'aws-tools-for-powershell');
}

export function loadContext(root: string): GeneratorContext {
  const require = createRequire(path.join(root, 'package.json'));
  const refDir = referenceDirectory(root);
  const services = SERVICES.map(({ service, sdkPackage, dotNetNamespace }): ServiceSource => {
    const packageJson = require.resolve(`${sdkPackage}/package.json`);
    const reference = JSON.parse(fs.readFileSync(path.join(refDir, 'services', `${service}.json`), 'utf8')) as ReferenceService;
    return {
      service,
      sdkPackage,
      sdkVersion: (JSON.parse(fs.readFileSync(packageJson, 'utf8')) as { version: string }).version,
      packageDir: path.dirname(packageJson),
      sdk: require(sdkPackage) as Record<string, unknown>,
      dotNetNamespace,
      reference,
    };
  });
  return { root, services };
}
