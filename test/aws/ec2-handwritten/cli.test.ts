// Get-EC2InstanceMetadata and Get-EC2PasswordData through the real CLI (bin/awsps.js): metadata from a local
// IMDSv2 server, the quick error where nothing answers, and the password-data warning against moto.

import { execFileSync, spawn } from 'node:child_process';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { motoEnv, workerMoto } from '../../support/moto.js';
import { ROOT, run } from '../../helpers/cli.js';
import { startImdsServer, type ImdsServer } from '../../support/imds-server.js';
import { startBlackHole } from '../runtime/fake-imds.js';

let imds: ImdsServer;
let moto: { readonly endpoint: string };
beforeAll(async () => {
  moto = await workerMoto();
  imds = await startImdsServer({
    '/latest/meta-data/instance-id': 'i-0aaaabbbbccccdddd',
    '/latest/dynamic/instance-identity/document': JSON.stringify({ region: 'ap-southeast-2' }),
  });
});
afterAll(async () => {
  await imds.close();
});

/**
 * The CLI without blocking this process (the helpers' spawnSync would stop the local metadata server, which
 * runs in this process, from answering).
 */
function runAsync(script: string, env: Record<string, string>): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'bin', 'awsps.js'), '-NoProfile', '-NonInteractive', '-Command', script], {
      cwd: ROOT,
      env: { ...process.env, NO_COLOR: '1', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    child.on('error', reject);
    child.on('close', () => resolve({ stdout, stderr }));
  });
}

function metadataEnv(endpoint: string): Record<string, string> {
  return { ...motoEnv(moto.endpoint), AWS_EC2_METADATA_DISABLED: '', AWS_EC2_METADATA_SERVICE_ENDPOINT: endpoint };
}

describe('Get-EC2InstanceMetadata through the CLI', () => {
  it('reads categories from the metadata service named by AWS_EC2_METADATA_SERVICE_ENDPOINT', async () => {
    const r = await runAsync('Get-EC2InstanceMetadata -Category InstanceId\n"$(Get-EC2InstanceMetadata -Category Region)"', metadataEnv(imds.endpoint));
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('i-0aaaabbbbccccdddd\nAsia Pacific (Sydney) (ap-southeast-2)\n');
  });

  it('off EC2 (nothing answers) the error is clear and comes within about a second', async () => {
    const hole = await startBlackHole();
    try {
      const started = Date.now();
      const r = await runAsync("Get-EC2InstanceMetadata -Category InstanceId; 'done'", metadataEnv(hole.endpoint));
      expect(Date.now() - started).toBeLessThan(8000);
      expect(r.stdout).toBe('done\n');
      expect(r.stderr).toContain(`The EC2 instance metadata service at ${hole.endpoint} did not answer (no answer within 1000 ms). Instance metadata is only available on an EC2 instance`);
    } finally {
      await hole.close();
    }
  });
});

describe('Get-EC2PasswordData through the CLI', () => {
  it('a Linux instance has no password: the warning, nothing on stdout, no SDK noise', () => {
    const env = { ...process.env, ...motoEnv(moto.endpoint) };
    // moto launches any image id; one it does not know is a Linux (platform-less) instance.
    const image = 'ami-0a1b2c3d4e5f67890';
    const id = (
      JSON.parse(execFileSync('aws', ['--endpoint-url', moto.endpoint, '--output', 'json', 'ec2', 'run-instances', '--image-id', image, '--count', '1'], { encoding: 'utf8', env })) as {
        Instances: Array<{ InstanceId: string }>;
      }
    ).Instances[0].InstanceId;
    const r = run(`Get-EC2PasswordData -InstanceId ${id}`, { env: motoEnv(moto.endpoint) });
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      `WARNING: Password data is not yet available for instance ${id}.\n\nPassword generation and encryption can sometimes take more than 30 minutes. Please wait at least 5 minutes after launching an instance before trying to retrieve the generated password.\n`,
    );
  });
});
