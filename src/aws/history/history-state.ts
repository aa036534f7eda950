// $AWSHistory (AWS Tools V4 AWSCmdletHistoryBuffer / AWSCmdletHistory): the last few AWS cmdlet invocations,
// each with its last few service responses (and requests, when enabled). Scripts see live PSObject views
// whose members read the current state, so $AWSHistory.LastServiceResponse.NextMarker works.

import { PSObject } from '../../objects/psobject.js';
import { ErrorRecord, RuntimeError, fail, type ExceptionInfo } from '../../engine/errors.js';
import { BoundedQueue } from './bounded-queue.js';
import { redactSensitive } from './sensitive.js';

export const AWS_HISTORY_DEPRECATION_WARNING =
  "AWSHistory is deprecated and will be removed in the next major release. Instead, use '-Select *' when it is necessary to return the entire service response as cmdlet output.";

export const DEFAULT_MAX_CMDLET_HISTORY = 5;
export const DEFAULT_MAX_SERVICE_CALL_HISTORY = 5;

const NS = 'Amazon.PowerShell.Common';
export const HISTORY_BUFFER_TYPE = `${NS}.AWSCmdletHistoryBuffer`;
export const CMDLET_HISTORY_TYPE = `${NS}.AWSCmdletHistory`;
export const CALL_BUFFER_TYPE = `${NS}.HistoryBuffer\`1[[System.Management.Automation.PSObject]]`;

/** .NET's ArgumentOutOfRangeException for the history indexers. */
function indexOutOfRange(): never {
  fail("Specified argument was out of the range of valid values. (Parameter 'index')", {
    type: 'System.ArgumentOutOfRangeException',
    id: 'System.ArgumentOutOfRangeException',
    baseTypeNames: ['System.ArgumentException', 'System.SystemException', 'System.Exception'],
  });
}

export type RecordedError = RuntimeError | ErrorRecord | Error;

/** One cmdlet invocation's trace (AWSCmdletHistory). Create it with AWSHistoryState.startCmdlet. */
export class CmdletHistoryRecorder {
  readonly cmdletName: string;
  readonly cmdletStart: Date;
  cmdletEnd: Date;
  emittedObjectsCount = 0;
  readonly requests: BoundedQueue<PSObject>;
  readonly responses: BoundedQueue<PSObject>;
  /** The AWSCmdletHistory object scripts see. */
  readonly view: PSObject;

  constructor(
    private readonly owner: AWSHistoryState,
    cmdletName: string,
  ) {
    this.cmdletName = cmdletName;
    this.cmdletStart = new Date();
    this.cmdletEnd = this.cmdletStart;
    this.requests = new BoundedQueue<PSObject>(owner.maxServiceCallHistory);
    this.responses = new BoundedQueue<PSObject>(owner.maxServiceCallHistory);
    this.view = this.buildView();
  }

  /** Records a service request, only when request recording is on. invocationLine is the script line that ran the cmdlet. */
  recordRequest(request: PSObject, invocationLine?: string): void {
    if (!this.owner.recordServiceRequests) return;
    const pso = this.prepare(request);
    if (invocationLine !== undefined) pso.addNote('InvocationLine', invocationLine);
    pso.addNote('LoggedAt', new Date());
    this.requests.add(pso);
  }

  /** Records a service response (always, while history is enabled). */
  recordResponse(response: PSObject): void {
    const pso = this.prepare(response);
    pso.addNote('LoggedAt', new Date());
    this.responses.add(pso);
  }

  /** Records the exception a failed service call raised, in place of its response. */
  recordError(error: RecordedError): void {
    const pso = exceptionObject(error);
    pso.addNote('LoggedAt', new Date());
    this.responses.add(pso);
  }

  /** Counts objects the cmdlet wrote to the pipeline. */
  addEmitted(count: number): void {
    this.emittedObjectsCount += count;
  }

  /** The indexer: an object with the index-th (oldest first) Request and Response. */
  callAt(index: number): PSObject {
    if (!(index >= 0 && index < this.owner.maxServiceCallHistory)) indexOutOfRange();
    const o = new PSObject();
    o.addNote('Request', this.requests.count !== 0 ? this.requests.at(index) ?? null : null);
    o.addNote('Response', this.responses.count !== 0 ? this.responses.at(index) ?? null : null);
    return o;
  }

  /** A copy (so the emitted object is not changed by the notes we add), redacted unless sensitive data is wanted. */
  private prepare(value: PSObject): PSObject {
    const v = this.owner.includeSensitiveData ? value : (redactSensitive(value) as PSObject);
    const copy = v.clone();
    copy.sealed = false;
    return copy;
  }

  private buildView(): PSObject {
    const o = new PSObject([CMDLET_HISTORY_TYPE, 'System.Object']);
    o.indexer = (index) => this.callAt(Number(index));
    addLiveProperty(o, 'CmdletName', () => this.cmdletName);
    addLiveProperty(o, 'CmdletStart', () => this.cmdletStart);
    addLiveProperty(o, 'CmdletEnd', () => this.cmdletEnd);
    addLiveProperty(o, 'EmittedObjectsCount', () => this.emittedObjectsCount);
    addLiveProperty(o, 'Requests', () => callBufferView(this.requests));
    addLiveProperty(o, 'Responses', () => callBufferView(this.responses));
    addLiveProperty(o, 'LastServiceResponse', () => this.responses.last ?? null);
    addLiveProperty(o, 'LastServiceRequest', () => this.requests.last ?? null);
    o.toStringOverride = () => this.cmdletName;
    return o;
  }
}

