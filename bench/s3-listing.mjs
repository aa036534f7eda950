// S3 listing benchmark: a bucket of many small objects in moto, listed three ways, each as a whole process:
//   awsps    `(Get-S3Object -BucketName b | Measure-Object).Count` through the built CLI (ListObjects V1 pages)
//   sdk      a node script paging ListObjects V1 with @aws-sdk/client-s3 and counting keys (the floor)
//   aws-cli  `aws s3api list-objects-v2 --bucket b --query 'length(Contents)'` (AWS CLI on PATH; JSON output, so
//            the query sees the merged pages)
// Runs are interleaved so that the shared machine's noise hits all sides alike; prints the medians, the
// ratios awsps/sdk and awsps/aws-cli, and the awsps run's peak RSS. Before that, while the bucket is filled,
// the awsps listing's peak RSS (/usr/bin/time) is measured at each of --steps sizes (default 10000,25000) and at
// the full size, to show that `Get-S3Object | Measure-Object` streams: memory stays flat as the bucket grows.
// Build first (npm run build).
// Usage: node bench/s3-listing.mjs [--objects N] [--runs N] [--steps N,N,...]
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { bin, median, numberOption as option, root } from './lib.mjs';

const argv = process.argv.slice(2);
const objects = option('--objects', 50000);
const runs = option('--runs', 3);
const bucket = 'bench-listing';
function stepsOption() {
  const at = argv.indexOf('--steps');
  const text = at < 0 ? '10000,25000' : argv[at + 1] ?? '';
  const steps = text.split(',').filter(Boolean).map(Number);
  if (steps.some((n) => !Number.isInteger(n) || n < 1)) throw new Error('--steps needs positive whole numbers separated by commas');
  return [...new Set([...steps.filter((n) => n < objects), objects])].sort((a, b) => a - b);
}
const steps = stepsOption();
/** The old-space cap of the flat-memory check, in MB (the SDK and the shell's code alone take about 25). */
const HEAP_CAP_MB = 48;

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'awsps-s3-bench-'));

/**
 * moto's server run from a small Python driver, so the bucket can be filled inside moto's own process (its S3
 * backend's put_object, about 8,000 objects/s) instead of one HTTP PUT at a time (about 100/s on a busy
 * 2-CPU machine, which would make a 50,000-object bucket take many minutes). Listing still goes over HTTP.
 */
const MOTO_DRIVER = `
import logging, sys
# One log line per request would fill the pipe while the benchmark is blocked in spawnSync, stalling moto.
logging.getLogger('werkzeug').setLevel(logging.ERROR)
from moto.server import ThreadedMotoServer
from moto.s3.models import s3_backends
from moto.core import DEFAULT_ACCOUNT_ID
server = ThreadedMotoServer(ip_address='127.0.0.1', port=0, verbose=False)
server.start()
print('port', server._server.server_port, flush=True)
for line in sys.stdin:
    cmd = line.split()
    if cmd and cmd[0] == 'fill':
        bucket, start, end = cmd[1], int(cmd[2]), int(cmd[3])
        backend = s3_backends[DEFAULT_ACCOUNT_ID]['aws']
        for i in range(start, end):
            backend.put_object(bucket, 'obj/%06d' % i, b'x')
        print('filled', end, flush=True)
server.stop()
`;

