// The shapes of the files the cmdlet generator (tools/generator/) writes under cmdlets/generated/. They are
// the contract between the generator and everything that reads its output: the lazy command loader, Get-Command,
// Get-Help, Get-AWSCmdletName and tab completion. All of them read JSON only: no SDK package is loaded to
// answer a question about a cmdlet.

import type { ServiceName } from '../clients/services.js';

/** cmdlets/generated/index.json: every generated cmdlet's name, small enough to load on the first unknown command. */
export interface GeneratedIndex {
  readonly services: Readonly<Record<ServiceName, GeneratedServiceSummary>>;
  /** Every generated cmdlet, sorted by name. */
  readonly cmdlets: readonly GeneratedIndexEntry[];
  /** The auto-loaded aliases (AWS.Tools.<Svc>.Aliases.psm1: legacy names such as Get-CWMetrics), alias → cmdlet. */
  readonly aliases: Readonly<Record<string, string>>;
  /** The optional AWSAliases.ps1 aliases (EC2-DescribeInstances, Describe-EC2Instances), alias → cmdlet; not loaded by default. */
  readonly optionalAliases: Readonly<Record<string, string>>;
}

export interface GeneratedServiceSummary {
  /** 'AWS.Tools.EC2'. */
  readonly module: string;
  /** 'EC2'. */
  readonly nounPrefix: string;
  /** 'Amazon Elastic Compute Cloud (EC2)'. */
  readonly serviceName: string;
  /** The .NET namespace of the service's model: 'Amazon.EC2' (types are Amazon.EC2.Model.X). */
  readonly dotNetNamespace: string;
  /** '@aws-sdk/client-ec2'. */
  readonly sdkPackage: string;
  /** The installed SDK package version the cmdlets were generated from. */
  readonly sdkVersion: string;
  /** Generated cmdlets of this service. */
  readonly cmdletCount: number;
  /** Operations the real tool covers with hand-written cmdlets instead (not generated here). */
  readonly excludedOperations: readonly string[];
}

export interface GeneratedIndexEntry {
  /** Verb-Noun. */
  readonly name: string;
  readonly service: ServiceName;
  /** The service operation (as the API reference and Get-AWSCmdletName name it): 'DescribeInstances'. */
  readonly operation: string;
}

/** cmdlets/generated/<service>.json: everything needed to define the service's cmdlets. */
export interface GeneratedServiceFile {
  readonly service: ServiceName;
  readonly module: string;
  readonly cmdlets: readonly GeneratedCmdletSpec[];
}

/** One parameter; JSON-serialisable (ParameterDef fields plus where the value goes in the SDK request). */
export interface GeneratedParameter {
  readonly name: string;
  /** .NET type as the real cmdlet declares it: 'System.String', 'System.Int32', 'System.Boolean', 'System.DateTime',
   * 'System.String[]', 'System.Collections.Hashtable', 'Amazon.EC2.Model.Filter[]', 'System.Object[]', 'switch'. */
  readonly type: string;
  readonly aliases?: readonly string[];
  readonly position?: number;
  readonly valueFromPipeline?: boolean;
  readonly parameterSets?: readonly string[];
  readonly mandatory?: boolean | readonly string[];
  /** Required by the service model: mandatory with [AllowNull]; $null gives the real tool's warning. */
  readonly warnsOnNull?: boolean;
  /** Enumeration values (the SDK model's enum), for completion; the service validates, any string binds. */
  readonly enumValues?: readonly string[];
  /** .NET ConstantClass type of an enum parameter: 'Amazon.EC2.InstanceType'. */
  readonly enumType?: string;
  /** SDK (JS v3) request member path, dotted for flattened members: 'LaunchSpecification.ImageId'. */
  readonly requestMember?: string;
  /** How the value is converted to the SDK member (absent: as bound). */
  readonly encoding?: ParameterEncoding;
  /** The real tool's [Obsolete] text. */
  readonly deprecated?: string;
  /** Added by the real tool's hand-written extension of the cmdlet: src/aws/generated/extensions.ts gives its effect. */
  readonly extension?: boolean;
  /** The SDK for JavaScript cannot take this value: binding the parameter fails with this feature description. */
  readonly notSupported?: string;
}

/**
 * - 'blob': a stream/blob member (a string, string array joined with newlines, or a file object), UTF-8 encoded;
 * - 'model': a structure or list of structures given as model objects or hashtables (converted .NET → SDK names);
 * - 'map': a hashtable converted to a plain string-keyed object;
 * - 'ec2-instance-ids': EC2 InstanceId, taking IDs, Instance objects or Reservation objects.
 */
export type ParameterEncoding = 'blob' | 'model' | 'map' | 'ec2-instance-ids';

export interface GeneratedPaging {
  readonly startParameter: string;
  /** SDK request member the token goes to. */
  readonly requestToken: string;
  /** SDK response member the next token is read from. */
  readonly responseToken: string;
  readonly pageSizeMember?: string;
}

export interface GeneratedCmdletSpec {
  readonly name: string;
  /** Alias names loaded with the cmdlet (the legacy aliases of AWS.Tools.<Svc>.Aliases.psm1). */
  readonly aliases?: readonly string[];
  /** The .NET operation name, shown in confirmation text ("Remove-EC2KeyPair (DeleteKeyPair)"). */
  readonly operation: string;
  /** The SDK command class: 'DescribeInstancesCommand'. */
  readonly sdkCommand: string;
  /** 'Amazon.PowerShell.Cmdlets.EC2.GetEC2InstanceCmdlet'. */
  readonly className: string;
  readonly parameters: readonly GeneratedParameter[];
  /** Default -Select: a response member path, '*' for the whole response, null for nothing. */
  readonly select: string | null;
  /** .NET response type: 'Amazon.EC2.Model.DescribeInstancesResponse'. */
  readonly responseType: string;
  readonly outputType: readonly string[];
  readonly defaultParameterSet?: string;
  /** -PassThru emits this parameter's value. */
  readonly passThruParameter?: string;
  readonly paging?: GeneratedPaging;
  readonly confirmImpact?: 'Low' | 'Medium' | 'High';
  readonly shouldProcessTarget?: string;
  readonly hasForce?: boolean;
  readonly defaultRegion?: string;
  /** Calls this SDK command instead when the parameter is bound (S3 Get-S3ACL -Key → GetObjectAclCommand). */
  readonly alternateCommand?: { readonly whenBound: string; readonly sdkCommand: string };
}

/** cmdlets/generated/help/<service>.json: help text per cmdlet, read only by Get-Help. */
export interface GeneratedHelpFile {
  readonly service: ServiceName;
  readonly cmdlets: Readonly<Record<string, GeneratedCmdletHelp>>;
}

export interface GeneratedCmdletHelp {
  /** One sentence: 'Calls the Amazon Elastic Compute Cloud (EC2) DescribeInstances API operation.' */
  readonly synopsis: string;
  /** The operation's documentation, as plain text paragraphs. */
  readonly description: string;
  /** Parameter name → its documentation text. */
  readonly parameters: Readonly<Record<string, string>>;
  /** What the cmdlet writes. */
  readonly outputs: string;
}
