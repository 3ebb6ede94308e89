import AxeBuilder from '@axe-core/playwright'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import type { Language } from '../../src/i18n/format'
import { translate } from '../../src/i18n/i18n'
import { HANDLER_TYPES } from '../../src/handler-types/registry'
import { setupBrowser } from './browser'
import { handlerRows, signIn } from './app'

const browser = setupBrowser()

/** Every rule axe has for WCAG 2.1 A and AA, and its best practices, on what the page shows now. */
async function violations(page: Page, where: string) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze()
  return results.violations.map(
    (violation) =>
      `${where}: ${violation.id} (${violation.impact}) ${violation.nodes
        .slice(0, 3)
        .map((node) => `${node.target.join(' ')}: ${node.failureSummary?.split('\n')[1]?.trim()}`)
        .join(' | ')}`,
  )
}

describe.each<[Language, 'light' | 'dark']>([
  ['en', 'light'],
  ['fa', 'light'],
  ['en', 'dark'],
  ['fa', 'dark'],
])('accessibility in %s, %s', (language, scheme) => {
  it('has no axe violation on any screen or dialog', async () => {
    const { page, keys } = browser
    const say = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
      translate(language, key, params)
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
    await page.getByRole('dialog', { name: say('handlers.delete.title') }).waitFor()
    found.push(...(await violations(page, 'delete confirmation')))
    await page.getByRole('button', { name: say('handlers.delete.cancel') }).click()

    await page.getByRole('link', { name: say('handlers.new') }).click()
    const drawer = page.getByRole('dialog', { name: say('form.title.new') })
    for (const type of HANDLER_TYPES) {
      await drawer.getByRole('combobox', { name: say('form.type.label') }).click()
      await page.getByRole('option', { name: say(`type.${type}`), exact: true }).click()
      found.push(...(await violations(page, `form (${type})`)))
    }
    await drawer.getByRole('button', { name: say('form.submit.create') }).click()
    found.push(...(await violations(page, 'form with errors')))

    expect(found).toEqual([])
  })
})
