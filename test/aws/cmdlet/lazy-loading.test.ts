// Defining the AWS cmdlets must load no SDK package: checked in a real node process on an esbuild bundle of
// cmdlets/aws (dynamic import() turned into a deferred require(), as in dist), whose require.cache shows
// which @aws-sdk modules were loaded.

import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT as root, bundleForProbe, type ProbeBundle } from '../../support/bundle.js';
import { afterAll, beforeAll, expect, it } from 'vitest';

let dir: string;
let bundle: string;
let probe: ProbeBundle;

beforeAll(async () => {
  probe = await bundleForProbe('cmdlets/aws/index.ts', 'aws-cmdlets');
  dir = probe.dir;
  bundle = probe.file;
});

afterAll(() => probe.remove());

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
  expect(r.stdout).toBe('Get-S3Bucket,New-S3Bucket,Get-S3Object,Get-STSCallerIdentity 0\n');
});
