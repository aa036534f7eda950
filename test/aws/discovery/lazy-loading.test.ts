// Get-Help, Get-Command and Get-AWSCmdletName on EC2 cmdlets answer from the generated JSON files: checked in a
// real node process on an esbuild bundle (dynamic import() as a deferred require(), as in dist), whose
// require.cache shows which @aws-sdk modules were loaded.

import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as os from 'node:os';
import { build } from 'esbuild';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ROOT } from '../../support/bundle.js';

let probe: { dir: string; file: string };

// As test/support/bundle.ts bundles, plus what tools/build.mjs does for import.meta.url (the data files are
// found from the script's own location).
beforeAll(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'awsps-discovery-bundle-'));
  const file = path.join(dir, 'discovery.cjs');
  await build({
    absWorkingDir: ROOT,
    entryPoints: ['test/aws/discovery/probe-entry.ts'],
    outfile: file,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    packages: 'external',
    supported: { 'dynamic-import': false },
    banner: { js: 'var __awspsModuleUrl = require("node:url").pathToFileURL(__filename).href;' },
    define: { 'import.meta.url': '__awspsModuleUrl' },
    logLevel: 'error',
  });
  // The bundle finds the repository's generated files (model shapes) beside it, as dist/ does.
  fs.mkdirSync(path.join(dir, 'cmdlets'));
  fs.symlinkSync(path.join(ROOT, 'cmdlets', 'generated'), path.join(dir, 'cmdlets', 'generated'), 'dir');
  probe = { dir, file };
});

afterAll(() => fs.rmSync(probe.dir, { recursive: true, force: true }));

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
