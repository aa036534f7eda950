// The one place the hand-written S3 cmdlets (Write-S3Object, Read-S3Object, Remove-S3Object, ...) get their
// service glue from: the inherited credential/region/endpoint parameters, -ClientConfig, confirmation, the S3
// client and SDK package (loaded on first call), $AWSHistory records for every call, and PowerShell-style errors
// for anything that fails (never a JS stack). Each cmdlet supplies its parameters and a run(call) body.

import type * as S3Sdk from '@aws-sdk/client-s3';
import type { CommandContext, CommandDefinition, ParameterDef } from '../../src/pipeline/types.js';
import { RuntimeError, makeErrorRecord } from '../../src/engine/errors.js';
import { PSObject } from '../../src/objects/psobject.js';
import { callService, getClient, sdkErrorToRecord, suppressSdkNodeVersionWarning, type CommandOutput, type SdkClient } from '../../src/aws/clients/index.js';
import { packageExports } from '../../src/aws/clients/services.js';
import { historyFor } from '../../src/aws/history/session-history.js';
import type { CmdletHistoryRecorder } from '../../src/aws/history/history-state.js';
import { clientConfigSettings } from '../../src/aws/cmdlet/client-config.js';
import { UNSUPPORTED_COMMON_PARAMETERS, commonServiceParameters } from '../../src/aws/cmdlet/common-parameters.js';
import { requestObject, toDotNet } from '../../src/aws/cmdlet/dotnet-shapes.js';
import { clientSettingsFor, credentialsFor, regionFor } from '../../src/aws/cmdlet/service-context.js';
import { parameterNotSupportedError } from '../../src/aws/cmdlet/service-errors.js';
import { createSelector, type Selector } from '../../src/aws/select/selector.js';

export type S3Exports = typeof S3Sdk;
export type S3Client = S3Sdk.S3Client;

export const S3_MODULE = 'AWS.Tools.S3';
const CLASS_NS = 'Amazon.PowerShell.Cmdlets.S3';
const S3_DEFAULT_REGION = 'us-east-1';

export interface S3Confirmation {
  /** The ShouldProcess target ('' when the cmdlet names none). */
  readonly target: string;
  /** The action text, e.g. 'Remove-S3Object (DeleteObjects)'. */
  readonly action: string;
}

export interface S3CmdletSpec {
  readonly name: string;
  /** The AWS Tools class name without namespace: 'WriteS3ObjectCmdlet'. */
  readonly className: string;
  readonly synopsis: string;
  readonly parameters: readonly ParameterDef[];
  readonly outputType: readonly string[];
  readonly defaultParameterSet?: string;
  readonly aliases?: readonly string[];
  /** Supports -WhatIf/-Confirm (and has -Force) with this impact. */
  readonly confirmImpact?: 'Low' | 'Medium' | 'High';
  /** What the confirmation prompt names; asked before credentials are resolved, as AWS Tools does. */
  readonly confirmation?: (ctx: CommandContext) => S3Confirmation;
  /** The cmdlet has AWS Tools' -Select with this default ('*': the whole response). */
  readonly select?: { readonly defaultOutputProperty: string };
  /** The body: runs with the client ready and the history record open. */
  run(call: S3Call): Promise<void>;
}

/** One invocation of a hand-written S3 cmdlet, with the client and SDK package ready. */
export class S3Call {
  constructor(
    readonly ctx: CommandContext,
    readonly commandClass: string,
    readonly region: string,
    readonly client: S3Client,
    readonly sdk: S3Exports,
    private readonly recorder: CmdletHistoryRecorder,
    /** -Select's selector when the cmdlet has -Select. */
    readonly selector: Selector | undefined,
  ) {}

  get params(): Record<string, unknown> {
    return this.ctx.params;
  }

  /**
   * Sends one SDK command (recorded in $AWSHistory as the .NET request/response of `operation`, e.g.
   * 'PutObject'); failures become the ErrorRecord AWS Tools would show.
   */
  async send<C extends { readonly input: object }>(command: C, operation: string): Promise<CommandOutput<C>> {
    this.recordRequest(command.input as Record<string, unknown>, operation);
    const output = await callService(this.client as unknown as SdkClient, command, { signal: this.ctx.signal, commandClass: this.commandClass });
    this.recordResponse(output, operation);
    return output;
  }

