// Reads a zip archive the way .NET's ZipArchive does: the entry list comes from the central directory
// (so archives written with data descriptors, by Python's zipfile or Info-ZIP, list correctly), and each
// entry's data is streamed from disk through fflate's UnzipInflate in 1 MB reads, its CRC checked at the end.

import type { FileHandle } from 'node:fs/promises';
import { loadFflate } from './fflate-module.js';
import { crc32 } from './crc32.js';
import { fromDosDateTime } from './dos-time.js';

export interface ZipEntryInfo {
  /** FullName: the path stored in the archive, '/'-separated. */
  name: string;
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  localHeaderOffset: number;
  lastWriteTime: Date;
}

/** The archive is not a zip file, or is damaged (System.IO.InvalidDataException in .NET). */
export class ZipFormatError extends Error {}

const EOCD_SIGNATURE = 0x06054b50;
const EOCD64_LOCATOR_SIGNATURE = 0x07064b50;
const EOCD64_SIGNATURE = 0x06064b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const READ_SIZE = 1 << 20;

async function readAt(fh: FileHandle, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.allocUnsafe(length);
  let done = 0;
  while (done < length) {
    const { bytesRead } = await fh.read(buffer, done, length - done, position + done);
    if (bytesRead === 0) throw new ZipFormatError('Unexpected end of archive.');
    done += bytesRead;
  }
  return buffer;
}

interface DirectoryLocation {
  count: number;
  size: number;
  offset: number;
}

async function locateCentralDirectory(fh: FileHandle, fileSize: number): Promise<DirectoryLocation> {
  // The end record is 22 bytes plus a comment of at most 65535 bytes.
  const tailLength = Math.min(fileSize, 22 + 0xffff);
  const tailStart = fileSize - tailLength;
  const tail = await readAt(fh, tailStart, tailLength);
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) !== EOCD_SIGNATURE) continue;
    let count = tail.readUInt16LE(i + 10);
    let size = tail.readUInt32LE(i + 12);
    let offset = tail.readUInt32LE(i + 16);
    if ((count === 0xffff || size === 0xffffffff || offset === 0xffffffff) && i >= 20 && tail.readUInt32LE(i - 20) === EOCD64_LOCATOR_SIGNATURE) {
      const eocd64Offset = Number(tail.readBigUInt64LE(i - 20 + 8));
      const eocd64 = await readAt(fh, eocd64Offset, 56);
      if (eocd64.readUInt32LE(0) !== EOCD64_SIGNATURE) throw new ZipFormatError('Invalid Zip64 end of central directory record.');
      count = Number(eocd64.readBigUInt64LE(32));
      size = Number(eocd64.readBigUInt64LE(40));
      offset = Number(eocd64.readBigUInt64LE(48));
    }
    if (offset + size > fileSize) throw new ZipFormatError('The central directory lies outside the file.');
    return { count, size, offset };
  }
  throw new ZipFormatError('End of Central Directory record could not be found.');
}

/** Replaces the 0xFFFFFFFF placeholders of an entry with the values of its Zip64 extra field. */
function applyZip64(extra: Buffer, entry: ZipEntryInfo): void {
  let p = 0;
  while (p + 4 <= extra.length) {
    const id = extra.readUInt16LE(p);
    const length = extra.readUInt16LE(p + 2);
    if (id === 0x0001) {
      let q = p + 4;
      const take = (): number => {
        if (q + 8 > p + 4 + length) throw new ZipFormatError('Invalid Zip64 extra field.');
        const v = Number(extra.readBigUInt64LE(q));
        q += 8;
        return v;
      };
      if (entry.size === 0xffffffff) entry.size = take();
      if (entry.compressedSize === 0xffffffff) entry.compressedSize = take();
      if (entry.localHeaderOffset === 0xffffffff) entry.localHeaderOffset = take();
      return;
    }
    p += 4 + length;
  }
}

