import { describe, expect, inject, it } from 'vitest'
import { saveScreenshot, setupBrowser } from './browser'
import { eventually, handlerRows, signIn, text } from './app'
import { BULK_HANDLERS } from './context'

const browser = setupBrowser()

interface WireHandler {
  id: number
  name: string
  type: string | null
  settings: Record<string, string>
  is_enabled: number | boolean
}

/** The account as the simulator holds it, read through its API like any client. */
async function stored(key: string): Promise<WireHandler[]> {
  const handlers: WireHandler[] = []
  for (let page = 1; ; page++) {
    const response = await fetch(
      `${inject('simUrl')}/api/notification-handlers/?page=${page}&results_per_page=1000`,
      { headers: { Authorization: `Bearer ${key}` } },
    )
    const body = (await response.json()) as { data: WireHandler[] }
    if (body.data.length === 0) return handlers
    handlers.push(...body.data)
  }
}

/** Broken, by rules written independently of the dashboard's: retired Teams URLs, plain http. */
function isBroken(handler: WireHandler): boolean {
  const target = handler.type ? (handler.settings[handler.type] ?? '') : ''
  if (handler.type === 'microsoft_teams') return target.startsWith('https://outlook.office.com/')
  return (
    ['webhook', 'slack', 'google_chat'].includes(handler.type ?? '') && target.startsWith('http://')
  )
}

const enabled = (handler: WireHandler) => Number(handler.is_enabled) === 1

describe('bulk review', () => {
  it('finds the broken handlers of 1,500 with the findings filter and disables them at once', async () => {
    const { page, keys } = browser
    const before = await stored(keys.bulk)
    expect(before).toHaveLength(BULK_HANDLERS)
    const broken = before.filter(isBroken)
    expect(broken.length).toBeGreaterThan(0)
    expect(broken.every(enabled)).toBe(true)

    await signIn(page, keys.bulk)
    await page
      .getByRole('button', { name: text('review.check', { count: '1,500' }), exact: true })
      .click()
    const summary = page.getByRole('region', { name: text('review.summary'), exact: true })
    await summary.waitFor()
    for (const kind of ['retired', 'insecure'] as const) {
      const chip = summary.getByRole('button', {
        name: new RegExp(`^${text(`review.finding.${kind}`)}:`),
      })
      await chip.click()
      // A chip toggles the filter as it last showed it: the next click waits for this one.
      await eventually(() => chip.getAttribute('aria-pressed')).toBe('true')
    }
    const invalid = summary.getByRole('button', {
      name: new RegExp(`^${text('review.finding.invalid')}:`),
    })
    if (await invalid.isEnabled()) await invalid.click()
    await eventually(() => new URL(page.url()).searchParams.get('finding')).toMatch(
      /^retired,insecure|invalid,retired,insecure$/,
    )

    await eventually(() => handlerRows(page).count()).toBe(broken.length)
    const names = await handlerRows(page).locator('td:nth-child(2)').allTextContents()
    expect(names.sort()).toEqual(broken.map((h) => h.name).sort())
    await saveScreenshot(page, 'bulk-broken-found')

    await page.getByRole('checkbox', { name: text('bulk.select.page'), exact: true }).click()
    const toolbar = page.getByRole('group', { name: text('bulk.actions'), exact: true })
    await toolbar.getByRole('button', { name: text('bulk.disable'), exact: true }).click()
    const report = page.getByRole('region', { name: text('bulk.report.label'), exact: true })
    await report
      .getByText(text('bulk.done.disable', { count: broken.length }), { exact: true })
      .waitFor()
    await saveScreenshot(page, 'bulk-report')

    const after = await stored(keys.bulk)
    const brokenIds = new Set(broken.map((h) => h.id))
    expect(after.filter((h) => brokenIds.has(h.id)).every((h) => !enabled(h))).toBe(true)
    // Nothing else changed.
    const others = (list: WireHandler[]) =>
      list.filter((h) => !brokenIds.has(h.id)).map((h) => [h.id, Number(h.is_enabled)])
    expect(others(after)).toEqual(others(before))
    // Each row on screen says so too.
    await eventually(() => page.getByRole('switch', { checked: true }).count()).toBe(0)
    expect(browser.errors).toEqual([])
  })
})
