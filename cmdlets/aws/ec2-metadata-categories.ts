// The well-known instance metadata categories of Get-EC2InstanceMetadata (its MetadataCategory enumeration, in
// declaration order) and how the .NET SDK's EC2InstanceMetadata reads each one. A category's reading is what
// the cmdlet writes: a single value, or a list it enumerates (ListValue), or, for SecurityGroup, the list as
// one object (AWS Tools writes that one without enumerating it).

import { registerEnumType, type EnumTypeDef } from '../../src/objects/enum-value.js';
import { registerKnownType } from '../../src/engine/type-resolution.js';
import { PSObject } from '../../src/objects/psobject.js';
import { regionEndpointBySystemName } from '../../src/aws/regions/index.js';
import type { ImdsSession } from './imds-client.js';

export const METADATA_CATEGORY_NAMES = [
  'AmiId',
  'LaunchIndex',
  'ManifestPath',
  'AncestorAmiId',
  'BlockDeviceMapping',
  'InstanceId',
  'InstanceType',
  'LocalHostname',
  'LocalIpv4',
  'KernelId',
  'AvailabilityZone',
  'ProductCode',
  'PublicHostname',
  'PublicIpv4',
  'PublicKey',
  'RamdiskId',
  'Region',
  'ReservationId',
  'SecurityGroup',
  'UserData',
  'InstanceMonitoring',
  'IdentityDocument',
  'IdentitySignature',
  'IdentityPkcs7',
] as const;

export type MetadataCategory = (typeof METADATA_CATEGORY_NAMES)[number];

export const METADATA_CATEGORY_TYPE = 'Amazon.PowerShell.Cmdlets.EC2.GetEC2InstanceMetadataCmdlet+MetadataCategory';

export const MetadataCategoryEnum: EnumTypeDef = registerEnumType({
  fullName: METADATA_CATEGORY_TYPE,
  members: METADATA_CATEGORY_NAMES.map((n, i) => [n, i] as const),
});
// So -Category binds (and converts names to) the enumeration, with PowerShell's conversion error for others.
registerKnownType(METADATA_CATEGORY_TYPE);

/** The category a bound value names (an enum value or its name, any case), or undefined. */
export function metadataCategory(value: unknown): MetadataCategory | undefined {
  const text = value === null || value === undefined ? '' : String(value).trim().toLowerCase();
  return METADATA_CATEGORY_NAMES.find((n) => n.toLowerCase() === text);
}

/** A list the cmdlet enumerates to the pipeline (WriteObject(list, true)). */
export class ListValue {
  constructor(readonly items: readonly unknown[]) {}
}

const META = '/latest/meta-data';
const DYNAMIC = '/latest/dynamic';

function keyValuePair(key: string, value: string | null): PSObject {
  const o = new PSObject(['System.Collections.Generic.KeyValuePair`2[[System.String],[System.String]]', 'System.ValueType', 'System.Object']);
  o.addNote('Key', key, 'Property');
  o.addNote('Value', value, 'Property');
  o.toStringOverride = () => `[${key}, ${value ?? ''}]`;
  return o;
}

/** The instance's network interfaces (the MAC listing's entries end in '/'). */
async function interfaceMacs(imds: ImdsSession): Promise<string[]> {
  return ((await imds.items(`${META}/network/interfaces/macs`)) ?? []).map((m) => m.replace(/\/+$/, ''));
}

async function regionOf(imds: ImdsSession): Promise<PSObject | null> {
  const document = await imds.get(`${DYNAMIC}/instance-identity/document`);
  let name: unknown = null;
  if (document !== null) {
    try {
      const parsed: unknown = JSON.parse(document);
      if (typeof parsed === 'object' && parsed !== null) name = (parsed as Record<string, unknown>).region;
    } catch {
      name = null;
    }
  }
  if (typeof name !== 'string' || name === '') name = (await imds.get(`${META}/placement/region`))?.trim() ?? null;
  return typeof name === 'string' && name !== '' ? regionEndpointBySystemName(name) : null;
}

const SIMPLE_PATHS: Partial<Readonly<Record<MetadataCategory, string>>> = {
  AmiId: `${META}/ami-id`,
  LaunchIndex: `${META}/ami-launch-index`,
  ManifestPath: `${META}/ami-manifest-path`,
  InstanceId: `${META}/instance-id`,
  InstanceType: `${META}/instance-type`,
  LocalHostname: `${META}/local-hostname`,
  LocalIpv4: `${META}/local-ipv4`,
  KernelId: `${META}/kernel-id`,
  AvailabilityZone: `${META}/placement/availability-zone`,
  PublicKey: `${META}/public-keys/0/openssh-key`,
  RamdiskId: `${META}/ramdisk-id`,
  ReservationId: `${META}/reservation-id`,
  UserData: '/latest/user-data',
  InstanceMonitoring: `${DYNAMIC}/fws/instance-monitoring`,
  IdentityDocument: `${DYNAMIC}/instance-identity/document`,
  IdentitySignature: `${DYNAMIC}/instance-identity/signature`,
  IdentityPkcs7: `${DYNAMIC}/instance-identity/pkcs7`,
};

/** What the cmdlet writes for a category: a value ($null when the instance has no such item) or a ListValue. */
export async function readCategory(imds: ImdsSession, category: MetadataCategory): Promise<unknown> {
  const simple = SIMPLE_PATHS[category];
  if (simple !== undefined) return imds.get(simple);
  switch (category) {
    case 'AncestorAmiId':
      return new ListValue((await imds.items(`${META}/ancestor-ami-ids`)) ?? []);
    case 'ProductCode':
      return new ListValue((await imds.items(`${META}/product-codes`)) ?? []);
    case 'SecurityGroup':
      return (await imds.items(`${META}/security-groups`)) ?? null;
    case 'BlockDeviceMapping': {
      const names = (await imds.items(`${META}/block-device-mapping`)) ?? [];
      const pairs: PSObject[] = [];
      for (const name of names) pairs.push(keyValuePair(name, await imds.get(`${META}/block-device-mapping/${name}`)));
      return new ListValue(pairs);
    }
    case 'PublicHostname': {
      const names: unknown[] = [];
      for (const mac of await interfaceMacs(imds)) names.push(await imds.get(`${META}/network/interfaces/macs/${mac}/public-hostname`));
      return new ListValue(names);
    }
    case 'PublicIpv4': {
      const addresses: string[] = [];
      for (const mac of await interfaceMacs(imds)) addresses.push(...((await imds.items(`${META}/network/interfaces/macs/${mac}/public-ipv4s`)) ?? []));
      return new ListValue(addresses);
    }
    case 'Region':
      return regionOf(imds);
    default:
      throw new Error(`no reader for metadata category ${category}`);
  }
}

/**
 * -Path: a path under /latest/meta-data ('/instance-id', 'network/interfaces/macs'), or a full URL on the
 * metadata service's endpoint, which is used as it is (as EC2InstanceMetadata.GetData does).
 */
export function metadataPath(path: string, endpoint: string): string {
  if (path.startsWith(endpoint)) return path.slice(endpoint.length) || '/';
  return `${META}/${path.replace(/^\/+/, '')}`;
}
