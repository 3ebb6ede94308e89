import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { renderApp, signInAs } from '../render'
import { setupSimulator } from '../sim-server'
import { backAtList, chooseType, fill, formDialog, submitButton, writes } from './form-helpers'

const env = setupSimulator()

async function openNew(language: 'en' | 'fa' = 'en') {
  const user = userEvent.setup()
  const { key } = env.sim.addAccount({ handlers: 0 })
  signInAs(key)
  const view = renderApp('/handlers/new', { language })
  const dialog = await formDialog(language === 'en' ? 'New handler' : 'مقصد جدید')
  return { user, key, dialog, ...view }
}

/** Submits and expects the form to stay open with this message, having sent nothing. */
async function expectRefusal(
  user: ReturnType<typeof userEvent.setup>,
  field: HTMLElement,
  message: string,
) {
  await user.click(await submitButton())
  await waitFor(() => expect(field).toHaveAccessibleDescription(expect.stringContaining(message)))
  expect(field).toHaveAttribute('aria-invalid', 'true')
  expect(writes(env.sim)).toEqual([])
}

const TARGET_RULES = [
  ['E-mail', 'E-mail address', 'ops@', 'Enter a real e-mail address, such as name@example.com.'],
  [
    'E-mail',
    'E-mail address',
    'ops example.com',
    'Enter a real e-mail address, such as name@example.com.',
  ],
  ['E-mail', 'E-mail address', '', 'Fill in where Conecto should send the alerts.'],
  [
    'Webhook',
    'Webhook URL',
    'example.com/hook',
    'Enter a whole web address that starts with https://.',
  ],
  [
    'Webhook',
    'Webhook URL',
    'http://example.com/hook',
    'Use an https:// address: alerts must not travel unencrypted.',
  ],
  [
    'Webhook',
    'Webhook URL',
    'ftp://example.com/hook',
    'Enter a whole web address that starts with https://.',
  ],
  [
    'Webhook',
    'Webhook URL',
    'https://exa mple.com/hook',
    'Enter a whole web address that starts with https://.',
  ],
  [
    'Slack',
    'Slack webhook URL',
    'https://hooks.slack.com.evil.io/services/T/B/x',
    'A Slack webhook URL starts with https://hooks.slack.com/.',
  ],
  [
    'Slack',
    'Slack webhook URL',
    'https://hooks.slack.com/',
    'A Slack webhook URL starts with https://hooks.slack.com/.',
  ],
  [
    'Slack',
    'Slack webhook URL',
    'http://hooks.slack.com/services/T/B/x',
    'Use an https:// address: alerts must not travel unencrypted.',
  ],
  [
    'Google Chat',
    'Google Chat webhook URL',
    'https://chat.google.com/v1/spaces/A/messages',
    'A Google Chat webhook URL starts with https://chat.googleapis.com/.',
  ],
  [
    'Microsoft Teams',
    'Microsoft Teams webhook URL',
    'https://example.com/webhookb2/x',
    'This is not a Microsoft Teams webhook URL: those are on webhook.office.com or a Power Automate (logic.azure.com, powerplatform.com) address.',
  ],
  [
    'Microsoft Teams',
    'Microsoft Teams webhook URL',
    'https://outlook.office.com/mail/inbox',
    'This is not a Microsoft Teams webhook URL: those are on webhook.office.com or a Power Automate (logic.azure.com, powerplatform.com) address.',
  ],
] as const

