// A background job as scripts see it (System.Management.Automation.Job): Id, Name, State, HasMoreData, the
// collected Output/Error/Warning/... and the child jobs. pwsh's job kinds differ in type name, PSJobTypeName,
// Location, HasMoreData and whether the work runs in the job itself or in its child jobs:
//   Start-Job         PSRemotingJob ("BackgroundJob", localhost) with one child job that runs the script;
//   Start-ThreadJob   ThreadJob ("ThreadJob", PowerShell), no child jobs;
//   ForEach -AsJob    PSTaskJob ("PSTaskJob", PowerShell) with one child job per input object.

import { PSObject } from '../../../src/objects/psobject.js';
import { PSList } from '../../../src/objects/pslist.js';
import { Guid } from '../../../src/objects/guid.js';
import { withKind } from '../../../src/objects/datetime.js';
import { EnumValue, enumMember, registerEnumType } from '../../../src/objects/enum-value.js';
import type { ErrorRecord, ExceptionInfo } from '../../../src/engine/errors.js';
import { exceptionObject } from '../../../src/engine/values/error-objects.js';
import type { RunspaceTask } from '../../../src/engine/runspace-task.js';
import { registerKnownType } from '../../../src/engine/type-resolution.js';

export const JobStateEnum = registerEnumType({
  fullName: 'System.Management.Automation.JobState',
  members: [
    ['NotStarted', 0],
    ['Running', 1],
    ['Completed', 2],
    ['Failed', 3],
    ['Stopped', 4],
    ['Blocked', 5],
    ['Suspended', 6],
    ['Disconnected', 7],
    ['Suspending', 8],
    ['Stopping', 9],
    ['AtBreakpoint', 10],
  ],
});

export type JobStateName = 'NotStarted' | 'Running' | 'Completed' | 'Failed' | 'Stopped' | 'Stopping';

export function isFinished(state: JobStateName): boolean {
  return state === 'Completed' || state === 'Failed' || state === 'Stopped';
}

export type JobKind = 'BackgroundJob' | 'BackgroundChildJob' | 'ThreadJob' | 'PSTaskJob' | 'PSTaskChildJob';

interface KindInfo {
  typeNames: string[];
  /** PSJobTypeName ('' for child jobs, as pwsh shows them). */
  jobTypeName: string;
  location: string;
  /** pwsh's remoting child job has more data until it finished; the others only while a collection holds some. */
  moreDataWhileRunning: boolean;
}

const JOB2 = ['System.Management.Automation.Job2', 'System.Management.Automation.Job', 'System.Object'];
const KINDS: Record<JobKind, KindInfo> = {
  BackgroundJob: { typeNames: ['System.Management.Automation.PSRemotingJob', ...JOB2.slice(1)], jobTypeName: 'BackgroundJob', location: 'localhost', moreDataWhileRunning: true },
  BackgroundChildJob: { typeNames: ['System.Management.Automation.PSRemotingChildJob', 'System.Management.Automation.Job', 'System.Object'], jobTypeName: '', location: 'localhost', moreDataWhileRunning: true },
  ThreadJob: { typeNames: ['ThreadJob.ThreadJob', ...JOB2], jobTypeName: 'ThreadJob', location: 'PowerShell', moreDataWhileRunning: false },
  PSTaskJob: { typeNames: ['System.Management.Automation.PSTasks.PSTaskJob', 'System.Management.Automation.Job', 'System.Object'], jobTypeName: 'PSTaskJob', location: 'PowerShell', moreDataWhileRunning: false },
  PSTaskChildJob: { typeNames: ['System.Management.Automation.PSTasks.PSTaskChildJob', 'System.Management.Automation.Job', 'System.Object'], jobTypeName: '', location: 'PowerShell', moreDataWhileRunning: false },
};

for (const info of Object.values(KINDS)) for (const name of info.typeNames) registerKnownType(name);
registerKnownType('System.Management.Automation.JobStateInfo');

