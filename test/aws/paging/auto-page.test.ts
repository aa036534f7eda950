// The auto-iteration loop with a counting fake sendPage (the loop is pure: it never sees the SDK).

import { describe, expect, it } from 'vitest';
import { PSObject } from '../../../src/objects/psobject.js';
import { autoPage, hasTokenValue, type AutoPageOptions } from '../../../src/aws/paging/auto-page.js';
import { applyS3NextMarkerRule, s3ListObjectsNextMarker } from '../../../src/aws/paging/s3-list-objects.js';
import { createSelector } from '../../../src/aws/select/selector.js';
import { StopUpstreamError } from '../../../src/pipeline/stop.js';

/** A service with `pages` pages of two items; records the tokens it was called with. */
function fakeService(pages: number): { calls: unknown[]; sendPage: (token: unknown) => Promise<PSObject> } {
  const calls: unknown[] = [];
  return {
    calls,
    sendPage(token) {
      calls.push(token);
      const n = token === null || token === undefined ? 1 : Number(String(token).slice(1)) + 1;
      return Promise.resolve(
        PSObject.fromRecord({ Items: [`p${n}-a`, `p${n}-b`], NextToken: n < pages ? `t${n}` : null }, ['Fake.ListResponse']),
      );
    },
  };
}

function options(pages: number, extra: Partial<AutoPageOptions<PSObject>> = {}) {
  const service = fakeService(pages);
  const out: unknown[] = [];
  const opts: AutoPageOptions<PSObject> = {
    sendPage: service.sendPage,
    startParameterBound: false,
    noAutoIteration: false,
    nextTokenMember: 'NextToken',
    selector: createSelector(undefined, { defaultOutputProperty: 'Items', boundParameters: {} }),
    emit: (item) => {
      out.push(item);
    },
    ...extra,
  };
  return { service, out, opts };
}

describe('autoPage', () => {
  it('follows the next token until it is empty, writing each page', async () => {
    const { service, out, opts } = options(3);
    const r = await autoPage(opts);
    expect(r.pages).toBe(3);
    expect(service.calls).toEqual([null, 't1', 't2']);
    expect(out).toEqual(['p1-a', 'p1-b', 'p2-a', 'p2-b', 'p3-a', 'p3-b']);
  });

  it('makes one call for a single page', async () => {
    const { service, opts } = options(1);
    expect((await autoPage(opts)).pages).toBe(1);
    expect(service.calls).toEqual([null]);
  });

  it('treats an empty-string token as the end', async () => {
    let calls = 0;
    const { opts } = options(1, {
      sendPage: () => {
        calls++;
        return Promise.resolve(PSObject.fromRecord({ Items: [], NextToken: '' }));
      },
    });
    await autoPage(opts);
    expect(calls).toBe(1);
    expect(hasTokenValue('')).toBe(false);
    expect(hasTokenValue(null)).toBe(false);
    expect(hasTokenValue('x')).toBe(true);
    expect(hasTokenValue(0)).toBe(true);
  });

  it('makes a single call with -NoAutoIteration', async () => {
    const { service, out, opts } = options(3, { noAutoIteration: true });
    expect((await autoPage(opts)).pages).toBe(1);
    expect(service.calls).toEqual([null]);
    expect(out).toEqual(['p1-a', 'p1-b']);
  });

  it('makes a single call when the start parameter is bound, even to $null', async () => {
    const bound = options(3, { startParameterBound: true, initialToken: 't1' });
    await autoPage(bound.opts);
    expect(bound.service.calls).toEqual(['t1']);
    expect(bound.out).toEqual(['p2-a', 'p2-b']);
    const boundNull = options(3, { startParameterBound: true, initialToken: null });
    await autoPage(boundNull.opts);
    expect(boundNull.service.calls).toEqual([null]);
  });

  it('requests no further page once the pipeline stops upstream', async () => {
    const { service, out, opts } = options(5, {
      emit: (item) => {
        out.push(item);
        if (out.length === 3) throw new StopUpstreamError();
      },
    });
    await expect(autoPage(opts)).rejects.toBeInstanceOf(StopUpstreamError);
    expect(service.calls).toEqual([null, 't1']);
    expect(out).toEqual(['p1-a', 'p1-b', 'p2-a']);
  });

  it('awaits an asynchronous emit before the next page', async () => {
    const order: string[] = [];
    const { opts } = options(2, {
      sendPage: (token) => {
        order.push(`call ${String(token)}`);
        return fakeService(2).sendPage(token);
      },
      emit: async (item) => {
        await new Promise((r) => setTimeout(r, 1));
        order.push(String(item));
      },
    });
    await autoPage(opts);
    expect(order).toEqual(['call null', 'p1-a', 'p1-b', 'call t1', 'p2-a', 'p2-b']);
  });

  it("with '^Param' suppresses page output and writes the value once at the end, not enumerated", async () => {
    const selector = createSelector('^Tags', {
      defaultOutputProperty: 'Items',
      boundParameters: { Tags: ['x', 'y'] },
      parameters: [{ name: 'Tags', type: 'System.String[]' }],
    });
    const { service, out, opts } = options(3, { selector });
    await autoPage(opts);
    expect(service.calls.length).toBe(3);
    expect(out).toEqual([['x', 'y']]);
  });

  it('with -PassThru writes the parameter once, even when it is $null', async () => {
    const selector = createSelector(undefined, { defaultOutputProperty: 'Items', boundParameters: {}, passThru: true, passThruParameter: 'QueueUrl' });
    const { out, opts } = options(2, { selector });
    await autoPage(opts);
    expect(out).toEqual([null]);
  });

  it('reports responses, emitted counts and errors to the caller', async () => {
    const responses: unknown[] = [];
    const counts: number[] = [];
    const { opts } = options(2, { onResponse: (r) => responses.push(r.get('NextToken')), onEmitted: (n) => counts.push(n) });
    await autoPage(opts);
    expect(responses).toEqual(['t1', null]);
    expect(counts).toEqual([2, 2]);

    let seen: unknown;
    let calls = 0;
    const failing = options(3, {
      sendPage: (token) => {
        calls++;
        return calls === 2 ? Promise.reject(new Error('Access Denied')) : fakeService(3).sendPage(token);
      },
      onError: (e) => (seen = e),
    });
    await expect(autoPage(failing.opts)).rejects.toThrow('Access Denied');
    expect(calls).toBe(2);
    expect(failing.out).toEqual(['p1-a', 'p1-b']);
    expect((seen as Error).message).toBe('Access Denied');
  });

  it('stops requesting pages once the signal is aborted', async () => {
    const ac = new AbortController();
    const { service, opts } = options(5, { signal: ac.signal, emit: () => ac.abort() });
    await autoPage(opts);
    expect(service.calls).toEqual([null]);
  });

  it('reads a nested next-token path', async () => {
    let calls = 0;
    const { opts } = options(1, {
      nextTokenMember: 'Paging.Next',
      sendPage: () => {
        calls++;
        return Promise.resolve(PSObject.fromRecord({ Items: [], Paging: PSObject.fromRecord({ Next: calls < 2 ? 'n' : null }) }));
      },
    });
    await autoPage(opts);
    expect(calls).toBe(2);
  });
});

