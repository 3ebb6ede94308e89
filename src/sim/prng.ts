// Seeded so that tests, the demo and e2e runs see the same data every time; Math.random never.

export type Random = () => number

/** mulberry32: tiny, fast and good enough for fixtures. Returns floats in [0, 1). */
export function mulberry32(seed: number): Random {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export function randomInt(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1))
}

export function pick<T>(random: Random, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)]
  if (item === undefined) throw new Error('pick() needs a non-empty list')
  return item
}

export function randomString(random: Random, alphabet: string, length: number): string {
  let out = ''
  for (let i = 0; i < length; i++) out += alphabet.charAt(Math.floor(random() * alphabet.length))
  return out
}

export const HEX = '0123456789abcdef'
export const DIGITS = '0123456789'
export const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
export const UPPER_ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'
export const URL_SAFE = `${ALNUM}-_`

/** AltumCode API keys look like md5 hex. */
export function hexKey(seed: number): string {
  return randomString(mulberry32(seed), HEX, 32)
}
