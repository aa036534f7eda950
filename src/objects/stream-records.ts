// The records PowerShell's non-output streams carry: WarningRecord, VerboseRecord and DebugRecord (all
// InformationalRecord: a message and the InvocationInfo of the command that wrote it), InformationRecord (any
// MessageData with its source, tags, time, user, computer and ids) and the HostInformationMessage Write-Host
// puts in one. They are PSObjects so member access, Get-Member and Format-List see .NET-style properties.

import * as os from 'node:os';
import { PSObject } from './psobject.js';
import { PSList } from './pslist.js';
import { withKind } from './datetime.js';
import { registerKnownType } from '../engine/type-resolution.js';

export const WARNING_RECORD_TYPE = 'System.Management.Automation.WarningRecord';
export const VERBOSE_RECORD_TYPE = 'System.Management.Automation.VerboseRecord';
export const DEBUG_RECORD_TYPE = 'System.Management.Automation.DebugRecord';
export const INFORMATIONAL_RECORD_TYPE = 'System.Management.Automation.InformationalRecord';
export const INFORMATION_RECORD_TYPE = 'System.Management.Automation.InformationRecord';
export const HOST_INFORMATION_MESSAGE_TYPE = 'System.Management.Automation.HostInformationMessage';

// Scripts name them in type literals ($w -is [System.Management.Automation.WarningRecord]).
for (const t of [WARNING_RECORD_TYPE, VERBOSE_RECORD_TYPE, DEBUG_RECORD_TYPE, INFORMATIONAL_RECORD_TYPE, INFORMATION_RECORD_TYPE, HOST_INFORMATION_MESSAGE_TYPE]) registerKnownType(t);

/**
 * The stream a record was written to, kept on the copy that reached the output through a merge (n>&1): pwsh's
 * PSObject.WriteStream, which makes Out-Default show the record as its stream would ("WARNING: hi").
 */
export type WriteStream = 'Warning' | 'Verbose' | 'Debug' | 'Information';

/** Where a record's InvocationInfo comes from: built only when a script asks for it. */
export type InvocationSource = () => unknown;

const NO_INVOCATION: InvocationSource = () => null;

/** A read-only .NET property whose value is computed on read. */
function computed(o: PSObject, name: string, typeName: string, getter: () => unknown): void {
  o.addNote(name, null, 'Property', typeName);
  const p = o.getProperty(name);
  if (p) Object.assign(p, { getter, readOnly: true });
}

/** WarningRecord, VerboseRecord and DebugRecord: Message, InvocationInfo, PipelineIterationInfo; ToString() is the message. */
export abstract class InformationalRecord extends PSObject {
  writeStream: WriteStream | undefined = undefined;
  protected readonly invocation: InvocationSource;

  protected constructor(typeName: string, message: string, invocation: InvocationSource, extra?: (self: PSObject) => void) {
    super([typeName, INFORMATIONAL_RECORD_TYPE, 'System.Object']);
    this.invocation = invocation;
    // .NET lists a class's own properties before those it inherits.
    extra?.(this);
    this.addNote('Message', message, 'Property', 'System.String');
    let info: unknown;
    let built = false;
    computed(this, 'InvocationInfo', 'System.Management.Automation.InvocationInfo', () => {
      if (!built) {
        info = this.invocation();
        built = true;
      }
      return info;
    });
    computed(this, 'PipelineIterationInfo', 'System.Collections.ObjectModel.ReadOnlyCollection`1[[System.Int32]]', () => []);
    this.sealed = true;
    this.toStringOverride = (self) => String(self.get('Message') ?? '');
  }

  get message(): string {
    return String(this.get('Message') ?? '');
  }

  /** A copy marked with the stream it was merged from (the record itself stays unmarked for -WarningVariable). */
  abstract forStream(): InformationalRecord;
}

export class WarningRecord extends InformationalRecord {
  constructor(message: string, invocation: InvocationSource = NO_INVOCATION, fullyQualifiedWarningId = '') {
    super(WARNING_RECORD_TYPE, message, invocation, (self) => computed(self, 'FullyQualifiedWarningId', 'System.String', () => fullyQualifiedWarningId));
  }
  forStream(): WarningRecord {
    const copy = new WarningRecord(this.message, this.invocation, String(this.get('FullyQualifiedWarningId') ?? ''));
    copy.writeStream = 'Warning';
    return copy;
  }
}