function startMoto() {
  // stderr is not read: the driver's output must never wait on this process (blocked in spawnSync while timing).
  const child = spawn('python3', ['-c', MOTO_DRIVER], { stdio: ['pipe', 'pipe', 'ignore'] });
  let seen = '';
  const waiters = [];
  const onData = (chunk) => {
    seen += chunk.toString();
    for (const w of [...waiters]) {
      const m = w.pattern.exec(seen);
      if (m) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(m);
      }
    }
  };
  child.stdout.on('data', onData);
  const waitFor = (pattern, ms) =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`moto driver: no ${pattern} in time:\n${seen}`)), ms);
      waiters.push({ pattern, resolve: (m) => (clearTimeout(timer), resolve(m)) });
      onData('');
    });
  child.on('exit', (code) => {
    for (const w of waiters) w.resolve(null);
    if (code !== 0 && code !== null) console.error(`moto driver exited (${code}):\n${seen}`);
  });
  return waitFor(/port (\d+)/, 30000).then((m) => ({
    endpoint: `http://127.0.0.1:${m[1]}`,
    /** Puts keys obj/<from>..obj/<to - 1> into the bucket, in moto's process. */
    fill: async (bucketName, from, to) => {
      child.stdin.write(`fill ${bucketName} ${from} ${to}\n`);
      await waitFor(new RegExp(`filled ${to}\\n`), 600000);
    },
    stop: () => {
      child.stdin.end();
      setTimeout(() => child.kill('SIGTERM'), 2000).unref();
    },
  }));
}

const moto = await startMoto();
// Testing keys, no profile files or instance metadata: every side resolves credentials the same cheap way.
const env = {
  ...process.env,
  AWS_ENDPOINT_URL: moto.endpoint,
  AWS_ACCESS_KEY_ID: 'testing',
  AWS_SECRET_ACCESS_KEY: 'testing',
  AWS_REGION: 'us-east-1',
  AWS_DEFAULT_REGION: 'us-east-1',
  AWS_EC2_METADATA_DISABLED: 'true',
  AWS_CONFIG_FILE: path.join(scratch, 'config'),
  AWS_SHARED_CREDENTIALS_FILE: path.join(scratch, 'credentials'),
  XDG_CACHE_HOME: path.join(scratch, 'cache'),
};

