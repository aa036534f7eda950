// .NET formatting with the en-US conventions pwsh uses on Linux: standard and custom numeric format strings,
// date/time and TimeSpan format strings, and composite formatting ("{0,-10:N2}") for -f and [string]::Format.

import { dateKind, withKind } from '../objects/datetime.js';
import { TimeSpan, TICKS_PER_DAY, TICKS_PER_HOUR, TICKS_PER_MINUTE, TICKS_PER_SECOND } from '../objects/timespan.js';
import { EnumValue } from '../objects/enum-value.js';
import { Guid } from '../objects/guid.js';

/** A .NET FormatException; callers wrap it into PowerShell's message for their context. */
export class DotNetFormatError extends Error {
  constructor(message = 'Input string was not in a correct format.') {
    super(message);
    this.name = 'FormatException';
  }
}

const BAD_SPECIFIER = 'Format specifier was invalid.';

export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
export const DAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

// ---------------------------------------------------------------------------------------------------------------
// Numbers
// ---------------------------------------------------------------------------------------------------------------

/** |value| = 0.digits × 10^scale; digits has no leading or trailing zeros ('' for zero). */
interface DigitBuffer {
  neg: boolean;
  digits: string;
  scale: number;
}

/** Significant digits of x, rounded to `precision` digits, or the shortest round-trip digits when precision < 0. */
function significantDigits(x: number, precision: number): DigitBuffer {
  const neg = x < 0;
  const a = Math.abs(x);
  if (a === 0) return { neg, digits: '', scale: 0 };
  const s = precision < 0 ? a.toExponential() : a.toExponential(Math.min(Math.max(precision, 1), 101) - 1);
  const e = s.indexOf('e');
  const digits = s.slice(0, e).replace('.', '').replace(/0+$/, '');
  return { neg, digits, scale: parseInt(s.slice(e + 1), 10) + 1 };
}

/** .NET FormatGeneral: fixed notation unless the exponent is out of range for nMaxDigits. */
function formatGeneralDigits(d: DigitBuffer, nMaxDigits: number, expChar: 'E' | 'e'): string {
  if (d.digits === '') return '0';
  const scientific = d.scale > nMaxDigits || d.scale < -3;
  const digPos = scientific ? 1 : d.scale;
  let out: string;
  let rest: string;
  if (digPos > 0) {
    out = d.digits.slice(0, digPos).padEnd(digPos, '0');
    rest = d.digits.slice(digPos);
  } else {
    out = '0';
    rest = '0'.repeat(-digPos) + d.digits;
  }
  if (rest) out += `.${rest}`;
  if (scientific) {
    const e = d.scale - 1;
    out += `${expChar}${e < 0 ? '-' : '+'}${String(Math.abs(e)).padStart(2, '0')}`;
  }
  return (d.neg ? '-' : '') + out;
}

/** Absolute value with exactly `frac` decimals ("1234.50"), exact for large values too. */
function fixedAbs(a: number, frac: number): string {
  if (a < 1e21) return a.toFixed(Math.min(frac, 100));
  const int = BigInt(a).toString();
  return frac > 0 ? `${int}.${'0'.repeat(frac)}` : int;
}

function groupThousands(intPart: string): string {
  let out = '';
  for (let i = 0; i < intPart.length; i++) {
    if (i > 0 && (intPart.length - i) % 3 === 0) out += ',';
    out += intPart[i];
  }
  return out;
}

function isZeroText(s: string): boolean {
  return !/[1-9]/.test(s);
}

/** Integers up to Int64 are formatted as integers (D and X allowed); other numbers as System.Double. */
function isIntegral(n: number): boolean {
  return Number.isInteger(n) && Math.abs(n) < 9.223372036854776e18;
}

function hexOf(n: number, upper: boolean, width: number): string {
  let h: string;
  if (n >= 0) h = n <= 0xffffffff ? n.toString(16) : BigInt(n).toString(16);
  else if (n >= -2147483648) h = (n >>> 0).toString(16);
  else h = BigInt.asUintN(64, BigInt(n)).toString(16);
  if (upper) h = h.toUpperCase();
  return h.padStart(width, '0');
}

