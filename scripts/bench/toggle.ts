// A click on a row's switch to its new state painted, on the 1,000-row page, dashboard and plain
// DOM alternating. The click is a real one (the browser's input pipeline, as a mouse sends it);
// the time runs from the click event to the start of the first animation frame after the one in
// which the row's status shows its new state: by then that frame has been painted.

import type { Browser, Page } from 'playwright-core'
import { openRows, PAGE, settle, type Pages } from './pages'

const STATUS_CELL = 4

/** Arms the page: the next click's time to painted new state is `window.toggled`. */
function arm(page: Page, index: number) {
  return page.evaluate(
    ([rowIndex, statusCell]) => {
      const row = document.querySelectorAll('tbody tr[data-handler-id]')[rowIndex!]
      const cell = (row as HTMLTableRowElement).cells[statusCell!]!
      const before = cell.textContent
      const state = window as unknown as { toggled?: Promise<number> }
      state.toggled = new Promise<number>((resolve, reject) => {
        window.addEventListener(
          'click',
          async (event) => {
            const start = event.timeStamp
            while (cell.textContent === before) await new Promise(requestAnimationFrame)
            await new Promise(requestAnimationFrame)
            resolve(performance.now() - start)
          },
          { capture: true, once: true },
        )
        setTimeout(() => reject(new Error('the switch never showed its new state')), 10_000)
      })
    },
    [index, STATUS_CELL],
  )
}

/** The rows, from the bottom of the page, that have a switch: a different one for each run. */
async function switchRows(page: Page, count: number): Promise<number[]> {
  const found: number[] = []
  for (let index = PAGE - 1; index >= 0 && found.length < count; index -= 7) {
    const row = page.locator('tbody tr[data-handler-id]').nth(index)
    await row.scrollIntoViewIfNeeded()
    const hasSwitch = await row
      .getByRole('switch')
      .waitFor({ timeout: 2000 })
      .then(() => true)
      .catch(() => false)
    if (hasSwitch) found.push(index)
  }
  return found
}

async function toggleOnce(page: Page, index: number): Promise<number> {
  // A page in the background gets no animation frames.
  await page.bringToFront()
  const row = page.locator('tbody tr[data-handler-id]').nth(index)
  await row.scrollIntoViewIfNeeded()
  const control = row.getByRole('switch')
  await control.waitFor()
  await arm(page, index)
  // The switch's input may be drawn over by its track: the click goes where a pointer would.
  await control.click({ force: true })
  const ms = await page.evaluate(() => (window as unknown as { toggled: Promise<number> }).toggled)
  await settle(page)
  return ms
}

export async function measureToggles(browser: Browser, pages: Pages, key: string, runs: number) {
  const app = await openRows(browser, pages.app, key)
  const plain = await openRows(browser, pages.plainDom, key)
  const appRows = await switchRows(app.page, runs)
  const plainRows = await switchRows(plain.page, runs)
  const times = { app: [] as number[], plainDom: [] as number[] }
  for (let run = 0; run < runs; run++) {
    times.app.push(await toggleOnce(app.page, appRows[run % appRows.length]!))
    times.plainDom.push(await toggleOnce(plain.page, plainRows[run % plainRows.length]!))
  }
  await app.context.close()
  await plain.context.close()
  return times
}
