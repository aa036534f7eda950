// .NET regular expressions on top of JS RegExp: pattern translation (inline options, \A \z \Z, $ before a final
// newline, (?'name'), atomic groups), .NET group numbering (unnamed groups first, then named ones),
// substitutions ($1 ${name} $& $$ $_ $+), Regex.Split, and the objects -match / [regex]::Match hand back.

import { PSHashtable } from '../../objects/hashtable.js';
import { PSObject } from '../../objects/psobject.js';

export interface RegexOptions {
  ignoreCase?: boolean;
  multiline?: boolean;
  singleline?: boolean;
  ignorePatternWhitespace?: boolean;
  explicitCapture?: boolean;
}

/** A translated pattern: the RegExp (always global) plus .NET's view of its groups. */
export interface DotNetRegex {
  /** The .NET pattern as written. */
  pattern: string;
  re: RegExp;
  /** The same RegExp with the 'd' flag (group positions), made on first use: it is slower to run. */
  reIndices?: RegExp;
  /** For each JS group index (1..n): the .NET group name (numbered groups get their .NET number as a string). */
  groupNames: string[];
  /** .NET group order: "0", unnamed groups by number, then named groups. Entries are JS group indexes. */
  dotnetOrder: number[];
  options: RegexOptions;
}

/** Thrown for a pattern .NET (or our translation) cannot compile. */
export class RegexPatternError extends Error {
  constructor(
    readonly pattern: string,
    detail: string,
  ) {
    super(detail);
    this.name = 'RegexParseException';
  }
}

const REGEX_SYMBOL = Symbol('awsps.dotnetRegex');

/** The .NET view of a RegExp made by dotnetRegex ([regex] values carry it). */
export function regexInfo(re: RegExp): DotNetRegex | undefined {
  return (re as unknown as Record<symbol, DotNetRegex | undefined>)[REGEX_SYMBOL];
}

const cache = new Map<string, DotNetRegex>();

function optionKey(o: RegexOptions): string {
  return `${o.ignoreCase ? 'i' : ''}${o.multiline ? 'm' : ''}${o.singleline ? 's' : ''}${o.ignorePatternWhitespace ? 'x' : ''}${o.explicitCapture ? 'n' : ''}`;
}

/** Compiles (and caches) a .NET pattern. Throws RegexPatternError for an invalid pattern. */
export function dotnetRegex(pattern: string, options: RegexOptions = {}): DotNetRegex {
  const key = `${optionKey(options)}\u0000${pattern}`;
  const hit = cache.get(key);
  if (hit) {
    hit.re.lastIndex = 0;
    return hit;
  }
  const opts = { ...options };
  const translated = translate(pattern, opts);
  let flags = 'g';
  if (opts.ignoreCase) flags += 'i';
  if (opts.multiline) flags += 'm';
  if (opts.singleline) flags += 's';
  let re: RegExp;
  try {
    re = new RegExp(translated.source, flags + (translated.unicode ? 'u' : ''));
  } catch (e) {
    throw new RegexPatternError(pattern, e instanceof Error ? e.message : String(e));
  }
  const info: DotNetRegex = { pattern, re, groupNames: [], dotnetOrder: [0], options: opts };
  // .NET numbers unnamed groups first, then named groups in order of appearance.
  let next = 1;
  const named: number[] = [];
  translated.groups.forEach((name, i) => {
    const jsIndex = i + 1;
    if (name === null) {
      info.groupNames[jsIndex] = String(next++);
      info.dotnetOrder.push(jsIndex);
    } else {
      info.groupNames[jsIndex] = name;
      named.push(jsIndex);
    }
  });
  info.dotnetOrder.push(...named);
  (re as unknown as Record<symbol, DotNetRegex>)[REGEX_SYMBOL] = info;
  if (cache.size > 500) cache.clear();
  cache.set(key, info);
  return info;
}

interface Translation {
  source: string;
  /** Per JS capture group, in order: the .NET name, or null for a numbered group. */
  groups: Array<string | null>;
  unicode: boolean;
}

const INLINE_FLAGS = /^\(\?([imnsx]+)\)/;

