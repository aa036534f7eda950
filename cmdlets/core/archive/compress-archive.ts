// Compress-Archive (Microsoft.PowerShell.Archive 1.2.5): zips files and directories into a .zip file,
// creating it, replacing it (-Force) or adding to it (-Update). The archive is written to a temporary file
// next to the destination and renamed into place once complete, so a failed or interrupted run leaves
// no partial archive (and, with -Update or -Force, the previous archive intact).

import { open, rename, unlink, type FileHandle } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { unlinkSync } from 'node:fs';
import { onProcessEnd } from '../../../src/local/cleanup.js';
import type { CommandContext, CommandDefinition, ParameterDef } from '../../../src/pipeline/types.js';
import { RuntimeError } from '../../../src/engine/errors.js';
import { PipelineStoppedError } from '../../../src/pipeline/stop.js';
import { getEntry, isContainer } from '../filesystem/fs-entry.js';
import { attributeBits, extensionOf, makeFileSystemItem } from '../filesystem/items.js';
import { FileAttribute } from '../filesystem/enums.js';
import { DriveNotFound, joinPath, leafOf, parentOf, parseUserPath } from '../filesystem/paths.js';
import { driveNotFound, dotNetIoException } from '../filesystem/errors.js';
import { switchParam } from '../filesystem/params.js';
import { ArchiveText, archiveError, format, terminate, pathNotResolved } from './messages.js';
import { planEntries, type PlannedEntry } from './sources.js';
import { inputPaths, resolvePaths } from './resolve-paths.js';
import { ZipFileWriter, type CompressionLevel } from './zip-writer.js';
import { entryChunks, isDirectoryEntry, readEntries, ZipFormatError, type ZipEntryInfo } from './zip-reader.js';
import { fileChunks } from './file-chunks.js';
import { DOS_EPOCH, isDosRepresentable } from './dos-time.js';
import { entryProgress, type EntryProgress } from './progress.js';

const CMDLET = 'Compress-Archive';

interface Destination {
  path: string;
  exists: boolean;
}

/** The BEGIN block: the archive path made absolute, '.zip' appended when it has no extension, and checked. */
async function resolveDestination(ctx: CommandContext, update: boolean, force: boolean): Promise<Destination> {
  const raw = String(ctx.params.DestinationPath);
  let absolute: string;
  try {
    const parsed = parseUserPath(ctx.session, raw);
    if (parsed.provider !== 'FileSystem') pathNotResolved(CMDLET, raw);
    absolute = parsed.path;
  } catch (err) {
    if (err instanceof DriveNotFound) throw new RuntimeError(driveNotFound(err.driveName, CMDLET));
    throw err;
  }
  const parent = parentOf(absolute);
  if (parent === '') terminate(CMDLET, 'InvalidArchiveFilePath', format(ArchiveText.InvalidDestinationPath, absolute), 'InvalidArgument', absolute);
  const parents = await resolvePaths(ctx, CMDLET, parent, false);
  if (parents.length > 1) {
    terminate(CMDLET, 'InvalidArchiveFilePath', format(ArchiveText.InvalidArchiveFilePathError, absolute, 'DestinationPath', 'DestinationPath'), 'InvalidArgument', absolute);
  }
  let path = joinPath(parents[0], leafOf(absolute));
  if (extensionOf(leafOf(path)) === '') {
    const withoutExtension = path;
    path += '.zip';
    ctx.writeVerbose(format(ArchiveText.AppendArchiveFileExtensionMessage, withoutExtension, path));
  }
  const entry = await getEntry(path).catch(() => null);
  if (entry && isContainer(entry)) {
    // What opening a FileStream on a directory raises.
    throw new RuntimeError(
      archiveError(CMDLET, 'UnauthorizedAccessException', `Access to the path '${path}' is denied.`, 'PermissionDenied', path, {
        type: 'System.UnauthorizedAccessException',
      }),
    );
  }
  const exists = entry !== null;
  if (exists && !update && !force) terminate(CMDLET, 'ArchiveFileExists', format(ArchiveText.ZipFileExistError, path), 'InvalidArgument', path);
  if (exists && update && entry && attributeBits(entry) & FileAttribute.ReadOnly) {
    terminate(CMDLET, 'ArchiveFileIsReadOnly', format(ArchiveText.ArchiveFileIsReadOnly, path), 'InvalidOperation', path);
  }
  return { path, exists };
}

/** ValidateDuplicateFileSystemPath: the same path typed twice (ignoring case) ends the command. */
function rejectDuplicates(setName: string, paths: readonly string[]): void {
  const seen = new Set<string>();
  for (const p of paths) {
    const key = p.toUpperCase();
    if (seen.has(key)) terminate(CMDLET, 'DuplicatePathFound', format(ArchiveText.DuplicatePathFoundError, setName, p, setName), 'InvalidArgument', p);
    seen.add(key);
  }
}

/** CSVHelper: one path as is, several each on its own line after a leading newline (the -WhatIf target). */
function csv(paths: readonly string[]): string {
  return paths.length > 1 ? `\n${paths.join('\n')}` : (paths[0] ?? '');
}

