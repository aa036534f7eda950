import { describe, expect, it } from 'vitest';
import { allRegions, findRegion, listRegions, regionSystemNames } from '../../../src/aws/regions/region-data.js';

describe('region data', () => {
  it('has the display names Get-AWSRegion shows', () => {
    expect(findRegion('us-east-1')?.displayName).toBe('US East (N. Virginia)');
    expect(findRegion('us-west-2')?.displayName).toBe('US West (Oregon)');
    expect(findRegion('ap-east-1')?.displayName).toBe('Asia Pacific (Hong Kong)');
    expect(findRegion('sa-east-1')?.displayName).toBe('South America (Sao Paulo)');
    expect(findRegion('cn-north-1')?.displayName).toBe('China (Beijing)');
    expect(findRegion('us-gov-west-1')?.displayName).toBe('AWS GovCloud (US-West)');
  });

  it('finds regions case-insensitively and ignores surrounding blanks', () => {
    expect(findRegion(' EU-West-1 ')?.systemName).toBe('eu-west-1');
    expect(findRegion('eu-west-9')).toBeUndefined();
    expect(findRegion('')).toBeUndefined();
  });

  it('is sorted by system name with no duplicates', () => {
    const names = regionSystemNames();
    expect([...names].sort()).toEqual(names);
    expect(new Set(names).size).toBe(names.length);
    expect(allRegions().map((r) => r.systemName)).toEqual(names);
  });

  it('lists public regions only by default', () => {
    const names = listRegions().map((r) => r.systemName);
    expect(names).toContain('us-east-1');
    expect(names.some((n) => n.startsWith('cn-') || n.startsWith('us-gov-'))).toBe(false);
  });

  it('adds China and GovCloud regions on request', () => {
    const china = listRegions({ includeChina: true }).map((r) => r.systemName);
    expect(china).toEqual(expect.arrayContaining(['cn-north-1', 'cn-northwest-1']));
    expect(china.some((n) => n.startsWith('us-gov-'))).toBe(false);
    const gov = listRegions({ includeGovCloud: true }).map((r) => r.systemName);
    expect(gov).toEqual(expect.arrayContaining(['us-gov-east-1', 'us-gov-west-1']));
    expect(gov.some((n) => n.startsWith('cn-'))).toBe(false);
    expect(listRegions({ includeChina: true, includeGovCloud: true })).toHaveLength(allRegions().length);
  });

  it('lists only GovCloud with govCloudOnly', () => {
    expect(listRegions({ govCloudOnly: true, includeChina: true }).map((r) => r.systemName)).toEqual(['us-gov-east-1', 'us-gov-west-1']);
  });
});
