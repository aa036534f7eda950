// Wildcards in file-system paths: PowerShell patterns (* ? [a-z], backtick escapes) for -Path, -Include and
// -Exclude, and the simpler Win32 patterns (* and ? only) that -Filter hands to the file system.
// Matching is case-insensitive, as the FileSystem provider's globbing is on every platform.

import { wildcardToRegExp } from '../../../src/engine/operators.js';

const ESCAPE = '`';

/** True when the text holds an unescaped *, ? or [. */
export function hasWildcard(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === ESCAPE) i++;
    else if (c === '*' || c === '?' || c === '[') return true;
  }
  return false;
}

/** WildcardPattern.Unescape: drops the backtick in front of a wildcard character or another backtick. */
export function unescapeWildcard(text: string): string {
  if (!text.includes(ESCAPE)) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const next = text[i + 1];
    if (c === ESCAPE && next !== undefined && '*?[]`'.includes(next)) {
      out += next;
      i++;
    } else {
      out += c;
    }
  }
  return out;
}

export type NameMatcher = (name: string) => boolean;

export function wildcardMatcher(pattern: string): NameMatcher {
  const re = wildcardToRegExp(pattern);
  return (name) => re.test(name);
}

/** Matches a name against any of the patterns (an -Include or -Exclude list). */
export function anyMatcher(patterns: readonly string[]): NameMatcher {
  const matchers = patterns.map(wildcardMatcher);
  return (name) => matchers.some((m) => m(name));
}

/** A -Filter pattern as the file system evaluates it: only * and ? are special, and *.* means everything. */
export function filterMatcher(filter: string): NameMatcher {
  if (filter === '*' || filter === '*.*') return () => true;
  let source = '^';
  for (const c of filter) {
    if (c === '*') source += '.*';
    else if (c === '?') source += '.';
    else source += c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  }
  const re = new RegExp(`${source}$`, 'is');
  return (name) => re.test(name);
}
