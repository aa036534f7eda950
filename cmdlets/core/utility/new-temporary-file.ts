// New-TemporaryFile: creates an empty file with a unique name in the temporary folder (as .NET's
// Path.GetTempFileName: tmpXXXXXX.tmp) and writes its FileInfo.

import { randomBytes } from 'node:crypto';
import { closeSync, openSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CommandDefinition } from '../../../src/pipeline/types.js';
import { RuntimeError, makeErrorRecord } from '../../../src/engine/errors.js';
import { getEntrySync } from '../filesystem/fs-entry.js';
import { makeFileSystemItem } from '../filesystem/items.js';

/** Creates the file exclusively (never an existing one), trying new names on a clash. */
function createTempFile(): string {
  for (let attempt = 0; ; attempt++) {
    const path = join(tmpdir(), `tmp${randomBytes(4).toString('hex').toUpperCase().slice(0, 6)}.tmp`);
    try {
      closeSync(openSync(path, 'wx', 0o600));
      return path;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 100) throw err;
    }
  }
}

export const newTemporaryFileCommand: CommandDefinition = {
  name: 'New-TemporaryFile',
  module: 'Microsoft.PowerShell.Utility',
  synopsis: 'Creates a temporary file.',
  outputType: ['System.IO.FileInfo'],
  confirmImpact: 'Low',
  parameters: [],
  create() {
    return {
      async process(ctx) {
        if (!(await ctx.shouldProcess(tmpdir(), 'New-TemporaryFile'))) return;
        let path: string;
        try {
          path = createTempFile();
        } catch (err) {
          const record = makeErrorRecord(`Could not create a temporary file in '${tmpdir()}': ${(err as Error).message}`, {
            type: 'System.IO.IOException',
            id: 'NewTemporaryFileWriteError,Microsoft.PowerShell.Commands.NewTemporaryFileCommand',
            category: 'WriteError',
          });
          record.commandName = 'New-TemporaryFile';
          throw new RuntimeError(record);
        }
        const entry = getEntrySync(path);
        if (entry) await ctx.write(makeFileSystemItem(entry));
      },
    };
  },
};
