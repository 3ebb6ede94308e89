import { randomBytes } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { setupBrowser } from './browser'
import { eventually, handlerRows, signInWithKey, text } from './app'
import { MAIN_HANDLERS } from './context'

const browser = setupBrowser()

function unknownKey(): string {
  const known = Object.values(browser.keys)
  let key = randomBytes(16).toString('hex')
  while (known.includes(key)) key = randomBytes(16).toString('hex')
  return key
}

describe('sign-in', () => {
  it('refuses an unknown key, then signs in with a good one', async () => {
    const { page, keys } = browser
    const wrong = unknownKey()

    await signInWithKey(page, wrong)
    await page
      .getByRole('alert')
      .filter({ hasText: text('signIn.error.unauthorized') })
      .waitFor()
    expect(new URL(page.url()).pathname).toBe('/sign-in')
    // The refused request is the browser's own console line, not an app error.
    const refused = browser.errors.splice(0)
    expect(refused.every((line) => /status of 401/.test(line))).toBe(true)

    await page.getByLabel(text('signIn.key'), { exact: true }).fill(keys.main)
    await page.getByRole('button', { name: text('signIn.submit'), exact: true }).click()
    await page.waitForURL((url) => url.pathname === '/handlers')
    await eventually(() => handlerRows(page).count()).toBe(25)
    await page
      .getByText(text('handlers.count', { count: MAIN_HANDLERS }), { exact: true })
      .waitFor()

    // The history entries the app made itself are seen too, so the check below covers them.
    expect(browser.visitedUrls.map((url) => new URL(url).pathname)).toContain('/handlers')
    for (const url of [...browser.visitedUrls, ...browser.requestedUrls, page.url()]) {
      expect(url).not.toContain(wrong)
      expect(url).not.toContain(keys.main)
    }
    expect(browser.errors).toEqual([])
  })
})
