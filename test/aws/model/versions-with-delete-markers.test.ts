// ListVersionsResponse.Versions: the JS SDK's separate Versions and DeleteMarkers lists merged back into the
// document order the .NET SDK reads (keys in order, each key's newest first), also when a delete marker and a
// version share a LastModified second (S3 and moto report whole seconds).

import { describe, expect, it } from 'vitest';
import { computedPath } from '../../../src/aws/model/computed-paths.js';

const at = (s: string): Date => new Date(`2026-11-26T06:00:${s}Z`);

function order(response: Record<string, unknown>): string[] {
  return (computedPath('s3VersionsWithDeleteMarkers', response, undefined) as Array<Record<string, unknown>>).map(
    (v) => `${String(v.Key)}:${v.IsDeleteMarker === true ? 'marker' : String(v.VersionId)}`,
  );
}

describe('Versions with delete markers', () => {
  it('puts each key newest first, markers among versions by time', () => {
    const r = order({
      Versions: [
        { Key: 'a', VersionId: 'v2', LastModified: at('02'), IsLatest: false },
        { Key: 'a', VersionId: 'v1', LastModified: at('01'), IsLatest: false },
        { Key: 'b', VersionId: 'v3', LastModified: at('01'), IsLatest: true },
      ],
      DeleteMarkers: [{ Key: 'a', VersionId: 'm', LastModified: at('03'), IsLatest: true }],
    });
    expect(r).toEqual(['a:marker', 'a:v2', 'a:v1', 'b:v3']);
  });

  it('within one second, the latest (here the marker) leads', () => {
    const r = order({
      Versions: [
        { Key: 'a', VersionId: 'v2', LastModified: at('05'), IsLatest: false },
        { Key: 'a', VersionId: 'v1', LastModified: at('05'), IsLatest: false },
      ],
      DeleteMarkers: [{ Key: 'a', VersionId: 'm', LastModified: at('05'), IsLatest: true }],
    });
    expect(r).toEqual(['a:marker', 'a:v2', 'a:v1']);
  });
});
