// Defining AWS cmdlets must load no SDK package: checked in a real node process on esbuild bundles (dynamic
// import() turned into a deferred require(), as in dist), whose require.cache shows which @aws-sdk modules
// were loaded — for the hand-written cmdlets at start-up and for generated cmdlets defined on first use.

import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT as root, bundleForProbe, type ProbeBundle } from '../../support/bundle.js';
import { afterAll, beforeAll, expect, it } from 'vitest';

let handWritten: ProbeBundle;
let generated: ProbeBundle;

beforeAll(async () => {
  handWritten = await bundleForProbe('cmdlets/aws/index.ts', 'aws-cmdlets');
  generated = await bundleForProbe('src/aws/generated/command-provider.ts', 'generated-cmdlets');
});

afterAll(() => {
  handWritten.remove();
  generated.remove();
});

function probe(bundle: ProbeBundle, body: string): { stdout: string; stderr: string } {
  const script = path.join(bundle.dir, 'probe.cjs');
  fs.writeFileSync(
    script,
    `const m = require(${JSON.stringify(bundle.file)});
const loadedSdk = () => Object.keys(require.cache).filter((k) => /[\\\\/]@aws-sdk[\\\\/]/.test(k)).length;
${body}`,
  );
  const r = spawnSync(process.execPath, [script], { env: { ...process.env, NODE_PATH: path.join(root, 'node_modules') }, encoding: 'utf8', timeout: 30_000 });
  return { stdout: r.stdout, stderr: r.stderr };
}

it('loading the AWS cmdlet definitions loads no @aws-sdk module', () => {
  const r = probe(handWritten, "console.log(m.awsCmdlets.map((c) => c.name).join(',') + ' ' + loadedSdk());");
  expect(r.stderr).toBe('');
  const [names, loaded] = r.stdout.trim().split(' ');
  expect(names.split(',')).toEqual(expect.arrayContaining(['Get-S3Bucket', 'New-S3Bucket', 'Get-S3Object', 'Write-S3Object', 'Read-S3Object', 'Get-EC2ImageByName']));
  expect(loaded).toBe('0');
});

it('defining generated EC2, SQS and CloudWatch cmdlets (and resolving an alias) loads no @aws-sdk module', () => {
  const r = probe(
    generated,
    `const names = ['Get-EC2Instance', 'New-EC2KeyPair', 'Get-SQSQueue', 'Write-CWMetricData', 'Get-CWMetrics'];
const defs = names.map((n) => m.generatedCommand(n));
console.log(defs.map((d) => d.name + ':' + d.parameters.length).join(',') + ' ' + (m.generatedCommand('Get-Nothing') === undefined) + ' ' + loadedSdk());`,
  );
  expect(r.stderr).toBe('');
  expect(r.stdout).toMatch(/^Get-EC2Instance:\d+,New-EC2KeyPair:\d+,Get-SQSQueue:\d+,Write-CWMetricData:\d+,Get-CWMetricList:\d+ true 0\n$/);
});
