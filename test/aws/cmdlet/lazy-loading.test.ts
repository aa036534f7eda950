// Defining the AWS cmdlets must load no SDK package: checked in a real node process on an esbuild bundle of
// cmdlets/aws (dynamic import() turned into a deferred require(), as in dist), whose require.cache shows
// which @aws-sdk modules were loaded.

import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
let dir: string;
let bundle: string;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'awsps-cmdlets-bundle-'));
  bundle = path.join(dir, 'aws-cmdlets.cjs');
  await build({
    absWorkingDir: root,
    entryPoints: ['cmdlets/aws/index.ts'],
    outfile: bundle,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    packages: 'external',
    supported: { 'dynamic-import': false },
    logLevel: 'error',
  });
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

it('loading the AWS cmdlet definitions loads no @aws-sdk module', () => {
  const script = path.join(dir, 'probe.cjs');
  fs.writeFileSync(
    script,
    `const m = require(${JSON.stringify(bundle)});
const sdk = Object.keys(require.cache).filter((k) => /[\\\\/]@aws-sdk[\\\\/]/.test(k));
console.log(m.awsCmdlets.map((c) => c.name).join(',') + ' ' + sdk.length);`,
  );
  const r = spawnSync(process.execPath, [script], { env: { ...process.env, NODE_PATH: path.join(root, 'node_modules') }, encoding: 'utf8', timeout: 30_000 });
  expect(r.stderr).toBe('');
  expect(r.stdout).toBe('Get-S3Bucket,New-S3Bucket,Get-STSCallerIdentity 0\n');
});
