// The S3 members the .NET SDK computes from headers rather than reading one wire member (no service needed).

import { describe, expect, it } from 'vitest';
import { toDotNet } from '../../../src/aws/cmdlet/dotnet-shapes.js';
import { PSObject } from '../../../src/objects/psobject.js';
import { ConstantValue } from '../../../src/objects/constant-value.js';

function metadataResponse(output: Record<string, unknown>): PSObject {
  const o = toDotNet({ $metadata: { httpStatusCode: 200 }, ...output }, 'Amazon.S3.Model.GetObjectMetadataResponse');
  if (!(o instanceof PSObject)) throw new Error('not an object');
  return o;
}

describe('GetObjectMetadataResponse computed members', () => {
  it('reads RestoreInProgress and RestoreExpiration from x-amz-restore', () => {
    const o = metadataResponse({ Restore: 'ongoing-request="false", expiry-date="Fri, 21 Dec 2012 00:00:00 GMT"' });
    expect(o.get('RestoreInProgress')).toBe(false);
    expect((o.get('RestoreExpiration') as Date).toISOString()).toBe('2012-12-21T00:00:00.000Z');
    expect(metadataResponse({}).get('RestoreInProgress')).toBeNull();
  });

  it('parses x-amz-expiration into an Expiration', () => {
    const e = metadataResponse({ Expiration: 'expiry-date="Fri, 23 Dec 2012 00:00:00 GMT", rule-id="picture-deletion-rule"' }).get('Expiration') as PSObject;
    expect(e.typeNames[0]).toBe('Amazon.S3.Model.Expiration');
    expect(e.get('RuleId')).toBe('picture-deletion-rule');
    expect((e.get('ExpiryDate') as Date).toISOString()).toBe('2012-12-23T00:00:00.000Z');
  });

  it('gives Headers.ContentLength -1 and empty collections when the headers are missing', () => {
    const o = metadataResponse({});
    const headers = o.get('Headers') as PSObject;
    expect(headers.get('ContentLength')).toBe(-1);
    expect(headers.get('Count')).toBe(0);
    expect(headers.indexer?.('Content-Type')).toBeNull();
    expect((o.get('Metadata') as PSObject).get('Keys')).toEqual([]);
    // ServerSideEncryptionMethod.None, the ConstantClass whose value is ''.
    expect(o.get('ServerSideEncryptionMethod')).toEqual(new ConstantValue('Amazon.S3.ServerSideEncryptionMethod', ''));
  });
});
