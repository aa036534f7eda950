// Get-FileHash: the hash of each file a path names (wildcards expanded), read as a stream so a large file costs no
// memory; a FileHashInfo with Algorithm, Hash (upper-case hex) and Path, as pwsh writes it.

import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import type { CommandContext, CommandDefinition } from '../../../src/pipeline/types.js';
import { PSObject } from '../../../src/objects/psobject.js';
import { RuntimeError, makeErrorRecord } from '../../../src/engine/errors.js';
import { toStr } from '../../../src/engine/conversions.js';
import { boundPaths, pathParameters } from '../filesystem/params.js';
import { resolveTargets } from '../filesystem/targets.js';
import { isContainer } from '../filesystem/fs-entry.js';
import { contentIoErrorRecord } from '../filesystem/errors.js';

const CMDLET = 'Get-FileHash';
const ALGORITHMS: Readonly<Record<string, string>> = { SHA1: 'sha1', SHA256: 'sha256', SHA384: 'sha384', SHA512: 'sha512', MD5: 'md5' };

function hashFile(path: string, algorithm: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash(algorithm);
    createReadStream(path)
      .on('data', (chunk) => hash.update(chunk))
      .on('error', reject)
      .on('end', () => resolve(hash.digest('hex').toUpperCase()));
  });
}

function fileHashInfo(algorithm: string, hash: string, path: string): PSObject {
  const o = new PSObject(['Microsoft.PowerShell.Commands.FileHashInfo', 'System.Object']);
  o.addNote('Algorithm', algorithm, 'Property', 'System.String');
  o.addNote('Hash', hash, 'Property', 'System.String');
  o.addNote('Path', path, 'Property', 'System.String');
  o.sealed = true;
  return o;
}

async function hashPaths(ctx: CommandContext): Promise<void> {
  const algorithm = toStr(ctx.params.Algorithm ?? 'SHA256').toUpperCase();
  const nodeAlgorithm = ALGORITHMS[algorithm]!;
  const { paths, literal } = boundPaths(ctx);
  if (!paths) return;
  const targets = await resolveTargets(ctx, paths, { cmdlet: CMDLET, literal, force: false });
  for (const target of targets) {
    if (target.provider !== 'FileSystem' || isContainer(target.entry)) continue;
    try {
      await ctx.write(fileHashInfo(algorithm, await hashFile(target.entry.path, nodeAlgorithm), target.entry.path));
    } catch (err) {
      ctx.writeError(contentIoErrorRecord(err, target.entry.path, 'GetContentReader', CMDLET));
    }
  }
}

export const getFileHashCommand: CommandDefinition = {
  name: 'Get-FileHash',
  module: 'Microsoft.PowerShell.Utility',
  synopsis: 'Computes the hash value for a file by using a specified hash algorithm.',
  outputType: ['Microsoft.PowerShell.Commands.FileHashInfo'],
  defaultParameterSet: 'Path',
  parameters: [
    ...pathParameters({ sets: ['Path', 'LiteralPath'], pathMandatory: true, pathFromPipeline: true }),
    { name: 'InputStream', type: 'System.Object', mandatory: true, parameterSets: ['Stream'] },
    { name: 'Algorithm', type: 'System.String', validateSet: Object.keys(ALGORITHMS) },
  ],
  create() {
    return {
      process(ctx) {
        if (ctx.isBound('InputStream')) {
          const record = makeErrorRecord('Get-FileHash -InputStream is not supported by awsps: it has no .NET streams. Hash a file with -Path.', {
            type: 'System.NotSupportedException',
            id: 'InputStreamNotSupported,Microsoft.PowerShell.Commands.GetFileHashCommand',
            category: 'NotImplemented',
          });
          record.commandName = CMDLET;
          throw new RuntimeError(record);
        }
        return hashPaths(ctx);
      },
    };
  },
};
