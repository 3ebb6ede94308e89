import { act, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { SeedHandler } from '../../src/sim/simulator'
import { renderApp, signInAs } from '../render'
import { setupSimulator } from '../sim-server'

const env = setupSimulator()

// The client learns the window from the server; the test moves the clock rather than wait.
// Timers still run with real time in between.
beforeEach(() => {
  vi.useFakeTimers({ shouldAdvanceTime: true, toFake: ['setTimeout', 'clearTimeout', 'Date'] })
})
afterEach(() => {
  vi.useRealTimers()
})

const boxes = (count: number): SeedHandler[] =>
  Array.from({ length: count }, (_, i) => ({
    type: 'email',
    name: `Box ${i + 1}`,
    settings: { email: `box${i + 1}@example.com` },
  }))

async function startDisabling(count: number) {
  const sim = env.restart({ rateLimit: { limit: 5, windowSeconds: 1 } })
  const { key } = sim.addAccount({ handlers: boxes(count) })
  signInAs(key)
  const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime })
  renderApp('/handlers')
  await screen.findByRole('checkbox', { name: 'Select “Box 1”' }, { timeout: 5000 })
  await user.click(screen.getByRole('checkbox', { name: 'Select all on this page' }))
  await user.click(
    within(screen.getByRole('group', { name: 'Selected handlers' })).getByRole('button', {
      name: 'Disable',
    }),
  )
  const writes = () => sim.requests.filter((r) => r.method === 'POST')
  // The page's own reads (the list, the account) took part of the five; writes fill the rest.
  await waitFor(() => expect(writes().length).toBeGreaterThan(0))
  const reads = sim.requests.findIndex((r) => r.method === 'POST')
  const first = 5 - reads
  return { sim, key, user, writes, first }
}

const progress = () => screen.getByRole('region', { name: 'Bulk progress' })

describe('bulk work under a low rate limit', () => {
  it('waits for the window instead of failing, learning its length from one 429', async () => {
    const { sim, key, writes, first } = await startDisabling(8)
    await act(() => vi.advanceTimersByTimeAsync(10_000))
    const report = await screen.findByRole('region', { name: 'Bulk report' })
    expect(report).toHaveTextContent('8 handlers disabled.')
    expect(sim.handlersOf(key).every((h) => h.is_enabled === 0)).toBe(true)
    // At most one request asks the server how long the window is; it is retried, not failed.
    expect(sim.requests.filter((r) => r.status === 429).length).toBeLessThanOrEqual(1)
    const done = writes().filter((r) => r.status === 200)
    expect(done).toHaveLength(8)
    // The writes beyond the first window's budget waited for the next window.
    expect(done[first]!.at - done[0]!.at).toBeGreaterThanOrEqual(900)
  })

  it('stops when cancelled: nothing starts after the requests already on their way', async () => {
    const { sim, key, user, writes } = await startDisabling(8)
    await user.click(within(progress()).getByRole('button', { name: 'Cancel' }))
    await act(() => vi.advanceTimersByTimeAsync(3_500))
    const report = await screen.findByRole('region', { name: 'Bulk report' })
    expect(report).toHaveTextContent('Cancelled')
    const doneAtReport = writes().filter((r) => r.status === 200).length
    expect(doneAtReport).toBeLessThan(8)
    expect(report).toHaveTextContent(`${doneAtReport} handlers disabled.`)

    await act(() => vi.advanceTimersByTimeAsync(120_000))
    expect(writes().filter((r) => r.status === 200)).toHaveLength(doneAtReport)
    expect(sim.handlersOf(key).filter((h) => h.is_enabled === 0)).toHaveLength(doneAtReport)
  })
})
