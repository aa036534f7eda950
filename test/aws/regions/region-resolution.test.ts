import { describe, expect, it } from 'vitest';
import { RuntimeError } from '../../../src/engine/errors.js';
import { regionSystemNames } from '../../../src/aws/regions/region-data.js';
import { clearStoredRegion, getStoredRegion, setStoredRegion, STORED_REGION_VARIABLE } from '../../../src/aws/regions/default-region.js';
import { isAWSRegionObject, newAWSRegionObject, AWS_REGION_TYPE_NAME } from '../../../src/aws/regions/aws-region-object.js';
import {
  NO_REGION_MESSAGE,
  regionArgumentName,
  resolveRegion,
  tryResolveRegion,
  unsupportedRegionText,
  validateRegionArgument,
} from '../../../src/aws/regions/region-resolution.js';
import { toStr } from '../../../src/engine/conversions.js';
import { fakeSession } from './fake-session.js';

const CLASS = 'Amazon.PowerShell.Common.SetDefaultRegionCmdlet';

function thrown(f: () => unknown): RuntimeError {
  try {
    f();
  } catch (e) {
    if (e instanceof RuntimeError) return e;
    throw e;
  }
  throw new Error('expected a RuntimeError');
}

describe('shell default region ($StoredAWSRegion)', () => {
  it('is read from and written to the session variable', () => {
    const s = fakeSession();
    expect(getStoredRegion(s)).toBeUndefined();
    setStoredRegion(s, 'us-west-2');
    expect(s.getVariable(STORED_REGION_VARIABLE)).toBe('us-west-2');
    expect(getStoredRegion(s)).toBe('us-west-2');
  });

  it('honours a scope and clears to $null rather than removing', () => {
    const s = fakeSession();
    setStoredRegion(s, 'eu-west-1', 'Global');
    expect(s.scopes.get('global')?.get('storedawsregion')).toBe('eu-west-1');
    clearStoredRegion(s, 'Global');
    expect(s.scopes.get('global')?.has('storedawsregion')).toBe(true);
    expect(s.getVariable(STORED_REGION_VARIABLE)).toBeNull();
    expect(getStoredRegion(s)).toBeUndefined();
  });

  it('ignores values that are not strings', () => {
    const s = fakeSession();
    s.setVariable(STORED_REGION_VARIABLE, 42);
    expect(getStoredRegion(s)).toBeUndefined();
  });
});

describe('AWSRegion objects', () => {
  it('carry Region, Name, IsShellDefault and print as the system name', () => {
    const s = fakeSession();
    const r = newAWSRegionObject('us-west-2', 'US West (Oregon)', s);
    expect(r.typeNames[0]).toBe(AWS_REGION_TYPE_NAME);
    expect(r.propertyNames()).toEqual(['Region', 'Name', 'IsShellDefault']);
    expect(toStr(r)).toBe('us-west-2');
    expect(isAWSRegionObject(r)).toBe(true);
    expect(isAWSRegionObject('us-west-2')).toBe(false);
  });

  it('computes IsShellDefault when read, case-insensitively', () => {
    const s = fakeSession();
    const r = newAWSRegionObject('us-west-2', 'US West (Oregon)', s);
    expect(r.get('IsShellDefault')).toBe(false);
    setStoredRegion(s, 'US-WEST-2');
    expect(r.get('IsShellDefault')).toBe(true);
  });
});

