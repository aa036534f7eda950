// The AWS.Tools auto-iteration loop (generated Execute for paginated operations): call, write the page's
// selected output, follow the next token until it is empty, unless the user controls paging
// (-NoAutoIteration, or the start parameter was bound at all, even to $null).

import { isPromise, type MaybePromise } from '../../pipeline/types.js';
import { getMember } from '../../engine/members.js';
import type { Selector } from '../select/selector.js';

export interface AutoPageOptions<R> {
  /** Calls the service with request[Start] = token ($null for the first page unless the user passed one). */
  sendPage(token: unknown): Promise<R>;
  /** The start parameter's value (-Marker, -NextToken); $null when unbound. */
  initialToken?: unknown;
  /** The start parameter was bound (even to $null): one call only. */
  startParameterBound: boolean;
  /** -NoAutoIteration was given: one call only. */
  noAutoIteration: boolean;
  /** Response member holding the next token (a path like 'NextMarker' or 'NextPageToken'). */
  nextTokenMember: string;
  /** Overrides reading nextTokenMember (e.g. the S3 ListObjects last-key rule, s3ListObjectsNextMarker). */
  nextToken?: (response: R) => unknown;
  /** What to write for each page (createSelector). */
  selector: Selector;
  /** Writes one object downstream; a StopUpstreamError it throws ends paging (no further page is requested). */
  emit(item: unknown): MaybePromise<void>;
  /** Each successful response, before its output is written (history recording). */
  onResponse?(response: R): void;
  /** Objects written for a page (EmittedObjectsCount); the final ^Param/-PassThru value is not counted, as in AWS Tools. */
  onEmitted?(count: number): void;
  /** A failed call, before the error is rethrown (a service error on any page is terminating). */
  onError?(error: unknown): void;
  /** Stops requesting pages once aborted (the pipeline was stopped). */
  signal?: AbortSignal;
  /** Told the running item count while further pages are fetched, and when paging ends (pagingProgress). */
  progress?: PagingProgress;
}

export interface PagingProgress {
  /** Another page is being fetched; `items` objects were written so far. */
  update(items: number): void;
  end(): void;
}

export interface AutoPageResult {
  /** Service calls made. */
  pages: number;
}

/** AutoIterationHelpers.HasValue: a non-empty string, or any other non-null value. */
export function hasTokenValue(token: unknown): boolean {
  return token !== null && token !== undefined && token !== '';
}

function readPath(value: unknown, path: string): unknown {
  let v = value;
  for (const segment of path.split('.')) {
    if (v === null || v === undefined) return null;
    v = getMember(v, segment);
  }
  return v ?? null;
}

export async function autoPage<R>(options: AutoPageOptions<R>): Promise<AutoPageResult> {
  const { selector, emit, progress } = options;
  const userControllingPaging = options.noAutoIteration || options.startParameterBound;
  const readNext = options.nextToken ?? ((r: R) => readPath(r, options.nextTokenMember));
  let token: unknown = options.initialToken ?? null;
  let pages = 0;
  let items = 0;
  let more = false;
  try {
    do {
      let response: R;
      try {
        response = await options.sendPage(token);
      } catch (e) {
        options.onError?.(e);
        throw e;
      }
      pages++;
      options.onResponse?.(response);
      if (!selector.selectsParameter) {
        const values = selector(response);
        for (const v of values) {
          const r = emit(v);
          if (isPromise(r)) await r;
        }
        options.onEmitted?.(values.length);
        items += values.length;
      }
      token = readNext(response);
      more = !userControllingPaging && hasTokenValue(token) && !options.signal?.aborted;
      // A long listing shows how far it got while the next page is fetched.
      if (more && !selector.selectsParameter) progress?.update(items);
    } while (more);
  } finally {
    progress?.end();
  }
  if (selector.selectsParameter) {
    // WriteObject(Select(null, this)): one object, not enumerated, even when it is $null.
    const r = emit(selector.value(null));
    if (isPromise(r)) await r;
  }
  return { pages };
}
