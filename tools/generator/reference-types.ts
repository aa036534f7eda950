// The reference facts about the real AWS Tools cmdlets (../shared/reference/aws-tools-for-powershell, see its
// README): the fields the generator reads.

export interface ReferenceParameter {
  readonly name: string;
  readonly type: string;
  readonly aliases?: readonly string[];
  readonly position?: number;
  readonly valueFromPipeline?: boolean;
  readonly parameterSets?: readonly string[];
  readonly mandatory?: boolean | readonly string[];
  readonly requiredByService?: boolean;
  readonly mandatoryOnlyInModularAWSTools?: boolean;
  readonly warnsOnNull?: boolean;
  readonly enumType?: string;
  readonly deprecated?: string;
  /** .NET request property path: 'LaunchSpecification.ImageId'. */
  readonly requestMember?: string;
  readonly defaultValueIfUnbound?: unknown;
}

export interface ReferenceAutoIteration {
  readonly startParameter?: string;
  readonly requestMember?: string;
  readonly responseMember?: string;
  readonly pageSizeRequestMember?: string;
  readonly emitLimitParameter?: string;
}

export interface ReferenceCmdletConfig {
  readonly OutputProperty?: string | null;
  readonly Verb?: string;
  readonly Noun?: string;
  readonly PipelineParameter?: string;
  readonly PositionalParameters?: string;
  readonly ShouldProcessTarget?: string;
  readonly LegacyAlias?: string;
  readonly DefaultParameterSet?: string;
}

export interface ReferenceCmdlet {
  readonly name: string;
  readonly verb: string;
  readonly noun: string;
  readonly operations: readonly string[];
  readonly responseType?: string;
  readonly className?: string;
  readonly source: 'generated' | 'handwritten';
  readonly selectDefault?: string | null;
  readonly outputType?: readonly string[];
  readonly outputDoc?: string;
  readonly supportsShouldProcess?: boolean;
  readonly confirmImpact?: 'Low' | 'Medium' | 'High';
  readonly shouldProcessTarget?: string;
  readonly shouldProcessAction?: string;
  readonly hasForce?: boolean;
  readonly hasPassThru?: boolean;
  readonly passThruEmits?: string;
  readonly hasNoAutoIteration?: boolean;
  readonly autoIteration?: ReferenceAutoIteration;
  readonly legacyAlias?: string;
  readonly moduleAliases?: readonly string[];
  readonly awsAliasesPs1?: readonly string[];
  readonly defaultParameterSet?: string;
  readonly parameters?: readonly ReferenceParameter[];
  /** Parameters the hand-written .extensions.cs partial class adds. */
  readonly extensionParameters?: readonly ReferenceParameter[];
  readonly config?: ReferenceCmdletConfig;
}

export interface ReferenceNewOperation {
  readonly operation: string;
  readonly cmdlet: string;
  readonly outputProperty?: string | null;
  readonly shouldProcessTarget?: string | null;
  readonly pipelineParameter?: string | null;
  readonly noPipelineParameter?: boolean;
}

export interface ReferenceMapping {
  readonly from: string;
  readonly to: string;
}

export interface ReferenceService {
  readonly service: string;
  readonly module: string;
  readonly nounPrefix: string;
  readonly serviceConfig: {
    readonly ServiceName?: string;
    readonly DefaultRegion?: string | null;
    readonly PipelineParameter?: string | null;
    readonly AutoIterate?: { readonly Start?: string; readonly Next?: string; readonly EmitLimit?: string } | null;
    readonly VerbMappings?: readonly ReferenceMapping[];
    readonly NounMappings?: readonly ReferenceMapping[];
    readonly Params?: ReadonlyArray<{ readonly Name: string; readonly Exclude?: string; readonly NewName?: string; readonly Alias?: string }>;
    readonly TypesNotToFlatten?: readonly string[];
  };
  readonly excludedOperations: ReadonlyArray<{ readonly operation: string; readonly coveredByHandwritten: readonly string[] }>;
  readonly cmdlets: readonly ReferenceCmdlet[];
  readonly currentUpstreamDelta?: {
    readonly newOperations?: readonly ReferenceNewOperation[];
    readonly newCmdletNames?: readonly string[];
    readonly inferredOperations?: ReadonlyArray<Record<string, unknown>>;
    readonly allCmdletNamesV5Preview?: readonly string[];
  };
}
