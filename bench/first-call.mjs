// First-call benchmark: a fresh `awsps -Command 'Get-EC2Region'` (start-up, finding the generated cmdlet,
// loading the EC2 client, one DescribeRegions call to moto, formatting) against a minimal Node script making
// the same call with the SDK directly (the floor: what any Node tool pays). Interleaved runs, medians, ratio.
// Build first (npm run build). Usage: node bench/first-call.mjs [--runs N]
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { bin, median, root, startMoto } from './lib.mjs';

const argv = process.argv.slice(2);
const runsAt = argv.indexOf('--runs');
const runs = runsAt >= 0 ? Number(argv[runsAt + 1]) : 11;

const scratch = fs.mkdtempSync(path.join(root, 'node_modules', '.cache', 'awsps-first-call-'));
const sdkScript = path.join(scratch, 'describe-regions.mjs');
// The floor: import the client, one call, print the region names (awsps prints a table of them).
fs.writeFileSync(
  sdkScript,
  [
    "process.removeAllListeners('warning');",
    "const { EC2Client, DescribeRegionsCommand } = await import('@aws-sdk/client-ec2');",
    'const client = new EC2Client({});',
    'const r = await client.send(new DescribeRegionsCommand({}));',
    "console.log(r.Regions.map((x) => x.RegionName).join('\\n'));",
  ].join('\n'),
);

const moto = await startMoto();
const env = {
  ...process.env,
  AWS_ENDPOINT_URL: moto.endpoint,
  AWS_ACCESS_KEY_ID: 'testing',
  AWS_SECRET_ACCESS_KEY: 'testing',
  AWS_REGION: 'us-east-1',
  XDG_CACHE_HOME: path.join(scratch, 'cache'),
  NODE_NO_WARNINGS: '1',
};
const cases = [
  { name: 'node + SDK, DescribeRegions', args: [sdkScript], expect: /us-east-1/ },
  { name: "awsps -Command 'Get-EC2Region'", args: [bin, '-NoProfile', '-Command', 'Get-EC2Region'], expect: /us-east-1/ },
];

function timeOnce(c) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, c.args, { encoding: 'utf8', env, cwd: scratch });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0 || !c.expect.test(r.stdout) || r.stderr !== '') throw new Error(`${c.name} failed (${r.status}): ${r.stdout.slice(0, 200)} ${r.stderr}`);
  return ms;
}

try {
  for (const c of cases) for (let i = 0; i < 2; i++) timeOnce(c);
  const times = cases.map(() => []);
  for (let i = 0; i < runs; i++) cases.forEach((c, k) => times[k].push(timeOnce(c)));
  const floor = median(times[0]);
  const ours = median(times[1]);
  console.log(`first Get-EC2Region in a fresh shell: awsps ${ours.toFixed(0)} ms, node + SDK ${floor.toFixed(0)} ms, ratio ${(ours / floor).toFixed(2)} (${runs} interleaved runs, medians)`);
} finally {
  moto.stop();
  fs.rmSync(scratch, { recursive: true, force: true });
}
