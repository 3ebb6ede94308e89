import { describe, expect, it } from 'vitest'
import { setupBrowser } from './browser'
import { eventually, handlerRows, openAccountMenu, signIn, text } from './app'
import { MAIN_HANDLERS } from './context'

const browser = setupBrowser()

describe('several accounts', () => {
  it('adds a second account, switches back and forth, and signs out of all', async () => {
    const { page, keys } = browser
    await signIn(page, keys.main)
    const mainTotal = text('handlers.count', { count: MAIN_HANDLERS })
    await page.getByText(mainTotal, { exact: true }).waitFor()

    // A second account, with a label, remembered on this device.
    let menu = await openAccountMenu(page)
    await menu.getByRole('menuitem', { name: text('account.add') }).click()
    await page.getByRole('heading', { name: text('signIn.addTitle') }).waitFor()
    await page.getByLabel(text('signIn.key'), { exact: true }).fill(keys.second)
    await page.getByLabel(text('signIn.label')).fill('Second client')
    await page.getByLabel(text('signIn.remember')).check()
    await page.getByRole('button', { name: text('signIn.submit'), exact: true }).click()
    await page.getByText(text('handlers.count', { count: 3 }), { exact: true }).waitFor()
    await eventually(() => handlerRows(page).count()).toBe(3)

    // Back to the first, by keyboard, and again to the second.
    await page.getByRole('button', { name: /^Accounts, current:/ }).focus()
    await page.keyboard.press('Enter')
    menu = page.getByRole('menu')
    await menu.waitFor()
    const others = menu.getByRole('menuitemradio').filter({ hasNotText: 'Second client' })
    await others.first().click()
    await page.getByText(mainTotal, { exact: true }).waitFor()
    await eventually(() => handlerRows(page).count()).toBe(25)

    menu = await openAccountMenu(page)
    await menu.getByRole('menuitemradio', { name: 'Second client' }).click()
    await page.getByText(text('handlers.count', { count: 3 }), { exact: true }).waitFor()

    // Copy three handlers of the main account to the second one.
    menu = await openAccountMenu(page)
    await menu.getByRole('menuitemradio').filter({ hasNotText: 'Second client' }).first().click()
    await page.getByText(mainTotal, { exact: true }).waitFor()
    const names: string[] = []
    for (const row of (await handlerRows(page).all()).slice(0, 3)) {
      names.push((await row.getByRole('cell').nth(1).innerText()).trim())
      await row.getByRole('checkbox').check()
    }
    await page.getByRole('button', { name: text('transfer.copyTo') }).click()
    await page.getByRole('menuitem', { name: 'Second client' }).click()
    const dialog = page.getByRole('dialog', {
      name: text('transfer.dialog.copy', { account: 'Second client' }),
    })
    await dialog.getByRole('button', { name: /^Create 3 handlers in/ }).click({ timeout: 30_000 })
    await dialog
      .getByText(text('transfer.report.created', { count: 3, account: 'Second client' }))
      .waitFor({ timeout: 30_000 })
    await dialog.getByRole('button', { name: text('transfer.report.close') }).click()
    menu = await openAccountMenu(page)
    await menu.getByRole('menuitemradio', { name: 'Second client' }).click()
    await page.getByText(text('handlers.count', { count: 6 }), { exact: true }).waitFor()
    for (const name of names) {
      await page.getByRole('cell', { name, exact: true }).first().waitFor()
    }

    // A reload keeps both accounts and the current one.
    await page.reload()
    await page.getByText(text('handlers.count', { count: 6 }), { exact: true }).waitFor()

    menu = await openAccountMenu(page)
    await menu.getByRole('menuitem', { name: text('account.signOutAll') }).click()
    await page.getByRole('heading', { name: text('signIn.title'), exact: true }).waitFor()

    const stored = await page.evaluate(() =>
      [sessionStorage, localStorage].flatMap((storage) =>
        Object.keys(storage).map((name) => `${name}=${storage.getItem(name)}`),
      ),
    )
    // Only the language and theme choices may remain.
    expect(stored.filter((entry) => !/^conecto\.(language|color-scheme)=/.test(entry))).toEqual([])
    for (const entry of stored) {
      expect(entry).not.toContain(keys.main)
      expect(entry).not.toContain(keys.second)
    }
    expect(browser.errors).toEqual([])
  })
})