/** The entries of the archive open in `fh`, in central-directory order. */
export async function readEntries(fh: FileHandle): Promise<ZipEntryInfo[]> {
  const { size: fileSize } = await fh.stat();
  const location = await locateCentralDirectory(fh, fileSize);
  const directory = await readAt(fh, location.offset, location.size);
  const entries: ZipEntryInfo[] = [];
  let p = 0;
  for (let n = 0; n < location.count; n++) {
    if (p + 46 > directory.length || directory.readUInt32LE(p) !== CENTRAL_SIGNATURE) {
      throw new ZipFormatError('Number of entries expected in End Of Central Directory does not correspond to number of entries in Central Directory.');
    }
    const nameLength = directory.readUInt16LE(p + 28);
    const extraLength = directory.readUInt16LE(p + 30);
    const commentLength = directory.readUInt16LE(p + 32);
    const nameStart = p + 46;
    const entry: ZipEntryInfo = {
      // .NET on Linux reads names as UTF-8 whether or not the language-encoding flag is set.
      name: directory.toString('utf8', nameStart, nameStart + nameLength),
      flags: directory.readUInt16LE(p + 8),
      method: directory.readUInt16LE(p + 10),
      lastWriteTime: fromDosDateTime(directory.readUInt16LE(p + 14), directory.readUInt16LE(p + 12)),
      crc: directory.readUInt32LE(p + 16),
      compressedSize: directory.readUInt32LE(p + 20),
      size: directory.readUInt32LE(p + 24),
      localHeaderOffset: directory.readUInt32LE(p + 42),
    };
    applyZip64(directory.subarray(nameStart + nameLength, nameStart + nameLength + extraLength), entry);
    entries.push(entry);
    p = nameStart + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Whether the entry stands for a directory (its name ends with a separator). */
export function isDirectoryEntry(entry: ZipEntryInfo): boolean {
  return entry.name.endsWith('/') || entry.name.endsWith('\\');
}

function invalidData(): ZipFormatError {
  return new ZipFormatError('Found invalid data while decoding.');
}

/**
 * The entry's uncompressed bytes, chunk by chunk (the next read waits until the consumer took the chunk);
 * length and CRC are checked after the last one. `checkAborted` is called before each read.
 */
export async function* entryChunks(fh: FileHandle, entry: ZipEntryInfo, checkAborted: () => void): AsyncGenerator<Uint8Array> {
  if (entry.flags & 1) throw new ZipFormatError('The archive entry is encrypted, which is not supported.');
  if (entry.method !== 0 && entry.method !== 8) throw new ZipFormatError('The archive entry was compressed using an unsupported compression method.');
  const header = await readAt(fh, entry.localHeaderOffset, 30);
  if (header.readUInt32LE(0) !== LOCAL_SIGNATURE) throw new ZipFormatError('A local file header is corrupt.');
  let position = entry.localHeaderOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
  let remaining = entry.compressedSize;
  const pending: Uint8Array[] = [];
  let failed = false;
  const inflater = entry.method === 8 ? new (await loadFflate()).UnzipInflate() : null;
  if (inflater) {
    inflater.ondata = (err, data) => {
      if (err) failed = true;
      else if (data.length > 0) pending.push(data);
    };
  }
  let crc = 0;
  let produced = 0;
  do {
    checkAborted();
    const length = Math.min(READ_SIZE, remaining);
    const chunk = length > 0 ? await readAt(fh, position, length) : new Uint8Array(0);
    position += length;
    remaining -= length;
    if (inflater) inflater.push(chunk, remaining === 0);
    else if (chunk.length > 0) pending.push(chunk);
    if (failed) throw invalidData();
    const ready = pending.splice(0);
    for (const data of ready) {
      crc = crc32(data, crc);
      produced += data.length;
      if (produced > entry.size) throw invalidData();
      yield data;
    }
  } while (remaining > 0);
  if (produced !== entry.size || crc !== entry.crc) throw invalidData();
}
