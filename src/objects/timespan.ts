// System.TimeSpan, held as whole ticks (100 ns) like .NET so arithmetic and formatting agree with it.

export const TICKS_PER_MS = 10_000;
export const TICKS_PER_SECOND = 10_000_000;
export const TICKS_PER_MINUTE = 60 * TICKS_PER_SECOND;
export const TICKS_PER_HOUR = 60 * TICKS_PER_MINUTE;
export const TICKS_PER_DAY = 24 * TICKS_PER_HOUR;

export class TimeSpan {
  constructor(readonly ticks: number) {}

  static fromMilliseconds(ms: number): TimeSpan {
    return new TimeSpan(Math.round(ms * TICKS_PER_MS));
  }

  static fromParts(days: number, hours: number, minutes: number, seconds: number, ms = 0): TimeSpan {
    return new TimeSpan(
      days * TICKS_PER_DAY + hours * TICKS_PER_HOUR + minutes * TICKS_PER_MINUTE + seconds * TICKS_PER_SECOND + ms * TICKS_PER_MS,
    );
  }

  get totalMilliseconds(): number {
    return this.ticks / TICKS_PER_MS;
  }
  get totalSeconds(): number {
    return this.ticks / TICKS_PER_SECOND;
  }
  get totalMinutes(): number {
    return this.ticks / TICKS_PER_MINUTE;
  }
  get totalHours(): number {
    return this.ticks / TICKS_PER_HOUR;
  }
  get totalDays(): number {
    return this.ticks / TICKS_PER_DAY;
  }
  get days(): number {
    return Math.trunc(this.ticks / TICKS_PER_DAY);
  }
  get hours(): number {
    return Math.trunc((this.ticks % TICKS_PER_DAY) / TICKS_PER_HOUR);
  }
  get minutes(): number {
    return Math.trunc((this.ticks % TICKS_PER_HOUR) / TICKS_PER_MINUTE);
  }
  get seconds(): number {
    return Math.trunc((this.ticks % TICKS_PER_MINUTE) / TICKS_PER_SECOND);
  }
  get milliseconds(): number {
    return Math.trunc((this.ticks % TICKS_PER_SECOND) / TICKS_PER_MS);
  }

  /** .NET's constant ("c") format: [-][d.]hh:mm:ss[.fffffff] */
  toString(): string {
    const neg = this.ticks < 0;
    const t = Math.abs(this.ticks);
    const days = Math.trunc(t / TICKS_PER_DAY);
    const h = Math.trunc((t % TICKS_PER_DAY) / TICKS_PER_HOUR);
    const m = Math.trunc((t % TICKS_PER_HOUR) / TICKS_PER_MINUTE);
    const s = Math.trunc((t % TICKS_PER_MINUTE) / TICKS_PER_SECOND);
    const frac = t % TICKS_PER_SECOND;
    const pad = (n: number, w = 2) => String(n).padStart(w, '0');
    let out = `${neg ? '-' : ''}${days ? `${days}.` : ''}${pad(h)}:${pad(m)}:${pad(s)}`;
    if (frac) out += `.${pad(frac, 7)}`;
    return out;
  }
}
