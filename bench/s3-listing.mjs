// S3 listing benchmark: a bucket of many small objects in moto, listed three ways, each as a whole process:
//   awsps    `(Get-S3Object -BucketName b | Measure-Object).Count` through the built CLI (ListObjects V1 pages)
//   sdk      a node script paging ListObjects V1 with @aws-sdk/client-s3 and counting keys (the floor)
//   aws-cli  `aws s3api list-objects-v2 --bucket b --query 'length(Contents)'` (AWS CLI on PATH; JSON output, so
//            the query sees the merged pages)
// Runs are interleaved so that the shared machine's noise hits all sides alike; prints the medians, the
// ratios awsps/sdk and awsps/aws-cli, and the awsps run's peak RSS. Build first (npm run build).
// Usage: node bench/s3-listing.mjs [--objects N] [--runs N] [--concurrency N]
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { bin, median, root } from './lib.mjs';

const argv = process.argv.slice(2);
function option(name, fallback) {
  const at = argv.indexOf(name);
  if (at < 0) return fallback;
  const n = Number(argv[at + 1]);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} needs a positive whole number`);
  return n;
}
const objects = option('--objects', 50000);
const runs = option('--runs', 3);
const concurrency = option('--concurrency', 64);
const bucket = 'bench-listing';

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'awsps-s3-bench-'));

/** Starts moto_server on a free port (port 0) and resolves with its endpoint once it logs "Running on". */
function startMoto() {
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
  const { S3Client, CreateBucketCommand, PutObjectCommand } = await import('@aws-sdk/client-s3');
  const s3 = new S3Client({ endpoint: moto.endpoint, region: 'us-east-1', forcePathStyle: true });
  await s3.send(new CreateBucketCommand({ Bucket: bucket }));
  const fillStart = process.hrtime.bigint();
  let next = 0;
  async function worker() {
    while (next < objects) {
      const i = next++;
      await s3.send(new PutObjectCommand({ Bucket: bucket, Key: `obj/${String(i).padStart(6, '0')}`, Body: 'x' }));
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker));
  const fillSeconds = Number(process.hrtime.bigint() - fillStart) / 1e9;
  console.log(`fill: ${objects} objects in ${fillSeconds.toFixed(1)} s (${(objects / fillSeconds).toFixed(0)} PUT/s, concurrency ${concurrency})`);
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

  const timeBin = fs.existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
  const cases = [
    {
      name: 'awsps',
      command: process.execPath,
      args: [bin, '-NoProfile', '-Command', `(Get-S3Object -BucketName ${bucket} | Measure-Object).Count`],
      rss: [],
    },
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