/** Rewrites .NET-only syntax into the JS equivalent, collecting the capture groups. */
function translate(pattern: string, opts: RegexOptions): Translation {
  let p = pattern;
  // Leading inline options "(?i)" apply to the whole pattern.
  for (let m = INLINE_FLAGS.exec(p); m; m = INLINE_FLAGS.exec(p)) {
    applyFlags(m[1], opts);
    p = p.slice(m[0].length);
  }
  const groups: Array<string | null> = [];
  let out = '';
  let inClass = false;
  const unicode = /\\[pP]\{/.test(p);
  for (let i = 0; i < p.length; i++) {
    const c = p[i];
    if (c === '\\') {
      const n = p[i + 1];
      if (n === undefined) throw new RegexPatternError(pattern, 'Illegal \\ at end of pattern.');
      i++;
      if (inClass) {
        out += `\\${n}`;
        continue;
      }
      if (n === 'A') out += '(?<![\\s\\S])';
      else if (n === 'z') out += '(?![\\s\\S])';
      else if (n === 'Z') out += '(?=\\n?(?![\\s\\S]))';
      else if (n === 'G') throw new RegexPatternError(pattern, '\\G is not supported.');
      else if (n === 'k' && p[i + 1] === "'") {
        const end = p.indexOf("'", i + 2);
        out += `\\k<${p.slice(i + 2, end)}>`;
        i = end;
      } else if (unicode && /[^\w\\^$.*+?()[\]{}|/dDsSwWbBpPnrtfvux0-9ck-]/.test(n)) out += n;
      else out += `\\${n}`;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      out += c;
      continue;
    }
    if (c === '[') {
      inClass = true;
      out += c;
      if (p[i + 1] === '^') out += p[++i];
      if (p[i + 1] === ']') out += `\\${p[++i]}`;
      continue;
    }
    if (opts.ignorePatternWhitespace) {
      if (/\s/.test(c)) continue;
      if (c === '#') {
        while (i < p.length && p[i] !== '\n') i++;
        continue;
      }
    }
    if (c === '$' && !opts.multiline) {
      out += '(?=\\n?(?![\\s\\S]))';
      continue;
    }
    if (c === '(') {
      if (p[i + 1] !== '?') {
        if (opts.explicitCapture) out += '(?:';
        else {
          groups.push(null);
          out += '(';
        }
        continue;
      }
      const rest = p.slice(i + 2);
      const named = /^(?:<([A-Za-z_]\w*)>|'([A-Za-z_]\w*)'|P<([A-Za-z_]\w*)>)/.exec(rest);
      if (named) {
        const name = named[1] ?? named[2] ?? named[3];
        groups.push(name);
        out += `(?<${name}>`;
        i += 1 + named[0].length;
        continue;
      }
      if (rest.startsWith('>')) {
        out += '(?:';
        i += 2;
        continue;
      }
      const inline = /^([imnsx]+)(?:-[imnsx]+)?([:)])/.exec(rest);
      if (inline) {
        // Mid-pattern options have no JS equivalent; apply the ones that turn features on globally.
        applyFlags(inline[1], opts);
        if (inline[2] === ':') out += '(?:';
        i += 1 + inline[0].length;
        continue;
      }
      out += '(?';
      i++;
      continue;
    }
    out += c;
  }
  if (inClass) throw new RegexPatternError(pattern, 'Unterminated [] set.');
  return { source: out, groups, unicode };
}

function applyFlags(letters: string, opts: RegexOptions): void {
  for (const f of letters) {
    if (f === 'i') opts.ignoreCase = true;
    else if (f === 'm') opts.multiline = true;
    else if (f === 's') opts.singleline = true;
    else if (f === 'x') opts.ignorePatternWhitespace = true;
    else if (f === 'n') opts.explicitCapture = true;
  }
}

/** First match at or after `start`, or null. */
export function execAt(rx: DotNetRegex, input: string, start = 0): RegExpExecArray | null {
  rx.re.lastIndex = start;
  return rx.re.exec(input);
}

/** All matches, .NET style (an empty match advances by one character). */
export function execAll(rx: DotNetRegex, input: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let pos = 0;
  while (pos <= input.length) {
    const m = execAt(rx, input, pos);
    if (!m) break;
    out.push(m);
    pos = m[0].length === 0 ? m.index + 1 : m.index + m[0].length;
  }
  return out;
}

/** $Matches for a successful match: named groups and numbered groups (only those that took part), as PowerShell fills it. */
export function matchesTable(rx: DotNetRegex, m: RegExpExecArray): PSHashtable {
  const h = new PSHashtable();
  // PowerShell's Hashtable lists the groups from the last one to group 0.
  for (let k = rx.dotnetOrder.length - 1; k >= 0; k--) {
    const js = rx.dotnetOrder[k];
    const value = m[js];
    if (value === undefined) continue;
    const name = js === 0 ? '0' : rx.groupNames[js];
    h.set(/^\d+$/.test(name) ? parseInt(name, 10) : name, value);
  }
  return h;
}

// ------------------------------------------------------------------------------------------------
// Substitution
// ------------------------------------------------------------------------------------------------

type ReplacementPart = string | { group: number } | { special: '&' | '`' | "'" | '_' | '+' };

