// Starts moto_server (https://github.com/getmoto/moto), a local emulator of the AWS APIs, on a free
// loopback port. It serves every service on that one port; POST /moto-api/reset forgets all state.
//
// moto is asked for port 0, so the OS picks a free port with no race, and the port is read from the
// "Running on http://127.0.0.1:PORT" line it logs. Its output goes to a log file, never to the user's
// terminal (the file is removed on a normal stop and kept, and named in the error, when start-up fails).
// The child gets its own process group so that Ctrl+C in the shell does not reach it, and the whole
// group is killed when awsps ends in any way (cleanup.ts).

import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { userCacheRoot } from '../startup/cache-location.js';
import { onProcessEnd } from './cleanup.js';
import { findExecutable } from './find-executable.js';
import { httpRequest } from './http-request.js';

export const MOTO_INSTALL_COMMAND = 'pip install "moto[server]"';

export interface MotoServer {
  /** The base URL every AWS call is sent to, e.g. http://127.0.0.1:41234. */
  readonly endpoint: string;
  readonly pid: number;
  /** Forgets every resource created so far (all services, all regions). */
  reset(): Promise<void>;
  /** Stops the server and waits until it has exited. Calling it again does nothing. */
  stop(): Promise<void>;
}

export interface StartMotoOptions {
  /** The environment used to find and run moto (default: process.env). */
  env?: NodeJS.ProcessEnv;
  /** How long moto may take to answer, in ms (default 20 s). */
  timeoutMs?: number;
  /** Where the server's log goes (default: <user cache>/awsps/moto). */
  logDir?: string;
}

/** moto is not installed (or lacks its server extras): says exactly what to install. */
export class MotoNotFoundError extends Error {}

/** moto is installed but did not come up. */
export class MotoStartError extends Error {}

interface Candidate {
  command: string;
  args: string[];
  /** How the candidate is named in messages. */
  label: string;
}

const HOST = '127.0.0.1';
const SERVER_ARGS = ['-H', HOST, '-p', '0'];
const POLL_MS = 20;
const STOP_GRACE_MS = 3000;

/** moto_server from PATH first, then `python3 -m moto.server` (also `python`) for installs without the script. */
export function motoCandidates(env: NodeJS.ProcessEnv = process.env): Candidate[] {
  const candidates: Candidate[] = [];
  const script = findExecutable('moto_server', env);
  if (script !== undefined) candidates.push({ command: script, args: SERVER_ARGS, label: script });
  for (const name of ['python3', 'python']) {
    const python = findExecutable(name, env);
    if (python !== undefined) {
      candidates.push({ command: python, args: ['-m', 'moto.server', ...SERVER_ARGS], label: `${python} -m moto.server` });
      break;
    }
  }
  return candidates;
}

export async function startMoto(options: StartMotoOptions = {}): Promise<MotoServer> {
  const env = options.env ?? process.env;
  const deadline = Date.now() + (options.timeoutMs ?? 20_000);
  const logDir = options.logDir ?? defaultLogDir(env);
  const missing: string[] = [];
  for (const candidate of motoCandidates(env)) {
    const outcome = await tryStart(candidate, env, logDir, deadline);
    if (outcome.kind === 'started') return outcome.server;
    missing.push(outcome.reason);
  }
  const why = missing.length === 0 ? 'neither moto_server nor python3 was found on PATH' : missing.join('; ');
  throw new MotoNotFoundError(`--local needs moto, the local AWS emulator, and it is not installed (${why}). Install it with: ${MOTO_INSTALL_COMMAND}`);
}

type Outcome = { kind: 'started'; server: MotoServer } | { kind: 'missing'; reason: string };

async function tryStart(candidate: Candidate, env: NodeJS.ProcessEnv, logDir: string, deadline: number): Promise<Outcome> {
  fs.mkdirSync(logDir, { recursive: true });
  const logFile = path.join(logDir, `moto-${process.pid}-${Date.now()}.log`);
  const logFd = fs.openSync(logFile, 'w');
  let child: ChildProcess;
  try {
    child = spawn(candidate.command, candidate.args, {
      stdio: ['ignore', logFd, logFd],
      // Its own process group (POSIX): the terminal's Ctrl+C stays with awsps, and the group can be killed whole.
      detached: process.platform !== 'win32',
      windowsHide: true,
      env: { ...env, PYTHONUNBUFFERED: '1' },
    });
  } finally {
    fs.closeSync(logFd);
  }
  const process_ = new MotoProcess(child, logFile);
  try {
    const endpoint = await process_.waitUntilListening(deadline, candidate.label);
    await waitUntilAnswering(endpoint, deadline, process_, candidate.label);
    return { kind: 'started', server: process_.asServer(endpoint) };
  } catch (e) {
    // Kept for diagnosis when moto is there but failed; a candidate that simply lacks moto leaves nothing.
    process_.abandon(!(e instanceof MissingModule));
    if (e instanceof MissingModule) return { kind: 'missing', reason: `${candidate.label}: ${e.message}` };
    throw e;
  }
}

