// Set-Content (sc) and Add-Content (ac): write each -Value (or pipeline object) as a line — its .NET
// ToString(), which pwsh's content writer calls, followed by "\n" — or, with -NoNewline, back to back;
// -AsByteStream writes bytes. Set-Content replaces the file's content once, on the first input, and both
// keep the file open for the whole pipeline. Missing files are created; the default encoding is UTF-8
// without a BOM.

import { stat } from 'node:fs/promises';
import type { CommandContext, CommandDefinition } from '../../../src/pipeline/types.js';
import { makeErrorRecord } from '../../../src/engine/errors.js';
import { dotnetToString } from '../../../src/engine/conversions.js';
import { contentIoErrorRecord, qualifiedId } from './errors.js';
import { parseEncoding, type TextEncoding } from './encoding.js';
import {
  boundPaths,
  credentialParameter,
  encodingParameter,
  filterParameters,
  forceParameter,
  passThruParameter,
  pathParameters,
  rejectCredential,
  switchParam,
} from './params.js';
import { parentOf } from './paths.js';
import { nameFilter, resolveUserPath } from './resolve.js';
import { filterOptions } from './targets.js';
import { FileTextWriter } from './text-writer.js';
import { unescapeWildcard } from './wildcard.js';

type Mode = 'set' | 'add';

interface Sink {
  kind: 'file';
  path: string;
  writer: FileTextWriter;
}

interface EnvSink {
  kind: 'env';
  name: string;
  /** Set-Content replaces the value with the first input, then appends like Add-Content. */
  started: boolean;
}

/** The objects Set-Content writes: each value, with arrays inside -Value flattened one level. */
function flatten(values: unknown): unknown[] {
  const list = Array.isArray(values) ? values : [values];
  const out: unknown[] = [];
  for (const v of list) {
    if (Array.isArray(v)) out.push(...v);
    else out.push(v);
  }
  return out;
}

function byteEncodingError(cmdlet: string) {
  return makeErrorRecord('Cannot proceed with byte encoding. When using byte encoding the content must be of type byte.', {
    type: 'System.ArgumentException',
    baseTypeNames: ['System.SystemException', 'System.Exception'],
    id: qualifiedId('GetContentWriterArgumentError', cmdlet),
    category: 'InvalidArgument',
  });
}

class ContentCommand {
  private readonly sinks = new Map<string, Sink | EnvSink | null>();
  private encoding: TextEncoding | undefined;

  constructor(private readonly mode: Mode) {}

  private get cmdlet(): string {
    return this.mode === 'set' ? 'Set-Content' : 'Add-Content';
  }

  /** Opens (once per invocation) the files the bound paths name; null marks a path declined by -WhatIf or failed. */
  private async sinksFor(ctx: CommandContext): Promise<Array<Sink | EnvSink>> {
    const { paths, literal } = boundPaths(ctx);
    const filters = filterOptions(ctx);
    const accept = nameFilter(filters);
    const force = switchParam(ctx, 'Force');
    const result: Array<Sink | EnvSink> = [];
    for (const raw of paths ?? []) {
      const res = await resolveUserPath(ctx, raw, { cmdlet: this.cmdlet, literal, force });
      if (res.provider === 'none') continue;
      if (res.provider === 'Environment') {
        const key = `env:${res.name}`;
        if (!this.sinks.has(key)) this.sinks.set(key, { kind: 'env', name: res.name, started: false });
        const sink = this.sinks.get(key);
        if (sink) result.push(sink);
        continue;
      }
      // A path that names nothing yet is created (a wildcard-looking one literally, as pwsh does).
      const targets = res.entries.length > 0 ? res.entries.map((e) => e.path) : [literal ? res.path : unescapeWildcard(res.path)];
      for (const path of targets) {
        if (accept && !accept(path.slice(parentOf(path).length + 1))) continue;
        if (!this.sinks.has(path)) this.sinks.set(path, await this.openSink(ctx, path, force));
        const sink = this.sinks.get(path);
        if (sink) result.push(sink);
      }
    }
    return result;
  }

