// The login token cache the AWS CLI v2 and the SDKs share: $AWS_LOGIN_CACHE_DIRECTORY, else
// ~/.aws/login/cache, one file per login session named by the SHA-256 hex of the login_session value. The
// file's shape is what `aws login` writes and what @aws-sdk/credential-provider-login reads (and rewrites on
// refresh): accessToken {accessKeyId, secretAccessKey, sessionToken, accountId, expiresAt}, tokenType,
// clientId, refreshToken, idToken, dpopKey, plus the provider's optional signInRegion. Written atomically, mode 0600, in a 0700 directory.

import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { homeDirectory } from '../profile-files/index.js';
import { ensureDirectory, writeFileAtomic } from '../profile-files/atomic-write.js';
import { rememberSecret } from '../clients/secret-redaction.js';

export interface LoginToken {
  accessToken: {
    accessKeyId: string;
    secretAccessKey: string;
    sessionToken: string;
    accountId: string;
    /** RFC 3339, whole seconds, "Z" (as the CLI writes it). */
    expiresAt: string;
  };
  tokenType: string;
  clientId: string;
  refreshToken: string;
  idToken: string;
  dpopKey: string;
  /** The region the login used; the SDK provider refreshes there (its LoginToken type documents the field). */
  signInRegion: string;
}

export function loginCacheDirectory(env: Readonly<Record<string, string | undefined>> = process.env): string {
  const configured = env.AWS_LOGIN_CACHE_DIRECTORY;
  return configured !== undefined && configured !== '' ? configured : path.join(homeDirectory(), '.aws', 'login', 'cache');
}

export function loginTokenPath(loginSession: string): string {
  return path.join(loginCacheDirectory(), `${createHash('sha256').update(loginSession, 'utf8').digest('hex')}.json`);
}

/** The CLI's cache time format: whole seconds, UTC, "Z". */
export function cacheTime(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

export function writeLoginToken(loginSession: string, token: LoginToken): string {
  for (const secret of [token.accessToken.secretAccessKey, token.accessToken.sessionToken, token.refreshToken, token.idToken, token.dpopKey]) {
    rememberSecret(secret);
  }
  const file = loginTokenPath(loginSession);
  ensureDirectory(path.dirname(file));
  writeFileAtomic(file, Buffer.from(JSON.stringify(token, null, 2), 'utf8'));
  return file;
}

/** Whether a token for the session is cached (its validity is the SDK provider's business). */
export function hasLoginToken(loginSession: string): boolean {
  return fs.existsSync(loginTokenPath(loginSession));
}
