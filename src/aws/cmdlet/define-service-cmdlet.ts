// Turns a ServiceCmdletSpec into a cmdlet that behaves like a generated AWS Tools cmdlet: the inherited
// credential/region/endpoint parameters, -Select (and -PassThru, -NoAutoIteration, -Force where it has
// them), confirmation, $AWSHistory, auto-iteration that stops as soon as downstream stops, and output as
// .NET-typed PSObjects. The SDK package is loaded on the first call, never at start-up.

import type { CommandContext, CommandDefinition, ParameterDef } from '../../pipeline/types.js';
import { PSObject } from '../../objects/psobject.js';
import { callService, getClient, type SdkClient } from '../clients/index.js';
import { historyFor } from '../history/session-history.js';
import { autoPage } from '../paging/auto-page.js';
import { pagingProgress } from '../paging/paging-progress.js';
import { createSelector, type Selector } from '../select/selector.js';
import { nullRequiredParameterWarningFor } from '../select/null-warning.js';
import { clientConfigSettings } from './client-config.js';
import { UNSUPPORTED_COMMON_PARAMETERS, commonServiceParameters } from './common-parameters.js';
import { requestObject, toDotNet } from './dotnet-shapes.js';
import { loadSdkCommand } from './sdk-commands.js';
import { clientSettingsFor, credentialsFor, regionFor } from './service-context.js';
import { parameterNotSupportedError } from './service-errors.js';
import type { ServiceCmdletParameter, ServiceCmdletSpec, ServiceInvocation } from './service-cmdlet-spec.js';

function switchParam(name: string): ParameterDef {
  return { name, type: 'switch', valueFromPipelineByPropertyName: true };
}

/** The ParameterDef the binder sees (without the spec-only fields). */
function parameterDef(p: ServiceCmdletParameter): ParameterDef {
  const { requestMember: _m, warnsOnNull: _r, notSupported: _n, toRequest: _t, ...def } = p;
  return def;
}

function allParameters(spec: ServiceCmdletSpec): ParameterDef[] {
  const params = spec.parameters.map(parameterDef);
  params.push({ name: 'Select', type: 'System.String', valueFromPipelineByPropertyName: true });
  if (spec.passThruParameter !== undefined) params.push(switchParam('PassThru'));
  if (spec.paging) params.push(switchParam('NoAutoIteration'));
  if (spec.confirmImpact !== undefined && (spec.hasForce ?? true)) params.push(switchParam('Force'));
  params.push(...commonServiceParameters());
  return params;
}

/** Sets a dotted member path on the SDK input, creating the intermediate structures. */
function setMember(target: Record<string, unknown>, path: string, value: unknown): void {
  const segments = path.split('.');
  let o = target;
  for (const s of segments.slice(0, -1)) {
    const next = o[s];
    if (typeof next === 'object' && next !== null) o = next as Record<string, unknown>;
    else {
      const created: Record<string, unknown> = {};
      o[s] = created;
      o = created;
    }
  }
  o[segments[segments.length - 1]] = value;
}

/** The SDK value of a bound parameter: switches are booleans already, $null leaves the member unset. */
function requestValue(value: unknown): unknown {
  return value === null ? undefined : value;
}

function buildRequest(spec: ServiceCmdletSpec, ctx: CommandContext): Record<string, unknown> {
  const request: Record<string, unknown> = {};
  for (const p of spec.parameters) {
    if (p.requestMember === undefined || !ctx.isBound(p.name)) continue;
    const bound = requestValue(ctx.params[p.name]);
    const v = bound !== undefined && p.toRequest ? p.toRequest(bound) : bound;
    if (v !== undefined) setMember(request, p.requestMember, v);
  }
  return request;
}

function rejectUnsupported(spec: ServiceCmdletSpec, ctx: CommandContext): void {
  for (const p of spec.parameters) {
    if (p.notSupported !== undefined && ctx.isBound(p.name)) throw parameterNotSupportedError(p.name, spec.name, p.notSupported, spec.className);
  }
  for (const [name, feature] of Object.entries(UNSUPPORTED_COMMON_PARAMETERS)) {
    if (ctx.isBound(name)) throw parameterNotSupportedError(name, spec.name, feature, spec.className);
  }
}

function selectorFor(spec: ServiceCmdletSpec, ctx: CommandContext, invocation: () => ServiceInvocation): Selector {
  const selectBound = ctx.isBound('Select');
  const passThru = ctx.params.PassThru === true;
  if (!selectBound && !passThru && spec.output) {
    const custom = spec.output;
    const value = (response: unknown): unknown => custom(response, invocation());
    return Object.assign((response: unknown) => {
      const v = value(response);
      return v === null || v === undefined ? [] : Array.isArray(v) ? v : [v];
    }, { selectsParameter: false, value });
  }
  const select = ctx.params.Select;
  return createSelector(selectBound ? (typeof select === 'string' ? select : null) : undefined, {
    defaultOutputProperty: spec.select,
    boundParameters: ctx.params,
    parameters: spec.parameters,
    passThru,
    passThruParameter: spec.passThruParameter,
    commandClass: spec.className,
  });
}

