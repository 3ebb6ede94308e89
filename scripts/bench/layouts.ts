// What the browser lays out, from its own traces: while the 1,000 rows go in (how many layouts
// script forced, how many laid out the whole table) and after a toggle, a reveal and a
// selection on a row in the middle of the page (how many objects each layout marked, against
// the number in that row, and how long the layouts took, against the plain page's table laying
// itself out after its toggle in the same run).

import type { Browser, Locator, Page } from 'playwright-core'
import { en } from '../../src/i18n/en'
import {
  openRows,
  PAGE,
  rowsShownAt,
  settle,
  signedInContext,
  watchRows,
  type Pages,
} from './pages'
import { traced, type LayoutPass, type TraceFigures } from './trace'

/** Time after an action in which its layouts are counted: refetches and re-renders included. */
const AFTER_ACTION_MS = 1500

/**
 * A layout of one row may take at most this share of the time the plain page's table takes to
 * lay itself out after its own toggle. A table's layout marks few dirty objects but sizes every
 * row's columns again, so the count of dirty objects alone would not tell it.
 */
const ROW_SHARE = 0.2

export interface LoadLayouts {
  layouts: number
  forced: number
  forcedStyles: number
  /** Layouts that had more objects to lay out than the table has rows. */
  wholeTable: number
  largest: LayoutPass | null
  layoutMs: number
  styleMs: number
}

function loadFigures(trace: TraceFigures): LoadLayouts {
  const largest = trace.layouts.reduce<LayoutPass | null>(
    (max, layout) => (!max || layout.dirty > max.dirty ? layout : max),
    null,
  )
  return {
    layouts: trace.layouts.length,
    forced: trace.layouts.filter((layout) => layout.forced).length,
    forcedStyles: trace.forcedStyles,
    wholeTable: trace.layouts.filter((layout) => layout.dirty >= PAGE).length,
    largest,
    layoutMs: trace.layoutMs,
    styleMs: trace.styleMs,
  }
}

/** A warm load of the page, traced from the navigation until a second after the last row. */
export async function traceLoad(browser: Browser, url: string, key: string) {
  const context = await signedInContext(browser, key)
  await watchRows(context, PAGE)
  const page = await context.newPage()
  await page.goto(url)
  await rowsShownAt(page)
  await page.goto('about:blank')
  // Waiting on a marker, not on a locator: Playwright's visibility checks would force layouts.
  const trace = await traced(browser, page, async () => {
    await page.goto(url)
    await rowsShownAt(page)
    await page.waitForTimeout(1000)
  })
  await context.close()
  return loadFigures(trace)
}

export interface ActionLayouts {
  /** Layout objects a layout of this row alone may mark: the row's nodes and its ancestors. */
  rowObjects: number
  layouts: LayoutPass[]
  /** The most objects one layout after the action marked for layout, and the longest layout. */
  maxDirty: number
  maxMs: number
  layoutMs: number
  /** Every layout marked no more than the row holds, and took no longer than a row's share. */
  ownRowOnly: boolean
}

/** Nodes in the row (elements and text) and above it: what a layout of it alone can touch. */
function rowObjects(page: Page, index: number) {
  return page.evaluate((rowIndex) => {
    const row = document.querySelectorAll('tbody tr[data-handler-id]')[rowIndex]!
    const walker = document.createTreeWalker(row, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT)
    let count = 1
    while (walker.nextNode()) count++
    for (let node = row.parentElement; node; node = node.parentElement) count++
    return count
  }, index)
}

/** A row in the middle of the page with a switch, a reveal button and a checkbox. */
async function middleRow(page: Page): Promise<number> {
  for (let index = PAGE / 2; index < PAGE; index++) {
    const row = page.locator('tbody tr[data-handler-id]').nth(index)
    await row.scrollIntoViewIfNeeded()
    const reveal = row.getByRole('button', { name: en['handlers.target.reveal'] })
    const ready = await reveal
      .waitFor({ timeout: 2000 })
      .then(() => row.getByRole('switch').count())
      .catch(() => 0)
    if (ready > 0) return index
  }
  throw new Error('No row in the second half of the page has a switch and a reveal button.')
}

/** Where a pointer would click `control`, read before tracing so that the trace holds only the click. */
async function pointAt(control: Locator) {
  await control.scrollIntoViewIfNeeded()
  const box = await control.boundingBox()
  if (!box) throw new Error('The control to click has no box.')
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 }
}

async function traceAction(browser: Browser, page: Page, index: number, control: Locator) {
  const point = await pointAt(control)
  await settle(page)
  const objects = await rowObjects(page, index)
  const trace = await traced(browser, page, async () => {
    await page.mouse.click(point.x, point.y)
    await page.waitForTimeout(AFTER_ACTION_MS)
  })
  return {
    rowObjects: objects,
    layouts: trace.layouts,
    maxDirty: Math.max(0, ...trace.layouts.map((layout) => layout.dirty)),
    maxMs: Math.max(0, ...trace.layouts.map((layout) => layout.ms)),
    layoutMs: trace.layoutMs,
  }
}

export async function traceActions(browser: Browser, pages: Pages, key: string) {
  // The plain page first: its table's layout after a toggle is what a layout of 1,000 rows
  // costs on this machine now.
  const plain = await openRows(browser, pages.plainDom, key)
  const app = await openRows(browser, pages.app, key)
  const index = await middleRow(app.page)
  const row = app.page.locator('tbody tr[data-handler-id]').nth(index)
  const plainRow = plain.page.locator('tbody tr[data-handler-id]').nth(index)
  await plain.page.bringToFront()
  const plainToggle = await traceAction(browser, plain.page, index, plainRow.getByRole('switch'))
  await plain.context.close()

  const judged = (action: Awaited<ReturnType<typeof traceAction>>): ActionLayouts => ({
    ...action,
    ownRowOnly:
      action.maxDirty <= action.rowObjects && action.maxMs <= plainToggle.maxMs * ROW_SHARE,
  })
  await app.page.bringToFront()
  const toggle = judged(await traceAction(browser, app.page, index, row.getByRole('switch')))
  const reveal = judged(
    await traceAction(
      browser,
      app.page,
      index,
      row.getByRole('button', { name: en['handlers.target.reveal'] }),
    ),
  )
  const select = judged(await traceAction(browser, app.page, index, row.getByRole('checkbox')))
  await app.context.close()
  return { toggle, reveal, select, plainToggle: judged(plainToggle) }
}

export type ActionTraces = Awaited<ReturnType<typeof traceActions>>
