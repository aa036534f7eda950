// The .NET SDK's ListObjects (V1) rule: S3 only returns NextMarker when a delimiter was given, so for a
// truncated page without one the SDK sets NextMarker to the page's last key. AWS Tools pages on it, and
// $AWSHistory.LastServiceResponse.NextMarker shows it.

import { PSObject } from '../../objects/psobject.js';
import { getMember } from '../../engine/members.js';

function lastKey(objects: unknown): string | null {
  const items = Array.isArray(objects) ? objects : [];
  const last: unknown = items[items.length - 1];
  if (last === null || last === undefined) return null;
  const key = getMember(last, 'Key');
  return typeof key === 'string' ? key : null;
}

/** The effective NextMarker of a ListObjects response (S3Objects, or the JS SDK's Contents). */
export function s3ListObjectsNextMarker(response: unknown): string | null {
  if (response === null || response === undefined) return null;
  const marker = getMember(response, 'NextMarker');
  if (typeof marker === 'string' && marker !== '') return marker;
  if (getMember(response, 'IsTruncated') !== true) return null;
  const objects = response instanceof PSObject && !response.has('S3Objects') ? getMember(response, 'Contents') : getMember(response, 'S3Objects');
  return lastKey(objects);
}

/** Sets NextMarker on a ListObjects response object as the .NET SDK does. Returns the response. */
export function applyS3NextMarkerRule(response: PSObject): PSObject {
  const marker = s3ListObjectsNextMarker(response);
  if (marker !== null && getMember(response, 'NextMarker') !== marker) response.set('NextMarker', marker);
  return response;
}
