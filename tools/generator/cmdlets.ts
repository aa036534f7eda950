// The generated cmdlets of one service: every cmdlet the reference facts describe (their names, parameters,
// outputs, paging and confirmation exactly), then every SDK operation the facts do not name, by the real
// generator's rules. Operations the real tool covers with hand-written cmdlets are left out.

import type { NormalizedSchema } from '@smithy/core/schema';
import type { GeneratedCmdletSpec, GeneratedPaging, GeneratedParameter } from '../../src/aws/generated/catalog-types.js';
import type { ServiceSource } from './context.js';
import { APPROVED_VERBS, cmdletNameFor, type NamingRules } from './naming.js';
import { HANDWRITTEN_ONLY_OPERATIONS, operationTarget } from './operation-map.js';
import { referenceParameter, schemaParameters } from './parameters.js';
import type { ReferenceCmdlet, ReferenceMapping, ReferenceNewOperation } from './reference-types.js';
import { sdkOperations, sdkPaginators, structMembers, type SdkOperation, type SdkPaginator } from './sdk-model.js';

export interface ServiceCmdlets {
  readonly specs: GeneratedCmdletSpec[];
  /** Auto-loaded aliases: alias → cmdlet. */
  readonly aliases: Record<string, string>;
  /** AWSAliases.ps1 aliases: alias → cmdlet. */
  readonly optionalAliases: Record<string, string>;
  /** Cmdlet → SDK operation. */
  readonly sdkOperation: Map<string, string>;
  /** Operation of each cmdlet as Get-AWSCmdletName reports it (the .NET name). */
  readonly operation: Map<string, string>;
  readonly excludedOperations: string[];
  /** Facts the SDK cannot honour (reported by the generator, and kept as notSupported parameters). */
  readonly problems: string[];
}

export interface GlobalRules {
  readonly operationNameMappings: readonly ReferenceMapping[];
  readonly verbMappings: readonly ReferenceMapping[];
  readonly metadataProperties: readonly string[];
}

const S3_DEFAULT_REGION = 'us-east-1';

/** Response members the real generator does not count when choosing a default output (paging and metadata). */
function outputMembers(output: NormalizedSchema, metadata: ReadonlySet<string>): string[] {
  return structMembers(output)
    .map(([n]) => n)
    .filter((n) => !metadata.has(n));
}

function findOutputMember(output: NormalizedSchema, name: string): string | undefined {
  const lower = name.toLowerCase();
  return structMembers(output).find(([n]) => n.toLowerCase() === lower)?.[0];
}

function className(service: ServiceSource, cmdletName: string): string {
  const [verb, noun] = cmdletName.split('-');
  return `Amazon.PowerShell.Cmdlets.${service.reference.nounPrefix}.${verb}${noun}Cmdlet`;
}

function referencePaging(c: ReferenceCmdlet, op: SdkOperation, problems: string[]): GeneratedPaging | undefined {
  const ai = c.autoIteration;
  if (!ai?.startParameter || !ai.requestMember || !ai.responseMember) return undefined;
  const requestToken = structMembers(op.input).find(([n]) => n.toLowerCase() === ai.requestMember!.toLowerCase())?.[0];
  const responseToken = findOutputMember(op.output, ai.responseMember);
  if (!requestToken || !responseToken) {
    problems.push(`${c.name}: paging members ${ai.requestMember}/${ai.responseMember} are not in the SDK model; the cmdlet makes one call`);
    return undefined;
  }
  const pageSize = ai.pageSizeRequestMember ? structMembers(op.input).find(([n]) => n.toLowerCase() === ai.pageSizeRequestMember!.toLowerCase())?.[0] : undefined;
  return { startParameter: ai.startParameter, requestToken, responseToken, ...(pageSize ? { pageSizeMember: pageSize } : {}) };
}

function impactFor(verb: string): 'Medium' | 'High' {
  return verb === 'Remove' ? 'High' : 'Medium';
}

const NO_SHOULD_PROCESS = new Set(['Get', 'Test', 'Find']);

