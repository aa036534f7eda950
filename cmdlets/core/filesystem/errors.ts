// Error records the file-system cmdlets write, worded and identified as pwsh 7 does on Linux: provider
// errors (PathNotFound, DriveNotFound) and the .NET I/O exceptions behind failed file operations.

import { makeErrorRecord, type ErrorCategory, type ErrorRecord } from '../../../src/engine/errors.js';

const SESSION_STATE_BASES = [
  'System.Management.Automation.SessionStateException',
  'System.Management.Automation.RuntimeException',
  'System.SystemException',
  'System.Exception',
];
const IO_BASES = ['System.SystemException', 'System.Exception'];

/** 'Get-Content' → 'Microsoft.PowerShell.Commands.GetContentCommand' (the suffix of FullyQualifiedErrorId). */
export function commandTypeName(cmdlet: string): string {
  return `Microsoft.PowerShell.Commands.${cmdlet.replace('-', '')}Command`;
}

export function qualifiedId(id: string, cmdlet: string): string {
  return `${id},${commandTypeName(cmdlet)}`;
}

export function pathNotFound(path: string, cmdlet: string): ErrorRecord {
  return makeErrorRecord(`Cannot find path '${path}' because it does not exist.`, {
    type: 'System.Management.Automation.ItemNotFoundException',
    baseTypeNames: SESSION_STATE_BASES,
    id: qualifiedId('PathNotFound', cmdlet),
    category: 'ObjectNotFound',
    target: path,
  });
}

export function driveNotFound(driveName: string, cmdlet: string): ErrorRecord {
  return makeErrorRecord(`Cannot find drive. A drive with the name '${driveName}' does not exist.`, {
    type: 'System.Management.Automation.DriveNotFoundException',
    baseTypeNames: SESSION_STATE_BASES,
    id: qualifiedId('DriveNotFound', cmdlet),
    category: 'ObjectNotFound',
    target: driveName,
  });
}

export function providerNotFound(providerName: string, cmdlet: string): ErrorRecord {
  return makeErrorRecord(`Cannot find a provider with the name '${providerName}'.`, {
    type: 'System.Management.Automation.ProviderNotFoundException',
    baseTypeNames: SESSION_STATE_BASES,
    id: qualifiedId('ProviderNotFound', cmdlet),
    category: 'ObjectNotFound',
    target: providerName,
  });
}

/** A provider that exists in pwsh but cannot do this operation here (e.g. copying Env: items). */
export function providerOperationNotSupported(target: string, cmdlet: string): ErrorRecord {
  return makeErrorRecord('Provider operation stopped because the provider does not support this operation.', {
    type: 'System.Management.Automation.PSNotSupportedException',
    baseTypeNames: ['System.NotSupportedException', 'System.SystemException', 'System.Exception'],
    id: qualifiedId('NotSupported', cmdlet),
    category: 'NotImplemented',
    target,
  });
}

/** A provider error such as "Could not find item /x." (FileSystemProvider's IOException-based errors). */
export function providerIoError(message: string, id: string, category: ErrorCategory, target: unknown, cmdlet: string): ErrorRecord {
  return makeErrorRecord(message, {
    type: 'System.IO.IOException',
    baseTypeNames: IO_BASES,
    id: qualifiedId(id, cmdlet),
    category,
    target,
  });
}

export function invalidOperation(message: string, id: string, target: unknown, cmdlet: string): ErrorRecord {
  return makeErrorRecord(message, {
    type: 'System.Management.Automation.PSInvalidOperationException',
    baseTypeNames: ['System.InvalidOperationException', 'System.SystemException', 'System.Exception'],
    id: qualifiedId(id, cmdlet),
    category: 'InvalidOperation',
    target,
  });
}

export function invalidArgument(message: string, id: string, target: unknown, cmdlet: string): ErrorRecord {
  return makeErrorRecord(message, {
    type: 'System.Management.Automation.PSArgumentException',
    baseTypeNames: ['System.ArgumentException', 'System.SystemException', 'System.Exception'],
    id: qualifiedId(id, cmdlet),
    category: 'InvalidArgument',
    target,
  });
}

/** The .NET exception a failed POSIX call turns into, with .NET's message for it. */
export interface DotNetIoException {
  type: string;
  message: string;
  unauthorized: boolean;
  /** The id pwsh's content reader/writer uses for this exception (FileNotFoundError, IOError, ...). */
  contentIdSuffix: string;
  contentCategory: ErrorCategory;
}

