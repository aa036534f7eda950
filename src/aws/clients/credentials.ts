// Which credentials an AWS cmdlet uses, in AWS Tools' search order (TryGetCredentials):
//   -AccessKey/-SecretKey/-SessionToken → -ProfileName (+ -ProfileLocation; not found is an error) → -Credential
//   → the session's stored credentials → AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY → the AWS_PROFILE profile
//   → profile "default" → legacy profile "AWS PS Default" → web identity token file → container metadata
//   (when its variables are set) → EC2 instance metadata.
// Every source is read by the SDK's own provider (@aws-sdk/credential-providers), loaded on first use; here we
// only decide which one applies. Providers are cached per source so temporary credentials are shared by all
// clients and refreshed before they expire.

import { createHash } from 'node:crypto';
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@smithy/types';
import { configFilePath, credentialsFilePath, readProfileFile, ProfileFileError } from '../profile-files/index.js';
import { noCredentialsError, profileCycleError, profileFileUnreadableError, profileNotFoundError } from './credential-errors.js';
import { mfaCodeProvider, setPromptHost, type PromptHost } from './mfa-prompt.js';
import { memoizeCredentials } from './memoize-credentials.js';
import { federatedProfileProvider } from '../credential-store/federated-profiles.js';
import { loginProfileProvider } from '../login/login-credentials.js';
import { rememberSecret } from './secret-redaction.js';
import { suppressSdkNodeVersionWarning } from './sdk-warning.js';

/** A credential value held by the shell: static keys or a provider (what -Credential / $StoredAWSCredentials carry). */
export type CredentialValue = AwsCredentialIdentity | AwsCredentialIdentityProvider;

/** Where the credentials came from (AWS Tools' CredentialsSource, plus the finer sources it lumps together). */
export type CredentialSource =
  | 'Strings'
  | 'Profile'
  | 'CredentialsObject'
  | 'Session'
  | 'Environment'
  | 'WebIdentity'
  | 'Container'
  | 'InstanceProfile';

export interface ResolvedCredentials {
  readonly source: CredentialSource;
  /** The profile name for profile sources, else a description of the source. */
  readonly name: string;
  readonly provider: AwsCredentialIdentityProvider;
  /** Identifies the source for client caching: equal keys mean interchangeable credentials. */
  readonly cacheKey: string;
}

export interface CredentialOptions {
  accessKey?: string | null;
  secretKey?: string | null;
  sessionToken?: string | null;
  profileName?: string | null;
  /** -ProfileLocation: the credentials file to use instead of the default one. */
  profileLocation?: string | null;
  /** -Credential. */
  credential?: CredentialValue | null;
  /** Reads the session's stored credentials ($StoredAWSCredentials); set by Set-AWSCredential. */
  sessionCredentials?: () => CredentialValue | null | undefined;
  /** The shell's current directory, for a relative -ProfileLocation. */
  cwd?: string;
  /** The cmdlet's .NET class, for the FullyQualifiedErrorId of the errors raised here. */
  commandClass?: string;
  /** Per-request timeout of the instance metadata probe, in ms (default 250). */
  metadataTimeoutMs?: number;
  /** The shell's host, which asks for MFA codes (role profiles with mfa_serial). */
  host?: PromptHost;
}

export const LEGACY_DEFAULT_PROFILE = 'AWS PS Default';
export const DEFAULT_METADATA_TIMEOUT_MS = 250;

import { packageExports } from './services.js';

type ProvidersModule = typeof import('@aws-sdk/credential-providers');

let providersModule: Promise<ProvidersModule> | undefined;

function loadProviders(): Promise<ProvidersModule> {
  suppressSdkNodeVersionWarning();
  providersModule ??= import('@aws-sdk/credential-providers').then((ns) => packageExports(ns));
  return providersModule;
}

/** Memoized providers by source key, so every client of one source shares its temporary credentials. */
const providerCache = new Map<string, AwsCredentialIdentityProvider>();
/** Whether the instance metadata service answered (undefined: not asked yet). Asked once per process. */
let instanceMetadataAvailable: boolean | undefined;

/** Forgets cached providers and the metadata probe (after Set-AWSCredential/Clear-AWSCredential, and in tests). */
export function clearCredentialCache(): void {
  providerCache.clear();
  instanceMetadataAvailable = undefined;
}

function cachedProvider(key: string, create: () => AwsCredentialIdentityProvider): AwsCredentialIdentityProvider {
  let provider = providerCache.get(key);
  if (provider === undefined) {
    provider = memoizeCredentials(create());
    providerCache.set(key, provider);
  }
  return provider;
}

function nonEmpty(value: string | null | undefined): string | undefined {
  return value === null || value === undefined || value === '' ? undefined : value;
}

