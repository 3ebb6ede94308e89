// `npm run bench`: how fast the production dashboard is in Chromium, next to a plain-DOM page
// that renders the same rows from the same answer. It builds the bundle (with hidden source maps,
// for the per-package breakdown), starts `npm run sim` and the production server on loopback,
// prints a table of figures against their budgets and writes them to test-results/bench.json.
//
//   bundle    JS and CSS the browser loads before the sign-in form, and before the first row of
//             the table, shows; the table screen's JS by package
//   1000 rows navigation to the 1,000th row in the DOM on a 1,000-per-page view, app and plain
//             DOM alternating, median of --runs: cold (a fresh browser profile) and warm (the same
//             page opened again, its files cached)
//   toggle    click on a row's switch (far down the page, scrolled to) to React's new state of
//             that switch in the DOM
//   heap      JS heap after a forced GC, with 1,000 rows on screen and with 5,000 handlers loaded
//   search    a keystroke to the table filtered over 5,000 handlers
//   requests  the simulator's request log for opening the table, a toggle, an edit, a delete,
//             and a window refocus
//
// Every run has a fresh browser context: nothing is cached from the run before it.

import { spawn, type ChildProcess } from 'node:child_process'
import { cp, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { FLAGS, findBrowser } from '../tests/e2e/browser'
import { build, startAppServer, waitUntilReady, type AppServer } from '../tests/e2e/global-setup'
import type { LoggedRequest } from '../src/sim/types'
import { SEARCH_INPUT_ID } from '../src/features/handlers/shortcuts'
import { en } from '../src/i18n/en'
import { filesSize, packageShares, type PackageShare, type Size } from './bench/bundle'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const BASELINE_DIR = join(ROOT, 'scripts/bench/baseline')
const RESULTS = join(ROOT, 'test-results/bench.json')
const HANDLERS = 5000
const PAGE = 1000

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    // Only the 1,000-row comparison, for a quick look while working on the table.
    'rows-only': { type: 'boolean', default: false },
  },
})
const RUNS = Math.max(1, Number(values.runs) || 5)

interface Sim {
  url: string
  key: string
  stop: () => Promise<void>
}

/** `npm run sim` on a free port, without a rate limit; the main account's key from its output. */
async function startSim(): Promise<Sim> {
  const child = spawn(
    'npm',
    ['run', '--silent', 'sim', '--', '--port', '0', '--handlers', String(HANDLERS), '--rate', '0'],
    { cwd: ROOT, detached: true, stdio: ['ignore', 'pipe', 'inherit'] },
  )
  const stop = () => stopGroup(child)
  let key = ''
  const lines = createInterface({ input: child.stdout! })
  for await (const line of lines) {
    // The simulator prints its demo keys; they stay out of this script's output.
    const keyMatch = /^key (\S+)\s+Main account/.exec(line)
    if (keyMatch?.[1]) key = keyMatch[1]
    const urlMatch = /listening on (\S+)/.exec(line)
    if (urlMatch?.[1] && key) return { url: urlMatch[1], key, stop }
  }
  await stop()
  throw new Error('npm run sim ended before it was listening.')
}

function stopGroup(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) {
    return Promise.resolve()
  }
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  process.kill(-child.pid, 'SIGTERM')
  return exited
}

// ---------------------------------------------------------------------------------------------
// Browser helpers

