// Parsing dates and time spans the way [datetime]'...' / [timespan]'...' and DateTime.ParseExact do
// (invariant culture: ISO 8601, M/d/yyyy, month names, RFC 1123; zone designators convert to local time).

import { withKind, type DateKind } from '../../objects/datetime.js';
import { TimeSpan, TICKS_PER_DAY, TICKS_PER_HOUR, TICKS_PER_MINUTE, TICKS_PER_SECOND } from '../../objects/timespan.js';
import { DAY_NAMES, MONTH_NAMES } from '../dotnet-format.js';

/** Ticks of 1970-01-01 (DateTime.UnixEpoch.Ticks). */
export const UNIX_EPOCH_TICKS = 621355968000000000;

/** Builds a date from wall-clock parts. With an offset the instant is exact and the Kind is Local, as .NET's parser does. */
export function makeDate(
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
  ms = 0,
  kind: DateKind = 'Unspecified',
  offsetMinutes?: number,
): Date | undefined {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour > 23 || minute > 59 || second > 59) return undefined;
  if (year < 1 || year > 9999) return undefined;
  if (offsetMinutes !== undefined || kind === 'Utc') {
    const d = new Date(0);
    d.setUTCFullYear(year, month - 1, day);
    d.setUTCHours(hour, minute, second, ms);
    if (offsetMinutes !== undefined) {
      d.setTime(d.getTime() - offsetMinutes * 60000);
      return withKind(d, kind === 'Utc' ? 'Utc' : 'Local');
    }
    return withKind(d, 'Utc');
  }
  const d = new Date(2000, 0, 1);
  d.setFullYear(year, month - 1, day);
  d.setHours(hour, minute, second, ms);
  return withKind(d, kind);
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

function fractionMs(frac: string | undefined): number {
  if (!frac) return 0;
  return Math.round(parseInt(frac.padEnd(7, '0').slice(0, 7), 10) / 10_000);
}

function parseOffset(z: string | undefined): number | undefined {
  if (!z) return undefined;
  if (/^(z|gmt|utc)$/i.test(z)) return 0;
  const m = /^([+-])(\d{1,2}):?(\d{2})?$/.exec(z);
  if (!m) return undefined;
  const v = parseInt(m[2], 10) * 60 + parseInt(m[3] ?? '0', 10);
  return m[1] === '-' ? -v : v;
}

function to24(hour: number, ampm: string | undefined): number {
  if (!ampm) return hour;
  const pm = ampm.toUpperCase().startsWith('P');
  if (hour === 12) return pm ? 12 : 0;
  return pm ? hour + 12 : hour;
}

const ISO =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,7})\d*)?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;
const SLASH =
  /^(\d{1,4})[/-](\d{1,2})[/-](\d{1,4})(?:[T ]+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7})\d*)?)?\s*([AP]\.?M\.?)?)?\s*(Z|GMT|UTC|[+-]\d{2}:?\d{2})?$/i;
const TIME_ONLY = /^(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7})\d*)?)?\s*([AP]M)?$/i;

function monthIndex(word: string): number {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (w.length < 3) return 0;
  const i = MONTH_NAMES.findIndex((m) => m.toLowerCase().startsWith(w) && (w.length === 3 || m.toLowerCase() === w || w === 'sept'));
  return i + 1;
}

function isDayName(word: string): boolean {
  const w = word.toLowerCase().replace(/\.$/, '');
  return w.length >= 3 && DAY_NAMES.some((d) => d.toLowerCase().startsWith(w));
}

/** DateTime.Parse with the invariant culture. Undefined when the text is not a date. */
export function parseDateTime(text: string): Date | undefined {
  const t = text.trim();
  if (!t) return undefined;
  let m = ISO.exec(t);
  if (m) {
    return makeDate(+m[1], +m[2], +m[3], +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0), fractionMs(m[7]), 'Unspecified', parseOffset(m[8]));
  }
  m = SLASH.exec(t);
  if (m) {
    const a = +m[1];
    const b = +m[2];
    const c = +m[3];
    let year: number;
    let month: number;
    let day: number;
    if (m[1].length === 4) [year, month, day] = [a, b, c];
    else [month, day, year] = [a, b, m[3].length <= 2 ? twoDigitYear(c) : c];
    const hour = to24(+(m[4] ?? 0), m[8]?.replace(/\./g, ''));
    return makeDate(year, month, day, hour, +(m[5] ?? 0), +(m[6] ?? 0), fractionMs(m[7]), 'Unspecified', parseOffset(m[9]));
  }
  m = TIME_ONLY.exec(t);
  if (m) {
    const now = new Date();
    return makeDate(now.getFullYear(), now.getMonth() + 1, now.getDate(), to24(+m[1], m[5]), +m[2], +(m[3] ?? 0), fractionMs(m[4]));
  }
  return parseWordDate(t);
}

