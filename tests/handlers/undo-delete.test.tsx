import { notifications } from '@mantine/notifications'
import { act, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { SeedHandler } from '../../src/sim/simulator'
import { renderApp, signInAs } from '../render'
import { setupSimulator } from '../sim-server'
import { shownNames, shownRows } from './table-helpers'

const env = setupSimulator()

// The undo window is the subject: the test moves the clock across it rather than wait.
beforeEach(() => {
  vi.useFakeTimers({ shouldAdvanceTime: true, toFake: ['setTimeout', 'clearTimeout', 'Date'] })
})
afterEach(() => {
  vi.useRealTimers()
  // Notices live in a module-wide store: one test's must not show up in the next.
  notifications.clean()
})

const HANDLERS: SeedHandler[] = ['Alpha', 'Bravo', 'Charlie', 'Delta'].map((name) => ({
  type: 'email',
  name,
  settings: { email: `${name.toLowerCase()}@example.com` },
}))

async function open(handlers: SeedHandler[] | number = HANDLERS, path = '/handlers') {
  const { key, id: accountId } = env.sim.addAccount({ handlers, corpus: 'simple' })
  signInAs(key)
  const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime })
  const view = renderApp(path)
  await screen.findByRole('table', { name: 'Notification handlers' })
  await waitFor(() => expect(screen.getAllByRole('row').length).toBeGreaterThan(1))
  return { key, accountId, user, ...view }
}

type User = ReturnType<typeof userEvent.setup>

const deletes = () => env.sim.requests.filter((request) => request.method === 'DELETE')
const notice = (name: string) =>
  screen
    .findByText(`“${name}” was deleted.`)
    .then((text) => text.closest<HTMLElement>('[role="alert"]')!)

async function deleteVia(user: User, name: string) {
  await user.click(screen.getByRole('button', { name: `Actions for “${name}”` }))
  await user.click(await screen.findByRole('menuitem', { name: 'Delete' }))
  return notice(name)
}

const passWindow = () => act(() => vi.advanceTimersByTimeAsync(8000))

