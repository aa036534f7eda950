// Where a service cmdlet's call goes and as whom: credentials (AWS Tools' search order), region
// (-Region → -ClientConfig's RegionEndpoint → $StoredAWSRegion → profile → AWS_REGION → service default) and
// endpoint (-EndpointUrl → -ClientConfig's ServiceURL → the SDK's AWS_ENDPOINT_URL[_<SERVICE>]; S3 uses
// path-style addressing against anything that is not AWS unless ClientConfig sets ForcePathStyle).
// -EndpointUrl beats ServiceURL because AWS Tools copies -EndpointUrl onto the config object after binding.

import type { CommandContext } from '../../pipeline/types.js';
import { resolveCredentials, SERVICE_INFO, type ClientSettings, type ResolvedCredentials, type ServiceName } from '../clients/index.js';
import { findProfile, isCredentialsObject, profileFilesFor, storedCredentials } from '../credential-store/index.js';
import { resolveRegion } from '../regions/index.js';
import type { ClientConfigSettings } from './client-config.js';
import { credentialValueOf } from './credential-value.js';
import { parameterArgumentError } from './service-errors.js';

function stringParam(ctx: CommandContext, name: string): string | null {
  const v = ctx.params[name];
  return typeof v === 'string' && v !== '' ? v : null;
}

export async function credentialsFor(ctx: CommandContext, commandClass: string): Promise<ResolvedCredentials> {
  const credential = ctx.params.Credential;
  if (credential !== null && credential !== undefined && !isCredentialsObject(credential)) {
    throw parameterArgumentError('The -Credential value is not an AWSCredentials object.', 'Credential', commandClass);
  }
  return resolveCredentials({
    accessKey: stringParam(ctx, 'AccessKey'),
    secretKey: stringParam(ctx, 'SecretKey'),
    sessionToken: stringParam(ctx, 'SessionToken'),
    profileName: stringParam(ctx, 'ProfileName'),
    profileLocation: stringParam(ctx, 'ProfileLocation'),
    credential: isCredentialsObject(credential) ? credentialValueOf(credential, commandClass) : null,
    sessionCredentials: () => {
      const stored = storedCredentials(ctx.session);
      return stored ? credentialValueOf(stored, commandClass) : null;
    },
    cwd: ctx.session.cwd,
    commandClass,
  });
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
  return settings;
}
