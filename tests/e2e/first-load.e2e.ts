import type { Request, Response } from 'playwright-core'
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
  it('starts every script the first row needs with the page or with the list', async () => {
    const { page, keys } = browser
    await page.goto('/sign-in')
    await page.evaluate((lang) => localStorage.setItem('conecto.language', lang), language)
    await signIn(page, keys.main, language)

    // In the order the page asked: its scripts, and the list's answer.
    const events: string[] = []
    const record = (request: Request) => {
      if (request.resourceType() === 'script') events.push(new URL(request.url()).pathname)
    }
    const answered = (response: Response) => {
      if (new URL(response.url()).pathname.startsWith('/api/notification-handlers')) {
        events.push('list answered')
      }
    }
    page.on('request', record)
    page.on('response', answered)
    const answer = await page.reload()
    await handlerRows(page).first().waitFor()
    page.off('request', record)
    page.off('response', answered)

    const named = scriptsNamedIn((await answer?.text()) ?? '')
    const scripts = events.filter((event) => event.endsWith('.js'))
    expect(scripts.length).toBeGreaterThan(0)
    // The one script the page does not name is the catalogue of the language shown (the page
    // picks it), asked for with the list: the first render waits for the list anyway. Any other
    // would be found only once the page had run, a round trip more before the rows.
    const catalogue = new RegExp(`^/assets/${language}-[\\w-]+\\.js$`)
    const unnamed = scripts.filter((script) => !named.has(script))
    expect(unnamed).toHaveLength(1)
    expect(unnamed[0]).toMatch(catalogue)
    expect(events.indexOf(unnamed[0]!)).toBeLessThan(events.indexOf('list answered'))
    // Not the other language's catalogue, nor what the table does not draw at first (its menus,
    // dialogs and drawers).
    const other = language === 'en' ? 'fa' : 'en'
    expect(scripts.filter((script) => script.startsWith(`/assets/${other}-`))).toEqual([])
    expect(scripts.filter((script) => /menu|drawer|dialog|modal/i.test(script))).toEqual([])
    expect(browser.errors).toEqual([])
  })
})
