// credential_process profiles, signed-request proof on moto in IAM authentication mode: the process (a tiny
// node script) supplies the keys, for -ProfileName and as session credentials (Set-AWSCredential -ProfileName).
// Its temporary credentials are cached for the session (one run for many calls) and fetched again before they
// expire (a run per call once they are inside the refresh window).

import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAuthMoto, type AuthMoto } from './auth-moto.js';
import { awsFiles, baseEnv, runScript } from './run-cli.js';

let moto: AuthMoto;

beforeAll(async () => {
  moto = await startAuthMoto();
});

afterAll(async () => {
  await moto?.server.stop();
});

const PROCESS_SCRIPT = `// Prints credential_process output and counts its runs.
const fs = require('node:fs');
const [countFile, accessKeyId, secretAccessKey, expiresInSeconds] = process.argv.slice(2);
fs.appendFileSync(countFile, 'run\\n');
process.stdout.write(JSON.stringify({
  Version: 1,
  AccessKeyId: accessKeyId,
  SecretAccessKey: secretAccessKey,
  Expiration: new Date(Date.now() + Number(expiresInSeconds) * 1000).toISOString(),
}));
`;

interface ProcessSetup {
  env: Record<string, string>;
  runs(): number;
}

/** A credentials file whose profile `proc` runs the script with these keys and lifetime. */
function processProfile(secret: string, expiresInSeconds: number): ProcessSetup {
  const files = awsFiles();
  const script = path.join(files.dir, 'credential-process.js');
  const countFile = path.join(files.dir, 'runs.txt');
  fs.writeFileSync(script, PROCESS_SCRIPT);
  const command = [process.execPath, script, countFile, moto.accessKeyId, secret, String(expiresInSeconds)].map((a) => `"${a}"`).join(' ');
  fs.writeFileSync(files.credentials, `[proc]\ncredential_process = ${command}\n`);
  return {
    env: baseEnv({ AWS_ENDPOINT_URL: moto.endpoint, AWS_REGION: 'us-east-1', ...files.env }),
    runs: () => (fs.existsSync(countFile) ? fs.readFileSync(countFile, 'utf8').split('\n').filter(Boolean).length : 0),
  };
}

const ARN_LINES = (n: number): string => `${moto.userArn}\n`.repeat(n);

describe('credential_process profiles', () => {
  it('-ProfileName: the process keys sign the calls; the process runs once for several calls', () => {
    const setup = processProfile(moto.secretAccessKey, 3600);
    const r = runScript('1..3 | % { (Get-STSCallerIdentity -ProfileName proc).Arn }', setup.env);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(ARN_LINES(3));
    expect(setup.runs()).toBe(1);
  });

  it('Set-AWSCredential -ProfileName makes them the session credentials (a ProcessAWSCredentials object)', () => {
    const setup = processProfile(moto.secretAccessKey, 3600);
    const r = runScript(
      'Set-AWSCredential -ProfileName proc; $StoredAWSCredentials.Credentials.GetType().FullName; 1..3 | % { (Get-STSCallerIdentity).Arn }; (Get-S3Bucket | Measure-Object).Count',
      setup.env,
    );
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(`Amazon.Runtime.ProcessAWSCredentials\n${ARN_LINES(3)}0\n`);
    // Shared by the STS and S3 clients: one run.
    expect(setup.runs()).toBe(1);
  });

  it('Get-AWSCredential -ProfileName gives the object, usable as -Credential; it shows no key', () => {
    const setup = processProfile(moto.secretAccessKey, 3600);
    const r = runScript('$c = Get-AWSCredential -ProfileName proc; "$c"; (Get-STSCallerIdentity -Credential $c).Arn; $c | Format-List * | Out-String', setup.env);
    expect(r.stderr).toBe('');
    expect(r.stdout.startsWith(`Amazon.Runtime.ProcessAWSCredentials\n${moto.userArn}\n`)).toBe(true);
    expect(r.stdout).not.toContain(moto.secretAccessKey);
    expect(r.stdout).not.toContain(moto.accessKeyId);
  });

  it('credentials about to expire are fetched again before each call (refresh window), not used stale', () => {
    // Valid for 2 more minutes: inside the 5-minute refresh window, so every call asks the process again.
    const setup = processProfile(moto.secretAccessKey, 120);
    const r = runScript('1..3 | % { (Get-STSCallerIdentity -ProfileName proc).Arn }', setup.env);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(ARN_LINES(3));
    // At least once per call (the SDK client and the shell's cache each refresh inside their window).
    expect(setup.runs()).toBeGreaterThanOrEqual(3);
  });

  it('a wrong secret from the process is refused by the service', () => {
    const setup = processProfile('wJalrXUtnFEMI/K7MDENG/bPxRfiCYWRONGSECRET', 3600);
    const r = runScript('try { Get-STSCallerIdentity -ProfileName proc -ErrorAction Stop } catch { $_.Exception.ErrorCode }', setup.env);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('SignatureDoesNotMatch\n');
  });
});