  /** Records a request sent by something else (lib-storage) on the cmdlet's behalf. */
  recordRequest(input: Record<string, unknown>, operation: string): void {
    // Bodies (streams, buffers) are not history material.
    const { Body: _body, ...rest } = input;
    this.recorder.recordRequest(requestObject(rest, `Amazon.S3.Model.${operation}Request`));
  }

  recordResponse(output: unknown, operation: string): void {
    if (typeof output !== 'object' || output === null) return;
    const { Body: _body, ...rest } = output as Record<string, unknown>;
    const converted = toDotNet(rest, `Amazon.S3.Model.${operation}Response`);
    if (converted instanceof PSObject) this.recorder.recordResponse(converted);
  }

  /** The error record of anything a transfer threw (SDK, lib-storage, network), as a terminating error. */
  fail(err: unknown): RuntimeError {
    if (err instanceof RuntimeError) return err;
    return new RuntimeError(sdkErrorToRecord(err, { service: 's3', commandClass: this.commandClass, aborted: this.ctx.signal.aborted }));
  }

  /** Writes one object downstream (counted in $AWSHistory's EmittedObjectsCount). */
  async emit(value: unknown): Promise<void> {
    this.recorder.addEmitted(1);
    const r = this.ctx.write(value);
    if (r instanceof Promise) await r;
  }

  /** Writes the cmdlet's output through -Select when the cmdlet has it. */
  async writeResponse(response: unknown): Promise<void> {
    const values = this.selector ? this.selector(response) : response === null || response === undefined ? [] : [response];
    for (const v of values) await this.emit(v);
  }
}

let sdkPromise: Promise<S3Exports> | undefined;

/** The @aws-sdk/client-s3 exports, imported on the first S3 call (never at start-up). */
export function loadS3Sdk(): Promise<S3Exports> {
  suppressSdkNodeVersionWarning();
  sdkPromise ??= import('@aws-sdk/client-s3').then((m) => packageExports(m as S3Exports | { default: S3Exports }));
  sdkPromise.catch(() => {
    sdkPromise = undefined;
  });
  return sdkPromise;
}

function allParameters(spec: S3CmdletSpec): ParameterDef[] {
  const params = [...spec.parameters];
  if (spec.select) params.push({ name: 'Select', type: 'System.String', valueFromPipelineByPropertyName: true });
  if (spec.confirmImpact !== undefined) params.push({ name: 'Force', type: 'switch', valueFromPipelineByPropertyName: true });
  params.push(...commonServiceParameters());
  return params;
}

function rejectUnsupported(spec: S3CmdletSpec, ctx: CommandContext, commandClass: string): void {
  for (const [name, feature] of Object.entries(UNSUPPORTED_COMMON_PARAMETERS)) {
    if (ctx.isBound(name)) throw parameterNotSupportedError(name, spec.name, feature, commandClass);
  }
}

async function confirmed(spec: S3CmdletSpec, ctx: CommandContext): Promise<boolean> {
  if (spec.confirmImpact === undefined || !spec.confirmation) return true;
  if (ctx.params.Force === true && ctx.params.WhatIf !== true) return true;
  const { target, action } = spec.confirmation(ctx);
  return ctx.shouldProcess(target, action);
}

function selectorFor(spec: S3CmdletSpec, ctx: CommandContext, commandClass: string): Selector | undefined {
  if (!spec.select) return undefined;
  const select = ctx.params.Select;
  return createSelector(ctx.isBound('Select') ? (typeof select === 'string' ? select : null) : undefined, {
    defaultOutputProperty: spec.select.defaultOutputProperty,
    boundParameters: ctx.params,
    parameters: spec.parameters,
    commandClass,
  });
}

