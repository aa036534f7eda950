// $PSCmdlet: the System.Management.Automation.PSScriptCmdlet an advanced function or [CmdletBinding()] script
// sees. Its methods act for the running function: ShouldProcess/ShouldContinue ask as a cmdlet's would, the
// Write* methods write to the function's own output and streams with its preferences.

import { PSObject } from '../objects/psobject.js';
import type { MaybePromise } from '../pipeline/types.js';
import type { ProcessorContext } from '../pipeline/processor.js';
import { registerObjectMethods } from './members.js';
import { DotNetException, methodTable, overloadError, strArg, argAs, type Call } from './methods/support.js';
import { ErrorRecord, RuntimeError, makeErrorRecord } from './errors.js';
import { toBool, toStr, typeNameOf } from './conversions.js';
import { InformationRecord, INFORMATION_RECORD_TYPE } from '../objects/stream-records.js';
import type { Scope } from './scope.js';
import { refArgument } from './values/out-arguments.js';
import {
  confirmPreference,
  decideShouldContinue,
  decideShouldProcess,
  operationDescription,
  verbosePreferenceOn,
  whatIfPreference,
  type ConfirmImpact,
  type ShouldProcessRuntime,
  type ShouldProcessText,
} from './should-process.js';

export const PS_SCRIPT_CMDLET = 'System.Management.Automation.PSScriptCmdlet';

/** What $PSCmdlet acts on: the function's command context and the scope its body runs in. */
export class ScriptCmdlet implements ShouldProcessRuntime {
  toAll: boolean | undefined;

  constructor(
    readonly ctx: ProcessorContext,
    /** The function's own scope: its preference variables ($WhatIfPreference set by -WhatIf, ...). */
    readonly scope: Scope,
    readonly confirmImpact: ConfirmImpact,
    /** MyInvocation.MyCommand.Name: the operation ShouldProcess(target) names. */
    readonly commandName: string,
    readonly myInvocation: () => PSObject,
  ) {}

  get host() {
    return this.ctx.host;
  }
  whatIf(): boolean {
    return whatIfPreference(this.scope);
  }
  confirmThreshold(): ConfirmImpact {
    return confirmPreference(this.scope);
  }
  verbose(): boolean {
    return verbosePreferenceOn(this.scope);
  }
  writeVerbose(message: string): void {
    this.ctx.writeVerbose(message);
  }

  /** The object scripts see as $PSCmdlet. */
  toObject(): PSObject {
    const o = new PSObject([PS_SCRIPT_CMDLET, 'System.Management.Automation.PSCmdlet', 'System.Management.Automation.Cmdlet', 'System.Management.Automation.Internal.InternalCommand', 'System.Object']);
    o.addScriptProperty('ParameterSetName', () => this.ctx.parameterSetName);
    o.addScriptProperty('MyInvocation', () => this.myInvocation());
    o.addScriptProperty('Stopping', () => this.ctx.signal.aborted);
    o.addNote('CommandOrigin', 'Internal', 'Property');
    o.addNote('CommandRuntime', this.commandName, 'Property');
    o.sealed = true;
    o.toStringOverride = () => PS_SCRIPT_CMDLET;
    RUNTIMES.set(o, this);
    return o;
  }

  /**
   * ThrowTerminatingError ends the whole function, not just the statement it is in: the error passes the
   * function's own statements as script-terminating and becomes an ordinary terminating error of the command
   * at the function's boundary (see endsHere).
   */
  terminate(record: ErrorRecord): never {
    const e = new RuntimeError(this.own(record), true);
    TERMINATING.set(e, this);
    throw e;
  }

  /** Whether this function's ThrowTerminatingError raised the error (which then ends only the caller's statement). */
  endsHere(e: RuntimeError): boolean {
    return TERMINATING.get(e) === this;
  }

  /** A record this function reports is its own: its name prefixes the message, its call site is the position. */
  own(record: ErrorRecord): ErrorRecord {
    record.commandName = this.commandName || undefined;
    const pos = this.ctx.position;
    if (pos) record.position = pos;
    return record;
  }
}

