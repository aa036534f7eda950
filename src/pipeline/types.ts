// The contract between the pipeline, the binder and every command: core cmdlets, AWS cmdlets and user
// functions are all described by CommandDefinition/ParameterDef and driven through CommandContext.

import type { ErrorRecord } from '../engine/errors.js';
import type { ProgressRecord } from '../objects/progress-record.js';

export type MaybePromise<T> = T | Promise<T>;

export function isPromise<T>(v: MaybePromise<T>): v is Promise<T> {
  return v instanceof Promise;
}

/**
 * Parameter types the binder knows how to coerce to. A .NET type name ('System.Int32', 'System.String[]',
 * 'Amazon.EC2.Model.Filter[]') or one of the PowerShell pseudo types below.
 */
export type ParamTypeName = string;

export interface ParameterDef {
  /** Canonical name, as Get-Help and error messages show it (e.g. 'BucketName'). */
  name: string;
  /** 'System.String', 'System.Int32', 'System.Boolean', 'switch', 'System.Object', 'System.Object[]', 'scriptblock', 'System.Collections.Hashtable', ... */
  type: ParamTypeName;
  aliases?: string[];
  /** Positional index (0-based) within its parameter sets. */
  position?: number;
  /** true: mandatory in every set it belongs to; string[]: mandatory only in these sets. */
  mandatory?: boolean | string[];
  valueFromPipeline?: boolean;
  valueFromPipelineByPropertyName?: boolean;
  /** Sets the parameter belongs to; absent means every set (__AllParameterSets). */
  parameterSets?: string[];
  /** Allowed values (case-insensitive), as [ValidateSet()]; also used for tab completion. */
  validateSet?: string[];
  /** Values offered by tab completion without restricting what binds (AWS enumerations: the service validates). */
  completionValues?: string[];
  /** Binding $null is allowed even when mandatory ([AllowNull]). */
  allowNull?: boolean;
  /** Binding '' is allowed even when mandatory ([AllowEmptyString]). */
  allowEmptyString?: boolean;
  /** Help text. */
  help?: string;
  /** Value when not bound (used by user functions' param() defaults, computed at bind time). */
  defaultValue?: unknown;
  /** Do not show in help/completion (e.g. deprecated aliases kept for compatibility). */
  hidden?: boolean;
  /** Collects the arguments no other parameter took ([Parameter(ValueFromRemainingArguments)]). */
  valueFromRemainingArguments?: boolean;
}

export interface CommandDefinition {
  name: string;
  /** Alias names registered for this command (e.g. 'where', '?'). */
  aliases?: string[];
  parameters: ParameterDef[];
  defaultParameterSet?: string;
  /** Type names this command writes, for Get-Command/Get-Help. */
  outputType?: string[];
  synopsis?: string;
  /** Module name Get-Command shows (e.g. 'Microsoft.PowerShell.Utility', 'AWS.Tools.S3'). */
  module?: string;
  /** 'Low' | 'Medium' | 'High' when the command supports -WhatIf/-Confirm. */
  confirmImpact?: 'Low' | 'Medium' | 'High';
  /** Takes pipeline input even when no parameter binds it (functions read it from $_ and $input). */
  acceptsAnyInput?: boolean;
  /** Creates the per-invocation implementation (one per pipeline position, so it may keep state). */
  create(): CommandImpl;
}

/** A running command. Pipeline-bound parameters are re-bound before each process() call. */
export interface CommandImpl {
  begin?(ctx: CommandContext): MaybePromise<void>;
  /** Called once per input object (with the object as `input`), or once with no input when the command is first in the pipeline. */
  process?(ctx: CommandContext, input: unknown, hasInput: boolean): MaybePromise<void>;
  end?(ctx: CommandContext): MaybePromise<void>;
  /** Called when the pipeline is torn down early (Select-Object -First, Ctrl-C, an error). */
  dispose?(): void;
}

