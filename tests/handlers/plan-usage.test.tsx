import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import type { SeedHandler } from '../../src/sim/simulator'
import { renderApp, signInAs } from '../render'
import { setupSimulator } from '../sim-server'

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

  it('mark a full type unavailable in the list, with the limit and what to do', async () => {
    const user = userEvent.setup()
    signInAs(env.sim.addAccount({ handlers: emails(2), limits: { email: 2, webhook: 1 } }).key)
    renderApp('/handlers/new')
    const dialog = await screen.findByRole('dialog', { name: 'New handler' })
    await user.click(within(dialog).getByRole('combobox', { name: /^Type/ }))
    const list = await screen.findByRole('listbox', { name: /^Type/ })
    const email = await within(list).findByRole('option', { name: /^E-mail/ })
    await waitFor(() => expect(email).toHaveAttribute('aria-disabled', 'true'))
    expect(email).toHaveTextContent(
      'Your plan allows 2 E-mail handlers and this account has them all. To add one, delete one of them, choose another type, or upgrade your plan on the site.',
    )
    await user.click(email)
    expect(within(dialog).getByRole('combobox', { name: /^Type/ })).toHaveValue('')

    await user.click(within(list).getByRole('option', { name: /^Webhook/ }))
    expect(await within(dialog).findByText('0 of 1 Webhook handlers')).toBeInTheDocument()
    expect(env.sim.requests.filter((request) => request.method === 'POST')).toHaveLength(0)
  })

  it('offer no Create for a copy of a full type, and say why', async () => {
    const { key } = env.sim.addAccount({ handlers: emails(2), limits: { email: 2 } })
    signInAs(key)
    const id = env.sim.handlersOf(key)[0]!.id
    renderApp(`/handlers/new?copy=${id}`)
    const dialog = await screen.findByRole('dialog', { name: 'Duplicate a handler' })
    expect(await within(dialog).findByRole('note')).toHaveTextContent(
      /^Your plan allows 2 E-mail handlers and this account has them all\. To add one/,
    )
    expect(within(dialog).getByRole('button', { name: 'Create handler' })).toBeDisabled()
  })

  it('show a type the plan leaves out, explained, and leave unlimited ones open', async () => {
    const user = userEvent.setup()
    signInAs(env.sim.addAccount({ limits: { slack: 0, email: -1 } }).key)
    renderApp('/handlers/new')
    const dialog = await screen.findByRole('dialog', { name: 'New handler' })
    await user.click(within(dialog).getByRole('combobox', { name: /^Type/ }))
    const list = await screen.findByRole('listbox', { name: /^Type/ })
    const slack = await within(list).findByRole('option', { name: /^Slack/ })
    await waitFor(() => expect(slack).toHaveAttribute('aria-disabled', 'true'))
    expect(slack).toHaveTextContent('Your plan does not include Slack handlers.')
    const email = within(list).getByRole('option', { name: /^E-mail/ })
    expect(email).not.toHaveAttribute('aria-disabled')
    await user.click(email)
    expect(within(dialog).queryByRole('note')).not.toBeInTheDocument()
    expect(within(dialog).getByRole('button', { name: 'Create handler' })).toBeEnabled()
  })
})
