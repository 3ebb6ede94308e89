// The in-browser demo: the simulator behind msw's service worker, under `/demo/api/` so that it
// never shadows the real API's `/api` proxy.

import { setupWorker } from 'msw/browser'
import type { SetupWorker } from 'msw/browser'
import { simHandlers } from './msw-handlers'
import { Simulator } from './simulator'

let demo: { sim: Simulator; key: string } | undefined
let started: Promise<{ key: string }> | undefined
let worker: SetupWorker | undefined

function demoSimulator(): { sim: Simulator; key: string } {
  if (!demo) {
    const sim = new Simulator({ dialect: 'platform', rateLimit: { limit: 60, windowSeconds: 60 } })
    const { key } = sim.addAccount({ name: 'Demo account', handlers: 240 })
    demo = { sim, key }
  }
  return demo
}

export async function startDemo(): Promise<{ key: string }> {
  // A second call must neither register a second worker nor reset the demo's data; a failed
  // start may be retried.
  started ??= boot().catch((error: unknown) => {
    started = undefined
    throw error
  })
  return started
}

async function boot(): Promise<{ key: string }> {
  const { sim, key } = demoSimulator()
  const handlers = simHandlers(sim, '*/demo/api/*')
  if (worker) worker.resetHandlers(...handlers)
  else worker = setupWorker(...handlers)
  await worker.start({
    serviceWorker: { url: '/mockServiceWorker.js' },
    onUnhandledRequest: 'bypass',
    quiet: true,
  })
  return { key }
}

/** Stops answering `/demo/api/` and forgets the demo's data: signing out leaves nothing behind. */
export function stopDemo(): void {
  worker?.stop()
  started = undefined
  demo = undefined
}
