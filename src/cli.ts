// awsps command line, shaped like pwsh's: -Command, -File (or a .ps1 path), -NoProfile, -NonInteractive.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { Engine } from './engine/engine.js';
import { ConsoleHost, hostStreams } from './host/console-host.js';
import { HostOutput } from './host/output.js';
import { SessionHistory } from './host/session-history.js';
import { historyCommands } from './host/history-commands.js';
import { profileCommand, profilePath } from './host/profile-script.js';
import { registerCoreCommands } from '../cmdlets/core/index.js';
import { runRepl } from './host/repl.js';
import { stopAllJobs } from '../cmdlets/core/jobs/index.js';
import { runStdinCommands } from './host/stdin-commands.js';
import { PS_VERSION } from './engine/automatic-variables.js';

interface CliOptions {
  command?: string;
  file?: string;
  args: string[];
  noProfile: boolean;
  nonInteractive: boolean;
  local: boolean;
  help: boolean;
  version: boolean;
}

const USAGE = `Usage: awsps [--local] [-NoProfile] [-NonInteractive] [-Command <script> | -File <file.ps1> [args] | <file.ps1> [args]]

  -Command, -c <text>     Runs the script text and exits ('-' reads it from standard input).
  -File, -f <path>        Runs a script file; the remaining arguments are its parameters.
  -NoProfile, -nop        Does not load the profile script.
  -NonInteractive, -noni  Never prompts: a missing mandatory parameter is an error.
  --local                 Sends every AWS call to a local emulator with a throw-away identity: the one
                          in AWS_ENDPOINT_URL if set, else moto_server (pip install "moto[server]"),
                          started for the session. Your ~/.aws files are not used.
  -Version, -v            Prints the version.
  -Help, -h, -?           Prints this text.
`;

class UsageError extends Error {}

export function parseArgs(argv: string[]): CliOptions {
  const o: CliOptions = { args: [], noProfile: false, nonInteractive: false, local: false, help: false, version: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const lower = a.toLowerCase();
    if (o.file !== undefined) {
      o.args.push(a);
      continue;
    }
    if (lower === '-command' || lower === '-c' || lower === '--command') {
      if (i + 1 >= argv.length) throw new UsageError("Missing the argument for '-Command'. Specify the script text to run.");
      o.command = argv.slice(i + 1).join(' ');
      break;
    }
    if (lower === '-file' || lower === '-f' || lower === '--file') {
      if (i + 1 >= argv.length) throw new UsageError("Missing the argument for '-File'. Specify the path of a .ps1 file.");
      o.file = argv[++i];
      continue;
    }
    if (lower === '-noprofile' || lower === '-nop' || lower === '--noprofile') o.noProfile = true;
    else if (lower === '-noninteractive' || lower === '-noni' || lower === '--noninteractive') o.nonInteractive = true;
    else if (lower === '--local' || lower === '-local') o.local = true;
    else if (lower === '-help' || lower === '-h' || lower === '-?' || lower === '--help') o.help = true;
    else if (lower === '-version' || lower === '-v' || lower === '--version') o.version = true;
    else if (lower === '-nologo' || lower === '-nol') continue;
    else if (!a.startsWith('-')) o.file = a;
    else throw new UsageError(`The argument '${a}' is not recognized as the name of a command-line parameter. Run 'awsps -Help' for the list.`);
  }
  return o;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export async function main(argv: string[]): Promise<number> {
  let options: CliOptions;
  try {
    options = parseArgs(argv);
  } catch (e) {
    process.stderr.write(`awsps: ${(e as Error).message}\n${USAGE}`);
    return 64;
  }
  if (options.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  if (options.version) {
    process.stdout.write(`awsps ${PS_VERSION}\n`);
    return 0;
  }
  if (options.local) {
    // Loaded only here: the emulator code is not part of a normal start.
    const { enterLocalMode } = await import('./local/local-mode.js');
    try {
      await enterLocalMode();
    } catch (e) {
      process.stderr.write(`awsps: ${e instanceof Error ? e.message : String(e)}\n`);
      return 1;
    }
  }
  const interactiveInput = process.stdin.isTTY === true && !options.nonInteractive;
  const host = new ConsoleHost(interactiveInput);
  let output: HostOutput | undefined;
  const flush = () => output?.flush();
  const engine = new Engine(host, hostStreams(host, flush, () => output?.isStopped === true));
  output = new HostOutput(host, () => Number(engine.readVariable(engine.global, 'FormatEnumerationLimit') ?? 4));
  const sink = output.sink;
  engine.topLevelSink = sink;
  registerCoreCommands(engine);
  const history = new SessionHistory();
  engine.registerCommands(historyCommands(history));
  const profile = profilePath();
  engine.setVariable(engine.global, 'PROFILE', profile);
  const profileScript = options.noProfile ? undefined : profileCommand(profile);
  if (profileScript !== undefined && (options.command !== undefined || options.file !== undefined || !process.stdin.isTTY)) {
    await engine.run(profileScript, { sink, onStatementEnd: flush });
    flush();
    host.resetProgress();
  }

  try {
    if (options.command !== undefined) {
      const text = options.command === '-' ? await readStdin() : options.command;
      // Like a script file, the command is one pipeline to Out-Default: its statements share the formatting.
      const r = await engine.run(text, { sink });
      flush();
      host.resetProgress();
      return r.exitCode;
    }
    if (options.file !== undefined) {
      const full = path.resolve(options.file);
      if (!fs.existsSync(full)) {
        process.stderr.write(`The argument '${options.file}' is not recognized as the name of a script file. Check the spelling of the name, or if a path was included, verify that the path is correct and try again.\n`);
        return 64;
      }
      const text = fs.readFileSync(full, 'utf8');
      const r = await engine.run(text, { file: full, args: options.args, sink });
      flush();
      host.resetProgress();
      return r.exitCode;
    }
    if (!process.stdin.isTTY) {
      // Commands piped in run line by line as they arrive, as pwsh does.
      return await runStdinCommands(engine, host, { input: process.stdin, sink, flush, history });
    }
    return await runRepl(engine, host, {
      output,
      history,
      profile: profileScript === undefined ? undefined : async (runner) => void (await runner.run(profileScript)),
    });
  } finally {
    // Jobs still running end with the session, as pwsh stops them when it exits.
    stopAllJobs(engine);
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`awsps: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  },
);
