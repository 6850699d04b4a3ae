/** A small seeded PRNG (mulberry32), so the same seed gives the same IDs and codes. */
export class SeededRandom {
  /** The generator's position; kept by persistence.ts so IDs continue after a restart. */
  state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** A string of `count` decimal digits, never starting with 0. */
  digits(count: number): string {
    let out = String(1 + Math.floor(this.next() * 9));
    while (out.length < count) out += String(Math.floor(this.next() * 10));
    return out;
  }
}
