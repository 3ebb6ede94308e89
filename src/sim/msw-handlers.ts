import { http } from 'msw'
import type { RequestHandler } from 'msw'
import type { Simulator } from './simulator'

/**
 * msw handlers that hand every API request to the simulator. The wildcard origin lets tests use
 * any base URL; the browser demo narrows the pattern so the real `/api` proxy stays reachable.
 */
export function simHandlers(sim: Simulator, pathPattern = '*/api/*'): RequestHandler[] {
  return [http.all(pathPattern, ({ request }) => sim.handle(request))]
}
