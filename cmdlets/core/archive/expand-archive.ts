// Expand-Archive (Microsoft.PowerShell.Archive 1.2.5): extracts a .zip file into a directory (by default
// a folder named after the archive in the current directory), refusing entries that would land outside it.
// Files are streamed from the archive to disk; a failed or interrupted expansion removes what it created.

import { mkdir, open, rm, unlink, utimes, type FileHandle } from 'node:fs/promises';
import { rmSync } from 'node:fs';
import { onProcessEnd } from '../../../src/local/cleanup.js';
import type { CommandContext, CommandDefinition, ParameterDef } from '../../../src/pipeline/types.js';
import { makeErrorRecord, RuntimeError } from '../../../src/engine/errors.js';
import { PipelineStoppedError } from '../../../src/pipeline/stop.js';
import { getEntry, isContainer } from '../filesystem/fs-entry.js';
import { makeFileSystemItem } from '../filesystem/items.js';
import { DriveNotFound, joinPath, leafOf, parentOf, parseUserPath } from '../filesystem/paths.js';
import { driveNotFound, dotNetIoException } from '../filesystem/errors.js';
import { resolveUserPath } from '../filesystem/resolve.js';
import { switchParam } from '../filesystem/params.js';
import { ArchiveText, archiveError, format, terminate, pathNotResolved, writeErrorRecord } from './messages.js';
import { inputPaths, resolvePaths } from './resolve-paths.js';
import { entryChunks, readEntries, ZipFormatError, type ZipEntryInfo } from './zip-reader.js';
import { entryTarget } from './expand-target.js';
import { entryProgress } from './progress.js';

const CMDLET = 'Expand-Archive';

async function isDirectory(path: string): Promise<boolean> {
  const entry = await getEntry(path).catch(() => null);
  return entry !== null && isContainer(entry);
}

async function isFile(path: string): Promise<boolean> {
  const entry = await getEntry(path).catch(() => null);
  return entry !== null && entry.target !== null && entry.target.isFile();
}

/** New-Item -ItemType Directory -ErrorAction Stop, as the module calls it (missing parents are created too). */
async function newDirectory(ctx: CommandContext, path: string): Promise<boolean> {
  if (!(await ctx.shouldProcess(`Destination: ${path}`, 'Create Directory'))) return false;
  const existing = await getEntry(path).catch(() => null);
  if (existing) {
    throw new RuntimeError(
      makeErrorRecord(`An item with the specified name ${path} already exists.`, {
        type: 'System.IO.IOException',
        baseTypeNames: ['System.SystemException', 'System.Exception'],
        id: 'DirectoryExist,Microsoft.PowerShell.Commands.NewItemCommand',
        category: 'ResourceExists',
        target: path,
      }),
    );
  }
  await mkdir(path, { recursive: true });
  return true;
}

/** The BEGIN block: the destination resolved, or created when it does not exist; undefined when not given. */
async function resolveDestination(ctx: CommandContext): Promise<string | undefined> {
  const raw = ctx.params.DestinationPath;
  if (raw === undefined || raw === null || raw === '') return undefined;
  const text = String(raw);
  let parsed;
  try {
    parsed = parseUserPath(ctx.session, text);
  } catch (err) {
    if (err instanceof DriveNotFound) throw new RuntimeError(driveNotFound(err.driveName, CMDLET));
    throw err;
  }
  if (parsed.provider !== 'FileSystem') {
    terminate(CMDLET, 'InvalidDirectoryPath', format(ArchiveText.ExpandArchiveInValidDestinationPath, text), 'InvalidArgument', text);
  }
  const existing = await resolveUserPath(ctx, text, { cmdlet: CMDLET, literal: false, force: false, quiet: true });
  const containers = existing.provider === 'FileSystem' ? existing.entries.filter(isContainer) : [];
  if (containers.length > 1) {
    terminate(CMDLET, 'InvalidDestinationPath', format(ArchiveText.InvalidExpandedDirPathError, text), 'InvalidArgument', text);
  }
  if (containers.length === 1) return containers[0].path;
  // Declining (or -WhatIf on) the directory's creation leaves a path Resolve-Path cannot find, as in the module.
  if (!(await newDirectory(ctx, parsed.path))) pathNotResolved(CMDLET, text);
  return parsed.path;
}

