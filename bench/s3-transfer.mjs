// S3 transfer benchmark: a 256 MiB file (random bytes) against one moto, in the same run:
//   upload    awsps `Write-S3Object -BucketName b -File big.bin -Key ...`  vs  `aws s3 cp big.bin s3://b/...`
//   download  awsps `Read-S3Object -BucketName b -Key ... -File ...`      vs  `aws s3 cp s3://b/... out`
// Each command is a whole process run under /usr/bin/time (wall time and peak RSS); runs are interleaved so
// machine noise hits both sides alike, and the bucket is emptied after each. Prints the medians, the ratios awsps/aws-cli (below 1: awsps is faster)
// and each side's peak RSS. Every downloaded file is checked against the original (size and MD5).
// Build first (npm run build).
// Usage: node bench/s3-transfer.mjs [--mib N] [--runs N]
import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { bin, median, numberOption as option, startMoto } from './lib.mjs';

const mib = option('--mib', 256);
const runs = option('--runs', 3);
const bucket = 'bench-transfer';
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'awsps-s3-transfer-'));

/** Runs a command under /usr/bin/time without blocking the event loop (moto's log pipe must keep draining). */
function timed(command, args, env) {
  return new Promise((resolve, reject) => {
    const child = spawn('/usr/bin/time', ['-f', '%e %M', command, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (c) => (out += c));
    child.stderr.on('data', (c) => (err += c));
    child.on('error', reject);
    child.on('exit', (code) => {
      const last = err.trim().split('\n').pop() ?? '';
      const m = /^([\d.]+) (\d+)$/.exec(last);
      if (code !== 0 || !m) return reject(new Error(`${command} ${args.join(' ')} failed (${code}):\n${out}\n${err}`));
      resolve({ seconds: Number(m[1]), rssMiB: Number(m[2]) / 1024 });
    });
  });
}

function md5(file) {
  return new Promise((resolve, reject) => {
    const h = createHash('md5');
    fs.createReadStream(file)
      .on('data', (c) => h.update(c))
      .on('end', () => resolve(h.digest('hex')))
      .on('error', reject);
  });
}

const moto = await startMoto();
try {
  const empty = path.join(scratch, 'empty');
  fs.writeFileSync(empty, '');
  const env = {
    ...process.env,
    AWS_ENDPOINT_URL: moto.endpoint,
    AWS_ACCESS_KEY_ID: 'testing',
    AWS_SECRET_ACCESS_KEY: 'testing',
    AWS_REGION: 'us-east-1',
    AWS_DEFAULT_REGION: 'us-east-1',
    AWS_SHARED_CREDENTIALS_FILE: empty,
    AWS_CONFIG_FILE: empty,
    AWS_EC2_METADATA_DISABLED: 'true',
    NO_COLOR: '1',
  };
  const aws = (args) => timed('aws', ['--endpoint-url', moto.endpoint, ...args], env);
  const awsps = (script) => timed(process.execPath, [bin, '-NoProfile', '-NonInteractive', '-Command', script], env);

  const source = path.join(scratch, 'big.bin');
  const fd = fs.openSync(source, 'w');
  for (let i = 0; i < mib; i++) fs.writeSync(fd, randomBytes(1024 * 1024));
  fs.closeSync(fd);
  const sourceMd5 = await md5(source);
  await aws(['s3api', 'create-bucket', '--bucket', bucket]);

  const results = { up: { awsps: [], cli: [] }, down: { awsps: [], cli: [] } };
  const check = async (file) => {
    if (fs.statSync(file).size !== mib * 1024 * 1024 || (await md5(file)) !== sourceMd5) throw new Error(`${file} does not match the uploaded file`);
    fs.rmSync(file);
  };
  for (let i = 0; i < runs; i++) {
    results.up.awsps.push(await awsps(`Write-S3Object -BucketName ${bucket} -File '${source}' -Key awsps.bin`));
    results.up.cli.push(await aws(['s3', 'cp', '--only-show-errors', source, `s3://${bucket}/cli.bin`]));
    const mine = path.join(scratch, `awsps-${i}.bin`);
    results.down.awsps.push(await awsps(`Read-S3Object -BucketName ${bucket} -Key awsps.bin -File '${mine}' | Out-Null`));
    await check(mine);
    const theirs = path.join(scratch, `cli-${i}.bin`);
    results.down.cli.push(await aws(['s3', 'cp', '--only-show-errors', `s3://${bucket}/awsps.bin`, theirs]));
    await check(theirs);
    // Every run starts from the same moto state (moto keeps objects in memory).
    await aws(['s3', 'rm', '--recursive', '--only-show-errors', `s3://${bucket}/`]);
  }

  console.log(`S3 transfer, ${mib} MiB file, moto ${moto.endpoint}, median of ${runs} runs (each a whole process)`);
  for (const [name, label] of [
    ['up', 'upload  (Write-S3Object vs aws s3 cp)'],
    ['down', 'download (Read-S3Object vs aws s3 cp)'],
  ]) {
    const a = median(results[name].awsps.map((r) => r.seconds));
    const c = median(results[name].cli.map((r) => r.seconds));
    const aRss = Math.max(...results[name].awsps.map((r) => r.rssMiB));
    const cRss = Math.max(...results[name].cli.map((r) => r.rssMiB));
    console.log(
      `${label}: awsps ${a.toFixed(2)} s (${(mib / a).toFixed(0)} MiB/s, peak RSS ${aRss.toFixed(0)} MiB), aws-cli ${c.toFixed(2)} s (${(mib / c).toFixed(0)} MiB/s, peak RSS ${cRss.toFixed(0)} MiB), ratio awsps/aws-cli ${(a / c).toFixed(2)}`,
    );
  }
} finally {
  moto.stop();
  fs.rmSync(scratch, { recursive: true, force: true });
}
