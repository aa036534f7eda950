// Parsing: a generated 10,000-line script, against JSON.parse of a document of the same size (the floor).
// Usage: node bench/parse.mjs
import { build } from 'esbuild';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { median, report, root } from './lib.mjs';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'awsps-bench-'));
const entry = path.join(dir, 'parse.mjs');
await build({ entryPoints: [path.join(root, 'grammar', 'parser.ts')], bundle: true, platform: 'node', format: 'esm', outfile: entry, logLevel: 'warning' });
const { parseScript } = await import(entry);

const lines = [];
for (let i = 0; i < 10000; i++) {
  const k = i % 5;
  if (k === 0) lines.push(`$x${i} = Get-S3Object -BucketName "bucket-${i}" -Key 'a/b' | Where-Object { $_.Size -gt ${i} }`);
  else if (k === 1) lines.push(`if ($x${i - 1}.Count -ge 2) { Write-Output "many $($x${i - 1}.Count)" } else { 'few' }`);
  else if (k === 2) lines.push(`$h${i} = @{ Name = 'n${i}'; Values = @(1, 2, 3); Nested = @{ A = $true } }`);
  else if (k === 3) lines.push(`foreach ($item in 1..10) { $total += $item * ${i} }`);
  else lines.push(`function Get-Thing${i} { param([string]$Name, [int]$Count = ${i}) "$Name x $Count" }`);
}
const text = lines.join('\n');
const json = JSON.stringify(lines.map((l, i) => ({ line: i, text: l })));
const cold0 = performance.now();
parseScript(text); // the first parse also builds the grammar
const cold = performance.now() - cold0;
const parseTimes = [];
const jsonTimes = [];
for (let i = 0; i < 7; i++) {
  let t0 = performance.now();
  parseScript(text);
  parseTimes.push(performance.now() - t0);
  t0 = performance.now();
  JSON.parse(json);
  jsonTimes.push(performance.now() - t0);
}
report(`parse 10,000 lines, ${(text.length / 1024).toFixed(0)} KiB (median ms)`, median(parseTimes), median(jsonTimes), 'ms', `first parse incl. grammar set-up ${cold.toFixed(0)} ms; goal < 1000 ms`);
