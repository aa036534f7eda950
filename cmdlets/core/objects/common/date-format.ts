// Get-Date -UFormat: PowerShell's strftime-like specifiers, on top of the shared .NET date formatting.

import { dateFields, formatDate, utcOffsetMinutes, DAY_NAMES, MONTH_NAMES, type DateFields } from '../../../../src/engine/dotnet-format.js';

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function offsetText(minutes: number): string {
  const a = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${pad(Math.trunc(a / 60), 2)}`;
}

function dayOfYear(f: DateFields): number {
  const start = Date.UTC(f.year, 0, 1);
  return Math.round((Date.UTC(f.year, f.month - 1, f.day) - start) / 86400000) + 1;
}

/** ISO 8601 week number and week-based year. */
function isoWeek(f: DateFields): { week: number; year: number } {
  const t = new Date(Date.UTC(f.year, f.month - 1, f.day));
  const dow = t.getUTCDay() || 7;
  t.setUTCDate(t.getUTCDate() + 4 - dow);
  const yearStart = Date.UTC(t.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((t.getTime() - yearStart) / 86400000 + 1) / 7);
  return { week, year: t.getUTCFullYear() };
}

/** Week of year with weeks starting on `firstDay` (0 Sunday, 1 Monday); days before the first such day are week 0. */
function weekOfYear(f: DateFields, firstDay: number): number {
  const doy = dayOfYear(f) - 1;
  const wd = (f.dayOfWeek - firstDay + 7) % 7;
  return Math.floor((doy + 7 - wd) / 7);
}

/** Get-Date -UFormat: PowerShell's strftime-style specifiers. */
export function formatUFormat(date: Date, uformat: string): string {
  const f = dateFields(date);
  const custom = (fmt: string): string => formatDate(date, fmt);
  let out = '';
  let i = uformat.startsWith('+') ? 1 : 0;
  for (; i < uformat.length; i++) {
    const c = uformat[i]!;
    if (c !== '%' || i + 1 >= uformat.length) {
      out += c;
      continue;
    }
    const s = uformat[++i]!;
    switch (s) {
      case 'A': out += DAY_NAMES[f.dayOfWeek]; break;
      case 'a': out += DAY_NAMES[f.dayOfWeek]!.slice(0, 3); break;
      case 'B': out += MONTH_NAMES[f.month - 1]; break;
      case 'b':
      case 'h': out += MONTH_NAMES[f.month - 1]!.slice(0, 3); break;
      case 'C': out += pad(Math.trunc(f.year / 100), 2); break;
      case 'c': out += `${custom('ddd MMM')} ${String(f.day).padStart(2, ' ')} ${custom('HH:mm:ss yyyy')}`; break;
      case 'D': out += custom('MM/dd/yy'); break;
      case 'd': out += pad(f.day, 2); break;
      case 'e': out += String(f.day).padStart(2, ' '); break;
      case 'F': out += custom('yyyy-MM-dd'); break;
      case 'G': out += String(isoWeek(f).year); break;
      case 'g': out += pad(isoWeek(f).year % 100, 2); break;
      case 'H': out += pad(f.hour, 2); break;
      case 'I': out += custom('hh'); break;
      case 'j': out += pad(dayOfYear(f), 3); break;
      case 'k': out += String(f.hour).padStart(2, ' '); break;
      case 'l': out += custom('%h').padStart(2, ' '); break;
      case 'M': out += pad(f.minute, 2); break;
      case 'm': out += pad(f.month, 2); break;
      case 'n': out += '\n'; break;
      case 'p': out += f.hour < 12 ? 'AM' : 'PM'; break;
      case 'R': out += custom('HH:mm'); break;
      case 'r': out += custom('hh:mm:ss tt'); break;
      case 'S': out += pad(f.second, 2); break;
      case 's': out += String(Math.floor(date.getTime() / 1000)); break;
      case 'T':
      case 'X': out += custom('HH:mm:ss'); break;
      case 't': out += '\t'; break;
      case 'U': out += pad(weekOfYear(f, 0), 2); break;
      case 'u': out += String(f.dayOfWeek === 0 ? 7 : f.dayOfWeek); break;
      case 'V': out += pad(isoWeek(f).week, 2); break;
      case 'W': out += pad(weekOfYear(f, 1), 2); break;
      case 'w': out += String(f.dayOfWeek); break;
      case 'x': out += custom('MM/dd/yy'); break;
      case 'Y': out += pad(f.year, 4); break;
      case 'y': out += pad(f.year % 100, 2); break;
      case 'Z': out += offsetText(utcOffsetMinutes(date)); break;
      default: out += s;
    }
  }
  return out;
}
