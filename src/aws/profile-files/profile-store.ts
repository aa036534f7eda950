// Reading and editing the profiles of one shared credentials or config file. Every edit is a locked
// read-modify-write that rewrites only the section it touches and replaces the file atomically.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { ProfileFileError, errorMessage, systemErrorCode } from './errors.js';
import { parseIni, serializeIni, type IniDocument } from './ini-document.js';
import { removeSections, setSectionValues, type SectionChanges, type SetSectionOptions } from './ini-edit.js';
import { classifySection, type ProfileFileKind, type SectionRef, type SectionType } from './section-names.js';
import { ensureDirectory, resolveWriteTarget, writeFileAtomic } from './atomic-write.js';
import { withFileLock, type FileLockOptions } from './file-lock.js';

export interface ProfileFileTarget {
  /** Absolute path of the file (see locations.ts). */
  readonly path: string;
  readonly kind: ProfileFileKind;
}

export interface ProfileSection {
  readonly type: SectionType;
  readonly name: string;
  /** Settings with lower-case keys, in file order. */
  readonly values: ReadonlyMap<string, string>;
  /** 1-based line of the section header. */
  readonly line: number;
}

export interface ProfileFileSnapshot {
  readonly path: string;
  readonly kind: ProfileFileKind;
  readonly exists: boolean;
  /** Profiles by name; where a name has several sections (config [default] + [profile default]) the last wins, like botocore. */
  readonly profiles: ReadonlyMap<string, ProfileSection>;
  readonly ssoSessions: ReadonlyMap<string, ProfileSection>;
  readonly services: ReadonlyMap<string, ProfileSection>;
}

export interface WriteOptions {
  lock?: FileLockOptions;
}

export interface SetProfileOptions extends SetSectionOptions, WriteOptions {
  /** Which kind of section to write (default 'profile'; 'sso-session' only in the config file). */
  sectionType?: SectionType;
}

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Parses the file; a missing file is an empty document. Throws ProfileFileError for unreadable/malformed files. */
export function readProfileDocument(filePath: string): { doc: IniDocument; exists: boolean } {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(filePath);
  } catch (err) {
    if (systemErrorCode(err) === 'ENOENT') return { doc: parseIni('', filePath), exists: false };
    throw new ProfileFileError(`Could not read '${filePath}': ${errorMessage(err)}`, 'io', filePath, null, { cause: err });
  }
  let text: string;
  try {
    text = UTF8.decode(bytes);
  } catch (err) {
    throw new ProfileFileError(`The AWS profile file '${filePath}' is not valid UTF-8 text.`, 'malformed', filePath, null, {
      cause: err,
    });
  }
  return { doc: parseIni(text, filePath), exists: true };
}

export function readProfileFile(target: ProfileFileTarget): ProfileFileSnapshot {
  const { doc, exists } = readProfileDocument(target.path);
  return snapshotOf(doc, target.kind, exists);
}

export function snapshotOf(doc: IniDocument, kind: ProfileFileKind, exists: boolean): ProfileFileSnapshot {
  const byType: Record<SectionType, Map<string, ProfileSection>> = {
    profile: new Map(),
    'sso-session': new Map(),
    services: new Map(),
  };
  for (const section of doc.sections) {
    const ref = classifySection(section.header, kind);
    if (ref === null) continue;
    const values = new Map<string, string>();
    for (const entry of section.entries) values.set(entry.key, entry.value);
    byType[ref.type].set(ref.name, { type: ref.type, name: ref.name, values, line: section.headerLine + 1 });
  }
  return {
    path: doc.filePath,
    kind,
    exists,
    profiles: byType.profile,
    ssoSessions: byType['sso-session'],
    services: byType.services,
  };
}

/**
 * Locked read-modify-write: edit gets the current document and returns the new one (the same object for
 * "no change", in which case nothing is written). Returns whether the file was written.
 */
export function updateProfileFile(
  target: ProfileFileTarget,
  edit: (doc: IniDocument) => IniDocument,
  options: WriteOptions = {},
): boolean {
  const realPath = resolveWriteTarget(target.path);
  const dir = path.dirname(realPath);
  // Removing from a file whose directory does not even exist must not create ~/.aws.
  if (!fs.existsSync(dir) && edit(parseIni('', realPath)).lines.length === 0) return false;
  ensureDirectory(dir);
  return withFileLock(
    realPath,
    () => {
      const { doc } = readProfileDocument(realPath);
      const updated = edit(doc);
      if (updated === doc) return false;
      writeFileAtomic(realPath, Buffer.from(serializeIni(updated), 'utf8'));
      return true;
    },
    options.lock,
  );
}

/** Sets (string) or removes (null) keys of a profile, creating it at the end of the file when missing. */
export function setProfile(
  target: ProfileFileTarget,
  name: string,
  changes: SectionChanges,
  options: SetProfileOptions = {},
): void {
  const ref: SectionRef = { type: options.sectionType ?? 'profile', name };
  updateProfileFile(target, (doc) => setSectionValues(doc, target.kind, ref, changes, options), options);
}

/** Removes a profile (every section that resolves to it); false when there was none. */
export function removeProfile(
  target: ProfileFileTarget,
  name: string,
  options: WriteOptions & { sectionType?: SectionType } = {},
): boolean {
  const ref: SectionRef = { type: options.sectionType ?? 'profile', name };
  let removed = false;
  updateProfileFile(
    target,
    (doc) => {
      const updated = removeSections(doc, target.kind, ref);
      removed = updated !== doc;
      return updated;
    },
    options,
  );
  return removed;
}
