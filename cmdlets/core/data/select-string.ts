// Select-String (sls): finds regular-expression or literal matches in pipeline strings (their string form)
// and in files, as pwsh 7's SelectStringCommand (MatchString.cs) does: MatchInfo results with .NET Match
// objects, -Context tracked both logically (PreContext/PostContext) and for display (no overlap), -List,
// -Quiet, -Raw, -NotMatch and -AllMatches, files read line by line as StreamReader.ReadLine splits them.

import { open, stat, type FileHandle } from 'node:fs/promises';
import type { CommandContext, CommandDefinition, MaybePromise, SessionStateApi } from '../../../src/pipeline/types.js';
import { makeErrorRecord, RuntimeError, type ErrorRecord } from '../../../src/engine/errors.js';
import { toStr } from '../../../src/engine/conversions.js';
import { dotnetRegex, execAll, execAt, matchObject, RegexPatternError, type DotNetRegex } from '../../../src/engine/values/regex.js';
import { PSObject } from '../../../src/objects/psobject.js';
import { registerView } from '../../../src/format/views.js';
import { parseEncoding, type TextEncoding } from '../filesystem/encoding.js';
import { dotNetIoException, driveNotFound, pathNotFound, providerNotFound, qualifiedId } from '../filesystem/errors.js';
import { getEntry, isContainer } from '../filesystem/fs-entry.js';
import { DriveNotFound, ENVIRONMENT_PROVIDER, parseUserPath, ProviderNotFound } from '../filesystem/paths.js';
import { encodingParameter } from '../filesystem/params.js';
import { expandWildcardPath } from '../filesystem/resolve.js';
import { LineSplitter, readByteChunks, sniffEncoding } from '../filesystem/text-reader.js';
import { anyMatcher, hasWildcard, unescapeWildcard, type NameMatcher } from '../filesystem/wildcard.js';

const CMDLET = 'Select-String';
export const MATCH_INFO_TYPE = 'Microsoft.PowerShell.Commands.MatchInfo';
const MATCH_INFO_CONTEXT_TYPE = 'Microsoft.PowerShell.Commands.MatchInfoContext';
const INPUT_STREAM = 'InputStream';
const ARGUMENT_EXCEPTION_BASES = ['System.SystemException', 'System.Exception'];

// ---------------------------------------------------------------------------------------------------------
// MatchInfo objects
// ---------------------------------------------------------------------------------------------------------

/** What a MatchInfo knows beyond its properties: whether a path was set, and the session for display. */
interface MatchInfoState {
  pathSet: boolean;
  session: SessionStateApi;
}

const matchInfoStates = new WeakMap<PSObject, MatchInfoState>();

function newContextObject(): PSObject {
  const c = new PSObject([MATCH_INFO_CONTEXT_TYPE, 'System.Object']);
  for (const name of ['PreContext', 'PostContext', 'DisplayPreContext', 'DisplayPostContext']) c.addNote(name, [], 'Property', 'System.String[]');
  c.sealed = true;
  c.toStringOverride = () => MATCH_INFO_CONTEXT_TYPE;
  return c;
}

function cloneContextObject(source: PSObject): PSObject {
  const c = newContextObject();
  for (const name of ['PreContext', 'PostContext', 'DisplayPreContext', 'DisplayPostContext']) {
    const v = source.get(name);
    c.set(name, Array.isArray(v) ? [...(v as unknown[])] : v);
  }
  return c;
}

function stringArray(v: unknown): string[] {
  return Array.isArray(v) ? v.map((x) => toStr(x)) : [];
}

