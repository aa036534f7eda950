// A lossless model of an AWS shared credentials/config file: the file is kept as its sequence of lines
// (text + original line ending) so that an edit can rewrite one section and leave every other byte alone.
// The reading rules follow botocore (Python's RawConfigParser, strict mode): '#'/';' full-line comments only
// (no inline comments), '=' or ':' delimiters, keys lower-cased, values trimmed, indented lines continue the
// previous value, and a duplicate section or a duplicate key within a section is an error.

import { malformedFileError } from './errors.js';

export type IniLineKind = 'blank' | 'comment' | 'section' | 'key' | 'continuation';

export interface IniLine {
  /** The line's text without its line ending. */
  readonly text: string;
  /** '\r\n', '\n', '\r', or '' for a last line without a line ending. */
  readonly eol: string;
  readonly kind: IniLineKind;
}

export interface IniEntry {
  /** The key, lower-cased like botocore does. */
  readonly key: string;
  /** The value: trimmed; continuation lines are joined with '\n' like configparser. */
  readonly value: string;
  /** Index (0-based) of the key line. */
  readonly firstLine: number;
  /** Index of the last line that belongs to the value (the key line or its last continuation line). */
  readonly lastLine: number;
}

export interface IniSection {
  /** The text between the brackets, untrimmed (botocore uses it as is). */
  readonly header: string;
  readonly headerLine: number;
  /** Index of the last header/key/continuation line of the section. */
  readonly contentEnd: number;
  /** Exclusive end: the next section's header line, or the number of lines. */
  readonly end: number;
  readonly entries: readonly IniEntry[];
}

export interface IniDocument {
  readonly filePath: string;
  /** Whether the file started with a UTF-8 byte order mark (kept on write). */
  readonly bom: boolean;
  readonly lines: readonly IniLine[];
  readonly sections: readonly IniSection[];
}

export interface RawLine {
  readonly text: string;
  readonly eol: string;
}

const LINE_PATTERN = /([^\r\n]*)(\r\n|\n|\r|$)/gy;

/** Splits text into lines, keeping each line's ending (Python's universal newlines: \r\n, \n and \r). */
export function splitLines(text: string): RawLine[] {
  const lines: RawLine[] = [];
  LINE_PATTERN.lastIndex = 0;
  while (LINE_PATTERN.lastIndex < text.length) {
    const match = LINE_PATTERN.exec(text);
    if (match === null) break;
    lines.push({ text: match[1] ?? '', eol: match[2] ?? '' });
  }
  return lines;
}

export function parseIni(text: string, filePath: string): IniDocument {
  const bom = text.startsWith('\uFEFF');
  return parseIniLines(splitLines(bom ? text.slice(1) : text), filePath, bom);
}

interface SectionBuilder {
  header: string;
  headerLine: number;
  contentEnd: number;
  entries: IniEntry[];
  keyLines: Map<string, number>;
}

interface EntryBuilder {
  key: string;
  parts: string[];
  firstLine: number;
  lastLine: number;
}

