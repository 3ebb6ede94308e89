import type { HandlerStatus } from '../../../api/types'
import type { MessageKey } from '../../../i18n/en'
import type { Params } from '../../../i18n/i18n'

export interface Issue {
  key: MessageKey
  params?: Params
}

/** A handler as the file describes it, before the form's rules are applied. */
export interface ImportEntry {
  /** The row as the user can find it: the CSV line, or the position in the JSON list. */
  line: number
  name: string
  type: string | null
  target: string
  settings: Record<string, string>
  /** A pending handler is created on: the server asks for the confirmation again. */
  status: HandlerStatus
  /** What was wrong with the row as written, e.g. a `status` cell that is no status. */
  problems: Issue[]
}

export interface FileProblem extends Issue {
  /** Column names, listed in the user's language where the message shows them. */
  columns?: string[]
}

export type ParsedFile = { ok: true; entries: ImportEntry[] } | { ok: false; problem: FileProblem }

export const refuse = (key: MessageKey, params?: Params, columns?: string[]): ParsedFile => ({
  ok: false,
  problem: { key, params, columns },
})
