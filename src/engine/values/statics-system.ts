// Static members touching time and the machine: [datetime], [timespan], [System.IO.Path], [System.IO.File],
// [System.IO.Directory], [Environment], [Console], [System.Threading.Thread], [System.Diagnostics.Stopwatch],
// [uri], [System.Net.WebUtility], [System.Web.HttpUtility].

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as nodePath from 'node:path';
import { randomBytes } from 'node:crypto';
import { withKind } from '../../objects/datetime.js';
import { EnumValue, DateTimeKindEnum, ConsoleColorEnum } from '../../objects/enum-value.js';
import { PSHashtable } from '../../objects/hashtable.js';
import { PSObject } from '../../objects/psobject.js';
import { Stopwatch } from '../../objects/stopwatch.js';
import { TimeSpan, TICKS_PER_DAY, TICKS_PER_HOUR, TICKS_PER_MINUTE, TICKS_PER_MS, TICKS_PER_SECOND } from '../../objects/timespan.js';
import { TextEncoding } from '../../objects/text-encoding.js';
import { Version } from '../../objects/version.js';
import { DateTimeOffset } from '../../objects/datetime-offset.js';
import { offsetFromDate, parseDateTimeOffset } from '../methods/offset-methods.js';
import { convertTo, isCollection, tagArrayElementType, toArray, toStr } from '../conversions.js';
import { compareOrdered } from '../operators.js';
import { dateFields } from '../dotnet-format.js';
import { dateFromTicks, daysInMonth, isLeapYear, makeDate, parseDateTime, parseDateTimeExact, parseTimeSpan, UNIX_EPOCH_TICKS } from './datetime-parse.js';
import { argAs, intArg, numArg, strArg, throwDotNet, type Call } from '../methods/support.js';
import { defineStatics } from './static-registry.js';

// ------------------------------------------------------------------------------------------------
// [datetime]
// ------------------------------------------------------------------------------------------------

function today(): Date {
  const n = new Date();
  return makeDate(n.getFullYear(), n.getMonth() + 1, n.getDate(), 0, 0, 0, 0, 'Local')!;
}

function stylesOf(v: unknown): string {
  return v === null || v === undefined ? '' : toStr(v).toLowerCase();
}

/** Applies DateTimeStyles (AssumeUniversal, AdjustToUniversal, AssumeLocal) to a parsed date. */
function applyStyles(d: Date, styles: string, hadZone: boolean): Date {
  let out = d;
  if (!hadZone && styles.includes('assumeuniversal')) {
    const f = dateFields(d);
    out = withKind(makeDate(f.year, f.month, f.day, f.hour, f.minute, f.second, f.millisecond, 'Utc')!, 'Local');
  } else if (!hadZone && styles.includes('assumelocal')) out = withKind(new Date(d.getTime()), 'Local');
  if (styles.includes('adjusttouniversal')) out = withKind(new Date(out.getTime()), 'Utc');
  return out;
}

function notADate(text: string): never {
  throwDotNet('System.FormatException', `String '${text}' was not recognized as a valid DateTime.`);
}

function parseExactStatic(c: Call): Date {
  const text = strArg(c, 0, 's');
  const formats = isCollection(c.args[1]) ? toArray(c.args[1]).map(toStr) : [strArg(c, 1, 'format')];
  for (const f of formats) {
    const d = parseDateTimeExact(text, f);
    if (d) return applyStyles(d, stylesOf(c.args[3]), /[zK]/.test(f) && /(Z|[+-]\d\d:?\d\d)\s*$/i.test(text));
  }
  return notADate(text);
}

function newDateTime(c: Call): Date {
  const a = c.args;
  if (a.length === 1) return dateFromTicks(argAs<number>(c, 0, 'System.Int64', 'ticks'));
  if (a.length === 2) return dateFromTicks(argAs<number>(c, 0, 'System.Int64', 'ticks'), (convertTo(a[1], DateTimeKindEnum.fullName) as EnumValue).toString() as 'Utc');
  const n = a.map((_, i) => (a[i] instanceof EnumValue || (typeof a[i] === 'string' && !/^\d+$/.test(a[i] as string)) ? Number.NaN : intArg(c, i, 'value')));
  const kindIndex = n.findIndex((x) => Number.isNaN(x));
  const kind = kindIndex >= 0 ? ((convertTo(a[kindIndex], DateTimeKindEnum.fullName) as EnumValue).toString() as 'Utc') : 'Unspecified';
  const [y, mo, d, h = 0, mi = 0, s = 0, ms = 0] = kindIndex >= 0 ? n.slice(0, kindIndex) : n;
  const date = makeDate(y, mo, d, h, mi, s, ms, kind);
  if (!date) throwDotNet('System.ArgumentOutOfRangeException', 'Year, Month, and Day parameters describe an un-representable DateTime.');
  return date;
}

