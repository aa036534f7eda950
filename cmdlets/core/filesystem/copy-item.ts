// Copy-Item (cp, copy, cpi): copies files (overwriting), and directories — only the directory itself, or
// its whole tree with -Recurse — into an existing directory or to a new name.

import { copyFile, mkdir, readdir } from 'node:fs/promises';
import type { CommandContext, CommandDefinition } from '../../../src/pipeline/types.js';
import { ioErrorRecord, providerIoError, providerOperationNotSupported } from './errors.js';
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
import { parsePathOrReport, type NameFilterOptions } from './resolve.js';
import { filterOptions, resolveTargets } from './targets.js';
import { anyMatcher } from './wildcard.js';

const CMDLET = 'Copy-Item';

interface CopySettings {
  recurse: boolean;
  passThru: boolean;
  exclude: ((name: string) => boolean) | undefined;
}

async function parentIsDirectory(path: string): Promise<boolean> {
  const parent = await getEntry(parentOf(path) || '/').catch(() => null);
  return parent !== null && isContainer(parent);
}

async function copyOneFile(ctx: CommandContext, source: FsEntry, target: string, s: CopySettings): Promise<void> {
  if (source.path === target) {
    ctx.writeError(providerIoError(`Cannot overwrite the item ${source.path} with itself.`, 'CopyError', 'WriteError', source.path, CMDLET));
    return;
  }
  if (!(await ctx.shouldProcess(`Item: ${source.path} Destination: ${target}`, 'Copy File'))) return;
  try {
    await copyFile(source.path, target);
  } catch (err) {
    ctx.writeError(ioErrorRecord(err, target, 'CopyFileInfoItem', CMDLET, { parentMissing: !(await parentIsDirectory(target)) }));
    return;
  }
  if (s.passThru) {
    const created = await getEntry(target);
    if (created) await ctx.write(makeFileSystemItem(created));
  }
}

async function copyTree(ctx: CommandContext, source: FsEntry, target: string, s: CopySettings): Promise<void> {
  if (!(await ctx.shouldProcess(`Item: ${source.path} Destination: ${target}`, 'Copy Directory'))) return;
  try {
    await mkdir(target, { recursive: true });
  } catch (err) {
    ctx.writeError(ioErrorRecord(err, target, 'CopyDirectoryInfoItem', CMDLET, { parentMissing: !(await parentIsDirectory(target)) }));
    return;
  }
  if (s.passThru) {
    const created = await getEntry(target);
    if (created) await ctx.write(makeFileSystemItem(created));
  }
  if (!s.recurse) return;
  let names: string[];
  try {
    names = await readdir(source.path);
  } catch (err) {
    ctx.writeError(ioErrorRecord(err, source.path, 'CopyDirectoryInfoItem', CMDLET, { category: 'ReadError' }));
    return;
  }
  const children = (await Promise.all(names.map((n) => getEntry(joinPath(source.path, n)).catch(() => null)))).filter((e): e is FsEntry => e !== null);
  for (const child of children) {
    if (ctx.signal.aborted) return;
    if (s.exclude && s.exclude(child.name)) continue;
    const childTarget = joinPath(target, child.name);
    if (isContainer(child)) await copyTree(ctx, child, childTarget, s);
    else await copyOneFile(ctx, child, childTarget, s);
  }
}

async function copyEntry(ctx: CommandContext, source: FsEntry, destination: string, s: CopySettings): Promise<void> {
  const dest = await getEntry(destination).catch(() => null);
  const destIsDir = dest !== null && isContainer(dest);
  const target = destIsDir ? joinPath(destination, source.name) : destination;
  if (!isContainer(source)) {
    await copyOneFile(ctx, source, target, s);
    return;
  }
  if (dest && !destIsDir) {
    ctx.writeError(providerIoError('Container cannot be copied onto existing leaf item.', 'CopyContainerItemToLeafError', 'InvalidArgument', source.path, CMDLET));
    return;
  }
  if (isSameOrInside(target, source.path)) {
    ctx.writeError(providerIoError(`Destination path cannot be a subdirectory of the source: ${target}.`, 'CopyError', 'WriteError', source.path, CMDLET));
    return;
  }
  await copyTree(ctx, source, target, s);
}

async function copyItem(ctx: CommandContext): Promise<void> {
  rejectCredential(ctx, CMDLET);
  const { paths, literal } = boundPaths(ctx);
  const filters: NameFilterOptions = filterOptions(ctx);
  const destinationRaw = stringParam(ctx.params.Destination) ?? '.';
  const destination = parsePathOrReport(ctx, destinationRaw, CMDLET);
  if (!destination) return;
  if (destination.provider !== 'FileSystem') {
    ctx.writeError(providerOperationNotSupported(destinationRaw, CMDLET));
    return;
  }
  const settings: CopySettings = {
    recurse: switchParam(ctx, 'Recurse'),
    passThru: switchParam(ctx, 'PassThru'),
    exclude: filters.exclude && filters.exclude.length > 0 ? anyMatcher(filters.exclude) : undefined,
  };
  const targets = await resolveTargets(ctx, paths ?? [], { cmdlet: CMDLET, literal, force: switchParam(ctx, 'Force'), filters });
  for (const target of targets) {
    if (ctx.signal.aborted) return;
    if (target.provider === 'Environment') {
      ctx.writeError(providerOperationNotSupported(target.name, CMDLET));
      continue;
    }
    await copyEntry(ctx, target.entry, destination.path, settings);
  }
}

export const copyItemCommand: CommandDefinition = {
  name: 'Copy-Item',
  aliases: ['cp', 'copy', 'cpi'],
  module: 'Microsoft.PowerShell.Management',
  synopsis: 'Copies an item from one location to another.',
  defaultParameterSet: 'Path',
  confirmImpact: 'Medium',
  parameters: [
    ...pathParameters({ sets: ['Path', 'LiteralPath'], pathMandatory: true, pathFromPipeline: true }),
    { name: 'Destination', type: 'System.String', position: 1, valueFromPipelineByPropertyName: true, help: 'Specifies the path to the new location.' },
    { name: 'Container', type: 'switch', help: 'Preserves container objects during the copy operation (the default).' },
    forceParameter,
    ...filterParameters,
    { name: 'Recurse', type: 'switch', help: 'Does a recursive copy.' },
    passThruParameter,
    credentialParameter,
  ],
  create: () => ({ process: (ctx) => copyItem(ctx) }),
};