// strerror texts .NET shows (as "<text> : '<path>'") for errno values it has no dedicated exception for.
const STRERROR: Record<string, string> = {
  ENOTEMPTY: 'Directory not empty',
  EISDIR: 'Is a directory',
  ENOTDIR: 'Not a directory',
  EROFS: 'Read-only file system',
  ENOSPC: 'No space left on device',
  EXDEV: 'Invalid cross-device link',
  EBUSY: 'Device or resource busy',
  ELOOP: 'Too many levels of symbolic links',
  EINVAL: 'Invalid argument',
  EMFILE: 'Too many open files',
  EIO: 'Input/output error',
  ETXTBSY: 'Text file busy',
};

export function errnoCode(err: unknown): string | undefined {
  if (typeof err === 'object' && err !== null && 'code' in err) {
    const code = (err as { code: unknown }).code;
    return typeof code === 'string' ? code : undefined;
  }
  return undefined;
}

/**
 * Maps a Node.js fs error to the .NET exception System.IO raises on Linux for the same errno.
 * `parentMissing` tells ENOENT apart: .NET reports a missing directory on the way as DirectoryNotFound.
 */
export function dotNetIoException(err: unknown, path: string, parentMissing = false): DotNetIoException {
  const code = errnoCode(err);
  switch (code) {
    case 'ENOENT':
      return parentMissing
        ? {
            type: 'System.IO.DirectoryNotFoundException',
            message: `Could not find a part of the path '${path}'.`,
            unauthorized: false,
            contentIdSuffix: 'DirectoryNotFoundError',
            contentCategory: 'ObjectNotFound',
          }
        : {
            type: 'System.IO.FileNotFoundException',
            message: `Could not find file '${path}'.`,
            unauthorized: false,
            contentIdSuffix: 'FileNotFoundError',
            contentCategory: 'ObjectNotFound',
          };
    case 'EACCES':
    case 'EPERM':
    case 'EBADF':
    case 'EISDIR':
      return {
        type: 'System.UnauthorizedAccessException',
        message: `Access to the path '${path}' is denied.`,
        unauthorized: true,
        contentIdSuffix: 'UnauthorizedAccessError',
        contentCategory: 'PermissionDenied',
      };
    case 'ENAMETOOLONG':
      return {
        type: 'System.IO.PathTooLongException',
        message: `The path '${path}' is too long, or a component of the specified path is too long.`,
        unauthorized: false,
        contentIdSuffix: 'PathTooLongError',
        contentCategory: 'InvalidArgument',
      };
    case 'EEXIST':
      return { type: 'System.IO.IOException', message: `The file '${path}' already exists.`, unauthorized: false, contentIdSuffix: 'IOError', contentCategory: 'WriteError' };
    default: {
      const text = (code && STRERROR[code]) ?? (err instanceof Error ? err.message : String(err));
      return { type: 'System.IO.IOException', message: `${text} : '${path}'`, unauthorized: false, contentIdSuffix: 'IOError', contentCategory: 'WriteError' };
    }
  }
}

/**
 * An ErrorRecord for a failed file operation, as pwsh's provider writes it: `operation` is its id prefix
 * (NewItem, GetContentReader, ...) followed by UnauthorizedAccessError or IOError.
 */
export function ioErrorRecord(
  err: unknown,
  path: string,
  operation: string,
  cmdlet: string,
  options: { parentMissing?: boolean; category?: ErrorCategory } = {},
): ErrorRecord {
  const ex = dotNetIoException(err, path, options.parentMissing);
  const ioBases = ex.type === 'System.IO.IOException' ? IO_BASES : ['System.IO.IOException', ...IO_BASES];
  return makeErrorRecord(ex.message, {
    type: ex.type,
    baseTypeNames: ex.unauthorized ? IO_BASES : ioBases,
    id: qualifiedId(operation + (ex.unauthorized ? 'UnauthorizedAccessError' : 'IOError'), cmdlet),
    category: ex.unauthorized ? 'PermissionDenied' : (options.category ?? 'WriteError'),
    target: path,
  });
}

/** An ErrorRecord as pwsh's content reader/writer (GetContentReader*, GetContentWriter*) writes it. */
export function contentIoErrorRecord(err: unknown, path: string, operation: 'GetContentReader' | 'GetContentWriter', cmdlet: string, parentMissing = false): ErrorRecord {
  const ex = dotNetIoException(err, path, parentMissing);
  const ioCategory: ErrorCategory = operation === 'GetContentReader' ? 'ReadError' : 'WriteError';
  return makeErrorRecord(ex.message, {
    type: ex.type,
    baseTypeNames: ex.type === 'System.IO.IOException' || ex.unauthorized ? IO_BASES : ['System.IO.IOException', ...IO_BASES],
    id: qualifiedId(operation + ex.contentIdSuffix, cmdlet),
    category: ex.contentIdSuffix === 'IOError' ? ioCategory : ex.contentCategory,
    target: path,
  });
}