/** How pwsh 7 displays a System.Double: .NET's shortest round-trip text (0.1+0.2 → 0.30000000000000004, 1e20 → 1E+20). */
export function formatDouble(n: number): string {
  if (isIntegral(n)) return String(n === 0 ? 0 : n);
  return formatDoubleRoundTrip(n);
}

/** .NET's Double.ToString() (shortest round-trip): (0.1+0.2).ToString() → 0.30000000000000004. */
export function formatDoubleRoundTrip(n: number): string {
  if (Number.isNaN(n)) return 'NaN';
  if (!Number.isFinite(n)) return n > 0 ? '∞' : '-∞';
  const d = significantDigits(n, -1);
  return formatGeneralDigits(d, Math.max(d.digits.length, 17), 'E');
}

/** Formats a number with a .NET standard ("N2", "X8", "P0") or custom ("#,##0.00") numeric format string. */
export function formatNumber(n: number, format: string | null | undefined, integral = isIntegral(n)): string {
  const fmt = format ?? '';
  if (fmt === '') return integral ? String(n === 0 ? 0 : n) : formatDoubleRoundTrip(n);
  const std = /^([A-Za-z])(\d{0,9})$/.exec(fmt);
  if (!std) return formatCustomNumber(n, fmt);
  if (Number.isNaN(n)) return 'NaN';
  if (!Number.isFinite(n)) return n > 0 ? '∞' : '-∞';
  const letter = std[1];
  const precision = std[2] === '' ? -1 : parseInt(std[2], 10);
  const neg = n < 0;
  const a = Math.abs(n);
  switch (letter.toUpperCase()) {
    case 'D': {
      if (!integral) throw new DotNetFormatError(BAD_SPECIFIER);
      const s = String(a).padStart(precision, '0');
      return (neg ? '-' : '') + s;
    }
    case 'X': {
      if (!integral) throw new DotNetFormatError(BAD_SPECIFIER);
      return hexOf(n, letter === 'X', precision);
    }
    case 'B': {
      if (!integral) throw new DotNetFormatError(BAD_SPECIFIER);
      const b = n >= 0 ? n.toString(2) : n >= -2147483648 ? (n >>> 0).toString(2) : BigInt.asUintN(64, BigInt(n)).toString(2);
      return b.padStart(precision, '0');
    }
    case 'F': {
      const s = fixedAbs(a, precision < 0 ? 2 : precision);
      return (neg && !isZeroText(s) ? '-' : '') + s;
    }
    case 'N': {
      const s = fixedAbs(a, precision < 0 ? 2 : precision);
      const [i, f] = s.split('.');
      const out = groupThousands(i) + (f ? `.${f}` : '');
      return (neg && !isZeroText(s) ? '-' : '') + out;
    }
    case 'P': {
      const s = fixedAbs(a * 100, precision < 0 ? 2 : precision);
      const [i, f] = s.split('.');
      const out = `${groupThousands(i)}${f ? `.${f}` : ''}%`;
      return (neg && !isZeroText(s) ? '-' : '') + out;
    }
    case 'C': {
      const s = fixedAbs(a, precision < 0 ? 2 : precision);
      const [i, f] = s.split('.');
      const out = `$${groupThousands(i)}${f ? `.${f}` : ''}`;
      return (neg && !isZeroText(s) ? '-' : '') + out;
    }
    case 'E': {
      const p = precision < 0 ? 6 : precision;
      const s = a.toExponential(Math.min(p, 100));
      const [mant, exp] = s.split('e');
      const e = parseInt(exp, 10);
      return `${neg ? '-' : ''}${mant}${letter}${e < 0 ? '-' : '+'}${String(Math.abs(e)).padStart(3, '0')}`;
    }
    case 'G': {
      const expChar = letter === 'g' ? 'e' : 'E';
      if (integral && precision <= 0) return String(n === 0 ? 0 : n);
      if (precision <= 0) {
        const d = significantDigits(n, -1);
        return formatGeneralDigits(d, Math.max(d.digits.length, 17), expChar);
      }
      return formatGeneralDigits(significantDigits(n, precision), precision, expChar);
    }
    case 'R':
      return integral ? String(n === 0 ? 0 : n) : formatDoubleRoundTrip(n);
    default:
      throw new DotNetFormatError(BAD_SPECIFIER);
  }
}

