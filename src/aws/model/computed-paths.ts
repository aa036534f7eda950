// Members the .NET SDK computes from a response rather than reading one wire member: the '=name' SDK paths of
// the generated shapes (cmdlets/generated/shapes/<svc>.json) name these functions. Each gets the SDK (JS v3)
// value that holds the member and that value's parent, and returns the SDK-side value the member's kind then
// converts (undefined when there is nothing).

type SdkRecord = Record<string, unknown>;
type ComputedPath = (value: SdkRecord, parent: SdkRecord | undefined) => unknown;

function isSdkRecord(v: unknown): v is SdkRecord {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date) && !(v instanceof Uint8Array);
}

/** Binary (ordinal) comparison, the order S3 lists keys in. */
const ordinal = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function timeOf(v: unknown): number {
  return v instanceof Date ? v.getTime() : typeof v === 'string' ? Date.parse(v) : 0;
}

/**
 * S3 ListObjectVersions: the .NET SDK reads <Version> and <DeleteMarker> elements in document order into one
 * Versions list (S3ObjectVersion.IsDeleteMarker tells them apart); the JS SDK splits them into two lists. The
 * document lists keys in order, each key's versions newest first, so merging on that order restores it.
 */
function s3VersionsWithDeleteMarkers(value: SdkRecord): unknown {
  const versions = Array.isArray(value.Versions) ? value.Versions.filter(isSdkRecord) : [];
  const markers = Array.isArray(value.DeleteMarkers) ? value.DeleteMarkers.filter(isSdkRecord).map((m) => ({ ...m, IsDeleteMarker: true })) : [];
  if (markers.length === 0) return versions;
  const before = (a: SdkRecord, b: SdkRecord): boolean => {
    const byKey = ordinal(String(a.Key ?? ''), String(b.Key ?? ''));
    if (byKey !== 0) return byKey < 0;
    const ta = timeOf(a.LastModified);
    const tb = timeOf(b.LastModified);
    if (ta !== tb) return ta > tb;
    // Times are whole seconds: within one, the key's latest version (or marker) leads, as in the document.
    return !(b.IsLatest === true && a.IsLatest !== true);
  };
  const merged: SdkRecord[] = [];
  let v = 0;
  let m = 0;
  while (v < versions.length || m < markers.length) {
    if (m >= markers.length || (v < versions.length && before(versions[v]!, markers[m]!))) merged.push(versions[v++]!);
    else merged.push(markers[m++]!);
  }
  return merged;
}

/** S3BucketVersioningConfig.EnableMfaDelete: the unmarshaller compares the MfaDelete element with "Enabled". */
function s3MfaDeleteEnabled(value: SdkRecord): unknown {
  return value.MFADelete === 'Enabled';
}

/** One quoted field of an S3 header such as x-amz-restore: ongoing-request="false", expiry-date="Fri, 21 Dec 2012 00:00:00 GMT". */
function headerField(header: unknown, field: string): string | undefined {
  if (typeof header !== 'string') return undefined;
  const match = new RegExp(`${field}="([^"]*)"`).exec(header);
  return match?.[1];
}

/** GetObjectMetadataResponse.RestoreInProgress (x-amz-restore's ongoing-request); null without the header. */
function s3RestoreInProgress(value: SdkRecord): unknown {
  const ongoing = headerField(value.Restore, 'ongoing-request');
  return ongoing === undefined ? undefined : ongoing.toLowerCase() === 'true';
}

/** GetObjectMetadataResponse.RestoreExpiration (x-amz-restore's expiry-date). */
function s3RestoreExpiration(value: SdkRecord): unknown {
  const expiry = headerField(value.Restore, 'expiry-date');
  return expiry === undefined ? undefined : new Date(expiry);
}

const COMPUTED_PATHS: Readonly<Record<string, ComputedPath>> = {
  s3VersionsWithDeleteMarkers,
  s3MfaDeleteEnabled,
  s3RestoreInProgress,
  s3RestoreExpiration,
};

/** The value of a computed path ('=name' without the '='); an unknown name is a generator bug, reported loudly. */
export function computedPath(name: string, value: SdkRecord, parent: SdkRecord | undefined): unknown {
  const compute = COMPUTED_PATHS[name];
  if (!compute) throw new Error(`The generated shapes name an unknown computed member '=${name}'.`);
  return compute(value, parent);
}

/** Does a computed path of this name exist? (The generator's shape check.) */
export function isComputedPath(name: string): boolean {
  return Object.hasOwn(COMPUTED_PATHS, name);
}
