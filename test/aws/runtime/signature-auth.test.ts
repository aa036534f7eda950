// Each step of the credential search order really signs with the key it chose: a private moto in IAM
// authentication mode checks every SigV4 signature, so the right secret succeeds and a wrong one is refused
// (SignatureDoesNotMatch) and shown as a PowerShell error. Lower-priority sources hold the opposite keys, so a
// pass also proves which source won and that a failing source never falls back to another.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAuthMoto, type AuthMoto } from './auth-moto.js';
import { awsFiles, baseEnv, runScript, STACK_LINE } from './run-cli.js';

let moto: AuthMoto;
const WRONG_SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYWRONGSECRET';
const STS_SIGNATURE_MESSAGE =
  'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.';
const S3_SIGNATURE_MESSAGE = 'The request signature we calculated does not match the signature you provided. Check your key and signing method.';

beforeAll(async () => {
  moto = await startAuthMoto();
});

afterAll(async () => {
  await moto?.server.stop();
});

interface Keys {
  id: string;
  secret: string;
}

const good = (): Keys => ({ id: moto.accessKeyId, secret: moto.secretAccessKey });
const bad = (): Keys => ({ id: moto.accessKeyId, secret: WRONG_SECRET });
const other = (k: Keys): Keys => (k.secret === WRONG_SECRET ? good() : bad());

function profileText(name: string, k: Keys): string {
  return `[${name}]\naws_access_key_id = ${k.id}\naws_secret_access_key = ${k.secret}\n`;
}

function envKeys(k: Keys): Record<string, string> {
  return { AWS_ACCESS_KEY_ID: k.id, AWS_SECRET_ACCESS_KEY: k.secret };
}

/** A call with the credentials under test; prints the caller's ARN, or the error's type, code and message. */
function probe(setup: string, args: string, cmdlet = 'Get-STSCallerIdentity'): string {
  const show = cmdlet === 'Get-STSCallerIdentity' ? '"OK " + $r.Arn' : '"OK " + ($r | Measure-Object).Count';
  return `${setup}
try { $r = ${cmdlet} ${args} -ErrorAction Stop; ${show} }
catch { "ERR " + $_.Exception.GetType().FullName + " | " + $_.Exception.ErrorCode + " | " + $_.Exception.StatusCode + " | " + $_.Exception.Message }`;
}

function runProbe(script: string, env: Record<string, string>): string {
  const r = runScript(script, baseEnv({ AWS_ENDPOINT_URL: moto.endpoint, AWS_REGION: 'us-east-1', ...env }));
  expect(r.stderr).toBe('');
  return r.stdout.trim();
}

const OK_LINE = (): string => `OK ${moto.userArn}`;
const STS_REFUSED = `ERR Amazon.SecurityToken.AmazonSecurityTokenServiceException | SignatureDoesNotMatch | Forbidden | ${STS_SIGNATURE_MESSAGE}`;

/** One search step: the script pieces and environment that make it supply `k`, with `rest` in lower sources. */
interface Step {
  name: string;
  build(k: Keys, rest: Keys): { setup: string; args: string; env: Record<string, string> };
}

