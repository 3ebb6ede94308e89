// Every row of an import is checked with the handler form's own rules, then compared with what
// the target account already has.
import type { Handler, HandlerStatus } from '../../../api/types'
import { isKnownType } from '../../../handler-types/registry'
import { isMessageKey } from '../../../i18n/i18n'
import { duplicateKey, settingsOf, targetField, targetValue } from '../../../handler-types/target'
import { checkSettings } from '../../../handler-types/target-rules'
import { handlerFormSchema, renameSchema, type ValidValues } from '../form/form-schema'
import type { ImportEntry, Issue } from './import-types'
import { hasTags, withoutTags } from '../handler-name'
import { hasBidiControls, withoutBidiControls } from './text-safety'

export interface ImportRow {
  /** The entry's position, which identifies the row. */
  index: number
  line: number
  /** The name as the server will keep it. */
  name: string
  type: string | null
  target: string
  status: HandlerStatus
  /** What a create sends; null when the row has a problem and cannot be imported. */
  values: ValidValues | null
  problems: Issue[]
  warnings: Issue[]
}

export type Duplicate = { kind: 'account' } | { kind: 'file'; line: number }

function issuesOf(error: { issues: { message: string }[] }): Issue[] {
  return error.issues.flatMap(({ message }) => (isMessageKey(message) ? [{ key: message }] : []))
}

function cleanName(raw: string, warnings: Issue[]): string {
  let name = raw
  if (hasBidiControls(name)) {
    name = withoutBidiControls(name)
    warnings.push({ key: 'transfer.warning.bidi' })
  }
  if (hasTags(name)) {
    warnings.push({ key: 'transfer.warning.tags', params: { name: name.trim() } })
    name = withoutTags(name)
  }
  return name.trim()
}

export function validateEntry(entry: ImportEntry, index: number): ImportRow {
  const warnings: Issue[] = []
  const problems: Issue[] = [...entry.problems]
  const name = cleanName(entry.name, warnings)
  const { type, target, settings, status } = entry
  const enabled = status !== 'disabled'
  if (hasBidiControls(target)) problems.push({ key: 'transfer.problem.hiddenInTarget' })
  let values: ValidValues | null = null

  if (isKnownType(type)) {
    // The target as the file gives it; a second setting (telegram's bot token) from its settings.
    const field = targetField(type)
    const targets = { ...settingsOf({ type, settings }), ...(field ? { [field]: target } : {}) }
    const result = handlerFormSchema.safeParse({ type, name, enabled, targets })
    if (!result.success) problems.push(...issuesOf(result.error))
    else if (result.data.type !== '') values = result.data
    const warning = target ? checkSettings(type, targets)?.warning : null
    if (warning) warnings.push({ key: warning })
  } else {
    problems.push(
      type === null
        ? { key: 'transfer.problem.noType' }
        : { key: 'transfer.problem.unknownType', params: { type } },
    )
    const result = renameSchema.safeParse({ name, enabled })
    if (!result.success) problems.push(...issuesOf(result.error))
  }
  if (problems.length > 0) values = null
  return { index, line: entry.line, name, type, target, status, values, problems, warnings }
}

export const validateEntries = (entries: readonly ImportEntry[]) => entries.map(validateEntry)

/** A copy between accounts is an import whose rows are the selected handlers. */
export function entriesOf(handlers: readonly Handler[]): ImportEntry[] {
  return handlers.map((handler, index) => ({
    line: index + 1,
    name: handler.name,
    type: handler.type,
    target: targetValue(handler).trim(),
    settings: handler.settings,
    status: handler.status,
    problems: [],
  }))
}

/** Importable rows whose target the account already sends to, or an earlier row does. */
export function findDuplicates(
  rows: readonly ImportRow[],
  existing: readonly Handler[],
): Map<number, Duplicate> {
  const inAccount = new Set(existing.map((handler) => duplicateKey(handler)))
  const seen = new Map<string, number>()
  const duplicates = new Map<number, Duplicate>()
  for (const row of rows) {
    const key = row.values ? duplicateKey({ type: row.type, settings: row.values.settings }) : null
    if (key === null) continue
    const earlier = seen.get(key)
    if (inAccount.has(key)) duplicates.set(row.index, { kind: 'account' })
    else if (earlier !== undefined) duplicates.set(row.index, { kind: 'file', line: earlier })
    else seen.set(key, row.line)
  }
  return duplicates
}

/** Rows ticked at first: those that can be imported and are not there already. */
export function preselected(rows: readonly ImportRow[], duplicates: Map<number, Duplicate>) {
  return new Set(
    rows.filter((row) => row.values && !duplicates.has(row.index)).map((row) => row.index),
  )
}
