import type { Request } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { setupBrowser } from './browser'
import { handlerRows, signIn } from './app'

const browser = setupBrowser()

/** The scripts a page's HTML starts: its entry and every module it preloads. */
function scriptsNamedIn(html: string): Set<string> {
  return new Set(
    [...html.matchAll(/<(?:script|link)[^>]+(?:src|href)="([^"]+\.js)"/g)].map(
      (match) => new URL(match[1]!, 'http://app.invalid').pathname,
    ),
  )
}

describe.each(['en', 'fa'] as const)('the first load of the table, in %s', (language) => {
  it('starts every script the first row needs with the page, not one after another', async () => {
    const { page, keys } = browser
    await page.goto('/sign-in')
    await page.evaluate((lang) => localStorage.setItem('conecto.language', lang), language)
    await signIn(page, keys.main, language)

    const scripts: string[] = []
    const record = (request: Request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname)
    }
    page.on('request', record)
    const answer = await page.reload()
    await handlerRows(page).first().waitFor()
    page.off('request', record)

    const named = scriptsNamedIn((await answer?.text()) ?? '')
    expect(scripts.length).toBeGreaterThan(1)
    // A script found only once another had run would be a round trip more before the rows.
    expect(scripts.filter((script) => !named.has(script))).toEqual([])
    // What the table does not draw at first (its menus, dialogs and drawers) is not among them.
    expect(scripts.filter((script) => /menu|drawer|dialog|modal/i.test(script))).toEqual([])
    expect(browser.errors).toEqual([])
  })
})