/** Parses a .NET replacement string into literal text and group references (JS group indexes). */
function parseReplacement(rx: DotNetRegex, replacement: string): ReplacementPart[] {
  const parts: ReplacementPart[] = [];
  let lit = '';
  const byName = new Map<string, number>();
  // Every group has its .NET number; named groups can also be referred to by name.
  rx.dotnetOrder.forEach((js, number) => {
    byName.set(String(number), js);
    if (js > 0) byName.set(rx.groupNames[js].toLowerCase(), js);
  });
  for (let i = 0; i < replacement.length; i++) {
    const c = replacement[i];
    if (c !== '$' || i + 1 >= replacement.length) {
      lit += c;
      continue;
    }
    const n = replacement[i + 1];
    if (n === '$') {
      lit += '$';
      i++;
      continue;
    }
    if (n === '&' || n === '`' || n === "'" || n === '_' || n === '+') {
      if (lit) parts.push(lit);
      lit = '';
      parts.push({ special: n });
      i++;
      continue;
    }
    if (n === '{') {
      const end = replacement.indexOf('}', i + 2);
      const name = end > 0 ? replacement.slice(i + 2, end) : '';
      const js = byName.get(name.toLowerCase());
      if (end > 0 && js !== undefined) {
        if (lit) parts.push(lit);
        lit = '';
        parts.push({ group: js });
        i = end;
        continue;
      }
      lit += c;
      continue;
    }
    if (n >= '0' && n <= '9') {
      // The longest run of digits that names an existing group.
      let j = i + 1;
      let best = -1;
      let bestEnd = i;
      let num = '';
      while (j < replacement.length && replacement[j] >= '0' && replacement[j] <= '9') {
        num += replacement[j];
        const js = byName.get(String(parseInt(num, 10)));
        if (js !== undefined) {
          best = js;
          bestEnd = j;
        }
        j++;
      }
      if (best >= 0) {
        if (lit) parts.push(lit);
        lit = '';
        parts.push({ group: best });
        i = bestEnd;
        continue;
      }
    }
    lit += c;
  }
  if (lit) parts.push(lit);
  return parts;
}

function expand(parts: ReplacementPart[], m: RegExpExecArray, input: string): string {
  let out = '';
  for (const p of parts) {
    if (typeof p === 'string') out += p;
    else if ('group' in p) out += m[p.group] ?? '';
    else if (p.special === '&') out += m[0];
    else if (p.special === '`') out += input.slice(0, m.index);
    else if (p.special === "'") out += input.slice(m.index + m[0].length);
    else if (p.special === '_') out += input;
    else {
      let last = '';
      for (let g = m.length - 1; g > 0; g--) {
        if (m[g] !== undefined) {
          last = m[g];
          break;
        }
      }
      out += last;
    }
  }
  return out;
}

/** Regex.Replace with a .NET replacement string, or an evaluator called with each Match object. */
export function regexReplace(
  rx: DotNetRegex,
  input: string,
  replacement: string | ((match: PSObject) => string),
  count = -1,
): string {
  const parts = typeof replacement === 'string' ? parseReplacement(rx, replacement) : undefined;
  let out = '';
  let last = 0;
  let done = 0;
  for (const m of execAll(rx, input)) {
    if (count >= 0 && done >= count) break;
    out += input.slice(last, m.index);
    out += parts ? expand(parts, m, input) : (replacement as (match: PSObject) => string)(matchObject(rx, m, input));
    last = m.index + m[0].length;
    done++;
  }
  return out + input.slice(last);
}

/** Regex.Split: pieces between matches, with captured groups included, at most `count` pieces (0 = all). */
export function regexSplit(rx: DotNetRegex, input: string, count = 0): string[] {
  if (count === 1) return [input];
  const out: string[] = [];
  let last = 0;
  for (const m of execAll(rx, input)) {
    out.push(input.slice(last, m.index));
    for (let g = 1; g < m.length; g++) if (m[g] !== undefined) out.push(m[g]);
    last = m.index + m[0].length;
    if (count > 0 && out.length >= count - 1) break;
  }
  out.push(input.slice(last));
  return out;
}

// ------------------------------------------------------------------------------------------------
// Match objects
// ------------------------------------------------------------------------------------------------

const GROUP_NAMES = Symbol('awsps.groupNames');

/** A GroupCollection: an array of Group objects that can also be indexed by group name. */
export function groupByName(groups: unknown[], name: string): unknown {
  const names = (groups as unknown as Record<symbol, string[] | undefined>)[GROUP_NAMES];
  if (!names) return undefined;
  const i = names.findIndex((n) => n.toLowerCase() === name.toLowerCase());
  return i < 0 ? null : groups[i];
}