  private async openSink(ctx: CommandContext, path: string, force: boolean): Promise<Sink | null> {
    const existing = await stat(path).catch(() => null);
    if (existing?.isDirectory()) {
      ctx.writeError(contentIoErrorRecord({ code: 'EISDIR' }, path, 'GetContentWriter', this.cmdlet));
      return null;
    }
    const action = this.mode === 'set' ? 'Set Content' : 'Add Content';
    if (!(await ctx.shouldProcess(`Path: ${path}`, action))) return null;
    try {
      const writer = await FileTextWriter.open(path, this.mode === 'set' ? 'truncate' : 'append', this.encoding, force);
      return { kind: 'file', path, writer };
    } catch (err) {
      const parentMissing = !(await stat(parentOf(path) || '/').then(
        (s) => s.isDirectory(),
        () => false,
      ));
      ctx.writeError(contentIoErrorRecord(err, path, 'GetContentWriter', this.cmdlet, parentMissing));
      return null;
    }
  }

  private async writeTo(ctx: CommandContext, sink: Sink, values: unknown[], noNewline: boolean, bytes: boolean): Promise<void> {
    for (const v of values) {
      if (v === null || v === undefined) continue;
      if (bytes) {
        if (v instanceof Uint8Array) await sink.writer.writeBytes(v);
        else if (typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 255) await sink.writer.writeBytes(Uint8Array.of(v));
        else {
          ctx.writeError(byteEncodingError(this.cmdlet));
          return;
        }
      } else {
        await sink.writer.writeText(noNewline ? dotnetToString(v) : `${dotnetToString(v)}\n`);
      }
    }
  }

  private writeEnv(sink: EnvSink, values: unknown[]): void {
    const text = values.filter((v) => v !== null && v !== undefined).map((v) => dotnetToString(v)).join('');
    const replace = this.mode === 'set' && !sink.started;
    process.env[sink.name] = replace ? text : (process.env[sink.name] ?? '') + text;
    sink.started = true;
  }

  async process(ctx: CommandContext): Promise<void> {
    rejectCredential(ctx, this.cmdlet);
    if (this.encoding === undefined && ctx.isBound('Encoding') && ctx.params.Encoding !== null && ctx.params.Encoding !== undefined) {
      this.encoding = parseEncoding(ctx.params.Encoding, this.cmdlet);
    }
    const values = flatten(ctx.params.Value ?? null);
    const noNewline = switchParam(ctx, 'NoNewline');
    const bytes = switchParam(ctx, 'AsByteStream');
    const sinks = await this.sinksFor(ctx);
    for (const sink of sinks) {
      if (sink.kind === 'env') this.writeEnv(sink, values);
      else await this.writeTo(ctx, sink, values, noNewline, bytes);
    }
    if (switchParam(ctx, 'PassThru')) {
      for (const v of values) await ctx.write(v);
    }
  }

  async end(): Promise<void> {
    const errors: unknown[] = [];
    for (const sink of this.sinks.values()) {
      if (sink?.kind !== 'file') continue;
      await sink.writer.close().catch((err: unknown) => errors.push(err));
    }
    this.sinks.clear();
    if (errors.length > 0) throw errors[0];
  }

  dispose(): void {
    for (const sink of this.sinks.values()) if (sink?.kind === 'file') sink.writer.closeInBackground();
    this.sinks.clear();
  }
}

const contentParameters = [
  ...pathParameters({ sets: ['Path', 'LiteralPath'], pathMandatory: true, pathFromPipeline: false }),
  {
    name: 'Value',
    type: 'System.Object[]',
    position: 1,
    mandatory: true,
    valueFromPipeline: true,
    valueFromPipelineByPropertyName: true,
    allowNull: true,
    help: 'Specifies the content to write.',
  },
  passThruParameter,
  ...filterParameters,
  forceParameter,
  credentialParameter,
  { name: 'NoNewline', type: 'switch', help: 'The string representations of the input objects are concatenated; no newline is added.' },
  encodingParameter(),
  { name: 'AsByteStream', type: 'switch', help: 'Writes the content as a stream of bytes.' },
];

function definition(mode: Mode): CommandDefinition {
  return {
    name: mode === 'set' ? 'Set-Content' : 'Add-Content',
    aliases: mode === 'set' ? ['sc'] : ['ac'],
    module: 'Microsoft.PowerShell.Management',
    synopsis: mode === 'set' ? 'Writes new content or replaces existing content in a file.' : 'Adds content to the specified items, such as adding words to a file.',
    defaultParameterSet: 'Path',
    confirmImpact: 'Medium',
    parameters: contentParameters,
    create: () => {
      const command = new ContentCommand(mode);
      return {
        process: (ctx) => command.process(ctx),
        end: () => command.end(),
        dispose: () => command.dispose(),
      };
    },
  };
}

export const setContentCommand = definition('set');
export const addContentCommand = definition('add');
