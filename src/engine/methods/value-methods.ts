// Methods of DateTime, TimeSpan, numbers, booleans, Regex, Guid, Version and enum values.

import { dateKind, withKind } from '../../objects/datetime.js';
import { TimeSpan, TICKS_PER_DAY, TICKS_PER_HOUR, TICKS_PER_MINUTE, TICKS_PER_MS, TICKS_PER_SECOND } from '../../objects/timespan.js';
import { EnumValue } from '../../objects/enum-value.js';
import { Guid } from '../../objects/guid.js';
import { Version } from '../../objects/version.js';
import { convertTo, dotnetToString, numberTypeName, tagArrayElementType, toStr } from '../conversions.js';
import { DotNetFormatError, dateFields, formatDate, formatNumber, formatTimeSpan } from '../dotnet-format.js';
import { compareOrdered } from '../operators.js';
import { dateFromWallMs, dateTicks, daysInMonth, makeDate, UNIX_EPOCH_TICKS, wallClockMs } from '../values/datetime-parse.js';
import { emptyMatchObject, execAll, execAt, matchObject, regexInfo, regexReplace, regexSplit, type DotNetRegex } from '../values/regex.js';
import { argAs, argumentOutOfRange, intArg, methodTable, numArg, strArg, throwDotNet, type Call } from './support.js';
import { dotnetEquals } from './collection-methods.js';

/** Format-string arguments fail like .NET: "Input string was not in a correct format." */
function formatted(fn: () => string): string {
  try {
    return fn();
  } catch (e) {
    if (e instanceof DotNetFormatError) throwDotNet('System.FormatException', e.message);
    throw e;
  }
}

function formatArg(c: Call): string | undefined {
  const f = c.args[0];
  if (f === null || f === undefined) return undefined;
  // ToString(IFormatProvider): a culture object is not a format string.
  if (typeof f !== 'string') return undefined;
  return f;
}

// ------------------------------------------------------------------------------------------------
// DateTime
// ------------------------------------------------------------------------------------------------

/** .NET DateTime arithmetic works on wall-clock ticks (no DST adjustment), so shift ticks, not instants. */
export function addTicks(d: Date, ticks: number): Date {
  const kind = dateKind(d);
  return dateFromWallMs(wallClockMs(d, kind) + Math.round(ticks / TICKS_PER_MS), kind);
}

/**
 * a - b as a TimeSpan. .NET subtracts wall-clock ticks and ignores Kind; we subtract instants so that SDK
 * dates (Kind=Utc here, Local in AWS.Tools) and Get-Date give the elapsed time users expect.
 */
export function dateDifference(a: Date, b: Date): TimeSpan {
  return new TimeSpan((a.getTime() - b.getTime()) * TICKS_PER_MS);
}

