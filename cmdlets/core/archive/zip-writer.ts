// Writes a zip archive to a file with fflate's streaming Zip: entries are added one after another (fflate
// would buffer an entry added while another is still open), and what fflate emits is written to the file
// before the next chunk is read, so memory stays flat whatever the file sizes.

import { open, type FileHandle } from 'node:fs/promises';
import type * as Fflate from 'fflate';
import type { Zip, ZipInputFile } from 'fflate';
import { loadFflate } from './fflate-module.js';

export type CompressionLevel = 'Optimal' | 'Fastest' | 'NoCompression';

/** fflate's writer has no Zip64: sizes and offsets must fit 32 bits, the entry count 16. */
const MAX_ZIP32 = 0xfffffffe;
const MAX_ENTRIES = 0xffff;

export class ZipTooLargeError extends Error {}

async function writeAll(fh: FileHandle, chunk: Uint8Array): Promise<void> {
  let done = 0;
  while (done < chunk.length) {
    const { bytesWritten } = await fh.write(chunk, done, chunk.length - done);
    done += bytesWritten;
  }
}

export class ZipFileWriter {
  private readonly zip: Zip;
  private readonly pending: Uint8Array[] = [];
  private failure: unknown = null;
  private written = 0;
  private entries = 0;

  private constructor(
    private readonly fh: FileHandle,
    private readonly fflate: typeof Fflate,
  ) {
    this.zip = new fflate.Zip((err, data) => {
      if (err) this.failure = err;
      else this.pending.push(data);
    });
  }

  /** Creates (or truncates) the file at `path`. */
  static async create(path: string): Promise<ZipFileWriter> {
    const fflate = await loadFflate();
    return new ZipFileWriter(await open(path, 'w'), fflate);
  }

  private async flush(): Promise<void> {
    if (this.failure !== null) throw this.failure;
    for (const chunk of this.pending) {
      await writeAll(this.fh, chunk);
      this.written += chunk.length;
    }
    this.pending.length = 0;
    if (this.written > MAX_ZIP32) throw new ZipTooLargeError('The archive would exceed 4 GB, which needs Zip64; awsps cannot write Zip64 archives.');
  }

  private begin(): void {
    if (++this.entries > MAX_ENTRIES) throw new ZipTooLargeError('The archive would hold more than 65535 entries, which needs Zip64; awsps cannot write Zip64 archives.');
  }

  /** A directory entry ('name/' with no data). */
  async addDirectory(name: string, lastWriteTime: Date): Promise<void> {
    this.begin();
    const entry = new this.fflate.ZipPassThrough(name.endsWith('/') ? name : `${name}/`);
    entry.mtime = lastWriteTime;
    this.zip.add(entry);
    entry.push(new Uint8Array(0), true);
    await this.flush();
  }

  /** A file entry whose bytes come from `chunks`, stored (NoCompression) or deflated. */
  async addFile(name: string, lastWriteTime: Date, level: CompressionLevel, size: number, chunks: AsyncIterable<Uint8Array>): Promise<void> {
    if (size > MAX_ZIP32) throw new ZipTooLargeError(`The file for entry '${name}' is larger than 4 GB, which needs Zip64; awsps cannot write Zip64 archives.`);
    this.begin();
    const entry: ZipInputFile & { push(chunk: Uint8Array, final?: boolean): void } =
      level === 'NoCompression' ? new this.fflate.ZipPassThrough(name) : new this.fflate.ZipDeflate(name, { level: level === 'Fastest' ? 1 : 6 });
    entry.mtime = lastWriteTime;
    this.zip.add(entry);
    let previous: Uint8Array | null = null;
    // One chunk is held back so the last one can be pushed with final = true.
    for await (const chunk of chunks) {
      if (previous) {
        entry.push(previous, false);
        await this.flush();
      }
      previous = chunk;
    }
    entry.push(previous ?? new Uint8Array(0), true);
    await this.flush();
  }

  /** Writes the central directory and closes the file. */
  async finish(): Promise<void> {
    this.zip.end();
    await this.flush();
    await this.fh.close();
  }

  /** Closes the file without completing it (the caller deletes it). */
  async abort(): Promise<void> {
    this.zip.terminate();
    await this.fh.close().catch(() => undefined);
  }
}