const DATA_COLLECTION = 'System.Management.Automation.PSDataCollection`1';
const collection = (element: string): PSList => new PSList([], undefined, `${DATA_COLLECTION}[[${element}]]`);

/** The streams a job collects, in the order Receive-Job writes them. */
export interface JobStreams {
  readonly output: PSList;
  readonly error: PSList;
  readonly progress: PSList;
  readonly verbose: PSList;
  readonly debug: PSList;
  readonly warning: PSList;
  readonly information: PSList;
}

export class Job extends PSObject {
  readonly id: number;
  readonly name: string;
  readonly kind: JobKind;
  readonly command: string;
  readonly instanceId = Guid.newGuid();
  readonly children: Job[] = [];
  /** The job this one is a child job of (its state follows its children's; it hears of their data). */
  parent: Job | undefined;
  readonly streams: JobStreams = {
    output: collection('System.Management.Automation.PSObject'),
    error: collection('System.Management.Automation.ErrorRecord'),
    progress: collection('System.Management.Automation.ProgressRecord'),
    verbose: collection('System.Management.Automation.VerboseRecord'),
    debug: collection('System.Management.Automation.DebugRecord'),
    warning: collection('System.Management.Automation.WarningRecord'),
    information: collection('System.Management.Automation.InformationRecord'),
  };
  private stateName: JobStateName = 'NotStarted';
  private reason: ExceptionInfo | undefined;
  private reasonRecord: ErrorRecord | undefined;
  beginTime: Date | null = null;
  endTime: Date | null = null;
  /** The running script block (jobs that run work themselves: child jobs and thread jobs). */
  task: RunspaceTask | undefined;
  /** Set by Stop-Job before the task ended: the job ends Stopped whatever the task then throws. */
  stopRequested = false;
  private readonly listeners = new Set<() => void>();

  constructor(kind: JobKind, id: number, name: string, command: string) {
    const info = KINDS[kind];
    super([...info.typeNames]);
    this.kind = kind;
    this.id = id;
    this.name = name;
    this.command = command;
    this.defineMembers(info);
  }

  get state(): JobStateName {
    return this.stateName;
  }

  get finished(): boolean {
    return isFinished(this.stateName);
  }

  get hasMoreData(): boolean {
    if (this.children.length > 0) return this.children.some((c) => c.hasMoreData) || this.hasOwnData();
    if (KINDS[this.kind].moreDataWhileRunning && !this.finished) return true;
    return this.hasOwnData();
  }

  /** Whether the job or one of its child jobs holds results not yet received. */
  get hasCollectedData(): boolean {
    return this.hasOwnData() || this.children.some((c) => c.hasCollectedData);
  }

  private hasOwnData(): boolean {
    const s = this.streams;
    return s.output.count + s.error.count + s.progress.count + s.verbose.count + s.debug.count + s.warning.count + s.information.count > 0;
  }

  /** Moves the job to a new state (a parent job follows its children); listeners hear of it. */
  setState(state: JobStateName, reason?: ErrorRecord): void {
    if (this.finished) return;
    if (state === 'Running' && this.beginTime === null) this.beginTime = withKind(new Date(), 'Local');
    if (isFinished(state)) this.endTime = withKind(new Date(), 'Local');
    this.stateName = state;
    if (reason) {
      this.reason = reason.exception;
      this.reasonRecord = reason;
    }
    this.parent?.updateFromChildren();
    this.notify();
  }

  /** A parent job's state from its children's: running while any runs, then Failed, Stopped or Completed. */
  updateFromChildren(): void {
    const states = this.children.map((c) => c.state);
    if (states.some((s) => !isFinished(s))) {
      if (states.some((s) => s !== 'NotStarted') && this.stateName === 'NotStarted') this.setState('Running');
      return;
    }
    const failed = this.children.find((c) => c.state === 'Failed');
    if (failed) this.setState('Failed', failed.reasonRecord);
    else this.setState(states.includes('Stopped') ? 'Stopped' : 'Completed');
  }