/** FileInfo.BaseName: the name without its last extension. */
function baseName(path: string): string {
  const name = leafOf(path);
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? name : name.slice(0, dot);
}

async function openArchive(archive: string): Promise<FileHandle> {
  try {
    return await open(archive, 'r');
  } catch (err) {
    const ex = dotNetIoException(err, archive);
    throw new RuntimeError(archiveError(CMDLET, 'ArchiveFileOpenError', ex.message, 'ReadError', archive, { type: ex.type }));
  }
}

async function listEntries(fh: FileHandle, archive: string): Promise<ZipEntryInfo[]> {
  try {
    return await readEntries(fh);
  } catch (err) {
    if (!(err instanceof ZipFormatError)) throw err;
    throw new RuntimeError(
      archiveError(CMDLET, 'FileFormatException', format(ArchiveText.ItemDoesNotAppearToBeAValidZipArchive, archive), 'InvalidData', archive, {
        type: 'System.IO.FileFormatException',
        baseTypeNames: ['System.FormatException', 'System.SystemException', 'System.Exception'],
      }),
    );
  }
}

/** ExtractToFile: a new file with the entry's bytes and its last-write time. */
async function extractFile(ctx: CommandContext, fh: FileHandle, entry: ZipEntryInfo, path: string, created: string[]): Promise<void> {
  const checkAborted = () => {
    if (ctx.signal.aborted) throw new PipelineStoppedError();
  };
  const out = await open(path, 'wx');
  created.push(path);
  try {
    for await (const chunk of entryChunks(fh, entry, checkAborted)) {
      let done = 0;
      while (done < chunk.length) done += (await out.write(chunk, done, chunk.length - done)).bytesWritten;
    }
  } finally {
    await out.close();
  }
  await utimes(path, new Date(), entry.lastWriteTime);
}

interface ExpandOptions {
  force: boolean;
}

/** ExpandArchiveHelper: every entry of `archive` into `destination`; returns the items created. */
async function expandInto(ctx: CommandContext, archive: string, destination: string, options: ExpandOptions, created: string[]): Promise<void> {
  const fh = await openArchive(archive);
  const progress = entryProgress(ctx, CMDLET, format(ArchiveText.ExpandProgressBarText, archive));
  try {
    const entries = await listEntries(fh, archive);
    if (entries.length === 0) {
      ctx.writeVerbose(format(ArchiveText.ArchiveFileIsEmpty, archive));
      return;
    }
    for (let i = 0; i < entries.length; i++) {
      const entry = entries[i];
      progress.update(i + 1, entries.length);
      const target = entryTarget(destination, entry.name);
      if (!target.ok) {
        ctx.writeError(writeErrorRecord(CMDLET, format(ArchiveText.BadArchiveEntry, entry.name)));
        continue;
      }
      if (target.directory) {
        if ((await getEntry(target.path).catch(() => null)) === null) {
          await mkdir(target.path, { recursive: true });
          ctx.writeVerbose(format(ArchiveText.AddItemtoArchiveFile, target.path));
          created.push(target.path);
        }
        continue;
      }
      const parent = parentOf(target.path);
      if (!(await isDirectory(parent))) {
        try {
          await mkdir(parent, { recursive: true });
        } catch (err) {
          const ex = dotNetIoException(err, parent);
          ctx.writeError(archiveError(CMDLET, 'DirectoryExist', ex.message, 'WriteError', parent, { type: ex.type }));
          continue;
        }
        created.push(parent);
      }
      if (await isFile(target.path)) {
        if (!options.force) {
          const message = format(ArchiveText.FileExistsError, target.path, archive, target.path, target.path);
          ctx.writeError(archiveError(CMDLET, 'ExpandArchiveFileExists', message, 'InvalidOperation', target.path));
          continue;
        }
        await unlink(target.path);
      }
      try {
        await extractFile(ctx, fh, entry, target.path, created);
      } catch (err) {
        if (err instanceof ZipFormatError) {
          throw new RuntimeError(archiveError(CMDLET, 'InvalidDataException', err.message, 'InvalidData', archive, { type: 'System.IO.InvalidDataException' }));
        }
        const code = (err as { code?: unknown }).code;
        if (typeof code === 'string') {
          const ex = dotNetIoException(err, target.path);
          throw new RuntimeError(archiveError(CMDLET, 'ExpandArchiveIOError', ex.message, 'WriteError', target.path, { type: ex.type }));
        }
        throw err;
      }
      ctx.writeVerbose(format(ArchiveText.CreateFileAtExpandedPath, target.path));
    }
  } finally {
    progress.end();
    await fh.close().catch(() => undefined);
  }
}

