import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import type { SeedHandler } from '../../src/sim/simulator'
import { renderApp, signInAs } from '../render'
import { setupSimulator } from '../sim-server'

const env = setupSimulator()

const HANDLERS: SeedHandler[] = ['Alpha', 'Bravo', 'Charlie'].map((name) => ({
  type: 'webhook',
  name,
  settings: { webhook: `https://example.com/${name}` },
}))

async function open() {
  const { key } = env.sim.addAccount({ handlers: HANDLERS })
  signInAs(key)
  const view = renderApp('/handlers?page=1&per_page=25')
  await screen.findByRole('cell', { name: 'Charlie' })
  return { key, ...view }
}

const focusedRowName = () =>
  (document.activeElement as HTMLTableRowElement | null)?.cells?.[1]?.textContent

describe('keyboard shortcuts', () => {
  it('move between rows with j and k, and act on the focused row', async () => {
    const user = userEvent.setup()
    const { key, location } = await open()
    await user.keyboard('j')
    expect(focusedRowName()).toBe('Alpha')
    await user.keyboard('jj')
    expect(focusedRowName()).toBe('Charlie')
    await user.keyboard('k')
    expect(focusedRowName()).toBe('Bravo')

    await user.keyboard(' ')
    await waitFor(() => expect(env.sim.handlersOf(key)[1]!.is_enabled).toBe(0))
    expect(screen.getByRole('switch', { name: 'Enable “Bravo”' })).not.toBeChecked()

    await user.keyboard('x')
    expect(screen.getByRole('checkbox', { name: 'Select “Bravo”' })).toBeChecked()

    await user.keyboard('e')
    const id = env.sim.handlersOf(key)[1]!.id
    await waitFor(() => expect(location()).toBe(`/handlers/${id}/edit?page=1&per_page=25`))
  })

  it('focus the search with / and open a new handler with n, but not while typing', async () => {
    const user = userEvent.setup()
    const { location } = await open()
    await user.keyboard('/')
    const search = screen.getByRole('searchbox', { name: 'Search' })
    expect(search).toHaveFocus()
    await user.keyboard('n')
    expect(search).toHaveValue('n')
    expect(new URL(location(), 'http://localhost').pathname).toBe('/handlers')

    search.blur()
    await user.keyboard('n')
    // The search reaches the URL a moment after typing stops: on a busy machine, before the `n`.
    await waitFor(() => expect(location()).toMatch(/^\/handlers\/new\?page=1&per_page=25(&q=n)?$/))
  })

  it('list themselves in a help dialog opened with ?', async () => {
    const user = userEvent.setup()
    await open()
    await user.keyboard('{Shift>}?{/Shift}')
    const help = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' })
    expect(within(help).getByText('Enable or disable the focused row')).toBeInTheDocument()
    // Nothing moves behind an open dialog.
    await user.keyboard('j')
    expect(document.activeElement?.closest('tr')).toBeNull()
  })
})
