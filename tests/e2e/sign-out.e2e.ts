import { describe, expect, it } from 'vitest'
import { setupBrowser } from './browser'
import { handlersHeading, signIn, signOut, text } from './app'

const browser = setupBrowser()

describe('sign-out', () => {
  it('forgets the key everywhere the browser keeps things', async () => {
    const { page, keys } = browser
    await signIn(page, keys.main)
    await signOut(page)
    expect(new URL(page.url()).pathname).toBe('/sign-in')

    const stored = await page.evaluate(() =>
      [sessionStorage, localStorage].flatMap((storage) =>
        Object.keys(storage).flatMap((name) => [name, storage.getItem(name) ?? '']),
      ),
    )
    for (const entry of stored) expect(entry).not.toContain(keys.main)

    // The list is no longer reachable without signing in again.
    await page.goto('/handlers')
    await page.getByRole('heading', { name: text('signIn.title'), exact: true }).waitFor()
    expect(await handlersHeading(page).count()).toBe(0)
    expect(browser.errors).toEqual([])
  })
})