const steps: Step[] = [
  {
    name: '-AccessKey/-SecretKey',
    build: (k, rest) => ({ setup: '', args: `-AccessKey ${k.id} -SecretKey '${k.secret}'`, env: { ...awsFiles(profileText('default', rest)).env, ...envKeys(rest) } }),
  },
  {
    name: '-ProfileName with -ProfileLocation',
    build: (k, rest) => {
      const files = awsFiles(profileText('default', rest));
      const custom = path.join(files.dir, 'custom-credentials');
      fs.writeFileSync(custom, profileText('other', rest) + profileText('chosen', k));
      return { setup: '', args: `-ProfileName chosen -ProfileLocation '${custom}'`, env: { ...files.env, ...envKeys(rest) } };
    },
  },
  {
    name: '-ProfileName in the default credentials file',
    build: (k, rest) => ({ setup: '', args: '-ProfileName chosen', env: { ...awsFiles(profileText('default', rest) + profileText('chosen', k)).env, ...envKeys(rest) } }),
  },
  {
    name: '-Credential',
    build: (k, rest) => ({
      setup: `$c = New-AWSCredential -AccessKey ${k.id} -SecretKey '${k.secret}'`,
      args: '-Credential $c',
      env: { ...awsFiles(profileText('default', rest)).env, ...envKeys(rest) },
    }),
  },
  {
    name: 'Set-AWSCredential -AccessKey/-SecretKey (session)',
    build: (k, rest) => ({
      setup: `Set-AWSCredential -AccessKey ${k.id} -SecretKey '${k.secret}'`,
      args: '',
      env: { ...awsFiles(profileText('default', rest)).env, ...envKeys(rest) },
    }),
  },
  {
    name: 'Set-AWSCredential -ProfileName (session)',
    build: (k, rest) => ({
      setup: 'Set-AWSCredential -ProfileName chosen',
      args: '',
      env: { ...awsFiles(profileText('default', rest) + profileText('chosen', k)).env, ...envKeys(rest) },
    }),
  },
  {
    name: 'environment variables',
    build: (k, rest) => ({ setup: '', args: '', env: { ...awsFiles(profileText('default', rest)).env, ...envKeys(k) } }),
  },
  {
    name: 'AWS_PROFILE',
    build: (k, rest) => ({ setup: '', args: '', env: { ...awsFiles(profileText('default', rest) + profileText('chosen', k)).env, AWS_PROFILE: 'chosen' } }),
  },
  {
    name: 'the default profile',
    build: (k, rest) => ({ setup: '', args: '', env: awsFiles(profileText('default', k) + profileText(`AWS PS Default`, rest)).env }),
  },
];

describe('each credential source signs with its own key (moto in IAM authentication mode)', () => {
  for (const step of steps) {
    it(`${step.name}: the right secret succeeds, a wrong one is refused without falling back`, () => {
      const right = step.build(good(), bad());
      expect(runProbe(probe(right.setup, right.args), right.env)).toBe(OK_LINE());
      const wrong = step.build(bad(), other(bad()));
      expect(runProbe(probe(wrong.setup, wrong.args), wrong.env)).toBe(STS_REFUSED);
    });
  }

  it('signs S3 requests too (Get-S3Bucket), with the S3 error for a wrong secret', () => {
    const env = awsFiles().env;
    expect(runProbe(probe('', `-AccessKey ${moto.accessKeyId} -SecretKey '${moto.secretAccessKey}'`, 'Get-S3Bucket'), env)).toBe('OK 0');
    expect(runProbe(probe('', `-AccessKey ${moto.accessKeyId} -SecretKey '${WRONG_SECRET}'`, 'Get-S3Bucket'), env)).toBe(
      `ERR Amazon.S3.AmazonS3Exception | SignatureDoesNotMatch | Forbidden | ${S3_SIGNATURE_MESSAGE}`,
    );
  });

  it('an access key moto does not know is InvalidClientTokenId', () => {
    const out = runProbe(probe('', `-AccessKey AKIAUNKNOWNKEY000000 -SecretKey '${moto.secretAccessKey}'`), awsFiles().env);
    expect(out).toBe(
      'ERR Amazon.SecurityToken.AmazonSecurityTokenServiceException | InvalidClientTokenId | Forbidden | The security token included in the request is invalid.',
    );
  });

  it('an uncaught signature error is a one-line PowerShell error on stderr, no stack, exit code 1', () => {
    const r = runScript(
      `Get-STSCallerIdentity -AccessKey ${moto.accessKeyId} -SecretKey '${WRONG_SECRET}'; 'after'`,
      baseEnv({ AWS_ENDPOINT_URL: moto.endpoint, AWS_REGION: 'us-east-1', ...awsFiles().env }),
    );
    expect(r.stderr).toBe(`Get-STSCallerIdentity: ${STS_SIGNATURE_MESSAGE}\n`);
    expect(r.stderr).not.toMatch(STACK_LINE);
    expect(r.stderr).not.toContain(WRONG_SECRET);
    // A service error is not script-terminating (as in pwsh): the next statement runs.
    expect(r.stdout).toBe('after\n');
    expect(r.code).toBe(0);
  });
});
