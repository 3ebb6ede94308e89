// Paces one API key's requests by the X-RateLimit-* headers, so that the client waits for the
// window instead of running into 429s. The platform counts a fixed window that opens at the key's
// first request; its length is not sent, so it is taken to be the platform's default until a
// 429's X-RateLimit-Reset tells. Every estimate errs late: a window is never taken to have ended
// before the server's has, so the requests of the next one are never counted against the last.
import { ApiError } from './errors'

const DEFAULT_WINDOW_MS = 60_000
/** Requests sent at once before any answer has told the budget. */
const FIRST_REQUESTS_AT_ONCE = 3

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

/** One request's place in the budget: exactly one of `observe` or `release` must follow. */
export interface PacerSlot {
  observe(headers: Headers): void
  release(): void
}

/** What the client believes of one server window. */
interface Window {
  /** When its first request was sent: the server's window cannot have opened before. */
  sentFrom: number
  /** Requests sent in this window and not answered yet. */
  inFlight: number
  /** The lowest X-RateLimit-Remaining answered in it: answers can arrive out of order. */
  remaining: number | null
  answered: boolean
  /** An answer showed the server's first request of a window, so it opened after `sentFrom`. */
  seenOpening: boolean
  endsAt: number | null
}

export class RatePacer {
  private window: Window | null = null
  private answered = false
  private windowMs = DEFAULT_WINDOW_MS
  /** Whether a 429 has told the window's real length. */
  private windowKnown = false

  constructor(private readonly clock: Clock = realClock) {}

  /**
   * Resolves when a request may be sent. A request that will wait out a 429 (`mayProbe`) may be
   * the one sent to learn the window's length.
   */
  async acquire(signal?: AbortSignal, mayProbe = true): Promise<PacerSlot> {
    for (;;) {
      const now = this.clock.now()
      let current = this.window
      if (!current || (current.endsAt !== null && now >= current.endsAt)) {
        current = this.window = {
          sentFrom: now,
          inFlight: 0,
          remaining: null,
          answered: false,
          seenOpening: false,
          endsAt: null,
        }
      }
      if (this.hasRoom(current)) return this.take(current)
      // The budget is spent. Until the window's length is known, one request may go to ask:
      // its 429 says exactly how long to wait, where a guess could wait far too long.
      if (mayProbe && current.inFlight === 0 && !this.windowKnown) return this.take(current)
      // Woken at least once a second: an answer may move the window's end meanwhile.
      const wait = current.endsAt === null ? 250 : Math.min(current.endsAt - now, 1000)
      await this.clock.sleep(Math.max(wait, 1), signal)
    }
  }

  /** Requests on their way count against what is left, not only those answered. */
  private hasRoom(window: Window): boolean {
    if (window.remaining !== null) return window.remaining - window.inFlight > 0
    // A server that sends no budget cannot be paced by it.
    if (window.answered) return true
    // A new window's first answer tells how much of it is left (another tab, or a request that
    // crossed the boundary, may have used some): until then, one request at a time. Before any
    // answer at all the limit is unknown, and no platform site allows fewer than a few.
    return window.inFlight < (this.answered ? 1 : FIRST_REQUESTS_AT_ONCE)
  }

  private take(window: Window): PacerSlot {
    window.inFlight += 1
    let settled = false
    const settle = () => {
      if (settled) return false
      settled = true
      window.inFlight -= 1
      return true
    }
    return {
      observe: (headers) => {
        if (settle()) this.observe(window, headers)
      },
      release: () => void settle(),
    }
  }

  /** Records what an answer said about the budget of the window its request was sent in. */
  private observe(window: Window, headers: Headers): void {
    this.answered = true
    // An answer to a request of a window that has since closed says nothing of the current one.
    if (window !== this.window) return
    window.answered = true
    const now = this.clock.now()
    // The server's window had opened by the time of this answer.
    window.endsAt ??= now + this.windowMs
    const reset = headers.get('X-RateLimit-Reset')
    if (reset !== null && Number.isFinite(Number(reset))) {
      window.remaining = 0
      // Seconds left, rounded up by the server: the window is over by then at the latest.
      window.endsAt = now + Math.max(1, Number(reset)) * 1000
      if (!this.windowKnown && window.seenOpening) {
        // An upper bound of the length, above it by less than a second unless the network was
        // slow; windows are whole seconds.
        const bound = window.endsAt - window.sentFrom
        this.windowMs = Math.max(1000, Math.floor(bound / 1000) * 1000)
        this.windowKnown = true
      }
      return
    }
    const remaining = Number(headers.get('X-RateLimit-Remaining') ?? NaN)
    if (!Number.isFinite(remaining)) return
    if (remaining === Number(headers.get('X-RateLimit-Limit')) - 1) window.seenOpening = true
    window.remaining = Math.min(window.remaining ?? Infinity, remaining)
  }
}
