// Text encodings for -Encoding, as pwsh 7 names them: utf8 (no BOM, the default), utf8BOM, utf8NoBOM,
// ascii, unicode (UTF-16LE with BOM), bigendianunicode, utf32, bigendianutf32, oem/ansi/default (UTF-8
// on Linux), plus .NET encoding names and code pages. Reading detects a byte-order mark first, as
// .NET's StreamReader does, whatever -Encoding says.

import { makeErrorRecord, RuntimeError } from '../../../src/engine/errors.js';
import { qualifiedId } from './errors.js';

export interface TextDecoderLike {
  /** Decodes the next chunk, holding back an incomplete character for the next call. */
  write(chunk: Uint8Array): string;
  /** Flushes what is left (an incomplete character decodes to U+FFFD). */
  end(): string;
}

export interface TextEncoding {
  /** The .NET class-like name (for messages). */
  readonly name: string;
  /** Preamble written at the start of a new file (the BOM), empty when none. */
  readonly preamble: Uint8Array;
  encode(text: string): Buffer;
  decoder(): TextDecoderLike;
}

function webDecoder(label: string): TextDecoderLike {
  const d = new TextDecoder(label, { ignoreBOM: true });
  return {
    write: (chunk) => d.decode(chunk, { stream: true }),
    end: () => d.decode(),
  };
}

/** Decoders for single-byte encodings need no state. */
function byteDecoder(map: (byte: number) => string): TextDecoderLike {
  return {
    write: (chunk) => {
      let s = '';
      for (let i = 0; i < chunk.length; i++) s += map(chunk[i]);
      return s;
    },
    end: () => '',
  };
}

function utf32Decoder(bigEndian: boolean): TextDecoderLike {
  let pending = Buffer.alloc(0);
  return {
    write(chunk) {
      const buf = pending.length > 0 ? Buffer.concat([pending, chunk]) : Buffer.from(chunk);
      const usable = buf.length - (buf.length % 4);
      let s = '';
      for (let i = 0; i < usable; i += 4) {
        const cp = bigEndian ? buf.readUInt32BE(i) : buf.readUInt32LE(i);
        s += cp <= 0x10ffff && (cp < 0xd800 || cp > 0xdfff) ? String.fromCodePoint(cp) : '\ufffd';
      }
      pending = buf.subarray(usable);
      return s;
    },
    end() {
      const rest = pending.length > 0 ? '\ufffd' : '';
      pending = Buffer.alloc(0);
      return rest;
    },
  };
}

function encodeUtf32(text: string, bigEndian: boolean): Buffer {
  const cps = Array.from(text, (c) => c.codePointAt(0) ?? 0xfffd);
  const buf = Buffer.alloc(cps.length * 4);
  cps.forEach((cp, i) => (bigEndian ? buf.writeUInt32BE(cp, i * 4) : buf.writeUInt32LE(cp, i * 4)));
  return buf;
}

function encodeUtf16BE(text: string): Buffer {
  const buf = Buffer.from(text, 'utf16le');
  return buf.swap16();
}

/** Characters the encoding cannot hold become '?', as .NET's replacement fallback does. */
function encodeSingleByte(text: string, max: number): Buffer {
  const bytes: number[] = [];
  for (const c of text) {
    const cp = c.codePointAt(0) ?? 0x3f;
    bytes.push(cp <= max ? cp : 0x3f);
  }
  return Buffer.from(bytes);
}

const BOM_UTF8 = Uint8Array.of(0xef, 0xbb, 0xbf);
const BOM_UTF16LE = Uint8Array.of(0xff, 0xfe);
const BOM_UTF16BE = Uint8Array.of(0xfe, 0xff);
const BOM_UTF32LE = Uint8Array.of(0xff, 0xfe, 0x00, 0x00);
const BOM_UTF32BE = Uint8Array.of(0x00, 0x00, 0xfe, 0xff);
const NO_BOM = new Uint8Array(0);

const utf8Encode = (text: string): Buffer => Buffer.from(text, 'utf8');

