// New-Item (ni) and the mkdir function: creates files (with -Value as content), directories (with any
// missing parents), symbolic and hard links, and Env: variables; -Force overwrites a file, creates the
// parents of a file, and accepts an existing directory.

import { link, mkdir, open, stat, symlink, unlink } from 'node:fs/promises';
import type { CommandContext, CommandDefinition, ParameterDef } from '../../../src/pipeline/types.js';
import { dotnetToString } from '../../../src/engine/conversions.js';
import { makeEnvItem } from './env-provider.js';
import { invalidArgument, ioErrorRecord, pathNotFound, providerIoError } from './errors.js';
import { getEntry, isContainer } from './fs-entry.js';
import { makeFileSystemItem } from './items.js';
import { credentialParameter, forceParameter, rejectCredential, stringList, stringParam, switchParam } from './params.js';
import { parentOf } from './paths.js';
import { parsePathOrReport } from './resolve.js';
import { unescapeWildcard } from './wildcard.js';
import * as nodePath from 'node:path';

const CMDLET = 'New-Item';

type ItemKind = 'File' | 'Directory' | 'SymbolicLink' | 'HardLink' | 'Junction';

/** FileSystemProvider.GetItemType: the type name may be abbreviated ('d', 'dir', 'f', 'sym'). */
function itemKind(type: string | undefined): ItemKind | undefined {
  if (type === undefined || type === '') return 'File';
  const prefix = type.toLowerCase();
  const is = (name: string): boolean => name.startsWith(prefix);
  if (is('directory') || is('container')) return 'Directory';
  if (is('file')) return 'File';
  if (is('symboliclink')) return 'SymbolicLink';
  if (is('junction')) return 'Junction';
  if (is('hardlink')) return 'HardLink';
  return undefined;
}

async function parentExists(path: string): Promise<boolean> {
  return stat(parentOf(path) || '/').then(
    (s) => s.isDirectory(),
    () => false,
  );
}

async function writeCreated(ctx: CommandContext, path: string): Promise<void> {
  const entry = await getEntry(path);
  if (entry) await ctx.write(makeFileSystemItem(entry));
}

async function newFile(ctx: CommandContext, path: string, value: unknown, force: boolean): Promise<void> {
  if (!(await ctx.shouldProcess(`Destination: ${path}`, 'Create File'))) return;
  try {
    if (force) await mkdir(parentOf(path) || '/', { recursive: true });
    const handle = await open(path, force ? 'w' : 'wx');
    try {
      if (value !== null && value !== undefined) await handle.writeFile(dotnetToString(value), 'utf8');
    } finally {
      await handle.close();
    }
  } catch (err) {
    ctx.writeError(ioErrorRecord(err, path, 'NewItem', CMDLET, { parentMissing: !(await parentExists(path)) }));
    return;
  }
  await writeCreated(ctx, path);
}

async function newDirectory(ctx: CommandContext, path: string, force: boolean): Promise<void> {
  const existing = await getEntry(path).catch(() => null);
  if (existing) {
    if (!force || !isContainer(existing)) {
      ctx.writeError(providerIoError(`An item with the specified name ${path} already exists.`, 'DirectoryExist', 'ResourceExists', path, CMDLET));
      return;
    }
    await ctx.write(makeFileSystemItem(existing));
    return;
  }
  if (!(await ctx.shouldProcess(`Destination: ${path}`, 'Create Directory'))) return;
  try {
    await mkdir(path, { recursive: true });
  } catch (err) {
    ctx.writeError(ioErrorRecord(err, path, 'CreateDirectory', CMDLET, { parentMissing: true }));
    return;
  }
  await writeCreated(ctx, path);
}

async function newLink(ctx: CommandContext, path: string, value: unknown, kind: 'SymbolicLink' | 'HardLink', force: boolean): Promise<void> {
  const target = value === null || value === undefined ? '' : dotnetToString(value);
  if (target === '') {
    ctx.writeError(invalidArgument("Value cannot be null. (Parameter 'value')", 'Argument', path, CMDLET));
    return;
  }
  if (!(await ctx.shouldProcess(`Destination: ${path}`, kind === 'SymbolicLink' ? 'Create Symbolic Link' : 'Create Hard Link'))) return;
  const existing = await getEntry(path).catch(() => null);
  if (existing) {
    if (!force) {
      ctx.writeError(providerIoError(`An item with the specified name ${path} already exists.`, 'SymLinkExists', 'ResourceExists', path, CMDLET));
      return;
    }
    await unlink(path).catch(() => undefined);
  }
  const targetPath = nodePath.posix.resolve(ctx.session.cwd, target.replace(/\\/g, '/'));
  try {
    if (kind === 'SymbolicLink') {
      await symlink(target, path);
    } else {
      if (!(await getEntry(targetPath).catch(() => null))) {
        ctx.writeError(pathNotFound(targetPath, CMDLET));
        return;
      }
      await link(targetPath, path);
    }
  } catch (err) {
    ctx.writeError(ioErrorRecord(err, path, 'NewItem', CMDLET, { parentMissing: !(await parentExists(path)) }));
    return;
  }
  await writeCreated(ctx, path);
}