function abortCheck(ctx: CommandContext): () => void {
  return () => {
    if (ctx.signal.aborted) throw new PipelineStoppedError();
  };
}

interface RunState {
  ctx: CommandContext;
  writer: ZipFileWriter;
  level: CompressionLevel;
  progress: EntryProgress;
  checkAborted: () => void;
}

/** Copies the entries of the archive being updated that no new entry replaces (names compare ignoring case). */
async function copyKeptEntries(state: RunState, archive: string, replaced: ReadonlySet<string>): Promise<void> {
  let fh: FileHandle;
  try {
    fh = await open(archive, 'r');
  } catch (err) {
    const ex = dotNetIoException(err, archive);
    throw new RuntimeError(archiveError(CMDLET, 'ArchiveFileOpenError', ex.message, 'ReadError', archive, { type: ex.type }));
  }
  try {
    let entries: ZipEntryInfo[];
    try {
      entries = await readEntries(fh);
    } catch (err) {
      if (err instanceof ZipFormatError) {
        throw new RuntimeError(archiveError(CMDLET, 'InvalidDataException', err.message, 'InvalidData', archive, { type: 'System.IO.InvalidDataException' }));
      }
      throw err;
    }
    for (const entry of entries) {
      if (replaced.has(entry.name.toLowerCase())) continue;
      if (isDirectoryEntry(entry)) await state.writer.addDirectory(entry.name, entry.lastWriteTime);
      else {
        const level: CompressionLevel = entry.method === 0 ? 'NoCompression' : 'Optimal';
        await state.writer.addFile(entry.name, entry.lastWriteTime, level, entry.size, entryChunks(fh, entry, state.checkAborted));
      }
    }
  } finally {
    await fh.close().catch(() => undefined);
  }
}

/** Adds one planned item; false when its file could not be opened (a non-terminating error, as the module writes). */
async function addPlanned(state: RunState, item: PlannedEntry): Promise<boolean> {
  const { ctx, writer } = state;
  if (item.directory) {
    await writer.addDirectory(item.name, new Date());
    ctx.writeVerbose(format(ArchiveText.AddItemtoArchiveFile, `${item.source}/`));
    return true;
  }
  let fh: FileHandle;
  try {
    fh = await open(item.source, 'r');
  } catch (err) {
    const ex = dotNetIoException(err, item.source);
    ctx.writeError(archiveError(CMDLET, 'CompressArchiveUnauthorizedAccessError', ex.message, 'PermissionDenied', item.source, { type: ex.type }));
    return false;
  }
  try {
    const stats = await fh.stat();
    let lastWriteTime = stats.mtime;
    if (!isDosRepresentable(lastWriteTime)) {
      if (lastWriteTime.getFullYear() < 1980) {
        ctx.writeWarning(
          `'${item.source}' has LastWriteTime earlier than 1980. Compress-Archive will store any files with LastWriteTime values earlier than 1980 as 1/1/1980 00:00.`,
        );
      }
      lastWriteTime = DOS_EPOCH();
    }
    try {
      await writer.addFile(item.name, lastWriteTime, state.level, stats.size, fileChunks(fh, state.checkAborted));
    } catch (err) {
      const code = (err as { code?: unknown }).code;
      if (typeof code !== 'string') throw err;
      const ex = dotNetIoException(err, item.source);
      throw new RuntimeError(archiveError(CMDLET, 'CompressArchiveIOError', ex.message, 'ReadError', item.source, { type: ex.type }));
    }
  } finally {
    await fh.close().catch(() => undefined);
  }
  ctx.writeVerbose(format(ArchiveText.AddItemtoArchiveFile, item.source));
  return true;
}

/** The new entries, with later duplicates of a name replacing earlier ones when updating (ZipArchive update mode). */
function dedupeForUpdate(planned: PlannedEntry[]): PlannedEntry[] {
  const last = new Map<string, number>();
  planned.forEach((p, i) => last.set(p.name.toLowerCase(), i));
  return planned.filter((p, i) => last.get(p.name.toLowerCase()) === i);
}

