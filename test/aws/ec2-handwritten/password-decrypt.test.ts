// The Windows password decryption behind Get-EC2PasswordData -PemFile: data encrypted the way EC2 does it
// (RSA, PKCS#1 v1.5 padding, base64) with a key pair's public key comes back as the password, on a Node
// that refuses PKCS#1 v1.5 private decryption (CVE-2023-46809); anything else fails with a clear message.

import * as crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { decryptWindowsPassword, PasswordDecryptionError, removePkcs1Type2Padding } from '../../../cmdlets/aws/ec2-password-decrypt.js';

const { publicKey, privateKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });
// EC2 key pairs' KeyMaterial is PKCS#1 ("BEGIN RSA PRIVATE KEY").
const PEM = privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();

function ec2Encrypt(password: string, key: crypto.KeyObject = publicKey): string {
  return crypto.publicEncrypt({ key, padding: crypto.constants.RSA_PKCS1_PADDING }, Buffer.from(password, 'utf8')).toString('base64');
}

describe('decryptWindowsPassword', () => {
  it('this Node refuses PKCS#1 v1.5 private decryption, which is why the padding is removed by hand', () => {
    const data = Buffer.from(ec2Encrypt('x'), 'base64');
    let refused = false;
    try {
      crypto.privateDecrypt({ key: privateKey, padding: crypto.constants.RSA_PKCS1_PADDING }, data);
    } catch {
      refused = true;
    }
    // Node 18.19.1+, 20.11.1+ and 21.6.2+ refuse it unless started with --security-revert=CVE-2023-46809.
    expect(refused).toBe(true);
  });

  it('decrypts what EC2 would produce, with a PKCS#1 or a PKCS#8 PEM', () => {
    const password = 'Gx8%k2;PzQ=v!o(Wd@R7mKx4ytL-uAz';
    expect(decryptWindowsPassword(ec2Encrypt(password), PEM)).toBe(password);
    const pkcs8 = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    expect(decryptWindowsPassword(ec2Encrypt(password), pkcs8)).toBe(password);
  });

  it('decrypts many random passwords (padding bytes vary on every encryption)', () => {
    for (let i = 0; i < 50; i++) {
      const password = crypto.randomBytes(24).toString('base64');
      expect(decryptWindowsPassword(ec2Encrypt(password), PEM)).toBe(password);
    }
  });

  it('ignores white space in the base64 text, as Convert.FromBase64String does', () => {
    const data = ec2Encrypt('s3cret!');
    const wrapped = `\r\n${data.slice(0, 60)}\r\n${data.slice(60)}\n`;
    expect(decryptWindowsPassword(wrapped, PEM)).toBe('s3cret!');
  });

  it('the wrong key pair fails with a message that says so', () => {
    const other = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });
    expect(() => decryptWindowsPassword(ec2Encrypt('pw', other.publicKey), PEM)).toThrow(PasswordDecryptionError);
    expect(() => decryptWindowsPassword(ec2Encrypt('pw', other.publicKey), PEM)).toThrow(/could not be decrypted with this key/);
  });

  it('data of the wrong length for the key (moto\'s random password data) is .NET\'s length error', () => {
    const random = crypto.randomBytes(96).toString('base64');
    expect(() => decryptWindowsPassword(random, PEM)).toThrow('The length of the data to decrypt is not valid for the size of this key.');
  });

  it('text that is not base64 is .NET\'s FormatException text', () => {
    expect(() => decryptWindowsPassword('not base64!', PEM)).toThrow('The input is not a valid Base-64 string');
  });

  it('a file without a private key, or with a non-RSA key, is refused clearly', () => {
    expect(() => decryptWindowsPassword(ec2Encrypt('pw'), 'hello')).toThrow('The .pem file does not contain a PEM-encoded private key.');
    const ed = crypto.generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    expect(() => decryptWindowsPassword(ec2Encrypt('pw'), ed)).toThrow('The key in the .pem file is an ED25519 key; Windows passwords are encrypted for RSA key pairs only.');
  });
});

describe('removePkcs1Type2Padding', () => {
  const block = (bytes: number[]): Uint8Array => Uint8Array.from(bytes);

  it('returns the bytes after the first zero that follows at least eight padding bytes', () => {
    expect([...removePkcs1Type2Padding(block([0, 2, 1, 2, 3, 4, 5, 6, 7, 8, 0, 65, 0, 66]))]).toEqual([65, 0, 66]);
  });

  it('refuses a wrong header, short padding, or no separator', () => {
    expect(() => removePkcs1Type2Padding(block([0, 1, 1, 2, 3, 4, 5, 6, 7, 8, 0, 65]))).toThrow(PasswordDecryptionError);
    expect(() => removePkcs1Type2Padding(block([0, 2, 1, 2, 3, 4, 5, 6, 7, 0, 65, 66]))).toThrow(PasswordDecryptionError);
    expect(() => removePkcs1Type2Padding(block([0, 2, 1, 2, 3, 4, 5, 6, 7, 8, 9, 65]))).toThrow(PasswordDecryptionError);
    expect(() => removePkcs1Type2Padding(block([0, 2, 0]))).toThrow(PasswordDecryptionError);
  });
});
