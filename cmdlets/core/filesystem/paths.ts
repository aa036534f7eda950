// PowerShell paths as the FileSystem provider on Linux sees them: provider-qualified paths
// (Microsoft.PowerShell.Core\FileSystem::/x, what PSPath holds), drive-qualified paths (Temp:/x, Env:X),
// backslashes accepted as separators, and resolution against the session's current directory.

import * as nodePath from 'node:path';
import { tmpdir } from 'node:os';
import type { SessionStateApi } from '../../../src/pipeline/types.js';

export const FILESYSTEM_PROVIDER = 'Microsoft.PowerShell.Core\\FileSystem';
export const ENVIRONMENT_PROVIDER = 'Microsoft.PowerShell.Core\\Environment';

const FS_QUALIFIER = /^(?:Microsoft\.PowerShell\.Core\\)?FileSystem::/i;
const ENV_QUALIFIER = /^(?:Microsoft\.PowerShell\.Core\\)?Environment::/i;
const ANY_QUALIFIER = /^(?:[\w.]+\\)?([\w]+)::/;
/** A drive name is everything before the first ':' as long as it holds none of ; ~ / \ . : (PowerShell's rule). */
const DRIVE_QUALIFIER = /^([^;~/\\.:]+):(.*)$/s;

/** Where a user-supplied path points. File-system paths are absolute and may still hold wildcards. */
export type ProviderPath = { provider: 'FileSystem'; path: string } | { provider: 'Environment'; name: string };

/** Raised while parsing a path whose drive (the part before ':') does not exist. */
export class DriveNotFound {
  constructor(readonly driveName: string) {}
}

/** Raised for a provider-qualified path (X::...) naming a provider this shell does not have. */
export class ProviderNotFound {
  constructor(readonly providerName: string) {}
}

export function toPSPath(fullPath: string): string {
  return `${FILESYSTEM_PROVIDER}::${fullPath}`;
}

/** Parent of an absolute path: '/a/b' → '/a', '/a' → '/', '/' → ''. */
export function parentOf(fullPath: string): string {
  if (fullPath === '/') return '';
  return nodePath.posix.dirname(fullPath);
}

/** Last segment of an absolute path ('/' for the root). */
export function leafOf(fullPath: string): string {
  if (fullPath === '/') return '/';
  return nodePath.posix.basename(fullPath);
}

export function joinPath(dir: string, name: string): string {
  return dir === '/' ? `/${name}` : `${dir}/${name}`;
}

/** True when `path` is `base` or inside it. */
export function isSameOrInside(path: string, base: string): boolean {
  if (path === base) return true;
  return path.startsWith(base === '/' ? '/' : `${base}/`);
}

/**
 * Splits a user path into provider and provider path. File-system paths come back absolute and normalized
 * (backslashes become '/', '~' expands), with wildcards and backtick escapes left in place for the globber.
 */
export function parseUserPath(session: SessionStateApi, raw: string): ProviderPath {
  let path = raw;
  const fsQualified = FS_QUALIFIER.exec(path);
  if (fsQualified) {
    path = path.slice(fsQualified[0].length);
  } else {
    const envQualified = ENV_QUALIFIER.exec(path);
    if (envQualified) return { provider: 'Environment', name: trimSeparators(path.slice(envQualified[0].length)) };
    const other = ANY_QUALIFIER.exec(path);
    if (other) throw new ProviderNotFound(other[1]);
    const drive = DRIVE_QUALIFIER.exec(path);
    if (drive) {
      const name = drive[1].toLowerCase();
      if (name === 'env') return { provider: 'Environment', name: trimSeparators(drive[2]) };
      if (name !== 'temp') throw new DriveNotFound(drive[1]);
      path = `${tmpdir()}/${drive[2]}`;
    }
  }
  path = path.replace(/\\/g, '/');
  return { provider: 'FileSystem', path: normalizeAbsolute(session.resolvePath(path === '' ? '.' : path)) };
}

function trimSeparators(s: string): string {
  return s.replace(/^[/\\]+|[/\\]+$/g, '');
}

function normalizeAbsolute(p: string): string {
  return nodePath.posix.resolve('/', p);
}

/** The drive a path starts with ('Temp' in 'Temp:/x'), or undefined; used by Split-Path and Test-Path -IsValid. */
export function driveQualifier(path: string): string | undefined {
  if (FS_QUALIFIER.test(path) || ANY_QUALIFIER.test(path)) return undefined;
  return DRIVE_QUALIFIER.exec(path)?.[1];
}

export function isProviderQualified(path: string): boolean {
  return ANY_QUALIFIER.test(path);
}