/** .NET's Path.GetFileName on Unix. */
function fileNameOf(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

function createMatchInfo(session: SessionStateApi, fields: { ignoreCase: boolean; line: string; pattern: string; matches: PSObject[]; withContext: boolean }): PSObject {
  const m = new PSObject([MATCH_INFO_TYPE, 'System.Object']);
  m.addNote('IgnoreCase', fields.ignoreCase, 'Property', 'System.Boolean');
  m.addNote('LineNumber', 0, 'Property', 'System.UInt64');
  m.addNote('Line', fields.line, 'Property', 'System.String');
  m.addNote('Filename', INPUT_STREAM, 'Property', 'System.String');
  m.addNote('Path', INPUT_STREAM, 'Property', 'System.String');
  m.addNote('Pattern', fields.pattern, 'Property', 'System.String');
  m.addNote('Context', fields.withContext ? newContextObject() : null, 'Property', MATCH_INFO_CONTEXT_TYPE);
  m.addNote('Matches', fields.matches, 'Property', 'System.Text.RegularExpressions.Match[]');
  // Filename is computed from Path, and reads "InputStream" until a path is set.
  const filename = m.getProperty('Filename');
  if (filename) filename.getter = (self) => (matchInfoStates.get(self)?.pathSet ? fileNameOf(toStr(self.get('Path'))) : INPUT_STREAM);
  m.sealed = true;
  m.toStringOverride = (self) => matchInfoText(self, null);
  matchInfoStates.set(m, { pathSet: false, session });
  return m;
}

function setMatchPath(m: PSObject, path: string): void {
  m.set('Path', path);
  const state = matchInfoStates.get(m);
  if (state) state.pathSet = true;
}

/** MatchInfo.Clone: a shallow copy with its own Context. */
function cloneMatchInfo(source: PSObject, state: MatchInfoState): PSObject {
  const m = createMatchInfo(state.session, {
    ignoreCase: source.get('IgnoreCase') === true,
    line: toStr(source.get('Line')),
    pattern: toStr(source.get('Pattern')),
    matches: Array.isArray(source.get('Matches')) ? [...(source.get('Matches') as PSObject[])] : [],
    withContext: false,
  });
  m.set('LineNumber', source.get('LineNumber'));
  const ctx = source.get('Context');
  m.set('Context', ctx instanceof PSObject ? cloneContextObject(ctx) : null);
  if (state.pathSet) setMatchPath(m, toStr(source.get('Path')));
  return m;
}

/** MatchInfo.RelativePath: the path with the directory prefix cut off (ordinal, ignoring case). */
function relativePath(path: string, directory: string): string {
  if (directory === '' || !path.toLowerCase().startsWith(directory.toLowerCase())) return path;
  const offset = directory.length;
  if (offset >= path.length) return path;
  if (directory[offset - 1] === '/' || directory[offset - 1] === '\\') return path.slice(offset);
  if (path[offset] === '/' || path[offset] === '\\') return path.slice(offset + 1);
  return path;
}

/** MatchInfo.ToString(directory): "path:line:text" for files, the text alone for pipeline input; context lines around. */
export function matchInfoText(m: PSObject, directory: string | null): string {
  const state = matchInfoStates.get(m);
  const pathSet = state?.pathSet ?? toStr(m.get('Path')) !== INPUT_STREAM;
  const path = toStr(m.get('Path'));
  const displayPath = directory !== null && pathSet ? relativePath(path, directory) : path;
  const lineNumber = Number(m.get('LineNumber') ?? 0);
  const format = (text: string, n: number, prefix: string): string => (pathSet ? `${prefix}${displayPath}:${n}:${text}` : `${prefix}${text}`);
  const line = toStr(m.get('Line'));
  const context = m.get('Context');
  if (!(context instanceof PSObject)) return format(line, lineNumber, '');
  const pre = stringArray(context.get('DisplayPreContext'));
  const post = stringArray(context.get('DisplayPostContext'));
  let n = lineNumber - pre.length;
  const lines: string[] = [];
  for (const l of pre) lines.push(format(l, n++, '  '));
  lines.push(format(line, n++, '> '));
  for (const l of post) lines.push(format(l, n++, '  '));
  return lines.join('\n');
}

// The default display (PowerShellCore_format_ps1xml: $_.ToEmphasizedString((Get-Location).Path)): paths
// relative to the current location. Emphasis colouring is left out: -NoEmphasis output is what this prints.
registerView(MATCH_INFO_TYPE, {
  kind: 'custom',
  name: 'MatchInfo',
  render: (o) => {
    if (!(o instanceof PSObject)) return toStr(o);
    const state = matchInfoStates.get(o);
    return matchInfoText(o, state ? state.session.cwd : null);
  },
});

// ---------------------------------------------------------------------------------------------------------
// Context tracking (MatchString.cs: DisplayContextTracker, LogicalContextTracker, ContextTracker)
// ---------------------------------------------------------------------------------------------------------

/** A fixed-capacity FIFO: adding to a full buffer drops the oldest item. */
class CircularBuffer<T> {
  private readonly items: T[];
  private first = 0;
  count = 0;
  constructor(readonly capacity: number) {
    this.items = new Array<T>(capacity);
  }

  get isFull(): boolean {
    return this.count === this.capacity;
  }

  add(item: T): void {
    if (this.capacity === 0) return;
    if (this.isFull) {
      this.items[this.first] = item;
      this.first = (this.first + 1) % this.capacity;
    } else {
      this.items[(this.first + this.count) % this.capacity] = item;
      this.count++;
    }
  }

  at(index: number): T {
    return this.items[(this.first + index) % this.capacity] as T;
  }

  clear(): void {
    this.first = 0;
    this.count = 0;
  }

  toArray(): T[] {
    const out: T[] = [];
    for (let i = 0; i < this.count; i++) out.push(this.at(i));
    return out;
  }
}

interface ContextTracker {
  /** Matches whose context is complete, ready to be written. */
  readonly emitQueue: PSObject[];
  trackLine(line: string): void;
  trackMatch(match: PSObject): void;
  trackEOF(): void;
}

class NoContextTracker implements ContextTracker {
  readonly emitQueue: PSObject[] = [];
  trackLine(): void {}
  trackMatch(match: PSObject): void {
    this.emitQueue.push(match);
  }
  trackEOF(): void {}
}

/** Display context: the lines around each match, without overlap and without other matches. */
class DisplayContextTracker implements ContextTracker {
  readonly emitQueue: PSObject[] = [];
  private state: 'initial' | 'pre' | 'post' = 'initial';
  private readonly pre: CircularBuffer<string>;
  private readonly post: string[] = [];
  private match: PSObject | null = null;

  constructor(
    private readonly preContext: number,
    private readonly postContext: number,
  ) {
    this.pre = new CircularBuffer<string>(preContext);
    this.reset();
  }

  trackLine(line: string): void {
    if (this.state === 'pre') this.pre.add(line);
    else if (this.state === 'post') {
      this.post.push(line);
      if (this.post.length >= this.postContext) this.updateQueue();
    }
  }

  trackMatch(match: PSObject): void {
    if (this.state === 'post') this.updateQueue();
    this.match = match;
    if (this.postContext > 0) this.state = 'post';
    else this.updateQueue();
  }

  trackEOF(): void {
    if (this.state === 'post') this.updateQueue();
  }

  private updateQueue(): void {
    if (!this.match) return;
    this.emitQueue.push(this.match);
    const context = this.match.get('Context');
    if (context instanceof PSObject) {
      context.set('DisplayPreContext', this.pre.toArray());
      context.set('DisplayPostContext', [...this.post]);
    }
    this.reset();
  }

  private reset(): void {
    this.state = this.preContext > 0 ? 'pre' : 'initial';
    this.pre.clear();
    this.post.length = 0;
    this.match = null;
  }
}

type ContextEntry = { line: string; match: PSObject | null };

/** Logical context: as many lines as available around each match, overlapping ones and other matches included. */
class LogicalContextTracker implements ContextTracker {
  readonly emitQueue: PSObject[] = [];
  private processedPreEntries = false;
  private readonly buffer: CircularBuffer<ContextEntry>;

  constructor(
    private readonly preContext: number,
    private readonly postContext: number,
  ) {
    this.buffer = new CircularBuffer<ContextEntry>(preContext + postContext + 1);
  }

  trackLine(line: string): void {
    this.buffer.add({ line, match: null });
    this.updateQueue();
  }

  trackMatch(match: PSObject): void {
    this.buffer.add({ line: toStr(match.get('Line')), match });
    this.updateQueue();
  }

  trackEOF(): void {
    const start = this.buffer.isFull ? this.preContext + 1 : 0;
    this.emitAllInRange(start, this.buffer.count - 1);
  }

  private emitAllInRange(start: number, end: number): void {
    for (let i = start; i <= end; i++) {
      const match = this.buffer.at(i).match;
      if (!match) continue;
      const preStart = Math.max(i - this.preContext, 0);
      const postLength = Math.min(this.postContext, this.buffer.count - i - 1);
      const context = match.get('Context');
      if (context instanceof PSObject) {
        context.set('PreContext', this.copy(preStart, i - preStart));
        context.set('PostContext', this.copy(i + 1, postLength));
      }
      this.emitQueue.push(match);
    }
  }

  private updateQueue(): void {
    if (!this.buffer.isFull) return;
    if (this.processedPreEntries) this.emitAllInRange(this.preContext, this.preContext);
    else {
      this.emitAllInRange(0, this.preContext);
      this.processedPreEntries = true;
    }
  }

  private copy(start: number, length: number): string[] {
    const out: string[] = [];
    for (let i = 0; i < length; i++) out.push(this.buffer.at(start + i).line);
    return out;
  }
}

/** Both trackers; a match is ready when the logical one (which waits longest) has completed it. */
class FullContextTracker implements ContextTracker {
  readonly emitQueue: PSObject[] = [];
  private readonly display: DisplayContextTracker;
  private readonly logical: LogicalContextTracker;

  constructor(pre: number, post: number) {
    this.display = new DisplayContextTracker(pre, post);
    this.logical = new LogicalContextTracker(pre, post);
  }

  trackLine(line: string): void {
    this.display.trackLine(line);
    this.logical.trackLine(line);
    this.update();
  }

  trackMatch(match: PSObject): void {
    this.display.trackMatch(match);
    this.logical.trackMatch(match);
    this.update();
  }

  trackEOF(): void {
    this.display.trackEOF();
    this.logical.trackEOF();
    this.update();
  }

  private update(): void {
    this.emitQueue.push(...this.logical.emitQueue);
    this.logical.emitQueue.length = 0;
    this.display.emitQueue.length = 0;
  }
}

// ---------------------------------------------------------------------------------------------------------
// Matching
// ---------------------------------------------------------------------------------------------------------

interface Settings {
  patterns: string[];
  regexes: DotNetRegex[] | undefined;
  simpleMatch: boolean;
  caseSensitive: boolean;
  notMatch: boolean;
  allMatches: boolean;
  quiet: boolean;
  list: boolean;
  raw: boolean;
  preContext: number;
  postContext: number;
  encoding: TextEncoding | undefined;
  include: NameMatcher | undefined;
  exclude: NameMatcher | undefined;
}

/** .NET's message for a pattern it cannot parse, for the common mistakes; the engine's own text otherwise. */
function regexErrorDetail(pattern: string, detail: string): string {
  const parens = [...pattern.replace(/\\./g, '')].reduce((n, c) => n + (c === '(' ? 1 : c === ')' ? -1 : 0), 0);
  if (/unterminated group/i.test(detail) || (parens > 0 && /group/i.test(detail))) return `Invalid pattern '${pattern}' at offset ${pattern.length}. Not enough )'s.`;
  if (/unmatched '\)'/i.test(detail)) {
    let depth = 0;
    for (let i = 0; i < pattern.length; i++) {
      const c = pattern[i];
      if (c === '\\') i++;
      else if (c === '(') depth++;
      else if (c === ')' && --depth < 0) return `Invalid pattern '${pattern}' at offset ${i + 1}. Too many )'s.`;
    }
  }
  if (/unterminated character class|unterminated \[\] set/i.test(detail)) return `Invalid pattern '${pattern}' at offset ${pattern.length}. Unterminated [] set.`;
  const nothing = /^([*+?])/.exec(pattern);
  if (/nothing to repeat/i.test(detail) && nothing) return `Invalid pattern '${pattern}' at offset 1. Quantifier '${nothing[1]}' following nothing.`;
  if (/at end of pattern/i.test(detail)) return `Invalid pattern '${pattern}' at offset ${pattern.length}. Illegal \\ at end of pattern.`;
  return `Invalid pattern '${pattern}' at offset ${pattern.length}. ${detail}`;
}

function invalidRegex(pattern: string, detail: string): RuntimeError {
  const record = makeErrorRecord(`The string ${pattern} is not a valid regular expression: ${regexErrorDetail(pattern, detail)}`, {
    type: 'System.ArgumentException',
    baseTypeNames: ARGUMENT_EXCEPTION_BASES,
    id: qualifiedId('InvalidRegex', CMDLET),
    category: 'InvalidArgument',
  });
  return new RuntimeError(record);
}

/** IndexOf ignoring case or not (CurrentCulture comparisons in pwsh; an ordinal comparison here). */
function simpleIndexOf(text: string, pattern: string, caseSensitive: boolean): number {
  return caseSensitive ? text.indexOf(pattern) : text.toLowerCase().indexOf(pattern.toLowerCase());
}

/** DoMatchWorker: a new MatchInfo (without path and line number) when the line is selected, else null. */
function matchLine(s: Settings, session: SessionStateApi, line: string): PSObject | null {
  let got = false;
  let matches: PSObject[] = [];
  let patternIndex = 0;
  if (s.regexes) {
    for (; patternIndex < s.regexes.length; patternIndex++) {
      const rx = s.regexes[patternIndex]!;
      // -AllMatches is ignored with -NotMatch (pwsh skips the expensive Matches() call then).
      if (s.allMatches && !s.notMatch) {
        const all = execAll(rx, line);
        if (all.length > 0) {
          matches = all.map((m) => matchObject(rx, m, line));
          got = true;
        }
      } else {
        const m = execAt(rx, line, 0);
        if (m) {
          matches = [matchObject(rx, m, line)];
          got = true;
        }
      }
      if (got) break;
    }
  } else {
    for (; patternIndex < s.patterns.length; patternIndex++) {
      if (simpleIndexOf(line, s.patterns[patternIndex]!, s.caseSensitive) >= 0) {
        got = true;
        break;
      }
    }
  }
  if (s.notMatch) {
    got = !got;
    patternIndex = 0;
  }
  if (!got) return null;
  return createMatchInfo(session, {
    ignoreCase: !s.caseSensitive,
    line,
    pattern: s.patterns[patternIndex]!,
    matches,
    withContext: s.preContext > 0 || s.postContext > 0,
  });
}

function newTracker(s: Settings): ContextTracker {
  return s.raw || (s.preContext === 0 && s.postContext === 0) ? new NoContextTracker() : new FullContextTracker(s.preContext, s.postContext);
}

// ---------------------------------------------------------------------------------------------------------
// Output
// ---------------------------------------------------------------------------------------------------------

function writeAll(ctx: CommandContext, items: readonly unknown[], start = 0): MaybePromise<void> {
  for (let i = start; i < items.length; i++) {
    const r = ctx.write(items[i]);
    if (r instanceof Promise) return r.then(() => writeAll(ctx, items, i + 1));
  }
}

/** FlushTrackerQueue: what the queued matches turn into (-Raw lines, -Quiet $true, -List the first). Empty when none. */
function flushQueue(s: Settings, tracker: ContextTracker): unknown[] {
  const queue = tracker.emitQueue;
  if (queue.length === 0) return [];
  let out: unknown[];
  if (s.raw) out = queue.map((m) => toStr(m.get('Line')));
  else if (s.quiet && !s.list) out = [true];
  else if (s.list) out = [queue[0]];
  else out = [...queue];
  queue.length = 0;
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// Files
// ---------------------------------------------------------------------------------------------------------

function fileReadError(path: string, message: string): ErrorRecord {
  return makeErrorRecord(`The file ${path} cannot be read: ${message}`, {
    type: 'System.ArgumentException',
    baseTypeNames: ARGUMENT_EXCEPTION_BASES,
    id: qualifiedId('ProcessingFile', CMDLET),
    category: 'InvalidArgument',
  });
}

function providerCannotOpen(provider: string): ErrorRecord {
  return makeErrorRecord(`Cannot open the file because the current provider (${provider}) cannot open files.`, {
    type: 'System.ArgumentException',
    baseTypeNames: ARGUMENT_EXCEPTION_BASES,
    id: qualifiedId('ProcessingFile', CMDLET),
    category: 'InvalidArgument',
  });
}

function terminating(record: ErrorRecord): RuntimeError {
  record.commandName = CMDLET;
  return new RuntimeError(record);
}

/** ResolveFilePaths: -Path globbed (a plain path must exist), -LiteralPath taken as is. */
async function resolveFilePaths(ctx: CommandContext, paths: readonly string[], literal: boolean): Promise<string[]> {
  const out: string[] = [];
  for (const raw of paths) {
    let parsed;
    try {
      parsed = parseUserPath(ctx.session, raw);
    } catch (err) {
      if (err instanceof DriveNotFound) throw terminating(driveNotFound(err.driveName, CMDLET));
      if (err instanceof ProviderNotFound) throw terminating(providerNotFound(err.providerName, CMDLET));
      throw err;
    }
    if (parsed.provider !== 'FileSystem') {
      ctx.writeError(providerCannotOpen(ENVIRONMENT_PROVIDER));
      continue;
    }
    if (literal) {
      out.push(parsed.path);
    } else if (hasWildcard(parsed.path)) {
      out.push(...(await expandWildcardPath(parsed.path, false)));
    } else {
      const path = unescapeWildcard(parsed.path);
      if (!(await getEntry(path).catch(() => null))) throw terminating(pathNotFound(path, CMDLET));
      out.push(path);
    }
  }
  return out;
}

function meetsIncludeExclude(s: Settings, path: string): boolean {
  if (s.include && !s.include(path)) return false;
  return !(s.exclude && s.exclude(path));
}

/** ProcessFile: matches every line of a file; true when something was found. */
async function processFile(ctx: CommandContext, s: Settings, path: string): Promise<boolean> {
  if (!meetsIncludeExclude(s, path)) return false;
  const tracker = newTracker(s);
  let found = false;
  let handle: FileHandle;
  try {
    handle = await open(path, 'r');
  } catch (err) {
    const parentMissing = await stat(path.slice(0, path.lastIndexOf('/')) || '/').then(
      () => false,
      () => true,
    );
    ctx.writeError(fileReadError(path, dotNetIoException(err, path, parentMissing).message));
    return false;
  }
  try {
    const { encoding, start } = await sniffEncoding(handle, s.encoding);
    const decoder = encoding.decoder();
    const splitter = new LineSplitter();
    const lines: string[] = [];
    let lineNumber = 0;
    let stop = false;
    // Returns true once -Quiet or -List has what it needs from this file.
    const consume = async (): Promise<boolean> => {
      for (const line of lines) {
        lineNumber++;
        const result = matchLine(s, ctx.session, line);
        if (result) {
          setMatchPath(result, path);
          result.set('LineNumber', lineNumber);
          tracker.trackMatch(result);
        } else {
          tracker.trackLine(line);
        }
        if (tracker.emitQueue.length > 0) {
          found = true;
          // The file is closed before -Quiet/-List write, so the next command may act on it.
          if (s.quiet || s.list) return true;
          await writeAll(ctx, flushQueue(s, tracker));
        }
      }
      lines.length = 0;
      return false;
    };
    for await (const chunk of readByteChunks(handle, ctx.signal, start)) {
      splitter.push(decoder.write(chunk), lines);
      if (await consume()) {
        stop = true;
        break;
      }
    }
    if (!stop) {
      splitter.push(decoder.end(), lines);
      splitter.finish(lines);
      await consume();
    }
  } catch (err) {
    if (err instanceof RuntimeError) throw err;
    ctx.writeError(fileReadError(path, dotNetIoException(err, path).message));
    return found;
  } finally {
    await handle.close();
  }
  tracker.trackEOF();
  const rest = flushQueue(s, tracker);
  if (rest.length > 0) found = true;
  await writeAll(ctx, rest);
  return found;
}

async function processFiles(ctx: CommandContext, s: Settings, paths: readonly string[], maybeDirectories: boolean): Promise<void> {
  for (const path of paths) {
    if (ctx.signal.aborted) return;
    if (maybeDirectories) {
      const entry = await getEntry(path).catch(() => null);
      if (entry && isContainer(entry)) continue;
    }
    if ((await processFile(ctx, s, path)) && s.quiet) return;
  }
  // Nothing found in any file: -Quiet says False (and -Quiet -List writes $null).
  if (s.quiet) await ctx.write(s.list ? null : false);
}

// ---------------------------------------------------------------------------------------------------------
// The cmdlet
// ---------------------------------------------------------------------------------------------------------

function stringList(v: unknown): string[] | undefined {
  if (v === null || v === undefined) return undefined;
  return (Array.isArray(v) ? v : [v]).map((x) => toStr(x));
}

function readSettings(ctx: CommandContext): Settings {
  const patterns = stringList(ctx.params.Pattern) ?? [];
  const simpleMatch = ctx.params.SimpleMatch === true;
  const caseSensitive = ctx.params.CaseSensitive === true;
  let regexes: DotNetRegex[] | undefined;
  if (!simpleMatch) {
    regexes = patterns.map((p) => {
      try {
        return dotnetRegex(p, { ignoreCase: !caseSensitive });
      } catch (e) {
        if (e instanceof RegexPatternError) throw terminating(invalidRegex(p, e.message).record);
        throw e;
      }
    });
  }
  let preContext = 0;
  let postContext = 0;
  const context = ctx.params.Context;
  if (context !== null && context !== undefined) {
    const values = (Array.isArray(context) ? context : [context]).map((v) => Number(v));
    preContext = values[0] ?? 0;
    postContext = values.length >= 2 ? values[1]! : preContext;
  }
  const include = stringList(ctx.params.Include);
  const exclude = stringList(ctx.params.Exclude);
  const encoding = ctx.params.Encoding;
  return {
    patterns,
    regexes,
    simpleMatch,
    caseSensitive,
    notMatch: ctx.params.NotMatch === true,
    allMatches: ctx.params.AllMatches === true,
    quiet: ctx.params.Quiet === true,
    list: ctx.params.List === true,
    raw: ctx.params.Raw === true,
    preContext,
    postContext,
    encoding: encoding === null || encoding === undefined ? undefined : parseEncoding(encoding, CMDLET),
    include: include && include.length > 0 ? anyMatcher(include) : undefined,
    exclude: exclude && exclude.length > 0 ? anyMatcher(exclude) : undefined,
  };
}

function isFileInfo(v: unknown): v is PSObject {
  return v instanceof PSObject && v.typeNames[0] === 'System.IO.FileInfo';
}

function validateContext(value: unknown): void {
  if (value === null || value === undefined) return;
  const values = Array.isArray(value) ? value : [value];
  const fail = (message: string, id: string): never => {
    throw terminating(
      makeErrorRecord(`Cannot validate argument on parameter 'Context'. ${message}`, {
        type: 'System.Management.Automation.ParameterBindingValidationException',
        baseTypeNames: ['System.Management.Automation.ParameterBindingException', 'System.Management.Automation.RuntimeException', 'System.SystemException', 'System.Exception'],
        id: qualifiedId(id, CMDLET),
        category: 'InvalidData',
      }),
    );
  };
  if (values.length === 0) fail('The argument is null, empty, or an element of the argument collection contains a null value. Supply a collection that does not contain any null values and then try the command again.', 'ParameterArgumentValidationError');
  if (values.length > 2) fail(`The parameter requires at least 1 value(s) and no more than 2 value(s) - ${values.length} value(s) were provided.`, 'ParameterArgumentValidationError');
  for (const v of values) {
    const n = Number(v);
    if (n < 0) fail(`The ${n} argument is less than the minimum allowed range of 0. Supply an argument that is greater than or equal to 0 and then try the command again.`, 'ParameterArgumentValidationError');
  }
}

export const selectStringCommand: CommandDefinition = {
  name: 'Select-String',
  aliases: ['sls'],
  module: 'Microsoft.PowerShell.Utility',
  synopsis: 'Finds text in strings and files.',
  defaultParameterSet: 'File',
  outputType: ['System.Boolean', MATCH_INFO_TYPE, 'System.String'],
  parameters: [
    { name: 'Culture', type: 'System.String', hidden: true },
    {
      name: 'InputObject',
      type: 'System.Object',
      mandatory: ['Object', 'ObjectRaw'],
      valueFromPipeline: true,
      parameterSets: ['Object', 'ObjectRaw'],
      allowNull: true,
      allowEmptyString: true,
      help: 'The text to be searched (each object is searched in its string form).',
    },
    { name: 'Pattern', type: 'System.String[]', mandatory: true, position: 0, help: 'The text (a regular expression unless -SimpleMatch) to find on each line.' },
    {
      name: 'Path',
      type: 'System.String[]',
      position: 1,
      mandatory: ['File', 'FileRaw'],
      valueFromPipelineByPropertyName: true,
      parameterSets: ['File', 'FileRaw'],
      help: 'The files to search; wildcards are permitted.',
    },
    {
      name: 'LiteralPath',
      type: 'System.String[]',
      aliases: ['PSPath', 'LP'],
      mandatory: ['LiteralFile', 'LiteralFileRaw'],
      valueFromPipelineByPropertyName: true,
      parameterSets: ['LiteralFile', 'LiteralFileRaw'],
      help: 'The files to search, used exactly as typed.',
    },
    {
      name: 'Raw',
      type: 'switch',
      mandatory: ['ObjectRaw', 'FileRaw', 'LiteralFileRaw'],
      parameterSets: ['ObjectRaw', 'FileRaw', 'LiteralFileRaw'],
      help: 'Outputs the matching strings instead of MatchInfo objects.',
    },
    { name: 'SimpleMatch', type: 'switch', help: 'Matches the pattern literally instead of as a regular expression.' },
    { name: 'CaseSensitive', type: 'switch', help: 'Makes the matches case-sensitive.' },
    { name: 'Quiet', type: 'switch', parameterSets: ['Object', 'File', 'LiteralFile'], help: 'Returns $true when a match is found instead of MatchInfo objects.' },
    { name: 'List', type: 'switch', help: 'Returns only the first match in each file.' },
    { name: 'NoEmphasis', type: 'switch', help: 'Turns off the highlighting of matching strings.' },
    { name: 'Include', type: 'System.String[]', help: 'Only files whose path matches one of these wildcard patterns are searched.' },
    { name: 'Exclude', type: 'System.String[]', help: 'Files whose path matches one of these wildcard patterns are skipped.' },
    { name: 'NotMatch', type: 'switch', help: 'Finds the lines that do not match the pattern.' },
    { name: 'AllMatches', type: 'switch', help: 'Finds every match on each line, not only the first.' },
    { ...encodingParameter(), help: 'The encoding of the files searched. The default value is utf8NoBOM.' },
    { name: 'Context', type: 'System.Int32[]', help: 'Lines captured before and after each match (one value for both, or before,after).' },
  ],
  create() {
    let settings: Settings;
    let tracker: ContextTracker;
    let done = false;
    let recordNumber = 0;
    let filterWarned = false;

    /** Pipeline input: one line, numbered by its position in the input. */
    const processObject = (ctx: CommandContext, input: unknown): MaybePromise<void> => {
      recordNumber++;
      const value = input === undefined || input === null ? '' : input;
      const previous = value instanceof PSObject ? matchInfoStates.get(value) : undefined;
      let line: string;
      let result: PSObject | null;
      if (previous && value instanceof PSObject) {
        // Filter mode: a MatchInfo from another Select-String is matched on its Line and passed through.
        line = toStr(value.get('Line'));
        if (settings.preContext > 0 || settings.postContext > 0) {
          settings.preContext = 0;
          settings.postContext = 0;
          tracker = newTracker(settings);
          if (!filterWarned) ctx.writeWarning('The option "Context" is not valid when searching results that are piped from Select-String output.');
          filterWarned = true;
        }
        result = matchLine(settings, ctx.session, line) ? value : null;
        if (result && result.get('Context') instanceof PSObject) {
          result = cloneMatchInfo(value, previous);
          const context = result.get('Context') as PSObject;
          context.set('DisplayPreContext', []);
          context.set('DisplayPostContext', []);
        }
      } else {
        line = toStr(value);
        result = matchLine(settings, ctx.session, line);
        if (result) result.set('LineNumber', recordNumber);
      }
      if (result) tracker.trackMatch(result);
      else tracker.trackLine(line);
      const out = flushQueue(settings, tracker);
      if (out.length > 0 && settings.quiet) done = true;
      return writeAll(ctx, out);
    };

    return {
      begin(ctx) {
        validateContext(ctx.params.Context);
        if (ctx.isBound('Culture')) {
          throw terminating(
            makeErrorRecord('The Culture parameter is not supported by this shell.', {
              type: 'System.NotSupportedException',
              baseTypeNames: ARGUMENT_EXCEPTION_BASES,
              id: qualifiedId('CultureNotSupported', CMDLET),
              category: 'NotImplemented',
            }),
          );
        }
        settings = readSettings(ctx);
        tracker = newTracker(settings);
      },
      process(ctx, input, hasInput) {
        if (done) return;
        const pathValue = ctx.isBound('LiteralPath') ? ctx.params.LiteralPath : ctx.isBound('Path') ? ctx.params.Path : undefined;
        if (pathValue !== undefined) {
          const literal = ctx.isBound('LiteralPath');
          const paths = (Array.isArray(pathValue) ? pathValue : [pathValue]).map((p) => (isFileInfo(p) ? toStr(p.get('FullName')) : toStr(p)));
          return resolveFilePaths(ctx, paths, literal).then((resolved) => processFiles(ctx, settings, resolved, true));
        }
        const value = hasInput ? input : ctx.params.InputObject;
        if (isFileInfo(value)) return processFiles(ctx, settings, [toStr(value.get('FullName'))], false);
        return processObject(ctx, value);
      },
      end(ctx) {
        tracker.trackEOF();
        if (done) return;
        return writeAll(ctx, flushQueue(settings, tracker));
      },
    };
  },
};
