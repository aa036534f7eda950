// Waiting on jobs without blocking the session: a promise that settles the next time any of the jobs changes (a
// state change or new data), the pipeline is stopped (Ctrl-C), or a timeout expires.

import { PipelineStoppedError } from '../../../src/pipeline/stop.js';
import type { Job } from './job.js';

/** Resolves true on the next change of any job, false when timeoutMs (if any) expired first; rejects when stopped. */
export function nextChange(jobs: readonly Job[], signal: AbortSignal, timeoutMs?: number): Promise<boolean> {
  if (signal.aborted) return Promise.reject(new PipelineStoppedError());
  return new Promise<boolean>((resolve, reject) => {
    const offs: Array<() => void> = [];
    let timer: NodeJS.Timeout | undefined;
    const done = (): void => {
      for (const off of offs) off();
      signal.removeEventListener('abort', onAbort);
      if (timer) clearTimeout(timer);
    };
    const onAbort = (): void => {
      done();
      reject(new PipelineStoppedError());
    };
    for (const job of jobs) {
      offs.push(
        job.onChange(() => {
          done();
          resolve(true);
        }),
      );
    }
    signal.addEventListener('abort', onAbort, { once: true });
    if (timeoutMs !== undefined) {
      timer = setTimeout(() => {
        done();
        resolve(false);
      }, Math.max(0, timeoutMs));
    }
  });
}

/** Resolves once the condition holds (checked now and after each change); false when the timeout expired first. */
export async function waitUntil(jobs: readonly Job[], condition: () => boolean, signal: AbortSignal, timeoutMs?: number): Promise<boolean> {
  const deadline = timeoutMs === undefined ? undefined : Date.now() + timeoutMs;
  while (!condition()) {
    const left = deadline === undefined ? undefined : deadline - Date.now();
    if (left !== undefined && left <= 0) return false;
    const changed = await nextChange(jobs, signal, left);
    if (!changed) return condition();
  }
  return true;
}
