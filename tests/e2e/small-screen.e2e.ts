import { join } from 'node:path'
import type { Locator, Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import type { MessageKey } from '../../src/i18n/en'
import type { Language } from '../../src/i18n/format'
import { translate } from '../../src/i18n/i18n'
import { RESULTS_DIR, setupBrowser } from './browser'
import { eventually, handlerRows, signIn } from './app'
import { MAIN_HANDLERS } from './context'

const browser = setupBrowser()

const PHONE = { width: 375, height: 800 }
const ACTIONS = /^(Actions for|کارهای) /

/**
 * How far the document reaches past the edge of the screen (0 when it fits), and every box that
 * scrolls sideways inside it, which a scroll area would otherwise hide from the first measure.
 */
const overflow = (page: Page) =>
  page.evaluate(() => {
    const scrollers = [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((element) => {
        const { overflowX } = getComputedStyle(element)
        return /auto|scroll/.test(overflowX) && element.scrollWidth > element.clientWidth + 1
      })
      .map((element) => {
        // The box around the handler table is named for what it holds, not for its classes.
        const name = element.querySelector(':scope > * > table') ? 'table box' : element.className
        return `${name} (${element.scrollWidth} in ${element.clientWidth})`
      })
    return { document: document.documentElement.scrollWidth - window.innerWidth, scrollers }
  })
const FITS = { document: 0, scrollers: [] }

/** Whether the box lies wholly on screen sideways, so that a finger can reach it. */
async function onScreen(locator: Locator): Promise<boolean> {
  const box = await locator.boundingBox()
  return box !== null && box.width > 0 && box.x >= 0 && box.x + box.width <= PHONE.width
}

/** What the screen shows (not the whole page), in the light and in the dark theme. */
async function shoot(page: Page, name: string) {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' })
    await page.screenshot({ path: join(RESULTS_DIR, `small-${name}-${scheme}.png`) })
  }
  await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' })
}

async function enabledRequests(simUrl: string, id: string) {
  const log = (await (await fetch(`${simUrl}/__sim/requests`)).json()) as {
    method: string
    path: string
    fields: Record<string, string> | null
  }[]
  return log
    .filter((request) => request.method === 'POST' && request.path.includes(`/${id}`))
    .map((request) => request.fields?.is_enabled)
}

describe.each<Language>(['en', 'fa'])('a 375 px screen, in %s', (language) => {
  it('shows the handlers as a list with every action, and nothing runs off the side', async () => {
    const { page, keys } = browser
    const simUrl = inject('simUrl')
    const say = (key: MessageKey, params?: Record<string, string | number>) =>
      translate(language, key, params)
    await page.setViewportSize(PHONE)
    await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' })
    await page.goto('/sign-in')
    await page.evaluate((lang) => localStorage.setItem('conecto.language', lang), language)
    await page.reload()
    await page.getByRole('heading', { name: say('signIn.title') }).waitFor()
    expect.soft(await overflow(page), 'sign-in').toEqual(FITS)
    await shoot(page, `${language}-sign-in`)

    await signIn(page, keys.main, language)
    expect.soft(await overflow(page), 'table').toEqual(FITS)
    const table = page.getByRole('table', { name: say('handlers.title') })
    expect.soft((await table.boundingBox())?.width).toBeLessThanOrEqual(PHONE.width)
    await shoot(page, `${language}-table`)
    const next = page.getByRole('button', { name: say('pagination.next') })
    await next.scrollIntoViewIfNeeded()
    expect(await onScreen(next)).toBe(true)
    await shoot(page, `${language}-pagination`)

    // Every row keeps its controls within reach.
    const rows = handlerRows(page)
    // To assistive technology it is still a table: each value has its column's header.
    const cdp = await page.context().newCDPSession(page)
    const { nodes } = await cdp.send('Accessibility.getFullAXTree')
    await cdp.detach()
    const count = (role: string) => nodes.filter((node) => node.role?.value === role).length
    expect(count('columnheader')).toBe(9)
    expect(count('row')).toBe((await rows.count()) + 1)
    expect(count('cell')).toBe((await rows.count()) * 9)
    // And the captions on screen are read with their values.
    const typeCaption = say('handlers.column.type')
    expect(
      nodes.some(
        (node) => node.role?.value === 'cell' && node.name?.value?.startsWith(typeCaption),
      ),
    ).toBe(true)
    for (const row of await rows.all()) {
      expect.soft(await onScreen(row.getByRole('checkbox'))).toBe(true)
      expect.soft(await onScreen(row.getByRole('button', { name: ACTIONS }))).toBe(true)
      const copy = row.getByRole('button', { name: say('handlers.target.copy') })
      if ((await copy.count()) > 0) expect.soft(await onScreen(copy)).toBe(true)
    }

    // The enable switch, clicked where it shows, reaches the server; then back as it was.
    const row = rows.filter({ has: page.getByRole('switch') }).first()
    const id = (await row.getAttribute('data-handler-id'))!
    const toggle = row.getByRole('switch')
    const before = await toggle.isChecked()
    const sent = (await enabledRequests(simUrl, id)).length
    expect(await onScreen(toggle)).toBe(true)
    // The switch's track lies over its input and takes the click, as it takes a finger.
    await toggle.click({ force: true })
    await eventually(() => toggle.isChecked()).toBe(!before)
    await eventually(async () => (await enabledRequests(simUrl, id)).slice(sent)).toEqual([
      before ? '0' : '1',
    ])
    await toggle.click({ force: true })
    await eventually(async () => (await enabledRequests(simUrl, id)).slice(sent)).toEqual([
      before ? '0' : '1',
      before ? '1' : '0',
    ])

    // j moves between the rows as on a wide screen.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
    await page.keyboard.press('j')
    await eventually(() =>
      page.evaluate(() => document.activeElement?.getAttribute('data-handler-id')),
    ).toBe(await rows.first().getAttribute('data-handler-id'))

    await row.getByRole('checkbox').click()
    const bulkBar = page.getByRole('group', { name: say('bulk.actions') })
    await bulkBar.getByText(say('bulk.selected', { count: 1 })).waitFor()
    expect.soft(await overflow(page), 'selection').toEqual(FITS)
    await bulkBar.scrollIntoViewIfNeeded()
    await shoot(page, `${language}-selection`)

    // A bulk change that fails, and its report; the account stays as it was.
    const faults = `${simUrl}/__sim/faults`
    const fault = { method: 'POST', path: `/${id}`, status: 500 }
    await fetch(faults, { method: 'POST', body: JSON.stringify(fault) })
    await bulkBar
      .getByRole('button', { name: say(before ? 'bulk.disable' : 'bulk.enable') })
      .click()
    const report = page.getByRole('region', { name: say('bulk.report.label') })
    await report.getByText(say('bulk.failedCount', { count: 1 })).waitFor()
    await fetch(faults, { method: 'DELETE' })
    expect.soft(await overflow(page), 'bulk report').toEqual(FITS)
    await report.scrollIntoViewIfNeeded()
    await shoot(page, `${language}-bulk-report`)

    // Findings are with the search and filters, folded away on a phone.
    await page.getByRole('button', { name: say('handlers.tools') }).click()
    await page.getByRole('button', { name: say('review.check', { count: MAIN_HANDLERS }) }).click()
    const summary = page.getByRole('region', { name: say('review.summary') })
    await summary.waitFor()
    expect.soft(await overflow(page), 'findings').toEqual(FITS)
    await summary.scrollIntoViewIfNeeded()
    await shoot(page, `${language}-findings`)

    await row.getByRole('button', { name: ACTIONS }).click()
    await page.getByRole('menuitem', { name: say('handlers.actions.edit') }).click()
    const drawer = page.getByRole('dialog', { name: say('form.title.edit') })
    await drawer.getByRole('textbox', { name: say('form.name.label') }).waitFor()
    expect.soft(await overflow(page), 'form').toEqual(FITS)
    expect.soft(await onScreen(drawer.getByRole('button', { name: say('form.close') }))).toBe(true)
    await shoot(page, `${language}-form`)
    await page.keyboard.press('Escape')
    await drawer.waitFor({ state: 'detached' })

    await page.getByRole('button', { name: /^(Accounts|حساب‌ها)/ }).click()
    await page.getByRole('menu').waitFor()
    expect.soft(await overflow(page), 'account menu').toEqual(FITS)
    await shoot(page, `${language}-account-menu`)
    await page.keyboard.press('Escape')

    // The browser logs the failure the simulator was told to send; nothing else may go wrong.
    expect(browser.errors.filter((error) => !error.includes('status of 500'))).toEqual([])
  })
})

describe.each<Language>(['en', 'fa'])('a window narrower than the table, in %s', (language) => {
  it('scrolls the table sideways in its own box, and not the page', async () => {
    const { page, keys } = browser
    await page.setViewportSize({ width: 900, height: 700 })
    await page.goto('/sign-in')
    await page.evaluate((lang) => localStorage.setItem('conecto.language', lang), language)
    await page.reload()
    await signIn(page, keys.main, language)
    await handlerRows(page).first().waitFor()

    const { document: past, scrollers } = await overflow(page)
    expect(past).toBeLessThanOrEqual(0)
    expect(scrollers).toEqual([expect.stringMatching(/^table box /)])
  })
})

/**
 * The controls on screen smaller than a fingertip (44 × 44 px, WCAG 2.5.5). A control's target is
 * the box that takes its tap: itself with its labels, or the label around it.
 */
const smallTargets = (page: Page) =>
  page.evaluate(() => {
    const controls = document.querySelectorAll<HTMLElement>(
      'button, a[href], input:not([type="hidden"]), select, [role="switch"], [role="radio"]',
    )
    return [...controls].flatMap((control) => {
      if (!control.checkVisibility({ visibilityProperty: true })) return []
      // Visually hidden (a label kept for screen readers) or off the page (the skip link).
      const own = control.getBoundingClientRect()
      if (own.width <= 1 || own.height <= 1 || own.bottom < 0) return []
      if (own.right <= 0 || own.left >= window.innerWidth) return []
      const boxes = [control, ...((control as HTMLInputElement).labels ?? [])]
        .map((element) => element.closest('label') ?? element)
        .map((element) => element.getBoundingClientRect())
      const box = {
        width: Math.max(...boxes.map((b) => b.right)) - Math.min(...boxes.map((b) => b.left)),
        height: Math.max(...boxes.map((b) => b.bottom)) - Math.min(...boxes.map((b) => b.top)),
      }
      if (box.width >= 43.5 && box.height >= 43.5) return []
      const name = control.getAttribute('aria-label') ?? control.textContent?.trim()
      return [`${control.localName} "${name}" ${Math.round(box.width)}×${Math.round(box.height)}`]
    })
  })

describe.each<Language>(['en', 'fa'])('a phone, in %s', (language) => {
  it('shows the first handler without scrolling, with every control a fingertip wide', async () => {
    const { page, keys } = browser
    const say = (key: MessageKey, params?: Record<string, string | number>) =>
      translate(language, key, params)
    await page.setViewportSize(PHONE)
    // A touch screen: no hover, a coarse pointer.
    const cdp = await page.context().newCDPSession(page)
    await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 5 })
    await page.goto('/sign-in')
    await page.evaluate((lang) => localStorage.setItem('conecto.language', lang), language)
    await page.reload()
    await page.getByRole('heading', { name: say('signIn.title') }).waitFor()
    expect.soft(await smallTargets(page), 'sign-in').toEqual([])

    await signIn(page, keys.main, language)
    const first = handlerRows(page).first()
    await first
      .getByRole('switch')
      .or(first.getByText(say('handlers.status.pending')))
      .waitFor()
    expect(
      await page.evaluate(() => matchMedia('(hover: none) and (pointer: coarse)').matches),
    ).toBe(true)
    // The first card is on screen whole before any scrolling.
    const card = await first.boundingBox()
    expect(card).not.toBeNull()
    expect(card!.y + card!.height).toBeLessThanOrEqual(PHONE.height)
    // Keyboard shortcuts have no keyboard to serve here.
    expect(await page.getByRole('button', { name: say('shortcuts.open') }).isVisible()).toBe(false)
    expect.soft(await smallTargets(page), 'table').toEqual([])

    // Search, filters and bulk actions are folded away, a tap from view.
    const search = page.getByRole('searchbox', { name: say('filters.search') })
    expect(await search.isVisible()).toBe(false)
    await page.getByRole('button', { name: say('handlers.tools') }).click()
    await search.waitFor()
    expect.soft(await smallTargets(page), 'tools open').toEqual([])

    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight))
    expect.soft(await smallTargets(page), 'pagination').toEqual([])
  })
})