/** The candidate exists but moto (or a module its server needs) does not. */
class MissingModule extends Error {}

/** One running moto child: its exit, its log, and killing its process group. */
class MotoProcess {
  exitCode: number | null | undefined;
  private spawnError: Error | undefined;
  private readonly exited: Promise<void>;
  private readonly cancelCleanup: () => void;

  constructor(
    private readonly child: ChildProcess,
    readonly logFile: string,
  ) {
    this.exited = new Promise((resolve) => {
      child.once('exit', (code, signal) => {
        this.exitCode = code ?? (signal === null ? null : 128);
        resolve();
      });
      child.once('error', (e) => {
        this.spawnError = e;
        this.exitCode = this.exitCode ?? 127;
        resolve();
      });
    });
    // Never keep awsps alive for the emulator's sake: it is killed when awsps ends.
    child.unref();
    this.cancelCleanup = onProcessEnd(() => {
      this.kill();
      removeQuietly(this.logFile);
    });
  }

  get running(): boolean {
    return this.exitCode === undefined;
  }

  /** Resolves with the endpoint once moto logs the address it listens on. */
  async waitUntilListening(deadline: number, label: string): Promise<string> {
    for (;;) {
      const log = readQuietly(this.logFile);
      const match = /Running on (https?):\/\/[^\s:]+:(\d+)/.exec(log);
      if (match !== null) return `${match[1]}://${HOST}:${match[2]}`;
      if (!this.running) this.failEarly(log, label);
      if (Date.now() > deadline) throw this.startError(`${label} did not start listening in time`);
      await delay(POLL_MS);
    }
  }

  /** Throws the right error for a child that exited before listening. */
  failEarly(log: string, label: string): never {
    if (this.spawnError !== undefined) throw new MissingModule(this.spawnError.message);
    const missingModule = /No module named '?([\w.]+)'?/.exec(log);
    if (missingModule !== null) throw new MissingModule(`No module named '${missingModule[1]}'`);
    if (this.exitCode === 127) throw new MissingModule('command not found');
    throw this.startError(`${label} exited with code ${String(this.exitCode)} before it started listening`);
  }

  startError(what: string): MotoStartError {
    return new MotoStartError(`The local AWS emulator failed to start: ${what}. Its log is in ${this.logFile}`);
  }

  /** Kills the child and forgets it; keepLog leaves its log file for the user to read. */
  abandon(keepLog: boolean): void {
    this.kill();
    this.cancelCleanup();
    if (!keepLog) removeQuietly(this.logFile);
  }

  /** Kills the whole process group at once (synchronous, so it also works in an 'exit' handler). */
  kill(signal: NodeJS.Signals = 'SIGTERM'): void {
    const pid = this.child.pid;
    // Once it has exited, its pid (and group id) may belong to someone else.
    if (pid === undefined || !this.running) return;
    try {
      if (process.platform === 'win32') this.child.kill(signal);
      else process.kill(-pid, signal);
    } catch {
      // ESRCH: the group is already gone.
    }
  }

  asServer(endpoint: string): MotoServer {
    let stopping: Promise<void> | undefined;
    const pid = this.child.pid ?? 0;
    return {
      endpoint,
      pid,
      reset: async () => {
        const r = await httpRequest('POST', `${endpoint}/moto-api/reset`, 10_000);
        if (r.status !== 200) throw new Error(`Resetting the local AWS emulator failed: HTTP ${r.status} ${r.body}`);
      },
      stop: () => {
        stopping ??= this.stop();
        return stopping;
      },
    };
  }

  private async stop(): Promise<void> {
    this.kill('SIGTERM');
    const timer = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), STOP_GRACE_MS));
    if ((await Promise.race([this.exited.then(() => 'exited' as const), timer])) === 'timeout') {
      this.kill('SIGKILL');
      await this.exited;
    }
    this.cancelCleanup();
    removeQuietly(this.logFile);
  }
}

async function waitUntilAnswering(endpoint: string, deadline: number, child: MotoProcess, label: string): Promise<void> {
  let lastError = '';
  for (;;) {
    try {
      const r = await httpRequest('GET', `${endpoint}/moto-api/`, 1000);
      if (r.status === 200) return;
      lastError = `HTTP ${r.status}`;
    } catch (e) {
      lastError = e instanceof Error ? e.message : String(e);
    }
    if (!child.running) child.failEarly(readQuietly(child.logFile), label);
    if (Date.now() > deadline) throw child.startError(`${label} listens on ${endpoint} but does not answer (${lastError})`);
    await delay(POLL_MS);
  }
}

function defaultLogDir(env: NodeJS.ProcessEnv): string {
  const cache = userCacheRoot(env);
  return cache === undefined ? path.join(os.tmpdir(), 'awsps-moto') : path.join(cache, 'moto');
}

function readQuietly(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

function removeQuietly(file: string): void {
  try {
    fs.rmSync(file, { force: true });
  } catch {
    // A log file left behind is harmless.
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
