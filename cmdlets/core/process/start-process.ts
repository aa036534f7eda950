// Start-Process, as pwsh 7 runs it off Windows: the program shares the console (-NoNewWindow is the default), the
// argument list is joined into one command line that .NET splits again, output/error/input may go to files, and
// the shell waits only with -Wait. The Windows-only parameters are refused.

import * as fs from 'node:fs';
import { spawn, type ChildProcess, type StdioOptions } from 'node:child_process';
import type { CommandContext, CommandDefinition } from '../../../src/pipeline/types.js';
import { ProcessorContext } from '../../../src/pipeline/processor.js';
import { RuntimeError, makeErrorRecord } from '../../../src/engine/errors.js';
import { toStr } from '../../../src/engine/conversions.js';
import { findExecutable } from '../../../src/engine/native.js';
import { PSHashtable } from '../../../src/objects/hashtable.js';
import { joinArgumentList, splitCommandLine } from './arguments.js';
import { notSupportedParameter, startProcessError } from './errors.js';
import { ProcessHandle } from './process-handle.js';
import { PROCESS_TYPE, processObject } from './process-object.js';
import { stopSignalOf } from './selection.js';

const START_PROCESS = 'Microsoft.PowerShell.Commands.StartProcessCommand';
const SYSTEM_EXCEPTION = ['System.SystemException', 'System.Exception'];

function invalidInput(what: string, type: string, id: string): RuntimeError {
  const message = `This command cannot be run because either the parameter "${what}" has a value that is not valid or cannot be used with this command. Give a valid input and Run your command again.`;
  return new RuntimeError(makeErrorRecord(message, { type, baseTypeNames: ['System.IO.IOException', ...SYSTEM_EXCEPTION], id: `${id},${START_PROCESS}`, category: 'InvalidOperation' }));
}

function duplicateEntry(first: string, second: string): RuntimeError {
  return new RuntimeError(startProcessError(`This command cannot be run because "${first}" and "${second}" are same. Give different inputs and Run your command again.`, START_PROCESS));
}

interface Redirections {
  input?: string;
  output?: string;
  error?: string;
}

/** Resolves the redirection files and applies pwsh's checks (the input must exist; no two may be the same file). */
function redirections(ctx: CommandContext): Redirections {
  const resolve = (name: string): string | undefined => (ctx.isBound(name) && ctx.params[name] !== null ? ctx.session.resolvePath(toStr(ctx.params[name])) : undefined);
  const r: Redirections = { input: resolve('RedirectStandardInput'), output: resolve('RedirectStandardOutput'), error: resolve('RedirectStandardError') };
  if (r.input !== undefined && !isFile(r.input)) {
    throw invalidInput(`RedirectStandardInput '${toStr(ctx.params.RedirectStandardInput)}'`, 'System.IO.FileNotFoundException', 'FileNotFoundException');
  }
  const same = (a?: string, b?: string): boolean => a !== undefined && b !== undefined && a.toLowerCase() === b.toLowerCase();
  if (same(r.input, r.output)) throw duplicateEntry('RedirectStandardInput', 'RedirectStandardOutput');
  if (same(r.input, r.error)) throw duplicateEntry('RedirectStandardInput', 'RedirectStandardError');
  if (same(r.output, r.error)) throw duplicateEntry('RedirectStandardOutput', 'RedirectStandardError');
  return r;
}

function isFile(p: string): boolean {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}

