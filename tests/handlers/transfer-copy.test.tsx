import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { selectAccount } from '../../src/session/accounts-store'
import type { SeedHandler } from '../../src/sim/simulator'
import { signInAs } from '../render'
import { setupSimulator } from '../sim-server'
import { renderToolbar } from './transfer-helpers'

const env = setupSimulator()

const A_HANDLERS: SeedHandler[] = [
  { type: 'email', name: 'Ops inbox', settings: { email: 'ops@example.com' } },
  {
    type: 'slack',
    name: 'Slack alerts',
    settings: { slack: 'https://hooks.slack.com/services/T01/B02/s3cret' },
    is_enabled: 0,
  },
  { type: 'webhook', name: 'Shared hook', settings: { webhook: 'https://example.com/shared' } },
  {
    type: 'google_chat',
    name: 'Not copied',
    settings: { google_chat: 'https://chat.googleapis.com/v1/spaces/X' },
  },
]

function twoAccounts(bHandlers: SeedHandler[] = []) {
  const a = env.sim.addAccount({ handlers: A_HANDLERS })
  const b = env.sim.addAccount({ handlers: bHandlers })
  const accountA = signInAs(a.key, { label: 'Client A' })
  signInAs(b.key, { label: 'Client B' })
  selectAccount(accountA.id)
  return { a, b }
}

const shape = (
  handlers: {
    type: string | null
    name: string
    settings: Record<string, string>
    is_enabled: number
  }[],
) => handlers.map(({ type, name, settings, is_enabled }) => ({ type, name, settings, is_enabled }))

describe('copy to another signed-in account', () => {
  it('copies three selected handlers through the preview, queue and report', async () => {
    const { a, b } = twoAccounts()
    const aBefore = env.sim.handlersOf(a.key)
    const { user } = await renderToolbar()
    for (const name of ['Ops inbox', 'Slack alerts', 'Shared hook']) {
      await user.click(screen.getByLabelText(`Select “${name}”`))
    }
    await user.click(screen.getByRole('button', { name: 'Copy to…' }))
    expect(await screen.findByRole('menu', { name: 'Copy to…' })).toBeInTheDocument()
    expect(screen.queryByRole('menuitem', { name: 'Client A' })).not.toBeInTheDocument()
    await user.click(screen.getByRole('menuitem', { name: 'Client B' }))

    const dialog = await screen.findByRole('dialog', { name: 'Copy handlers to “Client B”' })
    const rows = await within(dialog).findByRole('table', { name: 'Rows to import' })
    expect(within(rows).getAllByRole('row')).toHaveLength(1 + 3)
    env.sim.clearLog()
    await user.click(
      within(dialog).getByRole('button', { name: 'Create 3 handlers in “Client B”' }),
    )

    expect(
      await within(dialog).findByText('3 handlers were created in “Client B”.'),
    ).toBeInTheDocument()
    expect(within(dialog).getByRole('status')).toHaveTextContent('Finished')
    expect(shape(env.sim.handlersOf(b.key)).sort((x, y) => x.name.localeCompare(y.name))).toEqual([
      {
        type: 'email',
        name: 'Ops inbox',
        settings: { email: 'ops@example.com', email_is_confirmed: '1' },
        is_enabled: 1,
      },
      {
        type: 'webhook',
        name: 'Shared hook',
        settings: { webhook: 'https://example.com/shared' },
        is_enabled: 1,
      },
      {
        type: 'slack',
        name: 'Slack alerts',
        settings: { slack: 'https://hooks.slack.com/services/T01/B02/s3cret' },
        is_enabled: 0,
      },
    ])
    expect(env.sim.handlersOf(a.key)).toEqual(aBefore)
    // Every write went with B's key; A's account was not touched.
    const writes = env.sim.requests.filter((request) => request.method === 'POST')
    expect(writes).toHaveLength(4)
    expect(new Set(writes.map((request) => request.account))).toEqual(new Set([String(b.id)]))

    await user.click(within(dialog).getByRole('button', { name: 'Done' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
  })

  it('marks what the other account already has and leaves it out', async () => {
    const { b } = twoAccounts([
      { type: 'webhook', name: 'B’s hook', settings: { webhook: 'https://example.com/shared' } },
    ])
    const { user } = await renderToolbar()
    await user.click(screen.getByLabelText('Select “Ops inbox”'))
    await user.click(screen.getByLabelText('Select “Shared hook”'))
    await user.click(screen.getByRole('button', { name: 'Copy to…' }))
    await user.click(await screen.findByRole('menuitem', { name: 'Client B' }))
    const dialog = await screen.findByRole('dialog', { name: 'Copy handlers to “Client B”' })

    const shared = (await within(dialog).findByRole('checkbox', { name: 'Import row 2' })).closest(
      'tr',
    )!
    expect(shared).toHaveTextContent('The account already sends to this destination.')
    expect(within(shared).getByRole('checkbox')).not.toBeChecked()
    await user.click(within(dialog).getByRole('button', { name: 'Create 1 handler in “Client B”' }))
    await within(dialog).findByText('1 handler was created in “Client B”.')
    expect(env.sim.handlersOf(b.key).map((handler) => handler.name)).toEqual([
      'B’s hook',
      'Ops inbox',
    ])
  })

  it('is offered only with a selection and another signed-in account', async () => {
    const a = env.sim.addAccount({ handlers: A_HANDLERS })
    signInAs(a.key, { label: 'Client A' })
    const { user } = await renderToolbar()
    await user.click(screen.getByLabelText('Select “Ops inbox”'))
    expect(screen.queryByRole('button', { name: 'Copy to…' })).not.toBeInTheDocument()
  })

  it('is not offered without a selection', async () => {
    twoAccounts()
    await renderToolbar()
    expect(screen.getByRole('button', { name: 'Import' })).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Copy to…' })).not.toBeInTheDocument()
  })
})
