import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import type { SeedHandler } from '../../src/sim/simulator'
import { renderApp, signInAs } from '../render'
import { setupSimulator } from '../sim-server'
import { deleteNow, entries, findDrawer, SLACK } from './history-helpers'
import { captureDownloads } from './transfer-helpers'

const env = setupSimulator()

const HANDLERS: SeedHandler[] = [
  { type: 'email', name: 'Alpha', settings: { email: 'alpha@example.com' } },
  { type: 'slack', name: 'Bravo', settings: { slack: SLACK }, is_enabled: 0 },
]

async function open() {
  const { key } = env.sim.addAccount({ handlers: HANDLERS })
  signInAs(key)
  renderApp('/handlers?page=1&per_page=25')
  await screen.findByRole('cell', { name: 'Bravo' })
  return key
}

describe('the recent changes drawer', () => {
  it('opens with h from the table and gives focus back to the row on close', async () => {
    const user = userEvent.setup()
    await open()
    await user.keyboard('j')
    const row = document.activeElement
    expect(row?.tagName).toBe('TR')
    await user.keyboard('h')
    expect(await within(await findDrawer()).findByText('Nothing has been changed in this tab yet.'))
    await user.keyboard('{Escape}')
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    await waitFor(() => expect(document.activeElement).toBe(row))
  })

  it('gives focus back to the header button that opened it', async () => {
    const user = userEvent.setup()
    await open()
    const button = screen.getByRole('button', { name: 'Recent changes' })
    await user.click(button)
    await findDrawer()
    await user.keyboard('{Escape}')
    await waitFor(() => expect(button).toHaveFocus())
  })

  it('lists h among the shortcuts', async () => {
    const user = userEvent.setup()
    await open()
    await user.keyboard('{Shift>}?{/Shift}')
    const help = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' })
    const row = within(help).getByText('Open the recent changes').closest('tr')!
    expect(row.cells[0]).toHaveTextContent(/^h$/)
  })

  it('exports the deleted handlers in a file the import reads back', async () => {
    const files = captureDownloads()
    const user = userEvent.setup()
    const key = await open()
    await deleteNow(user, 'Bravo')
    await waitFor(() => expect(env.sim.handlersOf(key)).toHaveLength(1))

    await user.click(screen.getByRole('button', { name: 'Recent changes' }))
    await user.click(
      within(await findDrawer()).getByRole('button', {
        name: 'Export the deleted handlers (JSON)',
      }),
    )
    const warning = await screen.findByRole('dialog', { name: 'This file contains secret URLs' })
    await user.click(within(warning).getByRole('button', { name: 'Download' }))
    await waitFor(() => expect(files).toHaveLength(1))
    await user.keyboard('{Escape}')
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())

    await user.click(screen.getByRole('button', { name: 'Import' }))
    const dialog = await screen.findByRole('dialog', { name: /^Import handlers into/ })
    const file = new File([files[0]!.blob], files[0]!.name)
    await user.upload(within(dialog).getByLabelText('JSON or CSV file to import'), file)
    await user.click(await within(dialog).findByRole('button', { name: /^Create 1 handler/ }))
    await waitFor(() => expect(env.sim.handlersOf(key)).toHaveLength(2))
    const back = env.sim.handlersOf(key).find((handler) => handler.name === 'Bravo')!
    expect(back).toMatchObject({ type: 'slack', settings: { slack: SLACK }, is_enabled: 0 })
  })

  it('speaks Persian: the change, its time and the arrow read right to left', async () => {
    const user = userEvent.setup()
    const { key } = env.sim.addAccount({ handlers: HANDLERS })
    signInAs(key)
    renderApp('/handlers', { language: 'fa' })
    await user.click(await screen.findByRole('switch', { name: /Alpha/ }))
    await waitFor(() => expect(env.sim.handlersOf(key)[0]!.is_enabled).toBe(0))

    await user.click(screen.getByRole('button', { name: 'تغییرات اخیر' }))
    const shown = await screen.findByRole('dialog', { name: 'تغییرات اخیر در این زبانه' })
    const [entry] = entries(shown)
    expect(entry).toHaveAttribute('aria-label', '«\u2068Alpha\u2069» غیرفعال شد')
    expect(entry).toHaveTextContent('اکنون')
    expect(entry).toHaveTextContent('وضعیت: \u2068فعال\u2069 ← \u2068غیرفعال\u2069')
  })
})