/** Splits a custom format into its ';' sections, honouring quotes and backslash escapes. */
function splitSections(fmt: string): string[] {
  const sections: string[] = [];
  let cur = '';
  let quote = '';
  for (let i = 0; i < fmt.length; i++) {
    const c = fmt[i];
    if (quote) {
      cur += c;
      if (c === quote) quote = '';
    } else if (c === '\\' && i + 1 < fmt.length) {
      cur += c + fmt[++i];
    } else if (c === '"' || c === "'") {
      quote = c;
      cur += c;
    } else if (c === ';') {
      sections.push(cur);
      cur = '';
    } else cur += c;
  }
  sections.push(cur);
  return sections;
}

type CustomToken =
  | { kind: 'digit'; zero: boolean; afterPoint: boolean }
  | { kind: 'point' }
  | { kind: 'comma' }
  | { kind: 'literal'; text: string }
  | { kind: 'exp'; char: string; plus: boolean; minDigits: number };

function tokenizeCustom(section: string): CustomToken[] {
  const tokens: CustomToken[] = [];
  let afterPoint = false;
  for (let i = 0; i < section.length; i++) {
    const c = section[i];
    if (c === '0' || c === '#') tokens.push({ kind: 'digit', zero: c === '0', afterPoint });
    else if (c === '.') {
      if (!afterPoint) tokens.push({ kind: 'point' });
      afterPoint = true;
    } else if (c === ',') tokens.push({ kind: 'comma' });
    else if (c === '\\' && i + 1 < section.length) tokens.push({ kind: 'literal', text: section[++i] });
    else if (c === '"' || c === "'") {
      const end = section.indexOf(c, i + 1);
      const stop = end < 0 ? section.length : end;
      tokens.push({ kind: 'literal', text: section.slice(i + 1, stop) });
      i = stop;
    } else if ((c === 'E' || c === 'e') && /^[+-]?0/.test(section.slice(i + 1))) {
      let j = i + 1;
      let plus = false;
      if (section[j] === '+') {
        plus = true;
        j++;
      } else if (section[j] === '-') j++;
      let count = 0;
      while (section[j] === '0') {
        count++;
        j++;
      }
      tokens.push({ kind: 'exp', char: c, plus, minDigits: count });
      i = j - 1;
    } else tokens.push({ kind: 'literal', text: c });
  }
  return tokens;
}

