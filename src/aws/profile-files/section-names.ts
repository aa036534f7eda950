// How section headers map to profiles. In the credentials file every section is a profile named by its header.
// In the config file (botocore's build_profile_map): [default] and [profile NAME] are profiles,
// [sso-session NAME] and [services NAME] are their own kinds, anything else is left alone. NAME is the second
// word of a shell-style split of the header, so [profile "my name"] is the profile "my name".

import { invalidArgumentError } from './errors.js';

export type ProfileFileKind = 'credentials' | 'config';
export type SectionType = 'profile' | 'sso-session' | 'services';

export interface SectionRef {
  readonly type: SectionType;
  readonly name: string;
}

/** What a section header means in a file of the given kind, or null for a section that is none of ours. */
export function classifySection(header: string, fileKind: ProfileFileKind): SectionRef | null {
  if (fileKind === 'credentials') return { type: 'profile', name: header };
  if (header === 'default') return { type: 'profile', name: 'default' };
  for (const type of ['profile', 'sso-session', 'services'] as const) {
    if (!header.startsWith(type)) continue;
    const parts = shellSplit(header);
    return parts !== null && parts.length === 2 ? { type, name: parts[1]! } : null;
  }
  return null;
}

/** The header (text between the brackets) a new section for ref gets. */
export function sectionHeaderFor(ref: SectionRef, fileKind: ProfileFileKind): string {
  validateSectionName(ref.name);
  if (fileKind === 'credentials') {
    if (ref.type !== 'profile') {
      throw invalidArgumentError(`A [${ref.type} ...] section can only be written to the shared config file.`);
    }
    return ref.name;
  }
  if (ref.type === 'profile' && ref.name === 'default') return 'default';
  return `${ref.type} ${/\s/.test(ref.name) ? `"${ref.name}"` : ref.name}`;
}

/** Names must survive a write/read round trip: no brackets, quotes, backslashes, line breaks or outer spaces. */
export function validateSectionName(name: string): void {
  if (name === '' || name.trim() !== name || /[[\]"'\\\r\n]/.test(name)) {
    throw invalidArgumentError(
      `'${name}' is not a valid profile name: it must be non-empty, without leading or trailing spaces, and must not contain [ ] " ' \\ or line breaks.`,
    );
  }
}

export function sameSection(a: SectionRef, b: SectionRef): boolean {
  return a.type === b.type && a.name === b.name;
}

/** Python's shlex.split (POSIX mode, no comments); null where shlex raises (an unterminated quote or escape). */
export function shellSplit(text: string): string[] | null {
  const words: string[] = [];
  let word = '';
  let inWord = false;
  let quote: '"' | "'" | null = null;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quote === "'") {
      if (ch === "'") quote = null;
      else word += ch;
    } else if (quote === '"') {
      if (ch === '"') quote = null;
      else if (ch === '\\' && (text[i + 1] === '"' || text[i + 1] === '\\')) word += text[++i];
      else if (ch === '\\' && i + 1 >= text.length) return null;
      else word += ch;
    } else if (/\s/.test(ch)) {
      if (inWord) words.push(word);
      word = '';
      inWord = false;
    } else {
      inWord = true;
      if (ch === '"' || ch === "'") quote = ch;
      else if (ch === '\\') {
        if (i + 1 >= text.length) return null;
        word += text[++i];
      } else word += ch;
    }
  }
  if (quote !== null) return null;
  if (inWord) words.push(word);
  return words;
}