function specFromReference(service: ServiceSource, c: ReferenceCmdlet, ops: ReadonlyMap<string, SdkOperation>, out: ServiceCmdlets): void {
  const dotNetOperation = c.operations[0];
  const target = operationTarget(service.service, dotNetOperation);
  const op = ops.get(target.sdkOperation);
  if (!op) {
    out.problems.push(`${c.name}: the SDK has no operation ${target.sdkOperation}; cmdlet not generated`);
    return;
  }
  const alternate = target.whenBound ? ops.get(target.whenBound.sdkOperation) : undefined;
  const inputs = alternate ? [op.input, alternate.input] : [op.input];
  const parameters: GeneratedParameter[] = (c.parameters ?? []).map((p) => referenceParameter(service, inputs, p, out.problems, c.name));
  // Parameters of the real tool's hand-written extension (.extensions.cs); their effect is in the runtime's extension table.
  for (const p of c.extensionParameters ?? []) {
    if (parameters.some((q) => q.name.toLowerCase() === p.name.toLowerCase())) continue;
    const generated = referenceParameter(service, inputs, { ...p, requestMember: undefined }, out.problems, c.name);
    parameters.push({ ...generated, type: p.type === 'SwitchParameter' ? 'switch' : generated.type, extension: true });
  }
  const selectDefault = c.selectDefault ?? '*';
  const emitsNothing = (c.outputType ?? []).includes('None');
  const passThru = c.hasPassThru && c.passThruEmits?.startsWith('^') ? c.passThruEmits.slice(1) : undefined;
  const paging = referencePaging(c, op, out.problems);
  if (!emitsNothing && selectDefault !== '*' && !findOutputMember(op.output, selectDefault.split('.')[0])) {
    out.problems.push(`${c.name}: default output ${selectDefault} is not an SDK response member of ${op.name} (.NET shape override needed)`);
  }
  const spec: GeneratedCmdletSpec = {
    name: c.name,
    operation: dotNetOperation,
    sdkCommand: op.command,
    className: className(service, c.name),
    parameters,
    select: emitsNothing ? null : selectDefault,
    responseType: c.responseType ?? `${service.dotNetNamespace}.Model.${dotNetOperation}Response`,
    outputType: [...(c.outputType ?? [])],
    ...(c.defaultParameterSet ? { defaultParameterSet: c.defaultParameterSet } : {}),
    ...(passThru ? { passThruParameter: passThru } : {}),
    ...(paging ? { paging } : {}),
    ...(c.supportsShouldProcess ? { confirmImpact: c.confirmImpact ?? impactFor(c.verb) } : {}),
    ...(c.shouldProcessTarget ? { shouldProcessTarget: c.shouldProcessTarget } : {}),
    ...(c.supportsShouldProcess && c.hasForce === false ? { hasForce: false } : {}),
    ...(service.service === 's3' ? { defaultRegion: S3_DEFAULT_REGION } : {}),
    ...(target.whenBound ? { alternateCommand: { whenBound: target.whenBound.parameter, sdkCommand: `${target.whenBound.sdkOperation}Command` } } : {}),
  };
  addSpec(spec, dotNetOperation, op.name, out);
  for (const alias of [...(c.legacyAlias ? [c.legacyAlias] : []), ...(c.moduleAliases ?? [])]) out.aliases[alias] = c.name;
  for (const alias of c.awsAliasesPs1 ?? []) out.optionalAliases[alias] = c.name;
}

function addSpec(spec: GeneratedCmdletSpec, operation: string, sdkOperation: string, out: ServiceCmdlets): void {
  out.specs.push(spec);
  out.sdkOperation.set(spec.name, sdkOperation);
  out.operation.set(spec.name, operation);
}

/**
 * A name among the later cmdlet names the facts list (V5 manifest, new names): the derived name itself, or, when
 * the derived verb is not an approved one (the real tool's configuration then chose another), the one name with
 * the same noun.
 */