defineStatics(
  'System.DateTime',
  {
    Now: () => withKind(new Date(), 'Local'),
    UtcNow: () => withKind(new Date(), 'Utc'),
    Today: () => today(),
    MinValue: () => dateFromTicks(0),
    MaxValue: () => makeDate(9999, 12, 31, 23, 59, 59, 999),
    UnixEpoch: () => withKind(new Date(0), 'Utc'),
  },
  [
    [
      'Parse',
      1,
      3,
      (_, c) => {
        const text = strArg(c, 0, 's');
        const d = parseDateTime(text);
        if (!d) notADate(text);
        return applyStyles(d, stylesOf(c.args[2]), /(Z|GMT|UTC|[+-]\d\d:?\d\d)\s*$/i.test(text));
      },
    ],
    ['ParseExact', 3, 4, (_, c) => parseExactStatic(c)],
    ['DaysInMonth', 2, 2, (_, c) => {
      const m = intArg(c, 1, 'month');
      if (m < 1 || m > 12) throwDotNet('System.ArgumentOutOfRangeException', "Month must be between one and twelve. (Parameter 'month')");
      return daysInMonth(intArg(c, 0, 'year'), m);
    }],
    ['IsLeapYear', 1, 1, (_, c) => isLeapYear(intArg(c, 0, 'year'))],
    [
      'SpecifyKind',
      2,
      2,
      (_, c) => {
        const d = argAs<Date>(c, 0, 'System.DateTime', 'value');
        const kind = (convertTo(c.args[1], DateTimeKindEnum.fullName) as EnumValue).toString() as 'Utc' | 'Local' | 'Unspecified';
        const f = dateFields(d);
        return makeDate(f.year, f.month, f.day, f.hour, f.minute, f.second, f.millisecond, kind);
      },
    ],
    ['FromFileTime', 1, 1, (_, c) => withKind(new Date((argAs<number>(c, 0, 'System.Int64', 'fileTime') + 504911232000000000 - UNIX_EPOCH_TICKS) / TICKS_PER_MS), 'Local')],
    ['FromFileTimeUtc', 1, 1, (_, c) => withKind(new Date((argAs<number>(c, 0, 'System.Int64', 'fileTime') + 504911232000000000 - UNIX_EPOCH_TICKS) / TICKS_PER_MS), 'Utc')],
    ['FromOADate', 1, 1, (_, c) => dateFromTicks(Math.round(numArg(c, 0, 'd') * TICKS_PER_DAY) + 599264352000000000)],
    ['Compare', 2, 2, (_, c) => compareOrdered(argAs<Date>(c, 0, 'System.DateTime', 't1'), argAs<Date>(c, 1, 'System.DateTime', 't2'))],
    ['Equals', 2, 2, (_, c) => argAs<Date>(c, 0, 'System.DateTime', 't1').getTime() === argAs<Date>(c, 1, 'System.DateTime', 't2').getTime()],
    ['new', 1, 8, (_, c) => newDateTime(c)],
  ],
);

defineStatics(
  'System.DateTimeOffset',
  {
    Now: () => offsetFromDate(withKind(new Date(), 'Local')),
    UtcNow: () => new DateTimeOffset(Date.now(), 0),
    UnixEpoch: () => new DateTimeOffset(0, 0),
    MinValue: () => new DateTimeOffset(-62135596800000, 0),
    MaxValue: () => new DateTimeOffset(253402300799999, 0),
  },
  [
    ['FromUnixTimeSeconds', 1, 1, (_, c) => new DateTimeOffset(argAs<number>(c, 0, 'System.Int64', 'seconds') * 1000, 0)],
    ['FromUnixTimeMilliseconds', 1, 1, (_, c) => new DateTimeOffset(argAs<number>(c, 0, 'System.Int64', 'milliseconds'), 0)],
    ['FromFileTime', 1, 1, (_, c) => offsetFromDate(withKind(new Date((argAs<number>(c, 0, 'System.Int64', 'fileTime') + 504911232000000000 - UNIX_EPOCH_TICKS) / TICKS_PER_MS), 'Local'))],
    ['Parse', 1, 3, (_, c) => parseDateTimeOffset(strArg(c, 0, 'input')) ?? notADate(toStr(c.args[0]))],
    [
      'new',
      1,
      8,
      (_, c) => {
        const first = c.args[0];
        if (first instanceof Date && c.args.length === 1) return offsetFromDate(first);
        if (first instanceof Date) {
          // The date's wall-clock time, read at the given offset.
          const f = dateFields(first);
          const offset = argAs<TimeSpan>(c, 1, 'System.TimeSpan', 'offset');
          const wall = Date.UTC(f.year, f.month - 1, f.day, f.hour, f.minute, f.second, f.millisecond);
          return new DateTimeOffset(wall - offset.totalMilliseconds, Math.round(offset.totalMinutes));
        }
        const n = c.args.slice(0, -1).map((_, i) => intArg(c, i, 'value'));
        const offset = argAs<TimeSpan>(c, c.args.length - 1, 'System.TimeSpan', 'offset');
        const [y, mo, d, h = 0, mi = 0, s = 0, ms = 0] = n;
        return new DateTimeOffset(Date.UTC(y, mo - 1, d, h, mi, s, ms) - offset.totalMilliseconds, Math.round(offset.totalMinutes));
      },
    ],
  ],
);

