import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import type { SeedHandler } from '../../src/sim/simulator'
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

const SLACK = 'https://hooks.slack.com/services/T0001/B0002/oldoldoldold'

/** An account with these handlers, signed in, with the edit form of the first one open. */
async function editFirst(handlers: SeedHandler[], { query = '' } = {}) {
  const user = userEvent.setup()
  const { key } = env.sim.addAccount({ handlers })
  signInAs(key)
  const id = env.sim.handlersOf(key)[0]!.id
  const view = renderApp(`/handlers/${id}/edit${query}`)
  const dialog = await formDialog('Edit handler')
  return { user, key, id, dialog, ...view }
}

const EDITS = [
  ['email', 'E-mail address', 'old@example.com', 'new@example.com'],
  ['webhook', 'Webhook URL', 'https://example.com/old', 'https://example.com/new'],
  ['slack', 'Slack webhook URL', SLACK, 'https://hooks.slack.com/services/T0001/B0002/newnewnew'],
  [
    'microsoft_teams',
    'Microsoft Teams webhook URL',
    'https://contoso.webhook.office.com/webhookb2/old',
    'https://contoso.webhook.office.com/webhookb2/new',
  ],
  [
    'google_chat',
    'Google Chat webhook URL',
    'https://chat.googleapis.com/v1/spaces/A/messages?key=old',
    'https://chat.googleapis.com/v1/spaces/A/messages?key=new',
  ],
] as const