describe('-Region validation', () => {
  it('accepts a system name or an AWSRegion object', () => {
    const s = fakeSession();
    expect(validateRegionArgument('eu-central-1', CLASS).systemName).toBe('eu-central-1');
    expect(validateRegionArgument('EU-CENTRAL-1', CLASS).systemName).toBe('eu-central-1');
    expect(validateRegionArgument(newAWSRegionObject('cn-north-1', 'China (Beijing)', s), CLASS).systemName).toBe('cn-north-1');
  });

  it('rejects an unknown name listing every supported value, as AWS Tools words it', () => {
    const e = thrown(() => validateRegionArgument('mars-north-1', CLASS));
    expect(unsupportedRegionText()).toBe(`Unsupported Region value. Supported values: ${regionSystemNames().join(',')}`);
    expect(e.record.message).toBe(`Specified argument was out of the range of valid values. (Parameter '${unsupportedRegionText()}')`);
    expect(e.record.exception.typeName).toBe('System.ArgumentOutOfRangeException');
    expect(e.record.exception.baseTypeNames).toContain('System.ArgumentException');
    expect(e.record.fullyQualifiedErrorId).toBe(`System.ArgumentOutOfRangeException,${CLASS}`);
  });

  it('rejects values that are neither a string nor an AWSRegion', () => {
    const msg = 'Unsupported parameter type; Region must be a string containing the system name for a region, or an AWSRegion instance';
    expect(thrown(() => regionArgumentName(42, CLASS)).record.message).toBe(msg);
    expect(thrown(() => regionArgumentName('', CLASS)).record.message).toBe(msg);
    expect(thrown(() => regionArgumentName('', CLASS)).record.fullyQualifiedErrorId).toBe(`System.ArgumentException,${CLASS}`);
  });
});

describe('region resolution order', () => {
  it('prefers the argument, then $StoredAWSRegion, the profile, AWS_REGION, the service default', () => {
    const s = fakeSession();
    const all = { env: { AWS_REGION: 'ca-central-1' }, profileRegion: () => 'eu-north-1', serviceDefault: 'us-east-1' };
    setStoredRegion(s, 'ap-south-1');
    expect(tryResolveRegion(s, 'sa-east-1', CLASS, all)).toEqual({ systemName: 'sa-east-1', source: 'String' });
    expect(tryResolveRegion(s, null, CLASS, all)).toEqual({ systemName: 'ap-south-1', source: 'Session' });
    clearStoredRegion(s);
    expect(tryResolveRegion(s, null, CLASS, all)).toEqual({ systemName: 'eu-north-1', source: 'Saved' });
    expect(tryResolveRegion(s, null, CLASS, { ...all, profileRegion: () => undefined })).toEqual({ systemName: 'ca-central-1', source: 'Environment' });
    expect(tryResolveRegion(s, null, CLASS, { env: {}, serviceDefault: 'us-east-1' })).toEqual({ systemName: 'us-east-1', source: 'ServiceDefault' });
    expect(tryResolveRegion(s, null, CLASS, { env: {} })).toBeUndefined();
  });

  it('AWS_DEFAULT_REGION follows AWS_REGION; the instance region comes last and never before a service default', () => {
    const s = fakeSession();
    const imds = () => 'eu-west-3';
    expect(tryResolveRegion(s, null, CLASS, { env: { AWS_DEFAULT_REGION: 'eu-west-1' }, instanceRegion: imds })).toEqual({ systemName: 'eu-west-1', source: 'Environment' });
    expect(tryResolveRegion(s, null, CLASS, { env: { AWS_REGION: 'us-west-2', AWS_DEFAULT_REGION: 'eu-west-1' } })).toEqual({ systemName: 'us-west-2', source: 'Environment' });
    expect(tryResolveRegion(s, null, CLASS, { env: {}, serviceDefault: 'us-east-1', instanceRegion: imds })).toEqual({ systemName: 'us-east-1', source: 'ServiceDefault' });
    expect(tryResolveRegion(s, null, CLASS, { env: {}, instanceRegion: imds })).toEqual({ systemName: 'eu-west-3', source: 'InstanceMetadata' });
    expect(tryResolveRegion(s, null, CLASS, { env: {}, instanceRegion: () => undefined })).toBeUndefined();
  });

  it('fails with the AWS Tools message when there is no region anywhere', () => {
    const e = thrown(() => resolveRegion(fakeSession(), undefined, CLASS, { env: {} }));
    expect(e.record.message).toBe(NO_REGION_MESSAGE);
    expect(NO_REGION_MESSAGE).toBe('No region specified or obtained from persisted/shell defaults.');
  });
});
