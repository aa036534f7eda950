// ConvertTo-Csv, ConvertFrom-Csv, Export-Csv and Import-Csv with pwsh 7's defaults: every field quoted,
// no #TYPE line unless -IncludeTypeInformation, UTF-8 without BOM, "\n" line endings.

import * as fs from 'node:fs';
import * as nodePath from 'node:path';
import type { CommandContext, CommandDefinition, ParameterDef } from '../../../src/pipeline/types.js';
import { RuntimeError, makeErrorRecord, type ErrorCategory } from '../../../src/engine/errors.js';
import { toStr } from '../../../src/engine/conversions.js';
import { hasWildcard, wildcardToRegExp } from '../../../src/engine/operators.js';
import { CsvReader, csvHeaderLine, csvPropertyNames, csvRecordLine, csvTypeLine, type CsvWriteOptions, type QuoteKind } from './csv.js';
import { decodeText, encodeText, preamble, resolveEncoding, type TextEncodingName } from './encoding.js';

function commandError(command: string, message: string, id: string, category: ErrorCategory, type: string, target: unknown = null): RuntimeError {
  const record = makeErrorRecord(message, { type, id: `${id},Microsoft.PowerShell.Commands.${command.replace('-', '')}Command`, category, target });
  record.commandName = command;
  return new RuntimeError(record);
}

/** -Delimiter / -UseCulture: a single character, ',' by default (the en-US list separator too). */
function delimiterOf(ctx: CommandContext): string {
  if (ctx.isBound('Delimiter')) {
    const d = toStr(ctx.params.Delimiter);
    if (d.length > 0) return d[0]!;
  }
  return ',';
}

function stringList(v: unknown): string[] | undefined {
  if (v === null || v === undefined) return undefined;
  return (Array.isArray(v) ? v : [v]).map((x) => toStr(x));
}

interface WriterSettings extends CsvWriteOptions {
  includeType: boolean;
  noHeader: boolean;
}

function writerSettings(ctx: CommandContext, command: string): WriterSettings {
  if (ctx.isBound('IncludeTypeInformation') && ctx.isBound('NoTypeInformation')) {
    throw commandError(
      command,
      'You cannot specify both parameters IncludeTypeInformation and NoTypeInformation.',
      'CannotSpecifyIncludeTypeInformationAndNoTypeInformation',
      'InvalidData',
      'System.InvalidOperationException',
    );
  }
  const uq = ctx.isBound('UseQuotes') ? toStr(ctx.params.UseQuotes) : 'Always';
  const quoteKind = (['Always', 'AsNeeded', 'Never'].find((k) => k.toLowerCase() === uq.toLowerCase()) ?? 'Always') as QuoteKind;
  return {
    delimiter: delimiterOf(ctx),
    quoteKind,
    quoteFields: ctx.isBound('QuoteFields') ? stringList(ctx.params.QuoteFields) : undefined,
    includeType: ctx.params.IncludeTypeInformation === true,
    noHeader: ctx.params.NoHeader === true,
  };
}

const WRITE_PARAMETERS: ParameterDef[] = [
  { name: 'Delimiter', type: 'System.Char', position: 1, parameterSets: ['Delimiter'] },
  { name: 'UseCulture', type: 'switch', parameterSets: ['UseCulture'] },
  { name: 'IncludeTypeInformation', type: 'switch', aliases: ['ITI'] },
  { name: 'NoTypeInformation', type: 'switch', aliases: ['NTI'], hidden: true },
  { name: 'QuoteFields', type: 'System.String[]', aliases: ['QF'] },
  { name: 'UseQuotes', type: 'Microsoft.PowerShell.Commands.BaseCsvWritingCommand+QuoteKind', aliases: ['UQ'], validateSet: ['Never', 'Always', 'AsNeeded'] },
  { name: 'NoHeader', type: 'switch' },
];

/** Produces the CSV lines for each input object (header lines first), as both writers do. */
class CsvWriterState {
  names: string[] | undefined;
  /** Checks the first object before anything is written (-Append's column check). */
  validateFirst?: (obj: unknown) => void;
  constructor(
    private readonly settings: WriterSettings,
    /** Column names already in the file (-Append); no header is written then. */
    private readonly existing?: string[],
  ) {}

