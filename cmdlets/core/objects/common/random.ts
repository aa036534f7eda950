// Get-Random's number generator. Seeded, it is .NET's System.Random (the legacy subtractive generator
// that `new Random(seed)` uses) behind PowerShell's PolymorphicRandomNumberGenerator, so -SetSeed gives
// the same sequence as pwsh; unseeded, it draws from the OS's cryptographic source like pwsh does.

import { randomFillSync } from 'node:crypto';

const MBIG = 2147483647;
const MSEED = 161803398;

/** System.Random's seeded algorithm (Knuth's subtractive generator), with Int32 wrap-around arithmetic. */
export class DotNetRandom {
  private readonly seedArray = new Int32Array(56);
  private inext = 0;
  private inextp = 21;

  constructor(seed: number) {
    const subtraction = seed === -2147483648 ? MBIG : Math.abs(seed);
    let mj = (MSEED - subtraction) | 0;
    this.seedArray[55] = mj;
    let mk = 1;
    for (let i = 1; i < 55; i++) {
      const ii = (21 * i) % 55;
      this.seedArray[ii] = mk;
      mk = (mj - mk) | 0;
      if (mk < 0) mk = (mk + MBIG) | 0;
      mj = this.seedArray[ii]!;
    }
    for (let k = 1; k < 5; k++) {
      for (let i = 1; i < 56; i++) {
        let v = (this.seedArray[i]! - this.seedArray[1 + ((i + 30) % 55)]!) | 0;
        if (v < 0) v = (v + MBIG) | 0;
        this.seedArray[i] = v;
      }
    }
  }

  internalSample(): number {
    let a = this.inext + 1;
    let b = this.inextp + 1;
    if (a >= 56) a = 1;
    if (b >= 56) b = 1;
    let ret = (this.seedArray[a]! - this.seedArray[b]!) | 0;
    if (ret === MBIG) ret--;
    if (ret < 0) ret = (ret + MBIG) | 0;
    this.seedArray[a] = ret;
    this.inext = a;
    this.inextp = b;
    return ret;
  }

  nextBytes(buffer: Uint8Array): void {
    for (let i = 0; i < buffer.length; i++) buffer[i] = this.internalSample() & 0xff;
  }
}

/** PowerShell's PolymorphicRandomNumberGenerator. */
export class RandomGenerator {
  private readonly pseudo: DotNetRandom | undefined;
  private readonly bytes4 = new Uint8Array(4);

  constructor(seed?: number) {
    this.pseudo = seed === undefined ? undefined : new DotNetRandom(seed);
  }

  nextBytes(buffer: Uint8Array): void {
    if (this.pseudo) this.pseudo.nextBytes(buffer);
    else randomFillSync(buffer);
  }

  /** A random Int32 (any sign), from four random bytes as BitConverter.ToInt32 reads them. */
  private internalSample(): number {
    const b = this.bytes4;
    this.nextBytes(b);
    return (b[0]! | (b[1]! << 8) | (b[2]! << 16) | (b[3]! << 24)) | 0;
  }

  /** [0, Int32.MaxValue) */
  next(): number {
    let n: number;
    do {
      n = this.internalSample();
    } while (n === MBIG);
    if (n < 0) n += MBIG;
    return n;
  }

  /** [0, 1) */
  nextDouble(): number {
    return this.next() * (1.0 / MBIG);
  }

  /** [0, max) */
  nextBelow(max: number): number {
    return Math.trunc(this.nextDouble() * max);
  }

  /** [min, max) for Int32 bounds. */
  nextInRange(min: number, max: number): number {
    const range = max - min;
    if (range <= MBIG) return Math.trunc(this.nextDouble() * range) + min;
    let sample: number;
    do {
      sample = this.internalSample();
    } while (sample === MBIG);
    sample += MBIG;
    const large = sample * (1.0 / (2 * 2147483647));
    return Math.trunc(large * range) + min;
  }

  /** [min, max) for Int64 bounds, by rejection sampling over the smallest covering bit mask. */
  nextInt64InRange(min: bigint, max: bigint): bigint {
    const range = max - min;
    if (range <= BigInt(MBIG)) return min + BigInt(this.nextInRange(0, Number(range)));
    let mask = 1n;
    while (mask < range) mask = (mask << 1n) | 1n;
    const buf = new Uint8Array(8);
    let r: bigint;
    do {
      this.nextBytes(buf);
      r = new DataView(buf.buffer).getBigUint64(0, true) & mask;
    } while (r >= range);
    return min + r;
  }

  /** [min, max) for doubles, as GetRandomCommandBase.GetRandomDouble does it. */
  nextDoubleInRange(min: number, max: number): number {
    let diff = max - min;
    let n: number;
    if (!Number.isFinite(diff)) {
      do {
        const r = this.nextDouble();
        n = min + r * max - r * min;
      } while (n >= max);
    } else {
      do {
        const r = this.nextDouble();
        n = min + r * diff;
        diff *= r;
      } while (n >= max);
    }
    return n;
  }
}