export function addMonths(d: Date, months: number): Date {
  if (!Number.isInteger(months)) throwDotNet('System.ArgumentException', 'Value must be an integer.');
  const f = dateFields(d);
  const total = f.year * 12 + (f.month - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  if (year < 1 || year > 9999) argumentOutOfRange('months', 'The added or subtracted value results in an un-representable DateTime.');
  const day = Math.min(f.day, daysInMonth(year, month));
  const kind = dateKind(d);
  return makeDate(year, month, day, f.hour, f.minute, f.second, f.millisecond, kind)!;
}

export function toUniversalTime(d: Date): Date {
  return dateKind(d) === 'Utc' ? d : withKind(new Date(d.getTime()), 'Utc');
}

export function toLocalTime(d: Date): Date {
  const kind = dateKind(d);
  if (kind === 'Local') return d;
  if (kind === 'Utc') return withKind(new Date(d.getTime()), 'Local');
  // Unspecified is taken as UTC, as .NET does.
  const f = dateFields(d);
  return withKind(makeDate(f.year, f.month, f.day, f.hour, f.minute, f.second, f.millisecond, 'Utc')!, 'Local');
}

/** Date part (midnight) keeping the Kind. */
export function datePart(d: Date): Date {
  const f = dateFields(d);
  return makeDate(f.year, f.month, f.day, 0, 0, 0, 0, dateKind(d))!;
}

const FILETIME_EPOCH_TICKS = 504911232000000000;

function utcTicks(d: Date): number {
  return d.getTime() * TICKS_PER_MS + UNIX_EPOCH_TICKS;
}

function scaled(unit: number) {
  return (d: Date, c: Call) => addTicks(d, Math.round(numArg(c, 0, 'value') * unit));
}

export const DATE_METHODS = methodTable<Date>([
  ['AddDays', 1, 1, scaled(TICKS_PER_DAY)],
  ['AddHours', 1, 1, scaled(TICKS_PER_HOUR)],
  ['AddMinutes', 1, 1, scaled(TICKS_PER_MINUTE)],
  ['AddSeconds', 1, 1, scaled(TICKS_PER_SECOND)],
  ['AddMilliseconds', 1, 1, scaled(TICKS_PER_MS)],
  ['AddTicks', 1, 1, (d, c) => addTicks(d, argAs<number>(c, 0, 'System.Int64', 'value'))],
  ['AddMonths', 1, 1, (d, c) => addMonths(d, intArg(c, 0, 'months'))],
  ['AddYears', 1, 1, (d, c) => addMonths(d, intArg(c, 0, 'value') * 12)],
  ['Add', 1, 1, (d, c) => addTicks(d, argAs<TimeSpan>(c, 0, 'System.TimeSpan', 'value').ticks)],
  [
    'Subtract',
    1,
    1,
    (d, c) => {
      const v = c.args[0];
      if (v instanceof Date) return dateDifference(d, v);
      return addTicks(d, -argAs<TimeSpan>(c, 0, 'System.TimeSpan', 'value').ticks);
    },
  ],
  ['ToUniversalTime', 0, 0, toUniversalTime],
  ['ToLocalTime', 0, 0, toLocalTime],
  ['ToString', 0, 2, (d, c) => formatted(() => formatDate(d, formatArg(c) ?? 'G'))],
  ['ToShortDateString', 0, 0, (d) => formatDate(d, 'd')],
  ['ToLongDateString', 0, 0, (d) => formatDate(d, 'D')],
  ['ToShortTimeString', 0, 0, (d) => formatDate(d, 't')],
  ['ToLongTimeString', 0, 0, (d) => formatDate(d, 'T')],
  ['ToFileTime', 0, 0, (d) => utcTicks(toUniversalTime(d)) - FILETIME_EPOCH_TICKS],
  ['ToFileTimeUtc', 0, 0, (d) => utcTicks(d) - FILETIME_EPOCH_TICKS],
  ['ToOADate', 0, 0, (d) => (dateTicks(d, dateKind(d)) - 599264352000000000) / TICKS_PER_DAY],
  ['ToBinary', 0, 0, (d) => dateTicks(d, dateKind(d))],
  ['IsDaylightSavingTime', 0, 0, (d) => dateKind(d) !== 'Utc' && d.getTimezoneOffset() < Math.max(new Date(d.getFullYear(), 0, 1).getTimezoneOffset(), new Date(d.getFullYear(), 6, 1).getTimezoneOffset())],
  ['CompareTo', 1, 1, (d, c) => (c.args[0] === null ? 1 : compareOrdered(d, c.args[0]))],
  ['Equals', 1, 1, (d, c) => c.args[0] instanceof Date && d.getTime() === c.args[0].getTime()],
  ['GetDateTimeFormats', 0, 1, (d) => tagArrayElementType(['d', 'D', 'f', 'F', 'g', 'G', 'm', 'o', 'r', 's', 't', 'T', 'u', 'U', 'y'].map((f) => formatDate(d, f)), 'System.String')],
]);

// ------------------------------------------------------------------------------------------------
// TimeSpan
// ------------------------------------------------------------------------------------------------

export const TIMESPAN_METHODS = methodTable<TimeSpan>([
  ['Add', 1, 1, (t, c) => new TimeSpan(t.ticks + argAs<TimeSpan>(c, 0, 'System.TimeSpan', 'ts').ticks)],
  ['Subtract', 1, 1, (t, c) => new TimeSpan(t.ticks - argAs<TimeSpan>(c, 0, 'System.TimeSpan', 'ts').ticks)],
  ['Negate', 0, 0, (t) => new TimeSpan(-t.ticks)],
  ['Duration', 0, 0, (t) => new TimeSpan(Math.abs(t.ticks))],
  ['Multiply', 1, 1, (t, c) => new TimeSpan(Math.round(t.ticks * numArg(c, 0, 'factor')))],
  [
    'Divide',
    1,
    1,
    (t, c) => {
      if (c.args[0] instanceof TimeSpan) return t.ticks / c.args[0].ticks;
      return new TimeSpan(Math.round(t.ticks / numArg(c, 0, 'divisor')));
    },
  ],
  ['ToString', 0, 2, (t, c) => formatted(() => formatTimeSpan(t, formatArg(c)))],
  ['CompareTo', 1, 1, (t, c) => (c.args[0] === null ? 1 : compareOrdered(t, c.args[0]))],
  ['Equals', 1, 1, (t, c) => c.args[0] instanceof TimeSpan && c.args[0].ticks === t.ticks],
]);

// ------------------------------------------------------------------------------------------------
// Numbers and booleans
// ------------------------------------------------------------------------------------------------

export const NUMBER_METHODS = methodTable<number>([
  ['ToString', 0, 2, (n, c) => formatted(() => formatNumber(n, formatArg(c) ?? ''))],
  ['CompareTo', 1, 1, (n, c) => (c.args[0] === null ? 1 : compareOrdered(n, c.args[0]))],
  ['Equals', 1, 1, (n, c) => typeof c.args[0] === 'number' && c.args[0] === n && numberTypeName(c.args[0]) === numberTypeName(n)],
  ['GetTypeCode', 0, 0, (n) => numberTypeName(n).slice('System.'.length)],
  ['ToInt32', 0, 1, (n) => convertTo(n, 'System.Int32')],
  ['ToInt64', 0, 1, (n) => convertTo(n, 'System.Int64')],
  ['ToDouble', 0, 1, (n) => n],
  ['ToBoolean', 0, 1, (n) => n !== 0],
  ['ToDecimal', 0, 1, (n) => n],
  ['ToByte', 0, 1, (n) => convertTo(n, 'System.Byte')],
  ['ToChar', 0, 1, (n) => convertTo(n, 'System.Char')],
]);

export const BOOLEAN_METHODS = methodTable<boolean>([
  ['ToString', 0, 1, (b) => (b ? 'True' : 'False')],
  ['CompareTo', 1, 1, (b, c) => (c.args[0] === null ? 1 : compareOrdered(b, c.args[0]))],
  ['Equals', 1, 1, (b, c) => c.args[0] === b],
  ['GetTypeCode', 0, 0, () => 'Boolean'],
]);

// ------------------------------------------------------------------------------------------------
// Regex instances ([regex]'pattern')
// ------------------------------------------------------------------------------------------------

function infoOf(re: RegExp): DotNetRegex {
  const info = regexInfo(re);
  if (!info) throwDotNet('System.InvalidOperationException', 'The regular expression was not created by PowerShell.');
  return info;
}

export function regexMatch(info: DotNetRegex, input: string, start = 0): unknown {
  const m = execAt(info, input, start);
  return m ? matchObject(info, m, input) : emptyMatchObject();
}

export function regexMatches(info: DotNetRegex, input: string): unknown[] {
  return execAll(info, input).map((m) => matchObject(info, m, input));
}

export const REGEX_METHODS = methodTable<RegExp>([
  ['Match', 1, 3, (re, c) => regexMatch(infoOf(re), strArg(c, 0, 'input'), c.args.length > 1 ? intArg(c, 1, 'startat') : 0)],
  ['Matches', 1, 2, (re, c) => regexMatches(infoOf(re), strArg(c, 0, 'input'))],
  ['IsMatch', 1, 2, (re, c) => execAt(infoOf(re), strArg(c, 0, 'input')) !== null],
  [
    'Replace',
    2,
    3,
    (re, c) => regexReplace(infoOf(re), strArg(c, 0, 'input'), strArg(c, 1, 'replacement'), c.args.length > 2 ? intArg(c, 2, 'count') : -1),
  ],
  ['Split', 1, 2, (re, c) => tagArrayElementType(regexSplit(infoOf(re), strArg(c, 0, 'input'), c.args.length > 1 ? intArg(c, 1, 'count') : 0), 'System.String')],
  ['ToString', 0, 0, (re) => infoOf(re).pattern],
  ['GetGroupNames', 0, 0, (re) => tagArrayElementType(['0', ...infoOf(re).dotnetOrder.slice(1).map((i) => infoOf(re).groupNames[i])], 'System.String')],
  ['GetGroupNumbers', 0, 0, (re) => tagArrayElementType(infoOf(re).dotnetOrder.map((_, i) => i), 'System.Int32')],
]);

// ------------------------------------------------------------------------------------------------
// Guid, Version, enums
// ------------------------------------------------------------------------------------------------

export const GUID_METHODS = methodTable<Guid>([
  ['ToString', 0, 2, (g, c) => formatted(() => g.format(typeof c.args[0] === 'string' ? c.args[0] : 'D'))],
  ['Equals', 1, 1, (g, c) => c.args[0] instanceof Guid && c.args[0].value === g.value],
  ['CompareTo', 1, 1, (g, c) => (c.args[0] instanceof Guid ? (g.value < c.args[0].value ? -1 : g.value > c.args[0].value ? 1 : 0) : 1)],
  ['ToByteArray', 0, 0, (g) => guidBytes(g)],
]);

/** Guid.ToByteArray: the first three groups are little-endian. */
function guidBytes(g: Guid): Uint8Array {
  const hex = g.value.replace(/-/g, '');
  const b = Uint8Array.from(hex.match(/../g)!.map((h) => parseInt(h, 16)));
  const out = new Uint8Array(16);
  out.set([b[3], b[2], b[1], b[0], b[5], b[4], b[7], b[6]]);
  out.set(b.slice(8), 8);
  return out;
}

export const VERSION_METHODS = methodTable<Version>([
  ['ToString', 0, 1, (v, c) => v.toString(c.args.length ? intArg(c, 0, 'fieldCount') : undefined)],
  ['CompareTo', 1, 1, (v, c) => (c.args[0] === null ? 1 : v.compareTo(argAs<Version>(c, 0, 'System.Version', 'version')))],
  ['Equals', 1, 1, (v, c) => c.args[0] instanceof Version && c.args[0].compareTo(v) === 0],
]);

export const ENUM_METHODS = methodTable<EnumValue>([
  [
    'ToString',
    0,
    1,
    (e, c) => {
      const f = typeof c.args[0] === 'string' ? c.args[0].toUpperCase() : 'G';
      if (f === 'D') return String(e.value);
      if (f === 'X') return e.value.toString(16).toUpperCase().padStart(8, '0');
      return e.toString();
    },
  ],
  ['HasFlag', 1, 1, (e, c) => {
    const flag = convertTo(c.args[0], e.type.fullName) as EnumValue;
    return (e.value & flag.value) === flag.value;
  }],
  ['CompareTo', 1, 1, (e, c) => (c.args[0] === null ? 1 : compareOrdered(e, c.args[0]))],
  ['Equals', 1, 1, (e, c) => c.args[0] instanceof EnumValue && c.args[0].type === e.type && c.args[0].value === e.value],
  ['GetTypeCode', 0, 0, () => 'Int32'],
]);

/** Object.Equals for any value (used by the common Equals method). */
export function equalsMethod(self: unknown, other: unknown): boolean {
  return dotnetEquals(self, other);
}

/** Default ToString() of any value. */
export function toStringMethod(self: unknown, format?: unknown): string {
  if (typeof self === 'number' && typeof format === 'string') return formatted(() => formatNumber(self, format));
  if (self instanceof Date && typeof format === 'string') return formatted(() => formatDate(self, format));
  return dotnetToString(self);
}

/** A stable-ish hash code (String.GetHashCode is randomized per process in .NET anyway). */
export function hashCodeOf(v: unknown): number {
  const s = typeof v === 'number' ? String(v) : toStr(v);
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
  return h;
}