export const UTF8_NO_BOM: TextEncoding = { name: 'UTF8Encoding', preamble: NO_BOM, encode: utf8Encode, decoder: () => webDecoder('utf-8') };
export const UTF8_BOM: TextEncoding = { name: 'UTF8Encoding', preamble: BOM_UTF8, encode: utf8Encode, decoder: () => webDecoder('utf-8') };
export const UTF16LE: TextEncoding = {
  name: 'UnicodeEncoding',
  preamble: BOM_UTF16LE,
  encode: (t) => Buffer.from(t, 'utf16le'),
  decoder: () => webDecoder('utf-16le'),
};
export const UTF16BE: TextEncoding = { name: 'UnicodeEncoding', preamble: BOM_UTF16BE, encode: encodeUtf16BE, decoder: () => webDecoder('utf-16be') };
export const UTF32LE: TextEncoding = {
  name: 'UTF32Encoding',
  preamble: BOM_UTF32LE,
  encode: (t) => encodeUtf32(t, false),
  decoder: () => utf32Decoder(false),
};
export const UTF32BE: TextEncoding = {
  name: 'UTF32Encoding',
  preamble: BOM_UTF32BE,
  encode: (t) => encodeUtf32(t, true),
  decoder: () => utf32Decoder(true),
};
export const ASCII: TextEncoding = {
  name: 'ASCIIEncoding',
  preamble: NO_BOM,
  encode: (t) => encodeSingleByte(t, 0x7f),
  decoder: () => byteDecoder((b) => (b < 0x80 ? String.fromCharCode(b) : '?')),
};
export const LATIN1: TextEncoding = {
  name: 'Latin1Encoding',
  preamble: NO_BOM,
  encode: (t) => encodeSingleByte(t, 0xff),
  decoder: () => byteDecoder((b) => String.fromCharCode(b)),
};

// pwsh's own names first (EncodingConversion), then the .NET names and code pages Encoding.GetEncoding knows.
const BY_NAME: Record<string, TextEncoding> = {
  ascii: ASCII,
  ansi: UTF8_NO_BOM,
  bigendianunicode: UTF16BE,
  bigendianutf32: UTF32BE,
  default: UTF8_NO_BOM,
  oem: UTF8_NO_BOM,
  unicode: UTF16LE,
  utf8: UTF8_NO_BOM,
  utf8bom: UTF8_BOM,
  utf8nobom: UTF8_NO_BOM,
  utf32: UTF32LE,
  'utf-8': UTF8_BOM,
  'utf-16': UTF16LE,
  'utf-16le': UTF16LE,
  'utf-16be': UTF16BE,
  unicodefffe: UTF16BE,
  'utf-32': UTF32LE,
  'utf-32le': UTF32LE,
  'utf-32be': UTF32BE,
  'us-ascii': ASCII,
  latin1: LATIN1,
  'iso-8859-1': LATIN1,
  'iso_8859-1': LATIN1,
};

const BY_CODE_PAGE: Record<number, TextEncoding> = {
  65001: UTF8_BOM,
  1200: UTF16LE,
  1201: UTF16BE,
  12000: UTF32LE,
  12001: UTF32BE,
  20127: ASCII,
  28591: LATIN1,
};

function transformationError(message: string, cmdlet: string): RuntimeError {
  return new RuntimeError(
    makeErrorRecord(`Cannot process argument transformation on parameter 'Encoding'. ${message}`, {
      type: 'System.Management.Automation.ParameterBindingArgumentTransformationException',
      baseTypeNames: [
        'System.Management.Automation.ParameterBindingException',
        'System.Management.Automation.RuntimeException',
        'System.SystemException',
        'System.Exception',
      ],
      id: qualifiedId('ParameterArgumentTransformationError', cmdlet),
      category: 'InvalidData',
    }),
  );
}

/** Converts an -Encoding argument (name, code page, or encoding object) the way pwsh's transformation does. */
export function parseEncoding(value: unknown, cmdlet: string): TextEncoding {
  if (typeof value === 'number') {
    const enc = BY_CODE_PAGE[value];
    if (enc) return enc;
    throw transformationError(
      `No data is available for encoding ${value}. For information on defining a custom encoding, see the documentation for the Encoding.RegisterProvider method. (Parameter 'codepage')`,
      cmdlet,
    );
  }
  const name = String(value).trim();
  if (/^\d+$/.test(name)) return parseEncoding(Number(name), cmdlet);
  const enc = BY_NAME[name.toLowerCase()];
  if (enc) return enc;
  throw transformationError(
    `'${name}' is not a supported encoding name. For information on defining a custom encoding, see the documentation for the Encoding.RegisterProvider method. (Parameter 'name')`,
    cmdlet,
  );
}

/** The encoding a byte-order mark at the start of `head` announces, and the mark's length. */
export function detectBom(head: Uint8Array): { encoding: TextEncoding; length: number } | undefined {
  const at = (i: number): number => (i < head.length ? head[i] : -1);
  if (at(0) === 0xef && at(1) === 0xbb && at(2) === 0xbf) return { encoding: UTF8_BOM, length: 3 };
  if (at(0) === 0xff && at(1) === 0xfe) {
    if (at(2) === 0 && at(3) === 0) return { encoding: UTF32LE, length: 4 };
    return { encoding: UTF16LE, length: 2 };
  }
  if (at(0) === 0xfe && at(1) === 0xff) return { encoding: UTF16BE, length: 2 };
  if (at(0) === 0 && at(1) === 0 && at(2) === 0xfe && at(3) === 0xff) return { encoding: UTF32BE, length: 4 };
  return undefined;
}
