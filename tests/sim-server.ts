// Hosts a fresh simulator per test through msw, the way the dashboard meets a real server.
import { http } from 'msw'
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
    /**
     * Holds the requests of `method` whose path and query match `path`, after the first `after` of
     * them, until the returned function is called: a state the test must see stays on screen for
     * as long as the test needs, however busy the machine.
     */
    hold(method: string, path: RegExp, { after = 0 } = {}) {
      let release = () => {}
      const released = new Promise<void>((resolve) => (release = resolve))
      let seen = 0
      server.use(
        http.all('*', async ({ request }) => {
          const url = new URL(request.url)
          if (request.method !== method || !path.test(url.pathname + url.search)) return
          seen += 1
          if (seen > after) await released
          // Nothing returned: the simulator answers.
        }),
      )
      return release
    },
    /** A simulator with other options for the rest of the test, e.g. a clock of the test's own. */
    restart(other: SimOptions) {
      state.sim = new Simulator(other)
      server.resetHandlers(...simHandlers(state.sim))
      return state.sim
    },
  }
}