async function compress(ctx: CommandContext, destination: Destination, sources: string[], update: boolean): Promise<void> {
  const dir = parentOf(destination.path) || '/';
  const temp = joinPath(dir, `.${leafOf(destination.path)}.${randomBytes(6).toString('hex')}.partial`);
  const updating = update && destination.exists;
  let planned = await planEntries(sources, new Set([destination.path, temp]));
  if (updating) planned = dedupeForUpdate(planned);
  const levelParam = ctx.params.CompressionLevel;
  const level: CompressionLevel = levelParam === 'Fastest' || levelParam === 'NoCompression' ? levelParam : 'Optimal';
  const progress = entryProgress(ctx, CMDLET, format(ArchiveText.CompressProgressBarText, destination.path));
  let writer: ZipFileWriter | null = null;
  let archived = 0;
  // Ctrl-C in a script ends the process without unwinding this pipeline: the partial file still goes.
  const cancelCleanup = onProcessEnd(() => unlinkSync(temp));
  try {
    writer = await ZipFileWriter.create(temp);
    const state: RunState = { ctx, writer, level, progress, checkAborted: abortCheck(ctx) };
    if (updating) await copyKeptEntries(state, destination.path, new Set(planned.map((p) => p.name.toLowerCase())));
    for (let i = 0; i < planned.length; i++) {
      if (await addPlanned(state, planned[i])) archived++;
      progress.update(i + 1, planned.length);
    }
    await writer.finish();
    writer = null;
    // Nothing added: a new archive would be empty and is dropped; an updated one stays as it was.
    if (archived === 0) {
      await unlink(temp).catch(() => undefined);
      if (!updating) ctx.writeVerbose(format(ArchiveText.DeleteArchiveFile, destination.path));
      return;
    }
    await rename(temp, destination.path);
  } catch (err) {
    if (writer) await writer.abort();
    await unlink(temp).catch(() => undefined);
    ctx.writeVerbose(format(ArchiveText.DeleteArchiveFile, destination.path));
    if (err instanceof Error && !(err instanceof RuntimeError) && typeof (err as { code?: unknown }).code === 'string') {
      const ex = dotNetIoException(err, destination.path);
      throw new RuntimeError(archiveError(CMDLET, 'CompressArchiveIOError', ex.message, 'WriteError', destination.path, { type: ex.type }));
    }
    if (err instanceof Error && !(err instanceof RuntimeError)) {
      throw new RuntimeError(archiveError(CMDLET, 'CompressArchiveError', err.message, 'WriteError', destination.path));
    }
    throw err;
  } finally {
    cancelCleanup();
    progress.end();
  }
  if (switchParam(ctx, 'PassThru')) {
    const created = await getEntry(destination.path);
    if (created) await ctx.write(makeFileSystemItem(created));
  }
}

function createCompressArchive() {
  let destination: Destination | undefined;
  const inputs: string[] = [];
  let literal = false;
  return {
    async begin(ctx: CommandContext): Promise<void> {
      destination = await resolveDestination(ctx, switchParam(ctx, 'Update'), switchParam(ctx, 'Force'));
      if (!ctx.isBound('WhatIf')) ctx.writeVerbose(ArchiveText.PreparingToCompressVerboseMessage);
    },
    process(ctx: CommandContext): void {
      const bound = inputPaths(ctx);
      literal = bound.literal;
      inputs.push(...bound.paths);
    },
    async end(ctx: CommandContext): Promise<void> {
      if (!destination) return;
      rejectDuplicates(ctx.parameterSetName, inputs);
      const sources: string[] = [];
      for (const raw of inputs) sources.push(...(await resolvePaths(ctx, CMDLET, raw, literal)));
      if (!(await ctx.shouldProcess(csv(sources), CMDLET))) return;
      await compress(ctx, destination, sources, switchParam(ctx, 'Update'));
    },
  };
}

const PATH_SETS = ['Path', 'PathWithForce', 'PathWithUpdate'];
const LITERAL_SETS = ['LiteralPath', 'LiteralPathWithForce', 'LiteralPathWithUpdate'];

const parameters: ParameterDef[] = [
  {
    name: 'Path',
    type: 'System.String[]',
    position: 0,
    mandatory: PATH_SETS,
    valueFromPipeline: true,
    valueFromPipelineByPropertyName: true,
    parameterSets: PATH_SETS,
    help: 'Specifies the path or paths to the files that you want to add to the archive zipped file. Wildcards are accepted.',
  },
  {
    name: 'LiteralPath',
    type: 'System.String[]',
    aliases: ['PSPath'],
    mandatory: LITERAL_SETS,
    valueFromPipelineByPropertyName: true,
    parameterSets: LITERAL_SETS,
    help: 'Specifies the path or paths to the files that you want to add to the archive zipped file, used exactly as typed.',
  },
  { name: 'DestinationPath', type: 'System.String', position: 1, mandatory: true, help: 'Specifies the path to the archive output file.' },
  {
    name: 'CompressionLevel',
    type: 'System.String',
    validateSet: ['Optimal', 'NoCompression', 'Fastest'],
    help: 'Specifies how much compression to apply when you are creating the archive file.',
  },
  {
    name: 'Update',
    type: 'switch',
    mandatory: ['PathWithUpdate', 'LiteralPathWithUpdate'],
    parameterSets: ['PathWithUpdate', 'LiteralPathWithUpdate'],
    help: 'Updates the specified archive by replacing older files with newer files that have the same names, and adds new files.',
  },
  {
    name: 'Force',
    type: 'switch',
    mandatory: ['PathWithForce', 'LiteralPathWithForce'],
    parameterSets: ['PathWithForce', 'LiteralPathWithForce'],
    help: 'Overwrites an existing archive file.',
  },
  { name: 'PassThru', type: 'switch', help: 'Returns the archive file (a System.IO.FileInfo).' },
];

export const compressArchiveCommand: CommandDefinition = {
  name: CMDLET,
  module: 'Microsoft.PowerShell.Archive',
  synopsis: 'Creates a compressed archive, or zipped file, from specified files and directories.',
  defaultParameterSet: 'Path',
  confirmImpact: 'Medium',
  outputType: ['System.IO.FileInfo'],
  parameters,
  create: createCompressArchive,
};
