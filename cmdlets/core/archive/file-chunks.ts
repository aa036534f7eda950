// Reads an open file in 1 MB chunks (a fresh buffer each, since fflate may pass a chunk through to the
// archive untouched), checking for Ctrl-C between reads.

import type { FileHandle } from 'node:fs/promises';

const CHUNK = 1 << 20;

export async function* fileChunks(fh: FileHandle, checkAborted: () => void): AsyncGenerator<Uint8Array> {
  for (;;) {
    checkAborted();
    const buffer = Buffer.allocUnsafe(CHUNK);
    const { bytesRead } = await fh.read(buffer, 0, CHUNK, null);
    if (bytesRead === 0) return;
    yield buffer.subarray(0, bytesRead);
  }
}
