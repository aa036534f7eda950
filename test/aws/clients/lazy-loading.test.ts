// Start-up cost and stderr hygiene, checked in a real node process: the client layer is bundled the way the
// dist build bundles it (esbuild, dynamic import() turned into a deferred require()), so require.cache shows
// exactly which SDK packages have been loaded, and Node's own warning printer is left in place.

import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT as root, bundleForProbe, type ProbeBundle } from '../../support/bundle.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let dir: string;
let bundle: string;
let probe: ProbeBundle;

beforeAll(async () => {
  probe = await bundleForProbe('src/aws/clients/index.ts', 'clients');
  dir = probe.dir;
  bundle = probe.file;
});

afterAll(() => probe.remove());

interface ProbeResult {
  stdout: string;
  stderr: string;
  status: number | null;
}

function runProbe(source: string): ProbeResult {
  const script = path.join(dir, `probe-${Math.random().toString(36).slice(2)}.cjs`);
  fs.writeFileSync(script, source);
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_PATH: path.join(root, 'node_modules'), AWS_EC2_METADATA_DISABLED: 'true' };
  delete env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED;
  delete env.NODE_OPTIONS;
  const r = spawnSync(process.execPath, [script], { env, encoding: 'utf8', timeout: 30_000 });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

const SDK_MODULES = `const sdk = () => Object.keys(require.cache).filter((k) => /[\\\\/]@aws-sdk[\\\\/]/.test(k));`;

describe('lazy SDK loading', () => {
  it('loads no SDK module until the first getClient, then only that client', () => {
    const r = runProbe(`
${SDK_MODULES}
const layer = require(${JSON.stringify('BUNDLE')});
const atLoad = sdk();
layer.getClient('s3', { region: 'us-east-1', credentials: { accessKeyId: 'a', secretAccessKey: 'b' } }).then((client) => {
  const afterCall = sdk();
  console.log(JSON.stringify({
    atLoad,
    s3: afterCall.some((k) => k.includes('client-s3')),
    ec2: afterCall.some((k) => k.includes('client-ec2')),
    sent: typeof client.send,
  }));
});
`.replace('BUNDLE', bundle.replace(/\\/g, '\\\\')));
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ atLoad: [], s3: true, ec2: false, sent: 'function' });
  });
});

describe("the SDK's Node-version warning", () => {
  const nodeMajor = Number(process.versions.node.split('.')[0]);

  it.runIf(nodeMajor < 22)('is printed by a bare SDK client (control: the probe can see it)', () => {
    const r = runProbe(`
const { S3Client } = require('@aws-sdk/client-s3');
new S3Client({ region: 'us-east-1' });
setTimeout(() => {}, 50);
`);
    expect(r.stderr).toContain('NodeVersionSupportWarning');
  });

  it('never reaches stderr through the client layer, while other warnings still do', () => {
    const r = runProbe(`
const layer = require(${JSON.stringify(bundle)});
(async () => {
  await layer.getClient('s3', { region: 'us-east-1', credentials: { accessKeyId: 'a', secretAccessKey: 'b' } });
  await layer.getClient('sts', { region: 'us-east-1', credentials: { accessKeyId: 'a', secretAccessKey: 'b' } });
  await layer.resolveCredentials({ accessKey: 'AKIAEXAMPLE', secretKey: 'secret-secret' });
  process.emitWarning('some other warning');
  setTimeout(() => {}, 50);
})();
`);
    expect(r.status).toBe(0);
    expect(r.stderr).not.toContain('NodeVersionSupportWarning');
    expect(r.stderr).toContain('some other warning');
    expect(r.stderr.replace(/\(node:\d+\) Warning: some other warning\n(\(Use `node --trace-warnings[^\n]*\n)?/, '')).toBe('');
  });
});
