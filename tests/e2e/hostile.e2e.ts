import { buffer } from 'node:stream/consumers'
import type { Locator, Page } from 'playwright-core'
import { beforeEach, describe, expect, inject, it } from 'vitest'
import { translate } from '../../src/i18n/i18n'
import { handlerTypes } from '../../src/handler-types/registry'
import { showsAsNothing } from '../../src/features/handlers/handler-name'
import { setupBrowser } from './browser'
import { eventually, handlerRows, rowsReady, signIn, text } from './app'
import {
  HOSTILE,
  hostileHandlers,
  PWNED_FLAG,
  PWNED_HOST,
  TARGET_TYPES,
  targetHandlerName,
} from './hostile-corpus'

const browser = setupBrowser()
const SEEDED = hostileHandlers()
const ALL = `/handlers?per_page=500`
const VALUES = HOSTILE.map(({ value }) => value)

const targetOf = (handler: (typeof SEEDED)[number]) =>
  handler.type === null ? '' : (handler.settings?.[handler.type] ?? '')

/** The first string of each category, for the screens that open one handler at a time. */
const SAMPLES = [...new Set(HOSTILE.map(({ category }) => category))].map((category) =>
  HOSTILE.findIndex((entry) => entry.category === category)!,
)

/**
 * The page's Content-Security-Policy would stop an injected handler from running and so hide
 * the injection: these checks look at what the app itself renders, without that second line.
 */
async function withoutPolicy(page: Page, appUrl: string) {
  const origin = new URL(appUrl).origin
  await page.route(
    (url) =>
      url.origin === origin && !/^\/(api|assets)\//.test(url.pathname) && url.pathname !== '/sw.js',
    async (route) => {
      const response = await route.fetch()
      const headers = { ...response.headers() }
      delete headers['content-security-policy']
      await route.fulfill({ response, headers })
    },
  )
}

/** Alerts, confirms and prompts the page opened: any at all means a payload ran. */
function dialogsOf(page: Page): string[] {
  const opened: string[] = []
  page.on('dialog', (dialog) => {
    opened.push(`${dialog.type()}: ${dialog.message()}`)
    void dialog.dismiss()
  })
  return opened
}

let dialogs: string[] = []

beforeEach(async () => {
  dialogs = dialogsOf(browser.page)
  // Dialogs measured where they come to rest, not mid-slide.
  await browser.page.emulateMedia({ reducedMotion: 'reduce' })
  await withoutPolicy(browser.page, browser.appUrl)
})

/**
 * What only injected markup would leave behind: the flag its script sets, elements the app
 * never renders, handler attributes, and links or sources that are not the app's own.
 */
async function injections(page: Page): Promise<string[]> {
  const found = await page.evaluate(
    ({ flag, values }) => {
      const problems: string[] = []
      if (flag in window) problems.push(`window.${flag} is set`)
      // Mantine puts its own styles in the body, and styles the svgs it draws itself.
      const foreign =
        'iframe, frame, object, embed, img, math, details, marquee, base, video, audio, ' +
        'textarea, foreignObject, body script, body link, body meta, ' +
        'body style:not([data-mantine-styles]), svg:not([class]):not([style])'
      for (const element of document.querySelectorAll(foreign)) {
        problems.push(`a <${element.localName}> element: ${element.outerHTML.slice(0, 120)}`)
      }
      const own = new Set(values)
      for (const element of document.querySelectorAll('*')) {
        for (const { name, value } of element.attributes) {
          if (/^on|^srcdoc$|^formaction$|^xlink:href$/i.test(name)) {
            problems.push(`<${element.localName} ${name}="${value.slice(0, 60)}">`)
          }
        }
      }
      for (const element of document.querySelectorAll('[href], [src], [action]')) {
        const raw =
          element.getAttribute('href') ??
          element.getAttribute('src') ??
          element.getAttribute('action') ??
          ''
        const url = new URL(raw, location.href)
        const appPath = url.origin === location.origin && url.protocol === location.protocol
        if (!appPath || own.has(raw) || own.has(raw.trim())) {
          problems.push(`<${element.localName}> points to ${raw.slice(0, 80)}`)
        }
      }
      return problems
    },
    { flag: PWNED_FLAG, values: [...VALUES, ...SEEDED.map(targetOf)] },
  )
  const requests = browser.requestedUrls.filter((url) => url.includes(PWNED_HOST))
  return [...found, ...dialogs, ...requests.map((url) => `a request to ${url}`)]
}

