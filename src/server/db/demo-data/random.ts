/**
 * A small seeded PRNG for the demo world: mulberry32 over a 32-bit seed hashed from a string, so the
 * same seed always gives the same sequence on every platform.
 */
export type Rng = {
  /** A float in [0, 1). */
  next: () => number;
  /** An integer in [min, max], both inclusive. */
  int: (min: number, max: number) => number;
  /** True with probability p. */
  chance: (p: number) => boolean;
  pick: <T>(items: readonly T[]) => T;
  /** Picks by weight; weights need not sum to 1 and must not all be 0. */
  pickWeighted: <T>(items: readonly T[], weights: readonly number[]) => T;
  /** A shuffled copy (Fisher–Yates). */
  shuffle: <T>(items: readonly T[]) => T[];
  /**
   * Up to k distinct items, each drawn with probability proportional to its weight (Efraimidis–Spirakis);
   * items of weight 0 are never drawn.
   */
  sampleWeighted: <T>(items: readonly T[], k: number, weight: (item: T) => number) => T[];
};

/** FNV-1a over the UTF-16 code units, then a murmur3 finaliser to spread the bits. */
export function hashSeed(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function createRng(seed: string | number): Rng {
  const next = mulberry32(typeof seed === 'string' ? hashSeed(seed) : seed);
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick: (items) => items[Math.floor(next() * items.length)],
    pickWeighted: (items, weights) => {
      const total = weights.reduce((a, b) => a + b, 0);
      let r = next() * total;
      for (let i = 0; i < items.length; i++) {
        r -= weights[i];
        if (r < 0) return items[i];
      }
      return items[items.length - 1];
    },
    shuffle: (items) => {
      const out = [...items];
      for (let i = out.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [out[i], out[j]] = [out[j], out[i]];
      }
      return out;
    },
    sampleWeighted: (items, k, weight) =>
      items
        .map((item) => ({ item, w: weight(item) }))
        .filter((x) => x.w > 0)
        .map(({ item, w }) => ({ item, key: Math.log(next() || Number.MIN_VALUE) / w }))
        .sort((a, b) => b.key - a.key)
        .slice(0, k)
        .map((x) => x.item),
  };
}