  linesFor(obj: unknown): string[] {
    const lines: string[] = [];
    if (!this.names) {
      this.validateFirst?.(obj);
      this.names = this.existing ?? csvPropertyNames(obj);
      if (!this.existing) {
        if (this.settings.includeType) lines.push(csvTypeLine(obj));
        if (!this.settings.noHeader) lines.push(csvHeaderLine(this.names, this.settings));
      }
    }
    lines.push(csvRecordLine(obj, this.names, this.settings));
    return lines;
  }
}

export const convertToCsvCommand: CommandDefinition = {
  name: 'ConvertTo-Csv',
  module: 'Microsoft.PowerShell.Utility',
  synopsis: 'Converts .NET objects into a series of character-separated value (CSV) strings.',
  defaultParameterSet: 'Delimiter',
  outputType: ['System.String'],
  parameters: [{ name: 'InputObject', type: 'System.Object', position: 0, mandatory: true, valueFromPipeline: true, valueFromPipelineByPropertyName: true }, ...WRITE_PARAMETERS],
  create() {
    let state: CsvWriterState | undefined;
    return {
      begin(ctx) {
        state = new CsvWriterState(writerSettings(ctx, 'ConvertTo-Csv'));
      },
      process(ctx, input, hasInput) {
        const obj = hasInput ? input : ctx.params.InputObject;
        if (obj === null || obj === undefined) return;
        const lines = state!.linesFor(obj);
        return writeLines(ctx, lines, 0);
      },
    };
  },
};

function writeLines(ctx: CommandContext, lines: string[], start: number): ReturnType<CommandContext['write']> {
  for (let i = start; i < lines.length; i++) {
    const r = ctx.write(lines[i]);
    if (r instanceof Promise) return r.then(() => writeLines(ctx, lines, i + 1));
  }
}

// ---------------------------------------------------------------------------------------------------------
// Files
// ---------------------------------------------------------------------------------------------------------

/** Resolves -Path (wildcards must match exactly one file) or -LiteralPath to a file-system path. */
function resolveFilePath(ctx: CommandContext, command: string, raw: string, literal: boolean, mustExist: boolean): string {
  const full = ctx.session.resolvePath(raw);
  if (literal || !hasWildcard(nodePath.basename(full))) return full;
  const dir = nodePath.dirname(full);
  const re = wildcardToRegExp(nodePath.basename(full));
  let matches: string[] = [];
  try {
    matches = fs.readdirSync(dir).filter((n) => re.test(n));
  } catch {
    matches = [];
  }
  if (matches.length > 1) {
    throw commandError(command, `The path '${raw}' resolved to more than one file; can process only one file.`, 'ReadWriteMultipleFilesNotSupported', 'InvalidArgument', 'System.Management.Automation.PSArgumentException', raw);
  }
  if (matches.length === 0) {
    if (!mustExist) return full;
    throw commandError(command, `Cannot find path '${full}' because it does not exist.`, 'PathNotFound', 'ObjectNotFound', 'System.Management.Automation.ItemNotFoundException', raw);
  }
  return nodePath.join(dir, matches[0]!);
}

function fileOpenError(command: string, err: unknown, file: string): RuntimeError {
  const code = (err as { code?: string }).code;
  const message =
    code === 'ENOENT'
      ? `Could not find file '${file}'.`
      : code === 'EACCES' || code === 'EPERM'
        ? `Access to the path '${file}' is denied.`
        : code === 'EISDIR'
          ? `Access to the path '${file}' is denied.`
          : String((err as Error).message ?? err);
  return commandError(command, message, 'FileOpenFailure', 'OpenError', code === 'ENOENT' ? 'System.IO.FileNotFoundException' : 'System.UnauthorizedAccessException', file);
}

