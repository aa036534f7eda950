// File items as pwsh emits them: a System.IO.FileInfo / System.IO.DirectoryInfo with the provider's note
// properties (PSPath, PSParentPath, PSChildName, PSDrive, PSProvider, PSIsContainer), the Unix extras
// (UnixMode, User, Group, Size, UnixStat) and the .NET properties, in the order Format-List * shows them.

import type { Stats } from 'node:fs';
import * as nodePath from 'node:path';
import { PSObject, type PSProperty } from '../../../src/objects/psobject.js';
import { withKind } from '../../../src/objects/datetime.js';
import { FileAttribute, fileAttributes, unixFileMode } from './enums.js';
import { getEntrySync, isContainer, isHidden, type FsEntry } from './fs-entry.js';
import { parentOf, toPSPath } from './paths.js';
import { fileSystemDrive, fileSystemProvider } from './provider-info.js';
import { groupName, userName } from './unix-ids.js';

const FILE_TYPE_NAMES = ['System.IO.FileInfo', 'System.IO.FileSystemInfo', 'System.MarshalByRefObject', 'System.Object'];
const DIRECTORY_TYPE_NAMES = ['System.IO.DirectoryInfo', 'System.IO.FileSystemInfo', 'System.MarshalByRefObject', 'System.Object'];

/** Adds a property computed on first read (and cached), keeping the kind Get-Member reports. */
function addLazy(obj: PSObject, name: string, kind: PSProperty['kind'], typeName: string, compute: () => unknown): void {
  obj.addNote(name, null, kind, typeName);
  const prop = obj.getProperty(name);
  if (!prop) return;
  let computed = false;
  let value: unknown = null;
  prop.getter = () => {
    if (!computed) {
      value = compute();
      computed = true;
    }
    return value;
  };
}

/** .NET's Path.GetExtension: from the last dot, '' when there is none or the name ends with it. */
export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 || dot === name.length - 1 ? '' : name.slice(dot);
}

// The process's identity, read once: .NET decides ReadOnly from the write bit that applies to it.
const processUid = process.getuid?.();
const processGroups = new Set([process.getgid?.(), ...(process.getgroups?.() ?? [])]);

function isReadOnly(st: Stats): boolean {
  if (processUid === undefined || st.uid === processUid) return (st.mode & 0o200) === 0;
  if (processGroups.has(st.gid)) return (st.mode & 0o020) === 0;
  return (st.mode & 0o002) === 0;
}

/** The FileAttributes .NET reports on Unix: ReadOnly from the write bits, Hidden for dot names, Normal if nothing else. */
export function attributeBits(entry: FsEntry): number {
  let bits = 0;
  if (isReadOnly(entry.lstat)) bits |= FileAttribute.ReadOnly;
  if (isHidden(entry)) bits |= FileAttribute.Hidden;
  if (isContainer(entry)) bits |= FileAttribute.Directory;
  if (entry.lstat.isSymbolicLink()) bits |= FileAttribute.ReparsePoint;
  return bits === 0 ? FileAttribute.Normal : bits;
}

function isHardLink(entry: FsEntry): boolean {
  return !isContainer(entry) && !entry.lstat.isSymbolicLink() && entry.lstat.nlink > 1;
}

/** FileSystemProvider.Mode: d/l, a, r, h, s. */
export function modeString(entry: FsEntry, excludeHardLink: boolean): string {
  const bits = attributeBits(entry);
  const isLink = entry.lstat.isSymbolicLink() || (!excludeHardLink && isHardLink(entry));
  const first = isLink ? 'l' : bits & FileAttribute.Directory ? 'd' : '-';
  return (
    first +
    (bits & FileAttribute.Archive ? 'a' : '-') +
    (bits & FileAttribute.ReadOnly ? 'r' : '-') +
    (bits & FileAttribute.Hidden ? 'h' : '-') +
    (bits & FileAttribute.System ? 's' : '-')
  );
}

function fileTypeChar(mode: number): string {
  switch (mode & 0o170000) {
    case 0o040000:
      return 'd';
    case 0o120000:
      return 'l';
    case 0o020000:
      return 'c';
    case 0o060000:
      return 'b';
    case 0o010000:
      return 'p';
    case 0o140000:
      return 's';
    default:
      return '-';
  }
}

