// Shared helpers for the benchmarks: run a command several times and take the median wall time.
import { spawn, spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const bin = path.join(root, 'bin', 'awsps.js');

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Median wall time in ms of `node ...args`, checking that it succeeds. */
export function timeNode(args, runs) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    const r = spawnSync(process.execPath, args, { encoding: 'utf8' });
    const t1 = process.hrtime.bigint();
    if (r.status !== 0) throw new Error(`node ${args.join(' ')} failed: ${r.stderr}`);
    times.push(Number(t1 - t0) / 1e6);
  }
  return median(times);
}

export function report(name, ours, floor, unit, note) {
  console.log(`${name}: awsps ${ours.toFixed(1)} ${unit}, floor ${floor.toFixed(1)} ${unit}, ratio ${(ours / floor).toFixed(2)}${note ? ` (${note})` : ''}`);
}

/** Starts moto_server on a free port (port 0) and resolves with its endpoint once it logs "Running on". */
export function startMoto() {
  const child = spawn('moto_server', ['-H', '127.0.0.1', '-p', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`moto_server did not start:\n${seen}`)), 30000);
    const onData = (chunk) => {
      seen += chunk.toString();
      const m = /Running on (http:\/\/127\.0\.0\.1:\d+)/.exec(seen);
      if (m) {
        clearTimeout(timer);
        resolve({ endpoint: m[1], stop: () => child.kill('SIGTERM') });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('error', reject);
    child.on('exit', (code) => reject(new Error(`moto_server exited (${code}):\n${seen}`)));
  });
}

/** A positive whole-number command-line option (`--runs 3`), or the fallback when it is absent. */
export function numberOption(name, fallback, argv = process.argv.slice(2)) {
  const at = argv.indexOf(name);
  if (at < 0) return fallback;
  const n = Number(argv[at + 1]);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} needs a positive whole number`);
  return n;
}
