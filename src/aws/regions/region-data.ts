// The AWS regions the tools know about, with the display names Get-AWSRegion shows (the AWS SDK's
// RegionEndpoint display names). Plain data and lookups only: completion reads it at start-up, so it must
// stay cheap to import (no SDK, no other modules).

export type RegionPartition = 'aws' | 'aws-cn' | 'aws-us-gov';

export interface RegionInfo {
  /** System name, e.g. 'us-east-1'. */
  readonly systemName: string;
  /** Display name, e.g. 'US East (N. Virginia)'. */
  readonly displayName: string;
  readonly partition: RegionPartition;
}

/** Display name the SDK gives a system name it does not know (RegionEndpoint.GetBySystemName). */
export const UNKNOWN_REGION_DISPLAY_NAME = 'Unknown';

// Sorted by system name: the order Get-AWSRegion lists them in.
const TABLE: ReadonlyArray<readonly [string, string, RegionPartition]> = [
  ['af-south-1', 'Africa (Cape Town)', 'aws'],
  ['ap-east-1', 'Asia Pacific (Hong Kong)', 'aws'],
  ['ap-east-2', 'Asia Pacific (Taipei)', 'aws'],
  ['ap-northeast-1', 'Asia Pacific (Tokyo)', 'aws'],
  ['ap-northeast-2', 'Asia Pacific (Seoul)', 'aws'],
  ['ap-northeast-3', 'Asia Pacific (Osaka)', 'aws'],
  ['ap-south-1', 'Asia Pacific (Mumbai)', 'aws'],
  ['ap-south-2', 'Asia Pacific (Hyderabad)', 'aws'],
  ['ap-southeast-1', 'Asia Pacific (Singapore)', 'aws'],
  ['ap-southeast-2', 'Asia Pacific (Sydney)', 'aws'],
  ['ap-southeast-3', 'Asia Pacific (Jakarta)', 'aws'],
  ['ap-southeast-4', 'Asia Pacific (Melbourne)', 'aws'],
  ['ap-southeast-5', 'Asia Pacific (Malaysia)', 'aws'],
  ['ap-southeast-6', 'Asia Pacific (New Zealand)', 'aws'],
  ['ap-southeast-7', 'Asia Pacific (Thailand)', 'aws'],
  ['ca-central-1', 'Canada (Central)', 'aws'],
  ['ca-west-1', 'Canada West (Calgary)', 'aws'],
  ['cn-north-1', 'China (Beijing)', 'aws-cn'],
  ['cn-northwest-1', 'China (Ningxia)', 'aws-cn'],
  ['eu-central-1', 'Europe (Frankfurt)', 'aws'],
  ['eu-central-2', 'Europe (Zurich)', 'aws'],
  ['eu-north-1', 'Europe (Stockholm)', 'aws'],
  ['eu-south-1', 'Europe (Milan)', 'aws'],
  ['eu-south-2', 'Europe (Spain)', 'aws'],
  ['eu-west-1', 'Europe (Ireland)', 'aws'],
  ['eu-west-2', 'Europe (London)', 'aws'],
  ['eu-west-3', 'Europe (Paris)', 'aws'],
  ['il-central-1', 'Israel (Tel Aviv)', 'aws'],
  ['me-central-1', 'Middle East (UAE)', 'aws'],
  ['me-south-1', 'Middle East (Bahrain)', 'aws'],
  ['mx-central-1', 'Mexico (Central)', 'aws'],
  ['sa-east-1', 'South America (Sao Paulo)', 'aws'],
  ['us-east-1', 'US East (N. Virginia)', 'aws'],
  ['us-east-2', 'US East (Ohio)', 'aws'],
  ['us-gov-east-1', 'AWS GovCloud (US-East)', 'aws-us-gov'],
  ['us-gov-west-1', 'AWS GovCloud (US-West)', 'aws-us-gov'],
  ['us-west-1', 'US West (N. California)', 'aws'],
  ['us-west-2', 'US West (Oregon)', 'aws'],
];

let regions: readonly RegionInfo[] | undefined;
let bySystemName: Map<string, RegionInfo> | undefined;

/** Every known region (public, China and GovCloud), sorted by system name. Built on first use. */
export function allRegions(): readonly RegionInfo[] {
  regions ??= TABLE.map(([systemName, displayName, partition]) => ({ systemName, displayName, partition }));
  return regions;
}

/** The known region with this system name (case-insensitive), or undefined. */
export function findRegion(systemName: string): RegionInfo | undefined {
  bySystemName ??= new Map(allRegions().map((r) => [r.systemName, r]));
  return bySystemName.get(systemName.trim().toLowerCase());
}

/** System names of every known region, for completion and the "Supported values" error. */
export function regionSystemNames(): string[] {
  return TABLE.map((r) => r[0]);
}

export interface RegionListOptions {
  includeChina?: boolean;
  includeGovCloud?: boolean;
  /** Only the GovCloud regions (Get-AWSRegion -GovCloudOnly). */
  govCloudOnly?: boolean;
}

/** The regions Get-AWSRegion lists: the public ones, plus China/GovCloud when asked. */
export function listRegions(options: RegionListOptions = {}): RegionInfo[] {
  return allRegions().filter((r) => {
    if (options.govCloudOnly) return r.partition === 'aws-us-gov';
    if (r.partition === 'aws-us-gov') return options.includeGovCloud === true;
    if (r.partition === 'aws-cn') return options.includeChina === true;
    return true;
  });
}