export class VerboseRecord extends InformationalRecord {
  constructor(message: string, invocation: InvocationSource = NO_INVOCATION) {
    super(VERBOSE_RECORD_TYPE, message, invocation);
  }
  forStream(): VerboseRecord {
    const copy = new VerboseRecord(this.message, this.invocation);
    copy.writeStream = 'Verbose';
    return copy;
  }
}

export class DebugRecord extends InformationalRecord {
  constructor(message: string, invocation: InvocationSource = NO_INVOCATION) {
    super(DEBUG_RECORD_TYPE, message, invocation);
  }
  forStream(): DebugRecord {
    const copy = new DebugRecord(this.message, this.invocation);
    copy.writeStream = 'Debug';
    return copy;
  }
}

/** .NET's ToString() of a message: strings as they are, PSObjects by their own ToString, arrays by type name. */
function messageText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (value instanceof PSObject) return value.toStringOverride ? value.toStringOverride(value) : value.typeName;
  if (Array.isArray(value)) return 'System.Object[]';
  return String(value);
}

/** Write-Host's text and colours, the MessageData of its InformationRecord (tag PSHOST). */
export class HostInformationMessage extends PSObject {
  constructor(message: string, foregroundColor: unknown, backgroundColor: unknown, noNewLine: boolean) {
    super([HOST_INFORMATION_MESSAGE_TYPE, 'System.Object']);
    this.addNote('Message', message, 'Property', 'System.String');
    this.addNote('NoNewLine', noNewLine, 'Property', 'System.Nullable`1[[System.Boolean]]');
    this.addNote('ForegroundColor', foregroundColor, 'Property', 'System.Nullable`1[[System.ConsoleColor]]');
    this.addNote('BackgroundColor', backgroundColor, 'Property', 'System.Nullable`1[[System.ConsoleColor]]');
    this.sealed = true;
    this.toStringOverride = (self) => String(self.get('Message') ?? '');
  }
}

/** The user name InformationRecord.User reports (pwsh on Unix: the login name). */
function currentUser(): string {
  try {
    return os.userInfo().username;
  } catch {
    return process.env.USER ?? '';
  }
}

export class InformationRecord extends PSObject {
  writeStream: WriteStream | undefined = undefined;

  /** source null: the command that writes it fills it in (its script path, else its name). */
  constructor(messageData: unknown, source: string | null, tags: readonly string[] = [], timeGenerated: Date = withKind(new Date(), 'Local')) {
    super([INFORMATION_RECORD_TYPE, 'System.Object']);
    this.addNote('MessageData', messageData, 'Property', 'System.Object');
    this.addNote('Source', source, 'Property', 'System.String');
    this.addNote('TimeGenerated', timeGenerated, 'Property', 'System.DateTime');
    this.addNote('Tags', new PSList([...tags], 'System.String'), 'Property', 'System.Collections.Generic.List`1[[System.String]]');
    this.addNote('User', null, 'Property', 'System.String');
    this.addNote('Computer', null, 'Property', 'System.String');
    // User and Computer are looked up when read, as in .NET.
    const user = this.getProperty('User');
    if (user) user.getter = () => (user.value ??= currentUser());
    const computer = this.getProperty('Computer');
    if (computer) computer.getter = () => (computer.value ??= os.hostname());
    this.addNote('ProcessId', process.pid, 'Property', 'System.UInt32');
    this.addNote('NativeThreadId', process.pid, 'Property', 'System.UInt32');
    this.addNote('ManagedThreadId', 1, 'Property', 'System.UInt32');
    this.sealed = true;
    this.toStringOverride = (self) => messageText(self.get('MessageData'));
  }

  get messageData(): unknown {
    return this.get('MessageData') ?? null;
  }

  get source(): string | null {
    const s = this.get('Source');
    return typeof s === 'string' ? s : null;
  }

  get tags(): string[] {
    const t = this.get('Tags');
    return t instanceof PSList ? t.items.map((x) => String(x)) : [];
  }

  /** What Write-Host wrote (tag PSHOST): the host shows it even when the information preference is SilentlyContinue. */
  get isHostMessage(): boolean {
    return this.tags.some((t) => t.toUpperCase() === 'PSHOST');
  }

  forStream(): InformationRecord {
    const copy = new InformationRecord(this.messageData, this.source, this.tags, this.get('TimeGenerated') as Date);
    copy.writeStream = 'Information';
    return copy;
  }
}
