// The evaluator is written as generators that yield only when they meet a promise (an AWS call, a file
// read). drive() runs one synchronously until that happens, so pure computation such as a Where-Object
// filter never pays for async/await, and switches to awaiting only when it must.

import type { MaybePromise } from '../pipeline/types.js';

export type Eval<T> = Generator<Promise<unknown>, T, unknown>;

export function drive<T>(gen: Eval<T>): MaybePromise<T> {
  const r = gen.next();
  if (r.done) return r.value;
  return continueAsync(gen, r.value);
}

async function continueAsync<T>(gen: Eval<T>, pending: Promise<unknown>): Promise<T> {
  let p = pending;
  for (;;) {
    let r: IteratorResult<Promise<unknown>, T>;
    try {
      const value = await p;
      r = gen.next(value);
    } catch (e) {
      r = gen.throw(e);
    }
    if (r.done) return r.value;
    p = r.value;
  }
}

/** Inside a generator: `const v = yield* awaitMaybe(x)` waits only when x is a promise. */
export function* awaitMaybe<T>(v: MaybePromise<T>): Eval<T> {
  if (v instanceof Promise) return (yield v) as T;
  return v;
}