async function expandOne(ctx: CommandContext, destinationGiven: string | undefined): Promise<void> {
  const { paths, literal } = inputPaths(ctx);
  const raw = paths[0] ?? '';
  const setName = literal ? 'LiteralPath' : 'Path';
  const resolved = await resolvePaths(ctx, CMDLET, raw, literal);
  if (resolved.length > 1) terminate(CMDLET, 'InvalidArchiveFilePath', format(ArchiveText.InvalidArchiveFilePathError, raw, setName, setName), 'InvalidArgument', raw);
  const archive = resolved[0];
  if (!(await isFile(archive))) terminate(CMDLET, 'PathNotFound', format(ArchiveText.PathNotFoundError, archive), 'InvalidArgument', archive);
  if (!(await ctx.shouldProcess(archive, CMDLET))) return;
  const created: string[] = [];
  // Ctrl-C in a script ends the process without unwinding this pipeline: what was created still goes.
  const cancelCleanup = onProcessEnd(() => {
    for (const item of [...created].reverse()) rmSync(item, { recursive: true, force: true });
  });
  try {
    let destination = destinationGiven;
    if (destination === undefined) {
      destination = joinPath(ctx.session.cwd, baseName(archive));
      if (!(await isDirectory(destination))) await newDirectory(ctx, destination);
    }
    await expandInto(ctx, archive, destination, { force: switchParam(ctx, 'Force') }, created);
  } catch (err) {
    // The module's clean-up: what this expansion created goes, the rest of the destination stays.
    for (const item of [...created].reverse()) await rm(item, { recursive: true, force: true }).catch(() => undefined);
    throw err;
  } finally {
    cancelCleanup();
  }
  if (!switchParam(ctx, 'PassThru')) return;
  for (const item of created) {
    const path = item.length > 1 ? item.replace(/\/+$/, '') : item;
    const entry = await getEntry(path).catch(() => null);
    if (entry) await ctx.write(makeFileSystemItem(entry));
  }
}

function createExpandArchive() {
  let destination: string | undefined;
  return {
    async begin(ctx: CommandContext): Promise<void> {
      destination = await resolveDestination(ctx);
      if (!ctx.isBound('WhatIf')) ctx.writeVerbose(ArchiveText.PreparingToExpandVerboseMessage);
    },
    process(ctx: CommandContext): Promise<void> {
      return expandOne(ctx, destination);
    },
  };
}

const parameters: ParameterDef[] = [
  {
    name: 'Path',
    type: 'System.String',
    position: 0,
    mandatory: ['Path'],
    valueFromPipeline: true,
    valueFromPipelineByPropertyName: true,
    parameterSets: ['Path'],
    help: 'Specifies the path to the archive file. Wildcards are accepted if they resolve to a single file.',
  },
  {
    name: 'LiteralPath',
    type: 'System.String',
    aliases: ['PSPath'],
    mandatory: ['LiteralPath'],
    valueFromPipelineByPropertyName: true,
    parameterSets: ['LiteralPath'],
    help: 'Specifies the path to the archive file, used exactly as typed.',
  },
  { name: 'DestinationPath', type: 'System.String', position: 1, help: 'Specifies the folder the archive contents are expanded into; created when missing.' },
  { name: 'Force', type: 'switch', help: 'Overwrites existing files in the destination.' },
  { name: 'PassThru', type: 'switch', help: 'Returns the files and folders created.' },
];

export const expandArchiveCommand: CommandDefinition = {
  name: CMDLET,
  module: 'Microsoft.PowerShell.Archive',
  synopsis: 'Extracts files from a specified archive (zipped) file.',
  defaultParameterSet: 'Path',
  confirmImpact: 'Medium',
  outputType: ['System.IO.FileSystemInfo'],
  parameters,
  create: createExpandArchive,
};
