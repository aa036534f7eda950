// Move-Item (mv, move, mi): moves files and directories into an existing directory or to a new name
// (-Force replaces an existing file); moving several items to a missing destination creates it first.

import { cp, mkdir, rename, rm } from 'node:fs/promises';
import type { CommandContext, CommandDefinition } from '../../../src/pipeline/types.js';
import { errnoCode, invalidOperation, ioErrorRecord, providerIoError, providerOperationNotSupported } from './errors.js';
import { getEntry, isContainer, type FsEntry } from './fs-entry.js';
import { makeFileSystemItem } from './items.js';
import {
  boundPaths,
  credentialParameter,
  filterParameters,
  forceParameter,
  passThruParameter,
  pathParameters,
  rejectCredential,
  stringParam,
  switchParam,
} from './params.js';
import { isSameOrInside, joinPath, parentOf } from './paths.js';
import { parsePathOrReport } from './resolve.js';
import { filterOptions, resolveTargets } from './targets.js';

const CMDLET = 'Move-Item';

/** rename(2), falling back to copy + delete across file systems. */
async function moveOnDisk(source: string, target: string): Promise<void> {
  try {
    await rename(source, target);
  } catch (err) {
    if (errnoCode(err) !== 'EXDEV') throw err;
    await cp(source, target, { recursive: true, preserveTimestamps: true, verbatimSymlinks: true });
    await rm(source, { recursive: true, force: true });
  }
}

async function moveEntry(ctx: CommandContext, source: FsEntry, destination: string, force: boolean, passThru: boolean): Promise<void> {
  if (isSameOrInside(ctx.session.cwd, source.path)) {
    ctx.writeError(invalidOperation(`Cannot move item because the item at '${source.path}' is in use.`, 'InvalidOperation', source.path, CMDLET));
    return;
  }
  const dest = await getEntry(destination).catch(() => null);
  const target = dest && isContainer(dest) ? joinPath(destination, source.name) : destination;
  const container = isContainer(source);
  if (target === source.path) return;
  if (container && isSameOrInside(target, source.path)) {
    ctx.writeError(providerIoError(`Destination path cannot be a subdirectory of the source: ${target}.`, 'MoveDirectoryItemIOError', 'WriteError', source.path, CMDLET));
    return;
  }
  const existing = await getEntry(target).catch(() => null);
  if (existing) {
    if (container || isContainer(existing)) {
      ctx.writeError(
        providerIoError(`Cannot create '${target}' because a file or directory with the same name already exists.`, 'MoveDirectoryItemIOError', 'WriteError', source.path, CMDLET),
      );
      return;
    }
    if (!force) {
      ctx.writeError(providerIoError(`The file '${target}' already exists.`, 'MoveFileInfoItemIOError', 'WriteError', source.path, CMDLET));
      return;
    }
  }
  const action = container ? 'Move Directory' : 'Move File';
  if (!(await ctx.shouldProcess(`Item: ${source.path} Destination: ${target}`, action))) return;
  try {
    await moveOnDisk(source.path, target);
  } catch (err) {
    const parent = await getEntry(parentOf(target) || '/').catch(() => null);
    const operation = container ? 'MoveDirectoryItem' : 'MoveFileInfoItem';
    ctx.writeError(ioErrorRecord(err, target, operation, CMDLET, { parentMissing: parent === null }));
    return;
  }
  if (passThru) {
    const moved = await getEntry(target);
    if (moved) await ctx.write(makeFileSystemItem(moved));
  }
}

async function moveItem(ctx: CommandContext): Promise<void> {
  rejectCredential(ctx, CMDLET);
  const { paths, literal } = boundPaths(ctx);
  const force = switchParam(ctx, 'Force');
  const destinationRaw = stringParam(ctx.params.Destination) ?? '.';
  const destination = parsePathOrReport(ctx, destinationRaw, CMDLET);
  if (!destination) return;
  const targets = await resolveTargets(ctx, paths ?? [], {
    cmdlet: CMDLET,
    literal,
    force,
    filters: filterOptions(ctx),
    missing: literal ? (raw) => invalidOperation(`Cannot move item because the item at '${raw}' does not exist.`, 'InvalidOperation', raw, CMDLET) : undefined,
  });
  if (destination.provider !== 'FileSystem') {
    if (targets.length > 0) ctx.writeError(providerOperationNotSupported(destinationRaw, CMDLET));
    return;
  }
  // Several items moved to a destination that does not exist yet go into a new directory of that name.
  if (!literal && targets.length > 1 && !(await getEntry(destination.path).catch(() => null))) {
    await mkdir(destination.path, { recursive: true }).catch(() => undefined);
  }
  for (const target of targets) {
    if (ctx.signal.aborted) return;
    if (target.provider === 'Environment') {
      ctx.writeError(providerOperationNotSupported(target.name, CMDLET));
      continue;
    }
    await moveEntry(ctx, target.entry, destination.path, force, switchParam(ctx, 'PassThru'));
  }
}

export const moveItemCommand: CommandDefinition = {
  name: 'Move-Item',
  aliases: ['mv', 'move', 'mi'],
  module: 'Microsoft.PowerShell.Management',
  synopsis: 'Moves an item from one location to another.',
  defaultParameterSet: 'Path',
  confirmImpact: 'Medium',
  parameters: [
    ...pathParameters({ sets: ['Path', 'LiteralPath'], pathMandatory: true, pathFromPipeline: true }),
    { name: 'Destination', type: 'System.String', position: 1, valueFromPipelineByPropertyName: true, help: 'Specifies the path to the location where the items are being moved.' },
    forceParameter,
    ...filterParameters,
    passThruParameter,
    credentialParameter,
  ],
  create: () => ({ process: (ctx) => moveItem(ctx) }),
};
