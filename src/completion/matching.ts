// Matching typed text against candidates as PowerShell's completion does: a case-insensitive prefix, or
// a wildcard pattern (`*S3Obj*`) when the text has one.

export type Matcher = (candidate: string) => boolean;

function escapeRegExp(s: string): string {
  return s.replace(/[.+^${}()|[\]\\]/g, '\\$&');
}

export function matcherFor(typed: string): Matcher {
  if (/[*?]/.test(typed)) {
    // Completion appends a `*`: `Get-*Obj` offers every command that starts with Get- and contains Obj.
    const source = escapeRegExp(typed).replace(/\*/g, '.*').replace(/\?/g, '.');
    const re = new RegExp(`^${source}.*$`, 'i');
    return (c) => re.test(c);
  }
  const lower = typed.toLowerCase();
  return (c) => c.toLowerCase().startsWith(lower);
}

/** Sorted case-insensitively, duplicates (ignoring case) removed. */
export function sortedUnique(names: Iterable<string>): string[] {
  const seen = new Map<string, string>();
  for (const n of names) if (!seen.has(n.toLowerCase())) seen.set(n.toLowerCase(), n);
  return [...seen.values()].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' }));
}

/** Quotes a value for the command line when it would not stay one word. */
export function quoteIfNeeded(text: string): string {
  if (text === '' || /[\s'"`$;|&(){}@,#<>]/.test(text)) return `'${text.replace(/'/g, "''")}'`;
  return text;
}