/** A fresh context whose tab is signed in to the account, as the dashboard stores it. */
async function signedInContext(browser: Browser, key: string): Promise<BrowserContext> {
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

/**
 * Records, from the first byte of the page, the moment the `n`th table row is in the DOM. (Page
 * functions here define no named functions: the script runner would wrap those in a helper that
 * exists only in Node.)
 */
function watchRows(context: BrowserContext, n: number) {
  return context.addInitScript((count) => {
    new MutationObserver((_records, observer) => {
      if (!document.querySelector(`tbody tr:nth-child(${count})`)) return
      ;(window as unknown as { rowsAt: number }).rowsAt = performance.now()
      observer.disconnect()
    }).observe(document, { childList: true, subtree: true })
  }, n)
}

/** When the `n`th row was in the DOM, in ms from the start of the navigation. */
async function rowsShownAt(page: Page): Promise<number> {
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

/** A navigation's milestones, in ms from its start. */
interface Visit {
  /** The list request sent. */
  sent: number
  /** Its answer received. */
  answered: number
  /** The `n`th row in the DOM. */
  rows: number
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

/** JS heap in use after a full garbage collection. */
async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('HeapProfiler.collectGarbage')
  const { usedSize } = await cdp.send('Runtime.getHeapUsage')
  await cdp.detach()
  return usedSize
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

async function settle(page: Page) {
  await page.waitForLoadState('networkidle')
  await page.waitForTimeout(300)
}

// ---------------------------------------------------------------------------------------------
// Measurements

/** The JS and CSS files a page asked for from navigation until `ready` resolved. */
async function loadedUntil(page: Page, url: string, ready: () => Promise<unknown>) {
  const files: string[] = []
  const record = (request: { url: () => string }) => {
    const { pathname } = new URL(request.url())
    if (/\.(js|css)$/.test(pathname)) files.push(pathname.slice(1))
  }
  page.on('request', record)
  await page.goto(url)
  await ready()
  page.off('request', record)
  return {
    js: files.filter((file) => file.endsWith('.js')),
    css: files.filter((file) => file.endsWith('.css')),
  }
}

async function measureBundles(browser: Browser, app: AppServer, key: string) {
  const signInContext = await browser.newContext()
  const signInPage = await signInContext.newPage()
  const signIn = await loadedUntil(signInPage, `${app.url}/sign-in`, () =>
    signInPage.getByLabel(en['signIn.key'], { exact: true }).waitFor(),
  )
  await signInContext.close()

  const tableContext = await signedInContext(browser, key)
  const tablePage = await tableContext.newPage()
  const table = await loadedUntil(tablePage, `${app.url}/handlers`, () =>
    tablePage.locator('tbody tr[data-handler-id]').first().waitFor(),
  )
  await tableContext.close()
  return { signIn, table }
}

interface RowRun {
  /** A browser that has never seen the page: every file downloaded and compiled. */
  cold: Visit
  /** The same page opened again, its files in the browser's cache. */
  warm: Visit
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

async function measureRows(browser: Browser, app: AppServer, key: string) {
  const appRuns: RowRun[] = []
  const baselineRuns: RowRun[] = []
  // One unmeasured round warms the server and the simulator's JSON for both.
  await rowsTime(browser, `${app.url}/handlers?per_page=${PAGE}`, key)
  await rowsTime(browser, `${app.url}/bench-baseline/?per_page=${PAGE}`, key)
  for (let run = 0; run < RUNS; run++) {
    appRuns.push(await rowsTime(browser, `${app.url}/handlers?per_page=${PAGE}`, key))
    baselineRuns.push(await rowsTime(browser, `${app.url}/bench-baseline/?per_page=${PAGE}`, key))
  }
  return { appRuns, baselineRuns }
}

/** Opens the 1,000-row page: toggles, heap. */
async function measureTablePage(browser: Browser, app: AppServer, key: string) {
  const context = await signedInContext(browser, key)
  const page = await context.newPage()
  await page.goto(`${app.url}/handlers?per_page=${PAGE}`)
  await page.locator(`tbody tr:nth-child(${PAGE})`).waitFor({ timeout: 60_000 })
  await settle(page)
  const heap = await heapAfterGc(page)

  const toggles: number[] = []
  for (let run = 0; run < RUNS; run++) {
    // A different row each time, far down the page, scrolled to as a user would.
    const row = PAGE - 1 - run * 7
    const target = page.locator(`tbody tr:nth-child(${row + 1})`)
    await target.scrollIntoViewIfNeeded()
    await target.getByRole('switch').waitFor()
    toggles.push(
      await page.evaluate(async (index) => {
        const rows = document.querySelectorAll('tbody tr[data-handler-id]')
        const input = rows[index]?.querySelector<HTMLInputElement>('input[role="switch"]')
        if (!input) throw new Error(`row ${index} has no switch`)
        // The browser flips a checkbox's property at once; React's render shows in attributes.
        const root = input.closest('.mantine-Switch-root') ?? input.parentElement!
        const before = root.outerHTML
        return new Promise<number>((resolve) => {
          const observer = new MutationObserver(() => {
            if (root.outerHTML === before) return
            observer.disconnect()
            resolve(performance.now() - start)
          })
          observer.observe(root, { attributes: true, childList: true, subtree: true })
          const start = performance.now()
          input.click()
        })
      }, row),
    )
    await settle(page)
  }
  await context.close()
  return { heap, toggles }
}

/** The whole account loaded for review, then keystrokes in the search box. */
async function measureSearch(browser: Browser, app: AppServer, key: string) {
  const context = await signedInContext(browser, key)
  const page = await context.newPage()
  // Sorting makes the table page the whole account in the browser: all 5,000 are loaded.
  await page.goto(`${app.url}/handlers?sort=name`)
  await page.locator('tbody tr[data-handler-id]').first().waitFor({ timeout: 60_000 })
  await settle(page)
  const heap = await heapAfterGc(page)

  const search = page.locator(`#${SEARCH_INPUT_ID}`)
  const keystrokes: number[] = []
  // Each query a letter longer, then cleared: every keystroke changes what matches.
  const queries = ['e', 'a', 'o', 'i', 's', 'n', 't', 'r', 'l', 'c'].slice(0, RUNS)
  for (const letter of queries) {
    await search.fill('')
    await settle(page)
    await search.focus()
    // The listener is in place before the key is pressed; the promise waits on the page.
    await page.evaluate(() => {
      const input = document.activeElement as HTMLInputElement
      const busy = document.querySelector('table')!.closest('[aria-busy]')!
      const state = window as unknown as { keystroke: Promise<number> }
      state.keystroke = new Promise<number>((resolve, reject) => {
        let start = 0
        input.addEventListener('keydown', () => (start = performance.now()), { once: true })
        const observer = new MutationObserver(() => {
          if (start === 0 || input.value.length === 0 || busy.ariaBusy !== 'false') return
          observer.disconnect()
          resolve(performance.now() - start)
        })
        observer.observe(busy, { attributes: true, childList: true, subtree: true })
        setTimeout(() => {
          observer.disconnect()
          const seen = `value "${input.value}", aria-busy ${busy.ariaBusy}, key at ${start}`
          reject(new Error(`the table did not settle after a keystroke: ${seen}`))
        }, 20_000)
      })
    })
    await page.keyboard.press(letter)
    keystrokes.push(
      await page.evaluate(() => (window as unknown as { keystroke: Promise<number> }).keystroke),
    )
  }
  await context.close()
  return { heap, keystrokes }
}

async function simRequests(sim: Sim, since: number): Promise<LoggedRequest[]> {
  const response = await fetch(`${sim.url}/__sim/requests`)
  const all = (await response.json()) as LoggedRequest[]
  return all.slice(since)
}

async function logLength(sim: Sim): Promise<number> {
  return (await simRequests(sim, 0)).length
}

const describeRequests = (requests: LoggedRequest[]) =>
  requests.map((request) => `${request.method} ${request.path}`)

/** Requests the simulator saw for each user action. */
async function measureRequests(browser: Browser, app: AppServer, sim: Sim) {
  const context = await signedInContext(browser, sim.key)
  const page = await context.newPage()
  const counts: Record<string, string[]> = {}
  const during = async (name: string, action: () => Promise<unknown>) => {
    const before = await logLength(sim)
    await action()
    await settle(page)
    counts[name] = describeRequests(await simRequests(sim, before))
  }

  await during('open the table', async () => {
    await page.goto(`${app.url}/handlers`)
    await page.locator('tbody tr[data-handler-id]').first().waitFor()
  })
  const firstRow = page.locator('tbody tr[data-handler-id]').first()
  const name = (await firstRow.locator('td').nth(1).innerText()).trim()

  await during('toggle', () => firstRow.getByRole('switch').click())
  await during('edit', async () => {
    await firstRow.getByRole('button', { name: /^Actions for/ }).click()
    await page.getByRole('menuitem', { name: en['handlers.actions.edit'] }).click()
    const drawer = page.getByRole('dialog')
    const field = drawer.getByRole('textbox', { name: en['form.name.label'] })
    await field.fill(`${name} (renamed)`)
    await drawer.getByRole('button', { name: en['form.submit.save'] }).click()
    await drawer.waitFor({ state: 'detached' })
  })
  await during('delete', async () => {
    const id = await page
      .locator('tbody tr[data-handler-id]')
      .nth(1)
      .getAttribute('data-handler-id')
    const row = page.locator(`tbody tr[data-handler-id="${id}"]`)
    await row.getByRole('button', { name: /^Actions for/ }).click()
    await page.getByRole('menuitem', { name: en['handlers.actions.delete'] }).click()
    await row.waitFor({ state: 'detached' })
    // Closing the undo notice sends the delete now.
    await page.getByRole('alert').getByRole('button', { name: en['notifications.close'] }).click()
  })
  await during('window refocus', () =>
    page.evaluate(() => {
      document.dispatchEvent(new Event('visibilitychange'))
      window.dispatchEvent(new Event('focus'))
    }),
  )
  await context.close()
  return counts
}

// ---------------------------------------------------------------------------------------------
// Report

/** Medians and ratios of the 1,000-row runs, and where the time went. */
function rowSummary({ appRuns, baselineRuns }: { appRuns: RowRun[]; baselineRuns: RowRun[] }) {
  const at = (runs: RowRun[], visit: keyof RowRun, milestone: keyof Visit) =>
    median(runs.map((run) => run[visit][milestone]))
  const figures = (visit: keyof RowRun) => {
    const app = at(appRuns, visit, 'rows')
    const plainDom = at(baselineRuns, visit, 'rows')
    return { app, plainDom, ratio: app / plainDom }
  }
  const list = (runs: RowRun[], visit: keyof RowRun) =>
    runs.map((run) => Math.round(run[visit].rows)).join(' ')
  const milestones = (runs: RowRun[], visit: keyof RowRun) =>
    `request sent ${Math.round(at(runs, visit, 'sent'))} ms, answered ${Math.round(at(runs, visit, 'answered'))} ms, ` +
    `1,000th row ${Math.round(at(runs, visit, 'rows'))} ms`
  const runs = (['cold', 'warm'] as const)
    .map(
      (visit) =>
        `Runs, 1,000 rows ${visit} (ms): app ${list(appRuns, visit)}; plain DOM ${list(baselineRuns, visit)}\n` +
        `  medians: app ${milestones(appRuns, visit)}; plain DOM ${milestones(baselineRuns, visit)}`,
    )
    .join('\n')
  return { cold: figures('cold'), warm: figures('warm'), runs }
}

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`
const msText = (value: number) => `${value.toFixed(value < 10 ? 1 : 0)} ms`
const MB = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`

interface Line {
  figure: string
  value: string
  budget: string
  ok: boolean | null
}

function table(lines: Line[]): string {
  const width = (key: keyof Line) =>
    Math.max(...lines.map((line) => String(line[key]).length), key.length)
  const widths = { figure: width('figure'), value: width('value'), budget: width('budget') }
  const row = (figure: string, value: string, budget: string, verdict: string) =>
    `${figure.padEnd(widths.figure)}  ${value.padStart(widths.value)}  ${budget.padEnd(widths.budget)}  ${verdict}`
  return [
    row('figure', 'value', 'budget', ''),
    ...lines.map((line) =>
      row(line.figure, line.value, line.budget, line.ok === null ? '' : line.ok ? 'ok' : 'OVER'),
    ),
  ].join('\n')
}

function shareTable(shares: PackageShare[], total: Size): string {
  return shares
    .filter((share) => share.gzip >= 500)
    .map(
      (share) =>
        `  ${share.name.padEnd(28)} ${kB(share.gzip).padStart(9)} gzip  ${kB(share.raw).padStart(9)} min  ${((share.gzip / total.gzip) * 100).toFixed(0).padStart(3)} %`,
    )
    .join('\n')
}

async function main() {
  const outDir = await mkdtemp(join(tmpdir(), 'conecto-bench-'))
  const stops: (() => Promise<void>)[] = [() => rm(outDir, { recursive: true, force: true })]
  const stopAll = async () => {
    for (const stop of stops.reverse()) await stop().catch(() => {})
  }
  process.once('SIGINT', () => void stopAll().finally(() => process.exit(130)))

  try {
    await build(outDir, ['--sourcemap', 'hidden'])
    // The plain-DOM page is served by the same server, so it reaches /api the same way.
    await cp(BASELINE_DIR, join(outDir, 'bench-baseline'), { recursive: true })
    const sim = await startSim()
    stops.push(sim.stop)
    const app = await startAppServer(outDir, sim.url)
    stops.push(app.stop)
    await waitUntilReady(app, sim.key)
    const browser = await chromium.launch({
      executablePath: findBrowser(),
      headless: true,
      args: [...FLAGS, '--js-flags=--expose-gc'],
    })
    stops.push(() => browser.close())
    const version = browser.version()

    console.log(`Chromium ${version}, ${RUNS} runs per figure, ${HANDLERS} handlers\n`)
    const bundles = await measureBundles(browser, app, sim.key)
    const signInJs = filesSize(outDir, bundles.signIn.js)
    const signInCss = filesSize(outDir, bundles.signIn.css)
    const tableJs = filesSize(outDir, bundles.table.js)
    const tableCss = filesSize(outDir, bundles.table.css)
    const shares = packageShares(outDir, bundles.table.js)
    const allJs = (await readdir(join(outDir, 'assets'))).filter((file) => file.endsWith('.js'))
    const lazy = allJs
      .map((file) => `assets/${file}`)
      .filter((file) => !bundles.table.js.includes(file))

    console.log('Measuring 1,000 rows…')
    const rows = await measureRows(browser, app, sim.key)
    const rowFigures = rowSummary(rows)
    if (values['rows-only']) {
      console.log(rowFigures.runs)
      for (const visit of ['cold', 'warm'] as const) {
        console.log(`${visit}: ratio of medians ${rowFigures[visit].ratio.toFixed(2)}×`)
      }
      return
    }
    console.log('Measuring toggles and heap…')
    const tablePage = await measureTablePage(browser, app, sim.key)
    console.log('Measuring search over 5,000…')
    const search = await measureSearch(browser, app, sim.key)
    console.log('Counting requests…')
    const requests = await measureRequests(browser, app, sim)

    const toggle = median(tablePage.toggles)
    const keystroke = median(search.keystrokes)

    const lines: Line[] = [
      { figure: 'sign-in screen JS', value: `${kB(signInJs.gzip)} gzip`, budget: '', ok: null },
      { figure: 'sign-in screen CSS', value: `${kB(signInCss.gzip)} gzip`, budget: '', ok: null },
      {
        figure: 'table screen JS',
        value: `${kB(tableJs.gzip)} gzip`,
        budget: '≤ 150 kB',
        ok: tableJs.gzip <= 150_000,
      },
      {
        figure: 'table screen CSS',
        value: `${kB(tableCss.gzip)} gzip`,
        budget: '≤ 25 kB',
        ok: tableCss.gzip <= 25_000,
      },
      ...(['cold', 'warm'] as const).flatMap((visit): Line[] => {
        const figures = rowFigures[visit]
        return [
          { figure: `1,000 rows ${visit}, app`, value: msText(figures.app), budget: '', ok: null },
          {
            figure: `1,000 rows ${visit}, plain DOM`,
            value: msText(figures.plainDom),
            budget: '',
            ok: null,
          },
          {
            figure: `1,000 rows ${visit}, ratio`,
            value: `${figures.ratio.toFixed(2)}×`,
            budget: '≤ 2.5×',
            ok: figures.ratio <= 2.5,
          },
        ]
      }),
      { figure: 'toggle to new state', value: msText(toggle), budget: '≤ 50 ms', ok: toggle <= 50 },
      {
        figure: 'heap, 1,000 rows',
        value: MB(tablePage.heap),
        budget: '≤ 25 MB',
        ok: tablePage.heap <= 25e6,
      },
      {
        figure: 'heap, 5,000 loaded',
        value: MB(search.heap),
        budget: '≤ 60 MB',
        ok: search.heap <= 60e6,
      },
      {
        figure: 'search keystroke, 5,000',
        value: msText(keystroke),
        budget: '≤ 50 ms',
        ok: keystroke <= 50,
      },
      ...Object.entries(requests).map(([name, list]) => {
        const budget = name === 'window refocus' ? 0 : 1
        // Opening the table may also read the profile (the key check the budget excepts).
        const counted = list.filter((request) => !request.endsWith('/user')).length
        return {
          figure: `requests: ${name}`,
          value: String(list.length),
          budget: `${budget}${name === 'open the table' ? ' (+ key check)' : ''}`,
          ok: counted <= budget,
        }
      }),
    ]

    console.log(table(lines))
    console.log(`\nTable screen JS by package (${kB(tableJs.gzip)} gzip in all):`)
    console.log(shareTable(shares, tableJs))
    console.log(`\nLoaded before the first row: ${bundles.table.js.join(', ')}`)
    console.log(
      `Loaded only when used: ${lazy.length} files, ${kB(filesSize(outDir, lazy).gzip)} gzip`,
    )
    for (const [name, list] of Object.entries(requests)) {
      console.log(`Requests, ${name}: ${list.join(', ') || 'none'}`)
    }
    console.log(rowFigures.runs)
    console.log(
      `Runs (ms): toggle ${tablePage.toggles.map(Math.round).join(' ')}; ` +
        `keystroke ${search.keystrokes.map(Math.round).join(' ')}`,
    )

    await mkdir(join(ROOT, 'test-results'), { recursive: true })
    await writeFile(
      RESULTS,
      `${JSON.stringify(
        {
          date: new Date().toISOString(),
          chromium: version,
          runs: RUNS,
          bundle: {
            signIn: { js: signInJs, css: signInCss, files: bundles.signIn },
            table: { js: tableJs, css: tableCss, files: bundles.table, packages: shares },
          },
          rows: {
            app: rows.appRuns,
            plainDom: rows.baselineRuns,
            cold: rowFigures.cold,
            warm: rowFigures.warm,
          },
          toggleMs: tablePage.toggles,
          heap: { rows1000: tablePage.heap, loaded5000: search.heap },
          searchKeystrokeMs: search.keystrokes,
          requests,
        },
        null,
        2,
      )}\n`,
    )
    console.log(`\nWritten to ${RESULTS}`)
  } finally {
    await stopAll()
  }
}

await main()
