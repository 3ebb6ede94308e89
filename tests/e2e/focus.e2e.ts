// A keyboard-only walk through every drawer, dialog and menu of the table screen: after each one
// closes, focus is back where the user was, never on <body>.

import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import type { MessageKey } from '../../src/i18n/en'
import type { Language } from '../../src/i18n/format'
import { translate } from '../../src/i18n/i18n'
import { setupBrowser } from './browser'
import { eventually, signIn, simControl } from './app'

const browser = setupBrowser()

/**
 * What has focus, as `row:<name>` for a table row, or `<tag>:<accessible name>` for a control
 * (its aria-label, else its text).
 */
function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement
    if (!element || element === document.body) return 'body'
    if (element.matches('tr[data-handler-id]')) {
      return `row:${element.querySelector('td:nth-child(2)')?.textContent ?? ''}`
    }
    const name = element.getAttribute('aria-label') ?? element.textContent ?? ''
    return `${element.tagName.toLowerCase()}:${name.trim()}`
  })
}

describe.each<[Language, 'focusEn' | 'focusFa']>([
  ['en', 'focusEn'],
  ['fa', 'focusFa'],
])('focus after each overlay closes, in %s', (language, account) => {
  const say = (key: MessageKey, params?: Record<string, string | number>) =>
    translate(language, key, params)
  const dialog = (page: Page, key: MessageKey, params?: Record<string, string | number>) =>
    page.getByRole('dialog', { name: say(key, params), exact: true })
  const closed = (page: Page, key: MessageKey) => dialog(page, key).waitFor({ state: 'detached' })

  it('returns focus to the row, the control that opened it, or the new row', async () => {
    const { page, keys } = browser
    await page.goto('/sign-in')
    await page.evaluate((lang) => localStorage.setItem('conecto.language', lang), language)
    await signIn(page, keys[account], language)
    const newHandler = `a:${say('handlers.new')}`

    // j reaches the first row; e opens its form; Escape closes it: back on the row.
    await page.keyboard.press('j')
    expect(await focused(page)).toBe('row:Focus 1')
    await page.keyboard.press('e')
    await dialog(page, 'form.title.edit').waitFor()
    await page.keyboard.press('Escape')
    await closed(page, 'form.title.edit')
    await eventually(() => focused(page)).toBe('row:Focus 1')

    // e, a new name, Enter: back on the edited row.
    await page.keyboard.press('j')
    await page.keyboard.press('e')
    const name = dialog(page, 'form.title.edit').getByRole('textbox', {
      name: say('form.name.label'),
    })
    await name.fill('Focus 2 renamed')
    await page.keyboard.press('Enter')
    await closed(page, 'form.title.edit')
    await eventually(() => focused(page)).toBe('row:Focus 2 renamed')

    // A failed save keeps focus in the form, on the field to mend.
    await page.keyboard.press('e')
    await name.fill('')
    await page.keyboard.press('Enter')
    await eventually(() => focused(page)).toBe(`input:`)
    expect(await name.evaluate((input) => input === document.activeElement)).toBe(true)
    // A save the server fails: its reason takes focus, in the form.
    await name.fill('Focus 2 again')
    await simControl('faults', {
      method: 'POST',
      body: JSON.stringify({ method: 'POST', path: '/notification-handlers/', status: 500 }),
    })
    await page.keyboard.press('Enter')
    await eventually(() =>
      page.evaluate(() => document.activeElement?.getAttribute('role') ?? 'none'),
    ).toBe('alert')
    await page.keyboard.press('Escape')
    const leave = dialog(page, 'form.leave.title')
    await leave.waitFor()
    expect(await focused(page)).toBe(`button:${say('form.leave.stay')}`)
    await leave.getByRole('button', { name: say('form.leave.discard') }).press('Enter')
    await closed(page, 'form.title.edit')
    await eventually(() => focused(page)).toBe('row:Focus 2 renamed')

    // n from a row, then Escape: back on the row.
    await page.keyboard.press('n')
    await dialog(page, 'form.title.new').waitFor()
    await page.keyboard.press('Escape')
    await closed(page, 'form.title.new')
    await eventually(() => focused(page)).toBe('row:Focus 2 renamed')

    // "New handler" with Enter, then Escape: back on the link.
    await page.getByRole('link', { name: say('handlers.new') }).focus()
    await page.keyboard.press('Enter')
    await dialog(page, 'form.title.new').waitFor()
    await page.keyboard.press('Escape')
    await closed(page, 'form.title.new')
    await eventually(() => focused(page)).toBe(newHandler)

    // A keyboard create: the new row, on this page, takes focus.
    await page.keyboard.press('Enter')
    const form = dialog(page, 'form.title.new')
    await form.getByRole('textbox', { name: say('form.name.label') }).fill('Focus new')
    const typeList = form.getByRole('combobox', { name: say('form.type.label') })
    await typeList.focus()
    // The first arrow opens the list; the next ones move once its options are there.
    await page.keyboard.press('ArrowDown')
    const webhook = page
      .locator(`#${await typeList.getAttribute('aria-controls')}`)
      .getByRole('option', { name: say('type.webhook') })
    await webhook.waitFor()
    await eventually(async () => {
      if ((await webhook.getAttribute('data-combobox-selected')) === null) {
        await page.keyboard.press('ArrowDown')
      }
      return webhook.getAttribute('data-combobox-selected')
    }).toBe('true')
    await page.keyboard.press('Enter')
    await form
      .getByRole('textbox', { name: say('type.webhook.field') })
      .fill('https://hooks.example.com/focus/new')
    await page.keyboard.press('Enter')
    await closed(page, 'form.title.new')
    await eventually(() => focused(page)).toBe('row:Focus new')

    // A delete from the row's menu: focus goes to the row that took its place; z takes the
    // delete back and focus goes to the row restored.
    const menuButton = say('handlers.actions.menu', { name: 'Focus 3' })
    await page.getByRole('button', { name: menuButton }).focus()
    await page.keyboard.press('Enter')
    await page.getByRole('menu').waitFor()
    await page.keyboard.press('ArrowUp')
    expect(await focused(page)).toBe(`button:${say('handlers.actions.delete')}`)
    await page.keyboard.press('Enter')
    await eventually(() => focused(page)).toBe('row:Focus 4')
    await page.keyboard.press('z')
    await eventually(() => focused(page)).toBe('row:Focus 3')

    // The shortcuts' help, from a row with ? and from its button.
    await page.keyboard.press('j')
    const row = await focused(page)
    expect(row).toMatch(/^row:/)
    await page.keyboard.press('Shift+Slash')
    await dialog(page, 'shortcuts.title').waitFor()
    await page.keyboard.press('Escape')
    await closed(page, 'shortcuts.title')
    await eventually(() => focused(page)).toBe(row)
    await page.getByRole('button', { name: say('shortcuts.open') }).focus()
    await page.keyboard.press('Enter')
    await dialog(page, 'shortcuts.title').waitFor()
    await page.keyboard.press('Escape')
    await closed(page, 'shortcuts.title')
    await eventually(() => focused(page)).toBe(`button:${say('shortcuts.open')}`)

    // Export: the menu, its warning on Cancel, Escape: back on Export.
    await page.getByRole('button', { name: say('transfer.export'), exact: true }).focus()
    await page.keyboard.press('Enter')
    await page.getByRole('menu').waitFor()
    await page.keyboard.press('Enter')
    await dialog(page, 'transfer.export.title').waitFor()
    expect(await focused(page)).toBe(`button:${say('transfer.export.cancel')}`)
    await page.keyboard.press('Escape')
    await closed(page, 'transfer.export.title')
    await eventually(() => focused(page)).toBe(`button:${say('transfer.export')}`)

    // Import: Escape goes back to Import.
    await page.getByRole('button', { name: say('transfer.import'), exact: true }).focus()
    await page.keyboard.press('Enter')
    const importDialog = page.getByRole('dialog')
    await importDialog.waitFor()
    await page.keyboard.press('Escape')
    await importDialog.waitFor({ state: 'detached' })
    await eventually(() => focused(page)).toBe(`button:${say('transfer.import')}`)

    // The account menu: Escape goes back to its button.
    const switcher = page.getByRole('button', { name: /^Accounts, current:|^حساب‌ها، / })
    await switcher.focus()
    const switcherName = await focused(page)
    await page.keyboard.press('Enter')
    await page.getByRole('menu').waitFor()
    await page.keyboard.press('Escape')
    await page.getByRole('menu').waitFor({ state: 'detached' })
    await eventually(() => focused(page)).toBe(switcherName)

    // The key-renewal dialog, over a toggle whose key stopped working: back on the row.
    await page.keyboard.press('j')
    const toggled = await focused(page)
    // The write is refused, and so is the check of the key that follows it.
    for (const fault of [
      { method: 'POST', path: '/notification-handlers/', status: 401 },
      { method: 'GET', path: 'results_per_page=10', status: 401 },
    ]) {
      await simControl('faults', { method: 'POST', body: JSON.stringify(fault) })
    }
    await page.keyboard.press('Space')
    await dialog(page, 'reauth.title').waitFor()
    await simControl('faults', { method: 'DELETE' })
    await page.keyboard.press('Escape')
    await closed(page, 'reauth.title')
    await eventually(() => focused(page)).toBe(toggled)

    // A bulk delete states its count on a dialog that opens on Cancel; Escape goes back to Delete.
    await page.keyboard.press('x')
    const bulkDelete = page.getByRole('button', { name: say('bulk.delete'), exact: true })
    await bulkDelete.focus()
    await page.keyboard.press('Enter')
    await dialog(page, 'bulk.deleteConfirm.title', { count: 1 }).waitFor()
    expect(await focused(page)).toBe(`button:${say('bulk.cancel')}`)
    await page.keyboard.press('Escape')
    await dialog(page, 'bulk.deleteConfirm.title', { count: 1 }).waitFor({ state: 'detached' })
    await eventually(() => focused(page)).toBe(`button:${say('bulk.delete')}`)

    // The faults above are the only failures.
    expect(browser.errors.filter((error) => !/status of (500|401)/.test(error))).toEqual([])
  }, 120_000)
})
