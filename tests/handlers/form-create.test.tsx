import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { renderApp, signInAs } from '../render'
import { setupSimulator } from '../sim-server'
import { backAtList, chooseType, fill, formDialog, submitButton, writes } from './form-helpers'

const env = setupSimulator()

const SLACK = 'https://hooks.slack.com/services/T0001/B0002/abcdefghijklmnop'

const CASES = [
  { type: 'email', label: 'E-mail', field: 'E-mail address', value: 'ops@example.com' },
  { type: 'webhook', label: 'Webhook', field: 'Webhook URL', value: 'https://example.com/hook/1' },
  { type: 'slack', label: 'Slack', field: 'Slack webhook URL', value: SLACK },
  {
    type: 'microsoft_teams',
    label: 'Microsoft Teams',
    field: 'Microsoft Teams webhook URL',
    value: 'https://contoso.webhook.office.com/webhookb2/a@b/IncomingWebhook/c/d',
  },
  {
    type: 'google_chat',
    label: 'Google Chat',
    field: 'Google Chat webhook URL',
    value: 'https://chat.googleapis.com/v1/spaces/AAAA/messages?key=k&token=t',
  },
] as const

describe('creating a handler', () => {
  it.each(CASES)('creates a $label handler', async ({ type, label, field, value }) => {
    const user = userEvent.setup()
    const { key } = env.sim.addAccount({ handlers: 0 })
    signInAs(key)
    const { location } = renderApp('/handlers/new?page=1&per_page=10')
    const dialog = await formDialog('New handler')
    await fill(user, within(dialog).getByRole('textbox', { name: /^Name/ }), `  My ${label} `)
    await chooseType(user, label)
    await fill(user, within(dialog).getByRole('textbox', { name: new RegExp(`^${field}`) }), value)
    await user.click(await submitButton())

    await backAtList(location, '/handlers?page=1&per_page=10')
    const sent = writes(env.sim)
    expect(sent).toHaveLength(1)
    expect(sent[0]!.contentType).toMatch(/^multipart\/form-data/)
    expect(sent[0]!.fields).toEqual({ name: `My ${label}`, type, [type]: value })
    expect(env.sim.handlersOf(key)).toMatchObject([
      { name: `My ${label}`, type, settings: { [type]: value } },
    ])
    expect(await screen.findByRole('alert')).toHaveTextContent(`“My ${label}” was created.`)
    // The table was refreshed and shows the new handler.
    expect(await screen.findByRole('cell', { name: `My ${label}` })).toBeInTheDocument()
  })

  it('creates an in-app handler, which needs no target', async () => {
    const user = userEvent.setup()
    const { key } = env.sim.addAccount({ handlers: 0 })
    signInAs(key)
    const { location } = renderApp('/handlers/new')
    const dialog = await formDialog('New handler')
    await fill(user, within(dialog).getByRole('textbox', { name: /^Name/ }), 'Bell')
    await chooseType(user, 'In-app notification')
    expect(within(dialog).getByText(/there is nothing to fill in/)).toBeInTheDocument()
    expect(within(dialog).getAllByRole('textbox')).toHaveLength(1)
    await user.click(await submitButton())

    await backAtList(location)
    expect(writes(env.sim)[0]!.fields).toEqual({ name: 'Bell', type: 'internal_notification' })
    expect(env.sim.handlersOf(key)).toMatchObject([{ name: 'Bell', type: 'internal_notification' }])
  })

  it('shows the chosen type with its icon in the select', async () => {
    const user = userEvent.setup()
    signInAs(env.sim.addAccount({ handlers: 0 }).key)
    renderApp('/handlers/new')
    await formDialog('New handler')
    await user.click(screen.getByRole('combobox', { name: /^Type/ }))
    const options = await screen.findAllByRole('option')
    expect(options.map((option) => option.textContent)).toEqual([
      'E-mail',
      'Webhook',
      'Slack',
      'Microsoft Teams',
      'Google Chat',
      'In-app notification',
    ])
    for (const option of options) expect(option.querySelector('svg')).not.toBeNull()
  })

  it('never carries one type’s target into another’s field', async () => {
    const user = userEvent.setup()
    const { key } = env.sim.addAccount({ handlers: 0 })
    signInAs(key)
    renderApp('/handlers/new')
    const dialog = await formDialog('New handler')
    await fill(user, within(dialog).getByRole('textbox', { name: /^Name/ }), 'Hooks')
    await chooseType(user, 'Slack')
    await fill(user, within(dialog).getByRole('textbox', { name: /^Slack webhook URL/ }), SLACK)

    await chooseType(user, 'Webhook')
    const webhook = within(dialog).getByRole('textbox', { name: /^Webhook URL/ })
    expect(webhook).toHaveValue('')
    expect(within(dialog).queryByRole('textbox', { name: /^Slack/ })).not.toBeInTheDocument()
    await fill(user, webhook, 'https://example.com/in')
    await chooseType(user, 'E-mail')
    expect(within(dialog).getByRole('textbox', { name: /^E-mail address/ })).toHaveValue('')
    await chooseType(user, 'Webhook')
    await user.click(await submitButton())

    await waitFor(() => expect(writes(env.sim)).toHaveLength(1))
    expect(writes(env.sim)[0]!.fields).toEqual({
      name: 'Hooks',
      type: 'webhook',
      webhook: 'https://example.com/in',
    })
  })

  it('counts the name’s characters as the user types', async () => {
    const user = userEvent.setup()
    signInAs(env.sim.addAccount({ handlers: 0 }).key)
    renderApp('/handlers/new')
    const dialog = await formDialog('New handler')
    const name = within(dialog).getByRole('textbox', { name: /^Name/ })
    expect(name).toHaveAccessibleDescription('0 of 128 characters')
    await user.type(name, 'Ops')
    expect(name).toHaveAccessibleDescription('3 of 128 characters')
    // Counted as the server counts: an emoji is one character.
    await user.type(name, ' 🚨')
    expect(name).toHaveAccessibleDescription('5 of 128 characters')
    await fill(user, name, 'x'.repeat(129))
    expect(name).toHaveAccessibleDescription('129 of 128 characters')
  })

  it('creates one handler when the form is submitted twice', async () => {
    const user = userEvent.setup()
    const { key } = env.sim.addAccount({ handlers: 0 })
    signInAs(key)
    env.sim.injectFault({ method: 'POST', delayMs: 150 })
    renderApp('/handlers/new')
    const dialog = await formDialog('New handler')
    await fill(user, within(dialog).getByRole('textbox', { name: /^Name/ }), 'Once')
    await chooseType(user, 'In-app notification')
    const form = dialog.querySelector('form')!
    // Two submits before the first answer, as a double press of Enter would send.
    form.requestSubmit()
    form.requestSubmit()
    await user.click(await submitButton())
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    expect(writes(env.sim)).toHaveLength(1)
    expect(env.sim.handlersOf(key)).toHaveLength(1)
  })

  it('keeps the button busy while the handler is being created', async () => {
    const user = userEvent.setup()
    signInAs(env.sim.addAccount({ handlers: 0 }).key)
    env.sim.injectFault({ method: 'POST', delayMs: 200 })
    renderApp('/handlers/new')
    const dialog = await formDialog('New handler')
    await fill(user, within(dialog).getByRole('textbox', { name: /^Name/ }), 'Busy')
    await chooseType(user, 'In-app notification')
    const button = await submitButton()
    await user.click(button)
    await waitFor(() => expect(button).toBeDisabled())
    expect(button).toHaveAttribute('data-loading', 'true')
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
  })
})