/** "January 15, 2024", "15 Jan 2024 10:00", "Mon, 15 Jan 2024 10:00:00 GMT". */
function parseWordDate(t: string): Date | undefined {
  const tokens = t.split(/[\s,]+/).filter(Boolean);
  let month = 0;
  let day = 0;
  let year = 0;
  let hour = 0;
  let minute = 0;
  let second = 0;
  let ms = 0;
  let ampm: string | undefined;
  let offset: number | undefined;
  for (const tok of tokens) {
    const time = /^(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7}))?)?$/.exec(tok);
    if (time) {
      hour = +time[1];
      minute = +time[2];
      second = +(time[3] ?? 0);
      ms = fractionMs(time[4]);
    } else if (/^[AP]M$/i.test(tok)) ampm = tok;
    else if (/^(GMT|UTC|Z)$/i.test(tok) || /^[+-]\d{2}:?\d{2}$/.test(tok)) offset = parseOffset(tok);
    else if (/^\d{3,4}$/.test(tok)) year = +tok;
    else if (/^\d{1,2}$/.test(tok)) {
      if (!day) day = +tok;
      else if (!year) year = twoDigitYear(+tok);
      else return undefined;
    } else if (/^\d{1,2}(st|nd|rd|th)$/i.test(tok)) day = parseInt(tok, 10);
    else if (monthIndex(tok)) month = monthIndex(tok);
    else if (isDayName(tok)) continue;
    else return undefined;
  }
  if (!month || !day) return undefined;
  if (!year) year = new Date().getFullYear();
  return makeDate(year, month, day, to24(hour, ampm), minute, second, ms, 'Unspecified', offset);
}

function twoDigitYear(y: number): number {
  if (y >= 100) return y;
  return y <= 49 ? 2000 + y : 1900 + y;
}

/** DateTime.ParseExact with a custom or one-letter standard format (invariant culture). */
export function parseDateTimeExact(text: string, format: string): Date | undefined {
  const std: Record<string, string> = {
    d: 'MM/dd/yyyy',
    D: 'dddd, dd MMMM yyyy',
    g: 'MM/dd/yyyy HH:mm',
    G: 'MM/dd/yyyy HH:mm:ss',
    s: "yyyy'-'MM'-'dd'T'HH':'mm':'ss",
    u: "yyyy'-'MM'-'dd HH':'mm':'ss'Z'",
    o: "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffffffK",
    O: "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffffffK",
    t: 'HH:mm',
    T: 'HH:mm:ss',
  };
  const fmt = format.length === 1 ? std[format] : format;
  if (!fmt) return undefined;
  type Setter = (v: string, parts: Parts) => boolean;
  interface Parts {
    y?: number;
    M?: number;
    d?: number;
    h?: number;
    m?: number;
    s?: number;
    ms?: number;
    ampm?: string;
    offset?: number;
    utc?: boolean;
  }
  let source = '^';
  const setters: Setter[] = [];
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const num = (key: 'y' | 'M' | 'd' | 'h' | 'm' | 's', pattern: string) => {
    source += `(${pattern})`;
    setters.push((v, p) => {
      p[key] = parseInt(v, 10);
      return true;
    });
  };
  for (let i = 0; i < fmt.length; i++) {
    const c = fmt[i];
    let n = 1;
    while (fmt[i + n] === c) n++;
    switch (c) {
      case 'd':
        if (n <= 2) num('d', n === 1 ? '\\d{1,2}' : '\\d{2}');
        else {
          source += `(${DAY_NAMES.map((x) => (n === 3 ? x.slice(0, 3) : x)).join('|')})`;
          setters.push(() => true);
        }
        break;
      case 'M':
        if (n <= 2) num('M', n === 1 ? '\\d{1,2}' : '\\d{2}');
        else {
          source += `(${MONTH_NAMES.map((x) => (n === 3 ? x.slice(0, 3) : x)).join('|')})`;
          setters.push((v, p) => {
            p.M = monthIndex(v);
            return p.M > 0;
          });
        }
        break;
      case 'y':
        source += n <= 2 ? `(\\d{${n === 1 ? '1,2' : '2'}})` : `(\\d{${n},${Math.max(n, 4)}})`;
        setters.push((v, p) => {
          p.y = n <= 2 ? twoDigitYear(parseInt(v, 10)) : parseInt(v, 10);
          return true;
        });
        break;
      case 'h':
      case 'H':
        num('h', n === 1 ? '\\d{1,2}' : '\\d{2}');
        break;
      case 'm':
        num('m', n === 1 ? '\\d{1,2}' : '\\d{2}');
        break;
      case 's':
        num('s', n === 1 ? '\\d{1,2}' : '\\d{2}');
        break;
      case 'f':
      case 'F':
        source += c === 'f' ? `(\\d{${n}})` : `(\\d{0,${n}})`;
        setters.push((v, p) => {
          p.ms = fractionMs(v);
          return true;
        });
        break;
      case 't':
        source += n === 1 ? '([AP])' : '([AP]M)';
        setters.push((v, p) => {
          p.ampm = v;
          return true;
        });
        break;
      case 'z':
        source += '([+-]\\d{1,2}(?::?\\d{2})?)';
        setters.push((v, p) => {
          p.offset = parseOffset(v);
          return p.offset !== undefined;
        });
        break;
      case 'K':
        source += '(Z|[+-]\\d{2}:\\d{2})?';
        setters.push((v, p) => {
          if (v) p.offset = parseOffset(v);
          return true;
        });
        break;
      case "'":
      case '"': {
        const end = fmt.indexOf(c, i + 1);
        if (end < 0) return undefined;
        source += esc(fmt.slice(i + 1, end));
        i = end;
        continue;
      }
      case '\\':
        source += esc(fmt[i + 1] ?? '');
        i++;
        continue;
      case '%':
        continue;
      default:
        source += esc(c.repeat(n));
    }
    i += n - 1;
  }
  const m = new RegExp(`${source}$`, 'i').exec(text.trim());
  if (!m) return undefined;
  const parts: Parts = {};
  for (let k = 0; k < setters.length; k++) if (!setters[k](m[k + 1] ?? '', parts)) return undefined;
  const now = new Date();
  const hasDate = parts.y !== undefined || parts.M !== undefined || parts.d !== undefined;
  const year = parts.y ?? (hasDate ? 1 : now.getFullYear());
  const month = parts.M ?? (hasDate ? 1 : now.getMonth() + 1);
  const day = parts.d ?? (hasDate ? 1 : now.getDate());
  return makeDate(year, month, day, to24(parts.h ?? 0, parts.ampm), parts.m ?? 0, parts.s ?? 0, parts.ms ?? 0, 'Unspecified', parts.offset);
}