describe('S3 ListObjects (V1) NextMarker', () => {
  const obj = (key: string) => PSObject.fromRecord({ Key: key });

  it('uses the last key of a truncated page without NextMarker', () => {
    const r = PSObject.fromRecord({ IsTruncated: true, NextMarker: null, S3Objects: [obj('a'), obj('b')] });
    expect(s3ListObjectsNextMarker(r)).toBe('b');
    applyS3NextMarkerRule(r);
    expect(r.get('NextMarker')).toBe('b');
  });

  it("keeps the service's NextMarker, and has none for the last page", () => {
    expect(s3ListObjectsNextMarker(PSObject.fromRecord({ IsTruncated: true, NextMarker: 'm', S3Objects: [obj('a')] }))).toBe('m');
    expect(s3ListObjectsNextMarker(PSObject.fromRecord({ IsTruncated: false, NextMarker: null, S3Objects: [obj('a')] }))).toBeNull();
    expect(s3ListObjectsNextMarker(PSObject.fromRecord({ IsTruncated: true, NextMarker: null, S3Objects: [] }))).toBeNull();
    expect(s3ListObjectsNextMarker(PSObject.fromRecord({ IsTruncated: true, Contents: [obj('z')] }))).toBe('z');
  });

  it('drives autoPage through all keys', async () => {
    const keys = ['a', 'b', 'c', 'd', 'e'];
    const markers: unknown[] = [];
    const out: unknown[] = [];
    const r = await autoPage<PSObject>({
      sendPage(marker) {
        markers.push(marker);
        const start = marker === null ? 0 : keys.indexOf(String(marker)) + 1;
        const page = keys.slice(start, start + 2);
        return Promise.resolve(PSObject.fromRecord({ IsTruncated: start + 2 < keys.length, NextMarker: null, S3Objects: page.map(obj) }));
      },
      startParameterBound: false,
      noAutoIteration: false,
      nextTokenMember: 'NextMarker',
      nextToken: s3ListObjectsNextMarker,
      selector: createSelector('S3Objects.Key', { defaultOutputProperty: 'S3Objects', boundParameters: {} }),
      emit: (k) => {
        out.push(k);
      },
    });
    expect(r.pages).toBe(3);
    expect(markers).toEqual([null, 'b', 'd']);
    expect(out).toEqual(keys);
  });
});
