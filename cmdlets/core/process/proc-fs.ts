// What Linux's /proc tells about a process: the few fields System.Diagnostics.Process reads there (name, state,
// session, CPU times, memory, start time, executable path).

import * as fs from 'node:fs';
import * as os from 'node:os';

/** Clock ticks per second for /proc/<pid>/stat times (sysconf(_SC_CLK_TCK), 100 on every Linux build in use). */
const CLOCK_TICKS = 100;
const PAGE_SIZE = 4096;

export interface ProcStat {
  pid: number;
  /** The kernel's name for the process (comm, at most 15 characters). */
  comm: string;
  /** R, S, D, Z, T, ... */
  state: string;
  ppid: number;
  session: number;
  /** User plus system CPU time, in seconds. */
  cpuSeconds: number;
  userSeconds: number;
  threads: number;
  /** Start time as ticks since boot. */
  startTicks: number;
  virtualBytes: number;
  residentBytes: number;
}

/** The ids of every process /proc lists. */
export function listPids(): number[] {
  let names: string[];
  try {
    names = fs.readdirSync('/proc');
  } catch {
    return [];
  }
  const pids: number[] = [];
  for (const n of names) if (/^\d+$/.test(n)) pids.push(Number(n));
  return pids;
}

/** /proc/<pid>/stat parsed, or undefined when the process is gone. */
export function readStat(pid: number): ProcStat | undefined {
  let text: string;
  try {
    text = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return undefined;
  }
  // comm is in parentheses and may itself contain spaces or parentheses: it ends at the last ')'.
  const open = text.indexOf('(');
  const close = text.lastIndexOf(')');
  if (open < 0 || close < open) return undefined;
  const f = text.slice(close + 2).split(' ');
  // f[0] is field 3 (state) of proc(5).
  const num = (i: number): number => Number(f[i - 3] ?? 0);
  return {
    pid,
    comm: text.slice(open + 1, close),
    state: f[0] ?? '?',
    ppid: num(4),
    session: num(6),
    userSeconds: num(14) / CLOCK_TICKS,
    cpuSeconds: (num(14) + num(15)) / CLOCK_TICKS,
    threads: num(20),
    startTicks: num(22),
    virtualBytes: num(23),
    residentBytes: num(24) * PAGE_SIZE,
  };
}

/** Whether the process exists and has not exited (a zombie has exited; its parent has not reaped it yet). */
export function isAlive(pid: number): boolean {
  const st = readStat(pid);
  return st !== undefined && st.state !== 'Z' && st.state !== 'X';
}

let bootSeconds: number | undefined;

/** Boot time in seconds since the epoch (btime of /proc/stat). */
function bootTime(): number {
  if (bootSeconds === undefined) {
    try {
      const m = /^btime (\d+)$/m.exec(fs.readFileSync('/proc/stat', 'utf8'));
      bootSeconds = m ? Number(m[1]) : Date.now() / 1000 - os.uptime();
    } catch {
      bootSeconds = Date.now() / 1000 - os.uptime();
    }
  }
  return bootSeconds;
}

export function startTimeOf(stat: ProcStat): Date {
  return new Date(Math.round((bootTime() + stat.startTicks / CLOCK_TICKS) * 1000));
}

/** The executable's path (/proc/<pid>/exe), undefined when it cannot be read (another user's process, a kernel thread). */
export function exePath(pid: number): string | undefined {
  try {
    return fs.readlinkSync(`/proc/${pid}/exe`);
  } catch {
    return undefined;
  }
}

/** argv of the process; empty for kernel threads and unreadable processes. */
export function commandLine(pid: number): string[] {
  try {
    const raw = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    return raw.split('\0').filter((s, i, all) => i < all.length - 1 || s !== '');
  } catch {
    return [];
  }
}

/** A value in kB from /proc/<pid>/status (VmSwap, VmData, ...), in bytes; 0 when absent. */
export function statusBytes(pid: number, key: string): number {
  try {
    const m = new RegExp(`^${key}:\\s+(\\d+) kB$`, 'm').exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/**
 * The process name as .NET reports it on Linux: comm, except that a comm cut at 15 characters is completed
 * from the program name in argv[0] when that starts with it.
 */
export function processName(stat: ProcStat): string {
  if (stat.comm.length < 15) return stat.comm;
  const argv0 = commandLine(stat.pid)[0];
  if (argv0) {
    const base = argv0.slice(argv0.lastIndexOf('/') + 1);
    if (base.startsWith(stat.comm)) return base;
  }
  return stat.comm;
}

/** Ids of the process's descendants (children first), for Kill($true). */
export function descendantsOf(pid: number): number[] {
  const children = new Map<number, number[]>();
  for (const p of listPids()) {
    const st = readStat(p);
    if (!st) continue;
    const list = children.get(st.ppid);
    if (list) list.push(p);
    else children.set(st.ppid, [p]);
  }
  const out: number[] = [];
  const queue = [pid];
  while (queue.length > 0) {
    const next = children.get(queue.shift()!) ?? [];
    out.push(...next);
    queue.push(...next);
  }
  return out;
}
