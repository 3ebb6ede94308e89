import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { renderApp, signInAs } from '../render'
import { setupSimulator } from '../sim-server'
import {
  backAtList,
  chooseType,
  fill,
  fillWebhook,
  formDialog,
  nameField,
  submitButton,
  writes,
} from './form-helpers'

const env = setupSimulator()

const SLACK = 'https://hooks.slack.com/services/T0001/B0002/abcdefghijklmnop'

async function openNew() {
  const user = userEvent.setup()
  const { key } = env.sim.addAccount({ handlers: 0 })
  signInAs(key)
  const view = renderApp('/handlers/new?page=1&per_page=10')
  const dialog = await formDialog('New handler')
  return { user, key, dialog, ...view }
}

const report = async () => within(await screen.findByRole('dialog')).findByRole('status')

describe('after saving, what the server holds is compared with what was sent', () => {
  it('reports a name the server changed, and stays on the saved handler', async () => {
    const { user, key, dialog, location } = await openNew()
    await fill(user, nameField(dialog), 'Ops <b>team</b>')
    await chooseType(user, 'In-app notification')
    await user.click(await submitButton())

    const [stored] = env.sim.handlersOf(key)
    expect(stored!.name).toBe('Ops team')
    await waitFor(() => expect(location()).toBe(`/handlers/${stored!.id}/edit?page=1&per_page=10`))
    expect(await report()).toHaveTextContent(
      'Saved, but the server holds something differentThe server saved the name as “Ops team”.',
    )
    // The form now shows the handler as the server has it, ready to be corrected.
    const edit = await formDialog('Edit handler')
    expect(nameField(edit)).toHaveValue('Ops team')
    await user.click(within(edit).getByRole('button', { name: 'Close the form' }))
    await backAtList(location, '/handlers?page=1&per_page=10')
    expect(writes(env.sim)).toHaveLength(1)
  })

  it('reports a name and a target cut short by the server', async () => {
    const { user, dialog } = await openNew()
    const name = 'A'.repeat(100)
    const url = `https://example.com/${'p'.repeat(200)}`
    await fill(user, nameField(dialog), name)
    await fillWebhook(user, dialog, url)
    // A build of the platform that cuts names at 64 and settings at 100 characters.
    const handler = {
      id: 77,
      user_id: 1,
      type: 'webhook',
      name: name.slice(0, 64),
      settings: { webhook: url.slice(0, 100) },
      is_enabled: 1,
      datetime: '2026-01-02 03:04:05',
      last_datetime: null,
    }
    env.sim.injectFault({ method: 'POST', status: 201, body: JSON.stringify({ data: handler }) })
    await user.click(await submitButton())

    const found = await report()
    expect(found).toHaveTextContent(
      `The server cut the name to 64 characters: “${'A'.repeat(64)}”.`,
    )
    expect(found).toHaveTextContent('The server cut the Webhook URL to 100 characters.')
  })

  it('reports the type and settings lost on a server that wipes them when the type changes', async () => {
    const user = userEvent.setup()
    const { key } = env.sim.addAccount({
      handlers: [{ type: 'slack', name: 'Alerts', settings: { slack: SLACK } }],
    })
    signInAs(key)
    const id = env.sim.handlersOf(key)[0]!.id
    const { location } = renderApp(`/handlers/${id}/edit`)
    const dialog = await formDialog('Edit handler')
    await fillWebhook(user, dialog, 'https://e.com/h')
    await user.click(await submitButton())

    expect(await report()).toHaveTextContent(
      'The server lost the handler’s type and its settings, a known fault of some servers when a type is changed.',
    )
    expect(env.sim.handlersOf(key)[0]).toMatchObject({ type: null, settings: { '': '' } })
    expect(location()).toBe(`/handlers/${id}/edit`)
    // What is left is shown as it is: no type, and nothing that could be sent back.
    const after = await formDialog('Edit handler')
    expect(within(after).getByText('No type')).toBeInTheDocument()
    expect(within(after).queryByRole('combobox', { name: /^Type/ })).not.toBeInTheDocument()
  })

  it('asks a server that answers with the id alone for the handler, once, and closes when it matches', async () => {
    env.sim.setDialect('documented')
    const { user, key, dialog, location } = await openNew()
    await fill(user, nameField(dialog), 'Hook')
    await fillWebhook(user, dialog, 'https://e.com/h')
    await user.click(await submitButton())

    await backAtList(location, '/handlers?page=1&per_page=10')
    const id = env.sim.handlersOf(key)[0]!.id
    const post = env.sim.requests.findIndex((r) => r.method === 'POST')
    const reads = env.sim.requests
      .slice(post)
      .filter((r) => r.path === `/api/notification-handlers/${id}`)
    expect(reads).toHaveLength(1)
    expect(reads[0]!.method).toBe('GET')
  })

  it('says so when the saved handler cannot be read back to check it', async () => {
    env.sim.setDialect('documented')
    const { user, key, dialog, location } = await openNew()
    await fill(user, nameField(dialog), 'Hook')
    await fillWebhook(user, dialog, 'https://e.com/h')
    env.sim.injectFault({ method: 'GET', path: /notification-handlers\/\d+$/, status: 500 })
    await user.click(await submitButton())

    expect(await report()).toHaveTextContent(
      'Saved, but the server’s copy could not be read back, so it was not checked.',
    )
    const id = env.sim.handlersOf(key)[0]!.id
    expect(location()).toBe(`/handlers/${id}/edit?page=1&per_page=10`)
    expect(nameField(await formDialog('Edit handler'))).toHaveValue('Hook')
  })
})
