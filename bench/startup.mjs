// Start-up benchmark: `awsps -NoProfile -Command 1` against `node -e 1`. The runs are interleaved so that
// the shared machine's noise hits both sides alike; the ratio of the medians is the number to read
// (goal: <= 2). Build first (npm run build): this measures dist/ as it is.
// Usage: node bench/startup.mjs [--runs N] [--cold]
//   --cold  also measures a start without the code cache (AWSPS_NO_CODE_CACHE=1) and a first start
//           (empty cache folder: compiles, then writes the cache).
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = path.join(root, 'bin', 'awsps.js');

const argv = process.argv.slice(2);
const runsAt = argv.indexOf('--runs');
const runs = runsAt >= 0 ? Number(argv[runsAt + 1]) : 21;
const withCold = argv.includes('--cold');
if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs needs a positive whole number');

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'awsps-bench-'));
// A cache of our own, warmed below, so that the numbers don't depend on the user's cache folder.
const warmCache = path.join(scratch, 'warm');
let freshCaches = 0;

const awsps = [bin, '-NoProfile', '-Command', '1'];
const cases = [
  { name: 'node -e 1', args: ['-e', '1'], env: () => ({}), stdout: '' },
  { name: 'awsps -NoProfile -Command 1', args: awsps, env: () => ({ XDG_CACHE_HOME: warmCache }), stdout: '1\n' },
];
if (withCold) {
  cases.push({ name: 'awsps, no code cache', args: awsps, env: () => ({ AWSPS_NO_CODE_CACHE: '1' }), stdout: '1\n' });
  cases.push({ name: 'awsps, first run', args: awsps, env: () => ({ XDG_CACHE_HOME: path.join(scratch, `fresh-${freshCaches++}`) }), stdout: '1\n' });
}

/** Runs node once and returns the wall time in ms; a failing run, or one printing anything unexpected, is an error. */
function timeOnce(c) {
  const env = { ...process.env, ...c.env() };
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, c.args, { encoding: 'utf8', env });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0 || r.stdout !== c.stdout || r.stderr !== '') {
    throw new Error(`node ${c.args.join(' ')} exited ${r.status}, printed ${JSON.stringify(r.stdout)} / ${JSON.stringify(r.stderr)}`);
  }
  return ms;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

try {
  // Warm-up: the OS file cache, and awsps's code cache as every start after the first finds it.
  for (const c of cases) for (let i = 0; i < 2; i++) timeOnce(c);
  const times = cases.map(() => []);
  for (let i = 0; i < runs; i++) cases.forEach((c, k) => times[k].push(timeOnce(c)));

  const floor = median(times[0]);
  cases.forEach((c, k) => {
    const m = median(times[k]);
    console.log(`${c.name.padEnd(30)} median ${m.toFixed(1).padStart(6)} ms${k === 0 ? '' : `  ratio ${(m / floor).toFixed(2)}`}`);
  });
  console.log(`(${runs} interleaved runs each; goal: ratio <= 2)`);
} finally {
  fs.rmSync(scratch, { recursive: true, force: true });
}
