// The SSO token cache shared with the AWS CLI and the SDKs: ~/.aws/sso/cache/<sha1>.json, where the hash is of
// the sso-session name (new style) or of the start URL (legacy profiles), holding botocore's JSON fields
// (startUrl, region, accessToken, expiresAt, and for sso-session tokens clientId, clientSecret,
// registrationExpiresAt, refreshToken). Times are written as botocore writes them ("2024-01-02T03:04:05Z").
// The client registration of the device flow is cached beside it under a key of its own.
// Files are written atomically with mode 0600; their contents never reach output or error text.

import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { homeDirectory } from '../profile-files/locations.js';
import { ensureDirectory, writeFileAtomic } from '../profile-files/atomic-write.js';
import { rememberSecret } from '../clients/secret-redaction.js';

export interface SsoToken {
  startUrl: string;
  region: string;
  accessToken: string;
  /** Epoch ms. */
  expiresAt: number;
  clientId?: string;
  clientSecret?: string;
  /** Epoch ms. */
  registrationExpiresAt?: number;
  refreshToken?: string;
}

export interface ClientRegistration {
  clientId: string;
  clientSecret: string;
  /** Epoch ms. */
  expiresAt: number;
  scopes: string[];
}

export function ssoCacheDirectory(): string {
  return path.join(homeDirectory(), '.aws', 'sso', 'cache');
}

/** botocore's SSOTokenLoader key: sha1 of the session name, else of the start URL. */
export function tokenCacheKey(startUrl: string, sessionName: string | null): string {
  return createHash('sha1').update(sessionName ?? startUrl, 'utf8').digest('hex');
}

export function tokenCachePath(startUrl: string, sessionName: string | null): string {
  return path.join(ssoCacheDirectory(), `${tokenCacheKey(startUrl, sessionName)}.json`);
}

