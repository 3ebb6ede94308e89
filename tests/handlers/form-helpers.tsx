// Shared steps of the form tests: open the form as a user would, fill it in, read what was sent.
import { screen, waitFor, within } from '@testing-library/react'
import type { UserEvent } from '@testing-library/user-event'
import { notifications } from '@mantine/notifications'
import { afterEach, expect } from 'vitest'
import type { Simulator } from '../../src/sim/simulator'

// Notifications live in a module-wide store: one test's must not show up in the next.
afterEach(() => notifications.clean())

/** The form's name field, in English or Persian. */
export const nameField = (dialog: HTMLElement) =>
  within(dialog).getByRole('textbox', { name: /^(Name|نام)/ })

/** The drawer holding the form, once its fields are on screen. */
export async function formDialog(name: string | RegExp = /handler/i) {
  const dialog = await screen.findByRole('dialog', { name })
  await within(dialog).findByRole('textbox', { name: /^(Name|نام)/ })
  return dialog
}

/** Replaces a field's content; long values are pasted, as typing them key by key is slow. */
export async function fill(user: UserEvent, field: HTMLElement, value: string) {
  await user.clear(field)
  if (value === '') return
  if (value.length > 40) {
    await user.click(field)
    await user.paste(value)
  } else {
    await user.type(field, value)
  }
}

export async function chooseType(user: UserEvent, label: string, comboboxName: RegExp = /^Type/) {
  await user.click(screen.getByRole('combobox', { name: comboboxName }))
  const options = await screen.findByRole('listbox', { name: comboboxName })
  await user.click(within(options).getByRole('option', { name: label }))
}

/** Makes the form's handler a webhook to this URL. */
export async function fillWebhook(user: UserEvent, dialog: HTMLElement, url: string) {
  await chooseType(user, 'Webhook')
  await fill(user, within(dialog).getByRole('textbox', { name: /^Webhook URL/ }), url)
}

/** Every write the simulator received (creates and updates). */
export function writes(sim: Simulator) {
  return sim.requests.filter((request) => request.method === 'POST')
}

export async function submitButton(name: RegExp = /^(Create handler|Save changes)$/) {
  return screen.findByRole('button', { name })
}

/** The form is closed and the table is back, at this address. */
export async function backAtList(location: () => string, url = '/handlers') {
  await waitFor(() => expect(location()).toBe(url))
  await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
}
