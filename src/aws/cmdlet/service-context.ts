// Where a service cmdlet's call goes and as whom: credentials (AWS Tools' search order), region
// (-Region → -ClientConfig's RegionEndpoint → $StoredAWSRegion → profile → AWS_REGION/AWS_DEFAULT_REGION →
// service default → EC2 instance metadata, for services without a default) and
// endpoint (-EndpointUrl → -ClientConfig's ServiceURL → the SDK's AWS_ENDPOINT_URL[_<SERVICE>]; S3 uses
// path-style addressing against anything that is not AWS unless ClientConfig sets ForcePathStyle).
// -EndpointUrl beats ServiceURL because AWS Tools copies -EndpointUrl onto the config object after binding.

import type { CommandContext } from '../../pipeline/types.js';
import {
  credentialObjectValue,
  resolveCredentials,
  SERVICE_INFO,
  type ClientSettings,
  type ResolvedCredentials,
  type ServiceName,
} from '../clients/index.js';
import { findProfile, isCredentialsObject, profileFilesFor, storedCredentials } from '../credential-store/index.js';
import { getStoredRegion, instanceRegion, knownInstanceRegion, resolveRegion } from '../regions/index.js';
import { PSHashtable } from '../../objects/hashtable.js';
import { PSObject } from '../../objects/psobject.js';
import type { ClientConfigSettings } from './client-config.js';
import { parameterArgumentError } from './service-errors.js';

function stringParam(ctx: CommandContext, name: string): string | null {
  const v = ctx.params[name];
  return typeof v === 'string' && v !== '' ? v : null;
}

/**
 * The services whose AWS Tools cmdlets fall back to a built-in region (S3: us-east-1), by the namespace of
 * the cmdlet class (Amazon.PowerShell.Cmdlets.<namespace>.<Cmdlet>): they never ask instance metadata.
 */
const NAMESPACES_WITH_DEFAULT_REGION = new Set(['S3']);

function hasDefaultRegion(commandClass: string): boolean {
  const namespace = /^Amazon\.PowerShell\.Cmdlets\.([^.]+)\./.exec(commandClass)?.[1];
  return namespace !== undefined && NAMESPACES_WITH_DEFAULT_REGION.has(namespace);
}

/** Whether -ClientConfig names a RegionEndpoint (checked properly by clientConfigSettings; here only its presence). */
function clientConfigNamesRegion(value: unknown): boolean {
  if (value instanceof PSHashtable) return value.entries().some((e) => String(e.key).toLowerCase() === 'regionendpoint' && e.value !== null);
  if (value instanceof PSObject) return value.properties().some((p) => p.name.toLowerCase() === 'regionendpoint');
  return false;
}

/**
 * Asks the EC2 instance metadata service for the region when nothing else will supply one, so that regionFor
 * (which is synchronous) can use the answer. Runs while credentials are resolved, before regionFor.
 */
async function prefetchInstanceRegion(ctx: CommandContext, credentials: ResolvedCredentials, commandClass: string): Promise<void> {
  if (hasDefaultRegion(commandClass)) return;
  const env = process.env;
  if (ctx.params.Region !== null && ctx.params.Region !== undefined) return;
  if (clientConfigNamesRegion(ctx.params.ClientConfig)) return;
  if (getStoredRegion(ctx.session) !== undefined || env.AWS_REGION || env.AWS_DEFAULT_REGION) return;
  if (profileRegion(ctx, credentials) !== undefined) return;
  await instanceRegion();
}

export async function credentialsFor(ctx: CommandContext, commandClass: string): Promise<ResolvedCredentials> {
  const credential = ctx.params.Credential;
  if (credential !== null && credential !== undefined && !isCredentialsObject(credential)) {
    throw parameterArgumentError('The -Credential value is not an AWSCredentials object.', 'Credential', commandClass);
  }
  const credentials = await resolveCredentials({
    accessKey: stringParam(ctx, 'AccessKey'),
    secretKey: stringParam(ctx, 'SecretKey'),
    sessionToken: stringParam(ctx, 'SessionToken'),
    profileName: stringParam(ctx, 'ProfileName'),
    profileLocation: stringParam(ctx, 'ProfileLocation'),
    credential: isCredentialsObject(credential) ? credentialObjectValue(credential) : null,
    sessionCredentials: () => {
      const stored = storedCredentials(ctx.session);
      return stored ? credentialObjectValue(stored) : null;
    },
    cwd: ctx.session.cwd,
    commandClass,
    host: ctx.host,
  });
  await prefetchInstanceRegion(ctx, credentials, commandClass);
  return credentials;
}