const RUNTIMES = new WeakMap<PSObject, ScriptCmdlet>();
const TERMINATING = new WeakMap<RuntimeError, ScriptCmdlet>();

function runtimeOf(o: PSObject): ScriptCmdlet {
  const rt = RUNTIMES.get(o);
  if (!rt) throw new RuntimeError(makeErrorRecord('This PSScriptCmdlet is not running.', { id: 'InvalidOperation', category: 'InvalidOperation' }));
  return rt;
}

/** A [ref] argument's setter (pwsh refuses a plain value for a ref parameter). */
function refSetter(call: Call, i: number): (value: unknown) => void {
  const ref = refArgument(call, i);
  return (v) => {
    ref.value = v;
  };
}

function refValue(call: Call, i: number): boolean {
  return toBool(refArgument(call, i).value ?? false);
}

function errorRecordArg(call: Call, i: number, paramName: string): ErrorRecord {
  const v = call.args[i];
  if (v instanceof ErrorRecord) return v;
  if (v === null || v === undefined) throw new DotNetException(`Value cannot be null. (Parameter '${paramName}')`, 'System.ArgumentNullException');
  return argAs<ErrorRecord>(call, i, 'System.Management.Automation.ErrorRecord', paramName);
}

/** WriteInformation's one-argument overload takes an InformationRecord, nothing else. */
function informationRecordArg(call: Call): InformationRecord {
  const v = call.args[0];
  if (v instanceof InformationRecord) return v;
  if (v === null || v === undefined) throw new DotNetException(`Value cannot be null. (Parameter 'informationRecord')`, 'System.ArgumentNullException');
  throw new RuntimeError(
    makeErrorRecord(
      `Cannot convert argument "informationRecord", with value: "${toStr(v)}", for "WriteInformation" to type "${INFORMATION_RECORD_TYPE}": "Cannot convert the "${toStr(v)}" value of type "${typeNameOf(v)}" to type "${INFORMATION_RECORD_TYPE}"."`,
      { type: 'System.Management.Automation.MethodException', id: 'MethodArgumentConversionInvalidCastArgument', category: 'NotSpecified' },
    ),
  );
}

function settled(r: MaybePromise<void>): unknown {
  return r instanceof Promise ? r.then(() => undefined) : undefined;
}

function shouldProcess(o: PSObject, call: Call): unknown {
  const rt = runtimeOf(o);
  const a = call.args;
  let text: ShouldProcessText;
  if (a.length === 1) text = { description: operationDescription(rt.commandName, strArg(call, 0, 'target')) };
  else if (a.length === 2) text = { description: operationDescription(strArg(call, 1, 'action'), strArg(call, 0, 'target')) };
  else text = { description: strArg(call, 0, 'verboseDescription'), warning: strArg(call, 1, 'verboseWarning'), caption: strArg(call, 2, 'caption') };
  const setReason = a.length === 4 ? refSetter(call, 3) : undefined;
  return asMethodError(() => decideShouldProcess(rt, text, setReason));
}

/** As a .NET method, a confirmation that cannot be asked surfaces as "Exception calling ...". */
function asMethodError<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof RuntimeError && e.record.fullyQualifiedErrorId === 'ShouldProcessNonInteractive') throw new DotNetException(e.record.message, 'System.Management.Automation.PSInvalidOperationException');
    throw e;
  }
}

function shouldContinue(o: PSObject, call: Call): unknown {
  const rt = runtimeOf(o);
  const n = call.args.length;
  if (n === 3) throw overloadError(call.method, n);
  const query = strArg(call, 0, 'query');
  const caption = strArg(call, 1, 'caption');
  if (n === 2) return asMethodError(() => decideShouldContinue(rt.host, query, caption, { hasSecurityImpact: false }));
  // (query, caption, [ref]yesToAll, [ref]noToAll) or (query, caption, hasSecurityImpact, [ref]yesToAll, [ref]noToAll)
  const first = n === 5 ? 3 : 2;
  const setYes = refSetter(call, first);
  const setNo = refSetter(call, first + 1);
  const toAll = { yesToAll: refValue(call, first), noToAll: refValue(call, first + 1) };
  const hasSecurityImpact = n === 5 ? argAs<boolean>(call, 2, 'System.Boolean', 'hasSecurityImpact') : false;
  const r = asMethodError(() => decideShouldContinue(rt.host, query, caption, { hasSecurityImpact, toAll }));
  const store = (ok: boolean): boolean => {
    setYes(toAll.yesToAll);
    setNo(toAll.noToAll);
    return ok;
  };
  return r instanceof Promise ? r.then(store) : store(r);
}

