import { describe, expect, it } from 'vitest'
import { setupBrowser } from './browser'
import { eventually, handlerRows, handlersHeading, signOut, text } from './app'

const browser = setupBrowser()

// The in-browser simulator (a service worker) seeds its demo account with this many handlers.
const DEMO_HANDLERS = 240

describe('demo', () => {
  it('runs the in-browser simulator and signs out of it', async () => {
    const { page } = browser
    await page.goto('/sign-in')
    await page.getByRole('button', { name: text('signIn.demo'), exact: true }).click()

    await handlersHeading(page).waitFor()
    await page
      .getByText(text('handlers.count', { count: DEMO_HANDLERS }), { exact: true })
      .waitFor()
    await eventually(() => handlerRows(page).count()).toBe(25)
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true)

    await signOut(page)
    expect(new URL(page.url()).pathname).toBe('/sign-in')
    expect(await page.evaluate(() => sessionStorage.getItem('conecto.accounts'))).toBeNull()
    expect(browser.errors).toEqual([])
  })
})
