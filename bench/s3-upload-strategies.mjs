// How fast can a 256 MiB multipart upload to moto go from Node, by strategy, against the AWS CLI in the same run?
//   lib-storage  @aws-sdk/lib-storage's Upload over a file stream (Write-S3Object's way until 2026-11-26)
//   part-reads   each part read from the file at its offset into its own buffer, UploadPart sent directly (its way now)
//   aws-cli      `aws s3 cp` (the peer)
// Same part size (8 MiB), parts in flight (10) and CRC32 checksums for all three. Each run is a whole process
// under /usr/bin/time, interleaved. This measures a strategy, not awsps itself (bench/s3-transfer.mjs does that).
// Usage: node bench/s3-upload-strategies.mjs [--mib N] [--runs N]
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { median, numberOption as option, root, startMoto } from './lib.mjs';

const PART = 8 * 1024 * 1024;
const IN_FLIGHT = 10;

async function child(strategy, endpoint, file) {
  process.removeAllListeners('warning');
  process.on('warning', () => {});
  const require = createRequire(path.join(root, 'package.json'));
  const s3 = require('@aws-sdk/client-s3');
  const client = new s3.S3Client({ endpoint, region: 'us-east-1', forcePathStyle: true, credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' } });
  const size = fs.statSync(file).size;
  if (strategy === 'lib-storage') {
    const { Upload } = require('@aws-sdk/lib-storage');
    const body = fs.createReadStream(file, { highWaterMark: 1024 * 1024 });
    await new Upload({ client, params: { Bucket: 'bench', Key: strategy, Body: body, ContentLength: size }, queueSize: IN_FLIGHT, partSize: PART }).done();
    return;
  }
  const { UploadId } = await client.send(new s3.CreateMultipartUploadCommand({ Bucket: 'bench', Key: strategy, ChecksumAlgorithm: 'CRC32' }));
  const handle = await fs.promises.open(file);
  const count = Math.ceil(size / PART);
  const parts = [];
  let next = 0;
  const worker = async () => {
    // One buffer per worker, reused for every part it sends.
    const buffer = Buffer.allocUnsafe(PART);
    while (next < count) {
      const i = next++;
      const length = Math.min(PART, size - i * PART);
      await handle.read(buffer, 0, length, i * PART);
      const body = buffer.subarray(0, length);
      const r = await client.send(new s3.UploadPartCommand({ Bucket: 'bench', Key: strategy, UploadId, PartNumber: i + 1, Body: body, ContentLength: length, ChecksumAlgorithm: 'CRC32' }));
      parts[i] = { PartNumber: i + 1, ETag: r.ETag, ChecksumCRC32: r.ChecksumCRC32 };
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
  await client.send(new s3.CompleteMultipartUploadCommand({ Bucket: 'bench', Key: strategy, UploadId, MultipartUpload: { Parts: parts } }));
  await handle.close();
}

function timed(command, args, env) {
  return new Promise((resolve, reject) => {
    const p = spawn('/usr/bin/time', ['-f', '%e %M', command, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    p.stderr.on('data', (c) => (err += c));
    p.stdout.resume();
    p.on('error', reject);
    p.on('exit', (code) => {
      const m = /^([\d.]+) (\d+)$/.exec(err.trim().split('\n').pop() ?? '');
      if (code !== 0 || !m) return reject(new Error(`${command} ${args.join(' ')} failed (${code}):\n${err}`));
      resolve({ seconds: Number(m[1]), rssMiB: Number(m[2]) / 1024 });
    });
  });
}

if (process.argv[2] === '--child') {
  await child(process.argv[3], process.argv[4], process.argv[5]);
} else {
  const mib = option('--mib', 256);
  const runs = option('--runs', 5);
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'awsps-upload-strategies-'));
  const moto = await startMoto();
  try {
    const file = path.join(scratch, 'big.bin');
    const fd = fs.openSync(file, 'w');
    for (let i = 0; i < mib; i++) fs.writeSync(fd, randomBytes(1024 * 1024));
    fs.closeSync(fd);
    const empty = path.join(scratch, 'empty');
    fs.writeFileSync(empty, '');
    const env = { ...process.env, AWS_ACCESS_KEY_ID: 'testing', AWS_SECRET_ACCESS_KEY: 'testing', AWS_DEFAULT_REGION: 'us-east-1', AWS_SHARED_CREDENTIALS_FILE: empty, AWS_CONFIG_FILE: empty };
    await timed('aws', ['--endpoint-url', moto.endpoint, 's3api', 'create-bucket', '--bucket', 'bench'], env);
    const self = new URL(import.meta.url).pathname;
    const results = { 'lib-storage': [], 'part-reads': [], 'aws-cli': [] };
    for (let i = 0; i < runs; i++) {
      results['lib-storage'].push(await timed(process.execPath, [self, '--child', 'lib-storage', moto.endpoint, file], env));
      results['part-reads'].push(await timed(process.execPath, [self, '--child', 'part-reads', moto.endpoint, file], env));
      results['aws-cli'].push(await timed('aws', ['--endpoint-url', moto.endpoint, 's3', 'cp', '--only-show-errors', file, 's3://bench/aws-cli'], env));
    }
    const cli = median(results['aws-cli'].map((r) => r.seconds));
    console.log(`multipart upload of ${mib} MiB to moto ${moto.endpoint}, median of ${runs} interleaved runs (whole processes)`);
    for (const [name, rs] of Object.entries(results)) {
      const t = median(rs.map((r) => r.seconds));
      console.log(`${name.padEnd(12)} ${t.toFixed(2)} s  peak RSS ${Math.max(...rs.map((r) => r.rssMiB)).toFixed(0)} MiB  ratio to aws-cli ${(t / cli).toFixed(2)}`);
    }
  } finally {
    moto.stop();
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}
