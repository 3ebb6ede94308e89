// The platform's limiter: a fixed window per API key that opens at the key's first request, not
// a sliding one, so a client that waits for X-RateLimit-Reset gets a whole new allowance.

import type { RateLimitOption } from './types'

interface Window {
  start: number
  count: number
}

export interface RateVerdict {
  allowed: boolean
  headers: Record<string, string>
}

export class RateLimiter {
  private readonly windows = new Map<string, Window>()

  constructor(
    private readonly option: RateLimitOption,
    private readonly now: () => number,
  ) {}

  get config(): RateLimitOption {
    return this.option
  }

  check(key: string): RateVerdict {
    if (!this.option) return { allowed: true, headers: {} }
    const { limit, windowSeconds } = this.option
    const now = this.now()
    const windowMs = windowSeconds * 1000
    let window = this.windows.get(key)
    if (!window || now >= window.start + windowMs) {
      window = { start: now, count: 0 }
      this.windows.set(key, window)
    }
    window.count++
    const headers: Record<string, string> = { 'X-RateLimit-Limit': String(limit) }
    const remaining = limit - window.count
    if (remaining >= 0) {
      headers['X-RateLimit-Remaining'] = String(remaining)
      return { allowed: true, headers }
    }
    // Always at least 1: a window that has run out was replaced above.
    headers['X-RateLimit-Reset'] = String(Math.ceil((window.start + windowMs - now) / 1000))
    return { allowed: false, headers }
  }

  /** Seconds a client would be told to wait, for faults that fake a 429. */
  fullWindowSeconds(): number {
    return this.option ? this.option.windowSeconds : 60
  }
}
