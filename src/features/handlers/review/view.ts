// Search, filters and sort over the whole account: the one implementation the table and the
// benchmark share. Pure functions of the handlers, so each step can be memoised on its inputs.
import type { Handler, HandlerStatus } from '../../../api/types'
import { isKnownType } from '../../../handler-types/registry'
import { targetValue } from '../../../handler-types/target'
import { TYPE_NAMES_EN, TYPE_NAMES_FA } from '../../../i18n/type-names'
import { LOCALES, type Language } from '../../../i18n/format'
import { NO_FINDINGS, type FindingKind, type FindingsIndex } from './findings'
import { normalizeText, searchTerms } from './normalize'

export const SORT_KEYS = ['name', 'type', 'created', 'updated'] as const
export type SortKey = (typeof SORT_KEYS)[number]
export type SortDir = 'asc' | 'desc'
/** In the URL, `type=null` stands for handlers whose type the server lost. */
export const NULL_TYPE = 'null'

export interface ReviewFilters {
  q: string
  /** A type name, or NULL_TYPE; null for any type. */
  type: string | null
  status: HandlerStatus | null
  /** Handlers with any of these findings; empty for no finding filter. */
  finding: readonly FindingKind[]
}

export interface ReviewSort {
  sort: SortKey | null
  dir: SortDir
}

export type ReviewParams = ReviewFilters & ReviewSort

/** A click on a column's header: ascending, then descending, then the server's order again. */
export function nextSort(current: ReviewSort, sort: SortKey): ReviewSort {
  if (current.sort !== sort) return { sort, dir: 'asc' }
  return current.dir === 'asc' ? { sort, dir: 'desc' } : { sort: null, dir: 'asc' }
}

/** The same search and filters, whichever objects hold them. */
export function sameFilters(a: ReviewFilters, b: ReviewFilters): boolean {
  return (
    a.q === b.q &&
    a.type === b.type &&
    a.status === b.status &&
    a.finding.length === b.finding.length &&
    a.finding.every((kind, index) => kind === b.finding[index])
  )
}

export function hasFilters(filters: ReviewFilters): boolean {
  return (
    filters.q.trim() !== '' ||
    filters.type !== null ||
    filters.status !== null ||
    filters.finding.length > 0
  )
}

/**
 * Whether the view is searched, filtered or sorted here, over the whole account loaded at once,
 * rather than paged by the server.
 */
export function needsWholeAccount(view: ReviewParams): boolean {
  return hasFilters(view) || view.sort !== null
}

/** A type's name in both languages, as the registry labels it, so "Slack" and "اسلک" both find it. */
function typeNames(type: string | null): string[] {
  if (!isKnownType(type)) return type ? [type] : []
  return [TYPE_NAMES_EN[`type.${type}`], TYPE_NAMES_FA[`type.${type}`], type]
}

// What a search looks through, built once per handler object.
const haystacks = new WeakMap<Handler, string>()
export function haystack(handler: Handler): string {
  let text = haystacks.get(handler)
  if (text === undefined) {
    text = [handler.name, targetValue(handler), ...typeNames(handler.type)]
      .map(normalizeText)
      .join('\n')
    haystacks.set(handler, text)
  }
  return text
}

/** The handlers that match every filter, in the order given. */
export function filterHandlers(
  handlers: readonly Handler[],
  filters: ReviewFilters,
  findings: FindingsIndex | null,
): Handler[] {
  const terms = searchTerms(filters.q)
  const { type, status, finding } = filters
  return handlers.filter((handler) => {
    if (type !== null && (type === NULL_TYPE ? handler.type !== null : handler.type !== type))
      return false
    if (status !== null && handler.status !== status) return false
    if (finding.length > 0) {
      const found = findings?.byId.get(handler.id) ?? NO_FINDINGS
      if (!found.some((f) => finding.includes(f.kind))) return false
    }
    if (terms.length === 0) return true
    const text = haystack(handler)
    return terms.every((term) => text.includes(term))
  })
}

const collators = new Map<Language, Intl.Collator>()
function collator(language: Language): Intl.Collator {
  let found = collators.get(language)
  if (!found) {
    found = new Intl.Collator(LOCALES[language], { sensitivity: 'base', numeric: true })
    collators.set(language, found)
  }
  return found
}

/** A new array in the requested order; ties (and handlers never changed) keep the id order. */
export function sortHandlers(
  handlers: readonly Handler[],
  { sort, dir }: ReviewSort,
  language: Language,
): readonly Handler[] {
  if (sort === null) return handlers
  const sign = dir === 'asc' ? 1 : -1
  const byId = (a: Handler, b: Handler) => a.id - b.id
  if (sort === 'name' || sort === 'type') {
    const compare = collator(language).compare
    // A lost type sorts after every named one, whichever the direction.
    const key = (h: Handler) => (sort === 'name' ? normalizeText(h.name) : h.type)
    const keyed = handlers.map((handler) => ({ handler, key: key(handler) }))
    keyed.sort((a, b) => {
      if (a.key === null || b.key === null) {
        if (a.key === b.key) return byId(a.handler, b.handler)
        return a.key === null ? 1 : -1
      }
      return sign * compare(a.key, b.key) || byId(a.handler, b.handler)
    })
    return keyed.map((entry) => entry.handler)
  }
  const time = (h: Handler) => (sort === 'created' ? h.createdAt : h.updatedAt)
  return [...handlers].sort((a, b) => {
    const ta = time(a)
    const tb = time(b)
    if (ta === null || tb === null) return ta === tb ? byId(a, b) : ta === null ? 1 : -1
    return sign * (ta - tb) || byId(a, b)
  })
}

/** Every type in the data, known or not; `NULL_TYPE` for handlers that lost theirs. */
export function typesIn(handlers: readonly Handler[]): string[] {
  const types = new Set<string>()
  for (const handler of handlers) types.add(handler.type ?? NULL_TYPE)
  return [...types]
}
