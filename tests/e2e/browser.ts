// One Chromium for the whole run, started by the global setup; a fresh context and page per test,
// console and page errors collected for the test to check, and a screenshot of the page when a
// test fails.

import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserServer,
  type Page,
} from 'playwright-core'
import { afterAll, afterEach, beforeAll, beforeEach, inject } from 'vitest'
import type { DemoKeys } from './context'
import { findBrowser } from './tools'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
export const RESULTS_DIR = join(ROOT, 'test-results')

// Playwright's own browser download cannot work here; these keep Debian's Chromium quiet on a
// closed network. Playwright gives every launch a fresh temporary --user-data-dir itself.
export const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

export async function launch(): Promise<Browser> {
  const executablePath = findBrowser()
  try {
    return await chromium.launch({ executablePath, headless: true, args: FLAGS })
  } catch (error) {
    throw startError(executablePath, error)
  }
}

/** A browser the specs connect to, each file over its own connection. */
export async function launchServer(): Promise<BrowserServer> {
  const executablePath = findBrowser()
  try {
    return await chromium.launchServer({ executablePath, headless: true, args: FLAGS })
  } catch (error) {
    throw startError(executablePath, error)
  }
}

function startError(executablePath: string, error: unknown): Error {
  // Debian's wrapper script prints a harmless `[: …: unexpected operator` line at start.
  const message = String(error instanceof Error ? error.message : error)
    .split('\n')
    .filter((line) => !/\[: .*unexpected operator/.test(line))
    .join('\n')
  return new Error(`Could not start ${executablePath}: ${message}`, { cause: error })
}

export interface BrowserSession {
  readonly page: Page
  readonly context: BrowserContext
  /** Console errors and uncaught page errors of the current test, in order. */
  readonly errors: string[]
  /** Every URL the main frame showed during the current test, history changes included. */
  readonly visitedUrls: string[]
  /** Every URL the page requested during the current test. */
  readonly requestedUrls: string[]
  readonly appUrl: string
  readonly keys: DemoKeys
}

/** Call once at the top of a spec file. */
export function setupBrowser(): BrowserSession {
  const appUrl = inject('appUrl')
  const keys = inject('keys')
  let browser: Browser | undefined
  let context: BrowserContext | undefined
  let page: Page | undefined
  const errors: string[] = []
  const visitedUrls: string[] = []
  const requestedUrls: string[] = []

  beforeAll(async () => {
    browser = await chromium.connect(inject('browserEndpoint'))
  })

  afterAll(async () => {
    // Closes this file's contexts and the connection; the browser serves the next file.
    await browser?.close()
  })

  beforeEach(async () => {
    if (!browser) throw new Error('The browser did not start.')
    errors.length = 0
    visitedUrls.length = 0
    requestedUrls.length = 0
    context = await browser.newContext({
      baseURL: appUrl,
      locale: 'en-US',
      timezoneId: 'UTC',
      viewport: { width: 1280, height: 900 },
    })
    context.setDefaultTimeout(15_000)
    page = await context.newPage()
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`console: ${message.text()}`)
    })
    page.on('pageerror', (error) => errors.push(`page: ${error.message}`))
    page.on('framenavigated', (frame) => {
      if (frame === page?.mainFrame()) visitedUrls.push(frame.url())
    })
    context.on('request', (request) => requestedUrls.push(request.url()))
  })

  afterEach(async ({ task }) => {
    if (task.result?.state === 'fail' && page && !page.isClosed()) {
      await mkdir(RESULTS_DIR, { recursive: true })
      const path = join(RESULTS_DIR, `${fileName(task.name)}.png`)
      await page.screenshot({ path, fullPage: true }).catch(() => undefined)
      console.error(`Screenshot of the failed test: ${path}`)
    }
    await context?.close()
    context = undefined
    page = undefined
  })

  const current = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`No ${what}: use it inside a test.`)
    return value
  }

  return {
    get page() {
      return current(page, 'page')
    },
    get context() {
      return current(context, 'browser context')
    },
    errors,
    visitedUrls,
    requestedUrls,
    appUrl,
    keys,
  }
}

/** Saves a picture for people to look at; nothing compares pixels. */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
  await mkdir(RESULTS_DIR, { recursive: true })
  await page.screenshot({ path: join(RESULTS_DIR, `${fileName(name)}.png`), fullPage: true })
}

function fileName(name: string): string {
  return name.replace(/[^\w.-]+/g, '-').replace(/^-+|-+$/g, '') || 'screenshot'
}
