import { describe, expect, it } from 'vitest'
import { setupBrowser } from './browser'
import { eventually, handlerRows, openAccountMenu, signIn, text } from './app'

const browser = setupBrowser()

describe('the production server and the page under its policy', () => {
  it('sends the security and caching headers', async () => {
    const { appUrl } = browser
    const page = await fetch(`${appUrl}/handlers`)
    const policy = page.headers.get('content-security-policy') ?? ''
    expect(policy).toContain("default-src 'self'")
    expect(policy).toContain("script-src 'self'")
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/)
    expect(policy).toContain("frame-ancestors 'none'")
    expect(page.headers.get('x-content-type-options')).toBe('nosniff')
    expect(page.headers.get('referrer-policy')).toBe('no-referrer')
    expect(page.headers.get('cache-control')).toBe('no-cache')

    const html = await page.text()
    const asset = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1]
    expect(asset).toBeTruthy()
    const script = await fetch(`${appUrl}${asset}`)
    expect(script.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
  })

  it('runs a whole session with no policy violation, no other origin and no key in sight', async () => {
    const { page, keys, appUrl } = browser
    const messages: string[] = []
    page.on('console', (message) => messages.push(message.text()))
    const apiCaching: string[] = []
    page.on('response', (response) => {
      if (new URL(response.url()).pathname.startsWith('/api/')) {
        apiCaching.push(response.headers()['cache-control'] ?? 'none')
      }
    })
    await page.addInitScript(() => {
      const seen: string[] = []
      Object.assign(window, { __violations: seen })
      document.addEventListener('securitypolicyviolation', (event) =>
        seen.push(`${event.violatedDirective} ${event.blockedURI}`),
      )
    })

    await signIn(page, keys.main)
    await page.getByRole('button', { name: text('pagination.next'), exact: true }).click()
    await eventually(() => new URL(page.url()).searchParams.get('page')).toBe('2')
    await page.getByRole('link', { name: text('handlers.new') }).click()
    await page.getByRole('dialog', { name: text('form.title.new') }).waitFor()
    await page.keyboard.press('Escape')
    await page.getByText('فارسی').click()
    await eventually(() => page.evaluate(() => document.documentElement.dir)).toBe('rtl')
    await page.getByText('English').click()

    // The demo too: its service worker must live under the same policy.
    const menu = await openAccountMenu(page)
    await menu.getByRole('menuitem', { name: text('account.add') }).click()
    await page.getByRole('button', { name: text('signIn.demo') }).click()
    await page.getByText(text('handlers.count', { count: 240 }), { exact: true }).waitFor()
    await eventually(() => handlerRows(page).count()).toBe(25)

    const violations = await page.evaluate(
      () => (window as unknown as { __violations: string[] }).__violations,
    )
    expect(violations).toEqual([])

    // Answers that hold the key or secret URLs are never written to the disk cache.
    expect(apiCaching.length).toBeGreaterThan(0)
    expect(new Set(apiCaching)).toEqual(new Set(['no-store']))

    const origin = new URL(appUrl).origin
    const elsewhere = browser.requestedUrls.filter(
      (url) => !url.startsWith('data:') && new URL(url).origin !== origin,
    )
    expect(elsewhere).toEqual([])

    for (const url of [...browser.visitedUrls, ...browser.requestedUrls]) {
      expect(url).not.toContain(keys.main)
    }
    for (const message of messages) expect(message).not.toContain(keys.main)
    // The key lives where the user chose (this tab) and nowhere else.
    const [session, local] = await page.evaluate(() => [
      JSON.stringify({ ...sessionStorage }),
      JSON.stringify({ ...localStorage }),
    ])
    expect(session).toContain(keys.main)
    expect(local).not.toContain(keys.main)
    const cookies = await page.context().cookies()
    expect(JSON.stringify(cookies)).not.toContain(keys.main)
    expect(browser.errors).toEqual([])
  })
})