/**
 * Boxes that leave their place: the page wider than the window, `root` or anything in it
 * outside it sideways, a table wider than its scroll box allows, a cell outside its row, or
 * anything in a cell outside the cell.
 */
async function overflows(page: Page, root: Locator): Promise<string[]> {
  return root.evaluate((scope) => {
    const problems: string[] = []
    const page = document.documentElement
    if (page.scrollWidth > page.clientWidth) {
      problems.push(`the page is ${page.scrollWidth}px wide in a ${page.clientWidth}px window`)
    }
    const describe = (element: Element) =>
      `<${element.localName}> "${(element.textContent ?? '').slice(0, 40)}"`
    const shown = (element: Element) => {
      const box = element.getBoundingClientRect()
      if (box.width < 2 || box.height < 2) return false
      const style = getComputedStyle(element)
      return style.position !== 'absolute' && style.position !== 'fixed' && style.clip === 'auto'
    }
    const inside = (inner: DOMRect, outer: DOMRect, vertically: boolean) =>
      inner.left >= outer.left - 1 &&
      inner.right <= outer.right + 1 &&
      (!vertically || (inner.top >= outer.top - 1 && inner.bottom <= outer.bottom + 1))

    const area = scope.getBoundingClientRect()
    if (area.left < -1 || area.right > innerWidth + 1) {
      problems.push(`${describe(scope)} reaches outside the window`)
    }
    for (const element of scope.querySelectorAll('*')) {
      if (element.closest('table') || !shown(element)) continue
      if (!inside(element.getBoundingClientRect(), area, false)) {
        problems.push(`${describe(element)} reaches outside ${describe(scope)}`)
      }
    }
    for (const table of scope.querySelectorAll('table')) {
      let box = table.parentElement
      while (box && !/auto|scroll/.test(getComputedStyle(box).overflowX)) box = box.parentElement
      const minWidth = Number.parseFloat(getComputedStyle(table.parentElement!).minWidth) || 0
      const allowed = Math.max(box?.clientWidth ?? page.clientWidth, minWidth)
      const width = table.getBoundingClientRect().width
      if (width > allowed + 1) problems.push(`a table is ${width}px wide in ${allowed}px`)
      for (const row of table.querySelectorAll('tbody tr')) {
        const rowBox = row.getBoundingClientRect()
        for (const cell of row.children) {
          const cellBox = cell.getBoundingClientRect()
          if (!inside(cellBox, rowBox, true)) problems.push(`${describe(cell)} leaves its row`)
          for (const element of cell.querySelectorAll('*')) {
            if (shown(element) && !inside(element.getBoundingClientRect(), cellBox, true)) {
              problems.push(`${describe(element)} leaves its cell ${describe(cell)}`)
            }
          }
        }
      }
    }
    return problems
  })
}

async function showAll(page: Page) {
  await signIn(page, browser.keys.hostile)
  await page.goto(ALL)
  await eventually(() => handlerRows(page).count()).toBe(SEEDED.length)
  await rowsReady(page)
}

// The dialogs open over a smaller page: each opening and closing renders the page's rows again.
const PAGE_SIZE = 100

/** One page of 100 handlers of the hostile account, every row with its controls. */
async function showPage(page: Page, pageNumber: number) {
  await page.goto(`/handlers?per_page=${PAGE_SIZE}&page=${pageNumber}`)
  const rows = Math.min(PAGE_SIZE, SEEDED.length - (pageNumber - 1) * PAGE_SIZE)
  await eventually(() => handlerRows(page).count()).toBe(rows)
  await rowsReady(page)
}

/** Opens a row's menu and picks an item. */
async function rowAction(page: Page, index: number, item: 'edit' | 'delete') {
  const row = handlerRows(page).nth(index)
  await row.getByRole('button', { name: /^Actions for / }).click()
  await page.getByRole('menuitem', { name: text(`handlers.actions.${item}`), exact: true }).click()
}

