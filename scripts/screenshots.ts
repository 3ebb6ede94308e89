// `npm run screenshots`: the README's pictures, taken from the production build against the
// simulator as the e2e suite serves them. Each screen in English and in Persian: the table, the
// edit drawer of a webhook, and the report of a bulk action in which one request failed; and the
// table in dark mode.
//
// Reduced motion turns Mantine's transitions off, so nothing is caught half open. Before each
// picture the page must have no skeleton, loader or busy region left, its fonts loaded, and no
// API key anywhere in its text or fields.

import { mkdir, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Browser, BrowserContextOptions, Page } from 'playwright-core'
import type { MessageKey } from '../src/i18n/en'
import type { Language } from '../src/i18n/format'
import { en } from '../src/i18n/en'
import { fa } from '../src/i18n/fa'
import { registerCatalogue, translate } from '../src/i18n/i18n'
import { launch } from '../tests/e2e/browser'
import { startStack, type Stack } from './e2e-stack'

// The page loads its catalogue on demand; here both are at hand.
registerCatalogue('en', en)
registerCatalogue('fa', fa)

type BulkAction = 'enable' | 'disable'

const OUT_DIR = fileURLToPath(new URL('../docs/screenshots', import.meta.url))
const VIEWPORT = { width: 1280, height: 800 }
const LOCALES: Record<Language, string> = { en: 'en-US', fa: 'fa-IR' }

interface Shot {
  stack: Stack
  page: Page
  language: Language
}

async function open(
  browser: Browser,
  stack: Stack,
  language: Language,
  options: BrowserContextOptions = {},
): Promise<Shot> {
  const context = await browser.newContext({
    baseURL: stack.appUrl,
    viewport: VIEWPORT,
    deviceScaleFactor: 1,
    // The browser's language picks the dashboard's first language.
    locale: LOCALES[language],
    timezoneId: 'Asia/Tehran',
    colorScheme: 'light',
    reducedMotion: 'reduce',
    ...options,
  })
  context.setDefaultTimeout(30_000)
  const page = await context.newPage()
  page.on('pageerror', (error) => console.error(`page error: ${error.message}`))
  return { stack, page, language }
}

async function signIn({ page, language }: Shot, key: string) {
  await page.goto('/sign-in')
  await page.getByLabel(translate(language, 'signIn.key'), { exact: true }).fill(key)
  await page
    .getByRole('button', { name: translate(language, 'signIn.submit'), exact: true })
    .click()
  await page.locator('table tbody tr[data-handler-id]').first().waitFor()
}

/** Waits until nothing on the page is still loading, then checks that no key is in sight. */
async function settle({ page, stack }: Shot) {
  await page.waitForFunction(
    () =>
      document.fonts.status === 'loaded' &&
      !document.querySelector(
        '[aria-busy="true"], .mantine-Skeleton-root[data-visible], .mantine-Loader-root',
      ),
  )
  // Nothing under the pointer is hovered or shows a tooltip.
  await page.mouse.move(0, 0)
  await page.waitForTimeout(300)
  const shown = await page.evaluate(() =>
    [
      document.body.innerText,
      ...Array.from(document.querySelectorAll('input, textarea'), (field) =>
        field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement
          ? field.value
          : '',
      ),
    ].join('\n'),
  )
  if (Object.values(stack.keys).some((key) => shown.includes(key))) {
    throw new Error('An API key is on the screen; no picture taken.')
  }
}

async function save(shot: Shot, name: string) {
  await settle(shot)
  const path = join(OUT_DIR, `${name}.png`)
  await shot.page.screenshot({ path })
  const { size } = await stat(path)
  console.log(`  ${name}.png  ${Math.round(size / 1024)} kB`)
}

/** A webhook of the account, as the API lists it. */
async function firstWebhook(stack: Stack): Promise<number> {
  const response = await fetch(
    `${stack.simUrl}/api/notification-handlers/?page=1&results_per_page=1000`,
    { headers: { Authorization: `Bearer ${stack.keys.main}` } },
  )
  const body = (await response.json()) as { data: { id: number; type: string | null }[] }
  const webhook = body.data.find((handler) => handler.type === 'webhook')
  if (!webhook) throw new Error('The main account has no webhook to show in the form.')
  return webhook.id
}