/** The confirmation target: the ShouldProcessTarget parameter's value, else the cmdlet's own description. */
function confirmTarget(spec: ServiceCmdletSpec, ctx: CommandContext): string {
  if (spec.shouldProcessTarget === undefined) return '';
  const v = ctx.params[spec.shouldProcessTarget];
  return v === null || v === undefined ? '' : String(v);
}

async function confirmed(spec: ServiceCmdletSpec, ctx: CommandContext): Promise<boolean> {
  if (spec.confirmImpact === undefined) return true;
  // -Force skips the prompt; -WhatIf still only describes the action.
  if (ctx.params.Force === true && ctx.params.WhatIf !== true) return true;
  return ctx.shouldProcess(confirmTarget(spec, ctx), `${spec.name} (${spec.operation})`);
}

async function invoke(spec: ServiceCmdletSpec, ctx: CommandContext): Promise<void> {
  rejectUnsupported(spec, ctx);
  // PowerShell builds the config object while binding: its errors come before anything else happens.
  const endpointUrlGiven = typeof ctx.params.EndpointUrl === 'string' && ctx.params.EndpointUrl !== '';
  const config = clientConfigSettings(ctx.params.ClientConfig, spec.service, spec.className, endpointUrlGiven);
  for (const p of spec.parameters) {
    if (!p.warnsOnNull) continue;
    const warning = nullRequiredParameterWarningFor(p.name, ctx.isBound(p.name), ctx.params[p.name]);
    if (warning !== undefined) ctx.writeWarning(warning);
  }
  let region = '';
  const invocation = (): ServiceInvocation => ({ params: ctx.params, isBound: (n) => ctx.isBound(n), region });
  const selector = selectorFor(spec, ctx, invocation);
  if (!(await confirmed(spec, ctx))) return;

  const history = historyFor(ctx.session);
  const recorder = history.beginCmdlet(spec.name);
  try {
    const credentials = await credentialsFor(ctx, spec.className);
    region = regionFor(ctx, credentials, spec.className, spec.defaultRegion, config);
    const request = buildRequest(spec, ctx);
    spec.prepareRequest?.(request, invocation());
    const [client, Command] = await Promise.all([
      getClient(spec.service, clientSettingsFor(ctx, spec.service, region, credentials, config)),
      loadSdkCommand(spec.service, spec.alternateCommand && ctx.isBound(spec.alternateCommand.whenBound) ? spec.alternateCommand.sdkCommand : spec.sdkCommand),
    ]);
    const requestType = spec.responseType.replace(/Response$/, 'Request');
    const paging = spec.paging;
    let lastRaw: unknown = null;
    await autoPage<unknown>({
      sendPage: async (token) => {
        const input = { ...request };
        if (paging && token !== null && token !== undefined) input[paging.requestToken] = token;
        recorder.recordRequest(requestObject(input, requestType));
        lastRaw = await callService(client as SdkClient, new Command(input), { signal: ctx.signal, commandClass: spec.className });
        const converted = toDotNet(lastRaw, spec.responseType);
        return spec.completeResponse ? spec.completeResponse(converted) : converted;
      },
      initialToken: paging ? ctx.params[paging.startParameter] ?? null : null,
      startParameterBound: paging ? ctx.isBound(paging.startParameter) : true,
      noAutoIteration: ctx.params.NoAutoIteration === true,
      nextTokenMember: paging?.responseToken ?? '',
      nextToken: paging?.nextToken ?? (() => (paging && typeof lastRaw === 'object' && lastRaw !== null ? (lastRaw as Record<string, unknown>)[paging.responseToken] ?? null : null)),
      selector,
      emit: (item) => ctx.write(item),
      onResponse: (response) => {
        if (response instanceof PSObject) recorder.recordResponse(response);
      },
      onEmitted: (count) => recorder.addEmitted(count),
      onError: (error) => {
        if (error instanceof Error) recorder.recordError(error);
      },
      signal: ctx.signal,
      progress: pagingProgress(ctx, spec.name),
    });
  } finally {
    history.endCmdlet(recorder);
  }
}

/** The cmdlet a spec describes, ready for engine.registerCommands. */
export function defineServiceCmdlet(spec: ServiceCmdletSpec): CommandDefinition {
  return {
    name: spec.name,
    module: spec.module,
    aliases: spec.aliases ? [...spec.aliases] : undefined,
    synopsis: spec.synopsis,
    outputType: [...spec.outputType],
    defaultParameterSet: spec.defaultParameterSet,
    confirmImpact: spec.confirmImpact,
    parameters: allParameters(spec),
    create() {
      return {
        process: (ctx) => invoke(spec, ctx),
      };
    },
  };
}
