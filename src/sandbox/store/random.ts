// A small seeded PRNG (sfc32, seeded through splitmix32) and the draws the seed generator needs.
// Written here rather than taken from a library so the stream is fixed forever: the same seed
// must give byte-identical data on every machine and every Node version.

function splitmix32(state: number): () => number {
  let s = state >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
}

/** FNV-1a over a string: turns names of sub-streams into seed material. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

// Hex text is written into one scratch buffer and decoded once: Number#toString(16) and string
// concatenation are the slowest part of generating 100,000 mailboxes otherwise.
const HEX_DIGITS = Buffer.from('0123456789abcdef', 'latin1');
const SCRATCH = Buffer.alloc(72);
const DASH = 0x2d;

function writeHex(at: number, value: number, digits: number): void {
  for (let i = digits - 1; i >= 0; i--) {
    SCRATCH[at + i] = HEX_DIGITS[value & 0xf]!;
    value >>>= 4;
  }
}

export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  /** `parts` name an independent stream, e.g. (seed, 'contoso', 'mailbox', 17). */
  constructor(...parts: Array<number | string>) {
    let material = 0x6a09e667;
    for (const p of parts) {
      material = Math.imul(material ^ (typeof p === 'number' ? p >>> 0 : hashString(p)), 0x9e3779b1) >>> 0;
      material = (material ^ (material >>> 15)) >>> 0;
    }
    const mix = splitmix32(material);
    this.a = mix();
    this.b = mix();
    this.c = mix();
    this.d = mix();
    for (let i = 0; i < 12; i++) this.u32();
  }

  u32(): number {
    const t = (((this.a + this.b) >>> 0) + this.d) >>> 0;
    this.d = (this.d + 1) >>> 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) >>> 0;
    this.c = ((this.c << 21) | (this.c >>> 11)) >>> 0;
    this.c = (this.c + t) >>> 0;
    return t;
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.u32() / 4294967296;
  }

  /** Integer in [min, max] inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** Picks by weight; `items` are [value, weight] pairs. */
  weighted<T>(items: ReadonlyArray<readonly [T, number]>): T {
    let total = 0;
    for (const [, w] of items) total += w;
    let r = this.next() * total;
    for (const [v, w] of items) {
      r -= w;
      if (r < 0) return v;
    }
    return items[items.length - 1]![0];
  }

  /** Standard normal (Box-Muller). */
  normal(): number {
    const u = 1 - this.next();
    const v = this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  /** Log-normal with the given median and sigma (of the underlying normal). */
  logNormal(median: number, sigma: number): number {
    return median * Math.exp(sigma * this.normal());
  }

  /** k distinct items (or all when fewer). */
  sample<T>(items: readonly T[], k: number): T[] {
    if (k >= items.length) return items.slice();
    const chosen = new Set<number>();
    const out: T[] = [];
    while (out.length < k) {
      const i = Math.floor(this.next() * items.length);
      if (!chosen.has(i)) {
        chosen.add(i);
        out.push(items[i] as T);
      }
    }
    return out;
  }

  /** A version-4-shaped GUID, lower case. */
  guid(): string {
    const a = this.u32();
    const b = this.u32();
    const c = this.u32();
    const d = this.u32();
    writeHex(0, a, 8);
    SCRATCH[8] = DASH;
    writeHex(9, b >>> 16, 4);
    SCRATCH[13] = DASH;
    writeHex(14, 0x4000 | (b & 0x0fff), 4);
    SCRATCH[18] = DASH;
    writeHex(19, 0x8000 | ((c >>> 16) & 0x3fff), 4);
    SCRATCH[23] = DASH;
    writeHex(24, c & 0xffff, 4);
    writeHex(28, d, 8);
    return SCRATCH.toString('latin1', 0, 36);
  }

  /** `length` random lower-case hex digits (at most 64). */
  hex(length: number): string {
    for (let i = 0; i < length; i += 8) writeHex(i, this.u32(), 8);
    return SCRATCH.toString('latin1', 0, length);
  }
}