async function invoke(spec: S3CmdletSpec, ctx: CommandContext): Promise<void> {
  const commandClass = `${CLASS_NS}.${spec.className}`;
  rejectUnsupported(spec, ctx, commandClass);
  const endpointUrlGiven = typeof ctx.params.EndpointUrl === 'string' && ctx.params.EndpointUrl !== '';
  const config = clientConfigSettings(ctx.params.ClientConfig, 's3', commandClass, endpointUrlGiven);
  const selector = selectorFor(spec, ctx, commandClass);
  if (!(await confirmed(spec, ctx))) return;

  const history = historyFor(ctx.session);
  const recorder = history.beginCmdlet(spec.name);
  try {
    const credentials = await credentialsFor(ctx, commandClass);
    const region = regionFor(ctx, credentials, commandClass, S3_DEFAULT_REGION, config);
    const [client, sdk] = await Promise.all([getClient('s3', clientSettingsFor(ctx, 's3', region, credentials, config)), loadS3Sdk()]);
    const call = new S3Call(ctx, commandClass, region, client, sdk, recorder, selector);
    try {
      await spec.run(call);
    } catch (err) {
      const failure = call.fail(err);
      recorder.recordError(failure);
      throw failure;
    }
  } finally {
    history.endCmdlet(recorder);
  }
}

/** The CommandDefinition of a hand-written S3 cmdlet, ready for engine.registerCommands. */
export function defineS3Cmdlet(spec: S3CmdletSpec): CommandDefinition {
  return {
    name: spec.name,
    module: S3_MODULE,
    aliases: spec.aliases ? [...spec.aliases] : undefined,
    synopsis: spec.synopsis,
    outputType: [...spec.outputType],
    defaultParameterSet: spec.defaultParameterSet,
    confirmImpact: spec.confirmImpact,
    parameters: allParameters(spec),
    create() {
      return { process: (ctx) => invoke(spec, ctx) };
    },
  };
}

// ---- small pieces several S3 cmdlets share ------------------------------------------------------------

/** AmazonS3Helper.CleanKey: no leading '/', '\' or space, '/' separators, no trailing white space. */
export function cleanKey(key: string): string {
  if (key === '') return key;
  return key.replace(/^[/\\ ]+/, '').replace(/\\/g, '/').trimEnd();
}

export function stringParam(params: Record<string, unknown>, name: string): string | undefined {
  const v = params[name];
  return typeof v === 'string' && v !== '' ? v : undefined;
}

/** An ArgumentException thrown from ProcessRecord: "<message> (Parameter '<name>')". */
export function argumentError(message: string, parameter: string | undefined, commandClass: string): RuntimeError {
  return new RuntimeError(
    makeErrorRecord(parameter ? `${message} (Parameter '${parameter}')` : message, {
      type: 'System.ArgumentException',
      id: `System.ArgumentException,${commandClass}`,
      category: 'InvalidArgument',
      baseTypeNames: ['System.SystemException', 'System.Exception'],
    }),
  );
}

/** An InvalidOperationException (a state the cmdlet cannot act in), with the fix in the message. */
export function invalidOperationError(message: string, commandClass: string): RuntimeError {
  return new RuntimeError(
    makeErrorRecord(message, {
      type: 'System.InvalidOperationException',
      id: `System.InvalidOperationException,${commandClass}`,
      category: 'InvalidOperation',
      baseTypeNames: ['System.SystemException', 'System.Exception'],
    }),
  );
}

/** A local file-system failure as the .NET I/O exception it would be (FileNotFound, UnauthorizedAccess, IO). */
export function fileSystemError(err: unknown, path: string, commandClass: string): RuntimeError {
  const code = typeof err === 'object' && err !== null && 'code' in err ? String((err as { code: unknown }).code) : '';
  let type = 'System.IO.IOException';
  let message = err instanceof Error ? err.message : String(err);
  let category: 'ObjectNotFound' | 'PermissionDenied' | 'WriteError' = 'WriteError';
  if (code === 'ENOENT') {
    type = 'System.IO.FileNotFoundException';
    message = `Could not find file '${path}'.`;
    category = 'ObjectNotFound';
  } else if (code === 'EACCES' || code === 'EPERM') {
    type = 'System.UnauthorizedAccessException';
    message = `Access to the path '${path}' is denied.`;
    category = 'PermissionDenied';
  } else if (code === 'EISDIR') {
    message = `The path '${path}' is a directory, not a file.`;
  } else if (code === 'ENOSPC') {
    message = `There is not enough space on the disk to write '${path}'.`;
  }
  const bases = type === 'System.IO.FileNotFoundException' ? ['System.IO.IOException', 'System.SystemException', 'System.Exception'] : ['System.SystemException', 'System.Exception'];
  return new RuntimeError(makeErrorRecord(message, { type, id: `${type},${commandClass}`, category, target: path, baseTypeNames: bases }));
}
