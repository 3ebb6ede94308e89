// The e2e suite's stack for scripts that measure or picture the app: the production build served
// by the server of `npm start` with its /api proxy, and the simulator with the suite's seeded accounts.

import type { ProvidedContext } from 'vitest'
import type { TestProject } from 'vitest/node'
import setup from '../tests/e2e/global-setup'

export type Stack = Pick<ProvidedContext, 'appUrl' | 'simUrl' | 'keys'> & {
  stop: () => Promise<void>
}

export async function startStack(): Promise<Stack> {
  const provided: Partial<ProvidedContext> = {}
  const collector = {
    provide<K extends keyof ProvidedContext>(key: K, value: ProvidedContext[K]) {
      provided[key] = value
    },
  }
  // The global setup only hands its values over, which is all this collector takes.
  const teardown = await setup(collector as unknown as TestProject)
  const { appUrl, simUrl, keys } = provided
  if (!appUrl || !simUrl || !keys) {
    await teardown()
    throw new Error('The e2e setup did not provide the app, the simulator and the keys.')
  }

  let stopping: Promise<void> | undefined
  const stop = () => (stopping ??= teardown())
  // Ctrl-C must not leave the app server behind.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      void stop().finally(() => process.exit(130))
    })
  }
  return { appUrl, simUrl, keys, stop }
}