/** botocore's JSON time format: whole seconds, UTC, "Z". */
export function formatCacheTime(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

function parseTime(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  // botocore may also have written "+00:00" or "UTC" forms; Date parses the ISO ones.
  const t = Date.parse(value.replace(/UTC$/, 'Z'));
  return Number.isNaN(t) ? undefined : t;
}

function readJson(file: string): Record<string, unknown> | undefined {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

function str(o: Record<string, unknown>, key: string): string | undefined {
  const v = o[key];
  return typeof v === 'string' && v !== '' ? v : undefined;
}

/** The cached token, or undefined when there is none (or it is not a token botocore would accept). */
export function readToken(startUrl: string, sessionName: string | null): SsoToken | undefined {
  const o = readJson(tokenCachePath(startUrl, sessionName));
  if (o === undefined) return undefined;
  const accessToken = str(o, 'accessToken');
  const expiresAt = parseTime(o.expiresAt);
  if (accessToken === undefined || expiresAt === undefined) return undefined;
  const token: SsoToken = { startUrl: str(o, 'startUrl') ?? startUrl, region: str(o, 'region') ?? '', accessToken, expiresAt };
  const clientId = str(o, 'clientId');
  const clientSecret = str(o, 'clientSecret');
  const refreshToken = str(o, 'refreshToken');
  const registrationExpiresAt = parseTime(o.registrationExpiresAt);
  if (clientId !== undefined) token.clientId = clientId;
  if (clientSecret !== undefined) token.clientSecret = clientSecret;
  if (refreshToken !== undefined) token.refreshToken = refreshToken;
  if (registrationExpiresAt !== undefined) token.registrationExpiresAt = registrationExpiresAt;
  for (const secret of [accessToken, clientSecret, refreshToken]) rememberSecret(secret);
  return token;
}

function writeJson(file: string, value: Record<string, unknown>): void {
  ensureDirectory(path.dirname(file));
  writeFileAtomic(file, Buffer.from(JSON.stringify(value), 'utf8'));
}

export function writeToken(sessionName: string | null, token: SsoToken): void {
  for (const secret of [token.accessToken, token.clientSecret, token.refreshToken]) rememberSecret(secret);
  const o: Record<string, unknown> = {
    startUrl: token.startUrl,
    region: token.region,
    accessToken: token.accessToken,
    expiresAt: formatCacheTime(token.expiresAt),
  };
  if (token.clientId !== undefined) o.clientId = token.clientId;
  if (token.clientSecret !== undefined) o.clientSecret = token.clientSecret;
  if (token.registrationExpiresAt !== undefined) o.registrationExpiresAt = formatCacheTime(token.registrationExpiresAt);
  if (token.refreshToken !== undefined) o.refreshToken = token.refreshToken;
  writeJson(tokenCachePath(token.startUrl, sessionName), o);
}

/** Removes a cached token; false when there was none. */
export function deleteToken(startUrl: string, sessionName: string | null): boolean {
  try {
    fs.unlinkSync(tokenCachePath(startUrl, sessionName));
    return true;
  } catch {
    return false;
  }
}

/** Every cached token file (name and contents): what a logout of all sessions removes. */
export function listTokenFiles(): { file: string; token: SsoToken }[] {
  const dir = ssoCacheDirectory();
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return [];
  }
  const found: { file: string; token: SsoToken }[] = [];
  for (const name of names) {
    if (!name.endsWith('.json')) continue;
    const file = path.join(dir, name);
    const o = readJson(file);
    const accessToken = o === undefined ? undefined : str(o, 'accessToken');
    const expiresAt = o === undefined ? undefined : parseTime(o.expiresAt);
    if (o === undefined || accessToken === undefined || expiresAt === undefined) continue;
    rememberSecret(accessToken);
    found.push({ file, token: { startUrl: str(o, 'startUrl') ?? '', region: str(o, 'region') ?? '', accessToken, expiresAt } });
  }
  return found;
}

/** The cache key of a client registration: a tool-specific hash of what the registration is for (as the AWS CLI keys its own). */
function registrationCacheKey(startUrl: string, region: string, sessionName: string | null, scopes: readonly string[]): string {
  const args: Record<string, unknown> = { region, startUrl, tool: 'awsps' };
  if (sessionName !== null) {
    args.scopes = [...scopes];
    args.session_name = sessionName;
  }
  // Sorted keys, Python json.dumps separators, like the CLI's key.
  const text = `{${Object.keys(args)
    .sort()
    .map((k) => `${JSON.stringify(k)}: ${JSON.stringify(args[k]).replace(/","/g, '", "')}`)
    .join(', ')}}`;
  return createHash('sha1').update(text, 'utf8').digest('hex');
}

function registrationPath(startUrl: string, region: string, sessionName: string | null, scopes: readonly string[]): string {
  return path.join(ssoCacheDirectory(), `${registrationCacheKey(startUrl, region, sessionName, scopes)}.json`);
}

export function readRegistration(startUrl: string, region: string, sessionName: string | null, scopes: readonly string[]): ClientRegistration | undefined {
  const o = readJson(registrationPath(startUrl, region, sessionName, scopes));
  if (o === undefined) return undefined;
  const clientId = str(o, 'clientId');
  const clientSecret = str(o, 'clientSecret');
  const expiresAt = parseTime(o.expiresAt);
  if (clientId === undefined || clientSecret === undefined || expiresAt === undefined) return undefined;
  rememberSecret(clientSecret);
  const cachedScopes = Array.isArray(o.scopes) ? o.scopes.filter((s): s is string => typeof s === 'string') : [];
  return { clientId, clientSecret, expiresAt, scopes: cachedScopes };
}

export function writeRegistration(startUrl: string, region: string, sessionName: string | null, registration: ClientRegistration): void {
  rememberSecret(registration.clientSecret);
  const o: Record<string, unknown> = {
    clientId: registration.clientId,
    clientSecret: registration.clientSecret,
    expiresAt: formatCacheTime(registration.expiresAt),
  };
  if (registration.scopes.length > 0) o.scopes = registration.scopes;
  writeJson(registrationPath(startUrl, region, sessionName, registration.scopes), o);
}
