// Get-EC2PasswordData in-process against moto. moto has password data only for instances of Windows AMIs, and
// then 128 random characters (not real ciphertext), so here the call path, the warning, the output, the
// history redaction and the -PemFile errors are checked; decryption itself is covered by
// password-decrypt.test.ts, and the last test shows that moto's key pair material works with it.

import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { useMotoSession } from '../cmdlet/moto-session.js';
import { decryptWindowsPassword } from '../../../cmdlets/aws/ec2-password-decrypt.js';
import { passwordNotAvailableText } from '../../../cmdlets/aws/ec2-password-data.js';

const session = useMotoSession();
let dir = '';
let windowsInstance = '';
let linuxInstance = '';

function cliJson<T>(args: string[]): T {
  return JSON.parse(session.awsCli(['--region', 'us-east-1', ...args])) as T;
}

function launch(imageId: string): string {
  return cliJson<{ Instances: Array<{ InstanceId: string }> }>(['ec2', 'run-instances', '--image-id', imageId, '--count', '1', '--instance-type', 't3.micro', '--key-name', 'pw-key']).Instances[0].InstanceId;
}

async function run(script: string): Promise<{ stdout: string; stderr: string }> {
  return session.newEngine().run(`Set-Location '${dir}'\n${script}`);
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'awsps-ec2pw-'));
  const r = await run('$kp = New-EC2KeyPair -KeyName pw-key; $kp.KeyMaterial | Out-File -Encoding ascii pw-key.pem');
  expect(r.stderr).toBe('');
  windowsInstance = launch(cliJson<string>(['ec2', 'describe-images', '--owners', 'amazon', '--filters', 'Name=platform,Values=windows', '--query', 'Images[0].ImageId']));
  // moto launches any image id; one it does not know is a Linux (platform-less) instance.
  linuxInstance = launch('ami-0a1b2c3d4e5f67890');
});

describe('Get-EC2PasswordData against moto', () => {
  it('writes the encrypted password data of a Windows instance as a string', async () => {
    const r = await run(`$p = Get-EC2PasswordData -InstanceId ${windowsInstance}; $p.GetType().FullName; $p.Length`);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('System.String\n128\n');
  });

  it('takes the instance id by position and by property name from an instance object', async () => {
    const r = await run(`(Get-EC2PasswordData ${windowsInstance}).Length; ([pscustomobject]@{ InstanceId = '${windowsInstance}' } | Get-EC2PasswordData).Length`);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('128\n128\n');
  });

  it('an instance without a password (not Windows) writes AWS Tools\' warning and nothing else', async () => {
    const r = await run(`$p = Get-EC2PasswordData -InstanceId ${linuxInstance}; $null -eq $p`);
    expect(r.stdout).toBe('True\n');
    expect(r.stderr).toBe(`WARNING: ${passwordNotAvailableText(linuxInstance)}\n`);
  });

  it('keeps the GetPasswordDataResponse in $AWSHistory with PasswordData redacted', async () => {
    const r = await run(
      `Get-EC2PasswordData -InstanceId ${windowsInstance} | Out-Null; $h = $AWSHistory.LastCommand; $h.CmdletName; $h.LastServiceResponse.GetType().FullName; $h.LastServiceResponse.InstanceId; $h.LastServiceResponse.PasswordData`,
    );
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(`Get-EC2PasswordData\nAmazon.EC2.Model.GetPasswordDataResponse\n${windowsInstance}\n*****\n`);
  });

  it('-PemFile (relative to the current location) decrypts; moto\'s random data is the length error, terminating', async () => {
    const r = await run(
      `try { Get-EC2PasswordData -InstanceId ${windowsInstance} -PemFile ./pw-key.pem; 'no error' } catch { $_.Exception.Message; $_.FullyQualifiedErrorId; $_.CategoryInfo.Category }`,
    );
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(
      'The length of the data to decrypt is not valid for the size of this key.\nInvalidOperationException,Amazon.PowerShell.Cmdlets.EC2.GetEC2PasswordDataCmdlet\nInvalidOperation\n',
    );
  });

  it('a missing .pem file is AWS Tools\' "Specified .pem file does not exist"', async () => {
    const r = await run(`try { Get-EC2PasswordData ${windowsInstance} -PemFile nope.pem } catch { $_.Exception.Message }`);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('Specified .pem file does not exist\n');
  });

  it('-Decrypt without -PemFile explains that the key file must be named', async () => {
    const r = await run(`try { Get-EC2PasswordData ${windowsInstance} -Decrypt } catch { $_.Exception.Message }`);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain("Give the key pair's private key file with -PemFile.");
  });

  it('the KeyMaterial New-EC2KeyPair returns (saved as the guide does) decrypts a password encrypted for its public key', () => {
    const pem = fs.readFileSync(path.join(dir, 'pw-key.pem'), 'utf8');
    const publicKey = crypto.createPublicKey(pem);
    const data = crypto.publicEncrypt({ key: publicKey, padding: crypto.constants.RSA_PKCS1_PADDING }, Buffer.from('Adm1n!Pa55', 'utf8')).toString('base64');
    expect(decryptWindowsPassword(data, pem)).toBe('Adm1n!Pa55');
  });
});