async function tableAndForm(browser: Browser, stack: Stack, language: Language) {
  const shot = await open(browser, stack, language)
  try {
    await signIn(shot, stack.keys.main)
    await save(shot, `table-${language}`)

    await shot.page.goto(`/handlers/${await firstWebhook(stack)}/edit`)
    const drawer = shot.page.getByRole('dialog', {
      name: translate(language, 'form.title.edit'),
    })
    await drawer.getByRole('button', { name: translate(language, 'form.submit.save') }).waitFor()
    await save(shot, `form-${language}`)
  } finally {
    await shot.page.context().close()
  }
}

/** One request of the page's bulk action answers 500, so the report shows a failure. */
async function failOne(stack: Stack, page: Page, action: BulkAction) {
  const rows = await page.locator('table tbody tr[data-handler-id]').evaluateAll((rows) =>
    rows.map((row) => ({
      id: row.getAttribute('data-handler-id') ?? '',
      enabled: row.querySelector<HTMLInputElement>('input[role="switch"]')?.checked ?? null,
    })),
  )
  const path = (id: string) => `/notification-handlers/${id}`
  // A fault matches a path by its start: pick a row the action changes whose path starts no
  // other row's.
  const target = rows.find(
    ({ id, enabled }) =>
      enabled === (action === 'disable') &&
      rows.every((other) => other.id === id || !path(other.id).startsWith(path(id))),
  )
  if (!target) throw new Error(`No row to make fail on ${action}.`)
  const response = await fetch(`${stack.simUrl}/__sim/faults`, {
    method: 'POST',
    body: JSON.stringify({ method: 'POST', path: path(target.id), status: 500 }),
  })
  if (response.status !== 201)
    throw new Error(`The simulator refused the fault: ${response.status}`)
}

async function bulkReport(browser: Browser, stack: Stack, language: Language, action: BulkAction) {
  const shot = await open(browser, stack, language)
  const { page } = shot
  const t = (key: MessageKey) => translate(language, key)
  try {
    await signIn(shot, stack.keys.main)
    await failOne(stack, page, action)
    await page.getByRole('checkbox', { name: t('bulk.select.page'), exact: true }).click()
    const toolbar = page.getByRole('group', { name: t('bulk.actions'), exact: true })
    await toolbar.getByRole('button', { name: t(`bulk.${action}`), exact: true }).click()
    const report = page.getByRole('region', { name: t('bulk.report.label'), exact: true })
    await report.getByText(t('bulk.report.problems'), { exact: true }).waitFor()
    await page.getByRole('checkbox', { name: t('bulk.select.page'), exact: true }).waitFor()
    await save(shot, `bulk-report-${language}`)
  } finally {
    await fetch(`${stack.simUrl}/__sim/faults`, { method: 'DELETE' })
    await page.context().close()
  }
}

async function darkTable(browser: Browser, stack: Stack) {
  const shot = await open(browser, stack, 'en', { colorScheme: 'dark' })
  try {
    await signIn(shot, stack.keys.main)
    await save(shot, 'table-dark-en')
  } finally {
    await shot.page.context().close()
  }
}

async function main() {
  await mkdir(OUT_DIR, { recursive: true })
  const stack = await startStack()
  try {
    const browser = await launch()
    try {
      console.log(`Writing to ${OUT_DIR}:`)
      // The table and the form first, while every handler is as the simulator seeded it.
      for (const language of ['en', 'fa'] as const) await tableAndForm(browser, stack, language)
      await darkTable(browser, stack)
      // English disables the first page, with one failure; Persian enables it again.
      await bulkReport(browser, stack, 'en', 'disable')
      await bulkReport(browser, stack, 'fa', 'enable')
    } finally {
      await browser.close()
    }
  } finally {
    await stack.stop()
  }
}

await main()
