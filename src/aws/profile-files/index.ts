// Reading and writing the AWS shared credentials (~/.aws/credentials) and config (~/.aws/config) files.

export { ProfileFileError, type ProfileFileErrorReason } from './errors.js';
export {
  CONFIG_FILE_ENV,
  CREDENTIALS_FILE_ENV,
  configFilePath,
  credentialsFilePath,
  homeDirectory,
  type ProfileFileLocationOptions,
} from './locations.js';
export {
  parseIni,
  serializeIni,
  type IniDocument,
  type IniEntry,
  type IniLine,
  type IniLineKind,
  type IniSection,
} from './ini-document.js';
export { findSections, removeSections, setSectionValues, type SectionChanges, type SetSectionOptions } from './ini-edit.js';
export {
  classifySection,
  sectionHeaderFor,
  validateSectionName,
  type ProfileFileKind,
  type SectionRef,
  type SectionType,
} from './section-names.js';
export { PROFILE_DIRECTORY_MODE, PROFILE_FILE_MODE, resolveWriteTarget, writeFileAtomic } from './atomic-write.js';
export { withFileLock, type FileLockOptions } from './file-lock.js';
export {
  readProfileDocument,
  readProfileFile,
  removeProfile,
  setProfile,
  snapshotOf,
  updateProfileFile,
  type ProfileFileSnapshot,
  type ProfileFileTarget,
  type ProfileSection,
  type SetProfileOptions,
  type WriteOptions,
} from './profile-store.js';
export { isSensitiveProfileKey, maskSecret, redactProfile } from './redact.js';