function fingerprint(...parts: (string | undefined)[]): string {
  return createHash('sha256').update(parts.map((p) => p ?? '').join('\0')).digest('hex').slice(0, 32);
}

/** Static keys as a resolved source; the secret only enters the key as a hash. */
function fromKeys(source: CredentialSource, name: string, identity: AwsCredentialIdentity): ResolvedCredentials {
  rememberSecret(identity.secretAccessKey);
  rememberSecret(identity.sessionToken);
  const cacheKey = `${source}:keys:${identity.accessKeyId}:${fingerprint(identity.secretAccessKey, identity.sessionToken)}`;
  const frozen = Object.freeze({ ...identity });
  return { source, name, cacheKey, provider: cachedProvider(cacheKey, () => () => Promise.resolve(frozen)) };
}

const providerIds = new WeakMap<AwsCredentialIdentityProvider, number>();
let nextProviderId = 1;

function fromValue(source: CredentialSource, name: string, value: CredentialValue): ResolvedCredentials {
  if (typeof value !== 'function') return fromKeys(source, name, value);
  let id = providerIds.get(value);
  if (id === undefined) {
    id = nextProviderId++;
    providerIds.set(value, id);
  }
  const cacheKey = `${source}:provider:${id}`;
  return { source, name, cacheKey, provider: cachedProvider(cacheKey, () => value) };
}

interface ProfileFiles {
  credentials: string;
  config: string;
}

function profileFiles(options: CredentialOptions): ProfileFiles {
  const location = { profileLocation: nonEmpty(options.profileLocation) ?? null, cwd: options.cwd };
  return { credentials: credentialsFilePath(location), config: configFilePath(location) };
}

function readingProfiles<T>(commandClass: string | undefined, read: () => T): T {
  try {
    return read();
  } catch (err) {
    if (err instanceof ProfileFileError) throw profileFileUnreadableError(err.message, commandClass);
    throw err;
  }
}

function profileExists(name: string, files: ProfileFiles, commandClass: string | undefined): boolean {
  return readingProfiles(
    commandClass,
    () =>
      readProfileFile({ path: files.credentials, kind: 'credentials' }).profiles.has(name) ||
      readProfileFile({ path: files.config, kind: 'config' }).profiles.has(name),
  );
}

/** A profile's source_profile (the credentials file's value wins, as the SDK merges the files). */
function sourceProfileOf(name: string, files: ProfileFiles): string | undefined {
  const fromCredentials = readProfileFile({ path: files.credentials, kind: 'credentials' }).profiles.get(name)?.values.get('source_profile');
  const value = fromCredentials ?? readProfileFile({ path: files.config, kind: 'config' }).profiles.get(name)?.values.get('source_profile');
  return value === '' ? undefined : value;
}

/**
 * Refuses a source_profile chain that comes back on itself before the SDK walks it: its own message lists
 * the visited profiles in no useful order. A profile naming itself as source with its own keys is valid.
 */
function checkSourceChain(name: string, files: ProfileFiles, commandClass: string | undefined): void {
  readingProfiles(commandClass, () => {
    const chain = [name];
    for (let current = sourceProfileOf(name, files); current !== undefined; current = sourceProfileOf(current, files)) {
      const seen = chain.includes(current);
      if (seen && !(current === chain[chain.length - 1])) throw profileCycleError([...chain, current], commandClass);
      if (seen) return;
      chain.push(current);
    }
  });
}

/** A named profile, read by the SDK's fromIni (keys, assume-role, SSO, credential_process, web identity). */
export function fromProfile(name: string, files: ProfileFiles): ResolvedCredentials {
  const cacheKey = `Profile:${name}\0${files.credentials}\0${files.config}`;
  const provider = cachedProvider(cacheKey, () => async (identityOptions) => {
    // SSO and SAML role profiles: awsps' own providers (src/aws/credential-store/federated-profiles.ts).
    const federated = federatedProfileProvider(name, files);
    if (federated !== undefined) return federated(identityOptions);
    // login_session profiles (Invoke-AWSLogin, `aws login`): the SDK's login provider, after a cache check.
    const login = loginProfileProvider(name, files);
    if (login !== undefined) return login(identityOptions);
    const { fromIni } = await loadProviders();
    return fromIni({
      profile: name,
      filepath: files.credentials,
      configFilepath: files.config,
      // The files may have been edited (Set-AWSCredential) since the SDK last parsed them.
      ignoreCache: true,
      mfaCodeProvider: mfaCodeProvider(`The credential profile '${name}'`),
    })(identityOptions);
  });
  return { source: 'Profile', name, cacheKey, provider };
}

