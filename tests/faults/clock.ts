// A clock the fault tests can move: the client waits out 429s for a minute and gives up on a
// silent server after 30 s, which a test must reach without waiting for real.
import { act } from '@testing-library/react'
import { afterEach, beforeEach, vi } from 'vitest'

// Captured before the timers are faked: a real pause lets the network layer move between steps.
const realSetTimeout = globalThis.setTimeout

export function withFakeClock() {
  beforeEach(() => {
    vi.useFakeTimers({ shouldAdvanceTime: true, toFake: ['setTimeout', 'clearTimeout', 'Date'] })
    // Node's AbortSignal.timeout runs on timers of its own, out of the fake clock's reach: the
    // client's own timeout (its 30 s stays as it configures it) is rebuilt on setTimeout.
    vi.spyOn(AbortSignal, 'timeout').mockImplementation((ms) => {
      const controller = new AbortController()
      setTimeout(() => controller.abort(new DOMException('timed out', 'TimeoutError')), ms)
      return controller.signal
    })
  })
  afterEach(() => {
    vi.restoreAllMocks()
    vi.useRealTimers()
  })
}

/**
 * Moves the clock a second at a time until `check` passes: long enough for any wait the app
 * makes, and no further, so that a notification is read before it closes by itself.
 */
export async function settle(check: () => void, { maxMs = 250_000, stepMs = 1000 } = {}) {
  for (let elapsed = 0; ; elapsed += stepMs) {
    try {
      check()
      return
    } catch (error) {
      if (elapsed >= maxMs) throw error
    }
    await act(() => vi.advanceTimersByTimeAsync(stepMs))
    await new Promise((resolve) => realSetTimeout(resolve, 5))
  }
}