/** `ls -l` style permissions, e.g. -rw-r--r--, drwxrwxrwt, -rwsr-xr-x. */
export function unixModeString(mode: number): string {
  const bit = (mask: number, c: string): string => (mode & mask ? c : '-');
  const exec = (xMask: number, specialMask: number, set: string, unset: string): string => {
    if (mode & specialMask) return mode & xMask ? set : unset;
    return mode & xMask ? 'x' : '-';
  };
  return (
    fileTypeChar(mode) +
    bit(0o400, 'r') +
    bit(0o200, 'w') +
    exec(0o100, 0o4000, 's', 'S') +
    bit(0o040, 'r') +
    bit(0o020, 'w') +
    exec(0o010, 0o2000, 's', 'S') +
    bit(0o004, 'r') +
    bit(0o002, 'w') +
    exec(0o001, 0o1000, 't', 'T')
  );
}

/** .NET's CreationTime on Linux: the birth time when the file system records one, else the earlier of ctime and mtime. */
function creationMs(st: Stats): number {
  return st.birthtimeMs > 0 ? st.birthtimeMs : Math.min(st.ctimeMs, st.mtimeMs);
}

const localDate = (ms: number): Date => withKind(new Date(Math.floor(ms)), 'Local');
const utcDate = (ms: number): Date => withKind(new Date(Math.floor(ms)), 'Utc');

function makeUnixStat(st: Stats): PSObject {
  const o = new PSObject(['System.Management.Automation.Platform+Unix+CommonStat', 'System.Object']);
  const type = st.mode & 0o170000;
  o.addNote('Inode', st.ino, 'Property', 'System.Int64')
    .addNote('Mode', st.mode, 'Property', 'System.Int32')
    .addNote('UserId', st.uid, 'Property', 'System.Int32')
    .addNote('GroupId', st.gid, 'Property', 'System.Int32')
    .addNote('HardlinkCount', st.nlink, 'Property', 'System.Int32')
    .addNote('Size', st.size, 'Property', 'System.Int64')
    .addNote('AccessTime', localDate(st.atimeMs), 'Property', 'System.DateTime')
    .addNote('ModifiedTime', localDate(st.mtimeMs), 'Property', 'System.DateTime')
    .addNote('StatusChangeTime', localDate(st.ctimeMs), 'Property', 'System.DateTime')
    .addNote('BlockSize', st.blksize, 'Property', 'System.Int64')
    .addNote('DeviceId', st.dev, 'Property', 'System.Int64')
    .addNote('NumberOfBlocks', st.blocks, 'Property', 'System.Int32')
    .addNote('IsDirectory', type === 0o040000, 'Property', 'System.Boolean')
    .addNote('IsFile', type === 0o100000, 'Property', 'System.Boolean')
    .addNote('IsSymbolicLink', type === 0o120000, 'Property', 'System.Boolean')
    .addNote('IsReadOnly', isReadOnly(st), 'Property', 'System.Boolean')
    .addNote('IsSetUid', (st.mode & 0o4000) !== 0, 'Property', 'System.Boolean')
    .addNote('IsSetGid', (st.mode & 0o2000) !== 0, 'Property', 'System.Boolean')
    .addNote('IsSticky', (st.mode & 0o1000) !== 0, 'Property', 'System.Boolean');
  o.toStringOverride = () => 'System.Management.Automation.Platform+Unix+CommonStat';
  return o;
}

function directoryItemAt(path: string): PSObject | null {
  if (path === '') return null;
  const entry = getEntrySync(path);
  return entry ? makeFileSystemItem(entry) : null;
}