export const exportCsvCommand: CommandDefinition = {
  name: 'Export-Csv',
  aliases: ['epcsv'],
  module: 'Microsoft.PowerShell.Utility',
  synopsis: 'Converts objects into a series of character-separated value (CSV) strings and saves the strings to a file.',
  defaultParameterSet: 'Delimiter',
  confirmImpact: 'Medium',
  parameters: [
    { name: 'InputObject', type: 'System.Object', mandatory: true, valueFromPipeline: true, valueFromPipelineByPropertyName: true },
    { name: 'Path', type: 'System.String', position: 0 },
    { name: 'LiteralPath', type: 'System.String', aliases: ['PSPath', 'LP'] },
    { name: 'Force', type: 'switch' },
    { name: 'NoClobber', type: 'switch', aliases: ['NoOverwrite'] },
    { name: 'Encoding', type: 'System.Text.Encoding' },
    { name: 'Append', type: 'switch' },
    ...WRITE_PARAMETERS,
  ],
  create() {
    let fd: number | undefined;
    let state: CsvWriterState | undefined;
    let encoding: TextEncodingName = 'utf8';
    let skip = false;
    const close = (): void => {
      if (fd !== undefined) fs.closeSync(fd);
      fd = undefined;
    };
    return {
      begin(ctx) {
        const hasPath = ctx.isBound('Path') && ctx.params.Path !== null;
        const hasLiteral = ctx.isBound('LiteralPath') && ctx.params.LiteralPath !== null;
        if (hasPath === hasLiteral) {
          throw commandError('Export-Csv', 'You must specify either the -Path or -LiteralPath parameters, but not both.', 'CannotSpecifyPathAndLiteralPath', 'InvalidData', 'System.InvalidOperationException');
        }
        const raw = toStr(hasPath ? ctx.params.Path : ctx.params.LiteralPath);
        const file = resolveFilePath(ctx, 'Export-Csv', raw, hasLiteral, false);
        const settings = writerSettings(ctx, 'Export-Csv');
        encoding = resolveEncoding(ctx.params.Encoding);
        const proceed = ctx.shouldProcess(file, 'Export-Csv');
        const open = (go: boolean): void => {
          if (!go) {
            skip = true;
            return;
          }
          const exists = fs.existsSync(file);
          let existing: string[] | undefined;
          let appending = false;
          if (ctx.params.Append === true && exists) {
            const text = decodeText(fs.readFileSync(file), encoding);
            if (text.length > 0) {
              appending = true;
              const reader = new CsvReader(text, settings.delimiter, undefined, undefined, () => undefined);
              reader.readHeader();
              existing = reader.header;
            }
          }
          if (exists && !appending && ctx.params.NoClobber === true && ctx.params.Append !== true) {
            throw commandError('Export-Csv', `The file '${file}' already exists.`, 'NoClobber', 'ResourceExists', 'System.IO.IOException', file);
          }
          try {
            fd = fs.openSync(file, ctx.params.Append === true ? 'a' : 'w');
          } catch (err) {
            throw fileOpenError('Export-Csv', err, file);
          }
          if (!appending) {
            const bom = preamble(encoding);
            if (bom.length > 0) fs.writeSync(fd, bom);
          }
          state = new CsvWriterState(settings, existing);
          if (existing) reconcileAppend(ctx, state, existing, file);
        };
        if (proceed instanceof Promise) return proceed.then(open);
        open(proceed);
      },
      process(ctx, input, hasInput) {
        if (skip || fd === undefined) return;
        const obj = hasInput ? input : ctx.params.InputObject;
        if (obj === null || obj === undefined) return;
        const lines = state!.linesFor(obj);
        fs.writeSync(fd, encodeText(lines.map((l) => l + '\n').join(''), encoding));
      },
      end() {
        close();
      },
      dispose() {
        close();
      },
    };
  },
};

/** With -Append, the first object must have every column already in the file (unless -Force). */
function reconcileAppend(ctx: CommandContext, state: CsvWriterState, existing: string[], file: string): void {
  state.validateFirst = (obj: unknown) => {
    const names = new Set(csvPropertyNames(obj).map((n) => n.toLowerCase()));
    for (const col of existing) {
      if (!names.has(col.toLowerCase()) && ctx.params.Force !== true) {
        throw commandError(
          'Export-Csv',
          `Cannot append CSV content to the following file: ${file}. The appended object does not have a property that corresponds to the following column: ${col}. To continue with mismatched properties, add the -Force parameter, and then retry the command.`,
          'CannotAppendCsvWithMismatchedPropertyNames',
          'InvalidData',
          'System.InvalidOperationException',
          col,
        );
      }
    }
  };
}

const READ_PARAMETERS: ParameterDef[] = [
  { name: 'Delimiter', type: 'System.Char', position: 1, parameterSets: ['Delimiter', 'DelimiterLiteral'] },
  { name: 'UseCulture', type: 'switch', mandatory: true, parameterSets: ['UseCulture', 'CultureLiteral'] },
  { name: 'Header', type: 'System.String[]' },
];

function readObjects(ctx: CommandContext, text: string, header: string[] | undefined, typeName: string | undefined, warned: { done: boolean }): CsvReader {
  return new CsvReader(text, delimiterOf(ctx), header, typeName, (m) => {
    if (!warned.done) {
      warned.done = true;
      ctx.writeWarning(m);
    }
  });
}