// ------------------------------------------------------------------------------------------------
// [timespan]
// ------------------------------------------------------------------------------------------------

function fromUnit(unit: number) {
  return (_: null, c: Call) => {
    const v = numArg(c, 0, 'value');
    if (Number.isNaN(v)) throwDotNet('System.ArgumentException', 'TimeSpan does not accept floating point Not-a-Number values.');
    return new TimeSpan(Math.round(v * unit));
  };
}

function newTimeSpan(c: Call): TimeSpan {
  const n = c.args.map((_, i) => argAs<number>(c, i, 'System.Int64', 'value'));
  switch (n.length) {
    case 1:
      return new TimeSpan(n[0]);
    case 3:
      return TimeSpan.fromParts(0, n[0], n[1], n[2]);
    case 4:
      return TimeSpan.fromParts(n[0], n[1], n[2], n[3]);
    default:
      return TimeSpan.fromParts(n[0], n[1], n[2], n[3], n[4]);
  }
}

defineStatics(
  'System.TimeSpan',
  {
    Zero: () => new TimeSpan(0),
    MaxValue: () => new TimeSpan(9223372036854775807),
    MinValue: () => new TimeSpan(-9223372036854775808),
    TicksPerDay: () => TICKS_PER_DAY,
    TicksPerHour: () => TICKS_PER_HOUR,
    TicksPerMinute: () => TICKS_PER_MINUTE,
    TicksPerSecond: () => TICKS_PER_SECOND,
    TicksPerMillisecond: () => TICKS_PER_MS,
  },
  [
    ['FromDays', 1, 1, fromUnit(TICKS_PER_DAY)],
    ['FromHours', 1, 1, fromUnit(TICKS_PER_HOUR)],
    ['FromMinutes', 1, 1, fromUnit(TICKS_PER_MINUTE)],
    ['FromSeconds', 1, 1, fromUnit(TICKS_PER_SECOND)],
    ['FromMilliseconds', 1, 1, fromUnit(TICKS_PER_MS)],
    ['FromTicks', 1, 1, (_, c) => new TimeSpan(argAs<number>(c, 0, 'System.Int64', 'value'))],
    [
      'Parse',
      1,
      2,
      (_, c) => parseTimeSpan(strArg(c, 0, 's')) ?? throwDotNet('System.FormatException', `String '${toStr(c.args[0])}' was not recognized as a valid TimeSpan.`),
    ],
    ['Compare', 2, 2, (_, c) => compareOrdered(argAs<TimeSpan>(c, 0, 'System.TimeSpan', 't1'), c.args[1])],
    ['new', 1, 5, (_, c) => newTimeSpan(c)],
  ],
);

// ------------------------------------------------------------------------------------------------
// [System.IO.Path]
// ------------------------------------------------------------------------------------------------

function pathArgs(c: Call): string[] {
  return (c.args.length === 1 && isCollection(c.args[0]) ? toArray(c.args[0]) : c.args).map((p) => {
    if (p === null || p === undefined) throwDotNet('System.ArgumentNullException', "Value cannot be null. (Parameter 'paths')");
    return toStr(p);
  });
}

function combine(parts: string[], restartOnRooted: boolean): string {
  let out = '';
  for (const p of parts) {
    if (p === '') continue;
    if (restartOnRooted && p.startsWith('/')) out = p;
    else if (out === '' || out.endsWith('/')) out += p;
    else out += `/${p}`;
  }
  return out;
}

function nullablePath(c: Call): string | null {
  return c.args[0] === null || c.args[0] === undefined ? null : toStr(c.args[0]);
}

function fileName(p: string): string {
  return p.slice(p.lastIndexOf('/') + 1);
}

