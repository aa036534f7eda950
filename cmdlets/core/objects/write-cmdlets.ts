// The stream cmdlets: Write-Output, Write-Host, Write-Error, Write-Warning, Write-Verbose, Write-Debug,
// Write-Information and Out-Null.

import type { CommandContext, CommandDefinition, ParameterDef } from '../../../src/pipeline/types.js';
import { ErrorRecord, RuntimeError, type ErrorCategory, type ExceptionInfo } from '../../../src/engine/errors.js';
import { PSHashtable } from '../../../src/objects/hashtable.js';
import { PSList } from '../../../src/objects/pslist.js';
import { InformationRecord } from '../../../src/objects/stream-records.js';
import { dotnetToString, toStr } from '../../../src/engine/conversions.js';
import { stringParam, switchParam } from './common/params.js';

const CONSOLE_COLORS = [
  'Black', 'DarkBlue', 'DarkGreen', 'DarkCyan', 'DarkRed', 'DarkMagenta', 'DarkYellow', 'Gray',
  'DarkGray', 'Blue', 'Green', 'Cyan', 'Red', 'Magenta', 'Yellow', 'White',
];

const ERROR_CATEGORIES = [
  'NotSpecified', 'OpenError', 'CloseError', 'DeviceError', 'DeadlockDetected', 'InvalidArgument', 'InvalidData',
  'InvalidOperation', 'InvalidResult', 'InvalidType', 'MetadataError', 'NotImplemented', 'NotInstalled',
  'ObjectNotFound', 'OperationStopped', 'OperationTimeout', 'SyntaxError', 'ParserError', 'PermissionDenied',
  'ResourceBusy', 'ResourceExists', 'ResourceUnavailable', 'ReadError', 'WriteError', 'FromStdErr', 'SecurityError',
  'ProtocolError', 'ConnectionError', 'AuthenticationError', 'LimitsExceeded', 'QuotaExceeded', 'NotEnabled',
];

// ---------------------------------------------------------------------------------------------------------------
// Write-Output

const writeOutputParams: ParameterDef[] = [
  {
    name: 'InputObject',
    // PSObject[] in pwsh; object[] here so the binder does not turn hashtables into objects.
    type: 'System.Object[]',
    position: 0,
    mandatory: true,
    valueFromPipeline: true,
    valueFromRemainingArguments: true,
    allowNull: true,
  },
  { name: 'NoEnumerate', type: 'switch' },
];

export const writeOutputCommand: CommandDefinition = {
  name: 'Write-Output',
  aliases: ['echo', 'write'],
  module: 'Microsoft.PowerShell.Utility',
  synopsis: 'Writes the specified objects to the pipeline.',
  parameters: writeOutputParams,
  create() {
    return {
      process(ctx, input, hasInput) {
        const value = hasInput ? input : (ctx.params.InputObject ?? null);
        return switchParam(ctx, 'NoEnumerate') ? ctx.write(value) : ctx.writeEnumerated(value);
      },
    };
  },
};

// ---------------------------------------------------------------------------------------------------------------
// Write-Host

/** Write-Host's rendering: strings as they are, collections element by element joined by the separator. */
function hostText(value: unknown, separator: string): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map((v) => hostText(v, separator)).join(separator);
  if (value instanceof PSList) return value.items.map((v) => hostText(v, separator)).join(separator);
  // Enumerating a hashtable yields DictionaryEntry objects, whose ToString is their type name.
  if (value instanceof PSHashtable) return value.entries().map(() => 'System.Collections.DictionaryEntry').join(separator);
  if (value instanceof Uint8Array) return Array.from(value, (b) => String(b)).join(separator);
  // Write-Host shows .NET's ToString(), not PowerShell's string conversion (dates print in "G" format).
  return dotnetToString(value);
}

const writeHostParams: ParameterDef[] = [
  { name: 'Object', type: 'System.Object', position: 0, valueFromPipeline: true, valueFromRemainingArguments: true, aliases: ['Msg', 'Message'], allowNull: true },
  { name: 'NoNewline', type: 'switch' },
  { name: 'Separator', type: 'System.Object' },
  { name: 'ForegroundColor', type: 'System.ConsoleColor', validateSet: CONSOLE_COLORS },
  { name: 'BackgroundColor', type: 'System.ConsoleColor', validateSet: CONSOLE_COLORS },
];

