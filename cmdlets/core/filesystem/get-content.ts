// Get-Content (gc, cat, type): streams a file's lines one by one (or -Delimiter pieces, -Raw text,
// -AsByteStream bytes), with -TotalCount/-Tail/-ReadCount and -Wait, without loading the file unless asked.

import { open, stat, type FileHandle } from 'node:fs/promises';
import type { CommandContext, CommandDefinition } from '../../../src/pipeline/types.js';
import { makeErrorRecord } from '../../../src/engine/errors.js';
import { envNotFound, matchingEnvNames } from './env-provider.js';
import { contentIoErrorRecord, qualifiedId } from './errors.js';
import { parseEncoding, type TextEncoding } from './encoding.js';
import { isContainer } from './fs-entry.js';
import { boundPaths, credentialParameter, encodingParameter, filterParameters, forceParameter, numberParam, pathParameters, rejectCredential, stringParam, switchParam } from './params.js';
import { filterOptions, resolveTargets } from './targets.js';
import { DelimiterSplitter, LineSplitter, lastLinesText, readByteChunks, readTextChunks, sniffEncoding, type RecordSplitter } from './text-reader.js';

const CMDLET = 'Get-Content';
const POLL_MS = 250;

interface ReadSettings {
  readCount: number;
  /** -1: everything. */
  totalCount: number;
  /** -1: not tailing. */
  tail: number;
  raw: boolean;
  wait: boolean;
  bytes: boolean;
  delimiter: string | undefined;
  encoding: TextEncoding | undefined;
}

/** Emits records honouring -ReadCount: one by one, in blocks of n, or all in one block (0 or less). */
class RecordWriter {
  private block: unknown[] = [];
  written = 0;
  constructor(
    private readonly ctx: CommandContext,
    private readonly readCount: number,
  ) {}

