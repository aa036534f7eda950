// Native programs as commands: found on PATH (or by path), arguments passed as PowerShell passes them,
// stdout lines streamed into the pipeline as strings, pipeline input sent to stdin, $LASTEXITCODE set.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import type { CommandDefinition } from '../pipeline/types.js';
import { toStr } from './conversions.js';
import { ProcessorContext } from '../pipeline/processor.js';
import type { Engine } from './engine.js';
import { RuntimeError, makeErrorRecord } from './errors.js';

function isExecutableFile(p: string): boolean {
  try {
    const st = fs.statSync(p);
    if (!st.isFile()) return false;
    fs.accessSync(p, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Finds a program: a path (absolute or relative to the current location) or a name on PATH. */
export function findExecutable(name: string, cwd: string): string | undefined {
  if (!name) return undefined;
  if (name.includes('/') || name.includes('\\')) {
    const full = path.resolve(cwd, name.replace(/^~(?=\/)/, process.env.HOME ?? '~'));
    return isExecutableFile(full) ? full : undefined;
  }
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue;
    const full = path.join(dir, name);
    if (isExecutableFile(full)) return full;
  }
  return undefined;
}

/** PowerShell passes each argument as one string; arrays become several arguments. */
function nativeArguments(values: unknown[]): string[] {
  const out: string[] = [];
  for (const v of values) {
    if (Array.isArray(v)) out.push(...nativeArguments(v));
    else out.push(toStr(v ?? ''));
  }
  return out;
}

export function nativeCommand(exe: string, name: string, engine: Engine): CommandDefinition & { native: true } {
  return {
    name,
    native: true,
    acceptsAnyInput: true,
    parameters: [{ name: '__args', type: 'System.Object[]', valueFromRemainingArguments: true, hidden: true }],
    create() {
      const input: string[] = [];
      let gotInput = false;
      return {
        process(_ctx, item, hasInput) {
          if (hasInput) {
            gotInput = true;
            input.push(toStr(item));
          }
        },
        end(ctx) {
          if (!(ctx instanceof ProcessorContext)) return;
          const args = nativeArguments((ctx.params['__args'] as unknown[] | undefined) ?? []);
          const toTerminal = ctx.exec.sink === engine.topLevelSink && engine.host.interactive;
          return new Promise<void>((resolve, reject) => {
            const child = spawn(exe, args, {
              cwd: engine.cwd,
              stdio: [gotInput ? 'pipe' : engine.host.interactive ? 'inherit' : 'ignore', toTerminal ? 'inherit' : 'pipe', 'inherit'],
              signal: ctx.signal,
            });
            let pending: Promise<void> = Promise.resolve();
            if (child.stdout) {
              const rl = createInterface({ input: child.stdout, crlfDelay: Infinity });
              rl.on('line', (line) => {
                pending = pending.then(() => ctx.write(line));
              });
            }
            if (gotInput && child.stdin) {
              child.stdin.on('error', () => undefined);
              child.stdin.end(input.join('\n') + '\n');
            }
            child.on('error', (err) => {
              reject(new RuntimeError(makeErrorRecord(`An error occurred trying to start process '${exe}': ${err.message}`, { id: 'NativeCommandFailed', category: 'ResourceUnavailable' })));
            });
            child.on('close', (code) => {
              pending.then(() => {
                engine.global.variables.set('lastexitcode', { name: 'LASTEXITCODE', value: code ?? 1 });
                engine.lastSuccess = code === 0;
                resolve();
              }, reject);
            });
          });
        },
      };
    },
  };
}