/** The FileInfo or DirectoryInfo PSObject for an entry. Its ToString() is the full path. */
export function makeFileSystemItem(entry: FsEntry): PSObject {
  const container = isContainer(entry);
  const st = entry.lstat;
  const fullPath = entry.path;
  const name = entry.name;
  const parent = parentOf(fullPath);
  const extension = extensionOf(name);
  const isLink = st.isSymbolicLink();
  const hardLink = isHardLink(entry);

  const o = new PSObject([...(container ? DIRECTORY_TYPE_NAMES : FILE_TYPE_NAMES)]);
  o.addNote('PSPath', toPSPath(fullPath), 'NoteProperty', 'System.String')
    .addNote('PSParentPath', parent === '' ? '' : toPSPath(parent), 'NoteProperty', 'System.String')
    .addNote('PSChildName', name, 'NoteProperty', 'System.String')
    .addNote('PSDrive', fileSystemDrive(), 'NoteProperty', 'System.Management.Automation.PSDriveInfo')
    .addNote('PSProvider', fileSystemProvider(), 'NoteProperty', 'System.Management.Automation.ProviderInfo')
    .addNote('PSIsContainer', container, 'NoteProperty', 'System.Boolean');
  addLazy(o, 'UnixStat', 'NoteProperty', 'System.Management.Automation.Platform+Unix+CommonStat', () => makeUnixStat(st));
  addLazy(o, 'Mode', 'ScriptProperty', 'System.String', () => modeString(entry, false));
  addLazy(o, 'ModeWithoutHardLink', 'ScriptProperty', 'System.String', () => modeString(entry, true));
  o.addNote('BaseName', container || extension === '' ? name : name.slice(0, name.length - extension.length), 'ScriptProperty', 'System.String');
  addLazy(o, 'UnixMode', 'ScriptProperty', 'System.String', () => unixModeString(st.mode));
  addLazy(o, 'User', 'ScriptProperty', 'System.String', () => userName(st.uid));
  addLazy(o, 'Group', 'ScriptProperty', 'System.String', () => groupName(st.gid));
  o.addNote('Size', st.size, 'ScriptProperty', 'System.Int64');
  o.addNote('ResolvedTarget', isLink ? resolvedTarget(entry) : fullPath, 'ScriptProperty', 'System.String');
  o.addNote('Target', entry.linkTarget, 'ScriptProperty', 'System.String');
  o.addNote('LinkType', isLink ? 'SymbolicLink' : hardLink ? 'HardLink' : null, 'ScriptProperty', 'System.String');

  if (container) {
    addLazy(o, 'Parent', 'Property', 'System.IO.DirectoryInfo', () => directoryItemAt(parent));
    addLazy(o, 'Root', 'Property', 'System.IO.DirectoryInfo', () => directoryItemAt('/'));
  } else {
    o.addNote('Length', st.size, 'Property', 'System.Int64');
    o.addNote('DirectoryName', parent, 'Property', 'System.String');
    addLazy(o, 'Directory', 'Property', 'System.IO.DirectoryInfo', () => directoryItemAt(parent));
    o.addNote('IsReadOnly', isReadOnly(st), 'Property', 'System.Boolean');
  }
  o.addNote('FullName', fullPath, 'Property', 'System.String')
    .addNote('Extension', extension, 'Property', 'System.String')
    .addNote('Name', name, 'Property', 'System.String')
    .addNote('Exists', true, 'Property', 'System.Boolean')
    .addNote('CreationTime', localDate(creationMs(st)), 'Property', 'System.DateTime')
    .addNote('CreationTimeUtc', utcDate(creationMs(st)), 'Property', 'System.DateTime')
    .addNote('LastAccessTime', localDate(st.atimeMs), 'Property', 'System.DateTime')
    .addNote('LastAccessTimeUtc', utcDate(st.atimeMs), 'Property', 'System.DateTime')
    .addNote('LastWriteTime', localDate(st.mtimeMs), 'Property', 'System.DateTime')
    .addNote('LastWriteTimeUtc', utcDate(st.mtimeMs), 'Property', 'System.DateTime')
    .addNote('LinkTarget', entry.linkTarget, 'Property', 'System.String')
    .addNote('UnixFileMode', unixFileMode(st.mode), 'Property', 'System.IO.UnixFileMode')
    .addNote('Attributes', fileAttributes(attributeBits(entry)), 'Property', 'System.IO.FileAttributes');
  // A .NET object: assigning a property it does not have is an error, as in pwsh.
  o.sealed = true;
  o.toStringOverride = () => fullPath;
  return o;
}

function resolvedTarget(entry: FsEntry): string | null {
  if (!entry.linkTarget) return null;
  return nodePath.posix.resolve(parentOf(entry.path), entry.linkTarget);
}
