// System.Diagnostics.Stopwatch: elapsed time measured with the monotonic clock.

import { TimeSpan } from './timespan.js';

export class Stopwatch {
  private startedAt: number | null = null;
  private accumulatedMs = 0;

  static startNew(): Stopwatch {
    const s = new Stopwatch();
    s.start();
    return s;
  }

  get typeName(): string {
    return 'System.Diagnostics.Stopwatch';
  }

  get isRunning(): boolean {
    return this.startedAt !== null;
  }

  get elapsedMs(): number {
    return this.accumulatedMs + (this.startedAt === null ? 0 : performance.now() - this.startedAt);
  }

  get elapsed(): TimeSpan {
    return TimeSpan.fromMilliseconds(this.elapsedMs);
  }

  start(): void {
    if (this.startedAt === null) this.startedAt = performance.now();
  }

  stop(): void {
    if (this.startedAt !== null) {
      this.accumulatedMs += performance.now() - this.startedAt;
      this.startedAt = null;
    }
  }

  reset(): void {
    this.startedAt = null;
    this.accumulatedMs = 0;
  }

  restart(): void {
    this.reset();
    this.start();
  }

  toString(): string {
    return 'System.Diagnostics.Stopwatch';
  }
}
