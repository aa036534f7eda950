// Out-File: sends output to a file formatted as the console shows it (tables, lists, strings as they
// are), at -Width columns. The file is opened (created or truncated) before the first object arrives;
// -Append adds, -NoClobber refuses an existing file, -NoNewline joins the lines.

import { stat } from 'node:fs/promises';
import type { CommandContext, CommandDefinition } from '../../../src/pipeline/types.js';
import { makeErrorRecord, RuntimeError } from '../../../src/engine/errors.js';
import { renderLines } from '../../../src/format/out-default.js';
import { dotNetIoException, qualifiedId } from './errors.js';
import { parseEncoding, type TextEncoding } from './encoding.js';
import { encodingParameter, forceParameter, numberParam, stringParam, switchParam } from './params.js';
import { resolveUserPath } from './resolve.js';
import { FileTextWriter } from './text-writer.js';
import { unescapeWildcard } from './wildcard.js';

const CMDLET = 'Out-File';

function openFailure(err: unknown, path: string): RuntimeError {
  const ex = dotNetIoException(err, path, true);
  return new RuntimeError(
    makeErrorRecord(ex.message, {
      type: ex.type,
      id: qualifiedId('FileOpenFailure', CMDLET),
      category: 'OpenError',
      target: path,
    }),
  );
}

class OutFile {
  private writer: FileTextWriter | undefined;
  private skipped = false;
  /** Non-string objects wait for the end, so tables are laid out over all rows as the console would. */
  private formatted: unknown[] = [];
  private noNewline = false;
  private width = 80;

  private async target(ctx: CommandContext): Promise<string> {
    const literal = ctx.isBound('LiteralPath');
    const raw = stringParam(literal ? ctx.params.LiteralPath : ctx.params.FilePath) ?? '';
    const res = await resolveUserPath(ctx, raw, { cmdlet: CMDLET, literal, force: false });
    if (res.provider === 'none') throw new RuntimeError(makeErrorRecord(`Cannot open file because the current provider cannot open a file.`, { id: qualifiedId('ReadWriteFileNotFileSystemProvider', CMDLET), category: 'ReadError', target: raw }));
    if (res.provider === 'Environment') {
      throw new RuntimeError(
        makeErrorRecord(`Cannot open file because the current provider (Microsoft.PowerShell.Core\\Environment) cannot open a file.`, {
          id: qualifiedId('ReadWriteFileNotFileSystemProvider', CMDLET),
          category: 'ReadError',
          target: raw,
        }),
      );
    }
    if (res.entries.length > 1) {
      throw new RuntimeError(
        makeErrorRecord(`Cannot perform operation because the wildcard path ${raw} resolved to multiple files.`, {
          type: 'System.Management.Automation.PSArgumentException',
          id: qualifiedId('ReadWriteMultipleFilesNotSupported', CMDLET),
          category: 'InvalidArgument',
          target: raw,
        }),
      );
    }
    if (res.entries.length === 1) return res.entries[0].path;
    return literal ? res.path : unescapeWildcard(res.path);
  }

  async begin(ctx: CommandContext): Promise<void> {
    this.noNewline = switchParam(ctx, 'NoNewline');
    this.width = ctx.isBound('Width') ? (numberParam(ctx.params.Width) ?? ctx.host.width) : ctx.host.width;
    const encoding: TextEncoding | undefined =
      ctx.isBound('Encoding') && ctx.params.Encoding !== null && ctx.params.Encoding !== undefined ? parseEncoding(ctx.params.Encoding, CMDLET) : undefined;
    const path = await this.target(ctx);
    const append = switchParam(ctx, 'Append');
    const existing = await stat(path).catch(() => null);
    if (existing && switchParam(ctx, 'NoClobber') && !append) {
      throw new RuntimeError(
        makeErrorRecord(`The file '${path}' already exists.`, {
          type: 'System.IO.IOException',
          baseTypeNames: ['System.SystemException', 'System.Exception'],
          id: qualifiedId('NoClobber', CMDLET),
          category: 'ResourceExists',
          target: path,
        }),
      );
    }
    if (!(await ctx.shouldProcess(path, 'Output to File'))) {
      this.skipped = true;
      return;
    }
    if (existing?.isDirectory()) throw openFailure({ code: 'EISDIR' }, path);
    try {
      this.writer = await FileTextWriter.open(path, append ? 'append' : 'truncate', encoding, switchParam(ctx, 'Force'));
    } catch (err) {
      throw openFailure(err, path);
    }
  }

  private async writeLine(line: string): Promise<void> {
    if (!this.writer) return;
    await this.writer.writeText(this.noNewline ? line : `${line}\n`);
  }

  async process(ctx: CommandContext, input: unknown, hasInput: boolean): Promise<void> {
    if (this.skipped) return;
    if (!hasInput && !ctx.isBound('InputObject')) return;
    const value = hasInput ? input : ctx.params.InputObject;
    if (value === undefined) return;
    // While only strings have arrived they stream straight to the file, exactly as the console prints them.
    if (this.formatted.length === 0 && typeof value === 'string') {
      await this.writeLine(value);
      return;
    }
    this.formatted.push(value);
  }

  async end(): Promise<void> {
    if (this.formatted.length > 0) {
      for (const line of renderLines(this.formatted, this.width)) await this.writeLine(line);
      this.formatted = [];
    }
    await this.writer?.close();
    this.writer = undefined;
  }

  dispose(): void {
    this.writer?.closeInBackground();
    this.writer = undefined;
  }
}

export const outFileCommand: CommandDefinition = {
  name: 'Out-File',
  module: 'Microsoft.PowerShell.Utility',
  synopsis: 'Sends output to a file.',
  defaultParameterSet: 'ByPath',
  confirmImpact: 'Medium',
  parameters: [
    { name: 'FilePath', type: 'System.String', aliases: ['Path'], position: 0, mandatory: ['ByPath'], parameterSets: ['ByPath'], help: 'Specifies the path to the output file.' },
    {
      name: 'LiteralPath',
      type: 'System.String',
      aliases: ['PSPath', 'LP'],
      mandatory: ['ByLiteralPath'],
      valueFromPipelineByPropertyName: true,
      parameterSets: ['ByLiteralPath'],
      help: 'Specifies the path to the output file, used exactly as typed.',
    },
    encodingParameter(1),
    { name: 'Append', type: 'switch', help: 'Adds the output to the end of an existing file.' },
    forceParameter,
    { name: 'NoClobber', type: 'switch', aliases: ['NoOverwrite'], help: 'Prevents an existing file from being overwritten.' },
    { name: 'Width', type: 'System.Int32', help: 'Specifies the maximum number of characters in each line of output.' },
    { name: 'NoNewline', type: 'switch', help: 'The content written to the file does not end with a newline character.' },
    { name: 'InputObject', type: 'System.Management.Automation.PSObject', valueFromPipeline: true, help: 'Specifies the objects to be written to the file.' },
  ],
  create: () => {
    const command = new OutFile();
    return {
      begin: (ctx) => command.begin(ctx),
      process: (ctx, input, hasInput) => command.process(ctx, input, hasInput),
      end: () => command.end(),
      dispose: () => command.dispose(),
    };
  },
};