// Stricter than configparser's greedy '\[(.+)\]': a ']' in the name or in a trailing comment is an error
// rather than a silently different section name.
const SECTION_HEADER = /^\[([^\]]+)\]\s*(?:[#;][^\]]*)?$/;
const FIRST_NON_SPACE = /\S/;

export function parseIniLines(rawLines: readonly RawLine[], filePath: string, bom = false): IniDocument {
  const lines: IniLine[] = [];
  const sections: IniSection[] = [];
  const sectionLines = new Map<string, number>();
  let section: SectionBuilder | null = null;
  let entry: EntryBuilder | null = null;
  // Indentation of the last section/key line: a deeper-indented line continues the current value.
  let indentLevel = 0;

  const finishEntry = (): void => {
    if (entry === null || section === null) return;
    section.entries.push({
      key: entry.key,
      value: entry.parts.join('\n').trimEnd(),
      firstLine: entry.firstLine,
      lastLine: entry.lastLine,
    });
    section.contentEnd = entry.lastLine;
    entry = null;
  };
  const finishSection = (end: number): void => {
    finishEntry();
    if (section === null) return;
    sections.push({
      header: section.header,
      headerLine: section.headerLine,
      contentEnd: section.contentEnd,
      end,
      entries: section.entries,
    });
    section = null;
  };

  for (let i = 0; i < rawLines.length; i++) {
    const { text, eol } = rawLines[i]!;
    const lineNumber = i + 1;
    const stripped = text.trim();
    let kind: IniLineKind;
    if (stripped === '') {
      kind = 'blank';
      // configparser keeps blank lines inside a multi-line value (trailing ones are trimmed at the end).
      if (entry !== null) (entry as EntryBuilder).parts.push('');
    } else if (stripped.startsWith('#') || stripped.startsWith(';')) {
      kind = 'comment';
    } else {
      const indent = FIRST_NON_SPACE.exec(text)?.index ?? 0;
      if (entry !== null && indent > indentLevel) {
        kind = 'continuation';
        (entry as EntryBuilder).parts.push(stripped);
        (entry as EntryBuilder).lastLine = i;
      } else {
        indentLevel = indent;
        if (stripped.startsWith('[')) {
          const match = SECTION_HEADER.exec(stripped);
          if (match === null) {
            throw malformedFileError(filePath, lineNumber, 'invalid section header; expected [name].');
          }
          const header = match[1]!;
          const previous = sectionLines.get(header);
          if (previous !== undefined) {
            throw malformedFileError(
              filePath,
              lineNumber,
              `section [${header}] is defined more than once (first at line ${previous + 1}).`,
            );
          }
          finishSection(i);
          sectionLines.set(header, i);
          section = { header, headerLine: i, contentEnd: i, entries: [], keyLines: new Map() };
          kind = 'section';
        } else if (section === null) {
          throw malformedFileError(filePath, lineNumber, 'a setting appears before the first [section] header.');
        } else {
          const current: SectionBuilder = section;
          const delimiter = stripped.search(/[=:]/);
          if (delimiter < 0) {
            throw malformedFileError(
              filePath,
              lineNumber,
              "the line is not a [section] header, a 'key = value' setting, a comment or a blank line.",
            );
          }
          const key = stripped.slice(0, delimiter).trimEnd().toLowerCase();
          if (key === '') throw malformedFileError(filePath, lineNumber, 'a setting has no name before the delimiter.');
          const firstAt = current.keyLines.get(key);
          if (firstAt !== undefined) {
            throw malformedFileError(
              filePath,
              lineNumber,
              `setting '${key}' appears more than once in section [${current.header}] (first at line ${firstAt + 1}).`,
            );
          }
          finishEntry();
          current.keyLines.set(key, i);
          entry = { key, parts: [stripped.slice(delimiter + 1).trim()], firstLine: i, lastLine: i };
          current.contentEnd = i;
          kind = 'key';
        }
      }
    }
    lines.push({ text, eol, kind });
  }
  finishSection(rawLines.length);
  return { filePath, bom, lines, sections };
}

export function serializeIni(doc: IniDocument): string {
  return serializeLines(doc.lines, doc.bom);
}

export function serializeLines(lines: readonly RawLine[], bom: boolean): string {
  let out = bom ? '\uFEFF' : '';
  for (const line of lines) out += line.text + line.eol;
  return out;
}

/** The line ending for a line inserted near index: the closest earlier line ending, else a later one, else '\n'. */
export function lineEndingNear(lines: readonly RawLine[], index: number): string {
  for (let i = Math.min(index, lines.length - 1); i >= 0; i--) if (lines[i]!.eol !== '') return lines[i]!.eol;
  for (let i = index + 1; i < lines.length; i++) if (lines[i]!.eol !== '') return lines[i]!.eol;
  return '\n';
}