/** .NET custom numeric format ("#,##0.00", "0.###", "00", "#,##0,,M", "0.00%", "0.0E+00", "pos;neg;zero"). */
function formatCustomNumber(n: number, fmt: string): string {
  const sections = splitSections(fmt);
  let section = sections[0];
  let useSign = true;
  if (n < 0 && sections.length > 1 && sections[1] !== '') {
    section = sections[1];
    useSign = false;
  } else if (n === 0 && sections.length > 2 && sections[2] !== '') {
    section = sections[2];
  }
  const tokens = tokenizeCustom(section);
  let value = Math.abs(n);
  // Percent / permille scale the value; commas right before the point (or the end) divide by 1000.
  for (const t of tokens) {
    if (t.kind === 'literal' && t.text === '%') value *= 100;
    else if (t.kind === 'literal' && t.text === '‰') value *= 1000;
  }
  const firstPoint = tokens.findIndex((t) => t.kind === 'point');
  const intEnd = firstPoint < 0 ? tokens.length : firstPoint;
  let lastIntDigit = -1;
  let firstIntDigit = -1;
  for (let i = 0; i < intEnd; i++) {
    if (tokens[i].kind === 'digit') {
      if (firstIntDigit < 0) firstIntDigit = i;
      lastIntDigit = i;
    }
  }
  let grouping = false;
  let scaleCommas = 0;
  for (let i = 0; i < intEnd; i++) {
    if (tokens[i].kind !== 'comma') continue;
    if (i > lastIntDigit) scaleCommas++;
    else if (i > firstIntDigit && firstIntDigit >= 0) grouping = true;
  }
  value /= Math.pow(1000, scaleCommas);
  const intDigitTokens = tokens.slice(0, intEnd).filter((t) => t.kind === 'digit') as Array<{ kind: 'digit'; zero: boolean }>;
  const fracDigitTokens = tokens.filter((t) => t.kind === 'digit' && t.afterPoint) as Array<{ kind: 'digit'; zero: boolean }>;
  const firstZero = intDigitTokens.findIndex((t) => t.zero);
  const minIntDigits = firstZero < 0 ? 0 : intDigitTokens.length - firstZero;
  let lastFracZero = -1;
  fracDigitTokens.forEach((t, i) => {
    if (t.zero) lastFracZero = i;
  });
  const expToken = tokens.find((t) => t.kind === 'exp') as Extract<CustomToken, { kind: 'exp' }> | undefined;
  let exponent = 0;
  if (expToken && value !== 0) {
    const intCount = Math.max(intDigitTokens.length, 1);
    exponent = Math.floor(Math.log10(value)) - (intCount - 1);
    value /= Math.pow(10, exponent);
    if (value >= Math.pow(10, intCount)) {
      value /= 10;
      exponent++;
    }
  }
  const fixed = fixedAbs(value, fracDigitTokens.length);
  let [intText, fracText = ''] = fixed.split('.');
  intText = intText.replace(/^0+/, '');
  if (intText.length < minIntDigits) intText = intText.padStart(minIntDigits, '0');
  fracText = fracText.replace(/0+$/, '');
  if (fracText.length < lastFracZero + 1) fracText = fracText.padEnd(lastFracZero + 1, '0');
  const isZero = isZeroText(intText + fracText);

  let out = '';
  let intPlaceholder = 0;
  const extra = intText.length - intDigitTokens.length;
  const emitIntDigits = (from: number, to: number) => {
    for (let k = from; k < to; k++) {
      out += intText[k];
      const remaining = intText.length - 1 - k;
      if (grouping && remaining > 0 && remaining % 3 === 0) out += ',';
    }
  };
  let fracIndex = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind === 'digit' && !t.afterPoint) {
      const p = intPlaceholder++;
      if (p === 0 && extra > 0) emitIntDigits(0, extra + 1);
      else if (p + extra >= 0) emitIntDigits(p + extra, p + extra + 1);
    } else if (t.kind === 'point') {
      if (fracText.length > 0) {
        out += '.';
      }
    } else if (t.kind === 'digit') {
      if (fracIndex < fracText.length) out += fracText[fracIndex];
      fracIndex++;
    } else if (t.kind === 'comma') {
      // Grouping and scaling commas print nothing themselves.
    } else if (t.kind === 'exp') {
      const sign = exponent < 0 ? '-' : t.plus ? '+' : '';
      out += `${t.char}${sign}${String(Math.abs(exponent)).padStart(t.minDigits, '0')}`;
    } else out += t.text;
  }
  if (intDigitTokens.length === 0 && fracDigitTokens.length === 0 && !expToken) return (n < 0 && useSign ? '-' : '') + out;
  return (n < 0 && useSign && !isZero ? '-' : '') + out;
}

// ---------------------------------------------------------------------------------------------------------------
// Dates
// ---------------------------------------------------------------------------------------------------------------

export interface DateFields {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  dayOfWeek: number; // 0 = Sunday
}

/** Wall-clock fields of a date: UTC fields for Kind=Utc, local fields otherwise. */
export function dateFields(d: Date): DateFields {
  if (dateKind(d) === 'Utc') {
    return {
      year: d.getUTCFullYear(),
      month: d.getUTCMonth() + 1,
      day: d.getUTCDate(),
      hour: d.getUTCHours(),
      minute: d.getUTCMinutes(),
      second: d.getUTCSeconds(),
      millisecond: d.getUTCMilliseconds(),
      dayOfWeek: d.getUTCDay(),
    };
  }
  return {
    year: d.getFullYear(),
    month: d.getMonth() + 1,
    day: d.getDate(),
    hour: d.getHours(),
    minute: d.getMinutes(),
    second: d.getSeconds(),
    millisecond: d.getMilliseconds(),
    dayOfWeek: d.getDay(),
  };
}

/** Offset from UTC in minutes for a date (0 for Kind=Utc). */
export function utcOffsetMinutes(d: Date): number {
  return dateKind(d) === 'Utc' ? 0 : -d.getTimezoneOffset();
}

