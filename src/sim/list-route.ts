import { phpInt } from './form-values'
import { jsonResponse } from './responses'
import type { RouteContext } from './route-context'
import { toWire } from './wire'

const PAGE_SIZES = [10, 25, 50, 100, 250, 500, 1000]
const DEFAULT_PAGE_SIZE = 25

export function listHandlers(ctx: RouteContext): Response {
  const params = ctx.url.searchParams
  const rawPage = params.get('page')
  const page = rawPage === null ? 1 : Math.max(1, phpInt(rawPage))
  const requestedSize = Number(params.get('results_per_page') ?? DEFAULT_PAGE_SIZE)
  const size = PAGE_SIZES.includes(requestedSize) ? requestedSize : DEFAULT_PAGE_SIZE

  const all = ctx.account.handlers
  const totalPages = Math.max(1, Math.ceil(all.length / size))
  const data = all.slice((page - 1) * size, page * size).map((h) => toWire(h, ctx.dialect))

  const platform = ctx.dialect === 'platform'
  // The platform builds links from an empty filter query, hence its stray `?&`.
  const prefix = `${ctx.url.origin}${ctx.base}${platform ? '?&page=' : '?page='}`
  const link = (n: number) => `${prefix}${n}`
  const links = {
    first: link(1),
    last: link(totalPages),
    next: page < totalPages ? link(page + 1) : null,
    prev: page > 1 ? link(page - 1) : null,
    self: link(page),
  }
  const meta = platform
    ? {
        page: rawPage ?? 1,
        results_per_page: size,
        total_results: all.length,
        total_pages: totalPages,
      }
    : { page, results_per_page: size, total: all.length, total_pages: totalPages }
  return jsonResponse({ data, meta, links })
}