export interface InvokeOptions {
  /** Value for $_ / $PSItem. */
  dollarUnder?: unknown;
  /** Values for $args (and param() positional binding). */
  args?: unknown[];
  /** Values for $input. */
  input?: unknown[];
  /** Run in a new child scope (default true). Dot-sourcing passes false. */
  newScope?: boolean;
  /** Extra variables to define in the new scope. */
  variables?: Record<string, unknown>;
}

/** A script block as commands see it. The engine's ScriptBlock class implements this. */
export interface ScriptBlockLike {
  readonly text: string;
}

export interface SessionStateApi {
  getVariable(name: string): unknown;
  hasVariable(name: string): boolean;
  setVariable(name: string, value: unknown, scope?: string): void;
  removeVariable(name: string, scope?: string): boolean;
  /** Variables visible from the current scope, name → value. */
  listVariables(): Map<string, unknown>;
  /** Current directory (absolute). */
  cwd: string;
  /** Resolves a path against the current directory, expanding ~. */
  resolvePath(p: string): string;
  /** Command lookup by name (cmdlet, function or alias); undefined when unknown. */
  getCommand(name: string): CommandDefinition | undefined;
  /** All known commands (cmdlets and functions). */
  listCommands(): CommandDefinition[];
  /** Alias name → target command name. */
  listAliases(): Map<string, string>;
  setAlias(name: string, target: string): void;
}

export interface CommandContext {
  /** Bound parameters by canonical name. */
  readonly params: Record<string, unknown>;
  /** Whether the parameter was bound explicitly (or from the pipeline). */
  isBound(name: string): boolean;
  /** The parameter set the binder chose. */
  readonly parameterSetName: string;
  /** Name the command was invoked with (may be an alias). */
  readonly invocationName: string;
  /** Writes one object downstream. Await the result when it is a promise. */
  write(obj: unknown): MaybePromise<void>;
  /** Writes each element of an array (or the value itself if not a collection), as WriteObject(x, true). */
  writeEnumerated(obj: unknown): MaybePromise<void>;
  /** Non-terminating error (honours -ErrorAction / $ErrorActionPreference). */
  writeError(err: ErrorRecord): void;
  writeWarning(message: string): void;
  writeVerbose(message: string): void;
  writeDebug(message: string): void;
  writeInformation(message: unknown): void;
  /** Write-Host: text straight to the host. */
  writeHost(text: string, options?: { noNewline?: boolean; foregroundColor?: string; backgroundColor?: string }): void;
  /** Confirmation (-WhatIf / -Confirm / $ConfirmPreference). Returns true when the action should run. */
  shouldProcess(target: string, action: string): MaybePromise<boolean>;
  /** Invokes a script block and returns what it wrote to the output. */
  invoke(sb: ScriptBlockLike, options?: InvokeOptions): MaybePromise<unknown[]>;
  /** Evaluates script text in the current scope (Invoke-Expression). */
  evaluate(text: string): MaybePromise<unknown[]>;
  readonly session: SessionStateApi;
  /** Aborted when the pipeline is stopped (Ctrl-C or downstream finished); pass it to I/O. */
  readonly signal: AbortSignal;
  /** The host: terminal width, interactivity, prompting. */
  readonly host: HostApi;
}

export interface HostApi {
  /** Columns available for formatting. */
  readonly width: number;
  /** Rows of the terminal window ($Host.UI.RawUI.WindowSize.Height); hosts without a window omit it. */
  readonly height?: number;
  readonly interactive: boolean;
  /** Whether output goes to a terminal (escape sequences such as the window title are written only there). */
  readonly terminal?: boolean;
  /** Whether text written to the output may carry ANSI colours (Write-Host -ForegroundColor): a terminal without NO_COLOR. */
  readonly outputColor?: boolean;
  /** Whether error and warning text may carry ANSI colours. */
  readonly color?: boolean;
  /** Reads a line from the user (Read-Host); masked hides the typed characters. */
  readLine(prompt: string, masked?: boolean): Promise<string>;
  writeOut(text: string): void;
  writeErr(text: string): void;
  /** Shows, updates or (a Completed record) removes an activity's progress; hosts without a display omit it. */
  writeProgress?(sourceId: number, record: ProgressRecord): void;
}
