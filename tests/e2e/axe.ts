// axe-core in the page under test, put there once per document. AxeBuilder injects it anew for
// every check and finishes each in a page of its own, which costs three times the check itself.

import axe, { type Result, type RunOptions } from 'axe-core'
import type { Locator, Page } from 'playwright-core'

/** Every rule axe has for WCAG 2.1 A and AA, and its best practices. */
const OPTIONS: RunOptions = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
  resultTypes: ['violations'],
}

type WithAxe = { axe: typeof axe }

/** What axe finds wrong with what the page shows now, or with the part of it `within` finds. */
export async function axeViolations(page: Page, within?: Locator): Promise<Result[]> {
  // A navigation takes it away with the old document.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source)
  if (within) {
    return within.evaluate(
      (element, options) =>
        (window as unknown as WithAxe).axe
          .run(element, options)
          .then((results) => results.violations),
      OPTIONS,
    )
  }
  return page.evaluate(
    (options) =>
      (window as unknown as WithAxe).axe
        .run(document, options)
        .then((results) => results.violations),
    OPTIONS,
  )
}
