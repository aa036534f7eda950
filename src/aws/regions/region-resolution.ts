// Turning a -Region argument (a system name, an AWSRegion object or an [Amazon.RegionEndpoint]) into a known region, and the order in
// which AWS Tools looks for a region when none is given (TryGetRegion): parameter, $StoredAWSRegion,
// profile, AWS_REGION (then AWS_DEFAULT_REGION), the service's own default, else the EC2 instance's region.

import { RuntimeError, makeErrorRecord } from '../../engine/errors.js';
import type { SessionStateApi } from '../../pipeline/types.js';
import { isAWSRegionObject } from './aws-region-object.js';
import { isRegionEndpoint } from './region-endpoint.js';
import { getStoredRegion } from './default-region.js';
import { findRegion, regionSystemNames, type RegionInfo } from './region-data.js';

/** The .NET class of the command, for FullyQualifiedErrorId ("System.ArgumentException,<class>"). */
export type CommandClassName = string;

const UNSUPPORTED_TYPE_MESSAGE =
  'Unsupported parameter type; Region must be a string containing the system name for a region, or an AWSRegion instance';

/** "Unsupported Region value. Supported values: a,b,c" (AWS Tools joins them with a bare comma). */
export function unsupportedRegionText(): string {
  return `Unsupported Region value. Supported values: ${regionSystemNames().join(',')}`;
}

/** Base classes of the two exceptions raised here, for `catch [System.ArgumentException]`. */
const EXCEPTION_BASES: Record<string, string[]> = {
  'System.ArgumentException': ['System.SystemException', 'System.Exception'],
  'System.ArgumentOutOfRangeException': ['System.ArgumentException', 'System.SystemException', 'System.Exception'],
};

/** An exception thrown out of a cmdlet's ProcessRecord: PowerShell ids it "<exception type>,<cmdlet class>". */
function argumentError(typeName: keyof typeof EXCEPTION_BASES, message: string, commandClass: CommandClassName): RuntimeError {
  return new RuntimeError(
    makeErrorRecord(message, { type: typeName, id: `${typeName},${commandClass}`, category: 'NotSpecified', baseTypeNames: EXCEPTION_BASES[typeName] }),
  );
}

/**
 * The system name a -Region argument names: a string, the Region of an AWSRegion object or the SystemName of a
 * RegionEndpoint. Anything else (or '') is the ArgumentException AWS Tools raises.
 */
export function regionArgumentName(value: unknown, commandClass: CommandClassName): string {
  const name = isAWSRegionObject(value) ? value.get('Region') : isRegionEndpoint(value) ? value.get('SystemName') : value;
  if (typeof name === 'string' && name !== '') return name;
  throw argumentError('System.ArgumentException', UNSUPPORTED_TYPE_MESSAGE, commandClass);
}

/**
 * The known region a -Region argument names. An unknown name is AWS Tools' ArgumentOutOfRangeException,
 * whose only argument is the "Unsupported Region value" text: .NET puts it in the (Parameter '...') slot.
 */
export function validateRegionArgument(value: unknown, commandClass: CommandClassName): RegionInfo {
  const name = regionArgumentName(value, commandClass);
  const region = findRegion(name);
  if (region) return region;
  const message = `Specified argument was out of the range of valid values. (Parameter '${unsupportedRegionText()}')`;
  throw argumentError('System.ArgumentOutOfRangeException', message, commandClass);
}

export type RegionSource = 'String' | 'Session' | 'Saved' | 'Environment' | 'ServiceDefault' | 'InstanceMetadata';

export interface ResolvedRegion {
  systemName: string;
  source: RegionSource;
}

export interface RegionFallbacks {
  /** Region of the default profile (the credentials/profile module supplies it). */
  profileRegion?: () => string | undefined;
  /** Environment to read AWS_REGION / AWS_DEFAULT_REGION from (defaults to process.env). */
  env?: Readonly<Record<string, string | undefined>>;
  /** The service's built-in region (S3: us-east-1). */
  serviceDefault?: string;
  /** The EC2 instance's region, already fetched (see instance-region.ts); used only without a service default. */
  instanceRegion?: () => string | undefined;
}

export const NO_REGION_MESSAGE = 'No region specified or obtained from persisted/shell defaults.';

/**
 * The region to use, in AWS Tools' order, or undefined when there is none. An explicit argument must be a
 * known region; the shell default and the other sources are taken as they are (AWS Tools does not check them).
 */
export function tryResolveRegion(
  session: SessionStateApi,
  explicit: unknown,
  commandClass: CommandClassName,
  fallbacks: RegionFallbacks = {},
): ResolvedRegion | undefined {
  if (explicit !== null && explicit !== undefined) return { systemName: validateRegionArgument(explicit, commandClass).systemName, source: 'String' };
  const stored = getStoredRegion(session);
  if (stored) return { systemName: stored, source: 'Session' };
  const saved = fallbacks.profileRegion?.();
  if (saved) return { systemName: saved, source: 'Saved' };
  const env = fallbacks.env ?? process.env;
  const fromEnv = env.AWS_REGION || env.AWS_DEFAULT_REGION;
  if (fromEnv) return { systemName: fromEnv, source: 'Environment' };
  if (fallbacks.serviceDefault) return { systemName: fallbacks.serviceDefault, source: 'ServiceDefault' };
  const fromInstance = fallbacks.instanceRegion?.();
  if (fromInstance) return { systemName: fromInstance, source: 'InstanceMetadata' };
  return undefined;
}

/** As tryResolveRegion, failing with "No region specified or obtained from persisted/shell defaults." */
export function resolveRegion(
  session: SessionStateApi,
  explicit: unknown,
  commandClass: CommandClassName,
  fallbacks: RegionFallbacks = {},
): ResolvedRegion {
  const r = tryResolveRegion(session, explicit, commandClass, fallbacks);
  if (r) return r;
  throw new RuntimeError(makeErrorRecord(NO_REGION_MESSAGE, { type: 'System.ArgumentException', id: 'ArgumentException', category: 'InvalidArgument' }));
}
