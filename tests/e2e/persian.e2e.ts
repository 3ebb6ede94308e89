import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { fa } from '../../src/i18n/fa'
import { saveScreenshot, setupBrowser } from './browser'
import { eventually, handlerRows, handlersHeading, signIn, text } from './app'

const browser = setupBrowser()

const PERSIAN_DIGIT = /[۰-۹]/
const LATIN_DIGIT = /[0-9]/

const documentLanguage = (page: Page) =>
  page.evaluate(() => ({
    lang: document.documentElement.lang,
    dir: document.documentElement.dir,
  }))

/**
 * Picks a language as a user does, by clicking its visible label: the radio inputs of the
 * segmented control are hidden. Each option keeps its own name in both languages.
 */
async function chooseLanguage(page: Page, name: string) {
  await page.getByRole('banner').getByText(name, { exact: true }).click()
  await eventually(() => page.getByRole('radio', { name, exact: true }).isChecked()).toBe(true)
}

describe('Persian', () => {
  it('switches to Persian, keeps it through a reload, and switches back', async () => {
    const { page, keys } = browser
    await signIn(page, keys.main)
    await saveScreenshot(page, 'handlers-en')

    await chooseLanguage(page, text('language.fa'))
    await eventually(() => documentLanguage(page)).toEqual({ lang: 'fa', dir: 'rtl' })
    await handlersHeading(page, fa['handlers.title']).waitFor()

    const created = handlerRows(page).first().locator('time').first()
    const when = `${await created.getAttribute('title')} ${await created.textContent()}`
    expect(when).toMatch(PERSIAN_DIGIT)
    expect(when).not.toMatch(LATIN_DIGIT)
    await saveScreenshot(page, 'handlers-fa')

    expect(await page.evaluate(() => localStorage.getItem('conecto.language'))).toBe('fa')
    await page.reload()
    await handlersHeading(page, fa['handlers.title']).waitFor()
    expect(await documentLanguage(page)).toEqual({ lang: 'fa', dir: 'rtl' })

    await chooseLanguage(page, text('language.en'))
    await eventually(() => documentLanguage(page)).toEqual({ lang: 'en', dir: 'ltr' })
    await handlersHeading(page).waitFor()
    expect(browser.errors).toEqual([])
  })
})
