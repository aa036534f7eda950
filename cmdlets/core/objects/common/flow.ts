// MaybePromise plumbing: the pipeline is push-based and mostly synchronous, so cmdlets stay synchronous
// until something really returns a promise, and only then continue asynchronously.

import { isPromise, type CommandContext, type MaybePromise } from '../../../../src/pipeline/types.js';

/** Writes items[start..] one by one (each as a single object), going async only when a write does. */
export function writeEach(ctx: CommandContext, items: readonly unknown[], start = 0): MaybePromise<void> {
  for (let i = start; i < items.length; i++) {
    const r = ctx.write(items[i]);
    if (isPromise(r)) return r.then(() => writeEach(ctx, items, i + 1));
  }
}
