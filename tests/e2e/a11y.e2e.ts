import type { Locator, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import type { Language } from '../../src/i18n/format'
import { translate } from '../../src/i18n/i18n'
import { CONECTO_TYPES } from '../../src/handler-types/registry'
import { axeViolations } from './axe'
import { setupBrowser } from './browser'
import { eventually, handlerRows, signIn, signInWithKey, simControl } from './app'

const browser = setupBrowser()

/** What axe finds wrong with what the page shows now (or `within` it), each line saying where. */
async function violations(page: Page, where: string, within?: Locator) {
  return (await axeViolations(page, within)).map(
    (violation) =>
      `${where}: ${violation.id} (${violation.impact}) ${violation.nodes
        .slice(0, 3)
        .map((node) => `${node.target.join(' ')}: ${node.failureSummary?.split('\n')[1]?.trim()}`)
        .join(' | ')}`,
  )
}

/** An import with rows ready, rows with problems and rows with warnings. */
const IMPORT_CSV = [
  'Name,Type,Target,Enabled',
  'Ops inbox,email,ops@example.com,true',
  ',email,noname@example.com,true',
  'Plain,webhook,http://example.com/h,',
  'Unsure,email,unsure@example.com,maybe',
  'Old Teams,microsoft_teams,https://outlook.office.com/webhook/x,false',
].join('\n')

describe.each<[Language, 'light' | 'dark']>([
  ['en', 'light'],
  ['fa', 'light'],
  ['en', 'dark'],
  ['fa', 'dark'],
])('accessibility in %s, %s', (language, scheme) => {
  const say = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
    translate(language, key, params)

  it('has no axe violation on any screen or dialog', async () => {
    const { page, keys } = browser
    // Measured at rest: a dialog fading in has, for a moment, too little contrast.
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' })
    await page.goto('/sign-in')
    await page.evaluate((lang) => localStorage.setItem('conecto.language', lang), language)
    await page.reload()
    await page.getByRole('heading', { name: say('signIn.title') }).waitFor()
    const found = await violations(page, 'sign-in')

    await signIn(page, keys.main, language)
    found.push(...(await violations(page, 'table')))

    await page.keyboard.press('Shift+Slash')
    await page.getByRole('dialog', { name: say('shortcuts.title') }).waitFor()
    found.push(...(await violations(page, 'shortcuts help')))
    await page.keyboard.press('Escape')
    await page.getByRole('dialog').waitFor({ state: 'detached' })

    await page.getByRole('button', { name: say('transfer.import'), exact: true }).click()
    const importDialog = page.getByRole('dialog')
    await importDialog.waitFor()
    found.push(...(await violations(page, 'import')))
    await page.keyboard.press('Escape')
    await importDialog.waitFor({ state: 'detached' })

    await page.getByRole('button', { name: /^(Accounts|حساب‌ها)/ }).click()
    await page.getByRole('menu').waitFor()
    found.push(...(await violations(page, 'account menu')))
    await page.keyboard.press('Escape')

    const firstRow = handlerRows(page).first()
    await firstRow.getByRole('button').last().click()
    await page.getByRole('menuitem', { name: say('handlers.actions.delete') }).click()
    const undo = page.getByRole('button', { name: say('undo.action') })
    await undo.waitFor()
    found.push(...(await violations(page, 'undo notice')))
    await undo.click()

    await page.getByRole('button', { name: say('history.open'), exact: true }).click()
    const history = page.getByRole('dialog', { name: say('history.title') })
    await history.waitFor()
    found.push(...(await violations(page, 'recent changes')))
    await page.keyboard.press('Escape')
    await history.waitFor({ state: 'detached' })

    await page.getByRole('link', { name: say('handlers.new') }).click()
    const drawer = page.getByRole('dialog', { name: say('form.title.new') })
    // The simulator here offers Conecto's six.
    for (const [index, type] of CONECTO_TYPES.entries()) {
      await drawer.getByRole('combobox', { name: say('form.type.label') }).click()
      await page
        .getByRole('listbox', { name: say('form.type.label') })
        .getByRole('option', { name: say(`type.${type}`), exact: true })
        .click()
      // The page behind the drawer is checked with the first type; it is the same for the rest,
      // and checking it again takes three times as long as the drawer.
      found.push(...(await violations(page, `form (${type})`, index === 0 ? undefined : drawer)))
    }
    await drawer.getByRole('button', { name: say('form.submit.create') }).click()
    found.push(...(await violations(page, 'form with errors')))

    expect(found).toEqual([])
  }, 120_000)

  it('has no axe violation on a bulk report, an import preview, a phone or an empty account', async () => {
    const { page, keys } = browser
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' })
    await page.goto('/sign-in')
    await page.evaluate((lang) => localStorage.setItem('conecto.language', lang), language)
    await signInWithKey(page, keys.empty, language)
    await page.getByRole('heading', { name: say('handlers.empty.title') }).waitFor()
    const found = await violations(page, 'empty account')

    await page.goto('/accounts/add')
    await page.getByLabel(say('signIn.key'), { exact: true }).fill(keys.main)
    await page.getByRole('button', { name: say('signIn.submit'), exact: true }).click()
    await eventually(() => handlerRows(page).count()).toBeGreaterThan(0)

    // Both changes fail, so the account stays as it was and the report lists two failures.
    await page.goto('/handlers?status=enabled')
    await eventually(() => handlerRows(page).count()).toBeGreaterThan(1)
    for (const row of (await handlerRows(page).all()).slice(0, 2)) {
      await row.getByRole('checkbox').click()
    }
    await simControl('faults', {
      method: 'POST',
      body: JSON.stringify({
        method: 'POST',
        path: '/notification-handlers/',
        status: 500,
        times: 2,
      }),
    })
    await page
      .getByRole('group', { name: say('bulk.actions') })
      .getByRole('button', { name: say('bulk.disable') })
      .click()
    await page
      .getByRole('region', { name: say('bulk.report.label') })
      .getByText(say('bulk.failedCount', { count: 2 }))
      .waitFor()
    await simControl('faults', { method: 'DELETE' })
    found.push(...(await violations(page, 'bulk report')))

    await page.getByRole('button', { name: say('transfer.import'), exact: true }).click()
    const importDialog = page.getByRole('dialog')
    await importDialog.getByLabel(say('transfer.file.label')).setInputFiles({
      name: 'handlers.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(IMPORT_CSV),
    })
    await importDialog.getByRole('table', { name: say('transfer.preview.table') }).waitFor()
    found.push(...(await violations(page, 'import preview')))
    await page.keyboard.press('Escape')
    await importDialog.waitFor({ state: 'detached' })

    await page.setViewportSize({ width: 375, height: 800 })
    found.push(...(await violations(page, 'small screen')))

    expect(found).toEqual([])
  }, 120_000)
})
