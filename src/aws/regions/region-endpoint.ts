// [Amazon.RegionEndpoint]: the SDK's region objects, as scripts for the AWS Tools use them
// ([Amazon.RegionEndpoint]::USWest2, ::GetBySystemName('us-west-2'), ::EnumerableAllRegions). An endpoint has
// SystemName, OriginalSystemName, DisplayName, PartitionName and PartitionDnsSuffix; ToString() is
// "DisplayName (SystemName)" as in aws-sdk-net. -Region takes one as its SystemName (region-resolution.ts),
// and a value converts to Amazon.RegionEndpoint from an endpoint, an AWSRegion or a known system name.

import { PSObject } from '../../objects/psobject.js';
import { registerStaticMember, registerStaticMethod } from '../../engine/values/static-registry.js';
import { registerTypeConverter, dotnetToString, typeNameOf } from '../../engine/conversions.js';
import { strArg } from '../../engine/methods/support.js';
import { RuntimeError, makeErrorRecord } from '../../engine/errors.js';
import { allRegions, findRegion, UNKNOWN_REGION_DISPLAY_NAME, type RegionInfo } from './region-data.js';
import { isAWSRegionObject } from './aws-region-object.js';

export const REGION_ENDPOINT_TYPE = 'Amazon.RegionEndpoint';

const PARTITION_DNS_SUFFIX: Readonly<Record<string, string>> = { aws: 'amazonaws.com', 'aws-cn': 'amazonaws.com.cn', 'aws-us-gov': 'amazonaws.com' };

/** The SDK's static member names that do not follow the "US" + "West" + "2" pattern. */
const IRREGULAR_MEMBER_NAMES: Readonly<Record<string, string>> = {
  'us-gov-west-1': 'USGovCloudWest1',
  'us-gov-east-1': 'USGovCloudEast1',
  'cn-northwest-1': 'CNNorthWest1',
};

/** The static member for a system name: 'us-west-2' → USWest2, 'ap-northeast-1' → APNortheast1. */
export function regionEndpointMemberName(systemName: string): string {
  const irregular = IRREGULAR_MEMBER_NAMES[systemName];
  if (irregular) return irregular;
  const [prefix = '', ...rest] = systemName.split('-');
  return prefix.toUpperCase() + rest.map((p) => p.charAt(0).toUpperCase() + p.slice(1)).join('');
}

// One object per system name, as the SDK interns them ([Amazon.RegionEndpoint]::USWest2 -eq ::GetBySystemName('us-west-2')).
const endpoints = new Map<string, PSObject>();

function newRegionEndpoint(systemName: string, info: RegionInfo | undefined): PSObject {
  const displayName = info?.displayName ?? UNKNOWN_REGION_DISPLAY_NAME;
  const partition = info?.partition ?? 'aws';
  const o = new PSObject([REGION_ENDPOINT_TYPE, 'System.Object']);
  o.addNote('SystemName', systemName, 'Property', 'System.String');
  o.addNote('OriginalSystemName', systemName, 'Property', 'System.String');
  o.addNote('DisplayName', displayName, 'Property', 'System.String');
  o.addNote('PartitionName', partition, 'Property', 'System.String');
  o.addNote('PartitionDnsSuffix', PARTITION_DNS_SUFFIX[partition] ?? 'amazonaws.com', 'Property', 'System.String');
  o.sealed = true;
  o.toStringOverride = () => `${displayName} (${systemName})`;
  return o;
}

/** RegionEndpoint.GetBySystemName: a known region's endpoint, or one named "Unknown" for any other name. */
export function regionEndpointBySystemName(systemName: string): PSObject {
  let o = endpoints.get(systemName);
  if (!o) {
    const info = allRegions().find((r) => r.systemName === systemName);
    o = newRegionEndpoint(systemName, info);
    endpoints.set(systemName, o);
  }
  return o;
}

export function isRegionEndpoint(value: unknown): value is PSObject {
  return value instanceof PSObject && value.typeNames[0] === REGION_ENDPOINT_TYPE;
}

function cannotConvert(value: unknown): RuntimeError {
  return new RuntimeError(
    makeErrorRecord(`Cannot convert the "${dotnetToString(value)}" value of type "${typeNameOf(value)}" to type "${REGION_ENDPOINT_TYPE}".`, {
      type: 'System.Management.Automation.PSInvalidCastException',
      id: 'ConvertToFinalInvalidCastException',
      category: 'InvalidArgument',
      target: value,
      baseTypeNames: ['System.InvalidCastException', 'System.Management.Automation.RuntimeException', 'System.SystemException', 'System.Exception'],
    }),
  );
}

/** A value assigned to a RegionEndpoint property (a client config's): an endpoint, an AWSRegion or a known name. */
function toRegionEndpoint(value: unknown): unknown {
  if (value === null || value === undefined || isRegionEndpoint(value)) return value ?? null;
  let name: unknown = value;
  if (isAWSRegionObject(value)) name = value.get('Region');
  else if (value instanceof PSObject) name = value.get('SystemName');
  const known = typeof name === 'string' ? findRegion(name) : undefined;
  if (known === undefined) throw cannotConvert(value);
  return regionEndpointBySystemName(known.systemName);
}

for (const region of allRegions()) {
  registerStaticMember(REGION_ENDPOINT_TYPE, regionEndpointMemberName(region.systemName), () => regionEndpointBySystemName(region.systemName));
}
registerStaticMember(REGION_ENDPOINT_TYPE, 'EnumerableAllRegions', () => allRegions().map((r) => regionEndpointBySystemName(r.systemName)));
registerStaticMethod(REGION_ENDPOINT_TYPE, 'GetBySystemName', (_args, call) => regionEndpointBySystemName(strArg(call, 0, 'systemName')), 1, 1);
registerTypeConverter((typeName) => typeName.toLowerCase() === REGION_ENDPOINT_TYPE.toLowerCase(), (value) => toRegionEndpoint(value));
