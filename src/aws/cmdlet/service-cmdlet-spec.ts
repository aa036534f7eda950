// The data a service cmdlet is made from: what the cmdlet generator will emit for each AWS Tools cmdlet,
// and what hand-written cmdlets fill in themselves (with the optional hooks).

import type { ParameterDef } from '../../pipeline/types.js';
import type { ServiceName } from '../clients/index.js';

export interface ServiceCmdletParameter extends ParameterDef {
  /** The SDK (JS v3) input member the value goes to, a dotted path for nested members ('CreateBucketConfiguration.LocationConstraint'). */
  readonly requestMember?: string;
  /** AWS Tools marks it required with [AllowNull]: binding $null writes AWS Tools' warning and leaves the member unset. */
  readonly warnsOnNull?: boolean;
  /** Not implemented yet: binding it fails with this feature description instead of being ignored. */
  readonly notSupported?: string;
  /** Converts the bound value to the SDK member's value (model objects, maps, blobs); absent: the value as bound. */
  readonly toRequest?: (value: unknown) => unknown;
}

export interface ServiceCmdletPaging {
  /** The cmdlet parameter that starts a page (-Marker, -NextToken); binding it turns auto-iteration off. */
  readonly startParameter: string;
  /** SDK request member the token goes to. */
  readonly requestToken: string;
  /** SDK response member the next token is read from. */
  readonly responseToken: string;
  /** SDK request member of the page size, when the operation has one (informational: the parameter maps it). */
  readonly pageSizeMember?: string;
  /** Reads the next token from the converted .NET response instead of the SDK's responseToken member (S3 ListObjects' NextMarker rule). */
  readonly nextToken?: (response: unknown) => unknown;
}

/** What a hand-written cmdlet's hooks see of the invocation. */
export interface ServiceInvocation {
  /** Bound parameters by canonical name. */
  readonly params: Readonly<Record<string, unknown>>;
  isBound(name: string): boolean;
  /** The region the call goes to. */
  readonly region: string;
}

export interface ServiceCmdletSpec {
  /** Verb-Noun, e.g. 'Get-S3Bucket'. */
  readonly name: string;
  /** 'AWS.Tools.S3'. */
  readonly module: string;
  readonly service: ServiceName;
  /** The AWS Tools class, for error ids: 'Amazon.PowerShell.Cmdlets.S3.GetS3BucketCmdlet'. */
  readonly className: string;
  /** The .NET operation name shown in confirmation text: 'PutBucket' → "New-S3Bucket (PutBucket)". */
  readonly operation: string;
  /** The SDK (JS v3) command class: 'CreateBucketCommand'. */
  readonly sdkCommand: string;
  /** The cmdlet's own parameters. */
  readonly parameters: readonly ServiceCmdletParameter[];
  /** The default -Select (OutputProperty): '*' is the whole response, null writes nothing. */
  readonly select: string | null;
  /** The .NET response type (what -Select * returns), described in dotnet-shapes.ts. */
  readonly responseType: string;
  /** The [OutputType] type names, for Get-Command. */
  readonly outputType: readonly string[];
  readonly synopsis?: string;
  readonly aliases?: readonly string[];
  readonly defaultParameterSet?: string;
  /** -PassThru returns this parameter's value (a deprecated switch some generated cmdlets have). */
  readonly passThruParameter?: string;
  readonly paging?: ServiceCmdletPaging;
  /** The service's own region when no other source names one (S3: us-east-1). */
  readonly defaultRegion?: string;
  /** Supports -WhatIf/-Confirm with this impact (non-Get verbs); the generator's default is Medium, High for Remove. */
  readonly confirmImpact?: 'Low' | 'Medium' | 'High';
  /** The parameter whose value names the confirmation target (AWS Tools' ShouldProcessTarget). */
  readonly shouldProcessTarget?: string;
  /** Has -Force (skips the confirmation prompt). Default: every cmdlet that confirms. */
  readonly hasForce?: boolean;
  /** Calls this SDK command instead when the parameter is bound (S3 Get-S3ACL -Key → GetObjectAclCommand). */
  readonly alternateCommand?: { readonly whenBound: string; readonly sdkCommand: string };
  /** Hand-written cmdlets: adds members to the SDK input after the parameters are mapped. */
  readonly prepareRequest?: (request: Record<string, unknown>, invocation: ServiceInvocation) => void;
  /** Hand-written cmdlets: completes each converted .NET response as the .NET SDK does (before history and output see it). */
  readonly completeResponse?: (response: unknown) => unknown;
  /**
   * Hand-written cmdlets: the output to write when -Select is not given (replaces the default OutputProperty);
   * gets the converted .NET response. Its result is enumerated.
   */
  readonly output?: (response: unknown, invocation: ServiceInvocation) => unknown;
}
