// Get-Date: the current (or given) date, with field overrides, as a DateTime or formatted text.

import type { CommandContext, CommandDefinition } from '../../../src/pipeline/types.js';
import { dateKind, withKind, type DateKind } from '../../../src/objects/datetime.js';
import { DisplayHintTypeEnum, withDisplayHint, type DisplayHint } from '../../../src/objects/date-display-hint.js';
import { registerKnownType } from '../../../src/engine/type-resolution.js';
import { formatUFormat } from './common/date-format.js';
import { dateFields, formatDate, DotNetFormatError } from '../../../src/engine/dotnet-format.js';
import { makeErrorRecord, RuntimeError } from '../../../src/engine/errors.js';
import { numberParam, stringParam, switchParam } from './common/params.js';

registerKnownType(DisplayHintTypeEnum.fullName);

const DATE_SETS = ['DateAndFormat', 'DateAndUFormat'];
const UNIX_SETS = ['UnixTimeSecondsAndFormat', 'UnixTimeSecondsAndUFormat'];
const FORMAT_SETS = ['DateAndFormat', 'UnixTimeSecondsAndFormat'];
const UFORMAT_SETS = ['DateAndUFormat', 'UnixTimeSecondsAndUFormat'];

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Builds a Date of the given kind from wall-clock fields (month 1-12; overflowing fields roll over). */
function fromFields(kind: DateKind, y: number, mo: number, d: number, h: number, mi: number, s: number, ms: number): Date {
  let out: Date;
  if (kind === 'Utc') {
    out = new Date(0);
    out.setUTCFullYear(y, mo - 1, d);
    out.setUTCHours(h, mi, s, ms);
  } else {
    out = new Date(0);
    out.setFullYear(y, mo - 1, d);
    out.setHours(h, mi, s, ms);
  }
  return withKind(out, kind);
}

/** Applies -Year ... -Millisecond the way Get-Date does: AddYears/AddMonths clamp the day, the rest add offsets. */
function applyOverrides(ctx: CommandContext, date: Date): Date {
  const names = ['Year', 'Month', 'Day', 'Hour', 'Minute', 'Second', 'Millisecond'];
  if (!names.some((n) => ctx.isBound(n))) return date;
  const kind = dateKind(date);
  const f = dateFields(date);
  let { year, month, day } = f;
  const year2 = numberParam(ctx, 'Year');
  if (year2 !== undefined) {
    year = year2;
    day = Math.min(day, daysInMonth(year, month));
  }
  const month2 = numberParam(ctx, 'Month');
  if (month2 !== undefined) {
    month = month2;
    day = Math.min(day, daysInMonth(year, month));
  }
  // AddDays does not clamp: -Day 31 in February rolls into March, as in pwsh.
  const day2 = numberParam(ctx, 'Day');
  if (day2 !== undefined) day = day2;
  const hour = numberParam(ctx, 'Hour') ?? f.hour;
  const minute = numberParam(ctx, 'Minute') ?? f.minute;
  const second = numberParam(ctx, 'Second') ?? f.second;
  const ms = numberParam(ctx, 'Millisecond') ?? f.millisecond;
  return fromFields(kind, year, month, day, hour, minute, second, ms);
}

function baseDate(ctx: CommandContext): Date {
  const given = ctx.params.Date;
  if (given instanceof Date) return withKind(new Date(given.getTime()), dateKind(given));
  const unix = numberParam(ctx, 'UnixTimeSeconds');
  if (unix !== undefined) return withKind(new Date(unix * 1000), 'Local');
  return withKind(new Date(), 'Local');
}

function formatSpecial(format: string, date: Date): { format: string; date: Date } {
  const toUtc = (d: Date): Date => withKind(new Date(d.getTime()), 'Utc');
  switch (format.toLowerCase()) {
    case 'filedate':
      return { format: 'yyyyMMdd', date };
    case 'filedateuniversal':
      return { format: "yyyyMMdd'Z'", date: toUtc(date) };
    case 'filedatetime':
      return { format: "yyyyMMdd'T'HHmmssffff", date };
    case 'filedatetimeuniversal':
      return { format: "yyyyMMdd'T'HHmmssffff'Z'", date: toUtc(date) };
    default:
      return { format, date };
  }
}

/** .NET formatting; a bad format string is a terminating FormatException, as in pwsh. */
function formatOrFail(date: Date, format: string): string {
  try {
    return formatDate(date, format);
  } catch (e) {
    if (!(e instanceof DotNetFormatError)) throw e;
    throw new RuntimeError(
      makeErrorRecord(e.message, {
        type: 'System.FormatException',
        baseTypeNames: ['System.SystemException', 'System.Exception'],
        id: 'System.FormatException,Microsoft.PowerShell.Commands.GetDateCommand',
        category: 'NotSpecified',
      }),
    );
  }
}

export const getDateCommand: CommandDefinition = {
  name: 'Get-Date',
  module: 'Microsoft.PowerShell.Utility',
  synopsis: 'Gets the current date and time.',
  defaultParameterSet: 'DateAndFormat',
  outputType: ['System.DateTime', 'System.String'],
  parameters: [
    { name: 'Date', type: 'System.DateTime', position: 0, valueFromPipeline: true, valueFromPipelineByPropertyName: true, aliases: ['LastWriteTime'], parameterSets: DATE_SETS },
    { name: 'UnixTimeSeconds', type: 'System.Int64', aliases: ['UnixTime'], mandatory: true, parameterSets: UNIX_SETS },
    { name: 'Year', type: 'System.Int32' },
    { name: 'Month', type: 'System.Int32' },
    { name: 'Day', type: 'System.Int32' },
    { name: 'Hour', type: 'System.Int32' },
    { name: 'Minute', type: 'System.Int32' },
    { name: 'Second', type: 'System.Int32' },
    { name: 'Millisecond', type: 'System.Int32' },
    { name: 'DisplayHint', type: 'Microsoft.PowerShell.Commands.DisplayHintType', validateSet: ['Date', 'Time', 'DateTime'] },
    { name: 'UFormat', type: 'System.String', mandatory: true, parameterSets: UFORMAT_SETS },
    { name: 'Format', type: 'System.String', parameterSets: FORMAT_SETS },
    { name: 'AsUTC', type: 'switch' },
  ],
  create() {
    return {
      process(ctx) {
        let date = applyOverrides(ctx, baseDate(ctx));
        if (switchParam(ctx, 'AsUTC')) date = withKind(new Date(date.getTime()), 'Utc');
        const uformat = stringParam(ctx, 'UFormat');
        if (uformat !== undefined) return ctx.write(formatUFormat(date, uformat));
        const format = stringParam(ctx, 'Format');
        if (format !== undefined) {
          const special = formatSpecial(format, date);
          return ctx.write(formatOrFail(special.date, special.format));
        }
        const hint = ctx.params.DisplayHint;
        const hintName = hint === undefined || hint === null ? 'DateTime' : String(hint);
        const canonical = (['Date', 'Time', 'DateTime'] as const).find((h) => h.toLowerCase() === hintName.toLowerCase());
        return ctx.write(withDisplayHint(date, (canonical ?? 'DateTime') as DisplayHint));
      },
    };
  },
};