interface HostWriteOptions {
  noNewline?: boolean;
  foregroundColor?: string;
  backgroundColor?: string;
}

export const writeHostCommand: CommandDefinition = {
  name: 'Write-Host',
  module: 'Microsoft.PowerShell.Utility',
  synopsis: 'Writes customized output to a host.',
  parameters: writeHostParams,
  create() {
    return {
      process(ctx, input, hasInput) {
        const value = hasInput ? input : (ctx.params.Object ?? null);
        const sepParam = ctx.params.Separator;
        const separator = sepParam === undefined ? ' ' : sepParam === null ? '' : dotnetToString(sepParam);
        const options: HostWriteOptions = { noNewline: switchParam(ctx, 'NoNewline') };
        const fg = stringParam(ctx, 'ForegroundColor');
        const bg = stringParam(ctx, 'BackgroundColor');
        if (fg !== undefined) options.foregroundColor = fg;
        if (bg !== undefined) options.backgroundColor = bg;
        ctx.writeHost(hostText(value, separator), options);
      },
    };
  },
};

// ---------------------------------------------------------------------------------------------------------------
// Write-Error

function categoryOf(ctx: CommandContext): ErrorCategory {
  const c = ctx.params.Category;
  if (c === undefined || c === null) return 'NotSpecified';
  const name = String(c);
  const canonical = ERROR_CATEGORIES.find((n) => n.toLowerCase() === name.toLowerCase()) ?? 'NotSpecified';
  // ErrorCategory lists the categories the engine raises itself; Write-Error accepts the whole .NET enum.
  return canonical as ErrorCategory;
}

/** The exception a -Exception argument stands for (an engine error, an exception record, or anything with a message). */
function exceptionFrom(value: unknown): ExceptionInfo {
  if (value instanceof RuntimeError) return value.record.exception;
  if (value instanceof ErrorRecord) return value.exception;
  if (value instanceof Error) return { typeName: 'System.Exception', message: value.message };
  if (typeof value === 'object' && value !== null && 'typeName' in value && 'message' in value) {
    const v = value as { typeName: unknown; message: unknown };
    if (typeof v.typeName === 'string' && typeof v.message === 'string') return value as ExceptionInfo;
  }
  return { typeName: 'System.Exception', message: value === null || value === undefined ? '' : toStr(value) };
}

function buildErrorRecord(ctx: CommandContext, message: string | undefined): ErrorRecord {
  const target = ctx.params.TargetObject ?? null;
  if (ctx.parameterSetName === 'ErrorRecord') {
    const given = ctx.params.ErrorRecord;
    if (given instanceof ErrorRecord) {
      const copy = new ErrorRecord(given.exception, given.fullyQualifiedErrorId, given.category, given.targetObject);
      copy.scriptStackTrace = given.scriptStackTrace;
      return copy;
    }
  }
  let exception: ExceptionInfo;
  if (ctx.parameterSetName === 'WithException') {
    exception = exceptionFrom(ctx.params.Exception);
    // -Message with -Exception replaces the text shown (ErrorDetails in pwsh).
    if (message !== undefined && message !== '') exception = { ...exception, message };
  } else {
    exception = {
      typeName: 'Microsoft.PowerShell.Commands.WriteErrorException',
      baseTypeNames: ['System.SystemException', 'System.Exception'],
      message: message ?? '',
    };
  }
  const id = stringParam(ctx, 'ErrorId') || exception.typeName;
  return new ErrorRecord(exception, id, categoryOf(ctx), target);
}