describe('deleting one handler', () => {
  it('takes the row away at once, asks nothing, and sends the DELETE when the 8 seconds are up', async () => {
    const { key, user } = await open()
    // The fake clock also moves with real time: a second of it is left for a busy machine.
    const clicked = Date.now()
    await deleteVia(user, 'Bravo')
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(await shownNames()).toEqual(['Alpha', 'Charlie', 'Delta'])

    await act(() => vi.advanceTimersByTimeAsync(clicked + 7000 - Date.now()))
    expect(deletes()).toHaveLength(0)
    expect(env.sim.handlersOf(key)).toHaveLength(4)

    await act(() => vi.advanceTimersByTimeAsync(1000))
    await waitFor(() => expect(deletes()).toHaveLength(1))
    expect(deletes()[0]!.path).toBe(
      `/api/notification-handlers/${env.sim.handlersOf(key)[0]!.id + 1}`,
    )
    await waitFor(() => expect(env.sim.handlersOf(key).map((h) => h.name)).not.toContain('Bravo'))
    await waitFor(() => expect(screen.queryByText('“Bravo” was deleted.')).not.toBeInTheDocument())
  })

  it('puts the row back in its place on Undo, with nothing sent then or later', async () => {
    const { key, user } = await open()
    const shown = await deleteVia(user, 'Bravo')
    await user.click(within(shown).getByRole('button', { name: 'Undo' }))
    expect(await shownNames()).toEqual(['Alpha', 'Bravo', 'Charlie', 'Delta'])
    await passWindow()
    await passWindow()
    expect(env.sim.requests.filter((request) => request.method !== 'GET')).toEqual([])
    expect(env.sim.handlersOf(key)).toHaveLength(4)
  })

  it('is taken back with z, the newest first, while its notice shows', async () => {
    const { user } = await open()
    await deleteVia(user, 'Bravo')
    await deleteVia(user, 'Delta')
    expect(await shownNames()).toEqual(['Alpha', 'Charlie'])
    await user.keyboard('z')
    await waitFor(async () => expect(await shownNames()).toEqual(['Alpha', 'Charlie', 'Delta']))
    await user.keyboard('z')
    await waitFor(async () =>
      expect(await shownNames()).toEqual(['Alpha', 'Bravo', 'Charlie', 'Delta']),
    )
    // Nothing left to take back: z does nothing more.
    await user.keyboard('z')
    await passWindow()
    expect(deletes()).toEqual([])
    expect(await shownNames()).toEqual(['Alpha', 'Bravo', 'Charlie', 'Delta'])
  })

  it('starts from the Delete key on the focused row, as from its menu', async () => {
    const { user } = await open()
    await user.keyboard('jj')
    await user.keyboard('{Delete}')
    expect(await notice('Bravo')).toBeInTheDocument()
    expect(await shownNames()).toEqual(['Alpha', 'Charlie', 'Delta'])
    await waitFor(() => expect(document.activeElement).toHaveTextContent('Charlie'))
    await user.keyboard('z')
    await waitFor(async () =>
      expect(await shownNames()).toEqual(['Alpha', 'Bravo', 'Charlie', 'Delta']),
    )
    await passWindow()
    expect(deletes()).toEqual([])
  })

  it('starts from the edit drawer, which closes, and is sent when the window is over', async () => {
    const { key, user } = await open()
    const bravo = env.sim.handlersOf(key).find((handler) => handler.name === 'Bravo')!
    await user.click(screen.getByRole('button', { name: 'Actions for “Bravo”' }))
    await user.click(await screen.findByRole('menuitem', { name: 'Edit' }))
    const drawer = await screen.findByRole('dialog', { name: 'Edit handler' })
    await user.type(within(drawer).getByRole('textbox', { name: 'Name' }), ' unsaved')
    await user.click(within(drawer).getByRole('button', { name: 'Delete' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    expect(await notice('Bravo')).toBeInTheDocument()
    expect(await shownNames()).toEqual(['Alpha', 'Charlie', 'Delta'])
    expect(deletes()).toEqual([])
    await passWindow()
    await waitFor(() =>
      expect(deletes().map((request) => request.path)).toEqual([
        `/api/notification-handlers/${bravo.id}`,
      ]),
    )
    expect(env.sim.requests.filter((request) => request.method === 'POST')).toEqual([])
  })

  it('sends at once when the notice is closed', async () => {
    const { user } = await open()
    const shown = await deleteVia(user, 'Charlie')
    await user.click(within(shown).getByRole('button', { name: 'Close' }))
    await waitFor(() => expect(deletes()).toHaveLength(1))
  })

  it('puts the row back in its place with a message when the server refuses', async () => {
    const { key, user } = await open()
    env.sim.injectFault({ method: 'DELETE', status: 500 })
    await deleteVia(user, 'Bravo')
    await passWindow()
    expect(
      await screen.findByText('“Bravo” could not be deleted, so it is back in the list.'),
    ).toBeInTheDocument()
    expect(await shownNames()).toEqual(['Alpha', 'Bravo', 'Charlie', 'Delta'])
    expect(env.sim.handlersOf(key)).toHaveLength(4)
  })

  it('counts a 404 as done: the handler was deleted elsewhere', async () => {
    const { user } = await open()
    env.sim.injectFault({ method: 'DELETE', status: 404 })
    await deleteVia(user, 'Bravo')
    await passWindow()
    await waitFor(() => expect(deletes()).toHaveLength(1))
    await act(() => vi.advanceTimersByTimeAsync(100))
    expect(screen.queryByText(/could not be deleted/)).not.toBeInTheDocument()
    expect(await shownNames()).toEqual(['Alpha', 'Charlie', 'Delta'])
  })

  it('moves to the previous page after deleting the last row of a page', async () => {
    const { user, location } = await open(11, '/handlers?page=2&per_page=10')
    const [onlyRow] = await shownRows()
    const name = onlyRow!.cells[1]!.textContent!
    const shown = await deleteVia(user, name)
    await waitFor(() => expect(location()).toBe('/handlers?page=1&per_page=10'))
    await user.click(within(shown).getByRole('button', { name: 'Close' }))
    await waitFor(() => expect(deletes()).toHaveLength(1))
    expect(await screen.findByText('1–10 of 10')).toBeInTheDocument()
  })
})

describe('focus after a delete', () => {
  const focusedName = () =>
    (document.activeElement as HTMLTableRowElement | null)?.cells?.[1]?.textContent

  it('goes to the row that took its place, and to the restored row after Undo', async () => {
    const { user } = await open()
    const shown = await deleteVia(user, 'Bravo')
    await waitFor(() => expect(focusedName()).toBe('Charlie'))
    await user.click(within(shown).getByRole('button', { name: 'Undo' }))
    await waitFor(() => expect(focusedName()).toBe('Bravo'))
  })

  it('goes to the previous row when the last one was deleted', async () => {
    const { user } = await open()
    await deleteVia(user, 'Delta')
    await waitFor(() => expect(focusedName()).toBe('Charlie'))
  })
})

describe('a pending delete when the user leaves first', () => {
  it('is sent on a move to another screen', async () => {
    const { goTo } = await open()
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime })
    await deleteVia(user, 'Alpha')
    expect(deletes()).toHaveLength(0)
    await goTo('/accounts/add')
    await waitFor(() => expect(deletes()).toHaveLength(1))
  })

  it('is sent with the account it was made in on a switch to another account', async () => {
    const { key, accountId, user } = await open()
    const other = env.sim.addAccount({ handlers: 1 })
    signInAs(other.key, { label: 'Other Co' })
    await screen.findByText('1 handler')
    await user.click(screen.getByRole('button', { name: /^Accounts, current:/ }))
    const first = await screen.findByRole('menuitemradio', { name: /^(?!Other Co)/ })
    await user.click(first)
    await screen.findByText('Alpha')
    await deleteVia(user, 'Alpha')

    await user.click(screen.getByRole('button', { name: /^Accounts, current:/ }))
    await user.click(await screen.findByRole('menuitemradio', { name: 'Other Co' }))
    await waitFor(() => expect(deletes()).toHaveLength(1))
    expect(deletes()[0]).toMatchObject({ status: 200, account: String(accountId) })
    await waitFor(() => expect(env.sim.handlersOf(key)).toHaveLength(3))
  })

  it('is sent with the account it was made in on sign-out', async () => {
    const { key, user } = await open()
    await deleteVia(user, 'Alpha')
    await user.click(screen.getByRole('button', { name: /^Accounts, current:/ }))
    await user.click(await screen.findByRole('menuitem', { name: 'Sign out' }))
    await waitFor(() => expect(deletes()).toHaveLength(1))
    expect(deletes()[0]!.status).toBe(200)
    await waitFor(() => expect(env.sim.handlersOf(key)).toHaveLength(3))
  })

  it('is sent as the page is hidden for good (tab closed or reloaded)', async () => {
    const { key, user } = await open()
    await deleteVia(user, 'Alpha')
    window.dispatchEvent(new Event('pagehide'))
    await waitFor(() => expect(deletes()).toHaveLength(1))
    expect(deletes()[0]!.status).toBe(200)
    await waitFor(() => expect(env.sim.handlersOf(key)).toHaveLength(3))
  })
})