/** Text inputs drop line breaks, and address inputs the spaces around them too. */
const asInput = (value: string, kind: 'text' | 'address') => {
  const oneLine = value.replace(/[\r\n]/g, '')
  return kind === 'text' ? oneLine : oneLine.replace(/^[\t\f ]+|[\t\f ]+$/g, '')
}

/** Disables the first page of 100 with every handler named from the corpus failing. */
async function bulkWithFailures(page: Page): Promise<Locator> {
  await signIn(page, browser.keys.hostile)
  // The named handlers and the first e-mail targets after them.
  await page.goto('/handlers?per_page=100')
  await eventually(() => handlerRows(page).count()).toBe(100)
  // The handlers named with the corpus fail; the rest go through.
  const ids = await handlerRows(page).evaluateAll(
    (rows, count) => rows.slice(0, count).map((row) => row.getAttribute('data-handler-id')),
    HOSTILE.length,
  )
  for (const id of ids) {
    const fault = { method: 'POST', path: `/notification-handlers/${id}`, status: 500 }
    const response = await fetch(`${inject('simUrl')}/__sim/faults`, {
      method: 'POST',
      body: JSON.stringify(fault),
    })
    expect(response.status).toBe(201)
  }

  await page.getByRole('checkbox', { name: text('bulk.select.page'), exact: true }).click()
  const toolbar = page.getByRole('group', { name: text('bulk.actions'), exact: true })
  await toolbar.getByRole('button', { name: text('bulk.disable'), exact: true }).click()
  const report = page.getByRole('region', { name: text('bulk.report.label'), exact: true })
  await report
    .getByText(text('bulk.failedCount', { count: HOSTILE.length }), { exact: true })
    .waitFor({ timeout: 60_000 })
  // A row far from the view is not laid out, and stands at a guessed height until it has been
  // near once: every row is brought near, so that each is measured at its own size.
  await rowsReady(page)
  return report
}

