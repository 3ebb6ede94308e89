import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { setupBrowser } from './browser'
import { eventually, handlerRows, signIn, text } from './app'
import { MAIN_HANDLERS } from './context'

const browser = setupBrowser()

const query = (page: Page) => new URL(page.url()).searchParams
const range = (from: number, to: number) =>
  text('pagination.range', { from, to, total: MAIN_HANDLERS })

/** The rows shown and the range line agree with what the user expects to see. */
async function expectShowing(page: Page, from: number, to: number) {
  await page.getByText(range(from, to), { exact: true }).waitFor()
  await eventually(() => handlerRows(page).count()).toBe(to - from + 1)
}

describe('paging', () => {
  it('keeps page and page size in the URL through reload and history', async () => {
    const { page, keys } = browser
    await signIn(page, keys.main)
    await expectShowing(page, 1, 25)

    await page.getByRole('button', { name: text('pagination.next'), exact: true }).click()
    await eventually(() => query(page).get('page')).toBe('2')
    await expectShowing(page, 26, 50)

    await page
      .getByRole('combobox', { name: text('pagination.pageSize'), exact: true })
      .selectOption({ label: '50' })
    await eventually(() => query(page).get('per_page')).toBe('50')
    await expectShowing(page, 1, 50)

    await page.reload()
    expect(query(page).get('per_page')).toBe('50')
    expect(query(page).get('page')).toBe('1')
    await expectShowing(page, 1, 50)

    await page.goBack()
    await eventually(() => query(page).get('per_page')).toBe('25')
    expect(query(page).get('page')).toBe('2')
    await expectShowing(page, 26, 50)

    await page.goto('/handlers?page=3&per_page=50')
    await expectShowing(page, 101, 120)
    expect(browser.errors).toEqual([])
  })

  it('asks before Back loses a changed form, and goes back once the user agrees', async () => {
    const { page, keys } = browser
    await signIn(page, keys.main)
    await page.getByRole('button', { name: text('pagination.next'), exact: true }).click()
    await expectShowing(page, 26, 50)
    await page.getByRole('link', { name: text('handlers.new'), exact: true }).click()
    const form = page.getByRole('dialog', { name: text('form.title.new'), exact: true })
    await form.getByRole('textbox', { name: text('form.name.label') }).fill('Half done')
    const formUrl = page.url()

    const leave = page.getByRole('dialog', { name: text('form.leave.title'), exact: true })
    await page.goBack({ waitUntil: 'commit' })
    await leave.getByRole('button', { name: text('form.leave.stay'), exact: true }).click()
    await leave.waitFor({ state: 'hidden' })
    await eventually(() => page.url()).toBe(formUrl)
    expect(await form.getByRole('textbox', { name: text('form.name.label') }).inputValue()).toBe(
      'Half done',
    )

    await page.goBack({ waitUntil: 'commit' })
    await leave.getByRole('button', { name: text('form.leave.discard'), exact: true }).click()
    await form.waitFor({ state: 'hidden' })
    await eventually(() => query(page).get('page')).toBe('2')
    await expectShowing(page, 26, 50)
    // One Back, one entry: the one before is the first page.
    await page.goBack()
    await expectShowing(page, 1, 25)
    expect(browser.errors).toEqual([])
  })

  it('offers the last page when the page asked for is past the end', async () => {
    const { page, keys } = browser
    await signIn(page, keys.main)

    await page.goto('/handlers?page=99')
    await page
      .getByText(text('handlers.pastEnd', { page: 99, pages: 5 }), { exact: true })
      .waitFor()
    expect(await handlerRows(page).count()).toBe(0)

    await page.getByRole('button', { name: text('handlers.pastEndAction'), exact: true }).click()
    await eventually(() => query(page).get('page')).toBe('5')
    await expectShowing(page, 101, 120)
    expect(browser.errors).toEqual([])
  })

  it('falls back to the first page when the page number is not a number', async () => {
    const { page, keys } = browser
    await signIn(page, keys.main)

    await page.goto('/handlers?page=abc')
    await expectShowing(page, 1, 25)
    const first = page.getByRole('button', {
      name: text('pagination.page', { page: 1 }),
      exact: true,
    })
    expect(await first.getAttribute('aria-current')).toBe('page')
    expect(browser.errors).toEqual([])
  })
})
