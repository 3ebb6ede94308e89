// The types a site on the platform may offer beyond Conecto's six, through the form as a user
// fills it in, against a simulator of such a site.
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { ALL_TYPES } from '../../src/sim/simulator'
import { renderApp, signInAs } from '../render'
import { setupSimulator } from '../sim-server'
import { backAtList, chooseType, fill, formDialog, submitButton, writes } from './form-helpers'

const BOT = '123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw'

/** The type list, once the site's plan has been read: Slack is then marked as left out. */
async function typeOptions() {
  const user = userEvent.setup()
  const dialog = await formDialog('New handler')
  await user.click(within(dialog).getByRole('combobox', { name: /^Type/ }))
  const list = await screen.findByRole('listbox', { name: /^Type/ })
  const slack = await within(list).findByRole('option', { name: /^Slack/ })
  await waitFor(() => expect(slack).toHaveAttribute('aria-disabled', 'true'))
  return within(list)
    .getAllByRole('option')
    .map((option) => option.textContent)
}

describe('on a site that offers every type', () => {
  const env = setupSimulator({ rateLimit: false, types: ALL_TYPES })

  it('creates a Telegram handler with the bot token and the chat id, typed in Persian digits', async () => {
    const user = userEvent.setup()
    const { key } = env.sim.addAccount({ handlers: 0 })
    signInAs(key)
    const { location } = renderApp('/handlers/new')
    const dialog = await formDialog('New handler')
    await fill(user, within(dialog).getByRole('textbox', { name: /^Name/ }), 'On call')
    await chooseType(user, 'Telegram')
    const token = within(dialog).getByRole('textbox', { name: /^Bot token/ })
    const chat = within(dialog).getByRole('textbox', { name: /^Chat ID/ })
    await fill(user, chat, 'ops')
    await user.click(await submitButton())
    await waitFor(() =>
      expect(token).toHaveAccessibleDescription(expect.stringContaining('Fill in where')),
    )
    expect(chat).toHaveAccessibleDescription(expect.stringContaining('A chat ID is a number'))
    expect(writes(env.sim)).toHaveLength(0)

    await fill(user, token, BOT)
    await fill(user, chat, '-۱۰۰۱۲۳۴۵۶۷۸۹۰')
    await user.click(await submitButton())

    await backAtList(location)
    expect(writes(env.sim).map((request) => request.fields)).toEqual([
      { name: 'On call', type: 'telegram', telegram: BOT, telegram_chat_id: '-1001234567890' },
    ])
    // The table shows the chat, never the bot's token.
    expect(await screen.findByText('-1001234567890')).toBeInTheDocument()
    expect(screen.queryByText(new RegExp(BOT.slice(-12)))).not.toBeInTheDocument()
  })

  it('edits only the chat id of a Telegram handler, sending only it', async () => {
    const user = userEvent.setup()
    const settings = { telegram: BOT, telegram_chat_id: '-100200300' }
    const { key } = env.sim.addAccount({ handlers: [{ type: 'telegram', name: 'Tg', settings }] })
    signInAs(key)
    const id = env.sim.handlersOf(key)[0]!.id
    const { location } = renderApp(`/handlers/${id}/edit`)
    const dialog = await formDialog('Edit handler')
    expect(within(dialog).getByRole('textbox', { name: /^Bot token/ })).toHaveValue(BOT)
    const chat = within(dialog).getByRole('textbox', { name: /^Chat ID/ })
    expect(chat).toHaveValue('-100200300')
    await fill(user, chat, '@ops_room')
    await user.click(await submitButton())

    await backAtList(location)
    expect(writes(env.sim).map((request) => request.fields)).toEqual([
      { telegram_chat_id: '@ops_room' },
    ])
    expect(env.sim.handlersOf(key)[0]!.settings).toEqual({
      telegram: BOT,
      telegram_chat_id: '@ops_room',
    })
    // What the server kept is what was sent: no report holds the form open.
    expect(await screen.findByRole('alert')).toHaveTextContent('“Tg” was saved.')
  })

  it('offers Discord, WhatsApp and the Twilio types, and not those it has no form for', async () => {
    signInAs(env.sim.addAccount({ limits: { slack: 0 } }).key)
    renderApp('/handlers/new')
    const options = await typeOptions()
    expect(options).toEqual(expect.arrayContaining(['Discord', 'Telegram', 'WhatsApp']))
    expect(options).toEqual(expect.arrayContaining(['Twilio SMS', 'Twilio phone call']))
    expect(options.some((label) => /^x$|push/i.test(label ?? ''))).toBe(false)
  })
})

describe('on Conecto, whose plan names only its six types', () => {
  const env = setupSimulator({ rateLimit: false })

  it('does not offer Discord, even with a Discord handler in the list', async () => {
    const discord = { discord: 'https://discord.com/api/webhooks/1/token' }
    const handlers = [{ type: 'discord', name: 'Old Discord', settings: discord }]
    signInAs(env.sim.addAccount({ handlers, limits: { slack: 0 } }).key)
    renderApp('/handlers/new')
    const options = await typeOptions()
    expect(options).toContain('E-mail')
    expect(options).not.toContain('Discord')
  })
})
