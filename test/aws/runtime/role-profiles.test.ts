// Role profiles through moto's STS AssumeRole: external_id and role_session_name reach the AssumeRole call and
// show in the assumed-role ARN; mfa_serial asks the host for the code (the SDK's mfaCodeProvider) and sends it
// as TokenCode, once per session; a non-interactive shell gets a clear error naming the profile; a cycle in the
// source_profile chain is a clear error. A recording proxy in front of moto shows what was sent.

import * as fs from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startMoto, type MotoServer } from '../../../src/local/moto.js';
import { clearClientCache, clearCredentialCache } from '../../../src/aws/clients/index.js';
import { isolateAwsEnv, type AwsTestEnv } from '../clients/aws-env.js';
import { createPromptingShell } from '../../support/prompting-shell.js';
import { startRecordingProxy, type RecordingProxy } from './recording-proxy.js';
import { baseEnv, runScriptAsync, STACK_LINE } from './run-cli.js';

const ROLE = 'arn:aws:iam::123456789012:role/admin';
const MFA = 'arn:aws:iam::123456789012:mfa/alice';
const CREDENTIALS = `[base]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY

[ext]
role_arn = ${ROLE}
source_profile = base
external_id = ext-123
role_session_name = my-session

[mfa]
role_arn = ${ROLE}
source_profile = base
mfa_serial = ${MFA}
role_session_name = mfa-session

[a]
role_arn = ${ROLE}
source_profile = b

[b]
role_arn = ${ROLE}
source_profile = c

[c]
role_arn = ${ROLE}
source_profile = a
`;

let moto: MotoServer;
let proxy: RecordingProxy;
let env: AwsTestEnv;

beforeAll(async () => {
  env = isolateAwsEnv();
  moto = await startMoto();
  proxy = await startRecordingProxy(moto.endpoint);
  fs.writeFileSync(env.credentialsFile, CREDENTIALS);
  process.env.AWS_ENDPOINT_URL = proxy.endpoint;
  process.env.AWS_REGION = 'us-east-1';
});

afterAll(async () => {
  await clearClientCache();
  clearCredentialCache();
  await proxy?.close();
  await moto?.stop();
  env?.restore();
});

beforeEach(() => {
  proxy.requests.length = 0;
  clearCredentialCache();
});

function cliEnv(): Record<string, string> {
  return baseEnv({ AWS_ENDPOINT_URL: proxy.endpoint, AWS_REGION: 'us-east-1', AWS_SHARED_CREDENTIALS_FILE: env.credentialsFile, AWS_CONFIG_FILE: env.configFile });
}

describe('role profiles (AssumeRole on moto)', () => {
  it('sends external_id and role_session_name; the caller is the assumed role with that session name', async () => {
    const shell = createPromptingShell({ interactive: true });
    const r = await shell.run('(Get-STSCallerIdentity -ProfileName ext).Arn');
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('arn:aws:sts::123456789012:assumed-role/admin/my-session\n');
    const [assume, ...more] = proxy.actions('AssumeRole');
    expect(more).toEqual([]);
    expect(assume.get('RoleArn')).toBe(ROLE);
    expect(assume.get('ExternalId')).toBe('ext-123');
    expect(assume.get('RoleSessionName')).toBe('my-session');
    expect(assume.get('SerialNumber')).toBeNull();
    expect(shell.prompts).toEqual([]);
  });

  it('mfa_serial: prompts on the host for the code, sends it as TokenCode, and asks only once per session', async () => {
    const shell = createPromptingShell({ interactive: true });
    shell.answer(' 123456 ');
    const r = await shell.run('(Get-STSCallerIdentity -ProfileName mfa).Arn; (Get-STSCallerIdentity -ProfileName mfa).Arn');
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('arn:aws:sts::123456789012:assumed-role/admin/mfa-session\n'.repeat(2));
    expect(shell.prompts.map((p) => p.prompt)).toEqual([`Enter MFA code for ${MFA}: `]);
    const assumes = proxy.actions('AssumeRole');
    expect(assumes).toHaveLength(1);
    expect(assumes[0].get('SerialNumber')).toBe(MFA);
    expect(assumes[0].get('TokenCode')).toBe('123456');
  });

  it('mfa_serial through Set-AWSCredential -ProfileName (session credentials) prompts the same way', async () => {
    const shell = createPromptingShell({ interactive: true });
    shell.answer('654321');
    const r = await shell.run('Set-AWSCredential -ProfileName mfa; (Get-STSCallerIdentity).Arn; (Get-STSCallerIdentity).Arn');
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('arn:aws:sts::123456789012:assumed-role/admin/mfa-session\n'.repeat(2));
    expect(shell.prompts.map((p) => p.prompt)).toEqual([`Enter MFA code for ${MFA}: `]);
    expect(proxy.actions('AssumeRole').map((f) => f.get('TokenCode'))).toEqual(['654321']);
  });

  it('a role profile written by Set-AWSCredential -StoreAs (-MfaSerial -ExternalId -RoleSessionName) assumes the role with all of them', async () => {
    const shell = createPromptingShell({ interactive: true });
    shell.answer('111222');
    const r = await shell.run(
      `Set-AWSCredential -SourceProfile base -RoleArn ${ROLE} -MfaSerial ${MFA} -ExternalId x-9 -RoleSessionName shell-session -StoreAs stored-role
Set-AWSCredential -ProfileName stored-role; (Get-STSCallerIdentity).Arn`,
    );
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('arn:aws:sts::123456789012:assumed-role/admin/shell-session\n');
    const [assume] = proxy.actions('AssumeRole');
    expect([assume.get('ExternalId'), assume.get('SerialNumber'), assume.get('TokenCode')]).toEqual(['x-9', MFA, '111222']);
  });

  it('mfa_serial in a non-interactive shell: a clear error naming the profile, no AssumeRole call', async () => {
    const r = await runScriptAsync('Get-STSCallerIdentity -ProfileName mfa; Set-AWSCredential -ProfileName mfa; Get-STSCallerIdentity', cliEnv());
    const why = `requires an MFA code for '${MFA}', but the shell cannot prompt for it (non-interactive). Run interactively, or use credentials that do not need MFA.`;
    expect(r.stderr).toBe(`Get-STSCallerIdentity: The credential profile 'mfa' ${why}\nGet-STSCallerIdentity: The credential profile 'mfa' ${why}\n`);
    expect(r.stderr).not.toMatch(STACK_LINE);
    expect(r.stdout).toBe('');
    expect(proxy.actions('AssumeRole')).toEqual([]);
  });

  it('a source_profile cycle is a clear error, for -ProfileName, AWS_PROFILE and Set-AWSCredential', async () => {
    const cycle = "The credential profile 'a' has a source_profile cycle: a -> b -> c -> a.";
    const r = await runScriptAsync('Get-STSCallerIdentity -ProfileName a; Set-AWSCredential -ProfileName a', cliEnv());
    expect(r.stderr).toBe(`Get-STSCallerIdentity: ${cycle}\nSet-AWSCredential: ${cycle}\n`);
    const viaEnv = await runScriptAsync('Get-STSCallerIdentity', { ...cliEnv(), AWS_PROFILE: 'a' });
    expect(viaEnv.stderr).toBe(`Get-STSCallerIdentity: ${cycle}\n`);
    expect(proxy.requests).toEqual([]);
  });
});
