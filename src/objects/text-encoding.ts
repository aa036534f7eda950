// System.Text.Encoding instances ([System.Text.Encoding]::UTF8 ...): bytes ↔ strings.

export type EncodingName = 'utf-8' | 'us-ascii' | 'utf-16' | 'utf-16BE' | 'utf-32' | 'iso-8859-1';

const INFO: Record<EncodingName, { encodingName: string; codePage: number; typeName: string }> = {
  'utf-8': { encodingName: 'Unicode (UTF-8)', codePage: 65001, typeName: 'System.Text.UTF8Encoding+UTF8EncodingSealed' },
  'us-ascii': { encodingName: 'US-ASCII', codePage: 20127, typeName: 'System.Text.ASCIIEncoding+ASCIIEncodingSealed' },
  'utf-16': { encodingName: 'Unicode', codePage: 1200, typeName: 'System.Text.UnicodeEncoding' },
  'utf-16BE': { encodingName: 'Unicode (Big-Endian)', codePage: 1201, typeName: 'System.Text.UnicodeEncoding' },
  'utf-32': { encodingName: 'Unicode (UTF-32)', codePage: 12000, typeName: 'System.Text.UTF32Encoding' },
  'iso-8859-1': { encodingName: 'Western European (ISO)', codePage: 28591, typeName: 'System.Text.Latin1Encoding' },
};

export class TextEncoding {
  constructor(readonly webName: EncodingName) {}

  get encodingName(): string {
    return INFO[this.webName].encodingName;
  }
  get codePage(): number {
    return INFO[this.webName].codePage;
  }
  get typeName(): string {
    return INFO[this.webName].typeName;
  }

  getBytes(s: string): Uint8Array {
    switch (this.webName) {
      case 'utf-8':
        return new Uint8Array(Buffer.from(s, 'utf8'));
      case 'us-ascii':
        return Uint8Array.from([...s].map((c) => (c.charCodeAt(0) < 128 ? c.charCodeAt(0) : 63)));
      case 'iso-8859-1':
        return Uint8Array.from([...s].map((c) => (c.charCodeAt(0) < 256 ? c.charCodeAt(0) : 63)));
      case 'utf-16':
        return new Uint8Array(Buffer.from(s, 'utf16le'));
      case 'utf-16BE': {
        const le = Buffer.from(s, 'utf16le');
        for (let i = 0; i + 1 < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1], le[i]];
        return new Uint8Array(le);
      }
      case 'utf-32': {
        const cps = [...s].map((c) => c.codePointAt(0)!);
        const out = new Uint8Array(cps.length * 4);
        const view = new DataView(out.buffer);
        cps.forEach((cp, i) => view.setUint32(i * 4, cp, true));
        return out;
      }
    }
  }

  getString(bytes: Uint8Array, index = 0, count = bytes.length - index): string {
    const b = Buffer.from(bytes.buffer, bytes.byteOffset + index, count);
    switch (this.webName) {
      case 'utf-8':
        return b.toString('utf8');
      case 'us-ascii':
        return [...b].map((x) => (x < 128 ? String.fromCharCode(x) : '?')).join('');
      case 'iso-8859-1':
        return b.toString('latin1');
      case 'utf-16':
        return b.toString('utf16le');
      case 'utf-16BE': {
        const copy = Buffer.from(b);
        for (let i = 0; i + 1 < copy.length; i += 2) [copy[i], copy[i + 1]] = [copy[i + 1], copy[i]];
        return copy.toString('utf16le');
      }
      case 'utf-32': {
        let s = '';
        for (let i = 0; i + 3 < b.length; i += 4) s += String.fromCodePoint(b.readUInt32LE(i));
        return s;
      }
    }
  }

  /** The byte order mark (GetPreamble). */
  preamble(): Uint8Array {
    switch (this.webName) {
      case 'utf-8':
        return Uint8Array.from([0xef, 0xbb, 0xbf]);
      case 'utf-16':
        return Uint8Array.from([0xff, 0xfe]);
      case 'utf-16BE':
        return Uint8Array.from([0xfe, 0xff]);
      case 'utf-32':
        return Uint8Array.from([0xff, 0xfe, 0, 0]);
      default:
        return new Uint8Array(0);
    }
  }

  toString(): string {
    return this.typeName;
  }
}

/** Encoding.GetEncoding(name | codePage). */
export function encodingByName(name: string | number): TextEncoding | undefined {
  const n = String(name).toLowerCase();
  const map: Record<string, EncodingName> = {
    'utf-8': 'utf-8',
    utf8: 'utf-8',
    '65001': 'utf-8',
    ascii: 'us-ascii',
    'us-ascii': 'us-ascii',
    '20127': 'us-ascii',
    unicode: 'utf-16',
    'utf-16': 'utf-16',
    utf16: 'utf-16',
    '1200': 'utf-16',
    'utf-16be': 'utf-16BE',
    bigendianunicode: 'utf-16BE',
    '1201': 'utf-16BE',
    'utf-32': 'utf-32',
    utf32: 'utf-32',
    '12000': 'utf-32',
    latin1: 'iso-8859-1',
    'iso-8859-1': 'iso-8859-1',
    '28591': 'iso-8859-1',
  };
  const w = map[n];
  return w ? new TextEncoding(w) : undefined;
}