  /** Called whenever the job's state changes or it collects data (Wait-Job, Receive-Job -Wait listen). */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  notify(): void {
    for (const l of [...this.listeners]) l();
    this.parent?.notify();
  }

  addChild(child: Job): void {
    child.parent = this;
    this.children.push(child);
  }

  private defineMembers(info: KindInfo): void {
    const prop = (name: string, typeName: string, getter: () => unknown): void => {
      this.addNote(name, null, 'Property', typeName);
      const p = this.getProperty(name);
      if (p) Object.assign(p, { getter, readOnly: true });
    };
    const s = this.streams;
    // The order of pwsh's Format-List * on a job.
    prop('State', 'System.Management.Automation.JobState', () => enumMember(JobStateEnum, this.stateName) ?? new EnumValue(JobStateEnum, 0));
    prop('HasMoreData', 'System.Boolean', () => this.hasMoreData);
    prop('StatusMessage', 'System.String', () => '');
    prop('Location', 'System.String', () => info.location);
    prop('Command', 'System.String', () => this.command);
    prop('JobStateInfo', 'System.Management.Automation.JobStateInfo', () => this.jobStateInfo());
    prop('Finished', 'System.Threading.WaitHandle', () => this.finishedHandle());
    prop('InstanceId', 'System.Guid', () => this.instanceId);
    prop('Id', 'System.Int32', () => this.id);
    prop('Name', 'System.String', () => this.name);
    prop('ChildJobs', 'System.Collections.Generic.IList`1[[System.Management.Automation.Job]]', () => new PSList([...this.children], undefined, 'System.Collections.Generic.List`1[[System.Management.Automation.Job]]'));
    prop('PSBeginTime', 'System.Nullable`1[[System.DateTime]]', () => this.beginTime);
    prop('PSEndTime', 'System.Nullable`1[[System.DateTime]]', () => this.endTime);
    prop('PSJobTypeName', 'System.String', () => info.jobTypeName);
    prop('Output', `${DATA_COLLECTION}[[System.Management.Automation.PSObject]]`, () => s.output);
    prop('Error', `${DATA_COLLECTION}[[System.Management.Automation.ErrorRecord]]`, () => s.error);
    prop('Progress', `${DATA_COLLECTION}[[System.Management.Automation.ProgressRecord]]`, () => s.progress);
    prop('Verbose', `${DATA_COLLECTION}[[System.Management.Automation.VerboseRecord]]`, () => s.verbose);
    prop('Debug', `${DATA_COLLECTION}[[System.Management.Automation.DebugRecord]]`, () => s.debug);
    prop('Warning', `${DATA_COLLECTION}[[System.Management.Automation.WarningRecord]]`, () => s.warning);
    prop('Information', `${DATA_COLLECTION}[[System.Management.Automation.InformationRecord]]`, () => s.information);
    this.sealed = true;
    // Job.ToString() is the .NET type name.
    this.toStringOverride = () => info.typeNames[0];
  }

  /** pwsh's Finished is a wait handle; scripts see whether it is set through its WaitOne() only, so show the type. */
  private finishedHandle(): PSObject {
    const o = new PSObject(['System.Threading.ManualResetEvent', 'System.Threading.EventWaitHandle', 'System.Threading.WaitHandle', 'System.Object']);
    o.addNote('Handle', null, 'Property', 'System.IntPtr');
    o.sealed = true;
    o.toStringOverride = () => 'System.Threading.ManualResetEvent';
    return o;
  }

  private jobStateInfo(): PSObject {
    const o = new PSObject(['System.Management.Automation.JobStateInfo', 'System.Object']);
    o.addNote('State', enumMember(JobStateEnum, this.stateName) ?? null, 'Property', 'System.Management.Automation.JobState');
    o.addNote('Reason', this.reason ? exceptionObject(this.reason, this.reasonRecord) : null, 'Property', 'System.Exception');
    o.sealed = true;
    o.toStringOverride = () => this.stateName;
    return o;
  }
}
