// The background operator (`pipeline &`): the parser turns it into Start-Job with the pipeline's text; here, as
// pwsh's compiler does, every variable of the pipeline that exists in the caller becomes a $using: reference
// (${using:name}), so the job sees the caller's values. Variables the caller does not have (those the pipeline's
// own script blocks assign, $_ ...) stay as they are. pwsh also prepends Set-Location $using:pwd: a job here runs
// in this process and shares its current location already.

import { parseScript } from '../../../grammar/parser.js';
import type { Scope } from '../../../src/engine/scope.js';

/** pwsh's list of automatic variables that are never passed by $using:. */
const NEVER_USING = /^(global:)?(PID|PSVersionTable|PSEdition|PSHOME|HOST|TRUE|FALSE|NULL)$/i;

interface VariableNode {
  name: string;
  start: number;
  end: number;
}

function variablesIn(node: unknown, found: VariableNode[]): void {
  if (Array.isArray(node)) {
    for (const n of node) variablesIn(n, found);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  const rec = node as Record<string, unknown>;
  if (rec.kind === 'Variable' && typeof rec.name === 'string' && (rec.scope === undefined || String(rec.scope).toLowerCase() === 'global') && rec.splat !== true) {
    const ext = rec.ext as { start: number; end: number };
    found.push({ name: rec.scope ? `global:${rec.name}` : rec.name, start: ext.start, end: ext.end });
    return;
  }
  for (const [k, v] of Object.entries(rec)) if (k !== 'ext' && v !== null && typeof v === 'object') variablesIn(v, found);
}

/** The pipeline's text with the caller's variables made $using: references. */
export function backgroundScriptText(pipelineText: string, callerScope: Scope): string {
  const found: VariableNode[] = [];
  variablesIn(parseScript(pipelineText), found);
  found.sort((a, b) => a.start - b.start);
  let out = '';
  let position = 0;
  for (const v of found) {
    const bare = v.name.replace(/^global:/i, '');
    if (NEVER_USING.test(v.name) || callerScope.lookup(bare.toLowerCase()) === undefined || v.start < position) continue;
    out += pipelineText.slice(position, v.start) + '${using:' + bare.replace(/[{}`]/g, (c) => '`' + c) + '}';
    position = v.end;
  }
  return out + pipelineText.slice(position);
}
