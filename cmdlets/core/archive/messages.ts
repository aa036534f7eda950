// The texts and error records of Microsoft.PowerShell.Archive 1.2.5 (the module pwsh 7 ships): its
// LocalizedData strings, and errors shaped as its helpers make them (ThrowTerminatingErrorHelper wraps the
// message in an IOException; the id is qualified with the function's name, as for any script cmdlet).

import { makeErrorRecord, RuntimeError, type ErrorCategory, type ErrorRecord } from '../../../src/engine/errors.js';

export const ArchiveText = {
  PathNotFoundError: "The path '{0}' either does not exist or is not a valid file system path.",
  ExpandArchiveInValidDestinationPath: "The path '{0}' is not a valid file system directory path.",
  ArchiveFileIsReadOnly:
    "The attributes of the archive file {0} is set to 'ReadOnly' hence it cannot be updated. If you intend to update the existing archive file, remove the 'ReadOnly' attribute on the archive file else use -Force parameter to override and create a new archive file.",
  ZipFileExistError:
    'The archive file {0} already exists. Use the -Update parameter to update the existing archive file or use the -Force parameter to overwrite the existing archive file.',
  DuplicatePathFoundError: "The input to {0} parameter contains a duplicate path '{1}'. Provide a unique set of paths as input to {2} parameter.",
  ArchiveFileIsEmpty: 'The archive file {0} is empty.',
  CompressProgressBarText: "The archive file '{0}' creation is in progress...",
  ExpandProgressBarText: "The archive file '{0}' expansion is in progress...",
  AppendArchiveFileExtensionMessage:
    "The archive file path '{0}' supplied to the DestinationPath parameter does not include .zip extension. Hence .zip is appended to the supplied DestinationPath path and the archive file would be created at '{1}'.",
  AddItemtoArchiveFile: "Adding '{0}'.",
  BadArchiveEntry: "Can not process invalid archive entry '{0}'.",
  CreateFileAtExpandedPath: "Created '{0}'.",
  InvalidArchiveFilePathError:
    "The archive file path '{0}' specified as input to the {1} parameter is resolving to multiple file system paths. Provide a unique path to the {2} parameter where the archive file has to be created.",
  InvalidExpandedDirPathError:
    "The directory path '{0}' specified as input to the DestinationPath parameter is resolving to multiple file system paths. Provide a unique path to the Destination parameter where the archive file contents have to be expanded.",
  FileExistsError:
    "Failed to create file '{0}' while expanding the archive file '{1}' contents as the file '{2}' already exists. Use the -Force parameter if you want to overwrite the existing directory '{3}' contents when expanding the archive file.",
  DeleteArchiveFile: "The partially created archive file '{0}' is deleted as it is not usable.",
  InvalidDestinationPath: "The destination path '{0}' does not contain a valid archive file name.",
  PreparingToCompressVerboseMessage: 'Preparing to compress...',
  PreparingToExpandVerboseMessage: 'Preparing to expand...',
  ItemDoesNotAppearToBeAValidZipArchive: "File '{0}' does not appear to be a valid zip archive.",
} as const;

/** The -f operator for these templates: {0}, {1}... replaced by the arguments. */
export function format(template: string, ...args: string[]): string {
  return template.replace(/\{(\d+)\}/g, (whole, index: string) => args[Number(index)] ?? whole);
}

const EXCEPTION_BASES = ['System.SystemException', 'System.Exception'];

export interface ArchiveErrorOptions {
  /** The .NET exception type; System.IO.IOException as the module's helpers create it. */
  type?: string;
  baseTypeNames?: string[];
}

/** An error record as CreateErrorRecordHelper builds it, with the id qualified by the function name. */
export function archiveError(
  cmdlet: string,
  id: string,
  message: string,
  category: ErrorCategory,
  target: unknown,
  options: ArchiveErrorOptions = {},
): ErrorRecord {
  return makeErrorRecord(message, {
    type: options.type ?? 'System.IO.IOException',
    baseTypeNames: options.baseTypeNames ?? EXCEPTION_BASES,
    id: `${id},${cmdlet}`,
    category,
    target,
  });
}

/** ThrowTerminatingErrorHelper: an IOException with the message, ending the command. */
export function terminate(cmdlet: string, id: string, message: string, category: ErrorCategory, target: unknown): never {
  throw new RuntimeError(archiveError(cmdlet, id, message, category, target));
}

/** GetResolvedPathHelper's error for a path Resolve-Path could not resolve (an InvalidOperationException). */
export function pathNotResolved(cmdlet: string, rawPath: string): never {
  throw new RuntimeError(
    archiveError(cmdlet, 'ArchiveCmdletPathNotFound', format(ArchiveText.PathNotFoundError, rawPath), 'InvalidArgument', rawPath, {
      type: 'System.InvalidOperationException',
    }),
  );
}

/** What Write-Error with a plain message produces inside the module's functions. */
export function writeErrorRecord(cmdlet: string, message: string): ErrorRecord {
  return archiveError(cmdlet, 'Microsoft.PowerShell.Commands.WriteErrorException', message, 'NotSpecified', null, {
    type: 'Microsoft.PowerShell.Commands.WriteErrorException',
    baseTypeNames: EXCEPTION_BASES,
  });
}