function knownName(derived: { verb: string; noun: string; name: string }, prefix: string, known: ReadonlyMap<string, string>): string {
  const exact = known.get(derived.name.toLowerCase());
  if (exact) return exact;
  if (APPROVED_VERBS.has(derived.verb)) return derived.name;
  const noun = `-${prefix}${derived.noun}`.toLowerCase();
  const byNoun = [...known.values()].filter((n) => n.toLowerCase().endsWith(noun) && n.indexOf('-') === n.length - noun.length);
  return byNoun.length === 1 ? byNoun[0] : derived.name;
}

function defaultSelect(op: SdkOperation, metadata: ReadonlySet<string>): string | null {
  const members = outputMembers(op.output, metadata);
  if (structMembers(op.output).length === 0) return null;
  return members.length === 1 ? members[0] : '*';
}

/** The rule's ShouldProcessTarget when the facts give none: a single parameter, else one ending in Id/Name/Arn/Identifier. */
function discoveredTarget(params: readonly GeneratedParameter[], paging: GeneratedPaging | undefined): string | undefined {
  const candidates = params.filter((p) => p.name !== paging?.startParameter);
  if (candidates.length === 1) return candidates[0].name;
  const named = candidates.filter((p) => /(Id|Name|Arn|Identifier)$/.test(p.name));
  const required = named.find((p) => p.mandatory === true);
  if (required) return required.name;
  const root = named.find((p) => !p.name.includes('_'));
  if (root) return root.name;
  return candidates.find((p) => p.valueFromPipeline)?.name;
}

function specFromSchema(
  service: ServiceSource,
  op: SdkOperation,
  rules: NamingRules,
  known: ReadonlyMap<string, string>,
  newOperation: ReferenceNewOperation | undefined,
  paginator: SdkPaginator | undefined,
  global: GlobalRules,
  out: ServiceCmdlets,
): void {
  const derived = cmdletNameFor(op.name, rules);
  let name = newOperation?.cmdlet ?? knownName(derived, rules.nounPrefix, known);
  // Two operations deriving one name (DescribeIpamPoolAllocations, GetIpamPoolAllocations): the later one keeps
  // the operation's own noun, so that both stay reachable.
  if (out.sdkOperation.has(name) || out.specs.some((s) => s.name.toLowerCase() === name.toLowerCase())) {
    name = `${derived.verb}-${rules.nounPrefix}${op.name.replace(/^[A-Z][a-z0-9]*/, '')}`;
  }
  const verb = name.slice(0, name.indexOf('-'));
  const excluded = new Set((service.reference.serviceConfig.Params ?? []).filter((p) => p.Exclude === 'true').map((p) => p.Name));
  const servicePipeline = service.reference.serviceConfig.PipelineParameter ?? undefined;
  const pipelineParameter = newOperation ? (newOperation.noPipelineParameter ? undefined : newOperation.pipelineParameter ?? undefined) : servicePipeline;
  const parameters = schemaParameters(service, op.input, { excluded, pipelineParameter });
  let paging: GeneratedPaging | undefined;
  if (paginator) {
    const start = parameters.find((p) => p.requestMember === paginator.inputToken);
    if (start) paging = { startParameter: start.name, requestToken: paginator.inputToken, responseToken: paginator.outputToken, ...(paginator.pageSize ? { pageSizeMember: paginator.pageSize } : {}) };
  }
  if (paging) {
    // The Start parameter gets the alias NextToken and the page-size parameter MaxItems, unless so named already.
    const withAlias = (p: GeneratedParameter, alias: string): GeneratedParameter =>
      p.name === alias || p.aliases?.includes(alias) ? p : { ...p, aliases: [...(p.aliases ?? []), alias] };
    for (let i = 0; i < parameters.length; i++) {
      if (parameters[i].name === paging.startParameter) parameters[i] = withAlias(parameters[i], 'NextToken');
      else if (paging.pageSizeMember !== undefined && parameters[i].requestMember === paging.pageSizeMember) parameters[i] = withAlias(parameters[i], 'MaxItems');
    }
  }
  const metadata = new Set(global.metadataProperties);
  const select = newOperation && 'outputProperty' in newOperation ? newOperation.outputProperty ?? (structMembers(op.output).length === 0 ? null : '*') : defaultSelect(op, metadata);
  const responseType = `${service.dotNetNamespace}.Model.${op.name}Response`;
  const outputType = select === null ? ['None'] : select === '*' ? [responseType] : [responseType];
  const confirms = !NO_SHOULD_PROCESS.has(verb);
  const target = confirms ? newOperation?.shouldProcessTarget ?? discoveredTarget(parameters, paging) : undefined;
  const spec: GeneratedCmdletSpec = {
    name,
    operation: op.name,
    sdkCommand: op.command,
    className: className(service, name),
    parameters,
    select,
    responseType,
    outputType,
    ...(pipelineParameter && parameters.some((p) => p.name === pipelineParameter) ? { passThruParameter: pipelineParameter } : {}),
    ...(paging ? { paging } : {}),
    ...(confirms ? { confirmImpact: impactFor(verb) } : {}),
    ...(target ? { shouldProcessTarget: target } : {}),
    ...(service.service === 's3' ? { defaultRegion: S3_DEFAULT_REGION } : {}),
  };
  addSpec(spec, op.name, op.name, out);
}

