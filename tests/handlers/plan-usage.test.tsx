import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import type { SeedHandler } from '../../src/sim/simulator'
import { renderApp, signInAs } from '../render'
import { setupSimulator } from '../sim-server'
import { chooseType } from './form-helpers'

const env = setupSimulator()

const emails = (count: number): SeedHandler[] =>
  Array.from({ length: count }, (_, i) => ({
    type: 'email',
    name: `Inbox ${i + 1}`,
    settings: { email: `inbox${i + 1}@example.com` },
  }))

describe('the plan’s limits', () => {
  it('are counted above the table when the page holds the whole account', async () => {
    signInAs(env.sim.addAccount({ handlers: emails(2), limits: { email: 5, slack: 1 } }).key)
    renderApp('/handlers')
    expect(
      await screen.findByText('Your plan: 2 of 5 E-mail handlers · 0 of 1 Slack handlers'),
    ).toBeInTheDocument()
  })

  it('cost no extra request to open a table of many pages', async () => {
    signInAs(env.sim.addAccount({ handlers: emails(30), limits: { email: 50 } }).key)
    renderApp('/handlers')
    await screen.findByText('1–25 of 30')
    await waitFor(() =>
      expect(env.sim.requests.some((request) => request.path.endsWith('/user'))).toBe(true),
    )
    expect(screen.queryByText(/^Your plan:/)).not.toBeInTheDocument()
    const lists = env.sim.requests.filter((request) => request.path.includes('notification'))
    expect(lists).toHaveLength(1)
  })

  it('say in the form when a type is full, before anything is sent', async () => {
    const user = userEvent.setup()
    signInAs(env.sim.addAccount({ handlers: emails(2), limits: { email: 2, webhook: 1 } }).key)
    renderApp('/handlers/new')
    const dialog = await screen.findByRole('dialog', { name: 'New handler' })
    await chooseType(user, 'E-mail')
    expect(
      await within(dialog).findByText(
        /^Your plan allows 2 E-mail handlers and this account has them all/,
      ),
    ).toBeInTheDocument()
    await chooseType(user, 'Webhook')
    await waitFor(() =>
      expect(within(dialog).queryByText(/^Your plan allows/)).not.toBeInTheDocument(),
    )
    expect(within(dialog).getByText('0 of 1 Webhook handlers')).toBeInTheDocument()
    expect(env.sim.requests.filter((request) => request.method === 'POST')).toHaveLength(0)
  })
})