/** TimeSpan.Parse: [-][d.]hh:mm[:ss[.fffffff]], [-]d:hh:mm:ss[.fffffff] or [-]d (days). */
export function parseTimeSpan(text: string): TimeSpan | undefined {
  const t = text.trim();
  let m = /^(-)?(\d+)$/.exec(t);
  if (m) {
    const v = parseInt(m[2], 10) * TICKS_PER_DAY;
    return new TimeSpan(m[1] ? -v : v);
  }
  m = /^(-)?(?:(\d+)[.:](?=\d+:\d+:))?(\d+):(\d+)(?::(\d+)(?:\.(\d{1,7}))?)?$/.exec(t);
  if (!m) return undefined;
  const days = +(m[2] ?? 0);
  const hours = +m[3];
  const minutes = +m[4];
  const seconds = +(m[5] ?? 0);
  if (hours > 23 || minutes > 59 || seconds > 59) return undefined;
  const frac = m[6] ? parseInt(m[6].padEnd(7, '0'), 10) : 0;
  const ticks = days * TICKS_PER_DAY + hours * TICKS_PER_HOUR + minutes * TICKS_PER_MINUTE + seconds * TICKS_PER_SECOND + frac;
  return new TimeSpan(m[1] ? -ticks : ticks);
}

/** Milliseconds of the date's wall-clock time as if it were UTC (its own time zone for Local/Unspecified). */
export function wallClockMs(d: Date, kind: DateKind): number {
  return kind === 'Utc' ? d.getTime() : d.getTime() - d.getTimezoneOffset() * 60000;
}

/** A date whose wall-clock time is `wallMs` (as produced by wallClockMs), with the given Kind. */
export function dateFromWallMs(wallMs: number, kind: DateKind = 'Unspecified'): Date {
  if (kind === 'Utc') return withKind(new Date(wallMs), 'Utc');
  const u = new Date(wallMs);
  const d = new Date(2000, 0, 1);
  d.setFullYear(u.getUTCFullYear(), u.getUTCMonth(), u.getUTCDate());
  d.setHours(u.getUTCHours(), u.getUTCMinutes(), u.getUTCSeconds(), u.getUTCMilliseconds());
  return withKind(d, kind);
}

/** DateTime.Ticks of a date (100 ns units since 0001-01-01 in its own wall-clock time). */
export function dateTicks(d: Date, kind: DateKind): number {
  return wallClockMs(d, kind) * 10_000 + UNIX_EPOCH_TICKS;
}

/** A date from DateTime ticks interpreted as wall-clock time of the given kind. */
export function dateFromTicks(ticks: number, kind: DateKind = 'Unspecified'): Date {
  return dateFromWallMs(Math.round((ticks - UNIX_EPOCH_TICKS) / 10_000), kind);
}
