// Benchmarks, each measured beside its floor in the same run (these machines are shared and noisy, so
// the ratio is what to read). Usage: npm run bench   (builds first with npm run build)
import { spawnSync } from 'node:child_process';
import { build } from 'esbuild';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = path.join(root, 'bin', 'awsps.js');

function timeRun(args, runs) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    const r = spawnSync(process.execPath, args, { encoding: 'utf8' });
    const t1 = process.hrtime.bigint();
    if (r.status !== 0) throw new Error(`${args.join(' ')} failed: ${r.stderr}`);
    times.push(Number(t1 - t0) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

function report(name, ours, floor, unit, note) {
  console.log(`${name}: awsps ${ours.toFixed(1)} ${unit}, floor ${floor.toFixed(1)} ${unit}, ratio ${(ours / floor).toFixed(2)}${note ? ` (${note})` : ''}`);
}

// 1. Start-up: awsps -NoProfile -Command '1' vs node -e 1.
const floorStart = timeRun(['-e', '1'], 21);
const ourStart = timeRun([bin, '-NoProfile', '-Command', '1'], 21);
report('startup (median ms)', ourStart, floorStart, 'ms', 'goal: ratio <= 2');

// 2. Pipeline throughput: 1,000,000 objects through a Where-Object script block, vs a plain JS loop.
const script = '1..1000000 | Where-Object { $_ % 3 -eq 0 } | Measure-Object | ForEach-Object Count';
const pipeTotal = timeRun([bin, '-NoProfile', '-Command', script], 5);
const pipeMs = Math.max(1, pipeTotal - ourStart);
const jsLoop = timeRun(['-e', 'let c=0; const a=[]; for (let i=1;i<=1000000;i++) a.push(i); for (const x of a) { if (x % 3 === 0) c++; } console.log(c)'], 5) - floorStart;
const rate = 1e6 / (pipeMs / 1000);
report('pipeline 1e6 objects (ms, start-up subtracted)', pipeMs, Math.max(1, jsLoop), 'ms', `${Math.round(rate).toLocaleString('en-US')} objects/s; goal >= 1,000,000 objects/s`);

// 3. Parsing a 10,000-line script vs JSON.parse of a file of the same size.
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
parseScript(text); // warm-up (builds the grammar)
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
parseTimes.sort((a, b) => a - b);
jsonTimes.sort((a, b) => a - b);
report(`parse 10,000 lines (${(text.length / 1024).toFixed(0)} KiB, median ms)`, parseTimes[3], jsonTimes[3], 'ms', 'goal: < 1000 ms; floor is JSON.parse of the same size');