try {
  Object.assign(process.env, env);
  // The SDK's Node-version warning is noise here, as in bin/awsps.js.
  process.removeAllListeners('warning');
  const { S3Client, CreateBucketCommand } = await import('@aws-sdk/client-s3');
  const s3 = new S3Client({ endpoint: moto.endpoint, region: 'us-east-1', forcePathStyle: true });
  await s3.send(new CreateBucketCommand({ Bucket: bucket }));
  let filled = 0;
  /** Adds objects until the bucket holds `upTo`. */
  async function fill(upTo) {
    const fillStart = process.hrtime.bigint();
    await moto.fill(bucket, filled, upTo);
    const fillSeconds = Number(process.hrtime.bigint() - fillStart) / 1e9;
    console.log(`fill: ${filled} -> ${upTo} objects in ${fillSeconds.toFixed(1)} s (in moto's process)`);
    filled = upTo;
  }

  const timeBin = fs.existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
  const awspsArgs = [bin, '-NoProfile', '-Command', `(Get-S3Object -BucketName ${bucket} | Measure-Object).Count`];
  const memory = [];
  /** Peak RSS (KB) and wall time of the awsps listing, with extra node options (a heap cap). */
  function measureAwsps(size, nodeOptions) {
    const t0 = process.hrtime.bigint();
    const r = spawnSync(timeBin, ['-f', 'peak-rss-kb %M', process.execPath, ...nodeOptions, ...awspsArgs], { encoding: 'utf8', env, maxBuffer: 1 << 26 });
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    if (r.status !== 0 || r.stdout.trim() !== String(size)) throw new Error(`awsps ${nodeOptions.join(' ')} at ${size} objects failed (${r.status}): ${r.stdout}${r.stderr}`);
    return { kb: Number(/peak-rss-kb (\d+)/.exec(r.stderr)?.[1] ?? NaN), ms };
  }
  for (const size of steps) {
    await fill(size);
    if (!timeBin) continue;
    // Default V8 settings let the heap grow lazily; a capped old space that still completes shows the live set
    // stays under the cap whatever the bucket size (nothing is retained per object).
    const free = measureAwsps(size, []);
    const capped = measureAwsps(size, [`--max-old-space-size=${HEAP_CAP_MB}`]);
    memory.push({ size, kb: free.kb });
    console.log(
      `memory: awsps Get-S3Object | Measure-Object at ${size} objects: peak RSS ${(free.kb / 1024).toFixed(0)} MB (${free.ms.toFixed(0)} ms); ` +
        `with --max-old-space-size=${HEAP_CAP_MB}: completes, peak RSS ${(capped.kb / 1024).toFixed(0)} MB (${capped.ms.toFixed(0)} ms)`,
    );
  }
  if (memory.length > 1) {
    const growth = memory[memory.length - 1].kb / memory[0].kb;
    console.log(`memory: peak RSS ${memory[memory.length - 1].size}/${memory[0].size} objects = ${growth.toFixed(2)}x for ${(memory[memory.length - 1].size / memory[0].size).toFixed(1)}x the objects`);
  }
  s3.destroy();

  const sdkScript = path.join(scratch, 'sdk-list.mjs');
  fs.writeFileSync(
    sdkScript,
    [
      `import { createRequire } from 'node:module';`,
      `const { S3Client, ListObjectsCommand } = createRequire(${JSON.stringify(path.join(root, 'package.json'))})('@aws-sdk/client-s3');`,
      `const s3 = new S3Client({ forcePathStyle: true });`,
      `let count = 0, marker;`,
      `for (;;) {`,
      `  const r = await s3.send(new ListObjectsCommand({ Bucket: ${JSON.stringify(bucket)}, Marker: marker }));`,
      `  const page = r.Contents ?? [];`,
      `  count += page.length;`,
      `  if (!r.IsTruncated) break;`,
      `  marker = r.NextMarker ?? page[page.length - 1].Key;`,
      `}`,
      `console.log(count);`,
      `s3.destroy();`,
    ].join('\n'),
  );

  const cases = [
    { name: 'awsps', command: process.execPath, args: awspsArgs, rss: [] },
    { name: 'sdk', command: process.execPath, args: [sdkScript], rss: [] },
    { name: 'aws-cli', command: 'aws', args: ['s3api', 'list-objects-v2', '--bucket', bucket, '--query', 'length(Contents)', '--output', 'json'], rss: [] },
  ];
  for (const c of cases) c.times = [];

  for (let i = 0; i < runs; i++) {
    for (const c of cases) {
      const [command, args] = timeBin ? [timeBin, ['-f', 'peak-rss-kb %M', c.command, ...c.args]] : [c.command, c.args];
      const t0 = process.hrtime.bigint();
      const r = spawnSync(command, args, { encoding: 'utf8', env, maxBuffer: 1 << 26 });
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      if (r.status !== 0) throw new Error(`${c.name} failed (${r.status}):\n${r.stderr}`);
      if (r.stdout.trim() !== String(objects)) throw new Error(`${c.name} counted ${JSON.stringify(r.stdout.trim())}, expected ${objects}`);
      const rss = /peak-rss-kb (\d+)/.exec(r.stderr);
      if (rss) c.rss.push(Number(rss[1]));
      c.times.push(ms);
    }
  }

  const med = Object.fromEntries(cases.map((c) => [c.name, median(c.times)]));
  for (const c of cases) {
    const rss = c.rss.length > 0 ? `, peak RSS ${(Math.max(...c.rss) / 1024).toFixed(0)} MB` : '';
    console.log(`${c.name}: median ${med[c.name].toFixed(0)} ms of ${runs} (${c.times.map((t) => t.toFixed(0)).join(', ')})${rss}`);
  }
  console.log(`ratio awsps/sdk ${(med.awsps / med.sdk).toFixed(2)}, awsps/aws-cli ${(med.awsps / med['aws-cli']).toFixed(2)}`);
} finally {
  moto.stop();
  fs.rmSync(scratch, { recursive: true, force: true });
}