function extension(p: string): string {
  const name = fileName(p);
  const i = name.lastIndexOf('.');
  return i <= 0 && !(i === 0 && name.length > 1) ? '' : i === name.length - 1 ? '' : name.slice(i);
}

function directoryName(p: string): string | null {
  if (p === '' || p === '/') return null;
  const trimmed = p.replace(/\/+$/, (m) => (m.length === p.length ? '/' : m));
  const i = trimmed.lastIndexOf('/');
  if (i < 0) return '';
  if (i === 0) return trimmed === '/' ? null : '/';
  return trimmed.slice(0, i).replace(/\/+$/, '') || '/';
}

export function tempPath(): string {
  const t = process.env.TMPDIR || '/tmp';
  return t.endsWith('/') ? t : `${t}/`;
}

defineStatics(
  'System.IO.Path',
  {
    DirectorySeparatorChar: () => '/',
    AltDirectorySeparatorChar: () => '/',
    PathSeparator: () => ':',
    VolumeSeparatorChar: () => '/',
  },
  [
    ['Combine', 1, 99, (_, c) => combine(pathArgs(c), true)],
    ['Join', 1, 99, (_, c) => combine(pathArgs(c), false)],
    ['GetFileName', 1, 1, (_, c) => {
      const p = nullablePath(c);
      return p === null ? null : fileName(p);
    }],
    ['GetFileNameWithoutExtension', 1, 1, (_, c) => {
      const p = nullablePath(c);
      if (p === null) return null;
      const name = fileName(p);
      const ext = extension(name);
      return ext ? name.slice(0, -ext.length) : name;
    }],
    ['GetExtension', 1, 1, (_, c) => {
      const p = nullablePath(c);
      return p === null ? null : extension(p);
    }],
    ['GetDirectoryName', 1, 1, (_, c) => {
      const p = nullablePath(c);
      return p === null ? null : directoryName(p);
    }],
    ['GetFullPath', 1, 2, (_, c) => nodePath.resolve(c.args.length > 1 ? strArg(c, 1, 'basePath') : process.cwd(), strArg(c, 0, 'path'))],
    ['GetTempPath', 0, 0, () => tempPath()],
    [
      'GetTempFileName',
      0,
      0,
      () => {
        const p = `${tempPath()}tmp${randomBytes(4).toString('hex').slice(0, 6).toUpperCase()}.tmp`;
        fs.writeFileSync(p, '');
        return p;
      },
    ],
    ['GetRandomFileName', 0, 0, () => {
      const chars = 'abcdefghijklmnopqrstuvwxyz0123456789';
      const b = randomBytes(11);
      const s = [...b].map((x) => chars[x % chars.length]).join('');
      return `${s.slice(0, 8)}.${s.slice(8)}`;
    }],
    ['IsPathRooted', 1, 1, (_, c) => toStr(c.args[0]).startsWith('/')],
    ['IsPathFullyQualified', 1, 1, (_, c) => toStr(c.args[0]).startsWith('/')],
    ['HasExtension', 1, 1, (_, c) => extension(toStr(c.args[0])) !== ''],
    ['ChangeExtension', 2, 2, (_, c) => {
      const p = nullablePath(c);
      if (p === null) return null;
      const ext = extension(p);
      const base = ext ? p.slice(0, -ext.length) : p.endsWith('.') ? p.slice(0, -1) : p;
      const next = c.args[1];
      if (next === null || next === undefined) return base;
      const e = toStr(next);
      return e === '' ? `${base}.` : `${base}${e.startsWith('.') ? e : `.${e}`}`;
    }],
    ['GetPathRoot', 1, 1, (_, c) => (toStr(c.args[0]).startsWith('/') ? '/' : '')],
    ['GetRelativePath', 2, 2, (_, c) => nodePath.relative(nodePath.resolve(strArg(c, 0, 'relativeTo')), nodePath.resolve(strArg(c, 1, 'path'))) || '.'],
    ['GetInvalidFileNameChars', 0, 0, () => tagArrayElementType(['\0', '/'], 'System.Char')],
    ['GetInvalidPathChars', 0, 0, () => tagArrayElementType(['\0'], 'System.Char')],
    ['EndsInDirectorySeparator', 1, 1, (_, c) => toStr(c.args[0]).endsWith('/')],
    ['TrimEndingDirectorySeparator', 1, 1, (_, c) => {
      const p = toStr(c.args[0]);
      return p.length > 1 ? p.replace(/\/$/, '') : p;
    }],
  ],
);

// ------------------------------------------------------------------------------------------------
// [System.IO.File], [System.IO.Directory]
// ------------------------------------------------------------------------------------------------

function fullPath(p: string): string {
  return nodePath.resolve(process.cwd(), p);
}

