// Back in a tab after a while, the page on screen is read again: another tab may have changed it.
import { screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createApiClient } from '../../src/api/client'
import { renderApp, signInAs } from '../render'
import { setupSimulator } from '../sim-server'

const env = setupSimulator()

afterEach(() => vi.useRealTimers())

/** The browser says the tab is shown again. */
const returnToTab = () => window.dispatchEvent(new Event('visibilitychange'))

const listReads = () =>
  env.sim.requests.filter((request) => request.method === 'GET' && request.query?.page).length

describe('returning to the tab', () => {
  it('reads the page again, with one request, once it is a few seconds old', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    const { key } = env.sim.addAccount({
      handlers: [{ type: 'webhook', name: 'Ops hook', settings: { webhook: 'https://e.com/h' } }],
    })
    signInAs(key)
    renderApp('/handlers')
    await screen.findByText('Ops hook')
    const id = env.sim.handlersOf(key)[0]!.id
    await createApiClient({ baseUrl: '/api', apiKey: key }).updateHandler(id, {
      name: 'Renamed in another tab',
    })

    // A moment later: what is on screen is fresh enough, nothing is asked.
    const before = listReads()
    returnToTab()
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(listReads()).toBe(before)

    vi.setSystemTime(Date.now() + 10_000)
    returnToTab()
    expect(await screen.findByText('Renamed in another tab')).toBeInTheDocument()
    expect(listReads()).toBe(before + 1)
  })
})
