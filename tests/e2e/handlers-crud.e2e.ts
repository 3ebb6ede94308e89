import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import type { MessageKey } from '../../src/i18n/en'
import type { Language } from '../../src/i18n/format'
import { translate } from '../../src/i18n/i18n'
import { CONECTO_TYPES, handlerTypes, type HandlerType } from '../../src/handler-types/registry'
import { setupBrowser } from './browser'
import { eventually, handlerRows, signIn } from './app'

const browser = setupBrowser()

/** What the form is filled with; the simulator here offers Conecto's six. */
const TARGETS: Partial<Record<HandlerType, (tag: string) => string>> = {
  email: (tag) => `e2e-${tag}@example.com`,
  webhook: (tag) => `https://hooks.example.com/e2e/${tag}`,
  slack: (tag) => `https://hooks.slack.com/services/T0E2E/B0E2E/${tag}Token`,
  microsoft_teams: (tag) => `https://contoso.webhook.office.com/webhookb2/${tag}`,
  google_chat: (tag) => `https://chat.googleapis.com/v1/spaces/E2E/messages?key=k&token=${tag}`,
  internal_notification: () => '',
}

/** A message as the user sees it in that language (placeholders isolated as the app does). */
const say = (language: Language, key: MessageKey, params?: Record<string, string | number>) =>
  translate(language, key, params)

async function requestsSince(simUrl: string, count: number) {
  const log = (await (await fetch(`${simUrl}/__sim/requests`)).json()) as {
    method: string
    path: string
    fields: Record<string, string> | null
  }[]
  return log.slice(count)
}

async function logLength(simUrl: string) {
  return (await requestsSince(simUrl, 0)).length
}

function row(page: Page, name: string) {
  return handlerRows(page).filter({ has: page.getByRole('cell', { name, exact: true }) })
}

describe.each<Language>(['en', 'fa'])('changing handlers, in %s', (language) => {
  it('creates one of each type, edits one, toggles one and deletes one', async () => {
    const { page, keys } = browser
    const simUrl = inject('simUrl')
    await page.goto('/sign-in')
    await page.evaluate((lang) => localStorage.setItem('conecto.language', lang), language)
    await signIn(page, keys.crud, language)
    const before = await logLength(simUrl)

    for (const type of CONECTO_TYPES) {
      const name = `E2E ${language} ${type}`
      await page.getByRole('link', { name: say(language, 'handlers.new') }).click()
      const drawer = page.getByRole('dialog', { name: say(language, 'form.title.new') })
      await drawer.getByRole('textbox', { name: say(language, 'form.name.label') }).fill(name)
      await drawer.getByRole('combobox', { name: say(language, 'form.type.label') }).click()
      await page
        .getByRole('listbox', { name: say(language, 'form.type.label') })
        .getByRole('option', { name: say(language, `type.${type}`), exact: true })
        .click()
      for (const input of handlerTypes[type].fields) {
        await drawer
          .getByRole('textbox', { name: say(language, input.label) })
          .fill(TARGETS[type]!(language))
      }
      await drawer.getByRole('button', { name: say(language, 'form.submit.create') }).click()
      await drawer.waitFor({ state: 'detached' })
      await row(page, name).waitFor()
    }

    const creates = (await requestsSince(simUrl, before)).filter(
      (request) => request.method === 'POST' && request.path.endsWith('/notification-handlers'),
    )
    expect(creates.map((request) => request.fields?.type)).toEqual([...CONECTO_TYPES])
    expect(creates[0]!.fields).toEqual({
      name: `E2E ${language} email`,
      type: 'email',
      email: TARGETS.email!(language),
    })

    // Edit: rename the webhook.
    const renamed = `E2E ${language} webhook renamed`
    await row(page, `E2E ${language} webhook`)
      .getByRole('button', {
        name: say(language, 'handlers.actions.menu', { name: `E2E ${language} webhook` }),
      })
      .click()
    await page.getByRole('menuitem', { name: say(language, 'handlers.actions.edit') }).click()
    const editor = page.getByRole('dialog', { name: say(language, 'form.title.edit') })
    await editor.getByRole('textbox', { name: say(language, 'form.name.label') }).fill(renamed)
    const beforeEdit = await logLength(simUrl)
    await editor.getByRole('button', { name: say(language, 'form.submit.save') }).click()
    await editor.waitFor({ state: 'detached' })
    await row(page, renamed).waitFor()
    const edit = (await requestsSince(simUrl, beforeEdit)).find(
      (request) => request.method === 'POST',
    )
    expect(edit?.fields).toEqual({ name: renamed })

    // Toggle: switch the Slack handler off.
    const slack = `E2E ${language} slack`
    const toggle = row(page, slack).getByRole('switch')
    expect(await toggle.isChecked()).toBe(true)
    const beforeToggle = await logLength(simUrl)
    // The switch's input is visually hidden under its track: click it where it is, whatever
    // notification may float over the page.
    await toggle.dispatchEvent('click')
    await eventually(() => toggle.isChecked()).toBe(false)
    await eventually(async () =>
      (await requestsSince(simUrl, beforeToggle)).map((r) => r.fields),
    ).toEqual([{ is_enabled: '0' }])

    // Delete: the Google Chat handler; closing its undo notice sends the request now.
    const chat = `E2E ${language} google_chat`
    await row(page, chat)
      .getByRole('button', { name: say(language, 'handlers.actions.menu', { name: chat }) })
      .click()
    await page.getByRole('menuitem', { name: say(language, 'handlers.actions.delete') }).click()
    await eventually(() => row(page, chat).count()).toBe(0)
    const notice = page
      .getByRole('alert')
      .filter({ hasText: say(language, 'handlers.delete.done', { name: chat }) })
    await notice.getByRole('button', { name: say(language, 'notifications.close') }).click()
    await eventually(async () =>
      (await requestsSince(simUrl, beforeToggle)).some((request) => request.method === 'DELETE'),
    ).toBe(true)
    expect(browser.errors).toEqual([])
  })
})
