// Hosts a fresh simulator per test through msw, the way the dashboard meets a real server.
import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest'
import { simHandlers } from '../src/sim/msw-handlers'
import { Simulator, type SimOptions } from '../src/sim/simulator'

export function setupSimulator(options: SimOptions = { rateLimit: false }) {
  const server = setupServer()
  const state = { sim: new Simulator(options) }

  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
  beforeEach(() => {
    state.sim = new Simulator(options)
    server.resetHandlers(...simHandlers(state.sim))
  })
  afterEach(() => server.resetHandlers())
  afterAll(() => server.close())

  return {
    get sim() {
      return state.sim
    },
    /** A simulator with other options for the rest of the test, e.g. a clock of the test's own. */
    restart(other: SimOptions) {
      state.sim = new Simulator(other)
      server.resetHandlers(...simHandlers(state.sim))
      return state.sim
    },
  }
}
