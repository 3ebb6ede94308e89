// The transfer actions where users meet them: in the handlers page's toolbar.
import { cleanup, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { selectAccount } from '../../src/session/accounts-store'
import { renderApp, signInAs } from '../render'
import { setupSimulator } from '../sim-server'

const env = setupSimulator()
// Unmounts before render.tsx signs the accounts out, so the page never renders without one.
afterEach(() => cleanup())

describe('the handlers page', () => {
  it('copies three selected handlers to another account, which then lists them', async () => {
    const user = userEvent.setup()
    const a = env.sim.addAccount({
      handlers: ['One', 'Two', 'Three', 'Four'].map((name) => ({
        type: 'webhook',
        name,
        settings: { webhook: `https://example.com/${name}` },
      })),
    })
    const b = env.sim.addAccount({ handlers: [] })
    const accountA = signInAs(a.key, { label: 'Client A' })
    signInAs(b.key, { label: 'Client B' })
    selectAccount(accountA.id)
    renderApp('/handlers')
    await screen.findByRole('table', { name: 'Notification handlers' })

    for (const name of ['One', 'Two', 'Four']) {
      await user.click(await screen.findByRole('checkbox', { name: `Select “${name}”` }))
    }
    await user.click(screen.getByRole('button', { name: 'Copy to…' }))
    await user.click(await screen.findByRole('menuitem', { name: 'Client B' }))
    const dialog = await screen.findByRole('dialog', { name: 'Copy handlers to “Client B”' })
    await user.click(
      await within(dialog).findByRole('button', { name: 'Create 3 handlers in “Client B”' }),
    )
    await within(dialog).findByText('3 handlers were created in “Client B”.')
    await user.click(within(dialog).getByRole('button', { name: 'Done' }))
    expect(
      env.sim
        .handlersOf(b.key)
        .map((handler) => handler.name)
        .sort(),
    ).toEqual(['Four', 'One', 'Two'])

    await user.click(screen.getByRole('button', { name: /^Accounts, current:/ }))
    await user.click(await screen.findByRole('menuitemradio', { name: 'Client B' }))
    const table = await screen.findByRole('table', { name: 'Notification handlers' })
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(1 + 3))
    expect(within(table).getByRole('cell', { name: 'Four' })).toBeInTheDocument()
  })
})