describe('hostile names and targets', () => {
  it('the table shows every one as text inside its cell, on one page of 500', async () => {
    const { page } = browser
    await showAll(page)
    const cells = await handlerRows(page).evaluateAll((rows) =>
      rows.map((row) => {
        const name = row.children[1]!
        return { text: name.textContent, elements: name.children.length }
      }),
    )
    // A name that draws nothing is said to be there, in a span of its own; the rest are text.
    const unnamed = SEEDED.map((handler) => showsAsNothing(handler.name))
    expect(cells.map((cell) => cell.text)).toEqual(
      SEEDED.map((handler, at) => (unnamed[at] ? text('handlers.noName') : handler.name)),
    )
    expect(cells.filter((cell, at) => cell.elements > (unnamed[at] ? 1 : 0))).toEqual([])
    expect(await injections(page)).toEqual([])
    expect(await overflows(page, page.locator('main'))).toEqual([])

    // Every secret target shown whole, each still plain text.
    const reveal = page.getByRole('button', { name: text('handlers.target.reveal'), exact: true })
    await reveal.evaluateAll((buttons) =>
      buttons.forEach((button) => (button as HTMLElement).click()),
    )
    await eventually(() => reveal.count()).toBe(0)
    const targets = await handlerRows(page).evaluateAll((rows) =>
      rows.map((row) => {
        const shown = row.children[3]!.querySelector('[dir="ltr"]')
        // <wbr> marks where a target may wrap (after a slash, ? or &); nothing else may be there.
        const elements = shown?.querySelectorAll(':not(wbr)').length ?? 0
        return { text: shown?.textContent ?? '', elements }
      }),
    )
    expect(targets.map((target) => target.text)).toEqual(
      SEEDED.map((handler) =>
        handler.type === 'internal_notification'
          ? ''
          : handler.type === 'x'
            ? Object.values(handler.settings ?? {})[0]
            : targetOf(handler),
      ),
    )
    expect(targets.filter((target) => target.elements > 0)).toEqual([])
    expect(await injections(page)).toEqual([])
    expect(await overflows(page, page.locator('main'))).toEqual([])
    expect(browser.errors).toEqual([])
  })

  it('the edit form and the undo notice hold the names as text', async () => {
    const { page } = browser
    await signIn(page, browser.keys.hostile)
    // The handlers named with the corpus come first.
    expect(HOSTILE.length).toBeLessThanOrEqual(PAGE_SIZE)
    await showPage(page, 1)
    const editor = page.getByRole('dialog', { name: text('form.title.edit') })
    const nameBox = editor.getByRole('textbox', { name: text('form.name.label') })
    const undo = page.getByRole('button', { name: text('undo.action') })

    for (const index of SAMPLES) {
      const { value } = HOSTILE[index]!
      await rowAction(page, index, 'edit')
      await eventually(() => nameBox.inputValue()).toBe(asInput(value, 'text'))
      expect(await injections(page)).toEqual([])
      await eventually(() => overflows(page, editor)).toEqual([])
      await page.keyboard.press('Escape')
      await editor.waitFor({ state: 'detached' })

      await rowAction(page, index, 'delete')
      const notice = page.getByRole('alert').filter({ has: undo })
      // The pointer on the notice holds the undo window open while it is read.
      await notice.hover()
      const body = notice.getByText(/was deleted/)
      await eventually(() => body.textContent()).toBe(
        translate('en', 'handlers.delete.done', { name: value }),
      )
      expect(await body.evaluate((element) => element.children.length)).toBe(0)
      expect(await injections(page)).toEqual([])
      await eventually(() => overflows(page, notice)).toEqual([])
      await undo.click()
      await notice.waitFor({ state: 'detached' })
    }
    expect(browser.errors).toEqual([])
  }, 120_000)

  it("the edit form holds each type's target as text", async () => {
    const { page } = browser
    await signIn(page, browser.keys.hostile)
    const editor = page.getByRole('dialog', { name: text('form.title.edit') })
    const samples = (['markup', 'script-url', 'long', 'long-url'] as const).map((category) =>
      HOSTILE.findIndex((entry) => entry.category === category),
    )
    let shown = 0
    for (const [typeIndex, type] of TARGET_TYPES.entries()) {
      for (const index of samples) {
        const row = HOSTILE.length * (typeIndex + 1) + index
        expect(SEEDED[row]!.name).toBe(targetHandlerName(type, index))
        const pageNumber = Math.floor(row / PAGE_SIZE) + 1
        if (pageNumber !== shown) await showPage(page, (shown = pageNumber))
        await rowAction(page, row % PAGE_SIZE, 'edit')
        const input = editor.getByRole('textbox', {
          name: text(handlerTypes[type].fields[0]!.label),
        })
        await eventually(() => input.inputValue()).toBe(asInput(HOSTILE[index]!.value, 'address'))
        expect(await injections(page)).toEqual([])
        await eventually(() => overflows(page, editor)).toEqual([])
        await page.keyboard.press('Escape')
        await editor.waitFor({ state: 'detached' })
      }
    }
    expect(browser.errors).toEqual([])
  }, 120_000)

  it('a bulk report lists the failed ones by name, as text', async () => {
    const { page } = browser
    const report = await bulkWithFailures(page)
    const failures = await report
      .getByRole('list', { name: text('bulk.failures') })
      .getByRole('listitem')
      .evaluateAll((items) =>
        items.map((item) => ({
          text: item.textContent,
          elements: item.children.length,
        })),
      )
    expect(failures.map((failure) => failure.text)).toEqual(
      VALUES.map((name) => translate('en', 'bulk.failure', { name, reason: text('error.server') })),
    )
    expect(failures.filter((failure) => failure.elements > 0)).toEqual([])
    expect(await injections(page)).toEqual([])
  })

  it('a bulk report keeps the longest names inside it', async () => {
    const { page } = browser
    const report = await bulkWithFailures(page)
    expect(await overflows(page, report)).toEqual([])
    expect(await overflows(page, page.locator('main'))).toEqual([])
  })

  it('the import preview shows a file of them as text', async () => {
    const { page } = browser
    await signIn(page, browser.keys.hostile)
    const rows = [
      ['name', 'type', 'target', 'enabled'],
      ...VALUES.map((value, index) => [
        value,
        'webhook',
        `https://hooks.example.com/${index}`,
        '1',
      ]),
      ...VALUES.map((value, index) => [
        `Imported target ${index + 1}`,
        TARGET_TYPES[index % TARGET_TYPES.length]!,
        value,
        '1',
      ]),
    ]
    const csv = rows
      .map((row) => row.map((cell) => `"${cell.replaceAll('"', '""')}"`).join(',') + '\r\n')
      .join('')

    await page.getByRole('button', { name: text('transfer.import'), exact: true }).click()
    const dialog = page.getByRole('dialog')
    await dialog.getByLabel(text('transfer.file.label')).setInputFiles({
      name: 'hostile.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv, 'utf8'),
    })
    const preview = dialog.getByRole('table', { name: text('transfer.preview.table') })
    const previewRows = preview.locator('tbody tr')
    const shown: string[] = []
    for (const pageNumber of [1, 2]) {
      if (pageNumber > 1) {
        await dialog
          .getByRole('button', { name: text('pagination.page', { page: pageNumber }) })
          .click()
      }
      await eventually(() => previewRows.count()).toBe(pageNumber === 1 ? 100 : rows.length - 101)
      const cells = await previewRows.evaluateAll((trs) =>
        trs.map((tr) => {
          const name = tr.children[2]!.firstElementChild!
          const target = tr.children[4]!.firstElementChild!
          return {
            text: name.textContent ?? '',
            elements: name.children.length + target.children.length,
          }
        }),
      )
      expect(cells.filter((cell) => cell.elements > 0)).toEqual([])
      shown.push(...cells.map((cell) => cell.text))
      expect(await injections(page)).toEqual([])
      await eventually(() => overflows(page, dialog)).toEqual([])
    }
    expect(shown).toHaveLength(rows.length - 1)
    expect(browser.errors).toEqual([])
  })

  it('the CSV export keeps every name and target, with formulas made text', async () => {
    const { page } = browser
    await signIn(page, browser.keys.hostile)
    await page.getByRole('button', { name: text('transfer.export'), exact: true }).click()
    await page.getByRole('menuitem', { name: text('transfer.export.csv') }).click()
    const confirm = page.getByRole('dialog', { name: text('transfer.export.title') })
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      confirm.getByRole('button', { name: text('transfer.export.download') }).click(),
    ])
    // The browser is reached over a connection: its file comes as a stream, not a local path.
    const file = await buffer(await download.createReadStream())
    const content = file.toString('utf8')
    expect(content.startsWith('\uFEFF')).toBe(true)
    const [header, ...records] = readCsv(content.slice(1))
    expect(header).toEqual(['name', 'type', 'target', 'status', 'settings'])

    // A spreadsheet runs a cell that starts with one of these as a formula.
    const risky = records.flat().filter((cell) => /^[=+\-@\t\r]/.test(cell))
    expect(risky).toEqual([])
    const asWritten = (cell: string) => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell)
    expect(records.map((record) => asWritten(record[0]!))).toEqual(SEEDED.map((h) => h.name))
    const known = SEEDED.filter((handler) => handler.type !== 'x')
    expect(records.slice(0, known.length).map((record) => asWritten(record[2]!))).toEqual(
      known.map(targetOf),
    )
    expect(await injections(page)).toEqual([])
    expect(browser.errors).toEqual([])
  })
})

/** RFC 4180 as a spreadsheet reads it: a line break outside quotes ends the record. */
function readCsv(content: string): string[][] {
  const records: string[][] = []
  let record: string[] = []
  let cell = ''
  let quoted = false
  for (let index = 0; index < content.length; index++) {
    const char = content[index]!
    if (quoted && char === '"' && content[index + 1] === '"') {
      cell += '"'
      index++
    } else if (char === '"' && (quoted || cell === '')) {
      quoted = !quoted
    } else if (quoted || (char !== ',' && char !== '\r' && char !== '\n')) {
      cell += char
    } else {
      record.push(cell)
      cell = ''
      if (char === ',') continue
      if (char === '\r' && content[index + 1] === '\n') index++
      records.push(record)
      record = []
    }
  }
  if (cell !== '' || record.length > 0) records.push([...record, cell])
  return records
}
