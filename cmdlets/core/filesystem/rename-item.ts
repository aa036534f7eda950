// Rename-Item (ren, rni): gives one item a new name in the same directory. A new name holding a path
// is refused, except './name' or the item's own directory, which pwsh strips.

import { rename } from 'node:fs/promises';
import * as nodePath from 'node:path';
import type { CommandContext, CommandDefinition } from '../../../src/pipeline/types.js';
import { invalidArgument, invalidOperation, ioErrorRecord, pathNotFound, providerIoError, providerOperationNotSupported } from './errors.js';
import { getEntry, isContainer, type FsEntry } from './fs-entry.js';
import { makeFileSystemItem } from './items.js';
import { credentialParameter, forceParameter, passThruParameter, rejectCredential, stringParam, switchParam } from './params.js';
import { isSameOrInside, joinPath, parentOf } from './paths.js';
import { resolveUserPath } from './resolve.js';
import { unescapeWildcard } from './wildcard.js';

const CMDLET = 'Rename-Item';

/** FileSystemProvider.RenameItem's clean-up of the new name; undefined when it names another directory. */
function cleanNewName(newName: string, itemPath: string, cwd: string): string | undefined {
  let name = newName.replace(/\\/g, '/');
  if (name.startsWith('./')) name = name.slice(2);
  else if (name.includes('/')) {
    const full = nodePath.posix.resolve(cwd, name);
    if (parentOf(full) === parentOf(itemPath)) name = nodePath.posix.basename(full);
  }
  return name.includes('/') || name === '' || name === '.' || name === '..' ? undefined : name;
}

async function renameEntry(ctx: CommandContext, entry: FsEntry, newNameRaw: string, passThru: boolean): Promise<void> {
  if (isSameOrInside(ctx.session.cwd, entry.path)) {
    ctx.writeError(invalidOperation(`Cannot rename the item at '${entry.path}' because it is in use.`, 'InvalidOperation', entry.path, CMDLET));
    return;
  }
  const newName = cleanNewName(newNameRaw, entry.path, ctx.session.cwd);
  if (newName === undefined) {
    ctx.writeError(invalidArgument('Cannot rename the specified target, because it represents a path or device name.', 'RenameItemArgumentError', entry.path, CMDLET));
    return;
  }
  const target = joinPath(parentOf(entry.path), newName);
  const container = isContainer(entry);
  if (!(await ctx.shouldProcess(`Item: ${entry.path} Destination: ${target}`, container ? 'Rename Directory' : 'Rename File'))) return;
  if (target !== entry.path) {
    const existing = await getEntry(target).catch(() => null);
    // A name differing only in case is the same item on case-insensitive systems; on Linux it is another name.
    if (existing) {
      const message = container
        ? `Cannot create '${target}' because a file or directory with the same name already exists.`
        : `The file '${target}' already exists.`;
      ctx.writeError(providerIoError(message, 'RenameItemIOError', 'WriteError', entry.path, CMDLET));
      return;
    }
    try {
      await rename(entry.path, target);
    } catch (err) {
      ctx.writeError(ioErrorRecord(err, entry.path, 'RenameItem', CMDLET));
      return;
    }
  }
  if (passThru) {
    const renamed = await getEntry(target);
    if (renamed) await ctx.write(makeFileSystemItem(renamed));
  }
}

async function renameItem(ctx: CommandContext): Promise<void> {
  rejectCredential(ctx, CMDLET);
  const literal = ctx.isBound('LiteralPath');
  const raw = stringParam(literal ? ctx.params.LiteralPath : ctx.params.Path) ?? '';
  const newName = stringParam(ctx.params.NewName) ?? '';
  const res = await resolveUserPath(ctx, raw, { cmdlet: CMDLET, literal, force: switchParam(ctx, 'Force') });
  if (res.provider === 'none') return;
  if (res.provider === 'Environment') {
    ctx.writeError(providerOperationNotSupported(raw, CMDLET));
    return;
  }
  if (res.entries.length === 1) {
    await renameEntry(ctx, res.entries[0], newName, switchParam(ctx, 'PassThru'));
    return;
  }
  if (!literal && !res.wildcard) {
    ctx.writeError(pathNotFound(res.path, CMDLET));
    return;
  }
  // Nothing (or several items) matched: pwsh then tries the unescaped text as a literal name.
  const shown = literal ? raw : unescapeWildcard(raw);
  ctx.writeError(invalidOperation(`Cannot rename because item at '${shown}' does not exist.`, 'InvalidOperation', shown, CMDLET));
}

export const renameItemCommand: CommandDefinition = {
  name: 'Rename-Item',
  aliases: ['ren', 'rni'],
  module: 'Microsoft.PowerShell.Management',
  synopsis: 'Renames an item.',
  defaultParameterSet: 'ByPath',
  confirmImpact: 'Medium',
  parameters: [
    {
      name: 'Path',
      type: 'System.String',
      position: 0,
      mandatory: ['ByPath'],
      valueFromPipeline: true,
      valueFromPipelineByPropertyName: true,
      parameterSets: ['ByPath'],
      help: 'Specifies the path of the item to rename.',
    },
    {
      name: 'LiteralPath',
      type: 'System.String',
      aliases: ['PSPath', 'LP'],
      mandatory: ['ByLiteralPath'],
      valueFromPipelineByPropertyName: true,
      parameterSets: ['ByLiteralPath'],
      help: 'Specifies the path of the item to rename, used exactly as typed.',
    },
    { name: 'NewName', type: 'System.String', position: 1, mandatory: true, valueFromPipelineByPropertyName: true, help: 'Specifies the new name of the item.' },
    forceParameter,
    passThruParameter,
    credentialParameter,
  ],
  create: () => ({ process: (ctx) => renameItem(ctx) }),
};
