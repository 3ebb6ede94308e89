import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { createApiClient } from '../../src/api/client'
import type { SeedHandler } from '../../src/sim/simulator'
import { addAccount } from '../../src/session/accounts-store'
import { renderApp, signInAs } from '../render'
import { setupSimulator } from '../sim-server'
import { backAtList, fill, formDialog, nameField, submitButton } from './form-helpers'
import { deleteNow, entries, openHistory, SLACK } from './history-helpers'

const env = setupSimulator()

const HANDLERS: SeedHandler[] = [
  { type: 'email', name: 'Alpha', settings: { email: 'alpha@example.com' } },
  { type: 'slack', name: 'Bravo', settings: { slack: SLACK } },
  { type: 'email', name: 'Charlie', settings: { email: 'charlie@example.com' } },
]

const posts = () => env.sim.requests.filter((request) => request.method === 'POST')
const deletes = () => env.sim.requests.filter((request) => request.method === 'DELETE')

describe('recent changes', () => {
  it('lists a rename, a toggle and a delete masked, restores the deleted one and reverts the rename', async () => {
    const user = userEvent.setup()
    const { key } = env.sim.addAccount({ handlers: HANDLERS })
    signInAs(key)
    const [alpha, bravo] = env.sim.handlersOf(key)
    const { location } = renderApp(`/handlers/${alpha!.id}/edit`)

    const form = await formDialog('Edit handler')
    await fill(user, nameField(form), 'Alpha renamed')
    await user.click(await submitButton())
    await backAtList(location)

    await user.click(await screen.findByRole('switch', { name: 'Enable “Charlie”' }))
    await screen.findByText('“Charlie” was disabled.')
    await deleteNow(user, 'Bravo')
    await waitFor(() => expect(deletes()).toHaveLength(1))

    const drawer = await openHistory(user)
    await waitFor(() => expect(entries(drawer)).toHaveLength(3))
    expect(entries(drawer).map((item) => item.getAttribute('aria-label'))).toEqual([
      'Deleted “Bravo”',
      'Disabled “Charlie”',
      'Edited “Alpha renamed”',
    ])
    expect(entries(drawer)[0]).toHaveTextContent('https://hooks.slack.com/…XY12')
    expect(entries(drawer)[1]).toHaveTextContent('Status: Enabled → Disabled')
    expect(entries(drawer)[2]).toHaveTextContent('Name: Alpha → Alpha renamed')
    expect(document.body.textContent).not.toContain(SLACK)

    env.sim.clearLog()
    await user.click(within(drawer).getByRole('button', { name: 'Restore: Deleted “Bravo”' }))
    const confirm = await screen.findByRole('dialog', { name: 'Create the deleted handler again?' })
    expect(confirm).toHaveTextContent('gets a new id')
    await user.click(within(confirm).getByRole('button', { name: 'Create again' }))
    await waitFor(() => expect(env.sim.handlersOf(key).map((h) => h.name)).toContain('Bravo'))
    const restored = env.sim.handlersOf(key).find((h) => h.name === 'Bravo')!
    expect(restored.id).not.toBe(bravo!.id)
    expect(restored.type).toBe('slack')
    expect(restored.settings).toMatchObject({ slack: SLACK })
    expect(posts().map((request) => request.fields)).toEqual([
      { name: 'Bravo', type: 'slack', slack: SLACK },
    ])
    expect(await within(drawer).findByText('1 restored.')).toBeInTheDocument()
    await user.click(within(drawer).getByRole('button', { name: 'Close the report' }))

    env.sim.clearLog()
    await user.click(
      within(drawer).getByRole('button', { name: 'Restore: Edited “Alpha renamed”' }),
    )
    await waitFor(() => expect(env.sim.handlersOf(key)[0]!.name).toBe('Alpha'))
    expect(posts().map((request) => [request.path, request.fields])).toEqual([
      [`/api/notification-handlers/${alpha!.id}`, { name: 'Alpha' }],
    ])
    // Each restore is an entry of its own, and the entries it took back stay.
    await waitFor(() => expect(entries(drawer)).toHaveLength(5))
    expect(entries(drawer)[0]).toHaveAttribute('aria-label', 'Restored 1 handler')
  })

  it('keeps the entry and says why when the plan refuses the create', async () => {
    const user = userEvent.setup()
    const { key } = env.sim.addAccount({ handlers: [HANDLERS[1]!], limits: { slack: 0 } })
    signInAs(key)
    renderApp('/handlers')
    await deleteNow(user, 'Bravo')
    await waitFor(() => expect(env.sim.handlersOf(key)).toHaveLength(0))

    const drawer = await openHistory(user)
    await user.click(within(drawer).getByRole('button', { name: 'Restore: Deleted “Bravo”' }))
    await user.click(await screen.findByRole('button', { name: 'Create again' }))
    const report = await within(drawer).findByText(/could not be restored/)
    expect(report.closest('[role="status"]')).toHaveTextContent(/“Bravo”: .*refused/i)
    expect(env.sim.handlersOf(key)).toHaveLength(0)
    expect(entries(drawer).map((item) => item.getAttribute('aria-label'))).toEqual([
      'Deleted “Bravo”',
    ])
  })

  it('drops a history that cannot be read back with a message, and the table still shows', async () => {
    const { key } = env.sim.addAccount({ handlers: HANDLERS })
    const id = 'server-damaged-history'
    sessionStorage.setItem(`conecto.history.${id}`, '[{"broken":')
    addAccount({ id, kind: 'server', apiKey: key, label: '', remember: false })
    renderApp('/handlers')
    expect(
      await screen.findByText(
        'The history of recent changes could not be read back and was cleared.',
      ),
    ).toBeInTheDocument()
    expect(await screen.findByRole('switch', { name: 'Enable “Alpha”' })).toBeInTheDocument()
  })

  it('reverts a bulk disable as a whole through the queue, with a report', async () => {
    const user = userEvent.setup()
    const { key } = env.sim.addAccount({ handlers: HANDLERS })
    signInAs(key)
    renderApp('/handlers')
    await screen.findByRole('checkbox', { name: 'Select “Charlie”' })
    await user.click(screen.getByRole('checkbox', { name: 'Select all on this page' }))
    const toolbar = screen.getByRole('group', { name: 'Selected handlers' })
    await user.click(within(toolbar).getByRole('button', { name: 'Disable' }))
    await waitFor(() => expect(env.sim.handlersOf(key).map((h) => h.is_enabled)).toEqual([0, 0, 0]))

    const drawer = await openHistory(user)
    expect(entries(drawer)[0]).toHaveAttribute('aria-label', 'Disabled 3 handlers')
    expect(entries(drawer)[0]).toHaveTextContent('BravoStatus: Enabled → Disabled')
    env.sim.clearLog()
    await user.click(within(drawer).getByRole('button', { name: 'Restore: Disabled 3 handlers' }))
    expect(await within(drawer).findByText('3 restored.')).toBeInTheDocument()
    expect(env.sim.handlersOf(key).map((h) => h.is_enabled)).toEqual([1, 1, 1])
    expect(posts().map((request) => request.fields)).toEqual([
      { is_enabled: '1' },
      { is_enabled: '1' },
      { is_enabled: '1' },
    ])
  })

  it('asks before reverting an edit of a handler changed since, and sends nothing on Cancel', async () => {
    const user = userEvent.setup()
    const { key } = env.sim.addAccount({ handlers: HANDLERS })
    signInAs(key)
    const { location } = renderApp(`/handlers/${env.sim.handlersOf(key)[0]!.id}/edit`)
    const form = await formDialog('Edit handler')
    await fill(user, nameField(form), 'Alpha renamed')
    await user.click(await submitButton())
    await backAtList(location)
    // Another tab renames it again.
    const elsewhere = createApiClient({ baseUrl: '/api', apiKey: key })
    await elsewhere.updateHandler(env.sim.handlersOf(key)[0]!.id, { name: 'Alpha elsewhere' })

    const drawer = await openHistory(user)
    env.sim.clearLog()
    await user.click(
      within(drawer).getByRole('button', { name: 'Restore: Edited “Alpha renamed”' }),
    )
    const ask = await screen.findByRole('dialog', { name: '“Alpha renamed” was changed since' })
    await user.click(within(ask).getByRole('button', { name: 'Cancel' }))
    expect(posts()).toEqual([])

    await user.click(
      within(drawer).getByRole('button', { name: 'Restore: Edited “Alpha renamed”' }),
    )
    await user.click(await screen.findByRole('button', { name: 'Overwrite' }))
    await waitFor(() => expect(env.sim.handlersOf(key)[0]!.name).toBe('Alpha'))
    expect(posts().map((request) => request.fields)).toEqual([{ name: 'Alpha' }])
  })
})