function lazyProvider(
  source: CredentialSource,
  name: string,
  create: (m: ProvidersModule) => AwsCredentialIdentityProvider,
): ResolvedCredentials {
  const cacheKey = `${source}:${name}`;
  const provider = cachedProvider(cacheKey, () => {
    let inner: AwsCredentialIdentityProvider | undefined;
    return async (identityOptions) => {
      inner ??= create(await loadProviders());
      return inner(identityOptions);
    };
  });
  return { source, name, cacheKey, provider };
}

/** Asks the instance metadata service once; off EC2 this fails within a couple of short timeouts. */
async function instanceMetadataCredentials(timeoutMs: number): Promise<ResolvedCredentials | undefined> {
  if (process.env.AWS_EC2_METADATA_DISABLED?.toLowerCase() === 'true') return undefined;
  if (instanceMetadataAvailable === false) return undefined;
  const resolved = lazyProvider('InstanceProfile', 'instance profile', (m) => m.fromInstanceMetadata({ timeout: timeoutMs, maxRetries: 0 }));
  if (instanceMetadataAvailable === true) return resolved;
  try {
    await resolved.provider();
    instanceMetadataAvailable = true;
    return resolved;
  } catch {
    instanceMetadataAvailable = false;
    providerCache.delete(resolved.cacheKey);
    return undefined;
  }
}

/** The credentials to use, or the AWS Tools error when no source has any. */
export async function resolveCredentials(options: CredentialOptions = {}): Promise<ResolvedCredentials> {
  const found = await tryResolveCredentials(options);
  if (found) return found;
  throw noCredentialsError(options.commandClass);
}

/** As resolveCredentials, but undefined when no source has credentials (an unknown -ProfileName still throws). */
export async function tryResolveCredentials(options: CredentialOptions = {}): Promise<ResolvedCredentials | undefined> {
  if (options.host !== undefined) setPromptHost(options.host);
  const accessKey = nonEmpty(options.accessKey);
  const secretKey = nonEmpty(options.secretKey);
  if (accessKey !== undefined && secretKey !== undefined) {
    return fromKeys('Strings', 'parameters', { accessKeyId: accessKey, secretAccessKey: secretKey, sessionToken: nonEmpty(options.sessionToken) });
  }

  const files = profileFiles(options);
  const profileName = nonEmpty(options.profileName);
  if (profileName !== undefined) {
    if (!profileExists(profileName, files, options.commandClass)) {
      throw profileNotFoundError(profileName, [files.credentials, files.config], options.commandClass);
    }
    checkSourceChain(profileName, files, options.commandClass);
    return fromProfile(profileName, files);
  }

  if (options.credential) return fromValue('CredentialsObject', 'credential object', options.credential);

  const stored = options.sessionCredentials?.();
  if (stored) return fromValue('Session', 'shell', stored);

  const env = process.env;
  if (nonEmpty(env.AWS_ACCESS_KEY_ID) !== undefined && nonEmpty(env.AWS_SECRET_ACCESS_KEY) !== undefined) {
    rememberSecret(env.AWS_SECRET_ACCESS_KEY);
    rememberSecret(env.AWS_SESSION_TOKEN);
    // Keyed by the values: changing $env:AWS_ACCESS_KEY_ID must not reuse the old provider.
    const name = `environment:${env.AWS_ACCESS_KEY_ID}:${fingerprint(env.AWS_SECRET_ACCESS_KEY, env.AWS_SESSION_TOKEN)}`;
    const resolved = lazyProvider('Environment', name, (m) => m.fromEnv());
    return { ...resolved, name: 'environment' };
  }

  const defaultProfiles = [nonEmpty(env.AWS_PROFILE), 'default', LEGACY_DEFAULT_PROFILE];
  for (const name of defaultProfiles) {
    if (name !== undefined && profileExists(name, files, options.commandClass)) {
      checkSourceChain(name, files, options.commandClass);
      return fromProfile(name, files);
    }
  }

  if (nonEmpty(env.AWS_WEB_IDENTITY_TOKEN_FILE) !== undefined && nonEmpty(env.AWS_ROLE_ARN) !== undefined) {
    return lazyProvider('WebIdentity', `web identity:${env.AWS_ROLE_ARN}:${env.AWS_WEB_IDENTITY_TOKEN_FILE}`, (m) => m.fromTokenFile());
  }

  const timeout = options.metadataTimeoutMs ?? DEFAULT_METADATA_TIMEOUT_MS;
  const containerUri = nonEmpty(env.AWS_CONTAINER_CREDENTIALS_RELATIVE_URI) ?? nonEmpty(env.AWS_CONTAINER_CREDENTIALS_FULL_URI);
  if (containerUri !== undefined) {
    return lazyProvider('Container', `container:${containerUri}`, (m) => m.fromContainerMetadata({ timeout: Math.max(timeout, 1000), maxRetries: 1 }));
  }

  return instanceMetadataCredentials(timeout);
}
