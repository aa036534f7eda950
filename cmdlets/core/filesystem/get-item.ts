// Get-Item (gi): the item at each path (wildcards expand), as FileInfo/DirectoryInfo or Env: entries.
// Like pwsh, a hidden (dot) item named without wildcards needs -Force: "Could not find item /x."

import type { CommandContext, CommandDefinition } from '../../../src/pipeline/types.js';
import { envNotFound, makeEnvItem, matchingEnvNames } from './env-provider.js';
import { providerIoError } from './errors.js';
import { isHidden } from './fs-entry.js';
import { makeFileSystemItem } from './items.js';
import { boundPaths, credentialParameter, filterParameters, forceParameter, pathParameters, rejectCredential, switchParam } from './params.js';
import { filterOptions, resolveTargets } from './targets.js';

const CMDLET = 'Get-Item';

async function getItem(ctx: CommandContext): Promise<void> {
  rejectCredential(ctx, CMDLET);
  const { paths, literal } = boundPaths(ctx);
  const force = switchParam(ctx, 'Force');
  const targets = await resolveTargets(ctx, paths ?? [], { cmdlet: CMDLET, literal, force, filters: filterOptions(ctx) });
  for (const target of targets) {
    if (target.provider === 'Environment') {
      const names = matchingEnvNames(target.name, target.wildcard);
      if (target.name === '') {
        // Get-Item Env: is the drive's root container; pwsh shows its entries the same way.
        for (const n of names) await ctx.write(makeEnvItem(n, process.env[n] ?? ''));
        continue;
      }
      if (names.length === 0 && !target.wildcard) ctx.writeError(envNotFound(target.name, CMDLET));
      for (const n of names) await ctx.write(makeEnvItem(n, process.env[n] ?? ''));
      continue;
    }
    const entry = target.entry;
    if (isHidden(entry) && !force && !target.fromWildcard && entry.path !== '/') {
      ctx.writeError(providerIoError(`Could not find item ${entry.path}.`, 'ItemNotFound', 'ObjectNotFound', entry.path, CMDLET));
      continue;
    }
    await ctx.write(makeFileSystemItem(entry));
  }
}

export const getItemCommand: CommandDefinition = {
  name: 'Get-Item',
  aliases: ['gi'],
  module: 'Microsoft.PowerShell.Management',
  synopsis: 'Gets the item at the specified location.',
  defaultParameterSet: 'Path',
  outputType: ['System.IO.FileInfo', 'System.IO.DirectoryInfo'],
  parameters: [
    ...pathParameters({ sets: ['Path', 'LiteralPath'], pathMandatory: true, pathFromPipeline: true }),
    ...filterParameters,
    forceParameter,
    credentialParameter,
  ],
  create: () => ({ process: (ctx) => getItem(ctx) }),
};
