// Edits on an IniDocument that touch only the section they are about. Each edit works on the raw lines and
// re-parses the result, so what gets written is always a file the reader accepts.

import {
  lineEndingNear,
  parseIniLines,
  type IniDocument,
  type IniSection,
  type RawLine,
} from './ini-document.js';
import { invalidArgumentError } from './errors.js';
import { classifySection, sameSection, sectionHeaderFor, type ProfileFileKind, type SectionRef } from './section-names.js';

/** Keys to set (string) or remove (null). Keys are case-insensitive and stored lower-case when new. */
export type SectionChanges = ReadonlyMap<string, string | null> | Readonly<Record<string, string | null>>;

export interface SetSectionOptions {
  /** Drop every existing key of the section that `changes` does not set (comments in it are kept). */
  replace?: boolean;
}

/** Sections of the document that resolve to ref, in file order (the last one is the one readers use). */
export function findSections(doc: IniDocument, fileKind: ProfileFileKind, ref: SectionRef): IniSection[] {
  return doc.sections.filter((s) => {
    const resolved = classifySection(s.header, fileKind);
    return resolved !== null && sameSection(resolved, ref);
  });
}

/** Sets/removes keys of the section ref (creating it at the end of the file when missing). */
export function setSectionValues(
  doc: IniDocument,
  fileKind: ProfileFileKind,
  ref: SectionRef,
  changes: SectionChanges,
  options: SetSectionOptions = {},
): IniDocument {
  const normalized = normalizeChanges(changes);
  const lines: RawLine[] = doc.lines.map((l) => ({ text: l.text, eol: l.eol }));
  const section = findSections(doc, fileKind, ref).at(-1);
  if (section === undefined) {
    const newKeys = [...normalized].filter((entry): entry is [string, string] => entry[1] !== null);
    if (newKeys.length === 0 && !options.replace) return doc;
    const style = keyStyle(doc, null);
    const eol = lineEndingNear(lines, lines.length - 1);
    if (lines.length > 0) {
      const last = lines.length - 1;
      if (lines[last]!.eol === '') lines[last] = { text: lines[last]!.text, eol };
      if (lines[last]!.text.trim() !== '') lines.push({ text: '', eol });
    }
    lines.push({ text: `[${sectionHeaderFor(ref, fileKind)}]`, eol });
    for (const [key, value] of newKeys) lines.push({ text: style.format(key, value), eol });
    return parseIniLines(lines, doc.filePath, doc.bom);
  }

  // Work bottom-up so earlier line indexes stay valid: first the appended keys, then in-place edits.
  const existing = new Set(section.entries.map((e) => e.key));
  const toAppend = [...normalized].filter(
    (entry): entry is [string, string] => entry[1] !== null && !existing.has(entry[0]),
  );
  if (toAppend.length > 0) {
    const style = keyStyle(doc, section);
    const anchor = section.contentEnd;
    const anchorEol = lines[anchor]!.eol;
    const eol = lineEndingNear(lines, anchor);
    const appended: RawLine[] = toAppend.map(([key, value]) => ({ text: style.format(key, value), eol }));
    if (anchorEol === '') {
      // The anchor was the file's last line and had no line ending: keep it that way for the new last line.
      lines[anchor] = { text: lines[anchor]!.text, eol };
      appended[appended.length - 1] = { text: appended[appended.length - 1]!.text, eol: '' };
    }
    lines.splice(anchor + 1, 0, ...appended);
  }
  for (let i = section.entries.length - 1; i >= 0; i--) {
    const entry = section.entries[i]!;
    const change = normalized.get(entry.key);
    const count = entry.lastLine - entry.firstLine + 1;
    if (change === undefined ? options.replace === true : change === null) {
      lines.splice(entry.firstLine, count);
    } else if (typeof change === 'string') {
      const keyLine = lines[entry.firstLine]!;
      // The key line keeps its own spelling and spacing; continuation lines of the old value go.
      lines.splice(entry.firstLine, count, { text: replaceValue(keyLine.text, change), eol: lines[entry.lastLine]!.eol });
    }
  }
  return parseIniLines(lines, doc.filePath, doc.bom);
}

/** Removes every section that resolves to ref. */
export function removeSections(doc: IniDocument, fileKind: ProfileFileKind, ref: SectionRef): IniDocument {
  const matches = findSections(doc, fileKind, ref);
  if (matches.length === 0) return doc;
  const lines: RawLine[] = doc.lines.map((l) => ({ text: l.text, eol: l.eol }));
  for (let m = matches.length - 1; m >= 0; m--) {
    const section = matches[m]!;
    let start = section.headerLine;
    // Comment lines directly above the header describe this section and go with it (unless they open the file).
    let commentStart = start;
    while (commentStart > 0 && doc.lines[commentStart - 1]!.kind === 'comment') commentStart--;
    if (commentStart > 0) start = commentStart;
    let end = section.end;
    if (end < lines.length) {
      // Comment lines directly above the next header describe that section: they stay.
      while (end - 1 > section.contentEnd && doc.lines[end - 1]!.kind === 'comment') end--;
    } else {
      // Last section of the file: also drop the blank lines that separated it from the previous one.
      while (start > 0 && doc.lines[start - 1]!.kind === 'blank') start--;
    }
    lines.splice(start, end - start);
  }
  return parseIniLines(lines, doc.filePath, doc.bom);
}

function normalizeChanges(changes: SectionChanges): Map<string, string | null> {
  const entries = changes instanceof Map ? [...changes] : Object.entries(changes);
  const result = new Map<string, string | null>();
  for (const [rawKey, value] of entries) {
    const key = rawKey.toLowerCase();
    if (!/^[a-z0-9_.-]+$/.test(key)) {
      throw invalidArgumentError(`'${rawKey}' is not a valid setting name: use letters, digits, '_', '.' and '-'.`);
    }
    if (result.has(key)) throw invalidArgumentError(`The setting '${key}' is given more than once.`);
    // Values are trimmed on read and a line break would start a new line: either would not round-trip.
    if (value !== null && (/[\r\n]/.test(value) || value.trim() !== value)) {
      throw invalidArgumentError(
        `The value of '${key}' must not contain line breaks or leading/trailing spaces.`,
      );
    }
    result.set(key, value);
  }
  return result;
}

const KEY_LINE = /^(\s*)([^=:]*?)(\s*)([=:])(\s*)(.*)$/;

function replaceValue(lineText: string, value: string): string {
  const match = KEY_LINE.exec(lineText)!;
  const [, indent, key, before, delimiter, after] = match;
  // "key =" with an empty value: add the space that would follow the delimiter.
  const spacing = after === '' && before !== '' && match[6]!.trim() === '' ? ' ' : after;
  return `${indent}${key}${before}${delimiter}${spacing}${value}`;
}

interface KeyStyle {
  format(key: string, value: string): string;
}

/**
 * New key lines copy the delimiter spacing of the section's (else the file's) first key line; default "key=value".
 * They are never indented: an indented line could be read as the continuation of the value above it.
 */
function keyStyle(doc: IniDocument, section: IniSection | null): KeyStyle {
  const sample = section?.entries[0] ?? doc.sections.find((s) => s.entries.length > 0)?.entries[0];
  let before = '';
  let delimiter = '=';
  let after = '';
  const match = sample === undefined ? null : KEY_LINE.exec(doc.lines[sample.firstLine]!.text);
  if (match !== null) {
    before = match[3]!;
    delimiter = match[4]!;
    after = match[5]! === '' && before !== '' ? ' ' : match[5]!;
  }
  return { format: (key, value) => `${key}${before}${delimiter}${after}${value}` };
}