/** Maps Node file-system errors to the .NET exceptions (and messages) PowerShell would show. */
function ioError(e: unknown, path: string): never {
  const code = (e as NodeJS.ErrnoException).code;
  const full = fullPath(path);
  if (code === 'ENOENT') {
    if (fs.existsSync(nodePath.dirname(full))) throwDotNet('System.IO.FileNotFoundException', `Could not find file '${full}'.`);
    throwDotNet('System.IO.DirectoryNotFoundException', `Could not find a part of the path '${full}'.`);
  }
  if (code === 'EACCES' || code === 'EPERM') throwDotNet('System.UnauthorizedAccessException', `Access to the path '${full}' is denied.`);
  if (code === 'EISDIR') throwDotNet('System.UnauthorizedAccessException', `Access to the path '${full}' is denied.`);
  if (code === 'EEXIST') throwDotNet('System.IO.IOException', `The file '${full}' already exists.`);
  throwDotNet('System.IO.IOException', e instanceof Error ? e.message : String(e));
}

function io<T>(path: string, fn: (full: string) => T): T {
  if (path === '') throwDotNet('System.ArgumentException', "The value cannot be an empty string. (Parameter 'path')");
  try {
    return fn(fullPath(path));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code) ioError(e, path);
    throw e;
  }
}

function encodingArg(v: unknown): TextEncoding {
  return v instanceof TextEncoding ? v : new TextEncoding('utf-8');
}

function readText(full: string, enc?: TextEncoding): string {
  const bytes = fs.readFileSync(full);
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return bytes.subarray(3).toString('utf8');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.subarray(2).toString('utf16le');
  return (enc ?? new TextEncoding('utf-8')).getString(new Uint8Array(bytes));
}

