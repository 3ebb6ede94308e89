// Loaded only when the user exports: the serialisers cost nothing until then.
import type { Handler } from '../../../api/types'
import { exportFilename, toCsvExport, toJsonExport } from './export-format'

export type ExportKind = 'json' | 'csv'

const MIME: Record<ExportKind, string> = {
  json: 'application/json',
  csv: 'text/csv;charset=utf-8',
}

function downloadText(text: string, filename: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type }))
  const anchor = document.createElement('a')
  anchor.href = url
  anchor.download = filename
  document.body.append(anchor)
  anchor.click()
  anchor.remove()
  // Some browsers start reading the file only after click() has returned.
  setTimeout(() => URL.revokeObjectURL(url), 30_000)
}

/** Saves the handlers as a file and returns its name. */
export function downloadExport(handlers: readonly Handler[], kind: ExportKind, now = new Date()) {
  const text = kind === 'json' ? toJsonExport(handlers, now) : toCsvExport(handlers)
  const filename = exportFilename(kind, now)
  downloadText(text, filename, MIME[kind])
  return filename
}
