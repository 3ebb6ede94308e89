import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import type { SeedHandler } from '../../src/sim/simulator'
import { renderApp, signInAs } from '../render'
import { setupSimulator } from '../sim-server'
import { shownNames } from './table-helpers'

const env = setupSimulator()

const numbered = (count: number): SeedHandler[] =>
  Array.from({ length: count }, (_, i) => ({
    type: 'email',
    name: `Box ${String(i + 1).padStart(2, '0')}`,
    settings: { email: `box${i + 1}@example.com` },
  }))

async function open(handlers: SeedHandler[], path = '/handlers') {
  const { key } = env.sim.addAccount({ handlers })
  signInAs(key)
  const view = renderApp(path)
  await shownNames()
  return { key, ...view }
}

const box = (n: number) =>
  screen.getByRole('checkbox', { name: `Select “Box ${String(n).padStart(2, '0')}”` })
const checkedBoxes = () =>
  screen
    .getAllByRole('checkbox', { name: /^Select “/ })
    .filter((input) => (input as HTMLInputElement).checked)
    .map((input) => input.getAttribute('aria-label')!.slice(8, 14))
const toolbar = () => screen.getByRole('group', { name: 'Selected handlers' })

describe('selection', () => {
  it('ticks rows by their names and counts them', async () => {
    const user = userEvent.setup()
    await open(numbered(5))
    expect(within(toolbar()).getByRole('button', { name: 'Disable' })).toBeDisabled()
    await user.click(box(2))
    await user.click(box(4))
    expect(within(toolbar()).getByText('2 selected')).toBeInTheDocument()
    expect(within(toolbar()).getByRole('button', { name: 'Disable' })).toBeEnabled()
    await user.click(box(2))
    expect(checkedBoxes()).toEqual(['Box 04'])
  })

  it('selects a range with shift-click, and unticks one the same way', async () => {
    const user = userEvent.setup()
    await open(numbered(10))
    await user.click(box(2))
    await user.keyboard('{Shift>}')
    await user.click(box(6))
    await user.keyboard('{/Shift}')
    expect(checkedBoxes()).toEqual(['Box 02', 'Box 03', 'Box 04', 'Box 05', 'Box 06'])

    await user.click(box(9))
    await user.keyboard('{Shift>}')
    await user.click(box(8))
    await user.keyboard('{/Shift}')
    expect(checkedBoxes()).toEqual([
      'Box 02',
      'Box 03',
      'Box 04',
      'Box 05',
      'Box 06',
      'Box 08',
      'Box 09',
    ])

    await user.click(box(5))
    await user.keyboard('{Shift>}')
    await user.click(box(3))
    await user.keyboard('{/Shift}')
    expect(checkedBoxes()).toEqual(['Box 02', 'Box 06', 'Box 08', 'Box 09'])
  })

  it('selects the page, then every handler that matches, across pages', async () => {
    const user = userEvent.setup()
    await open(numbered(60), '/handlers?per_page=25')
    const page = screen.getByRole('checkbox', { name: 'Select all on this page' })
    await user.click(box(1))
    expect(page).toBePartiallyChecked()

    await user.click(page)
    expect(page).toBeChecked()
    expect(checkedBoxes()).toHaveLength(25)
    expect(screen.getByText('All 25 handlers on this page are selected.')).toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: 'Select all 60 that match' }))
    expect(await screen.findByText('All 60 handlers that match are selected.')).toBeInTheDocument()
    await waitFor(() => expect(within(toolbar()).getByText('60 selected')).toBeInTheDocument())
    await waitFor(() =>
      expect(within(toolbar()).getByRole('button', { name: 'Disable' })).toBeEnabled(),
    )

    await user.click(screen.getByRole('button', { name: 'Next page' }))
    await waitFor(async () => expect((await shownNames())[0]).toBe('Box 26'))
    expect(checkedBoxes()).toHaveLength(25)
    // One taken out of "all" leaves the other 59.
    await user.click(box(30))
    expect(within(toolbar()).getByText('59 selected')).toBeInTheDocument()

    await user.click(screen.getByRole('checkbox', { name: 'Select all on this page' }))
    await user.click(screen.getByRole('checkbox', { name: 'Select all on this page' }))
    expect(within(toolbar()).getByText('35 selected')).toBeInTheDocument()
  })

  it('keeps picks from other pages, and clears them', async () => {
    const user = userEvent.setup()
    await open(numbered(30), '/handlers?per_page=10')
    await user.click(box(3))
    await user.click(screen.getByRole('button', { name: 'Next page' }))
    await waitFor(async () => expect((await shownNames())[0]).toBe('Box 11'))
    await user.click(box(12))
    expect(within(toolbar()).getByText('2 selected')).toBeInTheDocument()
    await user.click(within(toolbar()).getByRole('button', { name: 'Clear selection' }))
    expect(
      within(toolbar()).getByText('Tick handlers to act on several at once.'),
    ).toBeInTheDocument()
    expect(checkedBoxes()).toEqual([])
  })

  it('starts afresh when the search changes, so nothing out of sight is acted on', async () => {
    const user = userEvent.setup()
    await open(numbered(12))
    await user.click(box(1))
    await user.click(box(11))
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'Box 1')
    await waitFor(async () => expect(await shownNames()).toHaveLength(4))
    expect(checkedBoxes()).toEqual([])
    expect(
      within(toolbar()).getByText('Tick handlers to act on several at once.'),
    ).toBeInTheDocument()
    await user.click(screen.getByRole('checkbox', { name: 'Select all on this page' }))
    expect(within(toolbar()).getByText('4 selected')).toBeInTheDocument()
    // The whole result is on screen: there is nothing more to "select all".
    expect(screen.queryByRole('button', { name: /Select all \d+ that match/ })).toBeNull()
  })

  it('lets a handler changed out of the search drop out of the selection', async () => {
    const user = userEvent.setup()
    await open(
      numbered(4).map((handler, i) => ({ ...handler, is_enabled: i < 3 ? 0 : 1 })),
      '/handlers?status=disabled',
    )
    await user.click(box(1))
    await user.click(box(2))
    await user.click(within(toolbar()).getByRole('button', { name: 'Enable' }))
    await screen.findByRole('region', { name: 'Bulk report' })
    await waitFor(async () => expect(await shownNames()).toEqual(['Box 03']))
    expect(
      within(toolbar()).getByText('Tick handlers to act on several at once.'),
    ).toBeInTheDocument()
    expect(within(toolbar()).getByRole('button', { name: 'Delete' })).toBeDisabled()
  })
})