const METHODS = methodTable<PSObject>([
  ['ShouldProcess', 1, 4, shouldProcess],
  ['ShouldContinue', 2, 5, shouldContinue],
  ['WriteObject', 1, 2, (o, call) => {
    const rt = runtimeOf(o);
    const enumerate = call.args.length === 2 && argAs<boolean>(call, 1, 'System.Boolean', 'enumerateCollection');
    const value = call.args[0] ?? null;
    return settled(enumerate ? rt.ctx.writeEnumerated(value) : rt.ctx.write(value));
  }],
  ['WriteVerbose', 1, 1, (o, call) => void runtimeOf(o).ctx.writeVerbose(strArg(call, 0, 'text'))],
  ['WriteWarning', 1, 1, (o, call) => void runtimeOf(o).ctx.writeWarning(strArg(call, 0, 'text'))],
  ['WriteDebug', 1, 1, (o, call) => void runtimeOf(o).ctx.writeDebug(strArg(call, 0, 'text'))],
  ['WriteInformation', 1, 2, (o, call) => {
    const ctx = runtimeOf(o).ctx;
    if (call.args.length === 2) return void ctx.writeInformation(call.args[0] ?? null, argAs<unknown[] | null>(call, 1, 'System.String[]', 'tags')?.map((t) => String(t)) ?? []);
    ctx.writeInformation(informationRecordArg(call));
  }],
  ['WriteError', 1, 1, (o, call) => {
    const rt = runtimeOf(o);
    rt.ctx.writeError(rt.own(errorRecordArg(call, 0, 'errorRecord')));
  }],
  ['ThrowTerminatingError', 1, 1, (o, call) => {
    const rt = runtimeOf(o);
    rt.terminate(errorRecordArg(call, 0, 'errorRecord'));
  }],
  ['GetUnresolvedProviderPathFromPSPath', 1, 1, (o, call) => runtimeOf(o).ctx.session.resolvePath(strArg(call, 0, 'path'))],
]);

registerObjectMethods(PS_SCRIPT_CMDLET, METHODS, {
  ShouldProcess: 'bool ShouldProcess(string target), bool ShouldProcess(string target, string action), bool ShouldProcess(string verboseDescription, string verboseWarning, string caption), bool ShouldProcess(string verboseDescription, string verboseWarning, string caption, [ref] System.Management.Automation.ShouldProcessReason shouldProcessReason)',
  ShouldContinue: 'bool ShouldContinue(string query, string caption), bool ShouldContinue(string query, string caption, [ref] bool yesToAll, [ref] bool noToAll), bool ShouldContinue(string query, string caption, bool hasSecurityImpact, [ref] bool yesToAll, [ref] bool noToAll)',
  WriteObject: 'void WriteObject(System.Object sendToPipeline), void WriteObject(System.Object sendToPipeline, bool enumerateCollection)',
  WriteVerbose: 'void WriteVerbose(string text)',
  WriteWarning: 'void WriteWarning(string text)',
  WriteDebug: 'void WriteDebug(string text)',
  WriteInformation: 'void WriteInformation(System.Object messageData, string[] tags), void WriteInformation(System.Management.Automation.InformationRecord informationRecord)',
  WriteError: 'void WriteError(System.Management.Automation.ErrorRecord errorRecord)',
  ThrowTerminatingError: 'void ThrowTerminatingError(System.Management.Automation.ErrorRecord errorRecord)',
  GetUnresolvedProviderPathFromPSPath: 'string GetUnresolvedProviderPathFromPSPath(string path)',
});