const writeErrorParams: ParameterDef[] = [
  { name: 'Message', type: 'System.String', position: 0, mandatory: ['NoException'], valueFromPipeline: true, aliases: ['Msg'], allowNull: true, allowEmptyString: true, parameterSets: ['NoException', 'WithException'] },
  { name: 'Exception', type: 'System.Exception', mandatory: true, parameterSets: ['WithException'] },
  { name: 'ErrorRecord', type: 'System.Management.Automation.ErrorRecord', mandatory: true, parameterSets: ['ErrorRecord'] },
  { name: 'Category', type: 'System.Management.Automation.ErrorCategory', validateSet: ERROR_CATEGORIES, parameterSets: ['NoException', 'WithException'] },
  { name: 'ErrorId', type: 'System.String', parameterSets: ['NoException', 'WithException'] },
  { name: 'TargetObject', type: 'System.Object', parameterSets: ['NoException', 'WithException'] },
];

export const writeErrorCommand: CommandDefinition = {
  name: 'Write-Error',
  module: 'Microsoft.PowerShell.Utility',
  synopsis: 'Writes an object to the error stream.',
  defaultParameterSet: 'NoException',
  parameters: writeErrorParams,
  create() {
    return {
      process(ctx, input, hasInput) {
        const msg = hasInput && ctx.parameterSetName === 'NoException' ? (input === null || input === undefined ? '' : toStr(input)) : stringParam(ctx, 'Message');
        ctx.writeError(buildErrorRecord(ctx, msg));
      },
    };
  },
};

// ---------------------------------------------------------------------------------------------------------------
// Write-Warning / Write-Verbose / Write-Debug / Write-Information

function messageCommand(name: string, synopsis: string, write: (ctx: CommandContext, message: string) => void): CommandDefinition {
  const params: ParameterDef[] = [
    { name: 'Message', type: 'System.String', position: 0, mandatory: true, valueFromPipeline: true, aliases: ['Msg'], allowEmptyString: true },
  ];
  return {
    name,
    module: 'Microsoft.PowerShell.Utility',
    synopsis,
    parameters: params,
    create() {
      return {
        process(ctx, input, hasInput) {
          const msg = hasInput ? (input === null || input === undefined ? '' : toStr(input)) : (stringParam(ctx, 'Message') ?? '');
          write(ctx, msg);
        },
      };
    },
  };
}

export const writeWarningCommand = messageCommand('Write-Warning', 'Writes a warning message.', (ctx, m) => ctx.writeWarning(m));
export const writeVerboseCommand = messageCommand('Write-Verbose', 'Writes text to the verbose message stream.', (ctx, m) => ctx.writeVerbose(m));
export const writeDebugCommand = messageCommand('Write-Debug', 'Writes a debug message to the console.', (ctx, m) => ctx.writeDebug(m));

const writeInformationParams: ParameterDef[] = [
  { name: 'MessageData', type: 'System.Object', position: 0, mandatory: true, aliases: ['Msg', 'Message'], allowNull: true },
  { name: 'Tags', type: 'System.String[]', position: 1 },
];

export const writeInformationCommand: CommandDefinition = {
  name: 'Write-Information',
  module: 'Microsoft.PowerShell.Utility',
  synopsis: 'Specifies how PowerShell handles information stream data for a command.',
  parameters: writeInformationParams,
  create() {
    return {
      process(ctx) {
        const data = ctx.params.MessageData ?? null;
        const tags = ctx.params.Tags;
        // The context wraps plain message data in an InformationRecord itself; tags need the record made here
        // (its Source left null: the engine names the script the command runs from, else Write-Information).
        if (!Array.isArray(tags) || tags.length === 0) return ctx.writeInformation(data);
        ctx.writeInformation(new InformationRecord(data, null, tags.map((t) => toStr(t))));
      },
    };
  },
};

// ---------------------------------------------------------------------------------------------------------------
// Out-Null

export const outNullCommand: CommandDefinition = {
  name: 'Out-Null',
  module: 'Microsoft.PowerShell.Core',
  synopsis: 'Hides the output instead of sending it down the pipeline or displaying it.',
  parameters: [{ name: 'InputObject', type: 'System.Management.Automation.PSObject', valueFromPipeline: true, allowNull: true }],
  create() {
    // Nothing to do per object: discarding is the whole job.
    return {};
  },
};
