// Two clients on one account: the form reads the handler again before saving an edit, and sends
// nothing over a change made elsewhere until the user has chosen.
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { createApiClient } from '../../src/api/client'
import type { SeedHandler } from '../../src/sim/simulator'
import { renderApp, signInAs } from '../render'
import { setupSimulator } from '../sim-server'
import { backAtList, fill, formDialog, nameField, submitButton, writes } from './form-helpers'

const env = setupSimulator()

const HOOK = 'https://example.com/hooks/original-secret-token'
const HANDLER: SeedHandler = { type: 'webhook', name: 'Ops hook', settings: { webhook: HOOK } }

/** The edit form of one webhook, open, and a second client on the same account. */
async function editWithAnotherTab() {
  const user = userEvent.setup()
  const { key } = env.sim.addAccount({ handlers: [HANDLER] })
  signInAs(key)
  const id = env.sim.handlersOf(key)[0]!.id
  const view = renderApp(`/handlers/${id}/edit`)
  const dialog = await formDialog('Edit handler')
  const other = createApiClient({ baseUrl: '/api', apiKey: key })
  const stored = () => env.sim.handlersOf(key)[0]
  const mine = () => writes(env.sim).filter((request) => request.path.endsWith(`/${id}`))
  return { user, id, dialog, other, stored, mine, ...view }
}

const hookField = (dialog: HTMLElement) =>
  within(dialog).getByRole('textbox', { name: /^Webhook URL/ })

async function conflictTable() {
  const panel = await screen.findByRole('alert', {
    name: /Changed elsewhere while you were editing/,
  })
  return { panel, table: within(panel).getByRole('table', { name: 'What changed elsewhere' }) }
}

const rowOf = (table: HTMLElement, field: string) =>
  within(table).getByRole('rowheader', { name: field }).closest('tr')!

describe('saving an edit over a change made elsewhere', () => {
  it('saves at once when nothing changed elsewhere, after one read', async () => {
    const { user, id, dialog, stored, location } = await editWithAnotherTab()
    await fill(user, nameField(dialog), 'Mine')
    const before = env.sim.requests.length
    await user.click(await submitButton())
    await backAtList(location)
    expect(
      env.sim.requests.slice(before, before + 2).map(({ method, path }) => `${method} ${path}`),
    ).toEqual([`GET /api/notification-handlers/${id}`, `POST /api/notification-handlers/${id}`])
    expect(stored()!.name).toBe('Mine')
  })

  it('shows theirs next to mine, sends nothing, then overwrites when asked', async () => {
    const { user, id, dialog, other, stored, mine, location } = await editWithAnotherTab()
    await other.updateHandler(id, { name: 'Theirs' })
    const sentByOther = mine().length
    await fill(user, nameField(dialog), 'Mine')
    await user.click(await submitButton())

    const { panel, table } = await conflictTable()
    expect(panel).toHaveFocus()
    expect(
      within(rowOf(table, 'Name'))
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(expect.arrayContaining(['Mine', 'Theirs']))
    expect(mine()).toHaveLength(sentByOther)
    expect(nameField(dialog)).toHaveValue('Mine')

    await user.click(within(panel).getByRole('button', { name: 'Overwrite with mine' }))
    await backAtList(location)
    expect(stored()!.name).toBe('Mine')
  })

  it('merges field by field: their name, my destination', async () => {
    const { user, id, dialog, other, stored, location } = await editWithAnotherTab()
    await other.updateHandler(id, { name: 'Theirs', isEnabled: false })
    await fill(user, nameField(dialog), 'Mine')
    await fill(user, hookField(dialog), 'https://example.com/hooks/mine')
    await user.click(await submitButton())

    const { panel, table } = await conflictTable()
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Name', 'State'])
    await user.click(within(rowOf(table, 'Name')).getByRole('radio', { name: 'The server’s' }))
    await user.click(within(panel).getByRole('button', { name: 'Save my choices' }))
    await backAtList(location)
    expect(stored()).toMatchObject({
      name: 'Theirs',
      is_enabled: 1,
      settings: { webhook: 'https://example.com/hooks/mine' },
    })
  })

  it('keeps the server’s copy when asked, sending nothing', async () => {
    const { user, id, dialog, other, stored, mine } = await editWithAnotherTab()
    await other.updateHandler(id, { name: 'Theirs' })
    const sent = mine().length
    await fill(user, nameField(dialog), 'Mine')
    await user.click(await submitButton())
    const { panel } = await conflictTable()
    await user.click(within(panel).getByRole('button', { name: 'Keep the server’s' }))
    await waitFor(() => expect(nameField(dialog)).toHaveValue('Theirs'))
    expect(screen.queryByRole('table', { name: 'What changed elsewhere' })).toBeNull()
    expect(mine()).toHaveLength(sent)
    expect(stored()!.name).toBe('Theirs')
  })

  it('masks a secret destination changed elsewhere', async () => {
    const { user, id, dialog, other } = await editWithAnotherTab()
    const theirs = 'https://example.com/hooks/their-new-secret-token'
    await other.updateHandler(id, { settings: { webhook: theirs } })
    await fill(user, hookField(dialog), 'https://example.com/hooks/my-new-secret-token')
    await user.click(await submitButton())
    const { table } = await conflictTable()
    const cells = within(rowOf(table, 'Destination')).getAllByRole('cell')
    expect(cells.map((cell) => cell.textContent)).toEqual(
      expect.arrayContaining(['https://example.com/…oken']),
    )
    expect(table.textContent).not.toContain('secret')
  })

  it('offers to create again a handler deleted elsewhere, with my values', async () => {
    const { user, id, dialog, other, location } = await editWithAnotherTab()
    await other.deleteHandler(id)
    await fill(user, nameField(dialog), 'Mine')
    await user.click(await submitButton())
    const alert = await screen.findByRole('alert', { name: 'The handler was not saved' })
    expect(alert).toHaveTextContent('probably deleted elsewhere')
    expect(nameField(dialog)).toHaveValue('Mine')
    expect(writes(env.sim)).toEqual([])
    await user.click(within(alert).getByRole('button', { name: 'Create it again with my values' }))
    await backAtList(location)
    expect(writes(env.sim).map((request) => request.fields)).toEqual([
      { name: 'Mine', type: 'webhook', webhook: HOOK },
    ])
  })

  it('says so and keeps the edit when the handler cannot be read again', async () => {
    const { user, id, dialog, mine } = await editWithAnotherTab()
    await fill(user, nameField(dialog), 'Mine')
    env.sim.injectFault({ method: 'GET', path: `/notification-handlers/${id}`, drop: true })
    await user.click(await submitButton())
    const alert = await screen.findByRole('alert', { name: 'The handler was not saved' })
    expect(alert).toHaveTextContent('could not be read again')
    expect(nameField(dialog)).toHaveValue('Mine')
    expect(mine()).toEqual([])
    await user.click(within(alert).getByRole('button', { name: 'Try again' }))
    await waitFor(() => expect(mine()).toHaveLength(1))
  })
})