function isDirectory(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/** The child's environment: this shell's (or none, with -UseNewEnvironment), then -Environment's overrides ($null removes). */
function environment(ctx: CommandContext): NodeJS.ProcessEnv {
  // Off Windows the machine and user scopes -UseNewEnvironment loads from are empty.
  const env: NodeJS.ProcessEnv = ctx.params.UseNewEnvironment === true ? {} : { ...process.env };
  const overrides = ctx.params.Environment;
  if (overrides instanceof PSHashtable) {
    for (const { key, value } of overrides.entries()) {
      const name = toStr(key);
      delete env[name];
      if (value !== null && value !== undefined) env[name] = toStr(value);
    }
  }
  return env;
}

/** Waits for the spawn to succeed or fail (Node reports both asynchronously). */
function spawned(child: ChildProcess): Promise<Error | undefined> {
  return new Promise((resolve) => {
    child.once('spawn', () => resolve(undefined));
    child.once('error', (err) => resolve(err));
  });
}

/** The strerror text .NET puts in its Win32Exception for a failed exec. */
function errnoText(err: NodeJS.ErrnoException): string {
  switch (err.code) {
    case 'ENOENT':
      return 'No such file or directory';
    case 'EACCES':
      return 'Permission denied';
    case 'ENOEXEC':
      return 'Exec format error';
    default:
      return err.message;
  }
}

function startFailure(fileName: string, cwd: string, reason: string): RuntimeError {
  return new RuntimeError(startProcessError(`This command cannot be run due to the error: An error occurred trying to start process '${fileName}' with working directory '${cwd}'. ${reason}.`, START_PROCESS));
}

async function startProcess(ctx: CommandContext): Promise<void> {
  // pwsh checks -Verb and -WindowStyle first; the Windows account parameters cannot work here either.
  for (const name of ['Verb', 'WindowStyle', 'Credential', 'LoadUserProfile']) {
    if (ctx.isBound(name)) throw new RuntimeError(notSupportedParameter(name, START_PROCESS));
  }
  const filePath = toStr(ctx.params.FilePath);
  const shellCwd = ctx.session.cwd;
  const program = findExecutable(filePath, shellCwd);
  const argumentList = ctx.isBound('ArgumentList') && ctx.params.ArgumentList !== null ? (ctx.params.ArgumentList as unknown[]).map((a) => toStr(a)) : undefined;
  const commandLine = argumentList ? joinArgumentList(argumentList) : '';

  let cwd = shellCwd;
  if (ctx.isBound('WorkingDirectory')) {
    cwd = ctx.session.resolvePath(toStr(ctx.params.WorkingDirectory));
    if (!isDirectory(cwd)) throw invalidInput('WorkingDirectory', 'System.IO.DirectoryNotFoundException', 'DirectoryNotFoundException');
  }
  const files = redirections(ctx);
  const fileName = program ?? filePath;
  if (!(await ctx.shouldProcess(`${fileName} ${commandLine}`.trim(), 'Start-Process'))) return;
  if (!program) {
    // A path that exists but is not executable fails at exec; anything else is not there.
    const candidate = filePath.includes('/') ? ctx.session.resolvePath(filePath) : undefined;
    throw startFailure(filePath, cwd, candidate !== undefined && isFile(candidate) ? 'Permission denied' : 'No such file or directory');
  }

  const opened: number[] = [];
  const open = (file: string | undefined, flags: string): number | undefined => {
    if (file === undefined) return undefined;
    const fd = fs.openSync(file, flags);
    opened.push(fd);
    return fd;
  };
  let child: ChildProcess;
  try {
    const interactive = ctx instanceof ProcessorContext ? ctx.engine.host.interactive : ctx.host.interactive;
    const stdio: StdioOptions = [open(files.input, 'r') ?? (interactive ? 'inherit' : 'ignore'), open(files.output, 'w') ?? 'inherit', open(files.error, 'w') ?? 'inherit'];
    child = spawn(program, splitCommandLine(commandLine), { cwd, env: environment(ctx), stdio });
  } finally {
    // The child has its own copies of the descriptors.
    for (const fd of opened) fs.closeSync(fd);
  }
  const failure = await spawned(child);
  if (failure) throw startFailure(fileName, cwd, errnoText(failure));
  // The shell does not wait for the program unless asked: it may exit while the program runs on.
  child.unref();
  const handle = ProcessHandle.fromChild(child, filePath, program);
  if (ctx.params.PassThru === true) await ctx.write(processObject(handle, stopSignalOf(ctx)));
  if (ctx.params.Wait === true) await handle.waitForExit(ctx.signal);
}

export const startProcessCommand: CommandDefinition = {
  name: 'Start-Process',
  // `start` is an alias only on Windows.
  aliases: ['saps'],
  module: 'Microsoft.PowerShell.Management',
  synopsis: 'Starts one or more processes on the local computer.',
  defaultParameterSet: 'Default',
  confirmImpact: 'Medium',
  outputType: [PROCESS_TYPE],
  parameters: [
    { name: 'FilePath', type: 'System.String', aliases: ['PSPath', 'Path'], position: 0, mandatory: true },
    { name: 'ArgumentList', type: 'System.String[]', aliases: ['Args'], position: 1 },
    { name: 'Credential', type: 'System.Management.Automation.PSCredential', aliases: ['RunAs'], parameterSets: ['Default'] },
    { name: 'WorkingDirectory', type: 'System.String' },
    { name: 'LoadUserProfile', type: 'switch', aliases: ['Lup'], parameterSets: ['Default'] },
    { name: 'NoNewWindow', type: 'switch', aliases: ['nnw'], parameterSets: ['Default'] },
    { name: 'PassThru', type: 'switch' },
    { name: 'RedirectStandardError', type: 'System.String', aliases: ['RSE'], parameterSets: ['Default'] },
    { name: 'RedirectStandardInput', type: 'System.String', aliases: ['RSI'], parameterSets: ['Default'] },
    { name: 'RedirectStandardOutput', type: 'System.String', aliases: ['RSO'], parameterSets: ['Default'] },
    { name: 'Verb', type: 'System.String', parameterSets: ['UseShellExecute'] },
    { name: 'WindowStyle', type: 'System.String', validateSet: ['Normal', 'Hidden', 'Minimized', 'Maximized'] },
    { name: 'Wait', type: 'switch' },
    { name: 'UseNewEnvironment', type: 'switch', parameterSets: ['Default'] },
    { name: 'Environment', type: 'System.Collections.Hashtable', parameterSets: ['Default'] },
  ],
  create() {
    return {
      process(ctx) {
        return startProcess(ctx);
      },
    };
  },
};