function captureObject(typeName: string, name: string, value: string | undefined, index: number): PSObject {
  const o = new PSObject([typeName, 'System.Text.RegularExpressions.Capture', 'System.Object']);
  const success = value !== undefined;
  if (typeName !== 'System.Text.RegularExpressions.Capture') {
    o.addNote('Success', success, 'Property');
    o.addNote('Name', name, 'Property');
  }
  o.addNote('Index', success ? index : 0, 'Property');
  o.addNote('Length', success ? value.length : 0, 'Property');
  o.addNote('Value', value ?? '', 'Property');
  o.sealed = true;
  o.toStringOverride = (self) => String(self.get('Value'));
  return o;
}

/** A System.Text.RegularExpressions.Match object (Value, Index, Length, Success, Groups, Captures). */
export function matchObject(rx: DotNetRegex, m: RegExpExecArray, input: string): PSObject {
  const groups: PSObject[] = [];
  const names: string[] = [];
  rx.reIndices ??= new RegExp(rx.re.source, `${rx.re.flags}d`);
  rx.reIndices.lastIndex = m.index;
  const indices = (rx.reIndices.exec(input) as (RegExpExecArray & { indices?: Array<[number, number] | undefined> }) | null)?.indices;
  for (const js of rx.dotnetOrder) {
    const name = js === 0 ? '0' : rx.groupNames[js];
    const value = m[js];
    const start = indices?.[js]?.[0] ?? (js === 0 ? m.index : input.indexOf(value ?? '', m.index));
    const g = captureObject('System.Text.RegularExpressions.Group', name, value, start);
    const caps = value === undefined ? [] : [captureObject('System.Text.RegularExpressions.Capture', name, value, start)];
    g.addNote('Captures', caps, 'Property');
    groups.push(g);
    names.push(name);
  }
  (groups as unknown as Record<symbol, string[]>)[GROUP_NAMES] = names;
  const match = new PSObject(['System.Text.RegularExpressions.Match', 'System.Text.RegularExpressions.Group', 'System.Text.RegularExpressions.Capture', 'System.Object']);
  match.addNote('Groups', groups, 'Property');
  match.addNote('Success', true, 'Property');
  match.addNote('Name', '0', 'Property');
  match.addNote('Captures', [groups[0]], 'Property');
  match.addNote('Index', m.index, 'Property');
  match.addNote('Length', m[0].length, 'Property');
  match.addNote('Value', m[0], 'Property');
  match.sealed = true;
  match.toStringOverride = (self) => String(self.get('Value'));
  return match;
}

/** The Match object for "no match" (Success = False), as Regex.Match returns. */
export function emptyMatchObject(): PSObject {
  const match = new PSObject(['System.Text.RegularExpressions.Match', 'System.Text.RegularExpressions.Group', 'System.Text.RegularExpressions.Capture', 'System.Object']);
  const g0 = captureObject('System.Text.RegularExpressions.Group', '0', undefined, 0);
  g0.addNote('Captures', [], 'Property');
  const groups = [g0];
  (groups as unknown as Record<symbol, string[]>)[GROUP_NAMES] = ['0'];
  match.addNote('Groups', groups, 'Property');
  match.addNote('Success', false, 'Property');
  match.addNote('Name', '0', 'Property');
  match.addNote('Captures', [], 'Property');
  match.addNote('Index', 0, 'Property');
  match.addNote('Length', 0, 'Property');
  match.addNote('Value', '', 'Property');
  match.sealed = true;
  match.toStringOverride = () => '';
  return match;
}

/** Regex.Escape: escapes \, *, +, ?, |, {, [, (, ), ^, $, ., #, and white space. */
export function regexEscape(s: string): string {
  return s.replace(/[\\*+?|{[()^$.#\s]/g, (c) => {
    switch (c) {
      case '\n':
        return '\\n';
      case '\r':
        return '\\r';
      case '\t':
        return '\\t';
      case '\f':
        return '\\f';
      case ' ':
        return '\\ ';
      default:
        return /\s/.test(c) ? c : `\\${c}`;
    }
  });
}

/** Regex.Unescape. */
export function regexUnescape(s: string): string {
  return s.replace(/\\(u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|.)/g, (_, e: string) => {
    if (e[0] === 'u' && e.length === 5) return String.fromCharCode(parseInt(e.slice(1), 16));
    if (e[0] === 'x' && e.length === 3) return String.fromCharCode(parseInt(e.slice(1), 16));
    switch (e) {
      case 'n':
        return '\n';
      case 'r':
        return '\r';
      case 't':
        return '\t';
      case 'f':
        return '\f';
      case 'v':
        return '\v';
      case 'a':
        return '\x07';
      case 'e':
        return '\x1b';
      default:
        return e;
    }
  });
}
