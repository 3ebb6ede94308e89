import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import type { MessageKey } from '../../src/i18n/en'
import type { Language } from '../../src/i18n/format'
import { translate } from '../../src/i18n/i18n'
import { eventually, handlerRows, signIn } from './app'
import { setupBrowser } from './browser'

const browser = setupBrowser()

const say = (language: Language, key: MessageKey, params?: Record<string, string | number>) =>
  translate(language, key, params)

interface Logged {
  method: string
  path: string
  account: string | null
  status: number
}

async function deletesOf(id: string): Promise<Logged[]> {
  const log = (await (await fetch(`${inject('simUrl')}/__sim/requests`)).json()) as Logged[]
  return log.filter(
    (request) =>
      request.method === 'DELETE' && request.path.endsWith(`/notification-handlers/${id}`),
  )
}

/** The rows' ids and names, in the order shown. */
async function shownRows(page: Page) {
  return handlerRows(page).evaluateAll((rows) =>
    rows.map((row) => ({
      id: row.getAttribute('data-handler-id')!,
      name: (row as HTMLTableRowElement).cells[1]!.textContent!,
    })),
  )
}

const focusedRowId = (page: Page) =>
  page.evaluate(() => document.activeElement?.getAttribute('data-handler-id') ?? null)

async function deleteRow(page: Page, language: Language, name: string) {
  await page
    .getByRole('button', { name: say(language, 'handlers.actions.menu', { name }), exact: true })
    .click()
  await page.getByRole('menuitem', { name: say(language, 'handlers.actions.delete') }).click()
}

describe.each<Language>(['en', 'fa'])('undo of a delete, in %s', (language) => {
  async function open(page: Page) {
    await page.goto('/sign-in')
    await page.evaluate((lang) => localStorage.setItem('conecto.language', lang), language)
    await signIn(page, browser.keys.undo, language)
    return shownRows(page)
  }

  it('moves focus to the row that took the deleted one’s place, and to the row Undo restores', async () => {
    const { page } = browser
    const rows = await open(page)
    const [, second, third] = rows

    await deleteRow(page, language, second!.name)
    await eventually(() => handlerRows(page).count()).toBe(rows.length - 1)
    await eventually(() => focusedRowId(page)).toBe(third!.id)

    const undo = page.getByRole('button', { name: say(language, 'undo.action'), exact: true })
    await undo.click()
    await eventually(() => focusedRowId(page)).toBe(second!.id)
    expect((await shownRows(page)).map((row) => row.id)).toEqual(rows.map((row) => row.id))

    // The last row: focus goes to the one before it.
    const last = rows.at(-1)!
    await deleteRow(page, language, last.name)
    await eventually(() => focusedRowId(page)).toBe(rows.at(-2)!.id)
    await undo.click()
    await eventually(() => focusedRowId(page)).toBe(last.id)
    expect(await deletesOf(second!.id)).toEqual([])
    expect(await deletesOf(last.id)).toEqual([])
    expect(browser.errors).toEqual([])
  })

  it('sends a pending delete, key and all, as the tab closes', async () => {
    const { page } = browser
    const [first] = await open(page)
    await deleteRow(page, language, first!.name)
    await eventually(() => handlerRows(page).filter({ hasText: first!.name }).count()).toBe(0)
    expect(await deletesOf(first!.id)).toEqual([])

    await page.close({ runBeforeUnload: true })
    // Sent by the browser after the page is gone: the key went with it, so the account is known.
    await eventually(() => deletesOf(first!.id)).toEqual([
      expect.objectContaining({ status: 200, account: expect.any(String) }),
    ])
  })
})
