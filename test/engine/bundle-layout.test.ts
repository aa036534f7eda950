// The engine must live in dist/cli.cjs itself. esbuild moves a module reachable from both the CLI and a
// dynamic import() into a shared chunk, and after the CommonJS conversion every call into such a chunk
// goes through two export getters (one a keyed, megamorphic lookup): when the evaluator's operators and
// conversions landed in one (a dynamic import of a module the CLI already loads statically), the
// 1..1000000 | Where-Object pipeline ran at half its speed. A dynamic import() must only load code the
// start-up does not.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';

/** Start-up code whose speed matters on every pipeline object. */
const CORE = /^(src\/(engine|pipeline|binding|objects|format)|cmdlets\/core)\//;

function chunkSources(): Map<string, string[]> {
  const dist = path.join(ROOT, 'dist');
  const result = new Map<string, string[]>();
  for (const file of fs.readdirSync(dist).filter((f) => f.startsWith('chunk-') && f.endsWith('.cjs.map'))) {
    const map = JSON.parse(fs.readFileSync(path.join(dist, file), 'utf8')) as { sources: string[] };
    result.set(file.replace(/\.map$/, ''), map.sources.map((s) => path.relative(ROOT, path.resolve(dist, s)).split(path.sep).join('/')));
  }
  return result;
}

describe('the built bundle', () => {
  it('keeps the engine, pipeline, binder, values, formatting and core cmdlets out of shared chunks', () => {
    const misplaced: string[] = [];
    for (const [chunk, sources] of chunkSources()) for (const s of sources) if (CORE.test(s)) misplaced.push(`${chunk}: ${s}`);
    expect(misplaced).toEqual([]);
  });
});
