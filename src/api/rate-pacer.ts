// Paces one API key's requests by the X-RateLimit-* headers, so that the client waits for the
// window instead of running into 429s. The window starts at the key's first request; its length
// is not sent, so it is taken to be the platform's default until a 429's X-RateLimit-Reset tells.
import { ApiError } from './errors'

const DEFAULT_WINDOW_MS = 60_000

export interface Clock {
  now(): number
  sleep(ms: number, signal?: AbortSignal): Promise<void>
}

export const realClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise((resolve, reject) => {
      if (signal?.aborted) return reject(new ApiError('aborted'))
      const timer = setTimeout(() => {
        signal?.removeEventListener('abort', onAbort)
        resolve()
      }, ms)
      const onAbort = () => {
        clearTimeout(timer)
        reject(new ApiError('aborted'))
      }
      signal?.addEventListener('abort', onAbort, { once: true })
    }),
}

export class RatePacer {
  private remaining: number | null = null
  private windowStartedAt: number | null = null
  private windowEndsAt: number | null = null
  private windowMs = DEFAULT_WINDOW_MS
  /** Whether a 429 has told the window's real length. */
  private windowKnown = false
  private inFlight = 0

  constructor(private readonly clock: Clock = realClock) {}

  /**
   * Resolves when a request may be sent; `observe` or `release` must follow. A request that will
   * wait out a 429 (`mayProbe`) may be the one sent to learn the window's length.
   */
  async acquire(signal?: AbortSignal, mayProbe = true): Promise<void> {
    for (;;) {
      const now = this.clock.now()
      if (this.windowEndsAt !== null && now >= this.windowEndsAt) this.resetWindow()
      if (this.remaining === null || this.remaining - this.inFlight > 0) break
      // The budget is spent. Until the window's length is known, one request may go to ask:
      // its 429 says exactly how long to wait, where a guess could wait far too long.
      if (mayProbe && this.inFlight === 0 && (!this.windowKnown || this.windowEndsAt === null)) {
        break
      }
      // Woken at least once a second: an answer may move the window's end meanwhile.
      const wait = this.windowEndsAt === null ? 250 : Math.min(this.windowEndsAt - now, 1000)
      await this.clock.sleep(Math.max(wait, 1), signal)
    }
    this.inFlight += 1
  }

  /** Records what a response said about the budget. */
  observe(headers: Headers): void {
    this.inFlight = Math.max(0, this.inFlight - 1)
    const now = this.clock.now()
    const limit = Number(headers.get('X-RateLimit-Limit'))
    const remaining = headers.get('X-RateLimit-Remaining')
    const reset = headers.get('X-RateLimit-Reset')
    if (reset !== null && Number.isFinite(Number(reset))) {
      this.remaining = 0
      this.windowEndsAt = now + Math.max(1, Number(reset)) * 1000
      if (this.windowStartedAt !== null && !this.windowKnown) {
        this.windowMs = Math.max(1000, this.windowEndsAt - this.windowStartedAt)
        this.windowKnown = true
      }
      return
    }
    if (remaining === null || !Number.isFinite(Number(remaining))) return
    this.remaining = Number(remaining)
    // The first request of a window: the server started counting at its arrival, a moment
    // before this answer, so the window is over by `now + windowMs` at the latest.
    if (this.windowEndsAt === null && limit > 0 && this.remaining === limit - 1) {
      this.windowStartedAt = now
      this.windowEndsAt = now + this.windowMs
    }
  }

  release(): void {
    this.inFlight = Math.max(0, this.inFlight - 1)
  }

  private resetWindow() {
    this.remaining = null
    this.windowStartedAt = null
    this.windowEndsAt = null
  }
}
