// Get-Help, Get-Command and Get-AWSCmdletName on EC2 cmdlets answer from the generated JSON files: checked in a
// real node process on an esbuild bundle (dynamic import() as a deferred require(), as in dist), whose
// require.cache shows which @aws-sdk modules were loaded.

import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ROOT, bundleForProbe, type ProbeBundle } from '../../support/bundle.js';

let probe: ProbeBundle;

// Bundled as dist/ is (import.meta.url included), inside the checkout so the generated files are found.
beforeAll(async () => {
  probe = await bundleForProbe('test/aws/discovery/probe-entry.ts', 'discovery');
});

afterAll(() => probe.remove());

it('Get-Help, Get-Command and Get-AWSCmdletName on EC2 cmdlets load no @aws-sdk module', () => {
  const script = path.join(probe.dir, 'probe.cjs');
  fs.writeFileSync(
    script,
    `const { probe } = require(${JSON.stringify(probe.file)});
probe('Get-Help Get-EC2Instance -Full; Get-Command -Module AWS.Tools.EC2; Get-Command -ParameterName Filter; Get-AWSCmdletName DescribeInstances').then((r) => {
  const sdk = Object.keys(require.cache).filter((k) => /[\\\\/]@aws-sdk[\\\\/]/.test(k));
  console.log(JSON.stringify({ help: r.stdout.includes('Calls the Amazon Elastic Compute Cloud (EC2) DescribeInstances API operation.'), listed: r.stdout.includes('Grant-EC2SecurityGroupIngress'), stderr: r.stderr, sdk }));
});`,
  );
  const r = spawnSync(process.execPath, [script], { env: { ...process.env, NODE_PATH: path.join(ROOT, 'node_modules') }, encoding: 'utf8', timeout: 30_000 });
  expect(r.stderr).toBe('');
  expect(JSON.parse(r.stdout)).toEqual({ help: true, listed: true, stderr: '', sdk: [] });
});
