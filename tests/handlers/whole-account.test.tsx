// The whole account, loaded for a review, a search or "select all", stays as the server holds it
// through changes made while it loads.
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import type { SeedHandler } from '../../src/sim/simulator'
import { renderApp, signInAs } from '../render'
import { setupSimulator } from '../sim-server'
import { shownNames } from './table-helpers'

const env = setupSimulator()

const inboxes = (count: number): SeedHandler[] =>
  Array.from({ length: count }, (_, i) => ({
    type: 'email',
    name: `Inbox ${String(i + 1).padStart(4, '0')}`,
    settings: { email: `box${i + 1}@example.com` },
  }))

async function open(count: number) {
  const { key } = env.sim.addAccount({ handlers: inboxes(count) })
  signInAs(key)
  renderApp('/handlers')
  await shownNames()
  return key
}

/** Loads the whole account for a review, holding back its second page until a change is made. */
async function startReview(user: ReturnType<typeof userEvent.setup>) {
  env.sim.injectFault({ path: /page=2&results_per_page=1000/, delayMs: 6000 })
  await user.click(screen.getByRole('button', { name: 'Check all 1,200 handlers' }))
  await screen.findByText('Loading all handlers: 1,000 of 1,200', {}, { timeout: 4000 })
}

describe('the whole account', () => {
  it('holds a row switched off while it loads as the server does', async () => {
    const user = userEvent.setup()
    const key = await open(1200)
    await startReview(user)

    // The first page of the load has the row on; the server turns it off before the second.
    await user.click(screen.getByRole('switch', { name: 'Enable “Inbox 0001”' }))
    await waitFor(() => expect(env.sim.handlersOf(key)[0]!.is_enabled).toBe(0))
    await screen.findByRole('region', { name: 'Findings' }, { timeout: 8000 })

    await user.selectOptions(screen.getByRole('combobox', { name: 'Filter by status' }), 'disabled')
    await waitFor(async () => expect(await shownNames()).toEqual(['Inbox 0001']))
  }, 20_000)

  it('leaves out a row deleted while it loads', async () => {
    const user = userEvent.setup()
    const key = await open(1200)
    await startReview(user)

    await user.click(screen.getByRole('button', { name: 'Actions for “Inbox 0002”' }))
    await user.click(await screen.findByRole('menuitem', { name: 'Delete' }))
    // Closing the undo notice sends the delete now.
    const notice = (await screen.findByText('“Inbox 0002” was deleted.')).closest('[role="alert"]')
    await user.click(within(notice as HTMLElement).getByRole('button', { name: 'Close' }))
    await waitFor(() => expect(env.sim.handlersOf(key)).toHaveLength(1199))
    await screen.findByRole('region', { name: 'Findings' }, { timeout: 8000 })

    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'inbox 000')
    const matches = [1, 3, 4, 5, 6, 7, 8, 9].map((n) => `Inbox 000${n}`)
    await waitFor(async () => expect(await shownNames()).toEqual([...matches, 'Inbox 1000']))
  }, 20_000)
})
