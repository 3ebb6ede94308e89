// The 1,000-row page, dashboard and plain DOM alternating so that machine noise falls on both:
// navigation to the 1,000th row in the DOM in a fresh browser profile (cold) and the same page
// opened again with its files cached (warm). Then a check that the plain page is a fair limit:
// the same rows with the same texts (all but the findings, which are the dashboard's own
// review), and names isolated the same way.

import type { Browser, Page } from 'playwright-core'
import {
  median,
  openRows,
  PAGE,
  rowsShownAt,
  signedInContext,
  watchRows,
  type Pages,
} from './pages'

/** A navigation's milestones, in ms from its start. */
export interface Visit {
  /** The list request sent. */
  sent: number
  /** Its answer received. */
  answered: number
  /** The 1,000th row in the DOM. */
  rows: number
}

export interface RowRun {
  cold: Visit
  warm: Visit
}

async function visitTimes(page: Page): Promise<Visit> {
  const rows = await rowsShownAt(page)
  const request = await page.evaluate(() => {
    const entry = performance
      .getEntriesByType('resource')
      .find((resource) => resource.name.includes('/notification-handlers/')) as
      PerformanceResourceTiming | undefined
    return entry ? { sent: entry.startTime, answered: entry.responseEnd } : null
  })
  if (!request) throw new Error(`${page.url()} made no list request`)
  return { ...request, rows }
}

async function rowsTime(browser: Browser, url: string, key: string): Promise<RowRun> {
  const context = await signedInContext(browser, key)
  await watchRows(context, PAGE)
  const page = await context.newPage()
  await page.goto(url)
  const cold = await visitTimes(page)
  await page.goto('about:blank')
  await page.goto(url)
  const warm = await visitTimes(page)
  await context.close()
  return { cold, warm }
}

export async function measureRows(browser: Browser, pages: Pages, key: string, runs: number) {
  const app: RowRun[] = []
  const plainDom: RowRun[] = []
  // One unmeasured round warms the server and the simulator's JSON for both.
  await rowsTime(browser, pages.app, key)
  await rowsTime(browser, pages.plainDom, key)
  for (let run = 0; run < runs; run++) {
    app.push(await rowsTime(browser, pages.app, key))
    plainDom.push(await rowsTime(browser, pages.plainDom, key))
  }
  return { app, plainDom }
}

export type RowRuns = Awaited<ReturnType<typeof measureRows>>

/** Medians and ratios of the runs. */
export function rowFigures(runs: RowRuns) {
  const at = (list: RowRun[], visit: keyof RowRun, milestone: keyof Visit) =>
    median(list.map((run) => run[visit][milestone]))
  const figures = (visit: keyof RowRun) => {
    const app = at(runs.app, visit, 'rows')
    const plainDom = at(runs.plainDom, visit, 'rows')
    const milestones = (list: RowRun[]) =>
      `request sent ${Math.round(at(list, visit, 'sent'))} ms, answered ` +
      `${Math.round(at(list, visit, 'answered'))} ms, 1,000th row ${Math.round(at(list, visit, 'rows'))} ms`
    const list = (runList: RowRun[]) => runList.map((run) => Math.round(run[visit].rows)).join(' ')
    return {
      app,
      plainDom,
      ratio: app / plainDom,
      runs:
        `1,000 rows ${visit} (ms): app ${list(runs.app)}; plain DOM ${list(runs.plainDom)}\n` +
        `  medians: app ${milestones(runs.app)}; plain DOM ${milestones(runs.plainDom)}`,
    }
  }
  return { cold: figures('cold'), warm: figures('warm') }
}

/** Each row's visible texts, cell by cell, and how many names are isolated with dir=auto. */
function rowTexts(page: Page) {
  return page.evaluate(() => {
    const rows = [...document.querySelectorAll('tbody tr[data-handler-id]')]
    return {
      rows: rows.map((row) =>
        // The findings are the dashboard's own review (the plain page has none), and the last
        // cell holds the row's menu: an icon in one page, a character in the other.
        [...(row as HTMLTableRowElement).cells]
          .filter((_cell, index, cells) => index !== 5 && index !== cells.length - 1)
          .map((cell) => cell.textContent.trim())
          .join(' | '),
      ),
      isolatedNames: rows.filter((row) =>
        (row as HTMLTableRowElement).cells[1]?.matches('[dir="auto"]'),
      ).length,
    }
  })
}

export interface Fairness {
  rows: { app: number; plainDom: number }
  sameText: number
  isolatedNames: { app: number; plainDom: number }
  /** The first rows whose texts differ, both versions. */
  differences: string[]
}

export async function checkFairness(browser: Browser, pages: Pages, key: string) {
  const read = async (url: string) => {
    const { context, page } = await openRows(browser, url, key)
    const texts = await rowTexts(page)
    await context.close()
    return texts
  }
  const app = await read(pages.app)
  const plainDom = await read(pages.plainDom)
  const differences: string[] = []
  let sameText = 0
  app.rows.forEach((text, index) => {
    if (text === plainDom.rows[index]) sameText++
    else if (differences.length < 3) {
      differences.push(`app: ${text}\n    plain DOM: ${plainDom.rows[index] ?? '(none)'}`)
    }
  })
  return {
    rows: { app: app.rows.length, plainDom: plainDom.rows.length },
    sameText,
    isolatedNames: { app: app.isolatedNames, plainDom: plainDom.isolatedNames },
    differences,
  } satisfies Fairness
}
