import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderApp, signInAs } from '../render'
import { setupSimulator } from '../sim-server'

const env = setupSimulator()

const rows = () =>
  within(screen.getByRole('table'))
    .getAllByRole('row')
    .filter((row) => row.dataset.handlerId)

/** The rows that have their checkbox. */
const rowCheckboxes = () => rows().filter((row) => within(row).queryByRole('checkbox'))

describe('a large page', () => {
  it('shows every row at once, the first ones whole, and gives the rest their controls after', async () => {
    const { key } = env.sim.addAccount({ handlers: 100 })
    signInAs(key)
    renderApp('/handlers?per_page=100')
    await waitFor(() => expect(rows()).toHaveLength(100))
    const all = rows()
    expect(rowCheckboxes().length).toBeGreaterThan(0)
    expect(rowCheckboxes().length).toBeLessThan(100)

    // A waiting row already shows its values as text: name, type, status.
    const last = all.at(-1)!
    const stored = env.sim.handlersOf(key).at(-1)!
    expect(last).toHaveAttribute('data-waiting')
    expect(last).toHaveTextContent(String(stored.name))
    expect(within(last).queryByRole('checkbox')).toBeNull()

    // Batch by batch, which jsdom takes its time over.
    await waitFor(() => expect(rowCheckboxes()).toHaveLength(100), { timeout: 15_000 })
    expect(within(last).getByRole('button', { name: /^Actions for/ })).toBeInTheDocument()
    expect(rows().filter((row) => row.hasAttribute('data-waiting'))).toEqual([])
  })

  it('gives a waiting row its controls at once when it takes focus', async () => {
    const { key } = env.sim.addAccount({ handlers: 100 })
    signInAs(key)
    renderApp('/handlers?per_page=100')
    await waitFor(() => expect(rows()).toHaveLength(100))
    const last = rows().at(-1)!
    expect(last).toHaveAttribute('data-waiting')

    fireEvent.focus(last)
    expect(within(last).getByRole('checkbox')).toBeInTheDocument()
    expect(last).not.toHaveAttribute('data-waiting')
  })
})
