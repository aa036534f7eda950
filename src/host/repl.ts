// The interactive loop: `PS /dir> ` prompt, `>> ` while the input is incomplete, Ctrl-C cancels the
// line, Ctrl-D or `exit` leaves.

import * as fs from 'node:fs';
import { createInterface } from 'node:readline';
import { ParseError } from '../../grammar/errors.js';
import { parseScript } from '../../grammar/parser.js';
import type { Engine } from '../engine/engine.js';
import type { OutputSink } from '../engine/context.js';
import type { ConsoleHost } from './console-host.js';

function isIncomplete(text: string): boolean {
  try {
    parseScript(text);
    return false;
  } catch (e) {
    return e instanceof ParseError && e.incomplete;
  }
}

export async function runRepl(engine: Engine, host: ConsoleHost, options: { sink: OutputSink; flush: () => void; noProfile: boolean }): Promise<number> {
  const profile = engine.readVariable(engine.global, 'PROFILE');
  if (!options.noProfile && typeof profile === 'string' && fs.existsSync(profile)) {
    await engine.run(fs.readFileSync(profile, 'utf8'), { sink: options.sink, onStatementEnd: options.flush });
  }
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true, historySize: 1000 });
  let buffer = '';
  const prompt = () => {
    rl.setPrompt(buffer ? '>> ' : `PS ${engine.cwd}> `);
    rl.prompt();
  };
  return new Promise<number>((resolve) => {
    let busy = false;
    rl.on('SIGINT', () => {
      if (busy) return;
      buffer = '';
      process.stdout.write('\n');
      prompt();
    });
    rl.on('close', () => resolve(0));
    rl.on('line', async (line) => {
      buffer = buffer ? `${buffer}\n${line}` : line;
      if (isIncomplete(buffer)) {
        prompt();
        return;
      }
      const text = buffer;
      buffer = '';
      busy = true;
      rl.pause();
      const r = await engine.run(text, { sink: options.sink, onStatementEnd: options.flush });
      options.flush();
      busy = false;
      if (r.exited) {
        rl.close();
        resolve(r.exitCode);
        return;
      }
      rl.resume();
      prompt();
    });
    prompt();
  });
}
