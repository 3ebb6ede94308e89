// Browser helpers shared by the benchmark's measurements. (Page functions here define no named
// functions: the script runner would wrap those in a helper that exists only in Node.)

import type { Browser, BrowserContext, Page } from 'playwright-core'

export const PAGE = 1000

/** A fresh context whose tab is signed in to the account, as the dashboard stores it. */
export async function signedInContext(browser: Browser, key: string): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } })
  const account = JSON.stringify([{ id: 'server-bench', kind: 'server', apiKey: key, label: '' }])
  await context.addInitScript(
    ([accounts]) => {
      if (!sessionStorage.getItem('conecto.accounts')) {
        sessionStorage.setItem('conecto.accounts', accounts!)
        sessionStorage.setItem('conecto.current', 'server-bench')
        localStorage.setItem('conecto.language', 'en')
      }
    },
    [account],
  )
  return context
}

/** Records, from the first byte of the page, the moment the `n`th table row is in the DOM. */
export function watchRows(context: BrowserContext, n: number) {
  return context.addInitScript((count) => {
    new MutationObserver((_records, observer) => {
      if (!document.querySelector(`tbody tr:nth-child(${count})`)) return
      ;(window as unknown as { rowsAt: number }).rowsAt = performance.now()
      observer.disconnect()
    }).observe(document, { childList: true, subtree: true })
  }, n)
}

/** When the `n`th row was in the DOM, in ms from the start of the navigation. */
export async function rowsShownAt(page: Page): Promise<number> {
  try {
    await page.waitForFunction(() => 'rowsAt' in window, null, { timeout: 60_000, polling: 50 })
  } catch (error) {
    const shown = await page.evaluate(
      () => `${document.querySelectorAll('tbody tr').length} rows; ${document.body.innerText}`,
    )
    throw new Error(`${page.url()} never showed its rows: ${shown.slice(0, 400)}`, {
      cause: error,
    })
  }
  return page.evaluate(() => (window as unknown as { rowsAt: number }).rowsAt)
}

/** JS heap in use after a full garbage collection. */
export async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('HeapProfiler.collectGarbage')
  const { usedSize } = await cdp.send('Runtime.getHeapUsage')
  await cdp.detach()
  return usedSize
}

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

export async function settle(page: Page) {
  await page.waitForLoadState('networkidle')
  await page.waitForTimeout(300)
}

/** The dashboard's 1,000-row page and the plain page, each at its path on the server. */
export interface Pages {
  app: string
  plainDom: string
}

export const pagesOf = (base: string): Pages => ({
  app: `${base}/handlers?per_page=${PAGE}`,
  plainDom: `${base}/bench-baseline/?per_page=${PAGE}`,
})

/** Opens `url` with its 1,000 rows in the DOM and everything settled. */
export async function openRows(browser: Browser, url: string, key: string) {
  const context = await signedInContext(browser, key)
  const page = await context.newPage()
  await page.goto(url)
  await page.locator(`tbody tr:nth-child(${PAGE})`).waitFor({ timeout: 60_000 })
  await settle(page)
  return { context, page }
}