function wrapHeaderError(command: string, e: unknown): never {
  if (e instanceof RuntimeError && e.record.fullyQualifiedErrorId === 'AlreadyPresentPSMemberInfoInternalCollectionAdd') {
    throw commandError(command, e.record.exception.message, 'AlreadyPresentPSMemberInfoInternalCollectionAdd', 'NotSpecified', e.record.exception.typeName);
  }
  throw e;
}

function writeObjects(ctx: CommandContext, command: string, reader: CsvReader): ReturnType<CommandContext['write']> {
  let it: Generator<unknown>;
  try {
    it = reader.objects();
  } catch (e) {
    wrapHeaderError(command, e);
  }
  const step = (): ReturnType<CommandContext['write']> => {
    for (;;) {
      let next: IteratorResult<unknown>;
      try {
        next = it.next();
      } catch (e) {
        wrapHeaderError(command, e);
      }
      if (next.done) return;
      const r = ctx.write(next.value);
      if (r instanceof Promise) return r.then(step);
    }
  };
  return step();
}

export const convertFromCsvCommand: CommandDefinition = {
  name: 'ConvertFrom-Csv',
  module: 'Microsoft.PowerShell.Utility',
  synopsis: 'Converts object properties in character-separated value (CSV) format into CSV versions of the original objects.',
  defaultParameterSet: 'Delimiter',
  outputType: ['System.Management.Automation.PSObject'],
  parameters: [{ name: 'InputObject', type: 'System.Object[]', position: 0, mandatory: true, valueFromPipeline: true, valueFromPipelineByPropertyName: true }, ...READ_PARAMETERS],
  create() {
    let header: string[] | undefined;
    let typeName: string | undefined;
    const warned = { done: false };
    return {
      begin(ctx) {
        header = ctx.isBound('Header') ? stringList(ctx.params.Header) : undefined;
      },
      process(ctx, input, hasInput) {
        const value = hasInput ? input : ctx.params.InputObject;
        const items = Array.isArray(value) ? value : [value];
        const run = (i: number): ReturnType<CommandContext['write']> => {
          for (; i < items.length; i++) {
            const item = items[i];
            if (item === null || item === undefined) continue;
            const reader = readObjects(ctx, toStr(item), header, typeName, warned);
            const r = writeObjects(ctx, 'ConvertFrom-Csv', reader);
            if (header === undefined && reader.header !== undefined) header = reader.header;
            if (typeName === undefined && reader.typeName !== undefined) typeName = reader.typeName;
            if (r instanceof Promise) return r.then(() => run(i + 1));
          }
        };
        return run(0);
      },
    };
  },
};

export const importCsvCommand: CommandDefinition = {
  name: 'Import-Csv',
  aliases: ['ipcsv'],
  module: 'Microsoft.PowerShell.Utility',
  synopsis: 'Creates table-like custom objects from the items in a character-separated value (CSV) file.',
  defaultParameterSet: 'Delimiter',
  outputType: ['System.Management.Automation.PSObject'],
  parameters: [
    { name: 'Path', type: 'System.String[]', position: 0, mandatory: true, valueFromPipeline: true, parameterSets: ['Delimiter', 'UseCulture'] },
    { name: 'LiteralPath', type: 'System.String[]', aliases: ['PSPath', 'LP'], mandatory: true, valueFromPipelineByPropertyName: true, parameterSets: ['DelimiterLiteral', 'CultureLiteral'] },
    ...READ_PARAMETERS,
    { name: 'Encoding', type: 'System.Text.Encoding' },
  ],
  create() {
    const warned = { done: false };
    return {
      process(ctx) {
        const literal = ctx.isBound('LiteralPath');
        const paths = stringList(literal ? ctx.params.LiteralPath : ctx.params.Path) ?? [];
        const header = ctx.isBound('Header') ? stringList(ctx.params.Header) : undefined;
        const encoding = resolveEncoding(ctx.params.Encoding);
        const run = (i: number): ReturnType<CommandContext['write']> => {
          for (; i < paths.length; i++) {
            const file = resolveFilePath(ctx, 'Import-Csv', paths[i]!, literal, true);
            let text: string;
            try {
              text = decodeText(fs.readFileSync(file), encoding);
            } catch (err) {
              throw fileOpenError('Import-Csv', err, file);
            }
            const r = writeObjects(ctx, 'Import-Csv', readObjects(ctx, text, header, undefined, warned));
            if (r instanceof Promise) return r.then(() => run(i + 1));
          }
        };
        return run(0);
      },
    };
  },
};
