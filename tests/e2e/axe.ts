// axe-core in the page under test, put there once per document. AxeBuilder injects it anew for
// every check and finishes each in a page of its own, which costs three times the check itself.

import axe, { type Result } from 'axe-core'
import type { Page } from 'playwright-core'

/** Every rule axe has for WCAG 2.1 A and AA, and its best practices. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']

/** What axe finds wrong with what the page shows now. */
export async function axeViolations(page: Page): Promise<Result[]> {
  // A navigation takes it away with the old document.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source)
  return page.evaluate(
    (tags) =>
      (window as unknown as { axe: typeof axe }).axe
        .run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })
        .then((results) => results.violations),
    TAGS,
  )
}
