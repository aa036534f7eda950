// -Encoding for Export-Csv / Import-Csv: pwsh 7's names (utf8NoBOM is the default) mapped to bytes.

import { RuntimeError, makeErrorRecord } from '../../../src/engine/errors.js';
import { toStr } from '../../../src/engine/conversions.js';

export type TextEncodingName = 'utf8' | 'utf8BOM' | 'ascii' | 'unicode' | 'bigendianunicode' | 'utf32' | 'latin1';

const NAMES: Record<string, TextEncodingName> = {
  utf8: 'utf8',
  utf8nobom: 'utf8',
  'utf-8': 'utf8',
  default: 'utf8',
  oem: 'utf8',
  utf8bom: 'utf8BOM',
  ascii: 'ascii',
  'us-ascii': 'ascii',
  unicode: 'unicode',
  'utf-16': 'unicode',
  'utf-16le': 'unicode',
  bigendianunicode: 'bigendianunicode',
  'utf-16be': 'bigendianunicode',
  utf32: 'utf32',
  'utf-32': 'utf32',
  latin1: 'latin1',
  'iso-8859-1': 'latin1',
};

/** Resolves an -Encoding argument (name or code page); fails like pwsh's argument transformation. */
export function resolveEncoding(value: unknown, parameter = 'Encoding'): TextEncodingName {
  if (value === null || value === undefined) return 'utf8';
  const text = toStr(value).trim();
  const byName = NAMES[text.toLowerCase()];
  if (byName) return byName;
  const byCodePage: Record<string, TextEncodingName> = { '65001': 'utf8', '20127': 'ascii', '1200': 'unicode', '1201': 'bigendianunicode', '12000': 'utf32', '28591': 'latin1' };
  const cp = byCodePage[text];
  if (cp) return cp;
  throw new RuntimeError(
    makeErrorRecord(
      `Cannot process argument transformation on parameter '${parameter}'. '${text}' is not a supported encoding name. For information on defining a custom encoding, see the documentation for the Encoding.RegisterProvider method. (Parameter 'name')`,
      {
        type: 'System.Management.Automation.ParameterBindingArgumentTransformationException',
        id: 'ParameterArgumentTransformationError',
        category: 'InvalidData',
        target: value,
      },
    ),
  );
}

function swap16(buf: Buffer): Buffer {
  const out = Buffer.alloc(buf.length);
  for (let i = 0; i + 1 < buf.length; i += 2) {
    out[i] = buf[i + 1]!;
    out[i + 1] = buf[i]!;
  }
  return out;
}

function utf32le(text: string): Buffer {
  const cps = [...text].map((c) => c.codePointAt(0) ?? 0);
  const out = Buffer.alloc(cps.length * 4);
  cps.forEach((cp, i) => out.writeUInt32LE(cp, i * 4));
  return out;
}

/** The preamble written at the start of a new file. */
export function preamble(enc: TextEncodingName): Buffer {
  switch (enc) {
    case 'utf8BOM':
      return Buffer.from([0xef, 0xbb, 0xbf]);
    case 'unicode':
      return Buffer.from([0xff, 0xfe]);
    case 'bigendianunicode':
      return Buffer.from([0xfe, 0xff]);
    case 'utf32':
      return Buffer.from([0xff, 0xfe, 0x00, 0x00]);
    default:
      return Buffer.alloc(0);
  }
}

export function encodeText(text: string, enc: TextEncodingName): Buffer {
  switch (enc) {
    case 'ascii':
      return Buffer.from(text.replace(/[^\x00-\x7f]/g, '?'), 'latin1');
    case 'unicode':
      return Buffer.from(text, 'utf16le');
    case 'bigendianunicode':
      return swap16(Buffer.from(text, 'utf16le'));
    case 'utf32':
      return utf32le(text);
    case 'latin1':
      return Buffer.from(text, 'latin1');
    default:
      return Buffer.from(text, 'utf8');
  }
}

/** Decodes a file, honouring a byte-order mark before the requested encoding (as StreamReader does). */
export function decodeText(buf: Buffer, enc: TextEncodingName): string {
  if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return buf.subarray(3).toString('utf8');
  if (buf.length >= 4 && buf[0] === 0xff && buf[1] === 0xfe && buf[2] === 0 && buf[3] === 0) return decodeUtf32(buf.subarray(4));
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) return buf.subarray(2).toString('utf16le');
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) return swap16(buf.subarray(2)).toString('utf16le');
  switch (enc) {
    case 'unicode':
      return buf.toString('utf16le');
    case 'bigendianunicode':
      return swap16(buf).toString('utf16le');
    case 'utf32':
      return decodeUtf32(buf);
    case 'ascii':
    case 'latin1':
      return buf.toString('latin1');
    default:
      return buf.toString('utf8');
  }
}

function decodeUtf32(buf: Buffer): string {
  let s = '';
  for (let i = 0; i + 3 < buf.length; i += 4) s += String.fromCodePoint(buf.readUInt32LE(i));
  return s;
}