/** The region setting of the profile in use (the named one, else AWS_PROFILE or default); unreadable files count as none. */
function profileRegion(ctx: CommandContext, credentials: ResolvedCredentials): string | undefined {
  const name = credentials.source === 'Profile' ? credentials.name : process.env.AWS_PROFILE || 'default';
  try {
    return findProfile(profileFilesFor(stringParam(ctx, 'ProfileLocation'), ctx.session.cwd), name)?.get('region') || undefined;
  } catch {
    return undefined;
  }
}

export function regionFor(
  ctx: CommandContext,
  credentials: ResolvedCredentials,
  commandClass: string,
  serviceDefault?: string,
  config: ClientConfigSettings = {},
): string {
  const explicit = ctx.params.Region ?? config.region ?? null;
  return resolveRegion(ctx.session, explicit, commandClass, {
    profileRegion: () => profileRegion(ctx, credentials),
    serviceDefault,
    instanceRegion: () => knownInstanceRegion(),
  }).systemName;
}

/** The endpoint the SDK will use when the user configured one (explicitly or through the environment). */
function configuredEndpoint(service: ServiceName, explicit: string | null): string | undefined {
  if (explicit) return explicit;
  const env = process.env;
  if (env.AWS_IGNORE_CONFIGURED_ENDPOINT_URLS?.toLowerCase() === 'true') return undefined;
  return env[`AWS_ENDPOINT_URL_${SERVICE_INFO[service].endpointEnvSuffix}`] || env.AWS_ENDPOINT_URL || undefined;
}

function isAwsEndpoint(url: string): boolean {
  try {
    const host = new URL(url).hostname.toLowerCase();
    return host.endsWith('.amazonaws.com') || host.endsWith('.amazonaws.com.cn') || host.endsWith('.api.aws');
  } catch {
    return false;
  }
}

/** The endpoint URL with http instead of https (no trailing slash added to a bare origin). */
function withHttpScheme(endpoint: string): string {
  const url = new URL(endpoint);
  if (url.protocol !== 'https:') return endpoint;
  return `http://${url.host}${url.pathname === '/' ? '' : url.pathname}${url.search}`;
}

export function clientSettingsFor(
  ctx: CommandContext,
  service: ServiceName,
  region: string,
  credentials: ResolvedCredentials,
  config: ClientConfigSettings = {},
): ClientSettings {
  const explicit = stringParam(ctx, 'EndpointUrl') ?? config.endpoint ?? null;
  const endpoint = configuredEndpoint(service, explicit);
  const settings: ClientSettings = { region, credentials, endpoint: explicit };
  // Virtual-hosted bucket names only resolve on AWS; emulators (moto, MinIO) need the bucket in the path.
  if (config.forcePathStyle !== undefined) settings.forcePathStyle = config.forcePathStyle;
  else if (service === 's3' && endpoint !== undefined && !isAwsEndpoint(endpoint)) settings.forcePathStyle = true;
  if (config.maxAttempts !== undefined) settings.maxAttempts = config.maxAttempts;
  if (config.requestTimeout !== undefined) settings.requestTimeout = config.requestTimeout;
  if (config.signingRegion !== undefined) settings.signingRegion = config.signingRegion;
  // UseHttp leaves an explicit endpoint (-EndpointUrl, ServiceURL) as it is, like .NET; an endpoint from the
  // environment is switched to http here (the SDK's tls option only reaches endpoints it derives itself).
  if (config.useHttp === true && explicit === null) {
    if (endpoint === undefined) settings.tls = false;
    else settings.endpoint = withHttpScheme(endpoint);
  }
  return settings;
}
