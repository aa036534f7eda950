// The message of the RuntimeError a value operation throws (fails the test when it throws nothing).

import { RuntimeError } from '../../../src/engine/errors.js';

export function errorOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (e instanceof RuntimeError) return e.message;
    throw e;
  }
  throw new Error('expected an error');
}