describe('editing a handler', () => {
  it.each(EDITS)(
    'changes the target of a %s handler, sending only it',
    async (type, label, before, after) => {
      const { user, key, dialog, location } = await editFirst(
        [{ type, name: 'Target', settings: { [type]: before } }],
        { query: '?page=1&per_page=25' },
      )
      const field = within(dialog).getByRole('textbox', { name: new RegExp(`^${label}`) })
      expect(field).toHaveValue(before)
      await fill(user, field, after)
      await user.click(await submitButton())

      await backAtList(location, '/handlers?page=1&per_page=25')
      const sent = writes(env.sim)
      expect(sent).toHaveLength(1)
      expect(sent[0]!.contentType).toMatch(/^multipart\/form-data/)
      expect(sent[0]!.fields).toEqual({ [type]: after })
      expect(env.sim.handlersOf(key)[0]).toMatchObject({
        type,
        name: 'Target',
        settings: { [type]: after },
      })
    },
  )

  it('renames an in-app handler without sending its type', async () => {
    const { user, key, dialog, location } = await editFirst([
      { type: 'internal_notification', name: 'Bell' },
    ])
    await fill(user, nameField(dialog), 'Bell (ops)')
    await user.click(await submitButton())
    await backAtList(location)
    expect(writes(env.sim)[0]!.fields).toEqual({ name: 'Bell (ops)' })
    expect(env.sim.handlersOf(key)[0]).toMatchObject({
      type: 'internal_notification',
      name: 'Bell (ops)',
    })
  })

  it('renames a handler with one request that holds the name alone', async () => {
    const { user, key, dialog, location } = await editFirst([
      { type: 'slack', name: 'Alerts', settings: { slack: SLACK } },
    ])
    await fill(user, nameField(dialog), 'Alerts #ops')
    await user.click(await submitButton())
    await backAtList(location)
    const sent = writes(env.sim)
    expect(sent).toHaveLength(1)
    expect(sent[0]!.fields).toEqual({ name: 'Alerts #ops' })
    // On the platform a `type` would have wiped the handler: it is intact.
    expect(env.sim.handlersOf(key)[0]).toMatchObject({ type: 'slack', settings: { slack: SLACK } })
    expect(await screen.findByText('Alerts #ops')).toBeInTheDocument()
  })

  it('switches a handler off with is_enabled=0 and nothing else', async () => {
    const { user, key, dialog, location } = await editFirst([
      { type: 'slack', name: 'Alerts', settings: { slack: SLACK } },
    ])
    const enabled = within(dialog).getByRole('switch', { name: 'Enabled' })
    expect(enabled).toBeChecked()
    await user.click(enabled)
    await user.click(await submitButton())
    await backAtList(location)
    expect(writes(env.sim)[0]!.fields).toEqual({ is_enabled: '0' })
    expect(env.sim.handlersOf(key)[0]!.is_enabled).toBe(0)
  })

  it('switches a handler on with is_enabled=1', async () => {
    const { user, key, dialog, location } = await editFirst([
      { type: 'webhook', name: 'Hook', settings: { webhook: 'https://e.com/x' }, is_enabled: 0 },
    ])
    const enabled = within(dialog).getByRole('switch', { name: 'Enabled' })
    expect(enabled).not.toBeChecked()
    await user.click(enabled)
    await user.click(await submitButton())
    await backAtList(location)
    expect(writes(env.sim)[0]!.fields).toEqual({ is_enabled: '1' })
    expect(env.sim.handlersOf(key)[0]!.is_enabled).toBe(1)
  })

  it('shows a handler awaiting e-mail confirmation as such', async () => {
    const { dialog } = await editFirst([
      { type: 'email', name: 'Boss', settings: { email: 'boss@example.com' }, is_enabled: 2 },
    ])
    const enabled = within(dialog).getByRole('switch', { name: /^Enabled/ })
    expect(enabled).toBeChecked()
    expect(enabled).toHaveAccessibleDescription(/^Awaiting confirmation/)
  })

  it('never resends an unchanged type, even after switching away and back', async () => {
    const { user, dialog, location } = await editFirst([
      { type: 'slack', name: 'Alerts', settings: { slack: SLACK } },
    ])
    await chooseType(user, 'Webhook')
    expect(within(dialog).getByRole('note')).toHaveTextContent(
      'Some servers lose a handler’s settings when its type changes.',
    )
    await chooseType(user, 'Slack')
    expect(within(dialog).queryByRole('note')).not.toBeInTheDocument()
    const field = within(dialog).getByRole('textbox', { name: /^Slack webhook URL/ })
    expect(field).toHaveValue(SLACK)
    await fill(user, nameField(dialog), 'Slack alerts')
    await user.click(await submitButton())
    await backAtList(location)
    expect(writes(env.sim)[0]!.fields).toEqual({ name: 'Slack alerts' })
  })

  it('sends nothing when nothing changed', async () => {
    const { user, location } = await editFirst([
      { type: 'slack', name: 'Alerts', settings: { slack: SLACK } },
    ])
    await user.click(await submitButton())
    await backAtList(location)
    expect(writes(env.sim)).toEqual([])
  })

  it('changes the type on a server that handles it, sending type and the new target', async () => {
    const user = userEvent.setup()
    env.sim.setDialect('documented')
    const { key } = env.sim.addAccount({
      handlers: [{ type: 'slack', name: 'Alerts', settings: { slack: SLACK } }],
    })
    signInAs(key)
    const id = env.sim.handlersOf(key)[0]!.id
    const { location } = renderApp(`/handlers/${id}/edit`)
    const dialog = await formDialog('Edit handler')
    await fillWebhook(user, dialog, 'https://e.com/h')
    expect(within(dialog).getByRole('note')).toHaveTextContent(/lose a handler’s settings/)
    await user.click(await submitButton())

    await backAtList(location)
    expect(writes(env.sim)[0]!.fields).toEqual({ type: 'webhook', webhook: 'https://e.com/h' })
    expect(env.sim.handlersOf(key)[0]).toMatchObject({
      type: 'webhook',
      settings: { webhook: 'https://e.com/h' },
    })
    // This dialect answers with the id only: the form read the handler back once to check it.
    const reads = env.sim.requests.filter(
      (r) => r.method === 'GET' && r.path === `/api/notification-handlers/${id}`,
    )
    expect(reads.length).toBeGreaterThanOrEqual(2) // the form's load, and the check after saving
  })

  it('opens at once from the table, with the handler the table already has', async () => {
    const { key } = env.sim.addAccount({
      handlers: [{ type: 'slack', name: 'Alerts', settings: { slack: SLACK } }],
    })
    signInAs(key)
    const id = env.sim.handlersOf(key)[0]!.id
    const { goTo } = renderApp('/handlers')
    await screen.findByText('Alerts')
    await goTo(`/handlers/${id}/edit`)
    const dialog = await formDialog('Edit handler')
    expect(nameField(dialog)).toHaveValue('Alerts')
    expect(env.sim.requests.some((r) => r.path === `/api/notification-handlers/${id}`)).toBe(false)
  })

  it('saves an edit made from the table with one read and one write, the row changed in place', async () => {
    const { key } = env.sim.addAccount({
      handlers: [
        { type: 'slack', name: 'Alerts', settings: { slack: SLACK } },
        { type: 'email', name: 'Inbox', settings: { email: 'ops@example.com' } },
      ],
    })
    signInAs(key)
    const id = env.sim.handlersOf(key)[0]!.id
    const user = userEvent.setup()
    const { goTo, location } = renderApp('/handlers')
    await screen.findByText('Alerts')
    const before = env.sim.requests.length
    await goTo(`/handlers/${id}/edit`)
    await fill(user, nameField(await formDialog('Edit handler')), 'Alerts #ops')
    await user.click(await submitButton())
    await backAtList(location)

    expect(await screen.findByText('Alerts #ops')).toBeInTheDocument()
    expect(screen.getByText('Inbox')).toBeInTheDocument()
    // One read to see whether it changed elsewhere; the server answered the write with the whole
    // handler: no read-back and no list fetched again.
    expect(env.sim.requests.slice(before).map((r) => r.method)).toEqual(['GET', 'POST'])
  })

  it('says so when the handler to edit does not exist', async () => {
    const user = userEvent.setup()
    signInAs(env.sim.addAccount({ handlers: 1 }).key)
    const { location } = renderApp('/handlers/99999/edit?page=1')
    const alert = await within(await screen.findByRole('dialog')).findByRole('alert')
    expect(alert).toHaveTextContent('This handler is not in the account any more')
    await user.click(within(alert).getByRole('link', { name: 'Back to the handlers' }))
    await backAtList(location, '/handlers?page=1')
  })
})