  async add(record: unknown): Promise<void> {
    this.written++;
    if (this.readCount === 1) {
      await this.ctx.write(record);
      return;
    }
    this.block.push(record);
    if (this.readCount > 1 && this.block.length >= this.readCount) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.block.length === 0) return;
    const block = this.block;
    this.block = [];
    await this.ctx.write(block);
  }
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const onAbort = (): void => {
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/** Emits the last `tail` records as pwsh's ScanForwardsForTail does with -ReadCount. */
async function writeTail(ctx: CommandContext, records: unknown[], readCount: number): Promise<void> {
  if (records.length === 0) return;
  if (readCount <= 0 || (readCount >= records.length && readCount !== 1)) {
    await ctx.write(records);
  } else if (readCount === 1) {
    for (const r of records) await ctx.write(r);
  } else {
    for (let i = 0; i < records.length; i += readCount) await ctx.write(records.slice(i, i + readCount));
  }
}

async function readBytes(ctx: CommandContext, handle: FileHandle, s: ReadSettings): Promise<void> {
  if (s.raw) {
    const data = await handle.readFile();
    if (data.length > 0) await ctx.write(new Uint8Array(data));
    return;
  }
  if (s.tail >= 0) {
    const { size } = await handle.stat();
    const start = Math.max(0, size - s.tail);
    const data = Buffer.alloc(size - start);
    await handle.read(data, 0, data.length, start);
    await writeTail(ctx, Array.from(data), s.readCount);
    return;
  }
  const out = new RecordWriter(ctx, s.readCount);
  for await (const chunk of readByteChunks(handle, ctx.signal)) {
    for (const b of chunk) {
      if (s.totalCount >= 0 && out.written >= s.totalCount) break;
      await out.add(b);
    }
    if (s.totalCount >= 0 && out.written >= s.totalCount) break;
  }
  await out.flush();
}

async function readRaw(ctx: CommandContext, handle: FileHandle, s: ReadSettings): Promise<void> {
  let text = '';
  for await (const chunk of readTextChunks(handle, s.encoding, ctx.signal)) text += chunk;
  if (s.tail >= 0) text = lastLinesText(text, s.tail);
  if (text.length > 0) await ctx.write(text);
}

function makeSplitter(s: ReadSettings): RecordSplitter {
  return s.delimiter !== undefined ? new DelimiterSplitter(s.delimiter) : new LineSplitter();
}

async function readRecords(ctx: CommandContext, handle: FileHandle, s: ReadSettings): Promise<void> {
  const splitter = makeSplitter(s);
  const pending: string[] = [];
  const tailBuffer: string[] = [];
  const tailing = s.tail >= 0;
  const out = new RecordWriter(ctx, s.readCount);
  const limitReached = (): boolean => s.totalCount >= 0 && out.written >= s.totalCount;

  const emit = async (): Promise<boolean> => {
    for (const record of pending) {
      if (tailing) {
        tailBuffer.push(record);
        if (tailBuffer.length > s.tail) tailBuffer.shift();
      } else {
        if (limitReached()) return false;
        await out.add(record);
      }
    }
    pending.length = 0;
    return !limitReached();
  };

  const { encoding, start } = await sniffEncoding(handle, s.encoding);
  const decoder = encoding.decoder();
  let position = start;
  let more = true;
  for await (const chunk of readByteChunks(handle, ctx.signal, start)) {
    position += chunk.length;
    splitter.push(decoder.write(chunk), pending);
    if (!(await emit())) {
      more = false;
      break;
    }
  }
  if (more) {
    // With -Wait the decoder stays open for what gets appended; an unterminated last line still shows now.
    if (!s.wait) splitter.push(decoder.end(), pending);
    splitter.finish(pending);
    await emit();
  }
  if (tailing) await writeTail(ctx, tailBuffer.splice(0), s.readCount);
  await out.flush();
  if (s.wait && more) await follow(ctx, handle, position, splitter, decoder, pending, out);
}

/** -Wait: keeps reading what is appended to the file until the pipeline stops; restarts if it shrinks. */
async function follow(
  ctx: CommandContext,
  handle: FileHandle,
  from: number,
  splitter: RecordSplitter,
  decoder: { write(chunk: Uint8Array): string },
  pending: string[],
  out: RecordWriter,
): Promise<void> {
  let position = from;
  while (!ctx.signal.aborted) {
    await sleep(POLL_MS, ctx.signal);
    if (ctx.signal.aborted) return;
    const { size } = await handle.stat();
    if (size < position) position = 0;
    if (size === position) continue;
    for await (const chunk of readByteChunks(handle, ctx.signal, position)) {
      position += chunk.length;
      splitter.push(decoder.write(chunk), pending);
    }
    splitter.finish(pending);
    for (const record of pending) await out.add(record);
    pending.length = 0;
    await out.flush();
  }
}

function readSettings(ctx: CommandContext): ReadSettings | undefined {
  const totalSpecified = ctx.isBound('TotalCount');
  const tailSpecified = ctx.isBound('Tail');
  if (totalSpecified && tailSpecified) {
    ctx.writeError(
      makeErrorRecord('The parameters TotalCount and Tail cannot be used together. Please specify only one parameter.', {
        type: 'System.InvalidOperationException',
        baseTypeNames: ['System.SystemException', 'System.Exception'],
        id: qualifiedId('TailAndHeadCannotCoexist', CMDLET),
        category: 'InvalidOperation',
      }),
    );
    return undefined;
  }
  const bytes = switchParam(ctx, 'AsByteStream');
  const raw = switchParam(ctx, 'Raw');
  const wait = switchParam(ctx, 'Wait');
  const delimiter = ctx.isBound('Delimiter') ? (stringParam(ctx.params.Delimiter) ?? '') : undefined;
  if (raw && wait) {
    ctx.writeError(
      makeErrorRecord('The Raw and Wait parameters cannot be specified in the same command.', {
        type: 'System.Management.Automation.PSArgumentException',
        baseTypeNames: ['System.ArgumentException', 'System.SystemException', 'System.Exception'],
        id: qualifiedId('RawAndWaitCannotCoexist', CMDLET),
        category: 'InvalidArgument',
      }),
    );
    return undefined;
  }
  if (bytes && delimiter !== undefined) {
    ctx.writeError(
      makeErrorRecord('A delimiter cannot be specified when reading the stream one byte at a time.', {
        type: 'System.ArgumentException',
        baseTypeNames: ['System.SystemException', 'System.Exception'],
        id: qualifiedId('GetContentReaderArgumentError', CMDLET),
        category: 'InvalidArgument',
      }),
    );
    return undefined;
  }
  let encoding: TextEncoding | undefined;
  if (ctx.isBound('Encoding') && ctx.params.Encoding !== null && ctx.params.Encoding !== undefined) {
    encoding = parseEncoding(ctx.params.Encoding, CMDLET);
    if (bytes) ctx.writeWarning("Encoding not used when '-AsByteStream' specified.");
  }
  const tail = tailSpecified ? (numberParam(ctx.params.Tail) ?? -1) : -1;
  return {
    readCount: ctx.isBound('ReadCount') ? (numberParam(ctx.params.ReadCount) ?? 1) : 1,
    totalCount: totalSpecified ? (numberParam(ctx.params.TotalCount) ?? -1) : -1,
    tail: tail < 0 ? -1 : tail,
    raw,
    wait,
    bytes,
    delimiter,
    encoding,
  };
}

async function readFile(ctx: CommandContext, path: string, s: ReadSettings): Promise<void> {
  let handle: FileHandle;
  try {
    handle = await open(path, 'r');
  } catch (err) {
    const parentMissing = await stat(path.slice(0, path.lastIndexOf('/')) || '/').then(
      () => false,
      () => true,
    );
    ctx.writeError(contentIoErrorRecord(err, path, 'GetContentReader', CMDLET, parentMissing));
    return;
  }
  try {
    if (s.bytes) await readBytes(ctx, handle, s);
    else if (s.raw) await readRaw(ctx, handle, s);
    else await readRecords(ctx, handle, s);
  } catch (err) {
    if (typeof err === 'object' && err !== null && 'code' in err) {
      ctx.writeError(contentIoErrorRecord(err, path, 'GetContentReader', CMDLET));
      return;
    }
    throw err;
  } finally {
    await handle.close();
  }
}

async function getContent(ctx: CommandContext): Promise<void> {
  rejectCredential(ctx, CMDLET);
  const settings = readSettings(ctx);
  if (!settings || settings.totalCount === 0) return;
  const { paths, literal } = boundPaths(ctx);
  const targets = await resolveTargets(ctx, paths ?? [], {
    cmdlet: CMDLET,
    literal,
    force: switchParam(ctx, 'Force'),
    filters: filterOptions(ctx),
  });
  for (const target of targets) {
    if (ctx.signal.aborted) return;
    if (target.provider === 'Environment') {
      const names = matchingEnvNames(target.name, target.wildcard);
      if (names.length === 0 && !target.wildcard) ctx.writeError(envNotFound(target.name, CMDLET));
      for (const name of names) await ctx.write(process.env[name] ?? '');
      continue;
    }
    const entry = target.entry;
    if (isContainer(entry)) {
      ctx.writeError(
        makeErrorRecord(`Unable to get content because it is a directory: '${entry.path}'. Please use 'Get-ChildItem' instead.`, {
          type: 'System.InvalidOperationException',
          baseTypeNames: ['System.SystemException', 'System.Exception'],
          id: qualifiedId('GetContainerContentException', CMDLET),
          category: 'InvalidOperation',
        }),
      );
      continue;
    }
    await readFile(ctx, entry.path, settings);
  }
}

export const getContentCommand: CommandDefinition = {
  name: 'Get-Content',
  aliases: ['gc', 'cat', 'type'],
  module: 'Microsoft.PowerShell.Management',
  synopsis: 'Gets the content of the item at the specified location.',
  defaultParameterSet: 'Path',
  outputType: ['System.Byte', 'System.String'],
  parameters: [
    ...pathParameters({ sets: ['Path', 'LiteralPath'], pathMandatory: true, pathFromPipeline: false }),
    { name: 'ReadCount', type: 'System.Int64', valueFromPipelineByPropertyName: true, help: 'How many lines of content are sent through the pipeline at a time.' },
    { name: 'TotalCount', type: 'System.Int64', aliases: ['First', 'Head'], valueFromPipelineByPropertyName: true, help: 'The number of lines from the beginning of a file.' },
    { name: 'Tail', type: 'System.Int32', aliases: ['Last'], valueFromPipelineByPropertyName: true, help: 'The number of lines from the end of a file.' },
    ...filterParameters,
    forceParameter,
    credentialParameter,
    { name: 'Delimiter', type: 'System.String', help: 'The delimiting string used to divide the file into objects.' },
    { name: 'Wait', type: 'switch', help: 'Keeps the file open after all existing lines have been output, and outputs new lines.' },
    { name: 'Raw', type: 'switch', help: 'Returns the whole file as one string, preserving newlines.' },
    encodingParameter(),
    { name: 'AsByteStream', type: 'switch', help: 'Reads the content as a stream of bytes.' },
  ],
  create: () => ({ process: (ctx) => getContent(ctx) }),
};
