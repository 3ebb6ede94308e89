import { useLocation, useParams } from 'react-router'
import type { Difference } from './compare-saved'

export type FormTarget =
  { mode: 'create' } | { mode: 'copy'; id: number | null } | { mode: 'edit'; id: number | null }

/** Where the form is: what it edits, its own URL, and the table's URL to go back to. */
export interface FormLocation {
  target: FormTarget
  /** This form's address, to come back to after signing in again. */
  formUrl: string
  /** The table with its page and page size as they were. */
  listUrl: string
  /** Remounts the form when a save moves it to a new entry. */
  key: string
  /** What the last save found different on the server, carried across that move. */
  report: Difference[] | null
}

const parseId = (raw: string | null | undefined) =>
  raw && /^\d+$/.test(raw) && Number.isSafeInteger(Number(raw)) ? Number(raw) : null

export function useFormLocation(): FormLocation {
  const { id } = useParams()
  const location = useLocation()
  const search = new URLSearchParams(location.search)
  const copy = search.get('copy')
  search.delete('copy')
  const listSearch = search.toString()

  let target: FormTarget = { mode: 'create' }
  if (id !== undefined) target = { mode: 'edit', id: parseId(id) }
  else if (copy !== null) target = { mode: 'copy', id: parseId(copy) }

  const state = location.state as { report?: Difference[] } | null
  return {
    target,
    formUrl: location.pathname + location.search,
    listUrl: `/handlers${listSearch ? `?${listSearch}` : ''}`,
    key: location.key,
    report: state?.report ?? null,
  }
}

/** The edit form of a handler, keeping the table's query string. */
export function editUrl(id: number, listUrl: string): string {
  const query = listUrl.indexOf('?')
  return `/handlers/${id}/edit${query >= 0 ? listUrl.slice(query) : ''}`
}
