// One SDK client per service and distinct settings: created on the first call (its package is loaded then,
// with a dynamic import) and reused afterwards, so connections and resolved configuration are shared.
//
// Endpoints: an explicit -EndpointUrl is passed to the SDK; otherwise the SDK itself applies
// AWS_ENDPOINT_URL_<SERVICE> / AWS_ENDPOINT_URL (and endpoint_url in the config file). It reads those once
// per client, so their current values are part of the cache key: changing $env:AWS_ENDPOINT_URL gives a new client.

import { createHash } from 'node:crypto';
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@smithy/types';
import type { ResolvedCredentials } from './credentials.js';
import { suppressSdkNodeVersionWarning } from './sdk-warning.js';
import { CLIENT_LOADERS, SERVICE_INFO, type ClientConstructor, type ServiceClients, type ServiceName } from './services.js';

export interface ClientSettings {
  /** The resolved region's system name (see regions/region-resolution.ts). */
  region: string;
  /** -EndpointUrl; when absent the SDK's own endpoint configuration applies. */
  endpoint?: string | null;
  /** Resolved credentials, a provider, or static keys. */
  credentials: ResolvedCredentials | AwsCredentialIdentityProvider | AwsCredentialIdentity;
  /** S3 only: bucket in the path instead of the host name (needed for local emulators). */
  forcePathStyle?: boolean;
  /** Total attempts per request, retries included (SDK default 3). */
  maxAttempts?: number;
  /** Per-request socket timeout in ms (SDK default: none). */
  requestTimeout?: number;
  /** The region requests are signed for, when not the client's region (ClientConfig.AuthenticationRegion). */
  signingRegion?: string;
  /** false: http for the endpoint the SDK derives from the region (ClientConfig.UseHttp). */
  tls?: boolean;
}

const clients = new Map<string, Promise<unknown>>();
/** Which service each client talks to, for error mapping in callService. */
const serviceOfClient = new WeakMap<object, ServiceName>();
const providerIds = new WeakMap<object, number>();
let nextProviderId = 1;

function isResolved(c: ClientSettings['credentials']): c is ResolvedCredentials {
  return typeof c === 'object' && 'cacheKey' in c && 'provider' in c;
}

function credentialsKey(c: ClientSettings['credentials']): string {
  if (isResolved(c)) return c.cacheKey;
  if (typeof c === 'function') {
    let id = providerIds.get(c);
    if (id === undefined) {
      id = nextProviderId++;
      providerIds.set(c, id);
    }
    return `provider:${id}`;
  }
  const hash = createHash('sha256').update(`${c.secretAccessKey}\0${c.sessionToken ?? ''}`).digest('hex').slice(0, 32);
  return `keys:${c.accessKeyId}:${hash}`;
}

function sdkCredentials(c: ClientSettings['credentials']): AwsCredentialIdentityProvider | AwsCredentialIdentity {
  return isResolved(c) ? c.provider : c;
}

/** The endpoint variables the SDK will honour for this service, as they are now. */
function environmentEndpoint(service: ServiceName): string {
  const env = process.env;
  return [
    env[`AWS_ENDPOINT_URL_${SERVICE_INFO[service].endpointEnvSuffix}`] ?? '',
    env.AWS_ENDPOINT_URL ?? '',
    env.AWS_IGNORE_CONFIGURED_ENDPOINT_URLS ?? '',
    env.AWS_PROFILE ?? '',
  ].join('\0');
}

export function clientCacheKey(service: ServiceName, settings: ClientSettings): string {
  const endpoint = settings.endpoint ? `explicit:${settings.endpoint}` : `env:${environmentEndpoint(service)}`;
  return JSON.stringify([
    service,
    settings.region,
    endpoint,
    credentialsKey(settings.credentials),
    settings.forcePathStyle ?? null,
    settings.maxAttempts ?? null,
    settings.requestTimeout ?? null,
    settings.signingRegion ?? null,
    settings.tls ?? null,
  ]);
}

function clientConfig(settings: ClientSettings): Record<string, unknown> {
  const config: Record<string, unknown> = {
    region: settings.region,
    credentials: sdkCredentials(settings.credentials),
  };
  if (settings.endpoint) config.endpoint = settings.endpoint;
  if (settings.forcePathStyle !== undefined) config.forcePathStyle = settings.forcePathStyle;
  if (settings.maxAttempts !== undefined) config.maxAttempts = settings.maxAttempts;
  if (settings.requestTimeout !== undefined) config.requestHandler = { requestTimeout: settings.requestTimeout };
  if (settings.signingRegion !== undefined) config.signingRegion = settings.signingRegion;
  if (settings.tls !== undefined) config.tls = settings.tls;
  return config;
}

async function createClient<S extends ServiceName>(service: S, settings: ClientSettings): Promise<ServiceClients[S]> {
  suppressSdkNodeVersionWarning();
  const Client: ClientConstructor<S> = await CLIENT_LOADERS[service]();
  // The per-service config types differ only in options we do not set; the common ones are built above.
  const client = new Client(clientConfig(settings) as ConstructorParameters<ClientConstructor<S>>[0]);
  serviceOfClient.set(client, service);
  return client;
}

/** The client for service with these settings: created (and its package loaded) on first use, then reused. */
export function getClient<S extends ServiceName>(service: S, settings: ClientSettings): Promise<ServiceClients[S]> {
  const key = clientCacheKey(service, settings);
  let client = clients.get(key) as Promise<ServiceClients[S]> | undefined;
  if (client === undefined) {
    client = createClient(service, settings);
    // A failed load is not cached: the next call tries again.
    client.catch(() => clients.delete(key));
    clients.set(key, client);
  }
  return client;
}

/** The service a client from getClient talks to. */
export function serviceOf(client: object): ServiceName | undefined {
  return serviceOfClient.get(client);
}

/** Destroys every cached client (closing their connections) and forgets them. */
export async function clearClientCache(): Promise<void> {
  const all = [...clients.values()];
  clients.clear();
  for (const pending of all) {
    try {
      const client = await pending;
      if (typeof client === 'object' && client !== null && 'destroy' in client && typeof client.destroy === 'function') client.destroy();
    } catch {
      // it never came to exist
    }
  }
}