function splitLines(text: string): string[] {
  const lines = text.split(/\r\n|\n|\r/);
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

function linesArg(v: unknown): string {
  return toArray(v)
    .map((l) => `${toStr(l)}\n`)
    .join('');
}

function fileTime(c: Call, pick: (s: fs.Stats) => Date, utc: boolean): Date {
  return io(strArg(c, 0, 'path'), (full) => withKind(new Date(pick(fs.statSync(full)).getTime()), utc ? 'Utc' : 'Local'));
}

defineStatics('System.IO.File', {}, [
  ['Exists', 1, 1, (_, c) => {
    const p = nullablePath(c);
    if (!p) return false;
    try {
      return fs.statSync(fullPath(p)).isFile();
    } catch {
      return false;
    }
  }],
  ['ReadAllText', 1, 2, (_, c) => io(strArg(c, 0, 'path'), (full) => readText(full, c.args[1] as TextEncoding | undefined))],
  ['ReadAllLines', 1, 2, (_, c) => io(strArg(c, 0, 'path'), (full) => tagArrayElementType(splitLines(readText(full)), 'System.String'))],
  ['ReadLines', 1, 2, (_, c) => io(strArg(c, 0, 'path'), (full) => tagArrayElementType(splitLines(readText(full)), 'System.String'))],
  ['ReadAllBytes', 1, 1, (_, c) => io(strArg(c, 0, 'path'), (full) => new Uint8Array(fs.readFileSync(full)))],
  ['WriteAllText', 2, 3, (_, c) => io(strArg(c, 0, 'path'), (full) => {
    fs.writeFileSync(full, encodingArg(c.args[2]).getBytes(toStr(c.args[1])));
  })],
  ['AppendAllText', 2, 3, (_, c) => io(strArg(c, 0, 'path'), (full) => {
    fs.appendFileSync(full, encodingArg(c.args[2]).getBytes(toStr(c.args[1])));
  })],
  ['WriteAllLines', 2, 3, (_, c) => io(strArg(c, 0, 'path'), (full) => {
    fs.writeFileSync(full, encodingArg(c.args[2]).getBytes(linesArg(c.args[1])));
  })],
  ['AppendAllLines', 2, 3, (_, c) => io(strArg(c, 0, 'path'), (full) => {
    fs.appendFileSync(full, encodingArg(c.args[2]).getBytes(linesArg(c.args[1])));
  })],
  ['WriteAllBytes', 2, 2, (_, c) => io(strArg(c, 0, 'path'), (full) => {
    fs.writeFileSync(full, convertTo(c.args[1], 'System.Byte[]') as Uint8Array);
  })],
  ['Delete', 1, 1, (_, c) => io(strArg(c, 0, 'path'), (full) => {
    try {
      fs.unlinkSync(full);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    }
  })],
  ['Copy', 2, 3, (_, c) => io(strArg(c, 0, 'sourceFileName'), (full) => {
    const dest = fullPath(strArg(c, 1, 'destFileName'));
    if (c.args[2] !== true && fs.existsSync(dest)) throwDotNet('System.IO.IOException', `The file '${dest}' already exists.`);
    fs.copyFileSync(full, dest);
  })],
  ['Move', 2, 3, (_, c) => io(strArg(c, 0, 'sourceFileName'), (full) => {
    const dest = fullPath(strArg(c, 1, 'destFileName'));
    if (c.args[2] !== true && fs.existsSync(dest)) throwDotNet('System.IO.IOException', `The file '${dest}' already exists.`);
    fs.renameSync(full, dest);
  })],
  ['GetLastWriteTime', 1, 1, (_, c) => fileTime(c, (s) => s.mtime, false)],
  ['GetLastWriteTimeUtc', 1, 1, (_, c) => fileTime(c, (s) => s.mtime, true)],
  ['GetCreationTime', 1, 1, (_, c) => fileTime(c, (s) => s.birthtime, false)],
  ['GetLastAccessTime', 1, 1, (_, c) => fileTime(c, (s) => s.atime, false)],
]);

function directoryInfo(full: string): PSObject {
  const o = new PSObject(['System.IO.DirectoryInfo', 'System.IO.FileSystemInfo', 'System.MarshalByRefObject', 'System.Object']);
  o.addNote('Name', nodePath.basename(full) || full, 'Property');
  o.addNote('FullName', full, 'Property');
  o.addNote('Parent', nodePath.dirname(full) === full ? null : nodePath.dirname(full), 'Property');
  o.addNote('Exists', fs.existsSync(full), 'Property');
  o.sealed = true;
  o.toStringOverride = () => full;
  return o;
}

function listEntries(c: Call, wantDirs: boolean): string[] {
  const dir = strArg(c, 0, 'path');
  const pattern = c.args.length > 1 ? toStr(c.args[1]) : '*';
  const recurse = c.args.length > 2 && /alldirectories|^1$/i.test(toStr(c.args[2]));
  const re = new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`, 'i');
  return io(dir, (full) => {
    const out: string[] = [];
    const walk = (d: string, rel: string) => {
      for (const e of fs.readdirSync(d, { withFileTypes: true })) {
        const shown = rel ? `${rel}/${e.name}` : e.name;
        const p = `${d}/${e.name}`;
        if (e.isDirectory() === wantDirs && re.test(e.name)) out.push(`${dir.replace(/\/$/, '')}/${shown}`);
        if (recurse && e.isDirectory()) walk(p, shown);
      }
    };
    walk(full, '');
    return tagArrayElementType(out, 'System.String');
  });
}

defineStatics('System.IO.Directory', {}, [
  ['Exists', 1, 1, (_, c) => {
    const p = nullablePath(c);
    if (!p) return false;
    try {
      return fs.statSync(fullPath(p)).isDirectory();
    } catch {
      return false;
    }
  }],
  ['GetCurrentDirectory', 0, 0, () => process.cwd()],
  ['SetCurrentDirectory', 1, 1, (_, c) => io(strArg(c, 0, 'path'), (full) => process.chdir(full))],
  ['CreateDirectory', 1, 1, (_, c) => io(strArg(c, 0, 'path'), (full) => {
    fs.mkdirSync(full, { recursive: true });
    return directoryInfo(full);
  })],
  ['Delete', 1, 2, (_, c) => io(strArg(c, 0, 'path'), (full) => {
    if (c.args[1] === true) fs.rmSync(full, { recursive: true });
    else fs.rmdirSync(full);
  })],
  ['GetFiles', 1, 3, (_, c) => listEntries(c, false)],
  ['EnumerateFiles', 1, 3, (_, c) => listEntries(c, false)],
  ['GetDirectories', 1, 3, (_, c) => listEntries(c, true)],
  ['EnumerateDirectories', 1, 3, (_, c) => listEntries(c, true)],
  ['GetParent', 1, 1, (_, c) => {
    const full = fullPath(strArg(c, 0, 'path'));
    return full === '/' ? null : directoryInfo(nodePath.dirname(full));
  }],
]);

// ------------------------------------------------------------------------------------------------
// [Environment], [Console], [System.Threading.Thread], [System.Diagnostics.Stopwatch]
// ------------------------------------------------------------------------------------------------

function osVersion(): PSObject {
  const release = os.release();
  const nums = release.split(/[.-]/).map((x) => parseInt(x, 10)).filter((x) => !Number.isNaN(x));
  const ver = new Version(nums[0] ?? 0, nums[1] ?? 0, nums[2] ?? 0);
  const o = new PSObject(['System.OperatingSystem', 'System.Object']);
  o.addNote('Platform', os.platform() === 'win32' ? 'Win32NT' : os.platform() === 'darwin' ? 'MacOSX' : 'Unix', 'Property');
  o.addNote('ServicePack', '', 'Property');
  o.addNote('Version', ver, 'Property');
  o.addNote('VersionString', `Unix ${ver.toString()}`, 'Property');
  o.sealed = true;
  o.toStringOverride = () => `Unix ${ver.toString()}`;
  return o;
}

function folderPath(name: string): string {
  const home = os.homedir();
  const map: Record<string, string> = {
    userprofile: home,
    personal: home,
    mydocuments: home,
    desktop: `${home}/Desktop`,
    desktopdirectory: `${home}/Desktop`,
    applicationdata: process.env.XDG_CONFIG_HOME || `${home}/.config`,
    localapplicationdata: process.env.XDG_DATA_HOME || `${home}/.local/share`,
    commonapplicationdata: '/usr/share',
    mymusic: `${home}/Music`,
    mypictures: `${home}/Pictures`,
    myvideos: `${home}/Videos`,
    templates: `${home}/Templates`,
    fonts: `${home}/.fonts`,
  };
  return map[name.toLowerCase()] ?? '';
}

function sleepMs(ms: number): void {
  if (ms <= 0) return;
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

defineStatics(
  'System.Environment',
  {
    NewLine: () => '\n',
    MachineName: () => os.hostname().split('.')[0],
    UserName: () => os.userInfo().username,
    UserDomainName: () => os.hostname().split('.')[0],
    ProcessorCount: () => os.cpus().length || 1,
    OSVersion: () => osVersion(),
    Is64BitOperatingSystem: () => /64/.test(os.arch()),
    Is64BitProcess: () => /64/.test(process.arch),
    CurrentDirectory: () => process.cwd(),
    TickCount: () => Math.floor(performance.now()) | 0,
    TickCount64: () => Math.floor(os.uptime() * 1000),
    ProcessId: () => process.pid,
    ProcessPath: () => process.execPath,
    SystemDirectory: () => '',
    UserInteractive: () => Boolean(process.stdout.isTTY),
    Version: () => new Version(8, 0, 0),
    CommandLine: () => process.argv.join(' '),
    HasShutdownStarted: () => false,
    StackTrace: () => '',
  },
  [
    ['GetEnvironmentVariable', 1, 2, (_, c) => process.env[strArg(c, 0, 'variable')] ?? null],
    [
      'SetEnvironmentVariable',
      2,
      3,
      (_, c) => {
        const name = strArg(c, 0, 'variable');
        const value = c.args[1];
        if (value === null || value === undefined || toStr(value) === '') delete process.env[name];
        else process.env[name] = toStr(value);
        return undefined;
      },
    ],
    ['GetEnvironmentVariables', 0, 1, () => PSHashtable.from(Object.entries(process.env))],
    ['GetFolderPath', 1, 2, (_, c) => folderPath(toStr(c.args[0]))],
    ['GetCommandLineArgs', 0, 0, () => tagArrayElementType([...process.argv], 'System.String')],
    ['ExpandEnvironmentVariables', 1, 1, (_, c) => strArg(c, 0, 'name').replace(/%([^%]+)%/g, (m, n: string) => process.env[n] ?? m)],
    ['GetLogicalDrives', 0, 0, () => tagArrayElementType(['/'], 'System.String')],
  ],
);

defineStatics(
  'System.Console',
  {
    WindowWidth: () => process.stdout.columns ?? 120,
    WindowHeight: () => process.stdout.rows ?? 30,
    BufferWidth: () => process.stdout.columns ?? 120,
    BufferHeight: () => process.stdout.rows ?? 30,
    IsOutputRedirected: () => !process.stdout.isTTY,
    IsErrorRedirected: () => !process.stderr.isTTY,
    IsInputRedirected: () => !process.stdin.isTTY,
    ForegroundColor: () => new EnumValue(ConsoleColorEnum, 7),
    BackgroundColor: () => new EnumValue(ConsoleColorEnum, 0),
    KeyAvailable: () => false,
    Title: () => '',
    OutputEncoding: () => new TextEncoding('utf-8'),
    InputEncoding: () => new TextEncoding('utf-8'),
  },
  [
    ['WriteLine', 0, 99, (_, c) => {
      process.stdout.write(`${c.args.length ? toStr(c.args[0]) : ''}\n`);
      return undefined;
    }],
    ['Write', 1, 99, (_, c) => {
      process.stdout.write(toStr(c.args[0]));
      return undefined;
    }],
    ['ResetColor', 0, 0, () => undefined],
    ['Beep', 0, 2, () => undefined],
  ],
);

defineStatics('System.Threading.Thread', {}, [
  ['Sleep', 1, 1, (_, c) => {
    const v = c.args[0];
    sleepMs(v instanceof TimeSpan ? v.totalMilliseconds : intArg(c, 0, 'millisecondsTimeout'));
    return undefined;
  }],
]);

defineStatics(
  'System.Diagnostics.Stopwatch',
  { Frequency: () => 1_000_000_000, IsHighResolution: () => true },
  [
    ['StartNew', 0, 0, () => Stopwatch.startNew()],
    ['GetTimestamp', 0, 0, () => Math.floor(performance.now() * 1_000_000)],
    ['new', 0, 0, () => new Stopwatch()],
  ],
);

// ------------------------------------------------------------------------------------------------
// [uri], [System.Net.WebUtility], [System.Web.HttpUtility]
// ------------------------------------------------------------------------------------------------

/** RFC 3986 escaping of everything but unreserved characters (Uri.EscapeDataString). */
function escapeDataString(s: string): string {
  return encodeURIComponent(s).replace(/[!'()*]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`);
}

