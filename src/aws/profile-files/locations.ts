// Where the shared credentials and config files live: an explicit -ProfileLocation wins for the credentials
// file, then AWS_SHARED_CREDENTIALS_FILE / AWS_CONFIG_FILE, then ~/.aws/credentials and ~/.aws/config.

import * as os from 'node:os';
import * as path from 'node:path';

export interface ProfileFileLocationOptions {
  /** Environment to read the override variables from (defaults to process.env). */
  env?: Readonly<Record<string, string | undefined>>;
  /** Home directory (defaults to $HOME, then $USERPROFILE, then os.homedir()). */
  homeDir?: string;
  /** -ProfileLocation: an explicit credentials file path; empty/null means "not given". */
  profileLocation?: string | null;
  /** Directory relative paths are resolved against (the shell's current location; defaults to process.cwd()). */
  cwd?: string;
}

export const CREDENTIALS_FILE_ENV = 'AWS_SHARED_CREDENTIALS_FILE';
export const CONFIG_FILE_ENV = 'AWS_CONFIG_FILE';

export function homeDirectory(options: ProfileFileLocationOptions = {}): string {
  const env = options.env ?? process.env;
  return nonEmpty(options.homeDir) ?? nonEmpty(env.HOME) ?? nonEmpty(env.USERPROFILE) ?? os.homedir();
}

/** The absolute path of the shared credentials file to read and write. */
export function credentialsFilePath(options: ProfileFileLocationOptions = {}): string {
  const env = options.env ?? process.env;
  const chosen = nonEmpty(options.profileLocation) ?? nonEmpty(env[CREDENTIALS_FILE_ENV]) ?? '~/.aws/credentials';
  return absolutePath(chosen, options);
}

/** The absolute path of the shared config file to read and write. */
export function configFilePath(options: ProfileFileLocationOptions = {}): string {
  const env = options.env ?? process.env;
  const chosen = nonEmpty(env[CONFIG_FILE_ENV]) ?? '~/.aws/config';
  return absolutePath(chosen, options);
}

function absolutePath(p: string, options: ProfileFileLocationOptions): string {
  // Like botocore's os.path.expanduser: only a leading "~" followed by a separator (or nothing).
  let expanded = p;
  if (p === '~' || p.startsWith('~/') || p.startsWith('~\\')) expanded = path.join(homeDirectory(options), p.slice(1));
  return path.resolve(options.cwd ?? process.cwd(), expanded);
}

function nonEmpty(value: string | null | undefined): string | null {
  return value === undefined || value === null || value === '' ? null : value;
}
