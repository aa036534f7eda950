// The AWSRegion object Get-AWSRegion and Get-DefaultAWSRegion emit (Amazon.PowerShell.Common.AWSRegion):
// Region, Name and a live IsShellDefault, printing as its system name in strings ("$r" is 'us-west-2').

import { PSObject } from '../../objects/psobject.js';
import type { SessionStateApi } from '../../pipeline/types.js';
import { getStoredRegion } from './default-region.js';

export const AWS_REGION_TYPE_NAME = 'Amazon.PowerShell.Common.AWSRegion';

export function newAWSRegionObject(systemName: string, displayName: string, session: SessionStateApi): PSObject {
  const o = new PSObject([AWS_REGION_TYPE_NAME, 'System.Object']);
  o.addNote('Region', systemName, 'Property', 'System.String');
  o.addNote('Name', displayName, 'Property', 'System.String');
  o.addNote('IsShellDefault', false, 'Property', 'System.Boolean');
  // Like the .NET getter, it reads $StoredAWSRegion each time, so an object made before
  // Set-DefaultAWSRegion reflects the new default.
  const isDefault = o.getProperty('IsShellDefault');
  if (isDefault) isDefault.getter = () => getStoredRegion(session)?.toLowerCase() === systemName.toLowerCase();
  o.sealed = true;
  o.toStringOverride = () => systemName;
  return o;
}

export function isAWSRegionObject(value: unknown): value is PSObject {
  return value instanceof PSObject && value.typeNames[0]?.toLowerCase() === AWS_REGION_TYPE_NAME.toLowerCase();
}
