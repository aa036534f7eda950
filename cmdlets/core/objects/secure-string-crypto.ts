// What ConvertFrom-/ConvertTo-SecureString do with the characters (PowerShell's SecureStringHelper on Unix):
// without a key the "encrypted standard string" is the UTF-16LE bytes in lower-case hex (Unix has no DPAPI, so
// pwsh does not encrypt it); with a key it is AES-CBC (PKCS7) of those bytes, packaged as
// "76492d1116743f0423413b16050a5345" + Base64(UTF-16LE("2|<Base64 IV>|<hex cipher text>")).
// Failures are SecureStringCryptoError with the .NET exception type and message the cmdlets report.

import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

export const SECURE_STRING_EXPORT_HEADER = '76492d1116743f0423413b16050a5345';

/** The .NET exception a conversion raised: ArgumentException, CryptographicException or FormatException. */
export class SecureStringCryptoError extends Error {
  constructor(
    readonly exceptionType:
      | 'System.Management.Automation.PSArgumentException'
      | 'System.ArgumentException'
      | 'System.Security.Cryptography.CryptographicException'
      | 'System.FormatException',
    message: string,
  ) {
    super(message);
  }
}

const INVALID_KEY = 'Could not decrypt data. The data was not encrypted with this key.';

function argumentError(message: string): SecureStringCryptoError {
  return new SecureStringCryptoError('System.Management.Automation.PSArgumentException', message);
}

/** Utils.CheckKeyArg: AES takes 128-, 192- or 256-bit keys. */
function checkKey(key: Uint8Array): void {
  if (key.length !== 16 && key.length !== 24 && key.length !== 32) {
    throw argumentError('The specified key is not valid. Valid key length settings are either 128 bits, 192 bits, or 256 bits.');
  }
}

/** SecureStringHelper.GetData: the UTF-16LE bytes of the characters. */
export function utf16Bytes(text: string): Buffer {
  return Buffer.from(text, 'utf16le');
}

/** SecureStringHelper.New: the bytes must be whole UTF-16 code units, else the key (or data) was wrong. */
function textFromUtf16(bytes: Buffer): string {
  if (bytes.length % 2 !== 0) throw argumentError(INVALID_KEY);
  return bytes.toString('utf16le');
}

/** ByteArrayFromString: two hex digits per byte (a trailing odd digit is ignored, as in .NET). */
function bytesFromHex(text: string): Buffer {
  const out = Buffer.alloc(Math.floor(text.length / 2));
  for (let i = 0; i < out.length; i++) {
    const pair = text.slice(2 * i, 2 * i + 2);
    // pwsh quotes the pair; it may be part of a password typed without -AsPlainText, so it is left out.
    if (!/^[0-9a-fA-F]{2}$/.test(pair)) throw new SecureStringCryptoError('System.FormatException', 'The input string was not in a correct format.');
    out[i] = parseInt(pair, 16);
  }
  return out;
}

/** SecureStringHelper.Protect on Unix. */
export function protect(text: string): string {
  return utf16Bytes(text).toString('hex');
}

/**
 * SecureStringHelper.Unprotect on Unix. pwsh's error quotes the input; here it does not, because the input is
 * most often a password given without -AsPlainText, and secrets never appear in errors.
 */
export function unprotect(input: string): string {
  if (input.length % 2 !== 0) throw argumentError('The parameter value is not a valid encrypted string. To convert plain text, use -AsPlainText.');
  return textFromUtf16(bytesFromHex(input));
}

function cipherName(key: Uint8Array): string {
  return `aes-${key.length * 8}-cbc`;
}

/** ConvertFrom-SecureString -Key/-SecureKey: the exported package. `iv` is random unless given (tests). */
export function encryptToPackage(text: string, key: Uint8Array, iv: Uint8Array = randomBytes(16)): string {
  checkKey(key);
  const cipher = createCipheriv(cipherName(key), key, iv);
  const encrypted = Buffer.concat([cipher.update(utf16Bytes(text)), cipher.final()]);
  const dataPackage = `2|${Buffer.from(iv).toString('base64')}|${encrypted.toString('hex')}`;
  return SECURE_STRING_EXPORT_HEADER + utf16Bytes(dataPackage).toString('base64');
}

/** Strict Base64 (Convert.FromBase64String): undefined when the text is not Base64. */
function fromBase64(text: string): Buffer | undefined {
  const compact = text.replace(/[ \t\r\n]/g, '');
  if (compact.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(compact)) return undefined;
  return Buffer.from(compact, 'base64');
}

/**
 * ConvertTo-SecureString's reading of its input: a V2 package (header + Base64) yields the cipher text and
 * IV; anything else (including a header whose rest is not Base64) is the cipher text itself, with no IV.
 */
export function unpackage(input: string): { content: string; iv: Buffer | null } {
  if (!input.toLowerCase().startsWith(SECURE_STRING_EXPORT_HEADER)) return { content: input, iv: null };
  const bytes = fromBase64(input.slice(SECURE_STRING_EXPORT_HEADER.length));
  if (bytes === undefined) return { content: input, iv: null };
  const parts = bytes.toString('utf16le').split('|');
  if (parts.length !== 3) return { content: input, iv: null };
  const iv = fromBase64(parts[1]!);
  if (iv === undefined) return { content: input, iv: null };
  return { content: parts[2]!, iv };
}

/**
 * SecureStringHelper.Decrypt: AES-CBC with the key. Without an IV (not a V2 package) .NET uses a random one,
 * so only the first block comes out wrong; that is what pwsh does too.
 */
export function decrypt(content: string, key: Uint8Array, iv: Uint8Array | null): string {
  if (content.length === 0) throw argumentError('Cannot process argument because the value of argument "input" is not valid. Change the value of the "input" argument and run the operation again.');
  checkKey(key);
  if (iv !== null && iv.length !== 16) {
    throw new SecureStringCryptoError('System.ArgumentException', "Specified initialization vector (IV) does not match the block size for this algorithm. (Parameter 'rgbIV')");
  }
  const data = bytesFromHex(content);
  if (data.length % 16 !== 0) throw new SecureStringCryptoError('System.Security.Cryptography.CryptographicException', 'The input data is not a complete block.');
  let plain: Buffer;
  try {
    const decipher = createDecipheriv(cipherName(key), key, iv ?? randomBytes(16));
    plain = Buffer.concat([decipher.update(data), decipher.final()]);
  } catch {
    throw new SecureStringCryptoError('System.Security.Cryptography.CryptographicException', 'Padding is invalid and cannot be removed.');
  }
  return textFromUtf16(plain);
}