/** A type member (Get-Member shows Property) whose value is read from the live state on each access. */
function addLiveProperty(o: PSObject, name: string, read: () => unknown): void {
  o.addNote(name, null, 'Property');
  const p = o.getProperty(name);
  if (p) p.getter = read;
}

/** HistoryBuffer<PSObject> as scripts see it: History (oldest first), Last and Count. */
function callBufferView(q: BoundedQueue<PSObject>): PSObject {
  const o = new PSObject([CALL_BUFFER_TYPE, 'System.Object']);
  o.addNote('History', q.toArray(), 'Property');
  o.addNote('Last', q.last ?? null, 'Property');
  o.addNote('Count', q.count, 'Property');
  return o;
}

function exceptionObject(error: RecordedError): PSObject {
  let info: ExceptionInfo;
  if (error instanceof RuntimeError) info = error.record.exception;
  else if (error instanceof ErrorRecord) info = error.exception;
  else info = { typeName: 'System.Exception', message: error.message };
  const o = new PSObject([info.typeName, ...(info.baseTypeNames ?? []), 'System.Object']);
  o.addNote('Message', info.message, 'Property');
  for (const [k, v] of Object.entries(info.data ?? {})) o.addNote(k, v ?? null, 'Property');
  return o;
}

/** The history buffer (AWSCmdletHistoryBuffer) and its configuration. */
export class AWSHistoryState {
  private history = new BoundedQueue<CmdletHistoryRecorder>(DEFAULT_MAX_CMDLET_HISTORY);
  private historyLength = DEFAULT_MAX_CMDLET_HISTORY;
  private serviceCallHistoryLength = DEFAULT_MAX_SERVICE_CALL_HISTORY;
  recordServiceRequests = false;
  includeSensitiveData = false;
  /** The $AWSHistory object scripts see. */
  readonly view: PSObject;

  constructor() {
    this.view = this.buildView();
  }

  get maxCmdletHistory(): number {
    return this.historyLength;
  }

  /** 0 disables recording and empties the buffer; a smaller size keeps the newest entries. */
  set maxCmdletHistory(value: number) {
    if (!Number.isInteger(value) || value < 0) throw new RangeError('Negative values are not valid.');
    if (value === this.historyLength) return;
    if (value === 0) {
      this.history.clear();
      this.historyLength = 0;
      return;
    }
    this.history = this.history.resized(value);
    this.historyLength = value;
  }

  get maxServiceCallHistory(): number {
    return this.serviceCallHistoryLength;
  }

  /** Applies to cmdlets started from now on (as in AWS Tools, existing entries keep their size). */
  set maxServiceCallHistory(value: number) {
    if (!Number.isInteger(value) || value <= 0) throw new RangeError('Value must be greater than 0.');
    this.serviceCallHistoryLength = value;
  }

  get recordingEnabled(): boolean {
    return this.historyLength !== 0;
  }

  get count(): number {
    return this.history.count;
  }

  startCmdlet(cmdletName: string): CmdletHistoryRecorder {
    return new CmdletHistoryRecorder(this, cmdletName);
  }

  /** Ends an invocation: stamps CmdletEnd and keeps it (dropping the oldest beyond the limit). */
  push(recorder: CmdletHistoryRecorder): void {
    if (!this.recordingEnabled) return;
    recorder.cmdletEnd = new Date();
    this.history.add(recorder);
  }

  clear(): void {
    this.history.clear();
  }

  /** Back to the defaults, empty (tests and a fresh session). */
  reset(): void {
    this.history = new BoundedQueue<CmdletHistoryRecorder>(DEFAULT_MAX_CMDLET_HISTORY);
    this.historyLength = DEFAULT_MAX_CMDLET_HISTORY;
    this.serviceCallHistoryLength = DEFAULT_MAX_SERVICE_CALL_HISTORY;
    this.recordServiceRequests = false;
    this.includeSensitiveData = false;
  }

  /** Recorded invocations, oldest first (enumeration order of the .NET queue). */
  commands(): CmdletHistoryRecorder[] {
    return this.history.toArray();
  }

  get lastCommand(): CmdletHistoryRecorder | undefined {
    return this.history.last;
  }

  /** The indexer: $null when disabled, the index-th oldest entry (or $null past the end) within the limit. */
  commandAt(index: number): PSObject | null {
    if (!this.recordingEnabled) return null;
    if (!(index >= 0 && index < this.historyLength)) indexOutOfRange();
    return this.history.at(index)?.view ?? null;
  }

  toString(): string {
    if (!this.recordingEnabled) return 'AWS History Disabled';
    const last = this.lastCommand;
    return `${this.history.count} command(s) recorded${last ? `, last  = ${last.cmdletName}` : ''}.`;
  }

  private buildView(): PSObject {
    const o = new PSObject([HISTORY_BUFFER_TYPE, 'System.Object']);
    o.indexer = (index) => this.commandAt(Number(index));
    addLiveProperty(o, 'Commands', () => this.commands().map((c) => c.view));
    addLiveProperty(o, 'LastCommand', () => this.lastCommand?.view ?? null);
    addLiveProperty(o, 'LastServiceResponse', () => this.lastCommand?.responses.last ?? null);
    addLiveProperty(o, 'LastServiceRequest', () => this.lastCommand?.requests.last ?? null);
    o.toStringOverride = () => this.toString();
    return o;
  }
}
