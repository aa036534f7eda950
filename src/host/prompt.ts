// The prompt: the user's `prompt` function when the profile defines one (as in pwsh), else
// `PS /current/dir> `; `>> ` while the input is incomplete.

import type { Engine } from '../engine/engine.js';
import { CollectingSink } from '../engine/context.js';
import { toStr } from '../engine/conversions.js';
import { ansi } from './color.js';

export const CONTINUATION_PROMPT = '>> ';

export function defaultPrompt(cwd: string, color: boolean): string {
  const text = `PS ${cwd}>`;
  return `${color ? ansi.green(text) : text} `;
}

export async function promptText(engine: Engine, color: boolean): Promise<string> {
  if (!engine.global.lookupFunction('prompt')) return defaultPrompt(engine.cwd, color);
  // Running the prompt function must not change $? for the user's next command.
  const lastSuccess = engine.lastSuccess;
  const sink = new CollectingSink();
  try {
    await engine.run('prompt', { sink });
  } finally {
    engine.lastSuccess = lastSuccess;
  }
  const text = sink.items.map((v) => toStr(v ?? null)).join('');
  // pwsh falls back to "PS>" when the function outputs nothing.
  return text === '' ? 'PS>' : text;
}
