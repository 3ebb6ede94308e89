import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import type { SeedHandler } from '../../src/sim/simulator'
import { renderApp, signInAs } from '../render'
import { setupSimulator } from '../sim-server'
import { backAtList, chooseType, fill, formDialog, submitButton, writes } from './form-helpers'

const env = setupSimulator()

const SLACK = 'https://hooks.slack.com/services/T0001/B0002/abcdefghijklmnop'
/** Persian text wraps interpolated words in bidi isolates, invisible but present. */
const visible = (element: HTMLElement) => element.textContent!.replace(/[\u2068\u2069]/g, '')

/**
 * A key no other test uses: the app keeps one client per account, and a 429 makes that client
 * wait out the window before its next request.
 */
let keys = 0
const uniqueKey = () => `${String(++keys).padStart(6, '0')}${'f'.repeat(26)}`

/** A filled-in new Slack handler, not yet submitted. */
async function fillNewSlack({
  key: ownKey = undefined as string | undefined,
  handlers = [] as SeedHandler[],
  limits = {},
  path = '/handlers/new',
  language = 'en' as 'en' | 'fa',
  name = 'New handler',
} = {}) {
  const user = userEvent.setup()
  const { key } = env.sim.addAccount({ key: ownKey, handlers, limits })
  signInAs(key)
  const view = renderApp(path, { language })
  const dialog = await formDialog(name)
  return { user, key, dialog, ...view }
}

async function typeSlack(user: ReturnType<typeof userEvent.setup>, dialog: HTMLElement) {
  await fill(user, within(dialog).getByRole('textbox', { name: /^Name/ }), 'Night shift')
  await chooseType(user, 'Slack')
  await fill(user, within(dialog).getByRole('textbox', { name: /^Slack webhook URL/ }), SLACK)
}

/** What the user typed is all still there. */
function expectKept(dialog: HTMLElement) {
  expect(within(dialog).getByRole('textbox', { name: /^Name/ })).toHaveValue('Night shift')
  expect(within(dialog).getByRole('combobox', { name: /^Type/ })).toHaveValue('Slack')
  expect(within(dialog).getByRole('textbox', { name: /^Slack webhook URL/ })).toHaveValue(SLACK)
}

/** Another tab creates a handler after this form counted them: the plan fills up unseen. */
async function createElsewhere(key: string, { name, type, settings }: SeedHandler) {
  const body = new FormData()
  for (const [field, value] of Object.entries({ name, type: type ?? '', ...settings })) {
    body.set(field, value)
  }
  const url = 'http://localhost/api/notification-handlers'
  const headers = { Authorization: `Bearer ${key}` }
  await env.sim.handle(new Request(url, { method: 'POST', headers, body }))
}

const formAlert = async (dialog: HTMLElement) => within(dialog).findByRole('alert')

