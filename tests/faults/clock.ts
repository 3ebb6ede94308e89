// A clock the fault tests can move: the client waits out 429s for a minute and gives up on a
// silent server after 30 s, which a test must reach without waiting for real.
import { act, configure, getConfig } from '@testing-library/react'
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
  for (let elapsed = 0; elapsed < maxMs; elapsed += stepMs) {
    if (passesQuietly(check)) return
    await act(() => vi.advanceTimersByTimeAsync(stepMs))
    await new Promise((resolve) => realSetTimeout(resolve, 5))
  }
  // The last try, with the whole page in its error.
  check()
}

/**
 * Runs `check` without the page and its roles printed into each failed query's error, as Testing
 * Library's own waitFor does: a failed try costs what the query costs, not a walk over every element.
 */
function passesQuietly(check: () => void): boolean {
  const loud = {
    getElementError: getConfig().getElementError,
    _disableExpensiveErrorDiagnostics: false,
  }
  // The flag waitFor sets (not in the published types) leaves out the list of every role.
  const quiet = { getElementError: quietError, _disableExpensiveErrorDiagnostics: true }
  configure(quiet)
  try {
    check()
    return true
  } catch {
    return false
  } finally {
    configure(loud)
  }
}

function quietError(message: string | null): Error {
  const error = new Error(message ?? '')
  error.name = 'TestingLibraryElementError'
  return error
}
