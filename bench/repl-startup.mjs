// REPL start-up benchmark: time from launching `awsps -NoProfile` in a pseudo-terminal to its first
// prompt on screen, against `node -e 1` launched the same way (both through util-linux `script`, which
// gives the child a terminal), interleaved so the shared machine's noise hits both alike. The ratio of
// the medians is the number to read (goal: <= 2). Build first (npm run build).
// Usage: node bench/repl-startup.mjs [--runs N]
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = path.join(root, 'bin', 'awsps.js');
const argv = process.argv.slice(2);
const runsAt = argv.indexOf('--runs');
const runs = runsAt >= 0 ? Number(argv[runsAt + 1]) : 21;
if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs needs a positive whole number');

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'awsps-repl-bench-'));
// Private history, profile and code-cache folders, so the user's files play no part.
const env = { ...process.env, XDG_DATA_HOME: scratch, XDG_CONFIG_HOME: scratch, XDG_CACHE_HOME: path.join(scratch, 'cache'), NO_COLOR: '1' };
const quote = (a) => `'${a.replace(/'/g, `'\\''`)}'`;

/** Runs the command under `script` and resolves with the ms until `done(output)` holds (then kills it) or it exits. */
function timeOnce(args, done) {
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    const child = spawn('script', ['-qfec', [process.execPath, ...args].map(quote).join(' '), '/dev/null'], { env, stdio: ['pipe', 'pipe', 'inherit'] });
    let out = '';
    let finished = false;
    const finish = () => {
      if (finished) return;
      finished = true;
      resolve(Number(process.hrtime.bigint() - t0) / 1e6);
    };
    child.stdout.on('data', (d) => {
      out += d;
      if (done && done(out)) {
        finish();
        child.kill('SIGKILL');
      }
    });
    child.on('exit', (code) => {
      if (done && !finished) reject(new Error(`exited ${code} before the prompt; printed ${JSON.stringify(out)}`));
      finish();
    });
  });
}

const median = (v) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)];
const cases = [
  { name: 'node -e 1', args: ['-e', '1'], done: undefined },
  { name: 'awsps -NoProfile (to first prompt)', args: [bin, '-NoProfile'], done: (out) => /PS [^\n]*> /.test(out) },
];
try {
  // awsps writes its code cache when it exits normally; the measured runs are killed at the prompt, so a
  // normal run fills the cache first (every start after the first finds it).
  await timeOnce([bin, '-NoProfile', '-Command', '1']);
  for (const c of cases) for (let i = 0; i < 2; i++) await timeOnce(c.args, c.done);
  const times = cases.map(() => []);
  for (let i = 0; i < runs; i++) for (const [k, c] of cases.entries()) times[k].push(await timeOnce(c.args, c.done));
  const floor = median(times[0]);
  for (const [k, c] of cases.entries()) console.log(`${c.name.padEnd(36)} median ${median(times[k]).toFixed(1)} ms`);
  console.log(`ratio ${(median(times[1]) / floor).toFixed(2)} (goal <= 2), ${runs} interleaved runs`);
} finally {
  fs.rmSync(scratch, { recursive: true, force: true });
}