describe('server refusals land in the form', () => {
  it('a 401 for a missing field shows the server’s own words', async () => {
    const { user, dialog, key } = await fillNewSlack()
    await typeSlack(user, dialog)
    env.sim.injectFault({
      method: 'POST',
      status: 401,
      body: JSON.stringify({
        errors: [{ title: 'You must fill all the required fields.', status: 401 }],
      }),
    })
    await user.click(await submitButton())
    const alert = await formAlert(dialog)
    expect(alert).toHaveTextContent('The handler was not saved')
    expect(alert).toHaveTextContent(
      'The server refused the change. The server said: You must fill all the required fields.',
    )
    expect(within(alert).queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument()
    expectKept(dialog)
    expect(env.sim.handlersOf(key)).toEqual([])
  })

  it('a full plan is explained as a plan limit', async () => {
    const existing: SeedHandler = { type: 'slack', name: 'Day', settings: { slack: SLACK } }
    const { user, dialog, key } = await fillNewSlack({ limits: { slack: 1 } })
    await typeSlack(user, dialog)
    await createElsewhere(key, existing)
    await user.click(await submitButton())
    const alert = await formAlert(dialog)
    await waitFor(() =>
      expect(alert).toHaveTextContent(
        'Your plan allows 1 Slack handler, and this account already has it.',
      ),
    )
    expectKept(dialog)
    expect(env.sim.handlersOf(key)).toHaveLength(1)
  })

  it('counts the plan’s handlers in the plural', async () => {
    const existing: SeedHandler = { type: 'slack', name: 'Day', settings: { slack: SLACK } }
    const { user, dialog, key } = await fillNewSlack({ handlers: [existing], limits: { slack: 2 } })
    await typeSlack(user, dialog)
    await createElsewhere(key, { ...existing, name: 'Evening' })
    await user.click(await submitButton())
    const alert = await formAlert(dialog)
    await waitFor(() =>
      expect(alert).toHaveTextContent(
        'Your plan allows 2 Slack handlers, and this account already has that many.',
      ),
    )
  })

  it('explains the plan limit in Persian', async () => {
    const existing: SeedHandler = { type: 'slack', name: 'Day', settings: { slack: SLACK } }
    const { user, dialog, key } = await fillNewSlack({
      limits: { slack: 1 },
      language: 'fa',
      name: 'مقصد جدید',
    })
    await fill(user, within(dialog).getByRole('textbox', { name: /^نام/ }), 'شیفت شب')
    await chooseType(user, 'اسلک', /^نوع/)
    await fill(user, within(dialog).getByRole('textbox', { name: /^نشانی وب‌هوک اسلک/ }), SLACK)
    await createElsewhere(key, existing)
    await user.click(await submitButton(/^ساخت مقصد$/))
    const alert = await formAlert(dialog)
    await waitFor(() =>
      expect(visible(alert)).toContain(
        'طرح اشتراک شما ۱ مقصد اسلک را مجاز می‌داند و این حساب همین حالا آن را دارد.',
      ),
    )
    expect(within(dialog).getByRole('textbox', { name: /^نام/ })).toHaveValue('شیفت شب')
  })

  it('a key that stops working mid-form: asked for again in place, then saved with what was typed', async () => {
    const path = '/handlers/new?page=2&per_page=10'
    const { user, dialog, key, location } = await fillNewSlack({ path })
    await typeSlack(user, dialog)
    // The write is refused and so is the check of the key: the key itself is gone.
    env.sim.injectFault({ method: 'POST', status: 401 })
    env.sim.injectFault({ method: 'GET', path: 'notification-handlers', status: 401 })
    await user.click(await submitButton())

    const reauth = await screen.findByRole('dialog', { name: 'Enter the API key again' })
    expect(location()).toBe(path)
    expectKept(dialog)
    await user.click(within(reauth).getByLabelText('API key'))
    await user.paste(key)
    await user.click(within(reauth).getByRole('button', { name: 'Continue' }))

    await backAtList(location, '/handlers?page=2&per_page=10')
    expect(env.sim.handlersOf(key)).toMatchObject([
      { name: 'Night shift', type: 'slack', settings: { slack: SLACK } },
    ])
  })

  it('a key that stops working mid-form, and the user gives up: the form keeps its content', async () => {
    const { user, dialog, key } = await fillNewSlack()
    await typeSlack(user, dialog)
    env.sim.injectFault({ method: 'POST', status: 401 })
    env.sim.injectFault({ method: 'GET', path: 'notification-handlers', status: 401 })
    await user.click(await submitButton())
    const reauth = await screen.findByRole('dialog', { name: 'Enter the API key again' })
    await user.click(within(reauth).getByRole('button', { name: 'Close' }))

    const alert = await within(dialog).findByRole('alert')
    expect(alert).toHaveTextContent('Your API key is no longer accepted.')
    expectKept(dialog)
    expect(env.sim.handlersOf(key)).toHaveLength(0)
  })

  it('a handler deleted elsewhere while being edited: says so and leads back', async () => {
    const user = userEvent.setup()
    const { key } = env.sim.addAccount({
      handlers: [{ type: 'slack', name: 'Alerts', settings: { slack: SLACK } }],
    })
    signInAs(key)
    const id = env.sim.handlersOf(key)[0]!.id
    const { location } = renderApp(`/handlers/${id}/edit?page=1&per_page=25`)
    const dialog = await formDialog('Edit handler')
    await fill(user, within(dialog).getByRole('textbox', { name: /^Name/ }), 'Renamed')
    // Someone deletes it in another tab.
    await env.sim.handle(
      new Request(`http://localhost/api/notification-handlers/${id}`, {
        method: 'DELETE',
        headers: { Authorization: `Bearer ${key}` },
      }),
    )
    await user.click(await submitButton())
    const alert = await formAlert(dialog)
    expect(alert).toHaveTextContent(
      'This handler is not in the account any more: it was probably deleted elsewhere.',
    )
    expect(within(dialog).getByRole('textbox', { name: /^Name/ })).toHaveValue('Renamed')
    await user.click(within(alert).getByRole('button', { name: 'Back to the handlers' }))
    await backAtList(location, '/handlers?page=1&per_page=25')
  })

  it.each([
    ['a 429', { status: 429 }, 'Too many requests for this key. Try again in 2 seconds.'],
    ['an HTML 500', { status: 500 }, 'The server had a problem. Try again in a moment.'],
    [
      'a dropped connection',
      { drop: true },
      'The server could not be reached. Check your connection.',
    ],
  ])('%s: keeps the form and offers to retry', async (_, fault, message) => {
    // A short window, so that the retry after a 429 waits two seconds, not a minute.
    env.restart({ rateLimit: { limit: 1000, windowSeconds: 2 } })
    const { user, dialog, key, location } = await fillNewSlack({ key: uniqueKey() })
    await typeSlack(user, dialog)
    env.sim.injectFault({ method: 'POST', ...fault })
    await user.click(await submitButton())
    const alert = await formAlert(dialog)
    expect(alert).toHaveTextContent(message)
    expectKept(dialog)
    expect(env.sim.handlersOf(key)).toEqual([])

    await user.click(within(alert).getByRole('button', { name: 'Try again' }))
    await waitFor(() => expect(location()).toBe('/handlers'), { timeout: 5000 })
    expect(env.sim.handlersOf(key)).toMatchObject([{ name: 'Night shift', type: 'slack' }])
    expect(writes(env.sim)).toHaveLength(2)
  })
})
