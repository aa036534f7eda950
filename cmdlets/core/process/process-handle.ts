// One process as System.Diagnostics.Process sees it: a live view over /proc/<pid>, plus, for the programs
// Start-Process started, the exit code and exit time Node reports. Waiting never blocks the event loop: a child's
// exit event settles it, any other process is polled.

import type { ChildProcess } from 'node:child_process';
import { PipelineStoppedError } from '../../../src/pipeline/stop.js';
import { descendantsOf, exePath, isAlive, processName, readStat, startTimeOf } from './proc-fs.js';

/** How often a process this shell did not start is checked while something waits for it. */
const POLL_MS = 50;

/** Children started by this shell, by id: Get-Process -Id of one of them shares its exit information. */
const children = new Map<number, ProcessHandle>();

export class ProcessHandle {
  readonly id: number;
  /** Read once (at the first look), as .NET keeps it once it has it: it stays readable after the exit. */
  readonly name: string;
  readonly startTime: Date | undefined;
  readonly path: string | undefined;
  /** Set for a program this shell started (its exit code is known); other processes only ever show whether they run. */
  readonly startedHere: boolean;
  private exitCodeValue: number | undefined;
  private exitTimeValue: Date | undefined;
  private readonly exitListeners = new Set<() => void>();
  /** The spawned child, kept unreferenced (the shell may exit while it runs) except while something waits for it. */
  private child: ChildProcess | undefined;
  private waiting = 0;

  private constructor(id: number, name: string, startTime: Date | undefined, path: string | undefined, startedHere: boolean) {
    this.id = id;
    this.name = name;
    this.startTime = startTime;
    this.path = path;
    this.startedHere = startedHere;
  }

  /** A process found in /proc; undefined when there is no process with that id. */
  static fromPid(pid: number): ProcessHandle | undefined {
    const own = children.get(pid);
    if (own && !own.hasExited) return own;
    const stat = readStat(pid);
    if (!stat) return undefined;
    return new ProcessHandle(pid, processName(stat), startTimeOf(stat), exePath(pid), false);
  }

  /** Wraps a program just spawned (child.pid is set). */
  static fromChild(child: ChildProcess, fallbackName: string, program: string): ProcessHandle {
    const pid = child.pid!;
    const stat = readStat(pid);
    const handle = new ProcessHandle(pid, stat ? processName(stat) : fallbackName, stat ? startTimeOf(stat) : new Date(), program, true);
    handle.child = child;
    children.set(pid, handle);
    const onExit = (code: number | null, signal: NodeJS.Signals | null): void => {
      // A program killed by a signal exits as the shell reports it: 128 + the signal number.
      handle.markExited(code ?? 128 + signalNumber(signal));
      handle.child = undefined;
      children.delete(pid);
    };
    if (child.exitCode !== null || child.signalCode !== null) onExit(child.exitCode, child.signalCode);
    else child.once('exit', onExit);
    return handle;
  }

  get hasExited(): boolean {
    if (this.exitCodeValue !== undefined) return true;
    if (this.startedHere) return false;
    return !isAlive(this.id);
  }

  /** ExitCode, or undefined when it is not known (still running, or not started by this shell). */
  get exitCode(): number | undefined {
    return this.exitCodeValue;
  }

  get exitTime(): Date | undefined {
    return this.exitTimeValue;
  }

  private markExited(code: number): void {
    if (this.exitCodeValue !== undefined) return;
    this.exitCodeValue = code;
    this.exitTimeValue = new Date();
    for (const listener of [...this.exitListeners]) listener();
  }

  /**
   * Resolves true once the process has exited, false when timeoutMs (if given) passed first; rejects with
   * PipelineStoppedError when the signal aborts (Ctrl-C).
   */
  waitForExit(signal: AbortSignal | undefined, timeoutMs?: number): Promise<boolean> {
    if (this.hasExited) return Promise.resolve(true);
    if (signal?.aborted) return Promise.reject(new PipelineStoppedError());
    return new Promise<boolean>((resolve, reject) => {
      let poll: NodeJS.Timeout | undefined;
      let timer: NodeJS.Timeout | undefined;
      // While waiting, the child must keep the event loop (and so the shell) alive.
      if (this.waiting++ === 0) this.child?.ref();
      const finish = (): void => {
        if (--this.waiting === 0) this.child?.unref();
        this.exitListeners.delete(onExit);
        signal?.removeEventListener('abort', onAbort);
        if (poll) clearInterval(poll);
        if (timer) clearTimeout(timer);
      };
      const onExit = (): void => {
        finish();
        resolve(true);
      };
      const onAbort = (): void => {
        finish();
        reject(new PipelineStoppedError());
      };
      this.exitListeners.add(onExit);
      signal?.addEventListener('abort', onAbort, { once: true });
      if (!this.startedHere) {
        poll = setInterval(() => {
          if (this.hasExited) onExit();
        }, POLL_MS);
      }
      if (timeoutMs !== undefined) {
        timer = setTimeout(() => {
          finish();
          resolve(this.hasExited);
        }, Math.max(0, timeoutMs));
      }
    });
  }

  /** Process.Kill: SIGKILL, to the whole tree (descendants first) when asked. An exited process is left alone. */
  kill(entireTree: boolean): void {
    if (this.hasExited) return;
    if (entireTree) {
      for (const pid of descendantsOf(this.id).reverse()) {
        try {
          process.kill(pid, 'SIGKILL');
        } catch {
          // Gone already.
        }
      }
    }
    process.kill(this.id, 'SIGKILL');
  }
}

function signalNumber(signal: NodeJS.Signals | null): number {
  const numbers: Record<string, number> = { SIGHUP: 1, SIGINT: 2, SIGQUIT: 3, SIGABRT: 6, SIGKILL: 9, SIGSEGV: 11, SIGPIPE: 13, SIGALRM: 14, SIGTERM: 15 };
  return signal ? (numbers[signal] ?? 0) : 0;
}