function htmlEncode(s: string): string {
  return s.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);
}

function htmlDecode(s: string): string {
  return s
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(parseInt(d, 10)))
    .replace(/&(amp|lt|gt|quot|apos|nbsp);/g, (_, n: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' })[n]!);
}

function urlEncode(s: string, upperHex: boolean): string {
  const out = encodeURIComponent(s)
    .replace(/%20/g, '+')
    .replace(/[!'()~]/g, (ch) => (ch === '~' ? '%7e' : ch));
  return upperHex ? out.replace(/%[0-9a-f]{2}/gi, (m) => m.toUpperCase()) : out.replace(/%[0-9a-f]{2}/gi, (m) => m.toLowerCase());
}

function urlDecode(s: string): string {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    return s;
  }
}

defineStatics(
  'System.Uri',
  { UriSchemeHttp: () => 'http', UriSchemeHttps: () => 'https', UriSchemeFile: () => 'file', SchemeDelimiter: () => '://' },
  [
    ['EscapeDataString', 1, 1, (_, c) => escapeDataString(strArg(c, 0, 'stringToEscape'))],
    ['UnescapeDataString', 1, 1, (_, c) => urlDecode(strArg(c, 0, 'stringToUnescape').replace(/\+/g, '%2B'))],
    ['EscapeUriString', 1, 1, (_, c) => encodeURI(strArg(c, 0, 'stringToEscape'))],
    ['IsWellFormedUriString', 2, 2, (_, c) => {
      const s = toStr(c.args[0]);
      const kind = toStr(c.args[1]).toLowerCase();
      if (kind === 'relative') return !/^[a-z][a-z0-9+.-]*:/i.test(s);
      try {
        new URL(s);
        return /^[a-z][a-z0-9+.-]*:/i.test(s) && !/\s/.test(s);
      } catch {
        return kind === 'relativeorabsolute';
      }
    }],
    ['new', 1, 2, (_, c) => convertTo(c.args.length === 2 ? `${toStr(c.args[0]).replace(/\/$/, '')}/${toStr(c.args[1]).replace(/^\//, '')}` : c.args[0], 'System.Uri')],
  ],
);

defineStatics('System.Net.WebUtility', {}, [
  ['UrlEncode', 1, 1, (_, c) => (c.args[0] === null ? null : urlEncode(toStr(c.args[0]), true))],
  ['UrlDecode', 1, 1, (_, c) => (c.args[0] === null ? null : urlDecode(toStr(c.args[0])))],
  ['HtmlEncode', 1, 1, (_, c) => (c.args[0] === null ? null : htmlEncode(toStr(c.args[0])))],
  ['HtmlDecode', 1, 1, (_, c) => (c.args[0] === null ? null : htmlDecode(toStr(c.args[0])))],
]);

defineStatics('System.Web.HttpUtility', {}, [
  ['UrlEncode', 1, 2, (_, c) => (c.args[0] === null ? null : urlEncode(toStr(c.args[0]), false))],
  ['UrlDecode', 1, 2, (_, c) => (c.args[0] === null ? null : urlDecode(toStr(c.args[0])))],
  ['HtmlEncode', 1, 1, (_, c) => (c.args[0] === null ? null : htmlEncode(toStr(c.args[0])))],
  ['HtmlDecode', 1, 1, (_, c) => (c.args[0] === null ? null : htmlDecode(toStr(c.args[0])))],
  ['UrlPathEncode', 1, 1, (_, c) => encodeURI(toStr(c.args[0]))],
]);
