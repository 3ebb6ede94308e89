import { within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import type { SeedHandler } from '../../src/sim/simulator'
import { renderApp, signInAs } from '../render'
import { setupSimulator } from '../sim-server'
import { backAtList, formDialog, nameField, submitButton, writes } from './form-helpers'

const env = setupSimulator()

const SLACK = 'https://hooks.slack.com/services/T0001/B0002/abcdefghijklmnop'

async function duplicate(source: SeedHandler, language: 'en' | 'fa' = 'en') {
  const user = userEvent.setup()
  const { key } = env.sim.addAccount({ handlers: [source] })
  signInAs(key)
  const id = env.sim.handlersOf(key)[0]!.id
  const view = renderApp(`/handlers/new?copy=${id}&page=2&per_page=10`, { language })
  const dialog = await formDialog(language === 'en' ? 'Duplicate a handler' : /نسخهٔ مشابه/)
  return { user, key, dialog, ...view }
}

describe('duplicating a handler', () => {
  it('opens a new handler filled in from the original, named “Copy of …”', async () => {
    const { user, key, dialog, location } = await duplicate({
      type: 'slack',
      name: 'Alerts',
      settings: { slack: SLACK },
      is_enabled: 0,
    })
    expect(nameField(dialog)).toHaveValue('Copy of Alerts')
    expect(within(dialog).getByRole('combobox', { name: /^Type/ })).toHaveValue('Slack')
    expect(within(dialog).getByRole('textbox', { name: /^Slack webhook URL/ })).toHaveValue(SLACK)
    expect(within(dialog).queryByRole('switch')).not.toBeInTheDocument()
    await user.click(await submitButton(/^Create handler$/))

    await backAtList(location, '/handlers?page=2&per_page=10')
    expect(writes(env.sim)[0]!.fields).toEqual({
      name: 'Copy of Alerts',
      type: 'slack',
      slack: SLACK,
    })
    const [original, copy] = env.sim.handlersOf(key)
    expect(original).toMatchObject({ name: 'Alerts', settings: { slack: SLACK }, is_enabled: 0 })
    expect(copy).toMatchObject({
      name: 'Copy of Alerts',
      type: 'slack',
      settings: { slack: SLACK },
    })
    expect(copy!.id).not.toBe(original!.id)
  })

  it('cuts the copy’s name to 128 characters', async () => {
    const { dialog } = await duplicate({
      type: 'internal_notification',
      name: 'n'.repeat(128),
    })
    const value = (nameField(dialog) as HTMLInputElement).value
    expect(value).toBe(`Copy of ${'n'.repeat(120)}`)
    expect(nameField(dialog)).toHaveAccessibleDescription('128 of 128 characters')
  })

  it('names the copy in Persian for a Persian user', async () => {
    const { dialog } = await duplicate(
      { type: 'email', name: 'عملیات', settings: { email: 'ops@example.com' } },
      'fa',
    )
    // No invisible bidi marks end up in a name that will be saved.
    expect(nameField(dialog)).toHaveValue('کپی عملیات')
  })

  it('copies the name only of a handler whose type the dashboard does not know', async () => {
    const { dialog } = await duplicate({
      type: 'push_subscriber_id',
      name: 'Discord',
      settings: { push_subscriber_id: 'sub-1' },
    })
    expect(nameField(dialog)).toHaveValue('Copy of Discord')
    expect(within(dialog).getByRole('combobox', { name: /^Type/ })).toHaveValue('')
    expect(within(dialog).getAllByRole('textbox')).toHaveLength(1)
  })
})
