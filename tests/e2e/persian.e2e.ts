import type { Locator, Page } from 'playwright-core'
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

/** The fonts the browser drew the element's text with. */
async function fontsOf(page: Page, element: Locator): Promise<string[]> {
  await element.evaluate((node) => node.setAttribute('data-font-probe', ''))
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('DOM.enable')
  await cdp.send('CSS.enable')
  const { root } = await cdp.send('DOM.getDocument')
  const { nodeId } = await cdp.send('DOM.querySelector', {
    nodeId: root.nodeId,
    selector: '[data-font-probe]',
  })
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId })
  await element.evaluate((node) => node.removeAttribute('data-font-probe'))
  await cdp.detach()
  return fonts.map((font) => font.familyName)
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

  it('mirrors what points sideways, and keeps Latin text in its direction and its font', async () => {
    const { page, keys } = browser
    await page.goto('/sign-in')
    await page.evaluate(() => localStorage.setItem('conecto.language', 'fa'))
    await signIn(page, keys.main, 'fa')

    // The language switch highlights the language chosen, and only it.
    const banner = page.getByRole('banner')
    const background = (name: string) =>
      banner
        .getByRole('radio', { name, exact: true })
        .evaluate((input) => getComputedStyle(input.parentElement!).backgroundColor)
    const group = await banner
      .getByRole('radiogroup')
      .evaluate((element) => getComputedStyle(element).backgroundColor)
    expect(await background(fa['language.fa'])).not.toBe(group)
    expect(await background(fa['language.en'])).toBe('rgba(0, 0, 0, 0)')

    // Pagination arrows point the way Persian reads: "next" to the left.
    const nextIcon = page.getByRole('button', { name: fa['pagination.next'] }).locator('svg')
    const flip = await nextIcon.evaluate((svg) => new DOMMatrix(getComputedStyle(svg).transform).a)
    expect(flip).toBeCloseTo(-1)

    // A target is a left-to-right island inside the right-to-left row.
    const target = handlerRows(page).first().locator('[dir="ltr"]').first()
    expect(
      await target.evaluate((element) => {
        const style = getComputedStyle(element)
        return [style.direction, style.unicodeBidi]
      }),
    ).toEqual(['ltr', 'isolate'])

    // Vazirmatn draws Persian only: a Latin name keeps the system font, spaces and brackets too.
    expect(await fontsOf(page, handlersHeading(page, fa['handlers.title']))).toContain('Vazirmatn')
    const latinName = handlerRows(page)
      .locator('td:nth-child(2)')
      .filter({ hasText: /^[ -~]+$/ })
      .first()
    expect(await fontsOf(page, latinName)).not.toContain('Vazirmatn')

    // The form opens at the end of the line, on the left, with its close button on that side.
    await page.getByRole('link', { name: fa['handlers.new'] }).click()
    const drawer = page.getByRole('dialog', { name: fa['form.title.new'] })
    await drawer.waitFor()
    const frame = await drawer.boundingBox()
    expect(frame?.x).toBe(0)
    const close = await drawer.getByRole('button', { name: fa['form.close'] }).boundingBox()
    expect(close!.x).toBeLessThan(frame!.width / 2)
    expect(browser.errors).toEqual([])
  })
})
