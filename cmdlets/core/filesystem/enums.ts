// The .NET enums file items expose: FileAttributes (Attributes) and UnixFileMode (UnixFileMode).

import { EnumValue, registerEnumType } from '../../../src/objects/enum-value.js';

export const FileAttributesEnum = registerEnumType({
  fullName: 'System.IO.FileAttributes',
  members: [
    ['ReadOnly', 1],
    ['Hidden', 2],
    ['System', 4],
    ['Directory', 16],
    ['Archive', 32],
    ['Device', 64],
    ['Normal', 128],
    ['Temporary', 256],
    ['SparseFile', 512],
    ['ReparsePoint', 1024],
    ['Compressed', 2048],
    ['Offline', 4096],
    ['NotContentIndexed', 8192],
    ['Encrypted', 16384],
    ['IntegrityStream', 32768],
    ['NoScrubData', 131072],
  ],
  flags: true,
});

export const UnixFileModeEnum = registerEnumType({
  fullName: 'System.IO.UnixFileMode',
  members: [
    ['None', 0],
    ['OtherExecute', 1],
    ['OtherWrite', 2],
    ['OtherRead', 4],
    ['GroupExecute', 8],
    ['GroupWrite', 16],
    ['GroupRead', 32],
    ['UserExecute', 64],
    ['UserWrite', 128],
    ['UserRead', 256],
    ['StickyBit', 512],
    ['SetGroup', 1024],
    ['SetUser', 2048],
  ],
  flags: true,
});

export const FileAttribute = {
  ReadOnly: 1,
  Hidden: 2,
  System: 4,
  Directory: 16,
  Archive: 32,
  Normal: 128,
  ReparsePoint: 1024,
} as const;

export function fileAttributes(value: number): EnumValue {
  return new EnumValue(FileAttributesEnum, value);
}

export function unixFileMode(mode: number): EnumValue {
  return new EnumValue(UnixFileModeEnum, mode & 0o7777);
}
