// The whole account loaded for review (a search keystroke over it, and the heap), and the
// requests the simulator sees for each user action.

import type { Browser } from 'playwright-core'
import type { LoggedRequest } from '../../src/sim/types'
import { SEARCH_INPUT_ID } from '../../src/features/handlers/shortcuts'
import { en } from '../../src/i18n/en'
import { heapAfterGc, settle, signedInContext } from './pages'
import type { Sim } from './sim'

const RENAMED = 'Renamed by the benchmark'

export async function measureSearch(browser: Browser, base: string, key: string, runs: number) {
  const context = await signedInContext(browser, key)
  const page = await context.newPage()
  // Sorting makes the table page the whole account in the browser: all of it is loaded.
  await page.goto(`${base}/handlers?sort=name`)
  await page.locator('tbody tr[data-handler-id]').first().waitFor({ timeout: 60_000 })
  await settle(page)
  const heap = await heapAfterGc(page)

  const search = page.locator(`#${SEARCH_INPUT_ID}`)
  const keystrokes: number[] = []
  // Each query a letter, then cleared: every keystroke changes what matches.
  const queries = ['e', 'a', 'o', 'i', 's', 'n', 't', 'r', 'l', 'c'].slice(0, runs)
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

/** Requests the simulator saw for each user action. */
export async function measureRequests(browser: Browser, base: string, sim: Sim) {
  const context = await signedInContext(browser, sim.key)
  const page = await context.newPage()
  const counts: Record<string, string[]> = {}
  const during = async (name: string, action: () => Promise<unknown>) => {
    const before = (await simRequests(sim, 0)).length
    await action()
    await settle(page)
    counts[name] = (await simRequests(sim, before)).map(
      (request) => `${request.method} ${request.path}`,
    )
  }

  await during('open the table', async () => {
    await page.goto(`${base}/handlers`)
    await page.locator('tbody tr[data-handler-id]').first().waitFor()
  })
  // The first row with a switch: a pending e-mail has none.
  const firstRow = page
    .locator('tbody tr[data-handler-id]', { has: page.getByRole('switch') })
    .first()
  const id = await firstRow.getAttribute('data-handler-id')
  const row = page.locator(`tbody tr[data-handler-id="${id}"]`)

  await during('toggle', () => row.getByRole('switch').click({ force: true }))
  await during('edit', async () => {
    await row.getByRole('button', { name: /^Actions for/ }).click()
    await page.getByRole('menuitem', { name: en['handlers.actions.edit'] }).click()
    const drawer = page.getByRole('dialog')
    const field = drawer.getByRole('textbox', { name: en['form.name.label'] })
    await field.fill(RENAMED)
    await drawer.getByRole('button', { name: en['form.submit.save'] }).click()
    await drawer.waitFor({ state: 'detached' })
  })
  await during('delete', async () => {
    await row.getByRole('button', { name: /^Actions for/ }).click()
    await page.getByRole('menuitem', { name: en['handlers.actions.delete'] }).click()
    await row.waitFor({ state: 'detached' })
    // Closing the undo notice sends the delete now.
    await page
      .getByRole('alert')
      .filter({ hasText: en['handlers.delete.done'].replace('{name}', RENAMED) })
      .getByRole('button', { name: en['notifications.close'] })
      .click()
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