describe('handlers of a type the dashboard does not know', () => {
  const UNKNOWN: SeedHandler[] = [
    {
      type: 'x',
      name: 'Telegram',
      settings: { x_consumer_key: '123:AAsecret', x_access_token: '-100200' },
    },
    {
      type: 'push_subscriber_id',
      name: 'Discord',
      settings: { push_subscriber_id: 'sub-1' },
    },
    { type: null, name: 'Broken', settings: { '': '' } },
  ]

  it('shows the raw type and the settings read-only', async () => {
    const { dialog } = await editFirst(UNKNOWN)
    expect(within(dialog).getByText('Unknown type: x')).toBeInTheDocument()
    expect(within(dialog).queryByRole('combobox', { name: /^Type/ })).not.toBeInTheDocument()
    const token = within(dialog).getByRole('textbox', { name: 'x_consumer_key' })
    expect(token).toHaveValue('123:AAsecret')
    expect(token).toHaveAttribute('readonly')
    expect(within(dialog).getByRole('textbox', { name: 'x_access_token' })).toHaveAttribute(
      'readonly',
    )
  })

  it('renames and disables one without ever sending its type or settings', async () => {
    const { user, key, dialog, location } = await editFirst(UNKNOWN)
    await fill(user, nameField(dialog), 'Telegram ops')
    await user.click(within(dialog).getByRole('switch', { name: 'Enabled' }))
    await user.click(await submitButton())
    await backAtList(location)
    expect(writes(env.sim)[0]!.fields).toEqual({ name: 'Telegram ops', is_enabled: '0' })
    expect(env.sim.handlersOf(key)[0]).toMatchObject({
      type: 'x',
      name: 'Telegram ops',
      is_enabled: 0,
      settings: { x_consumer_key: '123:AAsecret', x_access_token: '-100200' },
    })
  })

  it('renames a handler whose type was lost', async () => {
    const user = userEvent.setup()
    const { key } = env.sim.addAccount({ handlers: UNKNOWN })
    signInAs(key)
    const broken = env.sim.handlersOf(key)[2]!
    const { location } = renderApp(`/handlers/${broken.id}/edit`)
    const dialog = await formDialog('Edit handler')
    expect(within(dialog).getByText('No type')).toBeInTheDocument()
    expect(within(dialog).getByText('No settings')).toBeInTheDocument()
    await fill(user, nameField(dialog), 'Broken, renamed')
    await user.click(await submitButton())
    await backAtList(location)
    expect(writes(env.sim)[0]!.fields).toEqual({ name: 'Broken, renamed' })
    expect(env.sim.handlersOf(key)[2]).toMatchObject({ type: null, settings: { '': '' } })
  })
})
