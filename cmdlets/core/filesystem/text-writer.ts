// Buffered text output to a file for Set-Content, Add-Content and Out-File: writes the encoding's BOM to
// a new (or truncated) file, keeps an existing file's BOM-announced encoding when appending (as .NET's
// StreamWriter over a StreamReader-probed stream does), and can write raw bytes.

import { chmod, open, stat, type FileHandle } from 'node:fs/promises';
import { detectBom, UTF8_NO_BOM, type TextEncoding } from './encoding.js';
import { errnoCode } from './errors.js';

const FLUSH_AT = 64 * 1024;

export class FileTextWriter {
  private pending: string[] = [];
  private pendingLength = 0;
  private bytes: Buffer[] = [];

  private constructor(
    private readonly handle: FileHandle,
    readonly encoding: TextEncoding,
    /** Mode to restore on close when -Force had to make a read-only file writable. */
    private readonly restore: { path: string; mode: number } | undefined,
  ) {}

  /**
   * Opens `path` for writing. 'truncate' starts the file over (with the BOM); 'append' adds to its end;
   * 'create-new' fails if it exists. With `force`, a read-only file is made writable for the duration.
   */
  static async open(
    path: string,
    mode: 'truncate' | 'append' | 'create-new',
    requested: TextEncoding | undefined,
    force: boolean,
  ): Promise<FileTextWriter> {
    let restore: { path: string; mode: number } | undefined;
    const flags = mode === 'truncate' ? 'w' : mode === 'append' ? 'a+' : 'wx';
    let handle: FileHandle;
    try {
      handle = await open(path, flags);
    } catch (err) {
      if (!force || (errnoCode(err) !== 'EACCES' && errnoCode(err) !== 'EPERM')) throw err;
      const st = await stat(path);
      await chmod(path, st.mode | 0o200);
      restore = { path, mode: st.mode & 0o7777 };
      handle = await open(path, flags);
    }
    let encoding = requested ?? UTF8_NO_BOM;
    let size = 0;
    if (mode === 'append') {
      size = (await handle.stat()).size;
      if (size > 0) {
        const head = Buffer.alloc(4);
        const { bytesRead } = await handle.read(head, 0, 4, 0);
        encoding = detectBom(head.subarray(0, bytesRead))?.encoding ?? encoding;
      }
    }
    const writer = new FileTextWriter(handle, encoding, restore);
    if (size === 0 && encoding.preamble.length > 0) writer.bytes.push(Buffer.from(encoding.preamble));
    return writer;
  }

  async writeText(text: string): Promise<void> {
    if (text === '') return;
    this.pending.push(text);
    this.pendingLength += text.length;
    if (this.pendingLength >= FLUSH_AT) await this.flush();
  }

  async writeBytes(data: Uint8Array): Promise<void> {
    this.encodePending();
    this.bytes.push(Buffer.from(data));
    if (this.bytes.reduce((n, b) => n + b.length, 0) >= FLUSH_AT) await this.flush();
  }

  private encodePending(): void {
    if (this.pending.length === 0) return;
    this.bytes.push(this.encoding.encode(this.pending.join('')));
    this.pending = [];
    this.pendingLength = 0;
  }

  async flush(): Promise<void> {
    this.encodePending();
    if (this.bytes.length === 0) return;
    const data = Buffer.concat(this.bytes);
    this.bytes = [];
    await this.handle.write(data);
  }

  async close(): Promise<void> {
    try {
      await this.flush();
    } finally {
      await this.handle.close();
      if (this.restore) await chmod(this.restore.path, this.restore.mode).catch(() => undefined);
    }
  }

  /** Closes without waiting (pipeline torn down); buffered text is still written. */
  closeInBackground(): void {
    this.close().catch(() => undefined);
  }
}
