// A CSV import: a header row naming the columns (any case, any order), then one handler a row.
import type { HandlerStatus } from '../../../api/types'
import { targetValue } from '../../../handler-types/target'
import { detectDelimiter, parseCsv, restore, type CsvRecord } from './csv'
import { refuse, type ImportEntry, type Issue, type ParsedFile } from './import-types'

const REQUIRED = ['name', 'type', 'target'] as const
// `enabled` is the column of the first version of the export, before `status`.
const KNOWN = new Set<string>([...REQUIRED, 'status', 'enabled', 'settings'])
const STATUSES = new Set<string>(['enabled', 'disabled', 'pending'])

const ON = new Set(['', 'true', 'yes', '1', 'on', 'enabled'])
const OFF = new Set(['false', 'no', '0', 'off', 'disabled'])

function settingsOf(cell: string): Record<string, string> {
  try {
    const value: unknown = JSON.parse(cell)
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return {}
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, String(item)]))
  } catch {
    return {}
  }
}

function statusOf(cell: string, problems: Issue[]): HandlerStatus {
  const status = cell.toLowerCase() || 'enabled'
  if (STATUSES.has(status)) return status as HandlerStatus
  problems.push({ key: 'transfer.problem.status', params: { value: cell } })
  return 'enabled'
}

function enabledOf(cell: string, problems: Issue[]): HandlerStatus {
  const value = cell.toLowerCase()
  if (OFF.has(value)) return 'disabled'
  if (!ON.has(value)) problems.push({ key: 'transfer.problem.enabled', params: { value: cell } })
  return 'enabled'
}

function entryOf(record: CsvRecord, columns: string[]): ImportEntry {
  const cell = (column: string) => {
    const index = columns.indexOf(column)
    return index >= 0 ? restore(record.cells[index] ?? '') : ''
  }
  const problems: Issue[] = []
  // Spreadsheets add empty cells at a row's end; a value there would be silently lost.
  const outside = record.cells.some((value, index) => value.trim() !== '' && !columns[index])
  if (outside) problems.push({ key: 'transfer.problem.outsideColumns' })
  const status = columns.includes('status')
    ? statusOf(cell('status').trim(), problems)
    : enabledOf(cell('enabled').trim(), problems)
  const typeName = cell('type').trim().toLowerCase()
  const type = typeName === '' ? null : typeName
  const settings = settingsOf(cell('settings'))
  return {
    line: record.line,
    name: cell('name'),
    type,
    // An unknown type's target is in its settings: the export writes them as JSON.
    target: (cell('target') || targetValue({ type, settings })).trim(),
    settings,
    status,
    problems,
  }
}

export function parseCsvEntries(text: string): ParsedFile {
  const parsed = parseCsv(text, detectDelimiter(text))
  if (!parsed.ok) return refuse(`transfer.file.${parsed.problem}`, { line: parsed.line })
  const [header, ...rows] = parsed.records
  if (!header) return refuse('transfer.file.empty')
  const columns = header.cells.map((cell) => cell.trim().toLowerCase())
  if (!columns.some((column) => KNOWN.has(column))) return refuse('transfer.file.notRecognised')
  const repeated = columns.find((column, index) => column && columns.indexOf(column) !== index)
  if (repeated) return refuse('transfer.file.duplicateColumn', { column: repeated })
  const unknown = header.cells.filter((_, index) => columns[index] && !KNOWN.has(columns[index]))
  if (unknown.length > 0) return refuse('transfer.file.unknownColumns', {}, unknown)
  const missing = REQUIRED.filter((column) => !columns.includes(column))
  if (missing.length > 0) return refuse('transfer.file.missingColumns', {}, missing)
  return { ok: true, entries: rows.map((record) => entryOf(record, columns)) }
}