describe('form validation, before anything is sent', () => {
  it('asks for a name and a type', async () => {
    const { user, dialog } = await openNew()
    const name = within(dialog).getByRole('textbox', { name: /^Name/ })
    await expectRefusal(user, name, 'Give the handler a name.')
    expect(screen.getByRole('combobox', { name: /^Type/ })).toHaveAccessibleDescription(
      expect.stringContaining('Choose a type.'),
    )
  })

  it('does not take a name of spaces only', async () => {
    const { user, dialog } = await openNew()
    const name = within(dialog).getByRole('textbox', { name: /^Name/ })
    await fill(user, name, '    ')
    await chooseType(user, 'In-app notification')
    await expectRefusal(user, name, 'Give the handler a name.')
  })

  it.each([
    ['ZWNJ, space, ZWNJ', '\u200c \u200c'],
    ['zero-width spaces and joiners', '\u200b\u200d\u2060'],
    ['direction marks and isolates', '\u200e\u200f\u2067\u2069\u202b'],
    ['a byte-order mark and no-break spaces', '\u00a0\u200c\ufeff\u200c\u3000'],
    ['tags the server strips', '<b></b> <i>'],
  ])('refuses a name of only %s, saying why', async (_, invisible) => {
    const { user, dialog } = await openNew()
    const name = within(dialog).getByRole('textbox', { name: /^Name/ })
    await user.click(name)
    await user.paste(invisible)
    await chooseType(user, 'In-app notification')
    await expectRefusal(user, name, 'This name would show as nothing')
  })

  it('says so in Persian too', async () => {
    const { user, dialog } = await openNew('fa')
    const name = within(dialog).getByRole('textbox', { name: /^نام/ })
    await user.click(name)
    await user.paste('\u200c \u200c')
    await chooseType(user, 'اعلان درون برنامه', /^نوع/)
    await user.click(await submitButton(/^ساخت مقصد$/))
    await waitFor(() =>
      expect(name).toHaveAccessibleDescription(expect.stringContaining('این نام خالی دیده می‌شود')),
    )
    expect(writes(env.sim)).toEqual([])
  })

  it('takes a Persian name with a ZWNJ between letters', async () => {
    const { user, dialog, key, location } = await openNew()
    const name = within(dialog).getByRole('textbox', { name: /^Name/ })
    await user.click(name)
    await user.paste('می\u200cخواهم')
    await chooseType(user, 'In-app notification')
    await user.click(await submitButton())
    await backAtList(location)
    expect(env.sim.handlersOf(key)[0]!.name).toBe('می\u200cخواهم')
  })

  it('counts what the server keeps: tags are stripped before the 128 are counted', async () => {
    const { user, dialog, key } = await openNew()
    const name = within(dialog).getByRole('textbox', { name: /^Name/ })
    await fill(user, name, `<b>${'n'.repeat(128)}</b>`)
    expect(name).toHaveAccessibleDescription('128 of 128 characters')
    await chooseType(user, 'In-app notification')
    await user.click(await submitButton())
    await waitFor(() => expect(env.sim.handlersOf(key)[0]?.name).toBe('n'.repeat(128)))
  })

  it('refuses a name over 128 characters, which the server would cut', async () => {
    const { user, dialog } = await openNew()
    const name = within(dialog).getByRole('textbox', { name: /^Name/ })
    await fill(user, name, 'n'.repeat(129))
    await chooseType(user, 'In-app notification')
    await expectRefusal(
      user,
      name,
      'At most 128 characters: the server would cut the rest without telling you.',
    )
  })

  it('takes a name of exactly 128 characters', async () => {
    const { user, dialog, key, location } = await openNew()
    await fill(user, within(dialog).getByRole('textbox', { name: /^Name/ }), 'n'.repeat(128))
    await chooseType(user, 'In-app notification')
    await user.click(await submitButton())
    await backAtList(location)
    expect(env.sim.handlersOf(key)[0]!.name).toHaveLength(128)
  })

  it.each(TARGET_RULES)('%s: refuses “%s” = %j', async (typeLabel, fieldLabel, value, message) => {
    const { user, dialog } = await openNew()
    await fill(user, within(dialog).getByRole('textbox', { name: /^Name/ }), 'Target')
    await chooseType(user, typeLabel)
    const field = within(dialog).getByRole('textbox', { name: new RegExp(`^${fieldLabel}`) })
    await fill(user, field, value)
    await expectRefusal(user, field, message)
  })

  it('refuses a target over 512 characters, which the server would cut', async () => {
    const { user, dialog } = await openNew()
    await fill(user, within(dialog).getByRole('textbox', { name: /^Name/ }), 'Long')
    await chooseType(user, 'Webhook')
    const field = within(dialog).getByRole('textbox', { name: /^Webhook URL/ })
    await fill(user, field, `https://example.com/${'a'.repeat(493)}`)
    await expectRefusal(
      user,
      field,
      'At most 512 characters: the server would cut the rest without telling you.',
    )
  })

  it('takes a Teams Workflows (Power Automate) URL', async () => {
    const { user, dialog, key, location } = await openNew()
    const url =
      'https://prod-12.westeurope.logic.azure.com:443/workflows/abc/triggers/manual/paths/invoke?sig=x'
    await fill(user, within(dialog).getByRole('textbox', { name: /^Name/ }), 'Teams')
    await chooseType(user, 'Microsoft Teams')
    await fill(user, within(dialog).getByRole('textbox', { name: /^Microsoft Teams/ }), url)
    expect(within(dialog).queryByRole('note')).not.toBeInTheDocument()
    await user.click(await submitButton())
    await backAtList(location)
    expect(env.sim.handlersOf(key)[0]!.settings.microsoft_teams).toBe(url)
  })

  it('warns about a retired Teams connector URL but still saves it', async () => {
    const { user, dialog, key, location } = await openNew()
    const url = 'https://outlook.office.com/webhook/a@b/IncomingWebhook/c/d'
    await fill(user, within(dialog).getByRole('textbox', { name: /^Name/ }), 'Old Teams')
    await chooseType(user, 'Microsoft Teams')
    const field = within(dialog).getByRole('textbox', { name: /^Microsoft Teams/ })
    await fill(user, field, url)
    expect(within(dialog).getByRole('note')).toHaveTextContent(
      /Microsoft has retired the connector URLs on outlook\.office\.com/,
    )
    expect(field).not.toHaveAttribute('aria-invalid', 'true')
    await user.click(await submitButton())
    await backAtList(location)
    expect(env.sim.handlersOf(key)[0]!.settings.microsoft_teams).toBe(url)
  })

  it('clears the message once the value is mended, and then saves', async () => {
    const { user, dialog, key, location } = await openNew()
    await fill(user, within(dialog).getByRole('textbox', { name: /^Name/ }), 'Mail')
    await chooseType(user, 'E-mail')
    const field = within(dialog).getByRole('textbox', { name: /^E-mail address/ })
    await fill(user, field, 'ops@')
    await expectRefusal(user, field, 'Enter a real e-mail address, such as name@example.com.')
    await fill(user, field, 'ops@example.com')
    await waitFor(() => expect(field).not.toHaveAttribute('aria-invalid', 'true'))
    await user.click(await submitButton())
    await backAtList(location)
    expect(env.sim.handlersOf(key)).toHaveLength(1)
  })

  it('speaks Persian to a Persian user', async () => {
    const { user, dialog } = await openNew('fa')
    const name = within(dialog).getByRole('textbox', { name: /^نام/ })
    await fill(user, name, 'ایمیل عملیات')
    await chooseType(user, 'ایمیل', /^نوع/)
    const field = within(dialog).getByRole('textbox', { name: /^نشانی ایمیل/ })
    await fill(user, field, 'ops@')
    await user.click(await submitButton(/^ساخت مقصد$/))
    await waitFor(() =>
      expect(field).toHaveAccessibleDescription(
        expect.stringContaining('یک نشانی ایمیل واقعی وارد کنید، مانند name@example.com.'),
      ),
    )
    expect(name).toHaveAccessibleDescription('۱۲ از ۱۲۸ نویسه')
    expect(writes(env.sim)).toEqual([])
  })
})
