// Decrypting the administrator password of a Windows EC2 instance: GetPasswordData returns it base64-encoded,
// RSA-encrypted with the key pair's public key and PKCS#1 v1.5 padding. Node 20 refuses PKCS#1 v1.5 padding
// for private decryption (CVE-2023-46809, the Marvin timing attack), so the raw RSA operation is done with
// RSA_NO_PADDING and the padding is removed here. The timing concern does not apply: the ciphertext comes
// from EC2 for the user's own key, and nothing about a failure is reported to a remote party.

import { constants as cryptoConstants, createPrivateKey, privateDecrypt, type KeyObject } from 'node:crypto';

/** Why a password could not be decrypted (the message is what the cmdlet's error shows). */
export class PasswordDecryptionError extends Error {}

/** .NET's Convert.FromBase64String, which ignores white space; anything else non-base64 is an error. */
function base64Bytes(text: string): Buffer {
  const compact = text.replace(/\s+/g, '');
  if (compact.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(compact)) {
    throw new PasswordDecryptionError(
      'The input is not a valid Base-64 string as it contains a non-base 64 character, more than two padding characters, or an illegal character among the padding characters.',
    );
  }
  return Buffer.from(compact, 'base64');
}

function rsaPrivateKey(pem: string): KeyObject {
  let key: KeyObject;
  try {
    key = createPrivateKey({ key: pem, format: 'pem' });
  } catch {
    throw new PasswordDecryptionError('The .pem file does not contain a PEM-encoded private key.');
  }
  if (key.asymmetricKeyType !== 'rsa') {
    throw new PasswordDecryptionError(`The key in the .pem file is an ${String(key.asymmetricKeyType).toUpperCase()} key; Windows passwords are encrypted for RSA key pairs only.`);
  }
  return key;
}

/**
 * The message inside an RSAES-PKCS1-v1_5 encoded block (RFC 8017 7.2.2): 0x00 0x02, at least eight non-zero
 * padding bytes, 0x00, then the message. Every byte is examined whatever the outcome.
 */
export function removePkcs1Type2Padding(block: Uint8Array): Buffer {
  let bad = block.length < 11 || block[0] !== 0x00 || block[1] !== 0x02 ? 1 : 0;
  let separator = 0;
  for (let i = 2; i < block.length; i++) {
    if (separator === 0 && block[i] === 0x00) separator = i;
  }
  if (separator === 0 || separator < 10) bad = 1;
  if (bad === 1) throw new PasswordDecryptionError('The password data could not be decrypted with this key: the decrypted block is not PKCS#1 v1.5 padded (is it the key pair the instance was launched with?).');
  return Buffer.from(block.subarray(separator + 1));
}

/** The plain-text password from GetPasswordData's PasswordData and the key pair's private key (PEM text). */
export function decryptWindowsPassword(passwordData: string, privateKeyPem: string): string {
  const key = rsaPrivateKey(privateKeyPem);
  const cipher = base64Bytes(passwordData);
  const modulusBytes = Math.ceil((key.asymmetricKeyDetails?.modulusLength ?? 0) / 8);
  if (cipher.length !== modulusBytes) throw new PasswordDecryptionError('The length of the data to decrypt is not valid for the size of this key.');
  let block: Buffer;
  try {
    block = privateDecrypt({ key, padding: cryptoConstants.RSA_NO_PADDING }, cipher);
  } catch {
    throw new PasswordDecryptionError('The password data could not be decrypted with this key.');
  }
  return removePkcs1Type2Padding(block).toString('utf8');
}