async function newEnvironmentVariable(ctx: CommandContext, name: string, value: unknown, force: boolean): Promise<void> {
  if (name in process.env && !force) {
    ctx.writeError(providerIoError(`The item at path '${name}' already exists.`, 'NewItemAlreadyExists', 'ResourceExists', name, CMDLET));
    return;
  }
  if (!(await ctx.shouldProcess(`Item: ${name}`, 'New Item'))) return;
  const text = value === null || value === undefined ? '' : dotnetToString(value);
  process.env[name] = text;
  await ctx.write(makeEnvItem(name, text));
}

/** Runs New-Item for one bound parameter set; `forcedKind` is mkdir's fixed Directory type. */
async function newItem(ctx: CommandContext, forcedKind?: ItemKind): Promise<void> {
  rejectCredential(ctx, CMDLET);
  const force = switchParam(ctx, 'Force');
  const typeName = forcedKind ?? stringParam(ctx.params.ItemType);
  const kind = forcedKind ?? itemKind(typeName);
  const name = stringParam(ctx.params.Name);
  const value = ctx.params.Value;
  const paths = stringList(ctx.params.Path) ?? [''];
  for (const rawPath of paths.length > 0 ? paths : ['']) {
    // With -Name, -Path is the parent location (current directory when omitted).
    const raw = name !== undefined && name !== '' ? (rawPath === '' ? name : `${rawPath.replace(/[/\\]+$/, '')}/${name}`) : rawPath;
    if (raw === '') {
      ctx.writeError(invalidArgument('Cannot process argument because the value of argument "path" is not valid.', 'Argument', raw, CMDLET));
      continue;
    }
    const parsed = parsePathOrReport(ctx, raw, CMDLET);
    if (!parsed) continue;
    if (parsed.provider === 'Environment') {
      await newEnvironmentVariable(ctx, parsed.name, value, force);
      continue;
    }
    const path = name !== undefined ? unescapeWildcard(parsed.path) : parsed.path;
    if (kind === undefined || kind === 'Junction') {
      ctx.writeError(
        invalidArgument('The type is not a known type for the file system. Only "file","directory" or "symboliclink" can be specified.', 'Argument', typeName, CMDLET),
      );
      continue;
    }
    if (kind === 'Directory') await newDirectory(ctx, path, force);
    else if (kind === 'File') await newFile(ctx, path, value, force);
    else await newLink(ctx, path, value, kind, force);
  }
}

function newItemParameters(withItemType: boolean): ParameterDef[] {
  return [
    {
      name: 'Path',
      type: 'System.String[]',
      position: 0,
      mandatory: ['pathSet'],
      valueFromPipelineByPropertyName: true,
      parameterSets: ['pathSet', 'nameSet'],
      help: 'Specifies the path of the location of the new item.',
    },
    {
      name: 'Name',
      type: 'System.String',
      mandatory: ['nameSet'],
      valueFromPipelineByPropertyName: true,
      parameterSets: ['nameSet'],
      allowNull: true,
      allowEmptyString: true,
      help: 'Specifies the name of the new item.',
    },
    ...(withItemType
      ? [
          {
            name: 'ItemType',
            type: 'System.String',
            aliases: ['Type'],
            valueFromPipelineByPropertyName: true,
            help: 'Specifies the type of the new item: File, Directory, SymbolicLink or HardLink.',
          },
        ]
      : []),
    {
      name: 'Value',
      type: 'System.Object',
      aliases: withItemType ? ['Target'] : undefined,
      valueFromPipeline: true,
      valueFromPipelineByPropertyName: true,
      help: 'Specifies the value of the new item (a file\'s content, a link\'s target).',
    },
    forceParameter,
    credentialParameter,
  ];
}

export const newItemCommand: CommandDefinition = {
  name: 'New-Item',
  aliases: ['ni'],
  module: 'Microsoft.PowerShell.Management',
  synopsis: 'Creates a new item.',
  defaultParameterSet: 'pathSet',
  confirmImpact: 'Medium',
  outputType: ['System.IO.FileInfo', 'System.IO.DirectoryInfo'],
  parameters: newItemParameters(true),
  create: () => ({ process: (ctx) => newItem(ctx) }),
};

/** pwsh's mkdir is a function wrapping `New-Item -ItemType Directory`. */
export const mkdirCommand: CommandDefinition = {
  name: 'mkdir',
  synopsis: 'Creates a new directory (New-Item -ItemType Directory).',
  defaultParameterSet: 'pathSet',
  confirmImpact: 'Medium',
  outputType: ['System.IO.DirectoryInfo'],
  parameters: newItemParameters(false),
  create: () => ({ process: (ctx) => newItem(ctx, 'Directory') }),
};