function formatOffset(minutes: number, style: 'z' | 'zz' | 'zzz'): string {
  const sign = minutes < 0 ? '-' : '+';
  const a = Math.abs(minutes);
  const h = Math.trunc(a / 60);
  const m = a % 60;
  if (style === 'z') return `${sign}${h}`;
  if (style === 'zz') return `${sign}${String(h).padStart(2, '0')}`;
  return `${sign}${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

/** en-US standard date/time patterns (what pwsh shows on Linux with an en-US locale). */
const STANDARD_DATE_FORMATS: Record<string, string> = {
  d: 'M/d/yyyy',
  D: 'dddd, MMMM d, yyyy',
  f: 'dddd, MMMM d, yyyy h:mm tt',
  F: 'dddd, MMMM d, yyyy h:mm:ss tt',
  g: 'M/d/yyyy h:mm tt',
  G: 'M/d/yyyy h:mm:ss tt',
  m: 'MMMM d',
  M: 'MMMM d',
  o: "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffffffK",
  O: "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffffffK",
  r: "ddd, dd MMM yyyy HH':'mm':'ss 'GMT'",
  R: "ddd, dd MMM yyyy HH':'mm':'ss 'GMT'",
  s: "yyyy'-'MM'-'dd'T'HH':'mm':'ss",
  t: 'h:mm tt',
  T: 'h:mm:ss tt',
  u: "yyyy'-'MM'-'dd HH':'mm':'ss'Z'",
  U: 'dddd, MMMM d, yyyy h:mm:ss tt',
  y: 'MMMM yyyy',
  Y: 'MMMM yyyy',
};

function countRepeat(fmt: string, i: number): number {
  let n = 1;
  while (fmt[i + n] === fmt[i]) n++;
  return n;
}

/** Formats a date with a .NET standard ("d", "o", "u") or custom ("yyyy-MM-dd HH:mm:ss") format string. */
export function formatDate(date: Date, format?: string | null): string {
  let fmt = format || 'G';
  let d = date;
  if (fmt.length === 1) {
    const std = STANDARD_DATE_FORMATS[fmt];
    if (!std) throw new DotNetFormatError();
    if (fmt === 'U') d = toUtcKind(date);
    fmt = std;
  }
  return formatDateCustom(d, fmt);
}

/**
 * Formats a DateTimeOffset given as its wall-clock time (a Kind=Utc date holding the local fields) and offset.
 * Default format: "G zzz" (1/15/2024 10:00:00 AM +00:00).
 */
export function formatDateOffset(wallClock: Date, offsetMinutes: number, format?: string | null): string {
  let fmt = format || `${STANDARD_DATE_FORMATS.G} zzz`;
  let d = withKind(new Date(wallClock.getTime()), 'Utc');
  let offset = offsetMinutes;
  if (fmt.length === 1) {
    const std = STANDARD_DATE_FORMATS[fmt];
    if (!std) throw new DotNetFormatError();
    if (fmt === 'U' || fmt === 'u' || fmt === 'r' || fmt === 'R') {
      d = withKind(new Date(wallClock.getTime() - offsetMinutes * 60000), 'Utc');
      offset = 0;
    }
    fmt = std;
  }
  return formatDateCustom(d, fmt, offset);
}

function toUtcKind(d: Date): Date {
  return withKind(new Date(d.getTime()), 'Utc');
}

function formatDateCustom(d: Date, fmt: string, fixedOffset?: number): string {
  const f = dateFields(d);
  const ticksFraction = f.millisecond * 10_000; // 7-digit fraction of a second
  let out = '';
  for (let i = 0; i < fmt.length; i++) {
    const c = fmt[i];
    const n = countRepeat(fmt, i);
    switch (c) {
      case 'd':
        if (n === 1) out += f.day;
        else if (n === 2) out += String(f.day).padStart(2, '0');
        else if (n === 3) out += DAY_NAMES[f.dayOfWeek].slice(0, 3);
        else out += DAY_NAMES[f.dayOfWeek];
        i += n - 1;
        break;
      case 'M':
        if (n === 1) out += f.month;
        else if (n === 2) out += String(f.month).padStart(2, '0');
        else if (n === 3) out += MONTH_NAMES[f.month - 1].slice(0, 3);
        else out += MONTH_NAMES[f.month - 1];
        i += n - 1;
        break;
      case 'y':
        if (n === 1) out += f.year % 100;
        else if (n === 2) out += String(f.year % 100).padStart(2, '0');
        else out += String(f.year).padStart(n, '0');
        i += n - 1;
        break;
      case 'h': {
        const h12 = f.hour % 12 === 0 ? 12 : f.hour % 12;
        out += n === 1 ? String(h12) : String(h12).padStart(2, '0');
        i += n - 1;
        break;
      }
      case 'H':
        out += n === 1 ? String(f.hour) : String(f.hour).padStart(2, '0');
        i += n - 1;
        break;
      case 'm':
        out += n === 1 ? String(f.minute) : String(f.minute).padStart(2, '0');
        i += n - 1;
        break;
      case 's':
        out += n === 1 ? String(f.second) : String(f.second).padStart(2, '0');
        i += n - 1;
        break;
      case 'f':
      case 'F': {
        if (n > 7) throw new DotNetFormatError();
        let frac = String(ticksFraction).padStart(7, '0').slice(0, n);
        if (c === 'F') {
          frac = frac.replace(/0+$/, '');
          if (frac === '' && out.endsWith('.')) out = out.slice(0, -1);
        }
        out += frac;
        i += n - 1;
        break;
      }
      case 't': {
        const ampm = f.hour < 12 ? 'AM' : 'PM';
        out += n === 1 ? ampm[0] : ampm;
        i += n - 1;
        break;
      }
      case 'z': {
        const off = fixedOffset ?? utcOffsetMinutes(d);
        out += formatOffset(off, n === 1 ? 'z' : n === 2 ? 'zz' : 'zzz');
        i += n - 1;
        break;
      }
      case 'K': {
        const kind = dateKind(d);
        if (fixedOffset !== undefined) out += formatOffset(fixedOffset, 'zzz');
        else if (kind === 'Utc') out += 'Z';
        else if (kind === 'Local') out += formatOffset(utcOffsetMinutes(d), 'zzz');
        break;
      }
      case 'g':
        out += 'A.D.';
        i += n - 1;
        break;
      case ':':
        out += ':';
        break;
      case '/':
        out += '/';
        break;
      case "'":
      case '"': {
        const end = fmt.indexOf(c, i + 1);
        if (end < 0) throw new DotNetFormatError();
        out += fmt.slice(i + 1, end);
        i = end;
        break;
      }
      case '\\':
        if (i + 1 < fmt.length) out += fmt[++i];
        else throw new DotNetFormatError();
        break;
      case '%':
        // "%d": the next character is a one-letter custom specifier.
        break;
      default:
        out += c;
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// TimeSpan
// ---------------------------------------------------------------------------------------------------------------

/** Formats a TimeSpan with "c", "g", "G" or a custom format (hh\:mm\:ss, d\.hh, %m ...). */
export function formatTimeSpan(ts: TimeSpan, format?: string | null): string {
  const fmt = format ?? '';
  const neg = ts.ticks < 0;
  const t = Math.abs(ts.ticks);
  const days = Math.trunc(t / TICKS_PER_DAY);
  const hours = Math.trunc((t % TICKS_PER_DAY) / TICKS_PER_HOUR);
  const minutes = Math.trunc((t % TICKS_PER_HOUR) / TICKS_PER_MINUTE);
  const seconds = Math.trunc((t % TICKS_PER_MINUTE) / TICKS_PER_SECOND);
  const frac = t % TICKS_PER_SECOND;
  const p2 = (v: number) => String(v).padStart(2, '0');
  if (fmt === '' || fmt === 'c' || fmt === 't' || fmt === 'T') return ts.toString();
  if (fmt === 'g') {
    let s = `${neg ? '-' : ''}${days ? `${days}:` : ''}${hours}:${p2(minutes)}:${p2(seconds)}`;
    if (frac) s += `.${String(frac).padStart(7, '0').replace(/0+$/, '')}`;
    return s;
  }
  if (fmt === 'G') return `${neg ? '-' : ''}${days}:${p2(hours)}:${p2(minutes)}:${p2(seconds)}.${String(frac).padStart(7, '0')}`;
  let out = '';
  for (let i = 0; i < fmt.length; i++) {
    const c = fmt[i];
    const n = countRepeat(fmt, i);
    switch (c) {
      case 'd':
        if (n > 8) throw new DotNetFormatError();
        out += String(days).padStart(n, '0');
        i += n - 1;
        break;
      case 'h':
        if (n > 2) throw new DotNetFormatError();
        out += n === 2 ? p2(hours) : String(hours);
        i += n - 1;
        break;
      case 'm':
        if (n > 2) throw new DotNetFormatError();
        out += n === 2 ? p2(minutes) : String(minutes);
        i += n - 1;
        break;
      case 's':
        if (n > 2) throw new DotNetFormatError();
        out += n === 2 ? p2(seconds) : String(seconds);
        i += n - 1;
        break;
      case 'f':
      case 'F': {
        if (n > 7) throw new DotNetFormatError();
        let s = String(frac).padStart(7, '0').slice(0, n);
        if (c === 'F') s = s.replace(/0+$/, '');
        out += s;
        i += n - 1;
        break;
      }
      case "'":
      case '"': {
        const end = fmt.indexOf(c, i + 1);
        if (end < 0) throw new DotNetFormatError();
        out += fmt.slice(i + 1, end);
        i = end;
        break;
      }
      case '\\':
        if (i + 1 >= fmt.length) throw new DotNetFormatError();
        out += fmt[++i];
        break;
      case '%':
        break;
      default:
        // TimeSpan custom formats reject unescaped literals such as ':'.
        throw new DotNetFormatError();
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Composite formatting
// ---------------------------------------------------------------------------------------------------------------

/** How one argument of a composite format is turned into text. */
export type ArgFormatter = (value: unknown, format: string | undefined) => string;

/** Formats one value the way String.Format does: IFormattable values honour the format, others use ToString(). */
export function formatValue(value: unknown, format: string | undefined, toText: (v: unknown) => string): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return formatNumber(value, format ?? '');
  if (value instanceof Date) return formatDate(value, format || 'G');
  if (value instanceof TimeSpan) return formatTimeSpan(value, format);
  if (value instanceof Guid) return value.format(format || 'D');
  if (value instanceof EnumValue) {
    const f = (format ?? 'G').toUpperCase();
    if (f === 'D') return String(value.value);
    if (f === 'X') return hexOf(value.value, true, 8);
    return value.toString();
  }
  return toText(value);
}

/**
 * .NET composite formatting: "{index[,alignment][:formatString]}" with "{{" and "}}" escapes.
 * Throws DotNetFormatError with .NET's message on a bad format or an index outside the arguments.
 */
export function formatComposite(format: string, args: readonly unknown[], toText: (v: unknown) => string): string {
  let out = '';
  const len = format.length;
  let i = 0;
  while (i < len) {
    const c = format[i];
    if (c === '}') {
      if (format[i + 1] === '}') {
        out += '}';
        i += 2;
        continue;
      }
      throw new DotNetFormatError();
    }
    if (c !== '{') {
      out += c;
      i++;
      continue;
    }
    if (format[i + 1] === '{') {
      out += '{';
      i += 2;
      continue;
    }
    i++;
    let idxText = '';
    while (i < len && format[i] >= '0' && format[i] <= '9') idxText += format[i++];
    if (!idxText) throw new DotNetFormatError();
    while (format[i] === ' ') i++;
    let align = 0;
    if (format[i] === ',') {
      i++;
      while (format[i] === ' ') i++;
      let alignText = '';
      if (format[i] === '-') alignText += format[i++];
      while (i < len && format[i] >= '0' && format[i] <= '9') alignText += format[i++];
      if (alignText === '' || alignText === '-') throw new DotNetFormatError();
      align = parseInt(alignText, 10);
      while (format[i] === ' ') i++;
    }
    let itemFormat: string | undefined;
    if (format[i] === ':') {
      i++;
      let f = '';
      while (i < len && format[i] !== '}') {
        if (format[i] === '{') throw new DotNetFormatError();
        f += format[i++];
      }
      itemFormat = f;
    }
    if (format[i] !== '}') throw new DotNetFormatError();
    i++;
    const index = parseInt(idxText, 10);
    if (index >= args.length) {
      throw new DotNetFormatError('Index (zero based) must be greater than or equal to zero and less than the size of the argument list.');
    }
    let text = formatValue(args[index], itemFormat, toText);
    if (align > 0) text = text.padStart(align, ' ');
    else if (align < 0) text = text.padEnd(-align, ' ');
    out += text;
  }
  return out;
}
