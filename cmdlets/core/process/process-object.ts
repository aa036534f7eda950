// The System.Diagnostics.Process object the process cmdlets write: the .NET properties pwsh shows on Linux (read
// live from /proc, as cheap as a file read), the alias and script properties of pwsh's type data (Name, Id, CPU,
// WS, PM, NPM, VM, SI, Path, CommandLine), and the methods WaitForExit, Kill and Refresh.

import { PSObject, type PSProperty } from '../../../src/objects/psobject.js';
import { TimeSpan } from '../../../src/objects/timespan.js';
import { RuntimeError } from '../../../src/engine/errors.js';
import { toBool, toNumber } from '../../../src/engine/conversions.js';
import { commandLine, readStat, statusBytes, type ProcStat } from './proc-fs.js';
import { registerKnownType } from '../../../src/engine/type-resolution.js';
import { processStateError } from './errors.js';
import type { ProcessHandle } from './process-handle.js';

export const PROCESS_TYPE = 'System.Diagnostics.Process';
const TYPE_NAMES = [PROCESS_TYPE, 'System.ComponentModel.Component', 'System.MarshalByRefObject', 'System.Object'];
// Known, so that [System.Diagnostics.Process] resolves and the cmdlets' -InputObject binds Process objects.
registerKnownType(PROCESS_TYPE);

/** Where a method that waits finds Ctrl-C: the engine's stop signal of the moment it is called. */
export type StopSignalSource = () => AbortSignal | undefined;

const handles = new WeakMap<PSObject, ProcessHandle>();

/** The handle behind a Process object, or undefined for any other value. */
export function handleOf(value: unknown): ProcessHandle | undefined {
  return value instanceof PSObject ? handles.get(value) : undefined;
}

/** What reading the property does before .NET can answer: pwsh's GetValueInvocationException around .NET's error. */
function stateError(property: string, message: string): never {
  throw new RuntimeError(processStateError(property, message));
}

const NOT_EXITED = 'Process must exit before requested information can be determined.';
const EXITED = 'Process has exited, so the requested information is not available.';

export function processObject(handle: ProcessHandle, stopSignal: StopSignalSource): PSObject {
  const o = new PSObject([...TYPE_NAMES]);
  handles.set(o, handle);
  // A fresh stat per read; a process that has exited has none, and its live values are then unavailable.
  const stat = (name: string): ProcStat => (handle.hasExited ? undefined : readStat(handle.id)) ?? stateError(name, EXITED);
  const prop = (name: string, typeName: string, getter: () => unknown): void => {
    const p: PSProperty = { name, value: undefined, kind: 'Property', typeName, readOnly: true, getter: () => getter() ?? null };
    o.addProperty(p);
  };
  const alias = (name: string, target: string): void => {
    o.addProperty({ name, value: undefined, kind: 'AliasProperty', getter: (self) => self.get(target) ?? null, definition: `${name} = ${target}` });
  };
  const script = (name: string, getter: () => unknown): void => {
    o.addProperty({ name, value: undefined, kind: 'ScriptProperty', getter: () => safe(getter) });
  };

  alias('Name', 'ProcessName');
  alias('SI', 'SessionId');
  alias('Handles', 'HandleCount');
  alias('VM', 'VirtualMemorySize64');
  alias('WS', 'WorkingSet64');
  alias('PM', 'PagedMemorySize64');
  alias('NPM', 'NonpagedSystemMemorySize64');
  script('Path', () => handle.path ?? null);
  script('CommandLine', () => (handle.hasExited ? null : commandLine(handle.id).join(' ')));
  script('CPU', () => stat('CPU').cpuSeconds);
  prop('Id', 'System.Int32', () => handle.id);
  prop('ProcessName', 'System.String', () => handle.name);
  prop('HasExited', 'System.Boolean', () => handle.hasExited);
  // Before the exit .NET throws. Only a program started here does: for the others there is never an answer, and
  // Select-Object * / Format-List * / ConvertTo-Json (which do not yet ignore a failing getter as pwsh does) would
  // fail on every process Get-Process lists.
  prop('ExitCode', 'System.Int32', () => (handle.startedHere ? (handle.exitCode ?? stateError('ExitCode', NOT_EXITED)) : null));
  prop('ExitTime', 'System.DateTime', () => (handle.startedHere ? (handle.exitTime ?? stateError('ExitTime', NOT_EXITED)) : null));
  prop('StartTime', 'System.DateTime', () => handle.startTime ?? stateError('StartTime', EXITED));
  prop('Responding', 'System.Boolean', () => !handle.hasExited);
  prop('SessionId', 'System.Int32', () => stat('SessionId').session);
  prop('HandleCount', 'System.Int32', () => (stat('HandleCount'), 0));
  prop('WorkingSet64', 'System.Int64', () => stat('WorkingSet64').residentBytes);
  prop('VirtualMemorySize64', 'System.Int64', () => stat('VirtualMemorySize64').virtualBytes);
  prop('PagedMemorySize64', 'System.Int64', () => (stat('PagedMemorySize64'), statusBytes(handle.id, 'VmSwap')));
  prop('PrivateMemorySize64', 'System.Int64', () => (stat('PrivateMemorySize64'), statusBytes(handle.id, 'VmData')));
  // Linux has no non-paged pool: .NET reports 0.
  prop('NonpagedSystemMemorySize64', 'System.Int64', () => (stat('NonpagedSystemMemorySize64'), 0));
  prop('TotalProcessorTime', 'System.TimeSpan', () => TimeSpan.fromMilliseconds(Math.round(stat('TotalProcessorTime').cpuSeconds * 1000)));
  prop('UserProcessorTime', 'System.TimeSpan', () => TimeSpan.fromMilliseconds(Math.round(stat('UserProcessorTime').userSeconds * 1000)));
  prop('MainModule', 'System.Diagnostics.ProcessModule', () => null);

  o.toStringOverride = () => `System.Diagnostics.Process (${handle.name})`;
  o.addMethod({
    name: 'WaitForExit',
    kind: 'ScriptMethod',
    script: { text: '' },
    definition: 'void WaitForExit(), bool WaitForExit(int milliseconds), bool WaitForExit(timespan timeout)',
    invoke: (_self, args) => {
      if (args.length === 0) return handle.waitForExit(stopSignal()).then(() => null);
      const arg = args[0];
      const ms = arg instanceof TimeSpan ? arg.totalMilliseconds : toNumber(arg);
      return handle.waitForExit(stopSignal(), ms < 0 ? undefined : ms);
    },
  });
  o.addMethod({
    name: 'Kill',
    kind: 'ScriptMethod',
    script: { text: '' },
    definition: 'void Kill(), void Kill(bool entireProcessTree)',
    invoke: (_self, args) => {
      handle.kill(args.length > 0 && toBool(args[0]));
      return null;
    },
  });
  o.addMethod({
    name: 'Refresh',
    kind: 'ScriptMethod',
    script: { text: '' },
    // Every property is read live, so there is no cached information to discard.
    definition: 'void Refresh()',
    invoke: () => null,
  });
  return o;
}

/** pwsh's type-data script properties yield $null when the value cannot be read (an exited process). */
function safe(getter: () => unknown): unknown {
  try {
    return getter();
  } catch (e) {
    if (e instanceof RuntimeError) return null;
    throw e;
  }
}
