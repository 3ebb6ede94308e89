// Paces one API key's requests by the X-RateLimit-* headers, so that the client waits for the
// window instead of running into 429s. The window starts at the key's first request; its length
// is not sent, so it is assumed to be the platform's default until a 429 says otherwise.
import { ApiError } from './errors'

const ASSUMED_WINDOW_MS = 60_000

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
  private windowEndsAt: number | null = null
  private inFlight = 0

  constructor(private readonly clock: Clock = realClock) {}

  /** Resolves when a request may be sent; call `done` when its answer has been observed. */
  async acquire(signal?: AbortSignal): Promise<void> {
    for (;;) {
      const now = this.clock.now()
      if (this.windowEndsAt !== null && now >= this.windowEndsAt) this.resetWindow()
      if (this.remaining === null || this.remaining - this.inFlight > 0) break
      // Budget spent (or reserved by requests in flight) and no known end: let one through to learn it.
      if (this.windowEndsAt === null) {
        if (this.inFlight === 0) break
        await this.clock.sleep(250, signal)
        continue
      }
      await this.clock.sleep(this.windowEndsAt - now, signal)
    }
    this.inFlight += 1
  }

  /** Records what a response said about the budget. */
  observe(headers: Headers, sentAt: number): void {
    this.inFlight = Math.max(0, this.inFlight - 1)
    const limit = Number(headers.get('X-RateLimit-Limit'))
    const remaining = headers.get('X-RateLimit-Remaining')
    const reset = headers.get('X-RateLimit-Reset')
    if (reset !== null && Number.isFinite(Number(reset))) {
      this.remaining = 0
      this.windowEndsAt = this.clock.now() + Math.max(1, Number(reset)) * 1000
      return
    }
    if (remaining === null || !Number.isFinite(Number(remaining))) return
    this.remaining = Number(remaining)
    if (this.windowEndsAt === null && limit > 0 && this.remaining === limit - 1) {
      this.windowEndsAt = sentAt + ASSUMED_WINDOW_MS
    }
  }

  release(): void {
    this.inFlight = Math.max(0, this.inFlight - 1)
  }

  private resetWindow() {
    this.remaining = null
    this.windowEndsAt = null
  }
}