export function serviceCmdlets(service: ServiceSource, global: GlobalRules): ServiceCmdlets {
  const ref = service.reference;
  const out: ServiceCmdlets = {
    specs: [],
    aliases: {},
    optionalAliases: {},
    sdkOperation: new Map(),
    operation: new Map(),
    excludedOperations: ref.excludedOperations.map((e) => e.operation).sort(),
    problems: [],
  };
  const operations = sdkOperations(service);
  const byName = new Map(operations.map((o) => [o.name, o]));
  const covered = new Set<string>();
  for (const e of ref.excludedOperations) covered.add(operationTarget(service.service, e.operation).sdkOperation);
  for (const op of HANDWRITTEN_ONLY_OPERATIONS[service.service] ?? []) covered.add(op);
  for (const c of ref.cmdlets) {
    for (const o of c.operations ?? []) {
      const t = operationTarget(service.service, o);
      covered.add(t.sdkOperation);
      if (t.whenBound) covered.add(t.whenBound.sdkOperation);
    }
    if (c.source === 'generated') specFromReference(service, c, byName, out);
  }
  const rules: NamingRules = {
    operationNameMappings: global.operationNameMappings,
    globalVerbMappings: global.verbMappings,
    serviceVerbMappings: ref.serviceConfig.VerbMappings ?? [],
    serviceNounMappings: ref.serviceConfig.NounMappings ?? [],
    nounPrefix: ref.nounPrefix,
  };
  const delta = ref.currentUpstreamDelta;
  const known = new Map<string, string>();
  for (const n of [...(delta?.allCmdletNamesV5Preview ?? []), ...(delta?.newCmdletNames ?? [])]) known.set(n.toLowerCase(), n);
  for (const s of out.specs) known.delete(s.name.toLowerCase());
  const newOperations = new Map((delta?.newOperations ?? []).map((o) => [o.operation, o]));
  const paginators = sdkPaginators(service);
  for (const op of operations) {
    if (covered.has(op.name)) continue;
    specFromSchema(service, op, rules, known, newOperations.get(op.name), paginators.get(op.name), global, out);
  }
  // Names are unique by construction (specFromSchema renames a second operation deriving a taken name).
  const names = new Set<string>();
  for (const s of out.specs) {
    if (names.has(s.name.toLowerCase())) throw new Error(`${service.service}: two cmdlets named ${s.name}`);
    names.add(s.name.toLowerCase());
  }
  out.specs.sort((a, b) => (a.name.toLowerCase() < b.name.toLowerCase() ? -1 : a.name.toLowerCase() > b.name.toLowerCase() ? 1 : 0));
  return out;
}
