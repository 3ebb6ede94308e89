// How a user finds things in the app, in the words of its English catalogue.

import type { Locator, Page } from 'playwright-core'
import { expect, inject } from 'vitest'
import { en, type MessageKey } from '../../src/i18n/en'
import type { Language } from '../../src/i18n/format'
import { fa } from '../../src/i18n/fa'
import { registerCatalogue, translate } from '../../src/i18n/i18n'

// The page loads its catalogue on demand; here both are at hand.
registerCatalogue('en', en)
registerCatalogue('fa', fa)

// Polled often: most waits are over within a frame or two.
const WAIT = { timeout: 15_000, interval: 25 }

/** An English message with its `{name}` parameters filled in, plural forms chosen by `count`. */
export function text(key: MessageKey, params: Record<string, string | number> = {}): string {
  const message = en[key]
  const template =
    typeof message === 'string' ? message : params.count === 1 ? message.one : message.other
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => String(params[name] ?? whole))
}

/** Sends the simulator a control request (faults, clock, data) and checks it was taken. */
export async function simControl(path: string, init: RequestInit) {
  const response = await fetch(`${inject('simUrl')}/__sim/${path}`, init)
  expect(response.ok).toBe(true)
}

/** Retries an assertion until it holds, as a user would wait for the screen to settle. */
export function eventually<T>(read: () => T | Promise<T>) {
  return expect.poll(read, WAIT)
}

export function handlersHeading(page: Page, title = text('handlers.title')): Locator {
  return page.getByRole('heading', { name: title, exact: true })
}

/** The data rows of the handlers table (the header row left out). */
export function handlerRows(page: Page): Locator {
  return page.getByRole('table').locator('tbody').getByRole('row')
}

export async function signInWithKey(page: Page, key: string, language: Language = 'en') {
  await page.goto('/sign-in')
  await page.getByLabel(translate(language, 'signIn.key'), { exact: true }).fill(key)
  await page
    .getByRole('button', { name: translate(language, 'signIn.submit'), exact: true })
    .click()
}

export async function signIn(page: Page, key: string, language: Language = 'en'): Promise<void> {
  await signInWithKey(page, key, language)
  await handlersHeading(page, translate(language, 'handlers.title')).waitFor()
  await eventually(() => handlerRows(page).count()).toBeGreaterThan(0)
}

/**
 * Gives every row of a large page its controls, the way a user does: rows far from the view show
 * their values as text, and get their controls when scrolled near. The scrolling runs in the
 * page, a frame at a time, rather than a round trip per row.
 */
export async function rowsReady(page: Page): Promise<void> {
  await page.evaluate(async (timeoutMs) => {
    const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve))
    for (;;) {
      const waiting = document.querySelector<HTMLElement>('tbody tr[data-waiting]')
      if (!waiting) break
      const id = waiting.dataset.handlerId
      waiting.scrollIntoView({ block: 'center' })
      const deadline = performance.now() + timeoutMs
      while (document.querySelector(`tbody tr[data-handler-id="${id}"][data-waiting]`)) {
        if (performance.now() > deadline) throw new Error(`Row ${id} got no controls in view.`)
        await nextFrame()
      }
    }
    window.scrollTo(0, 0)
  }, 15_000)
}

/** Opens the header's account menu. */
export async function openAccountMenu(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: /^Accounts, current:/ }).click()
  const menu = page.getByRole('menu')
  await menu.waitFor()
  return menu
}

/** Signs out of the current account, the last one signed in. */
export async function signOut(page: Page): Promise<void> {
  const menu = await openAccountMenu(page)
  await menu.getByRole('menuitem', { name: text('account.signOut'), exact: true }).click()
  await page.getByRole('heading', { name: text('signIn.title'), exact: true }).waitFor()
}
