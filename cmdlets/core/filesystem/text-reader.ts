// Streaming text input for Get-Content: a file read chunk by chunk (never whole unless asked), decoded
// with the encoding a byte-order mark announces (else -Encoding, else UTF-8), and split into lines the
// way .NET's StreamReader.ReadLine does (\n, \r\n or \r; no empty line after a final newline) or on a
// -Delimiter string (dropped from the pieces).

import type { FileHandle } from 'node:fs/promises';
import { detectBom, UTF8_NO_BOM, type TextEncoding } from './encoding.js';

const CHUNK_SIZE = 64 * 1024;

/** Reads raw bytes from the handle's current position until EOF, stopping early when the signal aborts. */
export async function* readByteChunks(handle: FileHandle, signal: AbortSignal, position = 0): AsyncGenerator<Buffer> {
  let pos = position;
  for (;;) {
    if (signal.aborted) return;
    const buffer = Buffer.allocUnsafe(CHUNK_SIZE);
    const { bytesRead } = await handle.read(buffer, 0, CHUNK_SIZE, pos);
    if (bytesRead === 0) return;
    pos += bytesRead;
    yield buffer.subarray(0, bytesRead);
  }
}

/** The encoding a file's first bytes announce (BOM), else the requested one, and where the text starts. */
export async function sniffEncoding(handle: FileHandle, requested: TextEncoding | undefined): Promise<{ encoding: TextEncoding; start: number }> {
  const head = Buffer.alloc(4);
  const { bytesRead } = await handle.read(head, 0, 4, 0);
  const bom = detectBom(head.subarray(0, bytesRead));
  if (bom) return { encoding: bom.encoding, start: bom.length };
  return { encoding: requested ?? UTF8_NO_BOM, start: 0 };
}

/** Decoded text chunks of the whole file, after the BOM. */
export async function* readTextChunks(handle: FileHandle, requested: TextEncoding | undefined, signal: AbortSignal): AsyncGenerator<string> {
  const { encoding, start } = await sniffEncoding(handle, requested);
  const decoder = encoding.decoder();
  for await (const chunk of readByteChunks(handle, signal, start)) {
    const text = decoder.write(chunk);
    if (text !== '') yield text;
  }
  const rest = decoder.end();
  if (rest !== '') yield rest;
}

/** Splits a stream of text into records; complete ones are appended to `out`. */
export interface RecordSplitter {
  push(text: string, out: string[]): void;
  /** End of input: the unterminated last record, if any. */
  finish(out: string[]): void;
}

/** StreamReader.ReadLine semantics across chunk boundaries (a \r at the end of one chunk may pair with a \n). */
export class LineSplitter implements RecordSplitter {
  private carry = '';
  private afterCR = false;

  push(text: string, out: string[]): void {
    let s = this.carry + text;
    let start = 0;
    if (this.afterCR) {
      this.afterCR = false;
      if (s.charCodeAt(0) === 10) start = 1;
    }
    const n = s.length;
    for (let i = start; i < n; i++) {
      const c = s.charCodeAt(i);
      if (c !== 10 && c !== 13) continue;
      out.push(s.slice(start, i));
      if (c === 13) {
        if (i + 1 < n) {
          if (s.charCodeAt(i + 1) === 10) i++;
        } else {
          this.afterCR = true;
        }
      }
      start = i + 1;
    }
    s = s.slice(start);
    this.carry = s;
  }

  finish(out: string[]): void {
    if (this.carry !== '') out.push(this.carry);
    this.carry = '';
  }
}

/** -Delimiter: pieces between delimiter occurrences, without the delimiter; no empty piece after a final one. */
export class DelimiterSplitter implements RecordSplitter {
  private carry = '';
  constructor(private readonly delimiter: string) {}

  push(text: string, out: string[]): void {
    const s = this.carry + text;
    let start = 0;
    for (;;) {
      const at = s.indexOf(this.delimiter, start);
      if (at < 0) break;
      out.push(s.slice(start, at));
      start = at + this.delimiter.length;
    }
    this.carry = s.slice(start);
  }

  finish(out: string[]): void {
    if (this.carry !== '') out.push(this.carry);
    this.carry = '';
  }
}

/**
 * The text from the start of the last `count` lines to the end (Get-Content -Raw -Tail), keeping the
 * line endings; a final newline does not count as a line.
 */
export function lastLinesText(text: string, count: number): string {
  if (count <= 0) return '';
  let end = text.length;
  // A trailing line break terminates the last line rather than starting an empty one.
  if (end > 0 && text.charCodeAt(end - 1) === 10) end--;
  if (end > 0 && text.charCodeAt(end - 1) === 13) end--;
  let seen = 0;
  for (let i = end - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      seen++;
      if (seen === count) return text.slice(i + 1);
      if (c === 10 && i > 0 && text.charCodeAt(i - 1) === 13) i--;
    }
  }
  return text;
}
