// System.DateTimeOffset members, methods and conversions.

import { DateTimeOffset } from '../../objects/datetime-offset.js';
import { dateKind, withKind } from '../../objects/datetime.js';
import { DayOfWeekEnum, EnumValue } from '../../objects/enum-value.js';
import { TimeSpan, TICKS_PER_DAY, TICKS_PER_HOUR, TICKS_PER_MINUTE, TICKS_PER_MS, TICKS_PER_SECOND } from '../../objects/timespan.js';
import { DotNetFormatError, formatDateOffset } from '../dotnet-format.js';
import { dateFromWallMs, parseDateTime, UNIX_EPOCH_TICKS } from '../values/datetime-parse.js';
import { argAs, methodTable, numArg, throwDotNet, type Call } from './support.js';

/** DateTimeOffset for a DateTime: Utc dates get offset 0, others the local offset at that instant. */
export function offsetFromDate(d: Date): DateTimeOffset {
  return new DateTimeOffset(d.getTime(), dateKind(d) === 'Utc' ? 0 : -d.getTimezoneOffset());
}

/** [DateTimeOffset]'2024-01-15T10:00:00+02:00' keeps the written offset; without one, the local offset. */
export function parseDateTimeOffset(text: string): DateTimeOffset | undefined {
  const d = parseDateTime(text);
  if (!d) return undefined;
  const m = /(Z|[+-]\d{2}:?\d{2})\s*$/i.exec(text.trim());
  if (!m) return offsetFromDate(d);
  if (/^z$/i.test(m[1])) return new DateTimeOffset(d.getTime(), 0);
  const sign = m[1][0] === '-' ? -1 : 1;
  const digits = m[1].slice(1).replace(':', '');
  return new DateTimeOffset(d.getTime(), sign * (parseInt(digits.slice(0, 2), 10) * 60 + parseInt(digits.slice(2), 10)));
}

export function formatOffsetValue(o: DateTimeOffset, format?: string | null): string {
  try {
    return formatDateOffset(o.wallClock, o.offsetMinutes, format);
  } catch (e) {
    if (e instanceof DotNetFormatError) throwDotNet('System.FormatException', e.message);
    throw e;
  }
}

function wallTicks(o: DateTimeOffset): number {
  return (o.instantMs + o.offsetMinutes * 60000) * TICKS_PER_MS + UNIX_EPOCH_TICKS;
}

export const OFFSET_PROPS: Array<[string, (o: DateTimeOffset) => unknown]> = [
  ['DateTime', (o) => dateFromWallMs(o.instantMs + o.offsetMinutes * 60000, 'Unspecified')],
  ['UtcDateTime', (o) => withKind(new Date(o.instantMs), 'Utc')],
  ['LocalDateTime', (o) => withKind(new Date(o.instantMs), 'Local')],
  ['Date', (o) => {
    const w = o.wallClock;
    return dateFromWallMs(Date.UTC(w.getUTCFullYear(), w.getUTCMonth(), w.getUTCDate()), 'Unspecified');
  }],
  ['Offset', (o) => new TimeSpan(o.offsetMinutes * TICKS_PER_MINUTE)],
  ['Year', (o) => o.wallClock.getUTCFullYear()],
  ['Month', (o) => o.wallClock.getUTCMonth() + 1],
  ['Day', (o) => o.wallClock.getUTCDate()],
  ['Hour', (o) => o.wallClock.getUTCHours()],
  ['Minute', (o) => o.wallClock.getUTCMinutes()],
  ['Second', (o) => o.wallClock.getUTCSeconds()],
  ['Millisecond', (o) => o.wallClock.getUTCMilliseconds()],
  ['DayOfWeek', (o) => new EnumValue(DayOfWeekEnum, o.wallClock.getUTCDay())],
  ['DayOfYear', (o) => {
    const w = o.wallClock;
    return Math.round((Date.UTC(w.getUTCFullYear(), w.getUTCMonth(), w.getUTCDate()) - Date.UTC(w.getUTCFullYear(), 0, 1)) / 86_400_000) + 1;
  }],
  ['TimeOfDay', (o) => {
    const w = o.wallClock;
    return TimeSpan.fromParts(0, w.getUTCHours(), w.getUTCMinutes(), w.getUTCSeconds(), w.getUTCMilliseconds());
  }],
  ['Ticks', (o) => wallTicks(o)],
  ['UtcTicks', (o) => o.instantMs * TICKS_PER_MS + UNIX_EPOCH_TICKS],
];

function shifted(unit: number) {
  return (o: DateTimeOffset, c: Call) => new DateTimeOffset(o.instantMs + Math.round((numArg(c, 0, 'value') * unit) / TICKS_PER_MS), o.offsetMinutes);
}

function otherInstant(c: Call): number {
  const v = c.args[0];
  if (v instanceof DateTimeOffset) return v.instantMs;
  if (v instanceof Date) return v.getTime();
  return argAs<Date>(c, 0, 'System.DateTime', 'other').getTime();
}

export const OFFSET_METHODS = methodTable<DateTimeOffset>([
  ['ToUnixTimeSeconds', 0, 0, (o) => Math.floor(o.instantMs / 1000)],
  ['ToUnixTimeMilliseconds', 0, 0, (o) => o.instantMs],
  ['ToString', 0, 2, (o, c) => formatOffsetValue(o, typeof c.args[0] === 'string' ? c.args[0] : undefined)],
  ['ToUniversalTime', 0, 0, (o) => new DateTimeOffset(o.instantMs, 0)],
  ['ToLocalTime', 0, 0, (o) => offsetFromDate(withKind(new Date(o.instantMs), 'Local'))],
  ['ToOffset', 1, 1, (o, c) => new DateTimeOffset(o.instantMs, Math.round(argAs<TimeSpan>(c, 0, 'System.TimeSpan', 'offset').totalMinutes))],
  ['AddDays', 1, 1, shifted(TICKS_PER_DAY)],
  ['AddHours', 1, 1, shifted(TICKS_PER_HOUR)],
  ['AddMinutes', 1, 1, shifted(TICKS_PER_MINUTE)],
  ['AddSeconds', 1, 1, shifted(TICKS_PER_SECOND)],
  ['AddMilliseconds', 1, 1, shifted(TICKS_PER_MS)],
  ['Add', 1, 1, (o, c) => new DateTimeOffset(o.instantMs + argAs<TimeSpan>(c, 0, 'System.TimeSpan', 'timeSpan').totalMilliseconds, o.offsetMinutes)],
  [
    'Subtract',
    1,
    1,
    (o, c) => {
      const v = c.args[0];
      if (v instanceof DateTimeOffset || v instanceof Date) return new TimeSpan((o.instantMs - otherInstant(c)) * TICKS_PER_MS);
      return new DateTimeOffset(o.instantMs - argAs<TimeSpan>(c, 0, 'System.TimeSpan', 'value').totalMilliseconds, o.offsetMinutes);
    },
  ],
  ['CompareTo', 1, 1, (o, c) => Math.sign(o.instantMs - otherInstant(c))],
  ['Equals', 1, 1, (o, c) => (c.args[0] instanceof DateTimeOffset ? c.args[0].instantMs === o.instantMs : false)],
  ['ToFileTime', 0, 0, (o) => o.instantMs * TICKS_PER_MS + UNIX_EPOCH_TICKS - 504911232000000000],
]);
